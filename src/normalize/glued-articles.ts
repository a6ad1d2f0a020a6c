import type { DiagnosticSink } from "../diagnostics.js";
import { articleMarkerAt } from "../regexes.js";
import { readNumeral } from "../tokenize/numeral.js";
import { tokenizeMarker } from "../tokenize/tokenize.js";
import { isBlank } from "../util/chars.js";
import { type SourceLine, spanOn } from "../util/position.js";

const DIVISION_KINDS: ReadonlySet<string> = new Set(["part", "chapter", "section"]);
/** A heading's marker and title, before an article glued to it, are at most this long. */
const LONGEST_HEADING = 30;

/** Characters after which a glued article may start: the end of a sentence or a clause. */
const BEFORE_ARTICLE = "。；;";

/**
 * What follows `第X条` when it is a reference, not an article's start. Each
 * row: the words, and a sentence that has them. `第十六条规定的` and
 * `第十六条第二款` never split a line; `第十六条 市人民代表大会…` and
 * `第十六条市人民代表大会…` do.
 */
export const REFERENCE_CONTINUATIONS: ReadonlyArray<{ words: string; example: string }> = [
  { words: "规定", example: "。第十六条规定的期限届满的，…" },
  { words: "第", example: "。第十六条第二款所列情形，…" },
  { words: "的", example: "。第十六条的规定适用于…" },
  { words: "所", example: "。第十六条所称单位，…" },
  { words: "中", example: "。第十六条中的“有关部门”，…" },
  { words: "之规定", example: "。第十六条之规定不适用于…" },
  { words: "、", example: "。第十六条、第十七条规定的…" },
  { words: "，", example: "。第十六条，第十七条…" },
  { words: ",", example: "。第十六条,第十七条…" },
  { words: "和", example: "。第十六条和第十七条…" },
  { words: "或", example: "。第十六条或者第十七条…" },
  { words: "至", example: "。第十六条至第二十条…" },
  { words: "及", example: "。第十六条及第十七条…" },
  { words: "以", example: "。第十六条以外的…" },
  { words: "有关", example: "。第十六条有关规定…" },
  { words: "例", example: "。第十六条例外…(条例)" },
];

/** Whether the text at `at` (after a marker) continues a reference. */
function continuesReference(folded: string, at: number): boolean {
  return REFERENCE_CONTINUATIONS.some((row) => folded.startsWith(row.words, at));
}

/** A part of a line from `from` to its end (offsets into the decoded text), with the line's own start kept for columns. */
function part(line: SourceLine, from: number, to: number): SourceLine {
  let end = to;
  const base = line.contentStart;
  while (end > from && isBlank(line.text.charCodeAt(end - 1 - base))) end--;
  const piece: SourceLine = { ...line, contentStart: from, contentEnd: end, text: line.text.slice(from - base, end - base), folded: line.folded.slice(from - base, end - base) };
  return piece;
}

/**
 * Split lines where an article is glued to the end of the one before
 * (`…会议决定。 第十六条市人民代表大会…`, a whole chapter printed as one
 * line): a `第X条` (or `第X条之一`) after `。` or `；`, whose number is the next
 * one expected after the last article seen, starts a new line. A reference
 * (`依照第十六条`, `。第十六条规定的…`) never does. Both parts keep their exact
 * source positions; each split is reported as `split-article`. One pass.
 */
export function splitGluedArticles(lines: SourceLine[], sink: DiagnosticSink): SourceLine[] {
  const out: SourceLine[] = [];
  let last = 0;
  for (const line of lines) {
    const own = line.folded.startsWith("第") ? tokenizeMarker(line) : null;
    if (own?.kind === "article") last = own.value;
    const heading = own !== null && own.kind !== "article" && DIVISION_KINDS.has(own.kind);
    if (!heading && !/[。；;]\s*第/.test(line.folded)) {
      out.push(line);
      continue;
    }
    const folded = line.folded;
    let from = line.contentStart;
    for (let index = 1; index < folded.length; index++) {
      if (folded[index] !== "第") continue;
      let before = index - 1;
      while (before > 0 && isBlank(folded.charCodeAt(before))) before--;
      // After a sentence, or after the short title of a heading that opens the line (`第二章 管理 第三条 …`).
      const afterHeading = heading && from === line.contentStart && index <= LONGEST_HEADING && before < index - 1;
      if (!BEFORE_ARTICLE.includes(folded[before] ?? "") && !afterHeading) continue;
      articleMarkerAt.lastIndex = index;
      const match = articleMarkerAt.exec(folded);
      if (match === null) continue;
      const number = readNumeral(match[1] ?? "")?.value;
      const sub = match[2] === undefined ? undefined : readNumeral(match[2])?.value;
      const expected = sub === undefined ? number === last + 1 : number === last && sub !== undefined;
      if (number === undefined || !expected) continue;
      const after = index + match[0].length;
      if (continuesReference(folded, after) || after >= folded.length) continue;
      const at = line.contentStart + index;
      out.push(part(line, from, at));
      sink.report("split-article", `「${line.text.slice(index, after)}」 starts a new article inside line ${line.number}; the line was split before it`, spanOn(line, at, line.contentStart + after), {
        actual: line.text.slice(Math.max(0, before - 3), after),
      });
      from = at;
      last = number;
      index = after - 1;
    }
    out.push(from === line.contentStart ? line : part(line, from, line.contentEnd));
  }
  return out;
}
