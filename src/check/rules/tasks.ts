import type { Rule } from "../types.js";
import { documentsOf } from "./documents.js";

/** Tasks need a 牵头单位 (error); a missing 责任单位 is worth knowing (info). */
export const tasks: Rule = {
  name: "tasks",
  codes: ["task-missing-lead-unit", "task-missing-responsible-units"],
  run(result, report) {
    for (const { document, index } of documentsOf(result)) {
      for (const task of document.tasks ?? []) {
        if (task.leadUnits.length === 0) report("task-missing-lead-unit", `Task ${task.number} has no 牵头单位`, task.position, { document: index });
        if (task.responsibleUnits.length === 0) {
          report("task-missing-responsible-units", `Task ${task.number} has no 责任单位`, task.position, { document: index });
        }
      }
    }
  },
};
