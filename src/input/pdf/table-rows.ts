import type { PdfLine } from "./types.js";

/** A wrapped cell's next line lies within this many font sizes below the line before it. */
const CELL_LEADING = 2.2;

/** A table row being read: its first line, its cells' left edges and texts, and the last line merged into it. */
export interface TableRow {
  first: PdfLine;
  cells: string[];
  last: PdfLine;
}

/** A row from a line split by wide gaps. */
export function startRow(line: PdfLine): TableRow {
  return { first: line, cells: line.text.split("\t"), last: line };
}

/** The column of a row whose span holds `x`: from a little left of its cell's edge to a little left of the next. */
function columnAt(row: TableRow, x: number): number {
  const { cellX, size } = row.first;
  let column = -1;
  for (let index = 0; index < cellX.length; index++) if (x >= (cellX[index] as number) - size) column = index;
  return column;
}

/**
 * Read `line` as more of the cells of `row` (cells that wrap onto a second
 * line in a ruled or aligned table), and merge it: each of its pieces is
 * appended to the cell of the column it lies under. It is more of the row
 * when it follows closely on the same page and column, its first column is
 * empty (a new row fills it: a 序号), and each piece lies under a column.
 * Returns false, changing nothing, for a line that is not.
 */
export function mergeIntoRow(row: TableRow, line: PdfLine): boolean {
  const last = row.last;
  if (line.page !== last.page || line.column !== last.column) return false;
  if (last.y - line.y > CELL_LEADING * line.size || line.y >= last.y) return false;
  if (Math.abs(line.size - row.first.size) > 0.15 * row.first.size) return false;
  const pieces = line.text.split("\t");
  if (pieces.length !== line.cellX.length || row.first.cellX.length < 2) return false;
  const columns = line.cellX.map((x) => columnAt(row, x));
  // The first column empty, every piece under a column, left to right.
  if (columns.some((column, index) => column < 1 || (index > 0 && column <= (columns[index - 1] as number)))) return false;
  columns.forEach((column, index) => {
    row.cells[column] = `${row.cells[column] ?? ""}${pieces[index] ?? ""}`;
  });
  row.last = line;
  return true;
}
