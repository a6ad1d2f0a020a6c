import { escapeText } from "./escape.js";
import type { ReportObject } from "./objects.js";

/**
 * The list of diagnostics at the top of the page, errors first, each linked
 * to its spot in the text (a diagnostic without a position is listed, not
 * linked). Objects are indexes into the page's object table.
 */
export function renderDiagnosticsList(objects: ReportObject[]): string {
  const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
  const rows = objects
    .map((object, id) => ({ object, id }))
    .filter(({ object }) => object.type === "diagnostic")
    .sort((a, b) => (rank[a.object.role ?? "info"] ?? 3) - (rank[b.object.role ?? "info"] ?? 3) || a.id - b.id);
  if (rows.length === 0) return `<p class="none">No diagnostics.</p>`;
  const out = [`<table id="diagnostics"><thead><tr><th>severity</th><th>line</th><th>code</th><th>message</th></tr></thead><tbody>`];
  for (const { object, id } of rows) {
    const diagnostic = object.data as { code: string; severity: string; message: string; expected?: string; actual?: string };
    const place = object.places[0];
    const where = place === undefined ? "" : `<a class="go" href="#L${place.start.line}" data-l="${place.start.line}" data-d="${id}">${place.start.line}:${place.start.column}</a>`;
    const extra = [diagnostic.expected === undefined ? "" : ` <span class="ex">expected: ${escapeText(diagnostic.expected)}</span>`, diagnostic.actual === undefined ? "" : ` <span class="ac">actual: ${escapeText(diagnostic.actual)}</span>`].join("");
    out.push(`<tr class="sev-${diagnostic.severity}"><td>${escapeText(diagnostic.severity)}</td><td>${where}</td><td><code>${escapeText(diagnostic.code)}</code></td><td>${escapeText(diagnostic.message)}${extra}</td></tr>`);
  }
  out.push(`</tbody></table>`);
  return out.join("");
}
