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
import { foldedKey, isHan, squeezeLayoutBlanks } from "../util/chars.js";
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
  /**
   * Title keys of documents printed in this text (what a 印发 notice issues):
   * a block that is one of them is a title and never continues into the next line.
   */
  titles?: ReadonlySet<string>;
}

/** Sentence-final punctuation (folded), possibly followed by closing quotes or brackets. */
const TERMINAL_CHARS = new Set("。！？；：!?;:…");
const CLOSING_CHARS = new Set("\"”’』」)）");

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
  // A row of a table read with its structure is a table row, whatever its first cell starts with (一、, 1.).
  if (line.table !== undefined) {
    return { pieces: [{ line, start: line.contentStart, end: line.contentEnd }], text: line.text, folded, marker: null, field: null, tabbed: true };
  }
  return {
    pieces: [{ line, start: line.contentStart, end: line.contentEnd }],
    text: line.text,
    folded,
    marker: tokenizeMarker(line, folded),
    field: tokenizeField(line, folded),
    tabbed: isTableRow(line.text),
  };
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

/** A title set in the middle of its line is indented by at least this many blanks; a paragraph by two. */
const CENTERED_INDENT = 4;
const LONGEST_CENTERED = 40;

/**
 * A short line set in the middle of the page, with no sentence punctuation:
 * a title (`　　　　　　某某工作要点`), never the start of a paragraph broken
 * across lines.
 */
function isCentered(block: Block): boolean {
  if (block.pieces.length !== 1) return false;
  const piece = block.pieces[0] as Piece;
  return piece.line.contentStart - piece.line.start >= CENTERED_INDENT && block.folded.length <= LONGEST_CENTERED && !SENTENCE_INSIDE.test(block.folded) && !HAS_TERMINAL.test(block.folded);
}

/** A title line: ends in a document word and has no sentence punctuation. */
export function isTitleLike(folded: string): boolean {
  const compact = squeezeLayoutBlanks(folded);
  return compact.length <= 60 && titleEnding.test(compact) && !SENTENCE_INSIDE.test(compact);
}

/**
 * The block being joined. Its text is kept as parts and joined once it is
 * complete; what `continues` asks of it (the last character, bracket
 * balance, a sentence end after the marker, its length) is read from the
 * parts, each part scanned at most once. Reading the whole text at every join
 * would make a block of n lines cost n² (a string grown by `+=` is
 * re-flattened on every read). One instance serves a whole `joinLines` run.
 */
class GrowingBlock {
  block!: Block;
  /**
   * The parts so far are the first `count` entries. The arrays are never
   * truncated: emptying one frees its storage and the next push allocates it
   * again, at every block.
   */
  private readonly textParts: string[] = [];
  private readonly foldedParts: string[] = [];
  private count = 0;
  /** Length of the folded text so far. */
  length = 0;
  private parens = 0;
  private titles = 0;
  private quotes = 0;
  /** Parts counted into the bracket balance so far. */
  private balanced = 0;
  /** Parts looked at for sentence-final punctuation after the marker, and whether it was found. */
  private scanned = 0;
  private terminal = false;

  /** Start over with a new block (one instance serves a whole run of joining). */
  start(block: Block): this {
    this.block = block;
    this.textParts[0] = block.text;
    this.foldedParts[0] = block.folded;
    this.count = 1;
    this.length = block.folded.length;
    this.parens = 0;
    this.titles = 0;
    this.quotes = 0;
    this.balanced = 0;
    this.scanned = 0;
    this.terminal = false;
    return this;
  }

  append(text: string, folded: string): void {
    this.textParts[this.count] = text;
    this.foldedParts[this.count] = folded;
    this.count++;
    this.length += folded.length;
    delete this.block.headerLike;
  }

  /** Whether sentence-final punctuation occurs after the marker (parts are scanned once, when asked). */
  get terminalAfterMarker(): boolean {
    while (!this.terminal && this.scanned < this.count) {
      const part = this.foldedParts[this.scanned] as string;
      const marker = this.block.marker;
      this.terminal = HAS_TERMINAL.test(this.scanned === 0 && marker !== null ? part.slice(marker.end - marker.start) : part);
      this.scanned++;
    }
    return this.terminal;
  }

  /** The last character of the folded (or source) text. */
  lastChar(source = false): string {
    const parts = source ? this.textParts : this.foldedParts;
    for (let index = this.count - 1; index >= 0; index--) {
      const part = parts[index] as string;
      if (part.length > 0) return part[part.length - 1] as string;
    }
    return "";
  }

  /** Whether an opening bracket, 《 or “ is still open (parts are scanned once, when asked). */
  get unbalanced(): boolean {
    while (this.balanced < this.count) this.balance(this.foldedParts[this.balanced++] as string);
    return this.parens > 0 || this.titles > 0 || this.quotes > 0;
  }

  /** The first folded part (the block's first line). */
  get head(): string {
    return this.foldedParts[0] as string;
  }

  /** The folded text so far; only asked for while the block is short. */
  folded(): string {
    return this.count === 1 ? (this.foldedParts[0] as string) : this.joined(this.foldedParts);
  }

  /** The last `count` characters of the folded (or source) text. */
  tail(count: number, source = false): string {
    const parts = source ? this.textParts : this.foldedParts;
    let out = "";
    for (let index = this.count - 1; index >= 0 && out.length < count; index--) out = (parts[index] as string) + out;
    return out.slice(-count);
  }

  /** Whether the text ends a sentence: `…。`, `…。”`, `…：` (closing quotes and brackets skipped). */
  endsTerminal(): boolean {
    for (let part = this.count - 1; part >= 0; part--) {
      const text = this.foldedParts[part] as string;
      for (let index = text.length - 1; index >= 0; index--) {
        const char = text[index] as string;
        if (!CLOSING_CHARS.has(char)) return TERMINAL_CHARS.has(char);
      }
    }
    return false;
  }

  /** Ends the block: its text and folded text joined once. */
  finish(): Block {
    if (this.count > 1) {
      this.block.text = this.joined(this.textParts);
      this.block.folded = this.joined(this.foldedParts);
    }
    return this.block;
  }

  /** The first `count` parts joined. */
  private joined(parts: string[]): string {
    let out = "";
    for (let index = 0; index < this.count; index++) out += parts[index] as string;
    return out;
  }

  private balance(text: string): void {
    for (let index = 0; index < text.length; index++) {
      switch (text.charCodeAt(index)) {
        case 0x28: // (
          this.parens++;
          break;
        case 0x29: // )
          if (this.parens > 0) this.parens--;
          break;
        case 0x300a: // 《
          this.titles++;
          break;
        case 0x300b: // 》
          if (this.titles > 0) this.titles--;
          break;
        case 0x201c: // “
          this.quotes++;
          break;
        case 0x201d: // ”
          if (this.quotes > 0) this.quotes--;
          break;
      }
    }
  }
}

/** A block longer than this is no title (titles are at most 60 characters without blanks). */
const LONGEST_TITLE_BLOCK = 256;

function growingHeaderLike(growing: GrowingBlock): boolean {
  if (growing.length > LONGEST_HEADER_LINE) return false;
  growing.block.headerLike ??= isHeaderLike(growing.folded());
  return growing.block.headerLike;
}

/**
 * Whether `next` continues `block` across a page break. The rules, in order:
 * never into markers, fields or table rows; never after sentence-final
 * punctuation; always after a comma, an open bracket or quote; a note in
 * brackets joins its paragraph; a heading joins only a short unpunctuated
 * remainder (`…城市功` + `能品质`); a paragraph joins what follows.
 */
function continues(growing: GrowingBlock, next: Block, headingKinds: Map<MarkerKind, boolean>, context: JoinContext): boolean {
  const block = growing.block;
  if (next.marker !== null || next.field !== null || next.tabbed || block.tabbed) return false;
  if (BRACKETED_NOTE.test(next.folded) && block.field === null && !growingHeaderLike(growing)) return true;
  if (growing.endsTerminal()) return false;
  const last = growing.lastChar();
  if (ENDS_CONTINUING.test(last) || growing.unbalanced) return true;
  if (block.field !== null) return false;
  if (growingHeaderLike(growing) || headerLike(next)) return false;
  if (next.folded.startsWith("(")) return !ENDS_CLOSED.test(last);
  if (ENDS_CLOSED.test(last)) return false;
  const nextShort = next.folded.length <= SHORT_CONTINUATION && !HAS_TERMINAL.test(next.folded);
  if (block.marker !== null) {
    const remembered = STRUCTURAL_KINDS.has(block.marker.kind) ? undefined : headingKinds.get(block.marker.kind);
    const heading = remembered ?? defaultHeading(growing, context);
    if (heading) return nextShort;
    return true;
  }
  if (growing.length <= LONGEST_TITLE_BLOCK && (isTitleLike(growing.folded()) || context.titles?.has(foldedKey(growing.folded())) === true)) return false;
  if (isCentered(block)) return false;
  if (growing.head.startsWith("——") || growing.head.startsWith("--")) return false;
  return growing.length >= PARAGRAPH_LINE;
}

function defaultHeading(growing: GrowingBlock, context: JoinContext): boolean {
  const block = growing.block;
  const kind = (block.marker as MarkerToken).kind;
  if (HEADING_KINDS.has(kind)) return true;
  if (kind === "article") return false;
  if (growing.terminalAfterMarker) return false;
  if (kind === "han-paren") return !context.regulation;
  // The content after the marker, trimmed, is shorter than a paragraph line.
  if (growing.length > LONGEST_TITLE_BLOCK) return false;
  return growing.folded().slice((block.marker as MarkerToken).end - (block.marker as MarkerToken).start).trim().length < PARAGRAPH_LINE;
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

/**
 * Re-join lines broken at page ends into blocks. Input text is never
 * rewritten: a block is a list of source pieces; a character printed on both
 * sides of the break is skipped in the second piece (with an info diagnostic).
 */
export function joinLines(lines: SourceLine[], context: JoinContext, sink: DiagnosticSink): Block[] {
  const blocks: Block[] = [];
  // Whether the last block of each marker kind in the current list was a heading.
  const headingKinds = new Map<MarkerKind, boolean>();
  const joining = new GrowingBlock();
  let growing: GrowingBlock | undefined;
  for (const line of lines) {
    const next = blockFromLine(line);
    if (growing !== undefined && continues(growing, next, headingKinds, context)) {
      const current = growing.block;
      let start = line.contentStart;
      if (isPrintingRepeat(growing.lastChar(true), next.text)) {
        const before = growing.tail(2, true);
        sink.report(
          "repeated-character",
          `「${next.text[0]}」 printed on both sides of a break; read once`,
          spanOn(line, start, start + 1),
          { actual: `${before}${next.text.slice(0, 2)}`, expected: `${before}${next.text.slice(1, 2)}` },
        );
        start += 1;
      } else {
        sink.report("joined-lines", `Line ${line.number} continues line ${current.pieces[current.pieces.length - 1]?.line.number}`, spanOn(line, start, line.contentEnd));
      }
      current.pieces.push({ line, start, end: line.contentEnd });
      growing.append(line.text.slice(start - line.contentStart), line.folded.slice(start - line.contentStart));
      continue;
    }
    if (growing !== undefined) {
      const current = growing.finish();
      if (current.marker !== null && !STRUCTURAL_KINDS.has(current.marker.kind)) {
        headingKinds.set(current.marker.kind, !HAS_TERMINAL.test(current.folded));
      }
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
    growing = joining.start(next);
  }
  growing?.finish();
  return blocks;
}
