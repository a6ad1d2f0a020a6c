import type { Rule } from "../types.js";
import { documentsOf } from "./documents.js";

/**
 * Tasks need a 牵头单位 (error) in a document that names leads (units or
 * officials) at all: a task table with no 牵头单位 column names none. A
 * missing 责任单位 is worth knowing (info).
 */
export const tasks: Rule = {
  name: "tasks",
  codes: ["task-missing-lead-unit", "task-missing-responsible-units"],
  run(result, report) {
    for (const { document, index } of documentsOf(result)) {
      const namesLeads = (document.tasks ?? []).some((task) => task.leadUnits.length > 0 || task.leadOfficials.length > 0);
      for (const task of document.tasks ?? []) {
        if (namesLeads && task.leadUnits.length === 0) report("task-missing-lead-unit", `Task ${task.number} has no 牵头单位`, task.position, { document: index });
        if (task.responsibleUnits.length === 0) {
          report("task-missing-responsible-units", `Task ${task.number} has no 责任单位`, task.position, { document: index });
        }
      }
    }
  },
};
