// Benchmark: adversarial inputs against seed 003, per byte, in the same run.
// Each case is parsed warm (median of several runs) and its cost per byte is
// divided by seed 003's; the target is ≤ 2× for the cases of the reliability
// promise (linear time on pathological text). Ratios, not absolute times: the
// machine is shared. Results go to bench/results.json under "adversarial".
//
// Some inputs make results far larger than seed 003's per input byte (a line
// of four characters becomes an outline node, a marker and an article item,
// each with its positions). As a reference for those, the benchmark also
// times JSON.parse of the case's own result: V8's native code building the
// same object graph from its JSON, with no parsing of gazette text at all.
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parse } from "../dist/index.js";

const seed = new Uint8Array(readFileSync(new URL("../seeds/luoyang-gazette-2025-02.txt", import.meta.url)));
const MB = 1 << 20;
const encoder = new TextEncoder();
/** `unit` repeated to at least `bytes` bytes of UTF-8. */
const fill = (unit, bytes = MB) => unit.repeat(Math.ceil(bytes / encoder.encode(unit).length));
const seedText = new TextDecoder().decode(seed);
const LADDER = ["第一编", "第一章", "第一节", "第一条", "一、", "（一）", "1.", "（1）", "①"];

const cases = [
  { name: "1 MB of （一（一（一…", text: fill("（一") },
  { name: "1 MB of 第第第…条", text: `${fill("第")}条` },
  { name: "1 MB of 1.1.1.…", text: fill("1.") },
  { name: "one 1 MB line (seed text, line breaks removed)", text: fill(seedText.replace(/\s+/g, "")) },
  { name: "100,000 empty lines", text: "\n".repeat(100_000) },
  { name: "40,000 bare markers, one per line", text: Array.from({ length: 40_000 }, (_, i) => LADDER[i % LADDER.length]).join("\n") },
  { name: "unclosed （责任单位： repeated on one line", text: fill("（责任单位：洛阳市") },
  { name: "unclosed （责任单位： at the end of 1 MB of lines", text: fill("（一）完善机制（责任单位：市发展改革委\n") },
  { name: "nesting 50,000 levels (9 marker kinds cycling)", text: Array.from({ length: 50_000 }, (_, i) => `${LADDER[i % LADDER.length]}文字`).join("\n") },
  { name: "20,000 lines that all join (no punctuation)", text: `一、总则\n${"这是一个很长的没有标点的句子继续下去吧abc\n".repeat(20_000)}` },
];
const outOfTarget = [
  { name: "HTML: 50,000 nested <div>", text: `<html><body>${"<div>".repeat(50_000)}<p>一、总则</p>${"</div>".repeat(50_000)}</body></html>`, format: "html" },
  { name: "Markdown: 50,000 nested block quotes", text: `${">".repeat(50_000)} 一、总则\n`, format: "markdown" },
  { name: "Markdown: 2,000 list levels", text: Array.from({ length: 2_000 }, (_, i) => `${"  ".repeat(i)}- 一、项目`).join("\n"), format: "markdown" },
];

let sink = 0;
/** Median milliseconds of `runs` calls after one warm-up call. */
function median(fn, runs) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
const nonBlankLines = (text) => text.split(/\r\n|\r|\n/).filter((line) => line.trim().length > 0).length;

const seedMs = median(() => parse(seed).documents.length, 15);
const seedPerByte = seedMs / seed.length;
const seedPerLine = seedMs / nonBlankLines(seedText);
const seedOutputPerByte = JSON.stringify(parse(seed)).length / seed.length;
const rows = [];
const results = [];
for (const item of [...cases, ...outOfTarget]) {
  const bytes = encoder.encode(item.text);
  const options = item.format ? { format: item.format } : {};
  const ms = median(() => parse(bytes, options).diagnostics.length + 1, 5);
  const perByte = ms / bytes.length / seedPerByte;
  const json = JSON.stringify(parse(bytes, options));
  const outputPerByte = json.length / bytes.length / seedOutputPerByte;
  const rebuild = median(() => (JSON.parse(json) === null ? 0 : 1), 5) / bytes.length / seedPerByte;
  const lines = nonBlankLines(item.text);
  // Per line only means something for inputs of many lines.
  const perLine = lines < 1000 ? null : ms / lines / seedPerLine;
  const inTarget = !outOfTarget.includes(item);
  results.push({ name: item.name, bytes: bytes.length, lines, ms, perByte, perLine, outputPerByte, jsonParseOfResult: rebuild, target: inTarget ? 2 : null });
  rows.push({
    input: item.name,
    KiB: (bytes.length / 1024).toFixed(0),
    "per byte ÷ seed": `${perByte.toFixed(2)}×`,
    "per line ÷ seed": perLine === null ? "–" : `${perLine.toFixed(2)}×`,
    "result size per byte ÷ seed": `${outputPerByte.toFixed(1)}×`,
    "JSON.parse of the result ÷ seed": `${rebuild.toFixed(2)}×`,
    "≤ 2× per byte": inTarget ? (perByte <= 2 ? "yes" : rebuild > 2 ? "NO (JSON.parse alone > 2×)" : "NO") : "(not in target)",
  });
}
console.table(rows);
console.log(
  `seed 003: ${seed.length} bytes, ${nonBlankLines(seedText)} non-blank lines, ${seedMs.toFixed(1)} ms; each ratio is the case's cost per byte (per line) over seed 003's, measured warm in this run. ` +
    "“JSON.parse of the result” is the time to build the case's own result from its JSON, per input byte, over seed 003's parse: what building that result costs without reading any gazette text.",
);
const file = new URL("./results.json", import.meta.url);
let stored = {};
try {
  stored = JSON.parse(readFileSync(file, "utf8"));
} catch {}
stored.adversarial = { date: new Date().toISOString(), node: process.version, seedBytes: seed.length, seedMs, cases: results };
writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`);
if (sink === 0) console.log("");
