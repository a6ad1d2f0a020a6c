import type { OutlineNode } from "../structure/node.js";
import type { SourceRange } from "./source-range.js";
import type { Extractor } from "./types.js";
import { type Unit, readNames, readUnits } from "./units.js";
import { DIVISION_KINDS, headingOf, visit } from "./walk.js";

export interface Task extends SourceRange {
  number: number;
  section: { number: number; title: string } | null;
  subsection: { number: number; title: string } | null;
  text: string;
  leadOfficials: string[];
  leadUnits: Unit[];
  responsibleUnits: Unit[];
}

/** Field labels a task carries, by the list they fill. */
const TASK_FIELDS: Record<string, "leadOfficials" | "leadUnits" | "responsibleUnits"> = {
  牵头领导: "leadOfficials",
  责任领导: "leadOfficials",
  牵头单位: "leadUnits",
  责任单位: "responsibleUnits",
};

/**
 * Tasks: numbered items followed by field lines `牵头领导：`, `牵头单位：`,
 * `责任单位：` (any subset, any order, either colon width). A missing field is
 * an empty list. Section and subsection are the task's outer numbered headings.
 */
export const tasks: Extractor = {
  name: "tasks",
  extract(document) {
    const found: Task[] = [];
    visit(document.outline, (node, ancestors) => {
      if (node.marker === undefined || DIVISION_KINDS.has(node.marker.kind)) return;
      const fields = node.children.filter((child): child is OutlineNode & { field: { label: string; value: string } } =>
        child.field !== undefined && TASK_FIELDS[child.field.label] !== undefined,
      );
      if (fields.length === 0) return;
      const task: Task = {
        number: node.marker.value,
        section: headingOf(ancestors[0]),
        subsection: headingOf(ancestors[1]),
        text: node.content ?? node.text,
        leadOfficials: [],
        leadUnits: [],
        responsibleUnits: [],
        position: { start: node.position.start, end: (node.children[node.children.length - 1] ?? node).position.end },
      };
      for (const field of fields) {
        const target = TASK_FIELDS[field.field.label];
        const from = field.text.length - field.field.value.length;
        if (target === "leadOfficials") task.leadOfficials.push(...readNames(field, from, field.text.length));
        else if (target !== undefined) task[target].push(...readUnits(field, from, field.text.length));
      }
      found.push(task);
    });
    if (found.length > 0) document.tasks = found;
  },
};
