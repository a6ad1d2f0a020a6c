import { fold, squeezeLayoutBlanks } from "../util/chars.js";
import { readDeadline } from "./deadlines.js";
import { rangeInNode } from "./source-range.js";
import { TABLE_SOURCE } from "./tables.js";
import type { Task } from "./tasks.js";
import type { Extractor } from "./types.js";
import { readUnits } from "./units.js";

/** What a column of a task table holds. */
type TaskColumn = "seq" | "text" | "lead" | "responsible" | "cooperating" | "deadline";

/**
 * Column headers of a task table (`序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限`),
 * as data: the pattern on the folded header (its whole path joined), what the
 * column holds, an example. The first row that matches a column wins; each
 * column serves one field.
 */
export const TASK_COLUMNS: ReadonlyArray<{ pattern: RegExp; column: TaskColumn; example: string }> = [
  { pattern: /^(?:序号|编号)$/, column: "seq", example: "序号" },
  { pattern: /牵头(?:单位|部门)/, column: "lead", example: "牵头单位" },
  { pattern: /(?:配合|参与|协同|协办)(?:单位|部门)/, column: "cooperating", example: "配合单位" },
  { pattern: /(?:责任|负责|主责|承办)(?:单位|部门)/, column: "responsible", example: "责任单位" },
  { pattern: /时限|完成时间|时间节点|进度安排/, column: "deadline", example: "完成时限" },
  { pattern: /任务|工作内容|具体措施|主要措施|工作措施|举措/, column: "text", example: "重点任务" },
];

/** Which column of the table holds each field, or `null` when the table is not a task table. */
function columnsOf(names: string[]): Partial<Record<TaskColumn, number>> | null {
  const found: Partial<Record<TaskColumn, number>> = {};
  names.forEach((name, index) => {
    const header = squeezeLayoutBlanks(fold(name)).replace(/ /g, "");
    for (const row of TASK_COLUMNS) {
      if (found[row.column] !== undefined || !row.pattern.test(header)) continue;
      found[row.column] = index;
      return;
    }
  });
  if (found.text === undefined || (found.lead === undefined && found.responsible === undefined)) return null;
  return found;
}

/**
 * Tasks from task tables: a table whose columns name a task and its lead or
 * responsible units (text, HTML or Markdown) gives a task per row, with its
 * units (split as in notes and field lines), cooperating units and deadline.
 * The group row above a row is its section. Rows are numbered by their
 * `序号` cell, else in order.
 */
export const taskTables: Extractor = {
  name: "task-tables",
  extract(document) {
    const found: Task[] = [];
    for (const table of document.tables ?? []) {
      const columns = columnsOf(table.columns);
      const source = TABLE_SOURCE.get(table);
      if (columns === null || source === undefined) continue;
      const groups = new Set(table.groupRows ?? []);
      let section: Task["section"] = null;
      let sections = 0;
      let count = 0;
      table.rows.forEach((row, at) => {
        const cells = source[at];
        if (cells === undefined) return;
        if (groups.has(at)) {
          section = { number: ++sections, title: row[0] ?? "" };
          return;
        }
        const cell = (column: TaskColumn) => {
          const index = columns[column];
          return index === undefined ? null : (cells.ranges[index] ?? null);
        };
        const units = (column: TaskColumn) => {
          const range = cell(column);
          return range === null || range[1] <= range[0] ? [] : readUnits(cells.node, range[0], range[1]);
        };
        const seqText = columns.seq === undefined ? "" : (row[columns.seq] ?? "").replace(/[.、．]$/, "");
        count++;
        const task: Task = {
          number: /^[0-9]{1,4}$/.test(seqText) ? Number(seqText) : count,
          section,
          subsection: null,
          text: columns.text === undefined ? "" : (row[columns.text] ?? ""),
          leadOfficials: [],
          leadUnits: units("lead"),
          responsibleUnits: units("responsible"),
          position: table.rowPositions[at] ?? table.position,
        };
        const cooperating = units("cooperating");
        if (cooperating.length > 0) task.cooperatingUnits = cooperating;
        const deadlineRange = cell("deadline");
        if (deadlineRange !== null && deadlineRange[1] > deadlineRange[0]) {
          const raw = cells.node.text.slice(deadlineRange[0], deadlineRange[1]);
          task.deadline = { ...(readDeadline(raw) ?? { raw }), raw, ...rangeInNode(cells.node, deadlineRange[0], deadlineRange[1]) };
        }
        found.push(task);
      });
    }
    if (found.length > 0) document.tasks = [...(document.tasks ?? []), ...found];
  },
};
