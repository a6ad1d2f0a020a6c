import type { Diagnostic } from "../diagnostics.js";
import type { GongbaoResult } from "../schema/result.js";
import { escapeAttribute } from "./escape.js";
import { allDocuments } from "./objects.js";

/** What a file holds and what its check found: one page's summary, one row of the dataset index. */
export interface ReportCounts {
  documents: number;
  attachments: number;
  tasks: number;
  measures: number;
  articles: number;
  outlets: number;
  tables: number;
  units: number;
  furniture: number;
  unclassified: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** A count a document states about itself (`共…147个具体任务`) and what was found. */
export interface StatedCount {
  document: string;
  what: string;
  stated: number;
  found: number;
  source: string;
}

/** Counts per entity and severity. */
export function countResult(result: GongbaoResult, diagnostics: Diagnostic[]): ReportCounts {
  const counts: ReportCounts = { documents: result.documents.length, attachments: 0, tasks: 0, measures: 0, articles: 0, outlets: 0, tables: 0, units: 0, furniture: result.furniture.length, unclassified: result.unclassified.length, errors: 0, warnings: 0, infos: 0 };
  for (const { document, depth } of allDocuments(result)) {
    if (depth > 0) counts.attachments++;
    counts.tasks += document.tasks?.length ?? 0;
    counts.measures += document.measures?.length ?? 0;
    counts.articles += document.articles?.length ?? 0;
    counts.outlets += document.outlets?.length ?? 0;
    counts.tables += document.tables?.length ?? 0;
    for (const item of [...(document.tasks ?? []), ...(document.measures ?? [])]) {
      counts.units += item.responsibleUnits.length + (item.leadUnits?.length ?? 0) + (item.cooperatingUnits?.length ?? 0);
    }
  }
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === "error") counts.errors++;
    else if (diagnostic.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/**
 * Every count a document states, against what was found: tasks and their
 * distinct sections and subsections, measures, articles (as the
 * stated-counts check counts them).
 */
export function statedCounts(result: GongbaoResult): StatedCount[] {
  const rows: StatedCount[] = [];
  for (const { document, key } of allDocuments(result)) {
    const stated = document.statedCounts;
    if (stated === undefined) continue;
    const tasks = document.tasks ?? [];
    const found: Record<string, number> = {
      sections: new Set(tasks.flatMap((task) => (task.section === null ? [] : [task.section.number]))).size,
      subsections: new Set(tasks.flatMap((task) => (task.subsection === null ? [] : [`${task.section?.number}/${task.subsection.number}`]))).size,
      tasks: tasks.length,
      measures: document.measures?.length ?? 0,
      articles: document.articles?.length ?? 0,
    };
    for (const what of ["sections", "subsections", "tasks", "measures", "articles"] as const) {
      const value = stated[what];
      if (value !== undefined) rows.push({ document: key, what, stated: value, found: found[what] as number, source: stated.source });
    }
  }
  return rows;
}

const ENTITY_NAMES: Array<[keyof ReportCounts, string]> = [
  ["documents", "documents 文件"],
  ["attachments", "attachments 附件"],
  ["tasks", "tasks 任务"],
  ["measures", "measures 措施"],
  ["articles", "articles 条"],
  ["outlets", "outlets 网点"],
  ["tables", "tables 表"],
  ["units", "unit names 单位"],
  ["furniture", "furniture 页眉页码"],
  ["unclassified", "unclassified 未归类"],
];

/** The summary at the top of a page: check result, counts per entity, stated counts against found. */
export function renderSummary(counts: ReportCounts, stated: StatedCount[]): string {
  const verdict = counts.errors > 0 ? "fail" : counts.warnings > 0 ? "warn" : "pass";
  const out = [
    `<p id="verdict" class="v-${verdict}">check: <b>${counts.errors}</b> error${counts.errors === 1 ? "" : "s"}, <b>${counts.warnings}</b> warning${counts.warnings === 1 ? "" : "s"}, ${counts.infos} info</p>`,
    `<table id="counts"><tbody>`,
  ];
  for (const [key, name] of ENTITY_NAMES) {
    const value = counts[key];
    if (value === 0 && key !== "documents" && key !== "unclassified") continue;
    out.push(`<tr${key === "unclassified" && value > 0 ? ` class="bad"` : ""}><th>${name}</th><td>${value}</td></tr>`);
  }
  out.push(`</tbody></table>`);
  if (stated.length > 0) {
    // One line: the words the document states its counts in, then each count against what was found.
    out.push(`<p id="stated">stated counts:`);
    for (const row of stated) {
      const ok = row.stated === row.found;
      out.push(` <span class="${ok ? "ok" : "bad"}" title="${escapeAttribute(`document ${row.document}: ${row.source}`)}">${row.stated} ${row.what} → ${row.found} found ${ok ? "✓" : "✗"}</span>`);
    }
    out.push(`</p>`);
  }
  return out.join("");
}
