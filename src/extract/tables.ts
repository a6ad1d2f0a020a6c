import type { OutlineNode } from "../structure/node.js";
import type { Position } from "../util/position.js";
import type { SourceRange } from "./source-range.js";
import type { Extractor } from "./types.js";

export interface Table extends SourceRange {
  columns: string[];
  rows: string[][];
  /** Where each row of `rows` is. */
  rowPositions: Position[];
}

/**
 * Tables: runs of consecutive table rows (tab-separated or column-aligned
 * lines, as the outline marks them) under a header row. The first row of a
 * run gives the columns.
 */
export const tables: Extractor = {
  name: "tables",
  extract(document) {
    const found: Table[] = [];
    const flush = (run: OutlineNode[]) => {
      const [header, ...rows] = run;
      if (header === undefined || rows.length === 0) return;
      const last = rows[rows.length - 1] as OutlineNode;
      found.push({
        columns: header.cells ?? [],
        rows: rows.map((row) => row.cells ?? []),
        rowPositions: rows.map((row) => row.position),
        position: { start: header.position.start, end: last.position.end },
      });
    };
    const scan = (nodes: OutlineNode[]) => {
      let start = -1;
      for (let index = 0; index < nodes.length; index++) {
        const node = nodes[index] as OutlineNode;
        if (node.role === "table-row") {
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
