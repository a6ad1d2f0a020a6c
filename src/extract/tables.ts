import { TABLE_ROWS, type OutlineNode } from "../structure/node.js";
import { type Position, type SourceLine, type TableRowInfo, endOn, pointOn, spanOn } from "../util/position.js";
import { rangeInNode } from "./source-range.js";
import type { Extractor } from "./types.js";
import type { TableRecord, Table } from "../schema/result.js";
export type { TableRecord, Table };



/** Separators of a text table's cells: a tab, or a wide gap. */
const TEXT_CELL_GAP = /\t| {2,}|\u3000{2,}/g;

/** Each cell's `[from, to)` in a text row, trimmed, as `nodeFromBlock` splits it. */
function textCellRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from] as string)) from++;
    while (to > from && /\s/.test(text[to - 1] as string)) to--;
    ranges.push([from, to]);
  };
  for (const match of text.matchAll(TEXT_CELL_GAP)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return ranges;
}

/** Where a cell's text `[from, to)` of a line is: from its first character to just past its last. */
function cellSpan(line: SourceLine, from: number, to: number): Position {
  if (to <= from) return spanOn(line, from, from);
  return { start: pointOn(line, from), end: endOn(line, to) };
}

interface Row {
  node: OutlineNode;
  cells: string[];
  positions: Array<Position | null>;
  info: TableRowInfo | undefined;
  /** Each cell's `[from, to)` in `node.text`; `null` where no cell fills the slot. */
  ranges: Array<[number, number] | null>;
}

/** The source rows of each data row of a table (group rows included), for extractors that read cells as units. */
export const TABLE_SOURCE = new WeakMap<Table, Array<{ node: OutlineNode; ranges: Array<[number, number] | null> }>>();

function rowOf(node: OutlineNode): Row {
  const structured = TABLE_ROWS.get(node);
  const cells = node.cells ?? [];
  if (structured !== undefined) {
    const { line, info } = structured;
    return {
      node,
      cells,
      info,
      positions: info.slots.map((slot) => (slot === null ? null : cellSpan(line, slot.from, slot.to))),
      ranges: info.slots.map((slot) => (slot === null ? null : [slot.from - line.contentStart, slot.to - line.contentStart])),
    };
  }
  const ranges = textCellRanges(node.text);
  return { node, cells, info: undefined, positions: ranges.map(([from, to]) => rangeInNode(node, from, to).position), ranges };
}

/** A row that is one cell spanning every column. */
function spansWidth(row: Row, width: number): boolean {
  const first = row.info?.slots[0];
  if (width < 2 || first === null || first === undefined || first.colSpan < width) return false;
  return row.info?.slots.every((slot) => slot !== null && slot.originColumn === 0 && slot.originRow === first.originRow) ?? false;
}

/**
 * How many rows the header takes: caption rows spanning the table, then the
 * header proper — a row of header cells (`<th>`, `<thead>`), a row under a
 * cell that spans columns (a group of columns), or a row a header cell spans
 * down into (rowspan) belongs to it.
 */
function headerSize(rows: Row[], width: number): { captions: number; header: number } {
  let captions = 0;
  while (captions < rows.length - 1 && spansWidth(rows[captions] as Row, width)) captions++;
  let end = captions + 1;
  if (rows[captions]?.info === undefined) return { captions, header: end };
  for (let index = captions; index < end && index < rows.length; index++) {
    const slots = (rows[index] as Row).info?.slots ?? [];
    if (slots.some((slot) => slot !== null && !slot.copy && slot.colSpan > 1 && slot.colSpan < width)) end = Math.max(end, index + 2);
    const next = rows[end]?.info?.slots ?? [];
    if (next.some((slot) => slot !== null && slot.copy && slot.originRow < end)) end++;
    else if (next.length > 0 && next.every((slot) => slot !== null && slot.header)) end++;
  }
  return { captions, header: Math.min(end, rows.length) };
}

/** Each column's header path: the texts of the header rows down the column, a merged cell's once. */
function pathsOf(header: Row[], width: number): string[][] {
  const paths: string[][] = [];
  for (let column = 0; column < width; column++) {
    const path: string[] = [];
    for (const row of header) {
      const text = row.cells[column] ?? "";
      if (text !== "" && path[path.length - 1] !== text) path.push(text);
    }
    paths.push(path);
  }
  return paths;
}

/** Column names: the paths joined, made unique (`名称`, `名称#2`) so that they can key records. */
function namesOf(paths: string[][]): string[] {
  const seen = new Map<string, number>();
  return paths.map((path, index) => {
    const base = path.length > 0 ? path.join("/") : `#${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}

/** Read one run of table rows into a table; `null` when it has no data row. */
export function readTable(nodes: OutlineNode[]): Table | null {
  const rows = nodes.map(rowOf);
  let width = 0;
  for (const row of rows) width = Math.max(width, row.cells.length);
  const { captions, header } = headerSize(rows, width);
  const body = rows.slice(header);
  const first = rows[0];
  const last = body[body.length - 1];
  if (first === undefined || last === undefined) return null;
  const structured = first.info !== undefined;
  const paths = structured ? pathsOf(rows.slice(captions, header), width) : (first.cells ?? []).map((cell) => [cell]);
  const table: Table = {
    columns: structured ? namesOf(paths) : first.cells,
    rows: body.map((row) => row.cells),
    rowPositions: body.map((row) => row.node.position),
    position: { start: first.node.position.start, end: last.node.position.end },
  };
  table.columnPaths = paths;
  table.headerRows = header;
  if (captions > 0) table.caption = rows.slice(0, captions).map((row) => row.cells[0] ?? "").join(" ");
  table.cells = body.map((row) => row.positions);
  const groups: number[] = [];
  const records: TableRecord[] = [];
  const names = structured ? table.columns : namesOf(paths);
  let group: string | undefined;
  body.forEach((row, index) => {
    if (spansWidth(row, width)) {
      groups.push(index);
      group = row.cells[0] ?? "";
      return;
    }
    const values: Record<string, string> = {};
    names.forEach((name, column) => {
      values[name] = row.cells[column] ?? "";
    });
    const record: TableRecord = { row: index, values, position: row.node.position };
    if (group !== undefined) record.group = group;
    records.push(record);
  });
  if (groups.length > 0) table.groupRows = groups;
  table.records = records;
  TABLE_SOURCE.set(table, body.map((row) => ({ node: row.node, ranges: row.ranges })));
  return table;
}

/** Which table a row belongs to: rows of two HTML tables that follow each other are two tables. */
function tableKey(node: OutlineNode): number {
  return TABLE_ROWS.get(node)?.info.table ?? -1;
}

/**
 * Tables: runs of consecutive table rows — rows a front end read as a table
 * (HTML `<table>`, Markdown pipe tables), or tab-separated and
 * column-aligned lines. A structured table's header may take several rows
 * (merged header cells give column paths); a text table's header is its
 * first row.
 */
export const tables: Extractor = {
  name: "tables",
  extract(document) {
    const found: Table[] = [];
    const flush = (run: OutlineNode[]) => {
      const table = readTable(run);
      if (table !== null) found.push(table);
    };
    const scan = (nodes: OutlineNode[]) => {
      let start = -1;
      for (let index = 0; index < nodes.length; index++) {
        const node = nodes[index] as OutlineNode;
        if (node.role === "table-row") {
          if (start !== -1 && tableKey(node) !== tableKey(nodes[start] as OutlineNode)) {
            flush(nodes.slice(start, index));
            start = -1;
          }
          if (start === -1) start = index;
        } else if (start !== -1) {
          flush(nodes.slice(start, index));
          start = -1;
        }
        if (node.children.length > 0) scan(node.children);
      }
      if (start !== -1) flush(nodes.slice(start));
    };
    scan(document.outline);
    if (found.length > 0) document.tables = found;
  },
};
