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

/** Read a numeral; `null` when the text is not one. Never throws. */
export function readNumeral(text: string): NumeralReading | null {
  if (text.length === 0) return null;
  if (/^[0-9]+$/.test(text)) return { value: Number.parseInt(text, 10) };
  let hasUnit = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (UNITS[char] !== undefined) hasUnit = true;
    else if (DIGITS[char] === undefined) return null;
  }
  if (!hasUnit) {
    // Positional: 二〇二五 → 2025; a single digit → itself.
    let value = 0;
    for (const char of text) value = value * 10 + (DIGITS[char] ?? 0);
    return { value };
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let previous: "digit" | "unit" | "zero" | null = null;
  let typo: string | undefined;
  for (const char of text) {
    const d = DIGITS[char];
    if (d !== undefined) {
      if (d === 0) {
        previous = "zero";
        continue;
      }
      if (previous === "digit") {
        // 十一一: a digit repeated with no unit between. Keep the first.
        typo = `digit ${char} repeated without a unit`;
        continue;
      }
      digit = d;
      previous = "digit";
      continue;
    }
    const unit = UNITS[char] ?? 1;
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
