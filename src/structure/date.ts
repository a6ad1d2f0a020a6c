import { dateInText } from "../regexes.js";
import { readNumeral } from "../tokenize/numeral.js";

export interface DateReading {
  /** ISO 8601 date, or `null` when the printed date does not exist. */
  iso: string | null;
  /** The date as printed. */
  raw: string;
  /** Offset of the match in the searched text. */
  index: number;
}

function part(text: string): number | null {
  return readNumeral(text)?.value ?? null;
}

/** Whether year-month-day exists in the proleptic Gregorian calendar. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}

/** Read a printed date (`2025年3月5日`, `二〇二五年三月五日`). `iso` is null for 2025年2月30日. */
export function readDate(text: string, pattern: RegExp = dateInText): DateReading | null {
  const match = pattern.exec(text);
  if (match === null) return null;
  const [raw, y = "", m = "", d = ""] = match;
  const year = part(y);
  const month = part(m);
  const day = part(d);
  const valid = year !== null && month !== null && day !== null && isValidDate(year, month, day);
  const iso = valid ? `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : null;
  return { iso, raw, index: match.index };
}
