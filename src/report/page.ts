import type { Diagnostic } from "../diagnostics.js";
import type { GongbaoResult } from "../schema/result.js";
import { REPORT_CSS, REPORT_JS } from "./assets.js";
import { renderDiagnosticsList } from "./diagnostics-list.js";
import { checkedScriptJson, escapeAttribute, escapeText } from "./escape.js";
import { OBJECT_TYPES, collectObjects, withoutPositions } from "./objects.js";
import { renderOutlineTree } from "./outline-tree.js";
import { type ReportCounts, countResult, renderSummary, statedCounts } from "./summary.js";
import { type LineFlag, renderTextView } from "./text-view.js";

/** A text this short is drawn whole when the page opens (find-in-page sees all of it); a longer one chunk by chunk as it scrolls into view. */
const EAGER_LINES = 6000;

export interface ReportInput {
  result: GongbaoResult;
  /** The decoded text the result's positions point into. */
  text: string;
  /** The diagnostics to show (those of `check`, which include the parser's). */
  diagnostics: Diagnostic[];
  /** The file's name as the reader knows it. */
  file: string;
  /** The gongbao version, printed in the footer. */
  version: string;
  /** Where the dataset index is, for a link back (dataset pages only). */
  indexHref?: string;
}

/**
 * One self-contained HTML page: the document line by line with its structure,
 * objects and diagnostics in place, the outline beside it, a summary and the
 * list of diagnostics on top. No network: style and script are inline. Every
 * text from the document is escaped. Returns the page as pieces to write in
 * order (never one string: the page of a large input can outgrow the longest
 * string the engine makes) and its counts.
 */
export function renderReport(input: ReportInput): { parts: string[]; counts: ReportCounts } {
  const { result, text, diagnostics } = input;
  const objects = collectObjects(result, diagnostics);
  const flags: LineFlag[] = [
    ...result.furniture.map((item) => ({ line: item.position.start.line, className: "fu" as const, title: item.kind })),
    ...result.unclassified.map((item) => ({ line: item.position.start.line, className: "un" as const, title: "unclassified: no stage placed this line" })),
  ];
  const view = renderTextView(text, objects, flags);
  const counts = countResult(result, diagnostics);
  const source = result.source;
  const legend = (Object.entries(OBJECT_TYPES) as Array<[string, (typeof OBJECT_TYPES)[keyof typeof OBJECT_TYPES]]>)
    .map(([type, info]) => `<span style="border-color:${info.colour}">${type} ${info.label}</span>`)
    .join("");
  const placeholders = view.chunks.map((chunk, index) => `<div class="ck" data-i="${index}" data-a="${chunk.from}" data-b="${chunk.to}" style="height:${chunk.height}em;counter-reset:ln ${chunk.from - 1}"></div>`).join("");
  // Panel data: t type, l label, r role, d the object's fields, or p [parent, field, index] where they are.
  // Every string of the panel data is looked at once, as it is copied: the JSON is scanned for `<` only when one holds it.
  const seen = { unsafe: false };
  const panelObjects = objects.map((object) => {
    const entry: { t: string; l: string; r?: string; d?: unknown; p?: [number, string, number] } = { t: object.type, l: withoutPositions(object.label, seen) as string };
    if (object.role !== undefined) entry.r = withoutPositions(object.role, seen) as string;
    if (object.parent === undefined) entry.d = withoutPositions(object.data, seen);
    else entry.p = [object.parent.id, object.parent.key, object.parent.index];
    return entry;
  });
  const title = result.issue?.title ?? result.documents[0]?.title ?? input.file;
  const parts = [
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeText(`${title} · gongbao report`)}</title><style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${escapeText(input.file)}</h1>`,
    `<div class="src">${escapeText(`${source.format}, ${source.encoding}, ${source.bytes} bytes, ${view.lines} lines · sha256 ${source.sha256.slice(0, 12)}… · schema ${result.schemaVersion} · gongbao ${input.version}`)}${input.indexHref === undefined ? "" : ` · <a href="${escapeAttribute(input.indexHref)}">index</a>`}</div>`,
    `<div class="top"><section id="summary">${renderSummary(counts, statedCounts(result))}</section>`,
    `<div class="legend">${legend}<span style="border-color:#aaa">furniture</span><span style="border-color:#ff6f00">unclassified</span></div></div>`,
    `<details class="diags"${counts.errors + counts.warnings > 0 && diagnostics.length <= 1000 ? " open" : ""}><summary>Diagnostics (${diagnostics.length})</summary>${renderDiagnosticsList(objects)}</details></header>`,
    `<main><aside id="nav">${renderOutlineTree(result)}</aside>`,
    `<div id="text" data-lines="${view.lines}"${view.lines <= EAGER_LINES ? ` data-eager="1"` : ""}>${placeholders}</div></main>`,
    `<div id="panel"><button class="x" title="close">×</button><div id="panel-body"></div></div>`,
    // A chunk's HTML is data, raw: its text is escaped (no "<" from the document), and its own tags
    // are div, span, b and code, so nothing in it can end the block.
    ...view.chunks.map((chunk, index) => `<script type="text/html" id="gb-c${index}">${chunk.html}</script>`),
    `<script type="application/json" id="gb-objects">${checkedScriptJson(panelObjects, seen.unsafe)}</script>`,
    `<script>${REPORT_JS}</script></body></html>\n`,
  ];
  return { parts, counts };
}
