import { divisionMarker } from "../../regexes.js";
import { readNumeral } from "../numeral.js";
import type { MarkerConstruct, MarkerKind } from "../types.js";

const LONGEST_BARE_HEADING = 24;
const SENTENCE_PUNCTUATION = /[,，。;；]/;

/**
 * `第X编` / `第X章` / `第X节`: a heading, so the marker must be followed by a
 * blank, the end of the line, or (printed without a blank) a short title with
 * no sentence punctuation. `第二轮土地承包…` never matches (wrong word);
 * `第一节课程安排，…` does not either.
 *
 *   第二章　制度创新
 *   ^^^^^^
 */
function division(kind: MarkerKind, word: string): MarkerConstruct {
  return {
    kind,
    firstChars: "第",
    tokenize(folded) {
      const match = divisionMarker.exec(folded);
      if (match === null || match[2] !== word) return null;
      const length = match[0].length;
      const next = folded[length];
      const bare = next !== undefined && next !== " " && next !== "\t";
      if (bare && (folded.length > LONGEST_BARE_HEADING || SENTENCE_PUNCTUATION.test(folded))) return null;
      const number = readNumeral(match[1] ?? "");
      if (number === null) return null;
      return number.typo === undefined ? { value: number.value, length } : { value: number.value, length, typo: number.typo };
    },
  };
}

export const part = division("part", "编");
export const chapter = division("chapter", "章");
export const section = division("section", "节");
