import { escapeAttribute, escapeText } from "./escape.js";
import type { ReportCounts } from "./summary.js";

/** One file of a dataset: its counts and where its page is, or why it has none. */
export interface IndexRow {
  file: string;
  /** The page's address relative to the index; absent when the file was not read. */
  href?: string;
  counts?: ReportCounts;
  /** Why the file has no page (not readable, the parser stopped). */
  problem?: string;
  /** The first document's title, or the issue's. */
  title?: string;
}

const COLUMNS: Array<[keyof ReportCounts, string]> = [
  ["errors", "errors"],
  ["warnings", "warnings"],
  ["documents", "documents"],
  ["tasks", "tasks"],
  ["measures", "measures"],
  ["articles", "articles"],
  ["outlets", "outlets"],
  ["tables", "tables"],
  ["unclassified", "unclassified"],
];

const INDEX_CSS = `body{margin:0;padding:16px 20px;font:14px/1.5 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;color:#222}
h1{font-size:18px;margin:0 0 8px}table{border-collapse:collapse;font-size:13px}
th,td{padding:3px 8px;border-bottom:1px solid #eee;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
th{cursor:pointer;user-select:none;background:#f5f5f5;position:sticky;top:0}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tr.err td:first-child{border-left:4px solid #c62828}tr.warn td:first-child{border-left:4px solid #ef8f00}tr.ok td:first-child{border-left:4px solid #2f7d32}
td.bad{color:#c62828;font-weight:bold}.title{color:#666}`;

/** Sorts the table by the clicked column; numbers by value, text by code point. */
const INDEX_JS = `(function(){var t=document.getElementById("files"),b=t.tBodies[0];t.tHead.addEventListener("click",function(e){var th=e.target.closest("th");if(!th)return;var c=th.cellIndex,num=th.dataset.num==="1",dir=th.getAttribute("aria-sort")==="ascending"?-1:1;Array.prototype.forEach.call(t.tHead.rows[0].cells,function(x){x.removeAttribute("aria-sort");});th.setAttribute("aria-sort",dir===1?"ascending":"descending");var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=x.cells[c].dataset.v,z=y.cells[c].dataset.v;return dir*(num?(+a)-(+z):(a<z?-1:a>z?1:0));});rows.forEach(function(r){b.appendChild(r);});});})();`;

/**
 * `index.html` of `dataset --report`: a row per file with its counts, errors
 * and warnings and a link to its page; files with errors first (then
 * warnings, then by name); every column sorts on click.
 */
export function renderDatasetIndex(rows: IndexRow[], version: string): string {
  const order = [...rows].sort((a, b) => (b.counts?.errors ?? (b.problem ? 1 : 0)) - (a.counts?.errors ?? (a.problem ? 1 : 0)) || (b.counts?.warnings ?? 0) - (a.counts?.warnings ?? 0) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const totals = { files: rows.length, errors: 0, warnings: 0 };
  const body: string[] = [];
  for (const row of order) {
    const counts = row.counts;
    totals.errors += counts?.errors ?? 0;
    totals.warnings += counts?.warnings ?? 0;
    const state = row.problem !== undefined || (counts?.errors ?? 0) > 0 ? "err" : (counts?.warnings ?? 0) > 0 ? "warn" : "ok";
    const name = row.href === undefined ? escapeText(row.file) : `<a href="${escapeAttribute(row.href)}">${escapeText(row.file)}</a>`;
    const title = row.problem ?? row.title ?? "";
    const cells = [`<td data-v="${escapeAttribute(row.file)}">${name}</td>`, `<td class="title" data-v="${escapeAttribute(title)}">${escapeText(title)}</td>`];
    for (const [key] of COLUMNS) {
      const value = counts?.[key] ?? 0;
      const bad = (key === "errors" || key === "unclassified") && value > 0;
      cells.push(`<td class="n${bad ? " bad" : ""}" data-v="${value}">${counts === undefined ? "–" : value}</td>`);
    }
    body.push(`<tr class="${state}">${cells.join("")}</tr>`);
  }
  const head = [`<th data-num="0">file</th>`, `<th data-num="0">title</th>`, ...COLUMNS.map(([, label]) => `<th data-num="1">${label}</th>`)].join("");
  return [
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    `<title>gongbao dataset report</title><style>${INDEX_CSS}</style></head><body>`,
    `<h1>gongbao dataset report</h1><p id="totals">${totals.files} file${totals.files === 1 ? "" : "s"}, ${totals.errors} error${totals.errors === 1 ? "" : "s"}, ${totals.warnings} warning${totals.warnings === 1 ? "" : "s"} · gongbao ${escapeText(version)}</p>`,
    `<table id="files"><thead><tr>${head}</tr></thead><tbody>${body.join("")}</tbody></table>`,
    `<script>${INDEX_JS}</script></body></html>\n`,
  ].join("");
}
