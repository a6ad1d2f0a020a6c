import { decreeNumberText } from "../regexes.js";
import { readNumeral } from "../tokenize/numeral.js";
import { fold, squeezeLayoutBlanks } from "../util/chars.js";
import type { DecreeNumber } from "../schema/result.js";
export type { DecreeNumber };


/** Read a decree number that is the whole of `text` (`国务院令第707号`); null otherwise. */
export function readDecreeNumber(text: string): DecreeNumber | null {
  const compact = squeezeLayoutBlanks(text.trim());
  const match = decreeNumberText.exec(fold(compact));
  if (match === null) return null;
  const number = readNumeral(match[2] ?? "");
  if (number === null) return null;
  return { text: compact, authority: match[1] ?? "", number: number.value };
}
