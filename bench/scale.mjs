// Benchmarks of scale, each measured within one run:
//  b. parse() against remark-parse on the same text;
//  c. parse() of seed 003 repeated 1×, 4×, 16×, 64× in one input;
//  d. `gongbao dataset` over a few hundred files with 1 and 2 jobs;
//  e. peak memory of `gongbao dataset` over N and 4N files.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse, parseEach } from "../dist/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist/cli.js");
const seedText = readFileSync(join(root, "seeds/luoyang-gazette-2025-02.txt"), "utf8");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let sink = 0;

function time(fn, rounds, warmup = 3) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    sink += fn() ? 1 : 0;
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// b. parse vs remark-parse, interleaved.
const parseMs = [];
const remarkMs = [];
for (let pass = 0; pass < 5; pass++) {
  parseMs.push(time(() => parse(seedText), 5));
  remarkMs.push(time(() => unified().use(remarkParse).parse(seedText), 3));
}
const b = { parseMs: median(parseMs), remarkMs: median(remarkMs) };
b.speedup = b.remarkMs / b.parseMs;

// c. scaling: one parse of seed 003 repeated N times in one input against N
// parses of seed 003 alone (the same text, the same work), timed in pairs
// back to back; the median over passes of each pair's ratio, times N, is the
// time of N× over 1×. Alone, a single parse's time swings with the heap left
// by the run before it; summed over the same amount of text it does not.
// The same for parseEach, which hands each document out and keeps none: the
// input's lines and diagnostics stay alive across the parse, the documents do not.
function scaling(run) {
  const rows = [];
  const once = (input) => {
    const start = performance.now();
    sink += run(input);
    return performance.now() - start;
  };
  for (let i = 0; i < 10; i++) once(seedText);
  rows.push({ times: 1, chars: seedText.length, ms: median(Array.from({ length: 9 }, () => once(seedText))), ratio: 1, perByte: 1 });
  for (const times of [4, 16, 64]) {
    const input = Array.from({ length: times }, () => seedText).join("\n");
    once(input);
    const passes = times === 64 ? 5 : 7;
    const ratios = [];
    const samples = [];
    for (let pass = 0; pass < passes; pass++) {
      let alone = 0;
      for (let copy = 0; copy < times; copy++) alone += once(seedText);
      alone /= times;
      const ms = once(input);
      samples.push(ms);
      ratios.push(ms / alone);
    }
    const ratio = median(ratios);
    rows.push({ times, chars: input.length, ms: median(samples), ratio, perByte: ratio / (input.length / seedText.length) });
  }
  // Per byte, against the cheapest size: flat means every size within 10%.
  const cheapest = Math.min(...rows.map((row) => row.perByte));
  return { rows, cheapest, spread: Math.max(...rows.map((row) => row.perByte)) / cheapest };
}
const whole = scaling((input) => parse(input).documents.length);
const c = whole.rows;
const cheapest = whole.cheapest;
const spread = whole.spread;
const each = scaling((input) => {
  let documents = 0;
  parseEach(input, () => documents++);
  return documents;
});

// d and e. dataset runs over generated folders of files.
function corpus(files) {
  const dir = mkdtempSync(join(tmpdir(), "gongbao-bench-"));
  const sources = [
    ...readdirSync(join(root, "seeds")).filter((name) => name.endsWith(".txt")).map((name) => join(root, "seeds", name)),
    ...readdirSync(join(root, "fixtures")).filter((name) => name.endsWith(".txt")).map((name) => join(root, "fixtures", name)),
    join(root, "fixtures/html/luoyang-tasks-2025-7.html"),
    join(root, "fixtures/markdown/henan-decree-232.md"),
  ];
  for (let index = 0; index < files; index++) {
    const source = sources[index % sources.length];
    const folder = join(dir, `batch-${String(Math.floor(index / 50)).padStart(3, "0")}`);
    mkdirSync(folder, { recursive: true });
    cpSync(source, join(folder, `${String(index).padStart(5, "0")}-${source.split("/").pop()}`));
  }
  return dir;
}
/** One `dataset` run: wall time, peak RSS, and the seconds its workers spent on files. */
function dataset(dir, jobs) {
  const out = `${dir}-out-${jobs}`;
  const start = performance.now();
  const result = spawnSync(process.execPath, [cli, "dataset", dir, "--out", out, "--jobs", String(jobs)], { env: { ...process.env, CI: "true", GONGBAO_REPORT_RSS: "1" }, encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(result.stderr);
  const rss = Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  const workerSeconds = Number(/workerSeconds ([\d.]+)/.exec(result.stderr)?.[1] ?? 0);
  rmSync(out, { recursive: true, force: true });
  return { ms, rssMB: rss, workerSeconds };
}
const N = 300;
const small = corpus(N);
const large = corpus(4 * N);
const one = [];
const two = [];
for (let pass = 0; pass < 3; pass++) {
  one.push(dataset(small, 1));
  two.push(dataset(small, 2));
}
const d = { files: N, oneJobMs: median(one.map((run) => run.ms)), twoJobsMs: median(two.map((run) => run.ms)) };
d.speedup = d.oneJobMs / d.twoJobsMs;
// Where the second core goes: a worker's time per file with two workers against one.
// Equal times mean each worker had a core to itself; twice the time, that they shared one.
d.perFileMsOneJob = (median(one.map((run) => run.workerSeconds)) * 1000) / N;
d.perFileMsTwoJobs = (median(two.map((run) => run.workerSeconds)) * 1000) / N;
d.perFileSlowdown = d.perFileMsTwoJobs / d.perFileMsOneJob;
d.target = 1.6;
const e = { files: N, rssMB: dataset(small, 2).rssMB, filesLarge: 4 * N, rssLargeMB: dataset(large, 2).rssMB };
e.growth = e.rssLargeMB / e.rssMB;
rmSync(small, { recursive: true, force: true });
rmSync(large, { recursive: true, force: true });

const verdict = (ok) => (ok ? "pass" : "MISS");
b.target = 12;
const c64 = c.find((row) => row.times === 64);
console.table([
  { benchmark: "b. remark-parse / parse() on seed 003", value: `${b.speedup.toFixed(1)}× faster`, detail: `${b.parseMs.toFixed(2)} ms vs ${b.remarkMs.toFixed(2)} ms`, target: "≥ 12×", result: verdict(b.speedup >= 12) },
  ...c.map((row) => ({
    benchmark: `c. seed 003 × ${row.times}`,
    value: `${row.ratio.toFixed(1)}× time`,
    detail: `${row.chars} chars, ${row.ms.toFixed(1)} ms, per byte ${(row.perByte / cheapest).toFixed(2)}× the cheapest`,
    target: row.times === 64 ? "≤ 66×" : "",
    result: row.times === 64 ? verdict(row.ratio <= 66) : "",
  })),
  { benchmark: "c. per byte, largest / smallest of 1×–64×", value: `${spread.toFixed(2)}×`, detail: "", target: "≤ 1.10×", result: verdict(spread <= 1.1) },
  ...each.rows.slice(1).map((row) => ({
    benchmark: `c. parseEach, seed 003 × ${row.times}`,
    value: `${row.ratio.toFixed(1)}× time`,
    detail: `${row.ms.toFixed(1)} ms, per byte ${(row.perByte / each.cheapest).toFixed(2)}× the cheapest`,
    target: row.times === 64 ? "≤ 66×" : "",
    result: row.times === 64 ? verdict(row.ratio <= 66) : "",
  })),
  { benchmark: "c. parseEach per byte, largest / smallest", value: `${each.spread.toFixed(2)}×`, detail: "", target: "≤ 1.10×", result: verdict(each.spread <= 1.1) },
  { benchmark: `d. dataset, ${N} files: 1 job / 2 jobs`, value: `${d.speedup.toFixed(2)}×`, detail: `${(d.oneJobMs / 1000).toFixed(2)} s vs ${(d.twoJobsMs / 1000).toFixed(2)} s`, target: "≥ 1.6×", result: verdict(d.speedup >= 1.6) },
  { benchmark: "d. a worker's time per file, 2 jobs / 1 job", value: `${d.perFileSlowdown.toFixed(2)}×`, detail: `${d.perFileMsTwoJobs.toFixed(1)} ms vs ${d.perFileMsOneJob.toFixed(1)} ms`, target: "", result: "" },
  { benchmark: `e. dataset peak memory, ${4 * N} vs ${N} files`, value: `${e.growth.toFixed(2)}×`, detail: `${e.rssLargeMB.toFixed(0)} MB vs ${e.rssMB.toFixed(0)} MB`, target: "≤ 1.2×", result: verdict(e.growth <= 1.2) },
]);
const each64 = each.rows.find((row) => row.times === 64);
const scale = { rows: c, spread, ratio64: c64.ratio, target64: 66, spreadTarget: 1.1, each: { rows: each.rows, spread: each.spread, ratio64: each64.ratio } };
const file = new URL("./results.json", import.meta.url);
let results = {};
try {
  results = JSON.parse(readFileSync(file, "utf8"));
} catch {}
Object.assign(results, { parseVsRemark: b, scaling: scale, datasetJobs: d, datasetMemory: e });
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
if (sink < 0) console.log(sink);
