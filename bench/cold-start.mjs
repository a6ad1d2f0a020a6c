// Benchmark: cold start of `gongbao check` on seed 003 against `node -e 0`,
// interleaved in the same run so that machine noise hits both alike.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const seed = "seeds/luoyang-gazette-2025-02.txt";
const ROUNDS = 15;

function time(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}`);
  return performance.now() - start;
}

const node = [];
const check = [];
time(["-e", "0"]);
time([cli, "check", seed]);
for (let round = 0; round < ROUNDS; round++) {
  node.push(time(["-e", "0"]));
  check.push(time([cli, "check", seed]));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const nodeMs = median(node);
const checkMs = median(check);
const ratio = checkMs / nodeMs;
console.table([
  { command: "node -e 0", "ms (median)": nodeMs.toFixed(1), ratio: "1.00×" },
  { command: `gongbao check ${seed}`, "ms (median)": checkMs.toFixed(1), ratio: `${ratio.toFixed(2)}×` },
]);
console.log(`gongbao check cold start / node -e 0: ${ratio.toFixed(2)}× (target ≤ 3×)`);
const resultsFile = new URL("./results.json", import.meta.url);
let results = {};
try {
  results = JSON.parse(readFileSync(resultsFile, "utf8"));
} catch {}
results.coldStart = { nodeMs, checkMs, ratio, target: 3, rounds: ROUNDS };
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
