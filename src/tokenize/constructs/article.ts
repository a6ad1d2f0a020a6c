import { articleMarker } from "../../regexes.js";
import { readNumeral } from "../numeral.js";
import type { MarkerConstruct } from "../types.js";

/**
 * An article marker.
 *
 *   第十二条之一　…
 *   ^^^^^^^^^^^
 *
 * `第十一一条` reads as 11 with a typo note. `第X条例` is not an article.
 */
export const article: MarkerConstruct = {
  kind: "article",
  firstChars: "第",
  tokenize(folded) {
    const match = articleMarker.exec(folded);
    if (match === null) return null;
    const length = match[0].length;
    if (folded[length] === "例") return null;
    const number = readNumeral(match[1] ?? "");
    if (number === null) return null;
    const result: ReturnType<MarkerConstruct["tokenize"]> & object = { value: number.value, length };
    if (match[2] !== undefined) {
      const sub = readNumeral(match[2]);
      if (sub !== null) result.sub = sub.value;
    }
    if (number.typo !== undefined) result.typo = number.typo;
    return result;
  },
};
