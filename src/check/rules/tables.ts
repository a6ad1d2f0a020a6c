import type { Rule } from "../types.js";
import { documentsOf } from "./documents.js";

/** Table rows with more or fewer cells than the header row. */
export const tables: Rule = {
  name: "tables",
  codes: ["table-row-width"],
  run(result, report) {
    for (const { document, index } of documentsOf(result)) {
      for (const table of document.tables ?? []) {
        table.rows.forEach((row, at) => {
          if (row.length === table.columns.length) return;
          report("table-row-width", `A row of ${row.length} cells under a header of ${table.columns.length}`, table.rowPositions[at], {
            document: index,
            actual: String(row.length),
            expected: String(table.columns.length),
          });
        });
      }
    }
  },
};
