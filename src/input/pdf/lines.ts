import type { Fragment, PdfLine } from "./types.js";

/** A gap wider than this many font sizes between two runs on a line is a column gap (a tab): wider than any space of running text. */
export const WIDE_GAP = 1.5;
/**
 * A gap wider than this many font sizes is a column gap too on a line with two
 * or more of them (the cells of a table row, padded a few points apart); alone
 * on its line (`第一条　内容` set with a gap for its full-width space) it is a space.
 */
export const CELL_GAP = 0.8;
/** Baselines closer than this share of the font size are one line. */
const SAME_BASELINE = 0.35;
/** A gutter of two columns lies between these shares of the page width. */
const GUTTER_FROM = 0.35;
const GUTTER_TO = 0.65;
/** At most this share of a two-column page's lines may cross the gutter (titles set across both columns). */
const MOST_CROSSING = 0.25;
/** Each column holds at least this many lines. */
const FEWEST_COLUMN_LINES = 3;

/** Characters that join without a space: CJK, full-width forms and CJK punctuation. */
function isWide(code: number): boolean {
  return code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f);
}

/** One baseline's fragments, left to right. */
interface Row {
  y: number;
  size: number;
  fragments: Fragment[];
}

/** Group fragments by baseline, top of the page first; each row's fragments left to right. Sorting: n log n. */
export function rowsOf(fragments: readonly Fragment[]): Row[] {
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  let row: Row | null = null;
  for (const fragment of sorted) {
    if (row !== null && Math.abs(row.y - fragment.y) <= SAME_BASELINE * Math.min(row.size, fragment.size)) {
      row.fragments.push(fragment);
      row.size = Math.max(row.size, fragment.size);
    } else {
      row = { y: fragment.y, size: fragment.size, fragments: [fragment] };
      rows.push(row);
    }
  }
  for (const each of rows) each.fragments.sort((a, b) => a.x - b.x);
  return rows;
}

/** The runs of a row: fragments closer than a wide gap merged, as [left, right] pairs. */
function runsOf(row: Row): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const fragment of row.fragments) {
    if (fragment.text.trim() === "") continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && fragment.x - last[1] <= WIDE_GAP * row.size) last[1] = Math.max(last[1], fragment.end);
    else runs.push([fragment.x, fragment.end]);
  }
  return runs;
}

/**
 * The x of a gutter that splits the page's rows into two columns, or null
 * for a single-column page. A gutter is an x near the middle that few rows
 * cross, with rows of text on both sides; and each side is running text, one
 * run a row, not the cells of a table (whose rows have several runs).
 */
export function findGutter(rows: readonly Row[], width: number): number | null {
  if (rows.length < 2 * FEWEST_COLUMN_LINES) return null;
  const runs = rows.map(runsOf);
  let best: { x: number; crossing: number } | null = null;
  for (let x = width * GUTTER_FROM; x <= width * GUTTER_TO; x += 2) {
    let crossing = 0;
    for (const row of runs) if (row.some(([from, to]) => from < x && to > x)) crossing++;
    if (best === null || crossing < best.crossing) best = { x, crossing };
  }
  if (best === null || best.crossing > MOST_CROSSING * rows.length) return null;
  const gutter = best.x;
  let left = 0;
  let right = 0;
  let busy = 0;
  for (const row of runs) {
    if (row.some(([from, to]) => from < gutter && to > gutter)) continue;
    const leftRuns = row.filter(([, to]) => to <= gutter).length;
    const rightRuns = row.length - leftRuns;
    if (leftRuns > 0) left++;
    if (rightRuns > 0) right++;
    if (leftRuns > 1 || rightRuns > 1) busy++;
  }
  if (left < FEWEST_COLUMN_LINES || right < FEWEST_COLUMN_LINES) return null;
  // A table: its rows have several cells on a side.
  if (busy > (left + right) / 4) return null;
  return gutter;
}

/** The text of fragments on one line: CJK joined as printed, a space between Latin words, a tab for a wide gap. */
export function joinFragments(fragments: readonly Fragment[], size: number): { text: string; tabbed: boolean; cellX: number[] } {
  let text = "";
  const cellX: number[] = [];
  let end = Number.NEGATIVE_INFINITY;
  let tabbed = false;
  // A run of blanks drawn on its own: a space where the next run follows closely.
  let blank = false;
  let cellGaps = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const fragment of fragments) {
    if (fragment.text.trim() === "") continue;
    if (reach !== Number.NEGATIVE_INFINITY && fragment.x - reach > CELL_GAP * size) cellGaps++;
    reach = Math.max(reach, fragment.end);
  }
  const cellGap = cellGaps >= 2 ? CELL_GAP : WIDE_GAP;
  for (const fragment of fragments) {
    if (fragment.text.trim() === "") {
      blank = true;
      continue;
    }
    const gap = fragment.x - end;
    if (text !== "") {
      if (gap > cellGap * size) {
        text = text.trimEnd() + "\t";
        tabbed = true;
        cellX.push(fragment.x);
      } else if (!text.endsWith(" ") && !fragment.text.startsWith(" ") && (blank || gap > CELL_GAP * size || (gap > 0.2 * size && !isWide(text.charCodeAt(text.length - 1)) && !isWide(fragment.text.charCodeAt(0))))) {
        text += " ";
      }
    }
    blank = false;
    if (text === "") cellX.push(fragment.x);
    text += text.endsWith("\t") ? fragment.text.trimStart() : fragment.text;
    end = Math.max(end, fragment.end);
  }
  return { text: text.trim(), tabbed, cellX };
}

/** A line from a row's fragments (all of them, or one column's). */
function lineOf(page: number, y: number, size: number, fragments: Fragment[], column?: 0 | 1): PdfLine | null {
  const { text, tabbed, cellX } = joinFragments(fragments, size);
  if (text === "") return null;
  const printed = fragments.filter((fragment) => fragment.text.trim() !== "");
  const first = printed[0] as Fragment;
  const end = Math.max(...printed.map((fragment) => fragment.end));
  const line: PdfLine = { page, text, x: first.x, end, y, size, left: first.x, right: end, tabbed, cellX };
  if (column !== undefined) line.column = column;
  return line;
}

/**
 * A page's printed lines in reading order: top to bottom on a single-column
 * page; on a two-column page, each block between lines that cross the
 * gutter (a title over both columns) is read left column first.
 */
export function linesOf(page: number, fragments: readonly Fragment[], width: number): PdfLine[] {
  const rows = rowsOf(fragments);
  const gutter = findGutter(rows, width);
  const lines: PdfLine[] = [];
  if (gutter === null) {
    for (const row of rows) {
      const line = lineOf(page, row.y, row.size, row.fragments);
      if (line !== null) lines.push(line);
    }
    return lines;
  }
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = () => {
    lines.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.fragments.some((fragment) => fragment.x < gutter && fragment.end > gutter)) {
      flush();
      const line = lineOf(page, row.y, row.size, row.fragments);
      if (line !== null) lines.push(line);
      continue;
    }
    const leftLine = lineOf(page, row.y, row.size, row.fragments.filter((fragment) => fragment.end <= gutter), 0);
    const rightLine = lineOf(page, row.y, row.size, row.fragments.filter((fragment) => fragment.end > gutter), 1);
    if (leftLine !== null) left.push(leftLine);
    if (rightLine !== null) right.push(rightLine);
  }
  flush();
  return lines;
}
