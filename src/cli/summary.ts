import { plural } from "../util/plural.js";
import type { GazetteDocument, GongbaoResult, OutlineNode } from "../schema/result.js";

function countNodes(nodes: OutlineNode[]): number {
  let count = 0;
  for (const node of nodes) count += 1 + countNodes(node.children);
  return count;
}

/** Counts of the typed objects in a document and its attachments: `147 tasks, 30 articles`. */
function objects(document: GazetteDocument): string | undefined {
  const totals = { measures: 0, tasks: 0, articles: 0, outlets: 0 };
  const add = (doc: GazetteDocument) => {
    totals.measures += doc.measures?.length ?? 0;
    totals.tasks += doc.tasks?.length ?? 0;
    totals.articles += doc.articles?.length ?? 0;
    totals.outlets += doc.outlets?.length ?? 0;
    for (const attachment of doc.attachments ?? []) add(attachment);
  };
  add(document);
  const parts = Object.entries(totals)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => plural(count, name.slice(0, -1)));
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** The summary's line for one document: number, kind, title, 文号, date, counts. */
export function documentSummary(document: GazetteDocument, index: number): string {
  const attachments = document.attachments?.length ?? 0;
  const parts = [
    `${String(index + 1).padStart(4)}. ${document.kind.padEnd(10)} ${document.title || "(untitled)"}`,
    document.docNumber?.text ?? document.decreeNumber?.text,
    document.date,
    plural(countNodes(document.outline), "node"),
    attachments > 0 ? plural(attachments, "attachment") : undefined,
    objects(document),
  ];
  return parts.filter((part) => part !== undefined).join("  ");
}

/**
 * A short human summary of a result: issue, documents, counts. `documents`
 * are the documents' lines (`documentSummary`), taken as they came when the
 * result was written one document at a time and does not hold them.
 */
export function summarize(result: GongbaoResult, documents: string[] = result.documents.map(documentSummary)): string {
  const lines: string[] = [];
  const issue = result.issue;
  if (issue !== null) {
    lines.push(`  issue: ${issue.title} ${issue.year ?? "?"}年第${issue.number ?? "?"}号 (总第${issue.serial ?? "?"}号) ${issue.date ?? ""}`.trimEnd());
    const linked = result.contents.filter((entry) => entry.document !== null).length;
    lines.push(`  contents: ${plural(result.contents.length, "entry", "entries")}, ${linked} linked to documents`);
  } else {
    lines.push("  issue: none (a single document)");
  }
  lines.push(`  documents: ${documents.length}`);
  lines.push(...documents);
  const by = (severity: string) => result.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  lines.push(`  diagnostics: ${plural(by("error"), "error")}, ${plural(by("warning"), "warning")}, ${by("info")} info`);
  if (result.furniture.length > 0 || result.unclassified.length > 0) {
    lines.push(`  furniture: ${result.furniture.length}, unclassified: ${result.unclassified.length}`);
  }
  return lines.join("\n");
}
