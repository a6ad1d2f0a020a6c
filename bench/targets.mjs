// The closing table of `npm run bench`: every performance target with the
// figure measured in this run (read back from bench/results.json, which the
// benchmarks before it wrote) and pass or miss.
import { readFileSync } from "node:fs";

const results = JSON.parse(readFileSync(new URL("./results.json", import.meta.url), "utf8"));
const rows = [];
const row = (target, measured, ok) => rows.push({ target, measured, result: ok === null ? "–" : ok ? "pass" : "MISS" });
const times = (x) => `${x.toFixed(2)}×`;

for (const [name, seed] of Object.entries(results.parse?.seeds ?? {})) row(`parse / bare scan, ${name} ≤ ${seed.target}×`, times(seed.ratio), seed.ratio <= seed.target);
if (results.frontEnds !== undefined) {
  const f = results.frontEnds;
  row("parse() of the 7号 HTML page / cheerio.load ≤ 1.5×", times(f.htmlParseRatio), f.htmlParseRatio <= 1.5);
  row("HTML front end / cheerio.load ≤ 1.5×", times(f.htmlRatio), f.htmlRatio <= 1.5);
}
if (results.parseVsRemark !== undefined) row("parse faster than remark-parse, seed 003 ≥ 12×", times(results.parseVsRemark.speedup), results.parseVsRemark.speedup >= 12);
if (results.scaling?.rows !== undefined) {
  const s = results.scaling;
  row("seed 003 × 64 / × 1 ≤ 66×", times(s.ratio64), s.ratio64 <= 66);
  row("per byte over × 1, 4, 16, 64: largest / smallest ≤ 1.10×", times(s.spread), s.spread <= 1.1);
  if (s.each !== undefined) {
    row("parseEach (documents not kept): seed 003 × 64 / × 1 ≤ 66×", times(s.each.ratio64), s.each.ratio64 <= 66);
    row("parseEach per byte over × 1–64: largest / smallest ≤ 1.10×", times(s.each.spread), s.each.spread <= 1.1);
  }
}
if (results.allocation !== undefined) {
  const a = results.allocation["seed 003"];
  row("allocated per input byte, seed 003 ≤ 10", `${a.perByte.toFixed(1)} (result alone ${a.retainedPerByte.toFixed(1)})`, a.perByte <= 10);
}
for (const m of results.memory?.results ?? []) {
  if (m.target === undefined) continue;
  row(`gongbao parse peak RSS, ${m.mb} MB of seed 003 ≤ ${m.target}× input`, m.parsePerByte === null ? "no figure" : `${m.parsePerByte}× (${m.parseRssMB} MB)`, m.parsePerByte !== null && m.parsePerByte <= m.target);
}
if (results.datasetJobs !== undefined) {
  const d = results.datasetJobs;
  row("dataset, 2 jobs / 1 job ≥ 1.6×", `${times(d.speedup)} (a worker's time per file ${times(d.perFileSlowdown)} with 2 jobs)`, d.speedup >= 1.6);
}
if (results.coldStart !== undefined) row("cold start of gongbao check / node -e 0 ≤ 3×", times(results.coldStart.ratio), results.coldStart.ratio <= 3);
if (results.adversarial !== undefined) {
  const inTarget = results.adversarial.cases.filter((item) => item.target !== null);
  const worst = inTarget.reduce((a, b) => (b.perByte > a.perByte ? b : a));
  row("adversarial inputs, cost per byte / seed 003 at size ≤ 2×", `worst ${times(worst.perByte)} (${worst.name})`, worst.perByte <= 2);
}
console.table(rows);
const missed = rows.filter((item) => item.result === "MISS").length;
console.log(`${rows.length - missed} of ${rows.length} targets met in this run (ratios within one run; the machine's load moves them).`);
