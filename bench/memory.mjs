// Benchmark: peak memory of the CLI (`gongbao parse` to a file, `gongbao check`)
// on inputs of 1, 10 and 50 MB of seed-like text and of the worst shapes known
// (marker-only lines, unmatched contents entries, one HTML row of many cells).
// Reports peak RSS per input byte; results go to bench/results.json under
// "memory". Memory does not depend on the machine's load as time does, so one
// run per case is enough.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "dist/cli.js");
const preload = join(root, "bench/peak-rss.mjs");
const seed = readFileSync(join(root, "seeds/luoyang-gazette-2025-02.txt"), "utf8");
const MB = 1 << 20;
const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
const sizes = (process.env.MEMORY_SIZES ?? "1,10,50").split(",").map(Number);
const only = process.env.MEMORY_SHAPES === undefined ? null : new RegExp(process.env.MEMORY_SHAPES);

const shapes = [
  // Read whole at every size: 50 MB of it is some 420,000 lines, over the default --max-lines.
  { name: "seed 003 repeated", ext: "txt", make: (bytes) => fill(seed, bytes), args: ["--max-lines", "1000000"], target: 15 },
  { name: "marker-only lines (一、)", ext: "txt", make: (bytes) => fill("一、\n", bytes) },
  { name: "NUL lines (\\0)", ext: "txt", make: (bytes) => fill("\0\n", bytes) },
  { name: "marker lines (一、测试内容)", ext: "txt", make: (bytes) => fill("一、测试内容\n", bytes) },
  {
    name: "contents entries that match nothing",
    ext: "txt",
    make: (bytes) => {
      const half = Math.floor(bytes / 2);
      const entries = fill("某某市人民政府关于不存在工作的通知.....1\n", half);
      return `某某市人民政府公报\n\n2025年第1号\n\n目 录\n\n市政府文件\n\n${entries}\n编辑委员会\n\n主编:甲乙丙\n\n${fill("正文内容，说明有关工作的具体安排和要求。\n", half)}`;
    },
  },
  { name: "one HTML row of many cells", ext: "html", make: (bytes) => `<html><body><div id="zoom"><table><tr>${fill("<td>一、内容</td>", bytes)}</tr></table></div></body></html>` },
];

function peak(args) {
  const run = spawnSync(process.execPath, ["--import", preload, cli, ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] });
  const match = /peak-rss (\d+)/.exec(run.stderr);
  return { rss: match ? Number(match[1]) : null, status: run.status };
}

const dir = mkdtempSync(join(tmpdir(), "gongbao-memory-"));
const results = [];
try {
  for (const shape of shapes) {
    if (only !== null && !only.test(shape.name)) continue;
    for (const size of sizes) {
      if (shape.maxMB !== undefined && size > shape.maxMB) continue;
      const file = join(dir, `input.${shape.ext}`);
      const text = shape.make(size * MB);
      writeFileSync(file, text);
      const bytes = Buffer.byteLength(text);
      const extra = shape.args ?? [];
      const parsed = peak(["parse", file, "--out", join(dir, "out"), "--quiet", ...extra]);
      const checked = peak(["check", file, "--to", "json", ...extra]);
      const row = {
        shape: shape.name,
        mb: size,
        bytes,
        parseRssMB: parsed.rss && Math.round(parsed.rss / MB),
        parsePerByte: parsed.rss && +(parsed.rss / bytes).toFixed(1),
        parseExit: parsed.status,
        checkRssMB: checked.rss && Math.round(checked.rss / MB),
        checkPerByte: checked.rss && +(checked.rss / bytes).toFixed(1),
        checkExit: checked.status,
      };
      if (shape.target !== undefined && size >= 10) row.target = shape.target;
      results.push(row);
      const verdict = row.target === undefined ? "" : `  parse ≤ ${row.target}×: ${row.parsePerByte !== null && row.parsePerByte <= row.target ? "pass" : "MISS"}`;
      console.log(`${shape.name.padEnd(38)} ${String(size).padStart(3)} MB  parse ${String(row.parseRssMB).padStart(5)} MB (${row.parsePerByte}/byte, exit ${row.parseExit})  check ${String(row.checkRssMB).padStart(5)} MB (${row.checkPerByte}/byte, exit ${row.checkExit})${verdict}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const resultsPath = join(root, "bench/results.json");
let all = {};
try {
  all = JSON.parse(readFileSync(resultsPath, "utf8"));
} catch {}
all.memory = { sizesMB: sizes, results };
writeFileSync(resultsPath, `${JSON.stringify(all, null, 2)}\n`);
