/**
 * The shapes the PDF front end passes between its steps: text items as
 * pdf.js gives them, lines grouped by baseline, and pages of lines.
 * Coordinates are PDF user space: x grows to the right, y upward.
 */

/** A run of text pdf.js read from the page, with its geometry. */
export interface Fragment {
  text: string;
  /** Left edge and right edge of the run. */
  x: number;
  end: number;
  /** Baseline. */
  y: number;
  /** Font size (the height of the text matrix). */
  size: number;
}

/** A printed line: fragments on one baseline, in one column, left to right. */
export interface PdfLine {
  /** 1-based page. */
  page: number;
  /** The fragments' text, CJK joined without spaces, a wide gap as a tab. */
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
  /** Which column of a two-column block (0 left, 1 right), or undefined on a single-column page or a line across both. */
  column?: 0 | 1;
  /** Left and right margins of the text the line belongs to (its page's body, or its column). */
  left: number;
  right: number;
  /** A wide gap splits the line: a table row or a contents entry with its page number. */
  tabbed: boolean;
  /** Left edge of each of the line's cells (its pieces between tabs; one for a line without a tab). */
  cellX: number[];
}

/** A page's lines in reading order, with its size. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}
