import { readNumeral } from "../tokenize/numeral.js";
import { deadlineHalf, deadlineMonth, deadlineQuarter, deadlineYear } from "../regexes.js";
import { fold } from "../util/chars.js";
import type { Deadline } from "../schema/result.js";

/** A deadline as read from its words: `raw`, and `date` or `kind` (a `Deadline` before it is placed). */
export type DeadlineReading = Omit<Deadline, "position" | "spans">;


/** A form of deadline: pattern (whole text, folded), what it means, an example. */
interface DeadlineForm {
  pattern: RegExp;
  /** The last day, from the match; `null` for an ongoing deadline. */
  end: (match: RegExpExecArray) => { year: number; month: number } | null;
  example: string;
}

/** The forms, most specific first. Each matches a whole clause (patterns in `regexes.ts`). */
export const DEADLINE_FORMS: readonly DeadlineForm[] = [
  {
    pattern: deadlineMonth,
    end: (match) => ({ year: Number(match[1]), month: Number(match[2]) }),
    example: "2025年6月底前完成",
  },
  {
    pattern: deadlineQuarter,
    end: (match) => ({ year: Number(match[1]), month: 3 * (readNumeral(match[2] ?? "")?.value ?? 0) }),
    example: "2025年第三季度末前完成",
  },
  {
    pattern: deadlineHalf,
    end: (match) => ({ year: Number(match[1]), month: match[2] === "上" ? 6 : 12 }),
    example: "2025年上半年完成",
  },
  {
    pattern: deadlineYear,
    end: (match) => ({ year: Number(match[1]), month: 12 }),
    example: "2025年底前",
  },
  {
    pattern: /^(?:长期坚持|持续推进|持续实施|长期推进|常态化推进|长期|持续开展)$/,
    end: () => null,
    example: "长期坚持",
  },
];

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Read a clause as a deadline (`2025年6月底前完成`, `2025年第三季度`,
 * `2025年底前`, `长期坚持`), or `null`. `2024年` alone is a year, not a
 * deadline: a year needs `底`, `末` or `前`.
 */
export function readDeadline(raw: string): DeadlineReading | null {
  const text = fold(raw).replace(/\s+/g, "");
  for (const form of DEADLINE_FORMS) {
    const match = form.pattern.exec(text);
    if (match === null) continue;
    // A bare year or month is a date, not a deadline: it needs 底, 末, 前 or a verb after it.
    if (match[0] === `${match[1] ?? ""}年` || /^[0-9]{4}年[0-9]{1,2}月$/.test(match[0])) return null;
    const end = form.end(match);
    if (end === null) return { raw, kind: "ongoing" };
    if (end.month < 1 || end.month > 12) return null;
    return { raw, date: lastDay(end.year, end.month) };
  }
  return null;
}
