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
  /** The current line's UTF-16 code units and the source offset of each, in buffers that grow by doubling (no object per character). */
  private units = new Uint16Array(256);
  private offsets = new Int32Array(256);
  private length = 0;
  /** The source offsets of every line built so far, end to end (see `store`). */
  private stored = new Int32Array(1024);
  private storedLength = 0;
  /** Offset in the assembled coordinate where the next line starts. */
  private base = 0;
  /** The table row being assembled, with the start and end of each slot's text in `text`. */
  private row: { info: Omit<TableRowInfo, "slots">; slots: Array<(Omit<TableSlot, "from" | "to"> & { from: number; to: number }) | null> } | null = null;

  constructor(private readonly source: string) {
    this.starts = lineStarts(source);
  }

  private push(code: number, offset: number): void {
    if (this.length === this.units.length) {
      const units = new Uint16Array(this.length * 2);
      units.set(this.units);
      this.units = units;
      const offsets = new Int32Array(this.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    this.units[this.length] = code;
    this.offsets[this.length] = offset;
    this.length++;
  }

  /** Append characters; `offsets[i]` is the source offset of `text[i]`. Blank runs collapse to one space. */
  add(text: string, offsets: ArrayLike<number>): void {
    for (let index = 0; index < text.length; index++) {
      let code = text.charCodeAt(index);
      if (code === 10 || code === 13 || code === 9 || code === 12) code = 0x20;
      if (code === 0x20 && (this.length === 0 || this.units[this.length - 1] === 0x20)) continue;
      this.push(code, offsets[index] as number);
    }
  }

  /** Append a separator that is not in the source (a tab between table cells), placed at `offset`. */
  addSeparator(char: string, offset: number): void {
    while (this.length > 0 && this.units[this.length - 1] === 0x20) this.length--;
    this.push(char.charCodeAt(0), offset);
  }

  /** Start a table row: the next line is that row; its slots follow with `startSlot`/`endSlot`. */
  startRow(info: Omit<TableRowInfo, "slots">): void {
    this.newline();
    this.row = { info, slots: [] };
  }

  /** Start the text of the next slot of the current row (`null`: an empty slot no cell covers). */
  startSlot(slot: Omit<TableSlot, "from" | "to"> | null): void {
    if (this.row === null) return;
    this.row.slots.push(slot === null ? null : { ...slot, from: this.length, to: this.length });
  }

  /** End the text of the current slot. */
  endSlot(): void {
    const slot = this.row?.slots[this.row.slots.length - 1];
    if (slot !== null && slot !== undefined) slot.to = this.length;
  }

  /** End the current line (an empty one is dropped). */
  newline(): void {
    const row = this.row;
    this.row = null;
    const units = this.units;
    let from = 0;
    let to = this.length;
    while (from < to && isBlank(units[from] as number)) from++;
    while (to > from && isBlank(units[to - 1] as number)) to--;
    if (to > from) {
      const text = stringOf(units, from, to);
      // The line's source offsets go to one store shared by every line (no buffer per line): `at(i)` is the offset of `text[i]`.
      const stored = this.store(from, to);
      const count = to - from;
      const at = (index: number) => this.stored[stored + index] as number;
      const offsets = { length: count };
      const last = at(count - 1);
      // The end of the line is just past its last character in the source.
      const endOffset = last + Math.max(1, this.charLengthAt(last));
      const base = this.base;
      const starts = this.starts;
      const line: SourceLine = {
        number: pointAtOffset(starts, at(0)).line,
        start: base,
        end: base + text.length,
        contentStart: base,
        contentEnd: base + text.length,
        text,
        folded: fold(text),
        locate: (offset) => {
          const index = offset - base;
          const sourceOffset = index >= offsets.length ? endOffset : at(Math.max(0, index));
          return pointAtOffset(starts, sourceOffset);
        },
        cover: (fromOffset, toOffset) => {
          const first = Math.max(0, fromOffset - base);
          const end = Math.min(offsets.length, toOffset - base);
          if (end <= first) {
            const point = first >= offsets.length ? pointAtOffset(starts, endOffset) : pointAtOffset(starts, at(first));
            return { start: point, end: point };
          }
          let low = Number.POSITIVE_INFINITY;
          let high = Number.NEGATIVE_INFINITY;
          for (let index = first; index < end; index++) {
            const offset = at(index);
            if (offset < low) low = offset;
            const past = index === offsets.length - 1 ? endOffset : offset + Math.max(1, this.charLengthAt(offset));
            if (past > high) high = past;
          }
          return { start: pointAtOffset(starts, low), end: pointAtOffset(starts, high) };
        },
        locateEnd: (offset) => {
          // Just past the character before `offset`: an end that never reaches into the markup after it.
          const index = offset - base - 1;
          if (index < 0) return pointAtOffset(starts, at(0));
          if (index >= offsets.length - 1) return pointAtOffset(starts, endOffset);
          const before = at(index);
          return pointAtOffset(starts, before + Math.max(1, this.charLengthAt(before)));
        },
      };
      if (row !== null) line.table = { ...row.info, slots: row.slots.map((slot) => (slot === null ? null : trimSlot(units, slot, from, to, base))) };
      this.lines.push(line);
      this.base += text.length + 1;
    }
    this.length = 0;
  }

  /** Copy the current line's offsets `from…to` into the shared store; returns where they start in it. */
  private store(from: number, to: number): number {
    const start = this.storedLength;
    const needed = start + (to - from);
    if (needed > this.stored.length) {
      const grown = new Int32Array(Math.max(needed, this.stored.length * 2));
      grown.set(this.stored.subarray(0, start));
      this.stored = grown;
    }
    this.stored.set(this.offsets.subarray(from, to), start);
    this.storedLength = needed;
    return start;
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

/** Code units per `String.fromCharCode` call: well under any engine's limit on arguments. */
const CHUNK = 4096;

/** The string of code units `from…to`, exactly (a lone surrogate stays as it is). */
function stringOf(units: Uint16Array, from: number, to: number): string {
  if (to - from <= CHUNK) return String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  const parts: string[] = [];
  for (let at = from; at < to; at += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(to, at + CHUNK)) as unknown as number[]));
  return parts.join("");
}

/** A slot's text bounds in line coordinates (`units` hold the line before trimming), its blanks trimmed. */
function trimSlot(units: Uint16Array, slot: TableSlot, from: number, to: number, base: number): TableSlot {
  let start = Math.max(slot.from, from);
  let end = Math.min(slot.to, to);
  while (start < end && isBlank(units[start] as number)) start++;
  while (end > start && isBlank(units[end - 1] as number)) end--;
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
