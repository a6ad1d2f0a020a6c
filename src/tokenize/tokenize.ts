import { fieldLine } from "../regexes.js";
import type { SourceLine } from "../util/position.js";
import { article } from "./constructs/article.js";
import { chapter, part, section } from "./constructs/division.js";
import { arabicEnum, arabicParen, circled, hanEnum, hanParen } from "./constructs/enumerations.js";
import type { FieldToken, MarkerConstruct, MarkerToken } from "./types.js";

/** Field labels are at most eight Han characters and a suffix, plus blanks. */
const LONGEST_FIELD_LABEL = 16;

/** The constructs, tried in this order. A new marker kind is a new entry here. */
export const MARKER_CONSTRUCTS: readonly MarkerConstruct[] = [
  part,
  chapter,
  section,
  article,
  hanEnum,
  hanParen,
  arabicEnum,
  arabicParen,
  circled,
];

/** Every character a marker can start with, for a quick rejection of most lines. */
const ANY_FIRST = new Set(MARKER_CONSTRUCTS.flatMap((construct) => [...construct.firstChars]));

/** The numbering marker a line starts with, if any. */
export function tokenizeMarker(line: SourceLine, folded: string = line.folded): MarkerToken | null {
  if (folded.length === 0) return null;
  const first = folded[0] ?? "";
  if (!ANY_FIRST.has(first)) return null;
  for (const construct of MARKER_CONSTRUCTS) {
    if (!construct.firstChars.includes(first)) continue;
    const match = construct.tokenize(folded);
    if (match === null) continue;
    const start = line.contentStart;
    const token: MarkerToken = {
      kind: construct.kind,
      value: match.value,
      raw: line.text.slice(0, match.length),
      start,
      end: start + match.length,
    };
    if (match.sub !== undefined) token.sub = match.sub;
    if (match.typo !== undefined) token.typo = match.typo;
    return token;
  }
  return null;
}

/** The field label a line starts with (`牵头单位：`), if any. */
export function tokenizeField(line: SourceLine, folded: string = line.folded): FieldToken | null {
  // A field label is short: the colon comes within the first few characters.
  const colon = folded.indexOf(":");
  if (colon < 1 || colon > LONGEST_FIELD_LABEL) return null;
  const match = fieldLine.exec(folded);
  if (match === null || match[0].length >= folded.length) return null;
  return { label: line.text.slice(0, (match[1] ?? "").length), valueStart: line.contentStart + match[0].length };
}
