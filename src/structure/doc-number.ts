import { docNumber } from "../regexes.js";
import { fold } from "../util/chars.js";
import type { DocNumber } from "../schema/result.js";
export type { DocNumber };


/** Read a 文号 anywhere in `text`; `〔〕 [] （） ()` brackets are all accepted. */
export function readDocNumber(text: string): (DocNumber & { index: number }) | null {
  const match = docNumber.exec(fold(text));
  if (match === null) return null;
  return {
    text: text.slice(match.index, match.index + match[0].length),
    issuer: match[1] ?? "",
    year: Number(match[2]),
    seq: Number(match[3]),
    index: match.index,
  };
}
