// Benchmark: the report of seed 003 (check + the HTML page) against parse()
// of the same text, timed interleaved in the same run (the machine is shared:
// compare, do not read absolute times). Target: the report costs less than
// the parse. Results go to bench/results.json under `report`.
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { check } from "../src/check/check.js";
import { parse } from "../src/parse.js";
import { renderReport } from "../src/report/page.js";

const text = readFileSync(new URL("../seeds/luoyang-gazette-2025-02.txt", import.meta.url), "utf8");
const result = parse(text, { name: "luoyang-gazette-2025-02.txt" });

let sink = 0;
function once(fn: () => unknown): number {
  const start = performance.now();
  sink += fn() === undefined ? 0 : 1;
  return performance.now() - start;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const parseOnly = () => parse(text, { name: "luoyang-gazette-2025-02.txt" });
const report = () => {
  const diagnostics = check(result);
  return renderReport({ result, text, diagnostics, file: "luoyang-gazette-2025-02.txt", version: "bench" }).parts.length;
};
const checked = check(result);
const pageOnly = () => renderReport({ result, text, diagnostics: checked, file: "luoyang-gazette-2025-02.txt", version: "bench" }).parts.length;
for (let i = 0; i < 10; i++) {
  parseOnly();
  report();
  pageOnly();
}
const parseTimes: number[] = [];
const reportTimes: number[] = [];
const pageTimes: number[] = [];
for (let round = 0; round < 60; round++) {
  parseTimes.push(once(parseOnly));
  reportTimes.push(once(report));
  pageTimes.push(once(pageOnly));
}
const bytes = renderReport({ result, text, diagnostics: check(result), file: "luoyang-gazette-2025-02.txt", version: "bench" }).parts.reduce((size, part) => size + Buffer.byteLength(part), 0);
// Medians, and minimums (the cost with the least interference from other work on the machine).
const rows = { parse: median(parseTimes), report: median(reportTimes), page: median(pageTimes), parseMin: Math.min(...parseTimes), reportMin: Math.min(...reportTimes), htmlBytes: bytes, inputBytes: Buffer.byteLength(text) };
const ratio = rows.report / rows.parse;
console.table([
  { benchmark: `parse() of seed 003 (${text.length} chars)`, "ms/run": rows.parse.toFixed(2), "min ms": rows.parseMin.toFixed(2), ratio: "1.00×" },
  { benchmark: `report: check() + HTML page (${(bytes / 1e3).toFixed(0)} kB)`, "ms/run": rows.report.toFixed(2), "min ms": rows.reportMin.toFixed(2), ratio: `${ratio.toFixed(2)}× (min ${(rows.reportMin / rows.parseMin).toFixed(2)}×)` },
  { benchmark: "of which the HTML page alone (diagnostics given)", "ms/run": rows.page.toFixed(2), "min ms": Math.min(...pageTimes).toFixed(2), ratio: `${(rows.page / rows.parse).toFixed(2)}×` },
]);
console.log(`report / parse: ${ratio.toFixed(2)}× (target < 1×); page ${(bytes / rows.inputBytes).toFixed(2)} bytes per input byte`);
const file = new URL("./results.json", import.meta.url);
let results: Record<string, unknown> = {};
try {
  results = JSON.parse(readFileSync(file, "utf8"));
} catch {}
results.report = { ...rows, ratio, target: 1 };
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
if (sink < 0) console.log(sink);
