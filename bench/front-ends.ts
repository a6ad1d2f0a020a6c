// Benchmark: the HTML front end against cheerio's own load of the same page,
// and the Markdown front end against remark-parse alone, in the same run.
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import * as cheerio from "cheerio";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { DiagnosticSink } from "../src/diagnostics.js";
import { readHtml } from "../src/input/html.js";
import { readMarkdown } from "../src/input/markdown.js";
import { parse } from "../src/parse.js";

const html = readFileSync(new URL("../fixtures/html/luoyang-tasks-2025-7.html", import.meta.url), "utf8");
const markdown = readFileSync(new URL("../fixtures/markdown/henan-decree-232.md", import.meta.url), "utf8");

let sink = 0;
function measure(fn: () => unknown, batch: number, rounds: number): number {
  for (let i = 0; i < batch * 2; i++) fn();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink += fn() === undefined ? 0 : 1;
    samples.push((performance.now() - start) / batch);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] as number;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const cheerioLoad: number[] = [];
const htmlFrontEnd: number[] = [];
const htmlParse: number[] = [];
const remark: number[] = [];
const markdownFrontEnd: number[] = [];
for (let pass = 0; pass < 5; pass++) {
  cheerioLoad.push(measure(() => cheerio.load(html), 5, 5));
  htmlFrontEnd.push(measure(() => readHtml(html, new DiagnosticSink()), 5, 5));
  htmlParse.push(measure(() => parse(html, { format: "html" }), 5, 5));
  remark.push(measure(() => unified().use(remarkParse).parse(markdown), 10, 5));
  markdownFrontEnd.push(measure(() => readMarkdown(markdown), 10, 5));
}
const rows = {
  cheerioLoad: median(cheerioLoad),
  htmlFrontEnd: median(htmlFrontEnd),
  htmlParse: median(htmlParse),
  remark: median(remark),
  markdownFrontEnd: median(markdownFrontEnd),
};
const htmlRatio = rows.htmlFrontEnd / rows.cheerioLoad;
const markdownRatio = rows.markdownFrontEnd / rows.remark;
console.table([
  { benchmark: `cheerio.load (page of ${html.length} chars)`, "ms/run": rows.cheerioLoad.toFixed(3), ratio: "1.00×" },
  { benchmark: "HTML front end (htmlparser2 with indices, strip chrome, find body, lines)", "ms/run": rows.htmlFrontEnd.toFixed(3), ratio: `${htmlRatio.toFixed(2)}×` },
  { benchmark: "parse() of the page (front end + whole pipeline)", "ms/run": rows.htmlParse.toFixed(3), ratio: `${(rows.htmlParse / rows.cheerioLoad).toFixed(2)}×` },
  { benchmark: `remark-parse (Markdown of ${markdown.length} chars)`, "ms/run": rows.remark.toFixed(3), ratio: "1.00×" },
  { benchmark: "Markdown front end (remark-parse + lines)", "ms/run": rows.markdownFrontEnd.toFixed(3), ratio: `${markdownRatio.toFixed(2)}×` },
]);
const htmlParseRatio = rows.htmlParse / rows.cheerioLoad;
const verdict = (ratio: number) => (ratio <= 1.5 ? "pass" : "MISS");
console.log(
  `HTML front end / cheerio.load: ${htmlRatio.toFixed(2)}× (target ≤ 1.5×: ${verdict(htmlRatio)}); parse() of the page / cheerio.load: ${htmlParseRatio.toFixed(2)}× (target ≤ 1.5×: ${verdict(htmlParseRatio)}); Markdown front end / remark-parse: ${markdownRatio.toFixed(2)}×`,
);
const file = new URL("./results.json", import.meta.url);
let results: Record<string, unknown> = {};
try {
  results = JSON.parse(readFileSync(file, "utf8"));
} catch {}
results.frontEnds = { ...rows, htmlRatio, htmlParseRatio, markdownRatio, htmlTarget: 1.5 };
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
if (sink < 0) console.log(sink);
