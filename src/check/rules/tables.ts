import type { Rule } from "../types.js";
import { documentsOf } from "./documents.js";

/**
 * Table rows with more or fewer cells than the header. A merged cell counts
 * in every slot it covers (rowspan, colspan, a group row spanning the table),
 * and a slot no cell fills (`null` in `cells`) does not count: only a row
 * that is really short, or really long, is reported.
 */
export const tables: Rule = {
  name: "tables",
  codes: ["table-row-width"],
  run(result, report) {
    for (const { document, index } of documentsOf(result)) {
      for (const table of document.tables ?? []) {
        const groups = new Set(table.groupRows ?? []);
        table.rows.forEach((row, at) => {
          if (groups.has(at)) return;
          const slots = table.cells?.[at];
          const width = slots === undefined ? row.length : slots.filter((slot) => slot !== null).length;
          if (width === table.columns.length) return;
          report("table-row-width", `A row of ${width} cells under a header of ${table.columns.length}`, table.rowPositions[at], {
            document: index,
            actual: String(width),
            expected: String(table.columns.length),
          });
        });
      }
    }
  },
};
