import { fold, isBlank } from "../util/chars.js";
import type { Point, SourceLine, TableRowInfo, TableSlot } from "../util/position.js";

/** Offsets of the first character of each line of `source`. */
export function lineStarts(source: string): Int32Array {
  const starts: number[] = [0];
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
  }
  return Int32Array.from(starts);
}

/** The point of a source offset. */
export function pointAtOffset(starts: Int32Array, offset: number): Point {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1, offset };
}

/**
 * Builds lines out of pieces of text whose characters each come from a known
 * source offset (an HTML text node with its entities, a Markdown inline). The
 * lines it returns locate every offset back in the source, so positions still
 * point into the page.
 */
export class LineAssembler {
  private readonly starts: Int32Array;
  private readonly lines: SourceLine[] = [];
  /** The current line's characters, one UTF-16 unit each (an array: reading back the end of a growing string flattens it every time). */
  private chars: string[] = [];
  private offsets: number[] = [];
  /** Offset in the assembled coordinate where the next line starts. */
  private base = 0;
  /** The table row being assembled, with the start and end of each slot's text in `text`. */
  private row: { info: Omit<TableRowInfo, "slots">; slots: Array<(Omit<TableSlot, "from" | "to"> & { from: number; to: number }) | null> } | null = null;

  constructor(private readonly source: string) {
    this.starts = lineStarts(source);
  }

  /** Append characters; `offsets[i]` is the source offset of `text[i]`. Blank runs collapse to one space. */
  add(text: string, offsets: ArrayLike<number>): void {
    for (let index = 0; index < text.length; index++) {
      let char = text[index] as string;
      const code = char.charCodeAt(0);
      if (code === 10 || code === 13 || code === 9 || code === 12) char = " ";
      if (char === " " && (this.chars.length === 0 || this.chars[this.chars.length - 1] === " ")) continue;
      this.chars.push(char);
      this.offsets.push(offsets[index] as number);
    }
  }

  /** Append a separator that is not in the source (a tab between table cells), placed at `offset`. */
  addSeparator(char: string, offset: number): void {
    while (this.chars[this.chars.length - 1] === " ") {
      this.chars.pop();
      this.offsets.pop();
    }
    this.chars.push(char);
    this.offsets.push(offset);
  }

  /** Start a table row: the next line is that row; its slots follow with `startSlot`/`endSlot`. */
  startRow(info: Omit<TableRowInfo, "slots">): void {
    this.newline();
    this.row = { info, slots: [] };
  }

  /** Start the text of the next slot of the current row (`null`: an empty slot no cell covers). */
  startSlot(slot: Omit<TableSlot, "from" | "to"> | null): void {
    if (this.row === null) return;
    this.row.slots.push(slot === null ? null : { ...slot, from: this.chars.length, to: this.chars.length });
  }

  /** End the text of the current slot. */
  endSlot(): void {
    const slot = this.row?.slots[this.row.slots.length - 1];
    if (slot !== null && slot !== undefined) slot.to = this.chars.length;
  }

  /** End the current line (an empty one is dropped). */
  newline(): void {
    const row = this.row;
    this.row = null;
    const all = this.chars.join("");
    let from = 0;
    let to = all.length;
    while (from < to && isBlank(all.charCodeAt(from))) from++;
    while (to > from && isBlank(all.charCodeAt(to - 1))) to--;
    if (to > from) {
      const text = all.slice(from, to);
      const offsets = this.offsets.slice(from, to);
      const last = offsets[offsets.length - 1] as number;
      // The end of the line is just past its last character in the source.
      const endOffset = last + Math.max(1, this.charLengthAt(last));
      const base = this.base;
      const starts = this.starts;
      const line: SourceLine = {
        number: pointAtOffset(starts, offsets[0] as number).line,
        start: base,
        end: base + text.length,
        contentStart: base,
        contentEnd: base + text.length,
        text,
        folded: fold(text),
        locate: (offset) => {
          const index = offset - base;
          const sourceOffset = index >= offsets.length ? endOffset : (offsets[Math.max(0, index)] as number);
          return pointAtOffset(starts, sourceOffset);
        },
        cover: (fromOffset, toOffset) => {
          const first = Math.max(0, fromOffset - base);
          const end = Math.min(offsets.length, toOffset - base);
          if (end <= first) {
            const point = first >= offsets.length ? pointAtOffset(starts, endOffset) : pointAtOffset(starts, offsets[first] as number);
            return { start: point, end: point };
          }
          let low = Number.POSITIVE_INFINITY;
          let high = Number.NEGATIVE_INFINITY;
          for (let index = first; index < end; index++) {
            const at = offsets[index] as number;
            if (at < low) low = at;
            const past = index === offsets.length - 1 ? endOffset : at + Math.max(1, this.charLengthAt(at));
            if (past > high) high = past;
          }
          return { start: pointAtOffset(starts, low), end: pointAtOffset(starts, high) };
        },
        locateEnd: (offset) => {
          // Just past the character before `offset`: an end that never reaches into the markup after it.
          const index = offset - base - 1;
          if (index < 0) return pointAtOffset(starts, offsets[0] as number);
          if (index >= offsets.length - 1) return pointAtOffset(starts, endOffset);
          const at = offsets[index] as number;
          return pointAtOffset(starts, at + Math.max(1, this.charLengthAt(at)));
        },
      };
      if (row !== null) line.table = { ...row.info, slots: row.slots.map((slot) => (slot === null ? null : trimSlot(all, slot, from, to, base))) };
      this.lines.push(line);
      this.base += text.length + 1;
    }
    this.chars = [];
    this.offsets = [];
  }

  private charLengthAt(offset: number): number {
    // An entity (`&amp;`) stands for one character but spans several in the source.
    if (this.source[offset] === "&") {
      const semicolon = this.source.indexOf(";", offset);
      if (semicolon !== -1 && semicolon - offset <= 10) return semicolon - offset + 1;
    }
    const code = this.source.charCodeAt(offset);
    return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }

  finish(): SourceLine[] {
    this.newline();
    return this.lines;
  }
}

/** A slot's text bounds in line coordinates (`all` is the line before trimming), its blanks trimmed. */
function trimSlot(all: string, slot: TableSlot, from: number, to: number, base: number): TableSlot {
  let start = Math.max(slot.from, from);
  let end = Math.min(slot.to, to);
  while (start < end && isBlank(all.charCodeAt(start))) start++;
  while (end > start && isBlank(all.charCodeAt(end - 1))) end--;
  if (end <= start) start = end = Math.min(Math.max(slot.from, from), to);
  return { ...slot, from: base + start - from, to: base + end - from };
}

/** An HTML character reference: named (with or without `;`), decimal or hexadecimal. */
const ENTITY = /^&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)/;
const MAX_ENTITY = 34;

/**
 * Source offsets of the characters of `decoded`, the decoded form of
 * `raw` (HTML text with entities, Markdown text with escapes) found at
 * `start`: a character written as an entity or escape maps to its first
 * source character.
 */
export function alignDecoded(raw: string, decoded: string, start: number): number[] {
  const offsets = new Array<number>(decoded.length);
  if (raw.length === decoded.length) {
    for (let index = 0; index < decoded.length; index++) offsets[index] = start + index;
    return offsets;
  }
  let r = 0;
  for (let d = 0; d < decoded.length; d++) {
    offsets[d] = start + Math.min(r, Math.max(0, raw.length - 1));
    // An entity first: `&amp;` decodes to `&`, which would also match literally.
    const entity = raw[r] === "&" ? ENTITY.exec(raw.slice(r, r + MAX_ENTITY)) : null;
    if (entity !== null) {
      const code = decoded.charCodeAt(d);
      if (code >= 0xd800 && code <= 0xdbff && d + 1 < decoded.length) offsets[++d] = start + r;
      r += entity[0].length;
    } else if (raw[r] === decoded[d]) {
      r++;
    } else if (raw[r] === "\\") {
      offsets[d] = start + r + 1;
      r += 2;
    } else {
      r++;
    }
  }
  return offsets;
}
