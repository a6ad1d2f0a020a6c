import type { Rule } from "../types.js";
import { documentsOf } from "./documents.js";

/** Blanks between Han characters inside one unit: two units printed without a separator. */
const RUN_TOGETHER = /[\u4e00-\u9fff）)][ \u3000]+[\u4e00-\u9fff]/;
/** Longer than any department name: likely several run together. */
const LONGEST_UNIT = 30;
/** Two separators in a row, or a separator at an end: an empty unit. */
const EMPTY_ITEM = /^[、，,；;]|[、，,；;]{2}|[、，,；;]$/;

/** Unit lists that did not split cleanly: empty items, or several units in one. */
export const units: Rule = {
  name: "units",
  codes: ["unit-empty", "unit-list-unsplit"],
  run(result, report) {
    for (const { document, index } of documentsOf(result)) {
      const lists = [
        ...(document.tasks ?? []).flatMap((task) => [task.leadUnits, task.responsibleUnits]),
        ...(document.measures ?? []).flatMap((measure) => [measure.responsibleUnits, measure.leadUnits ?? []]),
      ];
      for (const list of lists) {
        for (const unit of list) {
          if (RUN_TOGETHER.test(unit.raw) || unit.name.length > LONGEST_UNIT) {
            report("unit-list-unsplit", `「${unit.raw}」 looks like several units with no separator between them`, unit.position, { document: index, actual: unit.raw });
          }
        }
      }
      // Empty items: read from the field and note texts, where the separators are.
      const texts: Array<{ text: string; position: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } }> = [];
      for (const measure of document.measures ?? []) if (measure.note) texts.push({ text: measure.note.raw.slice(1, -1).replace(/^[^:：]*[:：]/, ""), position: measure.note.position });
      const visit = (nodes: typeof document.outline) => {
        for (const node of nodes) {
          if (node.field && /单位$/.test(node.field.label)) texts.push({ text: node.field.value, position: node.position });
          visit(node.children);
        }
      };
      visit(document.outline);
      for (const { text, position } of texts) {
        if (EMPTY_ITEM.test(text.trim())) report("unit-empty", `An empty unit in 「${text}」`, position, { document: index, actual: text });
      }
    }
  },
};
