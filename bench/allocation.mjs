// Benchmark: bytes allocated by one parse() of seed 003 (and seed 000) per
// input byte. Run with `node --expose-gc --min-semi-space-size=64
// --max-semi-space-size=64`: the young generation is then large enough that
// no collection runs during a parse, so the growth of the used heap between a
// forced full collection and the end of the parse is what the parse
// allocated (garbage and result alike). The median over many parses is
// reported, with the part that stays alive (the result, measured after a
// forced collection while results are held): no representation of the same
// result allocates less than that. Results go to bench/results.json under
// "allocation".
import { readFileSync, writeFileSync } from "node:fs";
import v8 from "node:v8";
import { parse } from "../dist/index.js";

if (typeof globalThis.gc !== "function") throw new Error("run with node --expose-gc");
const TARGET = 10;
const seeds = [
  { name: "seed 003", file: "luoyang-gazette-2025-02.txt" },
  { name: "seed 000", file: "luoyang-jiyuan-33-measures.txt" },
].map((seed) => ({ ...seed, bytes: new Uint8Array(readFileSync(new URL(`../seeds/${seed.file}`, import.meta.url))) }));
const used = () => v8.getHeapStatistics().used_heap_size;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = {};
for (const seed of seeds) {
  for (let i = 0; i < 30; i++) parse(seed.bytes);
  const samples = [];
  for (let i = 0; i < 21; i++) {
    gc();
    const before = used();
    const result = parse(seed.bytes);
    samples.push(used() - before);
    if (result.documents === undefined) throw new Error("no result");
  }
  const held = [];
  gc();
  const before = used();
  for (let i = 0; i < 10; i++) held.push(parse(seed.bytes));
  gc();
  const retained = (used() - before) / held.length;
  const allocated = median(samples);
  results[seed.name] = {
    bytes: seed.bytes.length,
    allocatedBytes: allocated,
    perByte: allocated / seed.bytes.length,
    retainedPerByte: retained / seed.bytes.length,
    target: seed.name === "seed 003" ? TARGET : null,
  };
}
console.table(
  Object.entries(results).map(([name, row]) => ({
    input: `${name} (${row.bytes} bytes)`,
    "allocated per parse": `${(row.allocatedBytes / 1024).toFixed(0)} KiB`,
    "allocated per input byte": row.perByte.toFixed(1),
    "of which the result (kept alive)": row.retainedPerByte.toFixed(1),
  })),
);
const seed003 = results["seed 003"];
console.log(`allocation per input byte, seed 003: ${seed003.perByte.toFixed(1)} (target ≤ ${TARGET}: ${seed003.perByte <= TARGET ? "pass" : "MISS"}; the result alone holds ${seed003.retainedPerByte.toFixed(1)})`);
const file = new URL("./results.json", import.meta.url);
let stored = {};
try {
  stored = JSON.parse(readFileSync(file, "utf8"));
} catch {}
stored.allocation = results;
writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`);
