/**
 * unist-style positions: 1-based line and column, 0-based offset in UTF-16
 * code units of the decoded text, end exclusive.
 */
export interface Point {
  line: number;
  column: number;
  offset: number;
  /** 1-based page, for a result read from a PDF. */
  page?: number | undefined;
}

export interface Position {
  start: Point;
  end: Point;
}

/** A physical line of the decoded input. `start`/`end` exclude the line ending. */
export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character of the line (before `\r`/`\n`). */
  end: number;
  /** Offset of the first non-blank character (equals `end` on a blank line). */
  contentStart: number;
  /** Offset just past the last non-blank character. */
  contentEnd: number;
  /** The line's content without surrounding blanks, as in the source. */
  text: string;
  /** `text` with widths folded (see `fold`): same length, for matching only. */
  folded: string;
  /**
   * For a line a front end assembled (from HTML text nodes, Markdown inlines),
   * where `start…end` are offsets of the assembled text, not of the source:
   * the source point of an assembled offset. Absent for plain text, whose
   * offsets are source offsets.
   */
  locate?: (offset: number) => Point;
  /** With `locate`: the source point just past the character before an assembled offset (the end of a span). */
  locateEnd?: (offset: number) => Point;
  /**
   * With `locate`: the source span of assembled offsets `from…to`, from the
   * first source character any of them comes from to just past the last. Its
   * characters need not be in source order (a cell carried down a table by
   * `rowspan` points at the row where it is printed), so the span is never
   * backward.
   */
  cover?: (from: number, to: number) => Position;
  /** For a row of a table a front end read as one (an HTML `<tr>`, a Markdown pipe row): its cells. */
  table?: TableRowInfo;
}

/** One slot of a table row: the cell that fills it, as printed once in the source. */
export interface TableSlot {
  /** Offsets of the cell's text in the line's coordinate (`start…end` of the line), trimmed. */
  from: number;
  to: number;
  /** Whether the slot is covered by a cell of an earlier row or column (rowspan, colspan). */
  copy: boolean;
  /** Row and column where the covering cell starts. */
  originRow: number;
  originColumn: number;
  /** Columns the covering cell spans. */
  colSpan: number;
  /** A header cell (`<th>`, or a cell of `<thead>`, a Markdown header row). */
  header: boolean;
}

/** A row of a table read with its structure. */
export interface TableRowInfo {
  /** Which table of the input (0-based, in order): rows of two tables never merge. */
  table: number;
  /** 0-based row in its table. */
  row: number;
  /** The grid's slots of this row, spans expanded; `null` where no cell covers the slot. */
  slots: Array<TableSlot | null>;
}

/** Point at `offset`, which must lie on `line` (or at its end). */
export function pointOn(line: SourceLine, offset: number): Point {
  if (line.locate !== undefined) return line.locate(offset);
  return { line: line.number, column: offset - line.start + 1, offset };
}

/** The point that ends a span at `offset` on `line`: just past the character before it. */
export function endOn(line: SourceLine, offset: number): Point {
  if (line.locateEnd !== undefined) return line.locateEnd(offset);
  return pointOn(line, offset);
}

/** Position of `[from, to)` on one line. */
export function spanOn(line: SourceLine, from: number, to: number): Position {
  if (line.cover !== undefined) return line.cover(from, to);
  return { start: pointOn(line, from), end: pointOn(line, to) };
}

/** Position of a line's content. */
export function lineSpan(line: SourceLine): Position {
  return spanOn(line, line.contentStart, line.contentEnd);
}

/** Position covering `a` through `b`. */
export function cover(a: Position, b: Position): Position {
  return { start: a.start, end: b.end };
}
