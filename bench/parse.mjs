// Benchmark: parse() on seeds 003 and 000, each against a bare scan of the same bytes in the
// same run (decode, split lines, one marker regex per line). Reports the ratio;
// absolute times on shared machines are noise, ratios measured together are not.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parse } from "../dist/index.js";

const seeds = [
  { name: "seed 003", file: "luoyang-gazette-2025-02.txt" },
  { name: "seed 000", file: "luoyang-jiyuan-33-measures.txt" },
].map((seed) => ({ ...seed, bytes: new Uint8Array(readFileSync(new URL(`../seeds/${seed.file}`, import.meta.url))) }));
const TARGET = 4;
const MARKER = /^\s*(?:第[一二三四五六七八九十百千零〇两\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/;

let sink = 0;
function bareScan(bytes) {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  const lines = text.split(/\r\n|\r|\n/);
  let markers = 0;
  for (const line of lines) if (MARKER.test(line)) markers++;
  sink += markers;
}
function fullParse(bytes) {
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
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
const rows = [];
for (const seed of seeds) {
  // Batches sized so that both sides of a pass take about as long whatever the seed's size.
  const scale = Math.max(1, Math.round(129016 / seed.bytes.length));
  const bare = [];
  const full = [];
  const ratios = [];
  for (let pass = 0; pass < 9; pass++) {
    const b = measure(() => bareScan(seed.bytes), 50 * scale, 7);
    const f = measure(() => fullParse(seed.bytes), 10 * scale, 7);
    bare.push(b);
    full.push(f);
    ratios.push(f / b);
  }
  const ratio = median(ratios);
  results[seed.name] = { seedBytes: seed.bytes.length, bareMs: median(bare), parseMs: median(full), ratio, target: TARGET };
  rows.push({ benchmark: `bare scan ${seed.name} (decode + split + marker regex)`, "ms/run": median(bare).toFixed(3), ratio: "1.00×" });
  rows.push({ benchmark: `parse() ${seed.name}`, "ms/run": median(full).toFixed(3), ratio: `${ratio.toFixed(2)}×` });
}
console.table(rows);
for (const [name, row] of Object.entries(results)) {
  console.log(`parse / bare scan on ${name} (${row.seedBytes} bytes): ${row.ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${row.ratio <= TARGET ? "pass" : "MISS"})`);
}
mkdirSync(new URL("./", import.meta.url), { recursive: true });
const seed003 = results["seed 003"];
writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, parse: { ...seed003, seeds: results } }, null, 2)}\n`,
);
if (sink === 0) console.log("");
