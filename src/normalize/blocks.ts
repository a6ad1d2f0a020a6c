import type { DiagnosticSink } from "../diagnostics.js";
import {
  attachmentLabel,
  attachmentList,
  dateLine,
  docNumberLine,
  signatory,
  titleEnding,
} from "../regexes.js";
import { tokenizeField, tokenizeMarker } from "../tokenize/tokenize.js";
import { MARKER_RANK, type FieldToken, type MarkerKind, type MarkerToken } from "../tokenize/types.js";
import { isHan, squeezeLayoutBlanks } from "../util/chars.js";
import { type SourceLine, spanOn } from "../util/position.js";

/** A piece of one physical line that a block is made of. */
export interface Piece {
  line: SourceLine;
  start: number;
  end: number;
}

/** A logical line: one or more physical lines re-joined across page breaks. */
export interface Block {
  pieces: Piece[];
  /** Concatenation of the pieces' source text. */
  text: string;
  folded: string;
  marker: MarkerToken | null;
  field: FieldToken | null;
  /** Tab-separated cells (a table row). */
  tabbed: boolean;
  /** Whether the block's text is a date, 文号, signature or attachment line; computed once. */
  headerLike?: boolean;
}

export interface JoinContext {
  /** The document numbers articles (第X条): lists of items are paragraphs. */
  regulation: boolean;
}

/** Sentence-final punctuation (folded), possibly followed by closing quotes or brackets. */
const TERMINAL_CHARS = new Set("。！？；：!?;:…");
const CLOSING_CHARS = new Set("\"”’』」)）");

/** Whether text ends a sentence: `…。`, `…。”`, `…：`. Read from the end, not with a regex scanning every start. */
function endsTerminal(text: string): boolean {
  let index = text.length - 1;
  while (index >= 0 && CLOSING_CHARS.has(text[index] as string)) index--;
  return index >= 0 && TERMINAL_CHARS.has(text[index] as string);
}
const ENDS_CLOSED = /[)）」』]$/;
const ENDS_CONTINUING = /[、，,(《“‘—-]$/;
const HAS_TERMINAL = /[。！？；!?;]/;
/** A labelled note alone on its line: `（责任单位：市林业局）`. */
const BRACKETED_NOTE = /^\([^()]{1,12}:[^()]*\)$/;
const SENTENCE_INSIDE = /[，。,;；]/;
const HEADING_KINDS: ReadonlySet<MarkerKind> = new Set(["part", "chapter", "section", "han-enum"]);
/** Kinds whose role never changes with their siblings: divisions are headings, articles paragraphs. */
const STRUCTURAL_KINDS: ReadonlySet<MarkerKind> = new Set(["part", "chapter", "section", "article"]);
const SHORT_CONTINUATION = 10;
const PARAGRAPH_LINE = 15;

/**
 * Characters that are doubled on purpose (天天, 人人, 层层…): a break between
 * two of them is not a printing repeat.
 */
const REDUPLICATING = new Set("天人年月日时处家户事个层步条件项刚仅稍往明默深久万多好大轻慢紧牢实扎清楚白常纷渐各种样看想说试谈走");

/** Gaps between cells of a column-aligned row: two or more blanks. */
const ALIGNED_GAP = / {2,}|\u3000{2,}/g;
/** One scan to rule out the common case: no tab and no wide gap. */
const MAYBE_TABLE = /\t| {2}|\u3000{2}/;

/** A table row: tab-separated, or three or more cells aligned with wide gaps. */
export function isTableRow(text: string): boolean {
  if (!MAYBE_TABLE.test(text)) return false;
  if (text.includes("\t")) return true;
  return (text.match(ALIGNED_GAP)?.length ?? 0) >= 2;
}

export function blockFromLine(line: SourceLine): Block {
  const folded = line.folded;
  return {
    pieces: [{ line, start: line.contentStart, end: line.contentEnd }],
    text: line.text,
    folded,
    marker: tokenizeMarker(line, folded),
    field: tokenizeField(line, folded),
    tabbed: isTableRow(line.text),
  };
}

function unbalanced(text: string): boolean {
  let parens = 0;
  let titles = 0;
  let quotes = 0;
  for (let index = 0; index < text.length; index++) {
    switch (text.charCodeAt(index)) {
      case 0x28: // (
        parens++;
        break;
      case 0x29: // )
        if (parens > 0) parens--;
        break;
      case 0x300a: // 《
        titles++;
        break;
      case 0x300b: // 》
        if (titles > 0) titles--;
        break;
      case 0x201c: // “
        quotes++;
        break;
      case 0x201d: // ”
        if (quotes > 0) quotes--;
        break;
    }
  }
  return parens > 0 || titles > 0 || quotes > 0;
}

/** Dates, 文号, signatures and attachment labels are short lines. */
const LONGEST_HEADER_LINE = 40;

function headerLike(block: Block): boolean {
  block.headerLike ??= isHeaderLike(block.folded);
  return block.headerLike;
}

function isHeaderLike(folded: string): boolean {
  if (folded.length > LONGEST_HEADER_LINE) return false;
  const compact = squeezeLayoutBlanks(folded);
  return (
    dateLine.test(compact) ||
    docNumberLine.test(compact) ||
    signatory.test(folded) ||
    attachmentList.test(compact) ||
    attachmentLabel.test(compact)
  );
}

/** A title line: ends in a document word and has no sentence punctuation. */
export function isTitleLike(folded: string): boolean {
  const compact = squeezeLayoutBlanks(folded);
  return compact.length <= 60 && titleEnding.test(compact) && !SENTENCE_INSIDE.test(compact);
}

function contentAfterMarker(block: Block): string {
  return block.marker === null ? block.folded : block.folded.slice(block.marker.end - block.marker.start).trim();
}

/**
 * Whether `next` continues `block` across a page break. The rules, in order:
 * never into markers, fields or table rows; never after sentence-final
 * punctuation; always after a comma, an open bracket or quote; a note in
 * brackets joins its paragraph; a heading joins only a short unpunctuated
 * remainder (`…城市功` + `能品质`); a paragraph joins what follows.
 */
function continues(block: Block, next: Block, headingKinds: Map<MarkerKind, boolean>, context: JoinContext): boolean {
  if (next.marker !== null || next.field !== null || next.tabbed || block.tabbed) return false;
  const text = block.folded;
  if (BRACKETED_NOTE.test(next.folded) && block.field === null && !headerLike(block)) return true;
  if (endsTerminal(text)) return false;
  if (ENDS_CONTINUING.test(text) || unbalanced(text)) return true;
  if (block.field !== null) return false;
  if (headerLike(block) || headerLike(next)) return false;
  if (next.folded.startsWith("(")) return !ENDS_CLOSED.test(text);
  if (ENDS_CLOSED.test(text)) return false;
  const nextShort = next.folded.length <= SHORT_CONTINUATION && !HAS_TERMINAL.test(next.folded);
  if (block.marker !== null) {
    const remembered = STRUCTURAL_KINDS.has(block.marker.kind) ? undefined : headingKinds.get(block.marker.kind);
    const heading = remembered ?? defaultHeading(block, context);
    if (heading) return nextShort;
    return true;
  }
  if (isTitleLike(text) || text.startsWith("——") || text.startsWith("--")) return false;
  return text.length >= PARAGRAPH_LINE;
}

function defaultHeading(block: Block, context: JoinContext): boolean {
  const kind = (block.marker as MarkerToken).kind;
  if (HEADING_KINDS.has(kind)) return true;
  if (kind === "article") return false;
  const content = contentAfterMarker(block);
  if (HAS_TERMINAL.test(content)) return false;
  if (kind === "han-paren") return !context.regulation;
  return content.length < PARAGRAPH_LINE;
}

/**
 * Whether the first character of `after` repeats the last of `before` because
 * the printer set it on both sides of a break (百分 / 分点), not on purpose (层层).
 */
export function isPrintingRepeat(before: string, after: string): boolean {
  const last = before[before.length - 1];
  const first = after[0];
  if (last === undefined || first === undefined || last !== first) return false;
  return isHan(last.charCodeAt(0)) && !REDUPLICATING.has(last) && after.length > 1;
}

function repeatedAcrossBreak(block: Block, next: Block): boolean {
  return isPrintingRepeat(block.text, next.text);
}

/**
 * Re-join lines broken at page ends into blocks. Input text is never
 * rewritten: a block is a list of source pieces; a character printed on both
 * sides of the break is skipped in the second piece (with an info diagnostic).
 */
export function joinLines(lines: SourceLine[], context: JoinContext, sink: DiagnosticSink): Block[] {
  const blocks: Block[] = [];
  // Whether the last block of each marker kind in the current list was a heading.
  const headingKinds = new Map<MarkerKind, boolean>();
  for (const line of lines) {
    const next = blockFromLine(line);
    const current = blocks[blocks.length - 1];
    if (current !== undefined && continues(current, next, headingKinds, context)) {
      let start = line.contentStart;
      if (repeatedAcrossBreak(current, next)) {
        sink.report(
          "repeated-character",
          `「${next.text[0]}」 printed on both sides of a break; read once`,
          spanOn(line, start, start + 1),
          { actual: `${current.text.slice(-2)}${next.text.slice(0, 2)}`, expected: `${current.text.slice(-2)}${next.text.slice(1, 2)}` },
        );
        start += 1;
      } else {
        sink.report("joined-lines", `Line ${line.number} continues line ${current.pieces[current.pieces.length - 1]?.line.number}`, spanOn(line, start, line.contentEnd));
      }
      const piece = { line, start, end: line.contentEnd };
      const added = line.text.slice(start - line.contentStart);
      current.pieces.push(piece);
      delete current.headerLike;
      current.text += added;
      current.folded += line.folded.slice(start - line.contentStart);
      continue;
    }
    if (current !== undefined && current.marker !== null && !STRUCTURAL_KINDS.has(current.marker.kind)) {
      headingKinds.set(current.marker.kind, !HAS_TERMINAL.test(current.folded));
    }
    if (next.marker !== null) {
      for (const kind of headingKinds.keys()) if (MARKER_RANK[kind] > MARKER_RANK[next.marker.kind]) headingKinds.delete(kind);
    }
    if (next.marker?.typo !== undefined) {
      const marker = next.marker;
      sink.report("numbering-typo", `「${marker.raw}」 read as ${marker.value}: ${marker.typo}`, spanOn(line, marker.start, marker.end), {
        actual: marker.raw,
        expected: String(marker.value),
      });
    }
    blocks.push(next);
  }
  return blocks;
}
