import type { Diagnostic } from "../diagnostics.js";
import type { GazetteDocument as DocumentShape, GongbaoResult } from "../schema/result.js";
import type { Position } from "../util/position.js";

/**
 * What the page highlights. A block object (a task, a measure, an article, an
 * outlet, a table) marks the lines it covers, with a badge on its first line;
 * an inline object (a unit name, a deadline, a diagnostic) marks its
 * characters.
 */
export const OBJECT_TYPES = {
  task: { display: "block", label: "任务", colour: "#2f7d32" },
  measure: { display: "block", label: "措施", colour: "#1565c0" },
  article: { display: "block", label: "条", colour: "#6a1b9a" },
  outlet: { display: "block", label: "网点", colour: "#ad5700" },
  table: { display: "block", label: "表", colour: "#00838f" },
  unit: { display: "inline", label: "单位", colour: "#1565c0" },
  deadline: { display: "inline", label: "时限", colour: "#c2185b" },
  diagnostic: { display: "inline", label: "诊断", colour: "#c62828" },
} as const;

export type ObjectType = keyof typeof OBJECT_TYPES;

/** One highlighted object: `data` is the object as the JSON has it (written without its positions, see `withoutPositions`). */
export interface ReportObject {
  type: ObjectType;
  label: string;
  /** The role a unit plays (牵头单位, 责任单位 …), or the severity of a diagnostic. */
  role?: string;
  data: unknown;
  /**
   * The object this one is a field of (a task's unit): its index in the list,
   * the field and the place in it. The page then takes the data from the
   * parent's instead of carrying it twice.
   */
  parent?: { id: number; key: string; index: number };
  /** Where it is: the spans when the text crosses a page break, else its position. */
  places: Position[];
}

type Unit = NonNullable<DocumentShape["cc"]>[number];
type Deadline = NonNullable<NonNullable<DocumentShape["tasks"]>[number]["deadline"]>;

/** Characters of a text field the panel shows. */
const PANEL_TEXT = 120;

/** Position fields are left out of the panel: the page itself shows where. */
const POSITION_KEYS = new Set(["position", "positionEn", "spans", "rowPositions", "cells"]);

/** Characters JSON in a script block must not hold as they are: `<` (of `</script` or `<!--`), U+2028, U+2029 (see `scriptJson`). */
export const SCRIPT_UNSAFE = /[<\u2028\u2029]/;

/**
 * A copy of a value for the panel: without its position fields (the page
 * itself shows where), texts longer than 120 characters cut with `…`. A copy, then a plain `JSON.stringify`, is several
 * times faster than a replacer. Depth is that of the result's objects (an
 * article's items nest a few levels), never the input's. Every string copied
 * is looked at once: `seen.unsafe` is set when one holds a character of
 * `SCRIPT_UNSAFE`, so that the JSON is scanned for them only then.
 */
export function withoutPositions(value: unknown, seen: { unsafe: boolean }): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutPositions(item, seen));
  if (typeof value === "string") {
    if (!seen.unsafe && SCRIPT_UNSAFE.test(value)) seen.unsafe = true;
    // A long text is in the page in full, beside the panel: the panel shows its start.
    return value.length > PANEL_TEXT ? `${value.slice(0, PANEL_TEXT)}…` : value;
  }
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    if (!POSITION_KEYS.has(key)) copy[key] = withoutPositions((value as Record<string, unknown>)[key], seen);
  }
  return copy;
}

function placesOf(item: { position: Position; spans?: Position[] | undefined }): Position[] {
  return item.spans !== undefined && item.spans.length > 0 ? item.spans : [item.position];
}

/** Every document and attachment, in order, with the path of indexes that names it (`3`, `4.1`). */
export function* allDocuments(result: GongbaoResult): Generator<{ document: DocumentShape; key: string; depth: number }> {
  const stack: Array<{ document: DocumentShape; key: string; depth: number }> = [];
  for (let index = result.documents.length - 1; index >= 0; index--) stack.push({ document: result.documents[index] as DocumentShape, key: String(index + 1), depth: 0 });
  while (stack.length > 0) {
    const entry = stack.pop() as { document: DocumentShape; key: string; depth: number };
    yield entry;
    const attachments = entry.document.attachments ?? [];
    for (let index = attachments.length - 1; index >= 0; index--) {
      stack.push({ document: attachments[index] as DocumentShape, key: `${entry.key}.${index + 1}`, depth: entry.depth + 1 });
    }
  }
}

/**
 * The objects of a result and the diagnostics to show, in a stable order:
 * per document, tasks, measures, articles, outlets and tables, each followed
 * by its unit names and deadline; then the diagnostics.
 */
export function collectObjects(result: GongbaoResult, diagnostics: Diagnostic[]): ReportObject[] {
  const objects: ReportObject[] = [];
  const units = (list: Unit[] | undefined, role: string, parent?: { id: number; key: string }) => {
    list?.forEach((unit, index) => {
      const object: ReportObject = { type: "unit", label: unit.name, role, data: unit, places: placesOf(unit) };
      if (parent !== undefined) object.parent = { ...parent, index };
      objects.push(object);
    });
  };
  const deadline = (value: Deadline | undefined) => {
    if (value !== undefined) objects.push({ type: "deadline", label: value.date ?? value.raw, data: value, places: placesOf(value) });
  };
  for (const { document } of allDocuments(result)) {
    for (const [type, name, items] of [["task", "任务", document.tasks ?? []], ["measure", "措施", document.measures ?? []]] as const) {
      for (const item of items) {
        const parent = objects.push({ type, label: `${name} ${item.number}`, data: item, places: placesOf(item) }) - 1;
        units(item.leadUnits, "牵头单位", { id: parent, key: "leadUnits" });
        units(item.responsibleUnits, "责任单位", { id: parent, key: "responsibleUnits" });
        units(item.cooperatingUnits, "配合单位", { id: parent, key: "cooperatingUnits" });
        deadline(item.deadline);
      }
    }
    for (const article of document.articles ?? []) {
      objects.push({ type: "article", label: `第${article.number}条${article.sub === undefined ? "" : `之${article.sub}`}`, data: article, places: placesOf(article) });
    }
    for (const outlet of document.outlets ?? []) {
      objects.push({ type: "outlet", label: outlet.name || `网点 ${outlet.seq ?? ""}`, data: outlet, places: [outlet.position] });
    }
    for (const table of document.tables ?? []) {
      objects.push({ type: "table", label: `表 ${table.columns.length}×${table.rows.length}`, data: table, places: placesOf(table) });
    }
    units(document.cc, "抄送");
  }
  for (const diagnostic of diagnostics) {
    objects.push({ type: "diagnostic", label: diagnostic.code, role: diagnostic.severity, data: diagnostic, places: diagnostic.position === undefined ? [] : [diagnostic.position] });
  }
  return objects;
}
