import type { OutlineNode } from "../structure/node.js";
import { readDeadline } from "./deadlines.js";
import { rangeInNode } from "./source-range.js";
import type { Extractor } from "./types.js";
import { readNames, readUnits } from "./units.js";
import { DIVISION_KINDS, headingOf, pathOf, visit } from "./walk.js";
import type { Deadline, Task } from "../schema/result.js";
export type { Task };


/** Field labels of a task's deadline. */
const DEADLINE_FIELDS = new Set(["完成时限", "完成时间", "时间节点", "办结时限"]);

/** Field labels a task carries, by the list they fill. */
const TASK_FIELDS: Record<string, "leadOfficials" | "leadUnits" | "responsibleUnits" | "cooperatingUnits"> = {
  牵头领导: "leadOfficials",
  责任领导: "leadOfficials",
  牵头单位: "leadUnits",
  责任单位: "responsibleUnits",
  配合单位: "cooperatingUnits",
  参与单位: "cooperatingUnits",
  协同单位: "cooperatingUnits",
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
      const deadlineField = node.children.find((child) => child.field !== undefined && DEADLINE_FIELDS.has(child.field.label));
      const fields = node.children.filter((child): child is OutlineNode & { field: { label: string; value: string } } =>
        child.field !== undefined && TASK_FIELDS[child.field.label] !== undefined,
      );
      if (fields.length === 0) return;
      let deadline: Deadline | undefined;
      if (deadlineField?.field !== undefined) {
        const from = deadlineField.text.length - deadlineField.field.value.length;
        const raw = deadlineField.text.slice(from).trim();
        deadline = { ...(readDeadline(raw) ?? { raw }), raw, ...rangeInNode(deadlineField, from, from + raw.length) };
      }
      const task: Task = {
        number: node.marker.value,
        section: headingOf(ancestors[0]),
        subsection: headingOf(ancestors[1]),
        path: pathOf(ancestors),
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
        else if (target === "cooperatingUnits") (task.cooperatingUnits ??= []).push(...readUnits(field, from, field.text.length));
        else if (target !== undefined) task[target].push(...readUnits(field, from, field.text.length));
      }
      if (deadline !== undefined) task.deadline = deadline;
      found.push(task);
    });
    if (found.length > 0) document.tasks = found;
  },
};
