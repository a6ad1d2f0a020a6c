import type { Root, RootContent, PhrasingContent } from "mdast";
import { DiagnosticSink } from "../diagnostics.js";
import { lazyRequire } from "../util/lazy.js";
import type { SourceLine } from "../util/position.js";
import { pipeDelimiterRow } from "../regexes.js";
import { LineAssembler, alignDecoded } from "./assembled-lines.js";

type Node = RootContent | Root;

/** Container depth (block quotes, list items, indentation by twos) past which a block is read as text. */
export const MAX_MARKDOWN_DEPTH = 32;
/** Emphasis delimiter runs or brackets in one block past which it is read as text. */
export const MAX_MARKDOWN_DELIMITERS = 256;

/**
 * The Markdown front end (unified + remark-parse): headings, paragraphs, list
 * items (with their printed markers), block quotes and code become lines with
 * positions in the Markdown source. HTML comments (`<!-- INFO END -->`) are
 * not content; other raw HTML keeps its text. Never throws on content.
 *
 * The source is cut into blocks that parse the same alone as together (see
 * `markdownBlocks`), which keeps remark's cost linear (nested lists and
 * quotes are quadratic in one tree): a nested block is parsed on its own,
 * and neighbouring simple blocks together, up to `BATCH_CHARS` (see
 * `batchable`), since each call to remark costs a fixed setup. A block nested too deep, or with too many emphasis delimiters or
 * brackets, is read line by line as plain text, with a warning.
 */
export function readMarkdown(source: string, sink: DiagnosticSink = new DiagnosticSink()): SourceLine[] {
  const { unified } = lazyRequire<typeof import("unified")>("unified");
  const remarkParse = lazyRequire<typeof import("remark-parse")>("remark-parse").default;
  const processor = unified().use(remarkParse);
  const assembler = new LineAssembler(source);
  /** Source offset of the block being walked; node offsets are relative to it. */
  let base = 0;

  const addRaw = (start: number, end: number) => {
    const text = source.slice(start, end);
    const offsets = Array.from({ length: text.length }, (_, index) => start + index);
    assembler.add(text, offsets);
  };

  const inline = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      const position = node.position;
      if (node.type === "text" || node.type === "inlineCode") {
        if (position?.start.offset === undefined || position.end.offset === undefined) continue;
        const nodeStart = base + position.start.offset;
        const nodeEnd = base + position.end.offset;
        const start = node.type === "inlineCode" ? afterBackticks(source, nodeStart, nodeEnd) : nodeStart;
        const raw = source.slice(start, nodeEnd);
        // A soft line break inside a paragraph is a line of the document. Each
        // part is aligned with its own line of the source (past the line's
        // indentation), so entities and stripped blanks in one line never
        // shift the positions of the next.
        const parts = node.value.split("\n");
        const rawLines = lineRanges(raw);
        parts.forEach((part, index) => {
          if (index > 0) assembler.newline();
          const [lineStart, lineEnd] = rawLines[Math.min(index, rawLines.length - 1)] as [number, number];
          let at = lineStart;
          if (index > 0) {
            while (at < lineEnd && (raw[at] === " " || raw[at] === "\t")) at++;
            const first = part[0];
            if (first !== undefined && raw[at] !== first && raw[at] !== "&" && raw[at] !== "\\") {
              const found = raw.indexOf(first, at);
              if (found >= 0 && found < lineEnd) at = found;
            }
          }
          assembler.add(part, alignDecoded(raw.slice(at, lineEnd), part, start + at));
        });
      } else if (node.type === "break") {
        assembler.newline();
      } else if ("children" in node) {
        inline(node.children as PhrasingContent[]);
      }
    }
  };

  const block = (node: Node) => {
    switch (node.type) {
      case "root":
      case "blockquote":
        for (const child of node.children) block(child);
        return;
      case "heading":
      case "paragraph":
        assembler.newline();
        inline(node.children);
        assembler.newline();
        return;
      case "list":
        for (const item of node.children) block(item);
        return;
      case "listItem": {
        assembler.newline();
        // Keep the printed marker (`80.`, `-`): numbered items are document numbering.
        const first = node.children[0];
        const start = offsetOf(node.position?.start.offset);
        const firstStart = offsetOf(first?.position?.start.offset);
        if (start !== undefined && firstStart !== undefined && /[0-9]/.test(source.slice(start, firstStart))) addRaw(start, firstStart);
        if (first?.type === "paragraph") {
          inline(first.children);
          assembler.newline();
          for (const child of node.children.slice(1)) block(child);
        } else {
          for (const child of node.children) block(child);
        }
        assembler.newline();
        return;
      }
      case "code": {
        const start = offsetOf(node.position?.start.offset);
        const end = offsetOf(node.position?.end.offset);
        if (start === undefined || end === undefined) return;
        assembler.newline();
        const raw = source.slice(start, end);
        const bodyStart = raw.indexOf("\n") + 1;
        const bodyEnd = raw.lastIndexOf("\n");
        let lineStart = bodyStart;
        for (let index = bodyStart; index <= Math.max(bodyStart, bodyEnd); index++) {
          if (index === bodyEnd || raw[index] === "\n") {
            addRaw(start + lineStart, start + index);
            assembler.newline();
            lineStart = index + 1;
          }
        }
        return;
      }
      case "html": {
        // A comment is not content; other raw HTML keeps its text.
        if (isComment(node.value)) return;
        const start = offsetOf(node.position?.start.offset);
        if (start === undefined) return;
        assembler.newline();
        const tag = /<[^<>]*>/g;
        let last = 0;
        // Inside <script> or <style>: code, not content; dropped up to the closing tag.
        let hidden: string | undefined;
        for (const match of node.value.matchAll(tag)) {
          const name = /^<(\/?)([a-z0-9]+)/i.exec(match[0]);
          const element = name?.[2]?.toLowerCase();
          if (hidden !== undefined) {
            if (name?.[1] === "/" && element === hidden) hidden = undefined;
            last = match.index + match[0].length;
            continue;
          }
          if (match.index > last) addRaw(start + last, start + match.index);
          if (/^<(?:br|p|div|\/p|\/div|tr|\/tr|li)\b/i.test(match[0])) assembler.newline();
          if (name?.[1] === "" && (element === "script" || element === "style") && !match[0].endsWith("/>")) hidden = element;
          last = match.index + match[0].length;
        }
        if (last < node.value.length && hidden === undefined) addRaw(start + last, start + node.value.length);
        assembler.newline();
        return;
      }
      default:
        return;
    }
  };
  const offsetOf = (offset: number | undefined) => (offset === undefined ? undefined : base + offset);

  const parseRange = (start: number, end: number) => {
    base = start;
    block(processor.parse(source.slice(start, end)) as Root);
  };
  // Consecutive simple blocks are handed to remark together (see `batchable`): each call costs a fixed setup, about half of remark's time on a law cut into blocks.
  let pending: { start: number; end: number } | null = null;
  const flush = () => {
    if (pending !== null) parseRange(pending.start, pending.end);
    pending = null;
  };
  let tables = 0;
  for (const chunk of markdownBlocks(source)) {
    if (chunk.tooComplex === undefined) {
      if (startsPipeTable(source, chunk.start, chunk.end)) {
        flush();
        // A pipe table is read here, cell by cell: remark-parse alone (no GFM) reads it as a paragraph.
        const after = readPipeTable(source, chunk.start, chunk.end, assembler, tables);
        tables++;
        if (after < chunk.end) parseRange(after, chunk.end);
        continue;
      }
      if (batchable(source, chunk)) {
        if (pending !== null && pending.end === chunk.start && chunk.end - pending.start <= BATCH_CHARS) {
          pending.end = chunk.end;
          continue;
        }
        flush();
        pending = { start: chunk.start, end: chunk.end };
        continue;
      }
      flush();
      parseRange(chunk.start, chunk.end);
      continue;
    }
    flush();
    const { line, column, offset } = chunk.tooComplex;
    sink.report(
      "markdown-read-as-text",
      chunk.tooComplex.reason === "depth"
        ? `Markdown nested deeper than ${MAX_MARKDOWN_DEPTH} levels; the block was read as plain text`
        : `A Markdown block with more than ${MAX_MARKDOWN_DELIMITERS} emphasis delimiters or brackets; it was read as plain text`,
      { start: { line, column, offset }, end: { line, column, offset } },
    );
    let lineStart = chunk.start;
    for (let index = chunk.start; index <= chunk.end; index++) {
      const code = index < chunk.end ? source.charCodeAt(index) : 10;
      if (code !== 10 && code !== 13) continue;
      assembler.newline();
      if (index > lineStart) addRaw(lineStart, index);
      assembler.newline();
      lineStart = index + 1;
    }
  }
  flush();
  return assembler.finish();
}

/** Blocks handed to remark together hold at most this many characters in all. */
const BATCH_CHARS = 16_384;

/**
 * Whether a block may be parsed together with its neighbours and give the
 * same lines: nested at most one container deep (nesting is what makes one
 * remark tree quadratic), and holding no `]:`, so that a link reference
 * definition never reaches a block it would not reach alone.
 */
function batchable(source: string, chunk: MarkdownBlock): boolean {
  if (chunk.depth > 1) return false;
  const definition = source.indexOf("]:", chunk.start);
  return definition === -1 || definition + 2 > chunk.end;
}

/** The lines `[start, end)` of `source[from, to)`, line endings excluded. */
function linesIn(source: string, from: number, to: number): Array<[number, number]> {
  return lineRanges(source.slice(from, to)).map(([start, end]) => [from + start, from + end]);
}

/** `[start, end)` of each cell of a pipe row, the outer pipes and blanks excluded; `\|` does not split. */
function pipeCells(source: string, start: number, end: number): Array<[number, number]> {
  let from = start;
  let to = end;
  while (from < to && (source[from] === " " || source[from] === "\t")) from++;
  while (to > from && (source[to - 1] === " " || source[to - 1] === "\t")) to--;
  if (source[from] === "|") from++;
  if (to > from && source[to - 1] === "|" && source[to - 2] !== "\\") to--;
  const cells: Array<[number, number]> = [];
  let cellStart = from;
  for (let index = from; index <= to; index++) {
    if (index < to && (source[index] !== "|" || source[index - 1] === "\\")) continue;
    let a = cellStart;
    let b = index;
    while (a < b && (source[a] === " " || source[a] === "\t")) a++;
    while (b > a && (source[b - 1] === " " || source[b - 1] === "\t")) b--;
    cells.push([a, b]);
    cellStart = index + 1;
  }
  return cells;
}

/**
 * A GFM pipe table at `start` (a header row, a delimiter row, then rows that
 * hold a pipe): its rows become table lines, the delimiter row is dropped.
 * Returns the offset after the table, or `start` when there is none. Cell
 * text is kept as printed (emphasis marks included).
 */
/** Whether `source[start, end)` begins with a pipe table: a row with a pipe, then a delimiter row. */
function startsPipeTable(source: string, start: number, end: number): boolean {
  const head = firstLine(source, start, end);
  if (head[1] >= end || !source.slice(head[0], head[1]).includes("|")) return false;
  let next = head[1];
  if (source.charCodeAt(next) === 13) next++;
  if (source.charCodeAt(next) === 10) next++;
  if (next >= end) return false;
  const delimiter = firstLine(source, next, end);
  return pipeDelimiterRow.test(source.slice(delimiter[0], delimiter[1]));
}

/** `[start, lineEnd)` of the line that starts at `start`, within `end`. */
function firstLine(source: string, start: number, end: number): [number, number] {
  let at = start;
  while (at < end && source.charCodeAt(at) !== 10 && source.charCodeAt(at) !== 13) at++;
  return [start, at];
}

function readPipeTable(source: string, start: number, end: number, assembler: LineAssembler, tableIndex: number): number {
  if (!startsPipeTable(source, start, end)) return start;
  const lines = linesIn(source, start, end);
  const head = lines[0] as [number, number];
  const width = pipeCells(source, head[0], head[1]).length;
  let row = 0;
  let after = end;
  for (let index = 0; index < lines.length; index++) {
    const [lineStart, lineEnd] = lines[index] as [number, number];
    if (index === 1) continue;
    if (index > 1 && !source.slice(lineStart, lineEnd).includes("|")) {
      after = lineStart;
      break;
    }
    const cells = pipeCells(source, lineStart, lineEnd).slice(0, Math.max(width, 1));
    assembler.startRow({ table: tableIndex, row: row++ });
    cells.forEach(([cellStart, cellEnd], column) => {
      if (column > 0) assembler.addSeparator("\t", cellStart);
      assembler.startSlot({ copy: false, originRow: row - 1, originColumn: column, colSpan: 1, header: index === 0 });
      const text = source.slice(cellStart, cellEnd);
      assembler.add(text, Array.from({ length: text.length }, (_, at) => cellStart + at));
      assembler.endSlot();
    });
    assembler.newline();
  }
  return after;
}

/** `[start, end)` of each line of `text`, line endings excluded. */
function lineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 10 && code !== 13) continue;
    ranges.push([start, index]);
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++;
    start = index + 1;
  }
  ranges.push([start, text.length]);
  return ranges;
}

/** Offset just past the opening backticks of an inline code span at `start`. */
function afterBackticks(source: string, start: number, end: number): number {
  let index = start;
  while (index < end && source.charCodeAt(index) === 96) index++;
  return index < end ? index : start;
}

interface MarkdownBlock {
  start: number;
  end: number;
  /** The deepest container nesting (block quotes, list items) of its lines. */
  depth: number;
  /** Where the block first proved too deep or too busy to hand to remark. */
  tooComplex?: { reason: "depth" | "delimiters"; line: number; column: number; offset: number };
}

const LIST_MARKER = /^(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})/;
/** How each kind of multi-line HTML block starts and the text that ends it (`null`: the end tag of the element matched). */
const HTML_BLOCK_ENDS: [RegExp, string | null][] = [
  [/^<(script|pre|style|textarea)(?:[\s>]|$)/i, null],
  [/^<!--/, "-->"],
  [/^<\?/, "?>"],
  [/^<![A-Za-z]/, ">"],
  [/^<!\[CDATA\[/, "]]>"],
  // Block-level tags: the HTML block runs to the next blank line.
  [
    /^<\/?(?:address|article|aside|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i,
    "",
  ],
];

/**
 * Cuts Markdown into blocks that parse alone to the same lines as in place:
 * a cut goes before a line that starts at the margin after a blank line, and
 * before a list item or block quote line indented at most three columns,
 * never inside a fenced code block or an HTML block that runs past its line
 * (a comment, a script). Link reference definitions are the one thing that
 * does not carry across a cut: a reference to one in another block keeps its
 * brackets as text. One pass over the source.
 */
export function markdownBlocks(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let current: MarkdownBlock = { start: 0, end: 0, depth: 0 };
  let depthBudget = 0;
  let delimiters = 0;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: string | undefined;
  let previousBlank = true;
  let lineNumber = 0;
  let lineStart = 0;
  while (lineStart < source.length) {
    lineNumber++;
    let lineEnd = lineStart;
    while (lineEnd < source.length && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    let next = lineEnd;
    if (source.charCodeAt(next) === 13) next++;
    if (source.charCodeAt(next) === 10 && next < source.length) next++;
    if (next === lineEnd) next = lineEnd + 1;

    const prefix = containerPrefix(source, lineStart, lineEnd);
    const rest = source.slice(prefix.contentStart, Math.min(lineEnd, prefix.contentStart + 16));
    const blank = prefix.contentStart === lineEnd;

    if (fence !== undefined) {
      const close = FENCE.exec(rest);
      if (close?.[1]?.[0] === fence.char && close[1].length >= fence.length && source.slice(prefix.contentStart + close[1].length, lineEnd).trim() === "") fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (htmlEnd === "" ? blank : source.slice(lineStart, lineEnd).toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else {
      const cut = !blank && ((previousBlank && prefix.indent === 0) || (prefix.firstIndent <= 3 && (prefix.quotes > 0 || prefix.listMarker)));
      if (cut && lineStart > current.start) {
        current.end = lineStart;
        blocks.push(current);
        current = { start: lineStart, end: lineStart, depth: 0 };
        depthBudget = 0;
        delimiters = 0;
      }
      const opened = FENCE.exec(rest);
      if (opened?.[1] !== undefined && !(opened[1][0] === "`" && source.slice(prefix.contentStart + opened[1].length, lineEnd).includes("`"))) {
        fence = { char: opened[1][0] as string, length: opened[1].length };
      } else {
        for (const [start, fixedEnd] of HTML_BLOCK_ENDS) {
          const match = start.exec(rest);
          if (match === null) continue;
          const end = fixedEnd ?? `</${(match[1] as string).toLowerCase()}>`;
          if (end === "" || !source.slice(prefix.contentStart + 2, lineEnd).toLowerCase().includes(end)) htmlEnd = end;
          break;
        }
      }
    }

    current.depth = Math.max(current.depth, prefix.depth);
    if (current.tooComplex === undefined) {
      depthBudget = Math.max(depthBudget, prefix.depth);
      if (depthBudget > MAX_MARKDOWN_DEPTH) {
        current.tooComplex = { reason: "depth", line: lineNumber, column: 1, offset: lineStart };
      } else {
        delimiters += countDelimiters(source, prefix.contentStart, lineEnd);
        if (delimiters > MAX_MARKDOWN_DELIMITERS) current.tooComplex = { reason: "delimiters", line: lineNumber, column: 1, offset: lineStart };
      }
    }
    previousBlank = blank;
    lineStart = next;
  }
  current.end = source.length;
  if (current.end > current.start || blocks.length === 0) blocks.push(current);
  return blocks;
}

/**
 * The container marks at the start of a line: block quote markers, list
 * markers and indentation, and the nesting they amount to.
 */
function containerPrefix(source: string, start: number, end: number) {
  let index = start;
  let column = 0;
  let quotes = 0;
  let markers = 0;
  let firstIndent = -1;
  let listMarker = false;
  while (index < end) {
    const code = source.charCodeAt(index);
    if (code === 32) {
      column++;
      index++;
    } else if (code === 9) {
      column += 4 - (column % 4);
      index++;
    } else {
      if (firstIndent < 0) firstIndent = column;
      if (code === 62) {
        quotes++;
        column++;
        index++;
        continue;
      }
      const marker = LIST_MARKER.exec(source.slice(index, Math.min(end, index + 12)));
      if (marker === null) break;
      if (quotes === 0 && markers === 0) listMarker = true;
      markers++;
      column += marker[0].length;
      index += marker[0].length;
    }
  }
  if (firstIndent < 0) firstIndent = column;
  return {
    contentStart: index,
    indent: firstIndent,
    firstIndent,
    quotes,
    listMarker: listMarker || (quotes > 0 && markers > 0),
    depth: quotes + markers + Math.floor(column / 2),
  };
}

/** Runs of `*` or `_` and square brackets in `source[start, end)`. */
function countDelimiters(source: string, start: number, end: number): number {
  let count = 0;
  let previous = 0;
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    if ((code === 42 || code === 95) && code !== previous) count++;
    else if (code === 91 || code === 93) count++;
    previous = code;
  }
  return count;
}

/** Raw HTML that is one comment and nothing else. */
function isComment(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.startsWith("<!--") && trimmed.endsWith("-->");
}
