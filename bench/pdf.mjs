// Benchmark: the PDF front end on seed 003's PDF. Pages per second of
// parsePdf, the share of its time that pdf.js alone takes (opening the file
// and reading every page's text items, as parsePdf asks for them), and, when
// poppler's pdftotext is installed, its time on the same file for comparison.
// Runs are interleaved after a warm-up; medians.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parsePdf } from "../dist/index.js";

const file = fileURLToPath(new URL("../seeds/luoyang-gazette-2025-02.pdf", import.meta.url));
const bytes = new Uint8Array(readFileSync(file));
const ROUNDS = 7;
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");

/** pdf.js alone: open, and the text items of every page, one page at a time. */
async function pdfjsOnly() {
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    await page.getTextContent();
    page.cleanup();
  }
  const pages = document.numPages;
  await document.destroy();
  return pages;
}

function pdftotext() {
  const start = performance.now();
  const result = spawnSync("pdftotext", ["-layout", file, "-"], { stdio: ["ignore", "ignore", "ignore"] });
  if (result.error || result.status !== 0) return null;
  return performance.now() - start;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const whole = [];
const alone = [];
const poppler = [];
const pages = await pdfjsOnly();
await parsePdf(bytes);
for (let round = 0; round < ROUNDS; round++) {
  let start = performance.now();
  await parsePdf(bytes);
  whole.push(performance.now() - start);
  start = performance.now();
  await pdfjsOnly();
  alone.push(performance.now() - start);
  const ms = pdftotext();
  if (ms !== null) poppler.push(ms);
}
const parseMs = median(whole);
const pdfjsMs = median(alone);
const share = Math.min(1, pdfjsMs / parseMs);
const rows = [
  { step: "parsePdf (whole)", "ms (median)": parseMs.toFixed(1), "pages/s": ((pages * 1000) / parseMs).toFixed(1) },
  { step: "pdf.js alone (open + text items)", "ms (median)": pdfjsMs.toFixed(1), share: `${(share * 100).toFixed(0)}%` },
  { step: "gongbao's own steps (lines, paragraphs, pipeline)", "ms (median)": (parseMs - pdfjsMs).toFixed(1), share: `${((1 - share) * 100).toFixed(0)}%` },
];
if (poppler.length > 0) rows.push({ step: "pdftotext -layout (a process, for comparison)", "ms (median)": median(poppler).toFixed(1), "pages/s": ((pages * 1000) / median(poppler)).toFixed(1) });
console.log(`seed 003 PDF: ${pages} pages, ${bytes.length} bytes`);
console.table(rows);
const resultsFile = new URL("./results.json", import.meta.url);
let results = {};
try {
  results = JSON.parse(readFileSync(resultsFile, "utf8"));
} catch {}
results.pdf = { pages, bytes: bytes.length, parseMs, pagesPerSecond: (pages * 1000) / parseMs, pdfjsMs, pdfjsShare: share, pdftotextMs: poppler.length > 0 ? median(poppler) : null, rounds: ROUNDS };
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
