import { decreeNumberText } from "../regexes.js";
import { readNumeral } from "../tokenize/numeral.js";
import { fold, squeezeLayoutBlanks } from "../util/chars.js";

/** A decree's number, the number a decree-promulgated text is known by: `国务院令第707号`. */
export interface DecreeNumber {
  /** As printed, layout blanks squeezed: `中华人民共和国国务院令第706号`. */
  text: string;
  /** `中华人民共和国国务院`. */
  authority: string;
  number: number;
}

/** Read a decree number that is the whole of `text` (`国务院令第707号`); null otherwise. */
export function readDecreeNumber(text: string): DecreeNumber | null {
  const compact = squeezeLayoutBlanks(text.trim());
  const match = decreeNumberText.exec(fold(compact));
  if (match === null) return null;
  const number = readNumeral(match[2] ?? "");
  if (number === null) return null;
  return { text: compact, authority: match[1] ?? "", number: number.value };
}
