import type { PdfLine, PdfPage } from "./types.js";

/** A line ending within this many font sizes of the right margin reaches it (CJK text wraps a character early at most). */
const REACHES_MARGIN = 1.2;
/** A line starting more than this many font sizes right of the left margin is indented (a first line, indented two characters). */
const INDENTED = 0.6;
/** Lines further apart than this many font sizes, baseline to baseline, on one page, are not one paragraph (a blank line between). */
const MOST_LEADING = 2.4;
/** Lines whose font sizes differ by more than this share are not one paragraph (a heading over its text). */
const SIZE_TOLERANCE = 0.15;
/** A bucket of starts or ends that holds at least this share of the lines (and two) says where a margin is. */
const MARGIN_SHARE = 0.05;

/** A line that ends a sentence or a clause. */
const ENDS_SENTENCE = /[。；;：:！？!?]$/;
/** A numbering marker at the start of a line: 一、 （一） (一) 1. 1、 （1） 第X条/章/节/编 (not `1.5`). */
const STARTS_MARKER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[（(][0-9]{1,3}[）)]|[0-9]{1,3}(?:[.．](?![0-9])|、)|第[一二三四五六七八九十百零〇]{1,6}[条章节编])/;

/** A Latin word (letters, digits and their punctuation) at the start of a line. */
const LATIN_WORD = /^[A-Za-z0-9][A-Za-z0-9'’.,:;()%+/-]*/;
/** A line that ends a Latin word and one that starts one: a space between them (digits alone join: a number broken by CJK setting). */
const ENDS_LATIN = /[A-Za-z,.;:)]$/;
const STARTS_LATIN = /^[A-Za-z0-9(]/;

/**
 * Left and right margins of a set of lines: the outermost starts and ends that
 * several lines share. With no shared end, the right margin is infinite: no
 * line is known to reach it.
 */
export function marginsOf(lines: readonly PdfLine[]): { left: number; right: number } | null {
  if (lines.length === 0) return null;
  const size = lines.reduce((sum, line) => sum + line.size, 0) / lines.length;
  const least = Math.max(2, Math.ceil(lines.length * MARGIN_SHARE));
  const starts = new Map<number, { count: number; min: number }>();
  const ends = new Map<number, { count: number; max: number }>();
  for (const line of lines) {
    const start = Math.floor(line.x / (size / 2));
    const at = starts.get(start) ?? { count: 0, min: line.x };
    at.count++;
    at.min = Math.min(at.min, line.x);
    starts.set(start, at);
    const end = Math.floor(line.end / (size / 2));
    const to = ends.get(end) ?? { count: 0, max: line.end };
    to.count++;
    to.max = Math.max(to.max, line.end);
    ends.set(end, to);
  }
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const bucket of starts.values()) if (bucket.count >= least) left = Math.min(left, bucket.min);
  for (const bucket of ends.values()) if (bucket.count >= least) right = Math.max(right, bucket.max);
  if (!Number.isFinite(left)) left = Math.min(...lines.map((line) => line.x));
  // No two lines end together: no right margin to reach (a page of a few short lines), so no line continues.
  if (!Number.isFinite(right)) right = Number.POSITIVE_INFINITY;
  return { left, right };
}

/**
 * Set each body line's margins: single-column lines take the margins of all
 * single-column lines of the document (a page of short lines has no full line
 * to show its right margin); a column's lines take their page column's.
 */
export function setMargins(pages: readonly PdfPage[], isBody: (line: PdfLine) => boolean): void {
  const single = pages.flatMap((page) => page.lines.filter((line) => line.column === undefined && isBody(line) && !line.tabbed));
  const document = marginsOf(single);
  for (const page of pages) {
    const columns = [0, 1].map((column) => marginsOf(page.lines.filter((line) => line.column === column && isBody(line) && !line.tabbed)));
    for (const line of page.lines) {
      const margins = line.column === undefined ? document : columns[line.column];
      if (margins === null || margins === undefined) continue;
      line.left = margins.left;
      line.right = margins.right;
    }
  }
}

/**
 * Whether `next` continues the paragraph `line` is in: `line` runs to the
 * right margin (a Latin line, to within its next word), `next` starts at the
 * left margin (not indented as a first line), in the same size, with no
 * blank line between them on one page. A line split by a wide gap (a table
 * row, a contents entry with its page) is never continued, nor a sentence
 * that ends at the margin when the next line starts with a numbering marker
 * (an item set without an indent). Centred lines never reach the margin, so
 * titles and headings stay their own lines.
 */
export function continues(line: PdfLine, next: PdfLine): boolean {
  if (line.tabbed) return false;
  if (ENDS_SENTENCE.test(line.text) && STARTS_MARKER.test(next.text)) return false;
  if (Math.abs(line.size - next.size) > SIZE_TOLERANCE * line.size) return false;
  if (next.x > next.left + INDENTED * next.size) return false;
  if (line.page === next.page && line.column === next.column && line.y - next.y > MOST_LEADING * line.size) return false;
  let slack = REACHES_MARGIN * line.size;
  const word = LATIN_WORD.exec(next.text);
  if (word !== null && next.text.length > 0) slack += (word[0].length * (next.end - next.x)) / next.text.length;
  return line.end >= line.right - slack;
}

/** What goes between two lines of a paragraph: nothing in CJK text, a space between Latin words. */
export function joinerOf(line: PdfLine, next: PdfLine): string {
  return ENDS_LATIN.test(line.text) && STARTS_LATIN.test(next.text) ? " " : "";
}
