import { lineStarts } from "../input/assembled-lines.js";
import { escapeAttribute, escapeText } from "./escape.js";
import { OBJECT_TYPES, type ReportObject } from "./objects.js";

/** Longest row of text: a longer line is shown as several rows, so one huge line never becomes one huge element. */
const ROW_CHARS = 2000;
/** A chunk (the unit the page materializes on scroll) holds at most this many rows or characters. */
const CHUNK_ROWS = 250;
const CHUNK_CHARS = 40_000;
/** Characters per wrapped line when estimating a chunk's height before it is drawn. */
const WRAP_CHARS = 60;
/** An inline mark that runs over more lines than this is shown on its first line only. */
const MAX_MARK_LINES = 3;

/** The block object types, in the order their classes are written. */
const BLOCK_TYPES = (Object.keys(OBJECT_TYPES) as Array<keyof typeof OBJECT_TYPES>).filter((type) => OBJECT_TYPES[type].display === "block");

/** A line-level class: furniture is greyed, unclassified text is flagged. */
export interface LineFlag {
  line: number;
  className: "fu" | "un";
  title: string;
}

/** A chunk of the text view: its lines and its HTML, drawn when it scrolls into view. */
export interface Chunk {
  from: number;
  to: number;
  /** Estimated height in em, for the placeholder. */
  height: number;
  html: string;
}

interface Segment {
  start: number;
  end: number;
  className: string;
  id: number;
}

/**
 * The decoded text line by line, as chunks of HTML: a `div.l` per line (a
 * `div.l.c` per further row of a long line; the page numbers lines and gives
 * them their `id="L12"` when it draws a chunk),
 * block objects as line classes with a badge on their first line, inline
 * objects as spans, diagnostics under their line. Every piece of text is
 * escaped. Time and size are linear in the text and the objects.
 */
export function renderTextView(text: string, objects: ReportObject[], flags: LineFlag[]): { chunks: Chunk[]; lines: number } {
  const starts = lineStarts(text);
  const lineCount = starts.length;
  const lineEnd = (line: number) => {
    let end = line < lineCount ? (starts[line] as number) : text.length;
    if (end > (starts[line - 1] as number) && text.charCodeAt(end - 1) === 10) end--;
    if (end > (starts[line - 1] as number) && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  const inline: Array<Segment[] | undefined> = new Array(lineCount + 1);
  // Per line: the last block object that covers it (the one a click shows), and a bit per block type.
  const blockOf = new Int32Array(lineCount + 1).fill(-1);
  const blockTypes = new Uint8Array(lineCount + 1);
  const badges: Array<number[] | undefined> = new Array(lineCount + 1);
  const notes: Array<number[] | undefined> = new Array(lineCount + 1);
  const push = <T>(table: Array<T[] | undefined>, line: number, value: T) => {
    const list = table[line];
    if (list === undefined) table[line] = [value];
    else list.push(value);
  };
  objects.forEach((object, id) => {
    const display = OBJECT_TYPES[object.type].display;
    const first = object.places[0];
    if (first === undefined) return;
    const firstLine = Math.min(first.start.line, lineCount);
    if (display === "block") {
      push(badges, firstLine, id);
      for (const place of object.places) {
        const bit = 1 << BLOCK_TYPES.indexOf(object.type);
        for (let line = place.start.line; line <= Math.min(place.end.line, lineCount); line++) {
          blockOf[line] = id;
          blockTypes[line] = (blockTypes[line] as number) | bit;
        }
      }
      return;
    }
    const className = object.type === "diagnostic" ? `d-${object.role ?? "info"}` : object.type === "unit" ? "u" : "dl";
    if (object.type === "diagnostic") push(notes, firstLine, id);
    for (const place of object.places) {
      const last = Math.min(place.end.line, lineCount, object.type === "diagnostic" || place.end.line - place.start.line >= MAX_MARK_LINES ? place.start.line : lineCount);
      for (let line = Math.min(place.start.line, lineCount); line <= last; line++) {
        const from = Math.max(place.start.offset, starts[line - 1] as number);
        const to = Math.min(place.end.offset, lineEnd(line));
        let start = Math.min(from, to);
        let end = to;
        if (end <= start) {
          // An empty span (a diagnostic at a point) marks one character.
          const stop = lineEnd(line);
          if (start < stop) end = start + 1;
          else if (start > (starts[line - 1] as number)) start = end - 1;
          else continue;
        }
        push(inline, line, { start, end, className, id });
      }
    }
  });
  const flagOf = new Map(flags.map((flag) => [flag.line, flag]));

  const chunks: Chunk[] = [];
  let html: string[] = [];
  let chunkFrom = 1;
  let rows = 0;
  let chars = 0;
  let height = 0;
  const close = (to: number) => {
    if (html.length === 0) return;
    chunks.push({ from: chunkFrom, to, height: Math.round(height * 10) / 10, html: html.join("") });
    html = [];
    rows = 0;
    chars = 0;
    height = 0;
    chunkFrom = to + 1;
  };
  for (let line = 1; line <= lineCount; line++) {
    const start = starts[line - 1] as number;
    const end = lineEnd(line);
    let classes = "l";
    const flag = flagOf.get(line);
    if (flag !== undefined) classes += ` ${flag.className}`;
    const types = blockTypes[line] as number;
    if (types !== 0) for (let index = 0; index < BLOCK_TYPES.length; index++) if ((types & (1 << index)) !== 0) classes += ` b-${BLOCK_TYPES[index]}`;
    // Unquoted where the value is one word: every byte counts on a large page.
    let open = classes === "l" ? "<div class=l" : `<div class="${classes}"`;
    if (types !== 0) open += ` data-b=${blockOf[line]}`;
    if (flag !== undefined) open += ` title="${escapeAttribute(flag.title)}"`;
    let gutter = "";
    for (const id of badges[line] ?? []) gutter += `<b class="bg bg-${(objects[id] as ReportObject).type}" data-o=${id}>${escapeText((objects[id] as ReportObject).label)}</b>`;
    const segments = inline[line];
    segments?.sort((a, b) => a.start - b.start || b.end - a.end);
    let rowStart = start;
    let firstRow = true;
    do {
      let rowEnd = Math.min(end, rowStart + ROW_CHARS);
      // Never split a surrogate pair.
      if (rowEnd < end && (text.charCodeAt(rowEnd) & 0xfc00) === 0xdc00) rowEnd++;
      const body = segments === undefined ? escapeText(text.slice(rowStart, rowEnd)) : renderRow(text, rowStart, rowEnd, segments);
      html.push(firstRow ? `${open}>${gutter}${body}</div>` : `<div class="${classes} c">${body}</div>`);
      height += rowEnd - rowStart <= WRAP_CHARS ? 1.6 : Math.ceil((rowEnd - rowStart) / WRAP_CHARS) * 1.6;
      rows++;
      chars += rowEnd - rowStart;
      firstRow = false;
      rowStart = rowEnd;
    } while (rowStart < end);
    for (const id of notes[line] ?? []) {
      html.push(renderNote(objects[id] as ReportObject, id));
      height += 1.8;
      rows++;
    }
    if (rows >= CHUNK_ROWS || chars >= CHUNK_CHARS) close(line);
  }
  close(lineCount);
  return { chunks, lines: lineCount };
}

/** One row's text with its inline marks as flat spans: a boundary sweep, so overlapping marks never nest wrongly. */
function renderRow(text: string, from: number, to: number, segments: Segment[]): string {
  const inside = segments.filter((segment) => segment.start < to && segment.end > from);
  if (inside.length === 0) return escapeText(text.slice(from, to));
  const points = new Set<number>([from, to]);
  for (const segment of inside) {
    points.add(Math.max(from, segment.start));
    points.add(Math.min(to, segment.end));
  }
  const sorted = [...points].sort((a, b) => a - b);
  const out: string[] = [];
  let active: Segment[] = [];
  let next = 0;
  for (let index = 0; index + 1 < sorted.length; index++) {
    const a = sorted[index] as number;
    const b = sorted[index + 1] as number;
    active = active.filter((segment) => segment.end > a);
    while (next < inside.length && Math.max(from, (inside[next] as Segment).start) <= a) {
      const segment = inside[next++] as Segment;
      if (segment.end > a) active.push(segment);
    }
    const piece = escapeText(text.slice(a, b));
    if (active.length === 0) out.push(piece);
    else {
      const classes = [...new Set(active.map((segment) => segment.className))].join(" ");
      const ids = active.map((segment) => segment.id).join(" ");
      out.push(`<span class="m ${classes}" data-o=${active.length === 1 ? ids : `"${ids}"`}>${piece}</span>`);
    }
  }
  return out.join("");
}

function renderNote(object: ReportObject, id: number): string {
  const diagnostic = object.data as { code: string; severity: string; message: string; expected?: string; actual?: string };
  const extra = [diagnostic.expected === undefined ? "" : ` <span class="ex">expected: ${escapeText(diagnostic.expected)}</span>`, diagnostic.actual === undefined ? "" : ` <span class="ac">actual: ${escapeText(diagnostic.actual)}</span>`].join("");
  return `<div class="dn dn-${escapeAttribute(diagnostic.severity)}" data-o=${id}><b>${escapeText(diagnostic.severity)}</b> <code>${escapeText(diagnostic.code)}</code> ${escapeText(diagnostic.message)}${extra}</div>`;
}
