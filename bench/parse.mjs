// Benchmark: parse() on seed 003 against a bare scan of the same bytes in the
// same run (decode, split lines, one marker regex per line). Reports the ratio;
// absolute times on shared machines are noise, ratios measured together are not.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parse } from "../dist/index.js";

const seed = new URL("../seeds/luoyang-gazette-2025-02.txt", import.meta.url);
const bytes = new Uint8Array(readFileSync(seed));
const MARKER = /^\s*(?:第[一二三四五六七八九十百千零〇两\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/;

let sink = 0;
function bareScan() {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  const lines = text.split(/\r\n|\r|\n/);
  let markers = 0;
  for (const line of lines) if (MARKER.test(line)) markers++;
  sink += markers;
}
function fullParse() {
  sink += parse(bytes).documents.length;
}

/** Median time per call over `rounds` batches of `batch` calls. */
function measure(fn, batch, rounds) {
  for (let i = 0; i < batch * 3; i++) fn();
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - start) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

// Interleave the two so that machine noise hits both alike, and take the
// median of the per-pass ratios: a pass measures both sides within a second.
const bare = [];
const full = [];
const ratios = [];
for (let pass = 0; pass < 9; pass++) {
  const b = measure(bareScan, 50, 7);
  const f = measure(fullParse, 10, 7);
  bare.push(b);
  full.push(f);
  ratios.push(f / b);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bareMs = median(bare);
const fullMs = median(full);
const ratio = median(ratios);
const rows = [
  { benchmark: "bare scan (decode + split + marker regex)", "ms/run": bareMs.toFixed(3), ratio: "1.00×" },
  { benchmark: "parse() seed 003", "ms/run": fullMs.toFixed(3), ratio: `${ratio.toFixed(2)}×` },
];
console.table(rows);
console.log(`parse / bare scan on seed 003 (${bytes.length} bytes): ${ratio.toFixed(2)}× (target ≤ 5×)`);
mkdirSync(new URL("./", import.meta.url), { recursive: true });
writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, parse: { seedBytes: bytes.length, bareMs, parseMs: fullMs, ratio, target: 5 } }, null, 2)}\n`,
);
if (sink === 0) console.log("");
