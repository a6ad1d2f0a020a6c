/**
 * Chinese numerals: `十一` 11, `二十四` 24, `一百四十七` 147, `一千二百五十九` 1259,
 * `两百` 200, `二〇二五` 2025 (positional), and Arabic digits.
 */

const DIGITS: Record<string, number> = {
  "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
};
const UNITS: Record<string, number> = { "十": 10, "百": 100, "千": 1000, "万": 10000 };

export interface NumeralReading {
  value: number;
  /**
   * Set when the numeral was read despite a printing error, e.g. a digit
   * repeated without a unit between (`十一一`).
   */
  typo?: string;
}

/** The tables by UTF-16 code: numerals are read code by code, with no string made per character. */
const DIGIT_CODES = new Map(Object.entries(DIGITS).map(([char, value]) => [char.charCodeAt(0), value]));
const UNIT_CODES = new Map(Object.entries(UNITS).map(([char, value]) => [char.charCodeAt(0), value]));
const ARABIC = /^[0-9]+$/;

/** Read a numeral; `null` when the text is not one. Never throws. */
export function readNumeral(text: string): NumeralReading | null {
  if (text.length === 0) return null;
  if (ARABIC.test(text)) return { value: Number.parseInt(text, 10) };
  let hasUnit = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (UNIT_CODES.has(code)) hasUnit = true;
    else if (!DIGIT_CODES.has(code)) return null;
  }
  // Every character is a digit or a unit now (one UTF-16 unit each).
  if (!hasUnit) {
    // Positional: 二〇二五 → 2025; a single digit → itself.
    let value = 0;
    for (let index = 0; index < text.length; index++) value = value * 10 + (DIGIT_CODES.get(text.charCodeAt(index)) ?? 0);
    return { value };
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let previous: "digit" | "unit" | "zero" | null = null;
  let typo: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const d = DIGIT_CODES.get(code);
    if (d !== undefined) {
      if (d === 0) {
        previous = "zero";
        continue;
      }
      if (previous === "digit") {
        // 十一一: a digit repeated with no unit between. Keep the first.
        typo = `digit ${text[index]} repeated without a unit`;
        continue;
      }
      digit = d;
      previous = "digit";
      continue;
    }
    const unit = UNIT_CODES.get(code) ?? 1;
    if (unit === 10000) {
      total = (total + section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      section += (digit ?? 1) * unit;
    }
    digit = null;
    previous = "unit";
  }
  const value = total + section + (digit ?? 0);
  return typo === undefined ? { value } : { value, typo };
}
