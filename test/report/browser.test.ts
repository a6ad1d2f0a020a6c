import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { parse } from "../../src/parse.js";
import { renderReport } from "../../src/report/page.js";
import { SEED_003, readText, root } from "../helpers.js";
import { artifactsFolder, dumpDom, findChromium, probe, probeResult, screenshot } from "./chromium.js";

const CLI = join(root, "dist/cli.js");
const browser = findChromium();
if (browser === undefined) {
  console.warn("report browser tests skipped: no Chromium found (install Debian's chromium package, or set CHROMIUM_PATH)");
}

/**
 * The report of a file as the CLI writes it (or the page named by
 * `GONGBAO_REPORT_PAGE`, which the package check makes with the installed
 * tarball), with a probe appended before </body>.
 */
function reportWithProbe(input: string, checks: string, prebuilt?: string): string {
  const folder = mkdtempSync(join(tmpdir(), "gongbao-report-"));
  let page = join(folder, "report.html");
  if (prebuilt !== undefined) page = prebuilt;
  else {
    const run = spawnSync(process.execPath, [CLI, "report", input, "-o", page, "-q"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  }
  const probed = join(folder, "probed.html");
  writeFileSync(probed, readFileSync(page, "utf8").replace(/<\/body><\/html>\n$/, `${probe(checks)}</body></html>\n`));
  return probed;
}

const SEED_CHECKS = `function () {
  var r = window.gongbaoReport;
  var out = { chunks: r.chunks, drawn: r.drawn() };
  out.taskBadges = document.querySelectorAll(".bg-task").length;
  out.articleBadges = document.querySelectorAll(".bg-article").length;
  out.outletBadges = document.querySelectorAll(".bg-outlet").length;
  out.unitMarks = document.querySelectorAll(".m.u").length;
  out.diagnosticRows = document.querySelectorAll("#diagnostics tbody tr").length;
  out.diagnosticNotes = document.querySelectorAll(".dn").length;
  out.warningRows = document.querySelectorAll("#diagnostics tr.sev-warning").length;
  out.furnitureLines = document.querySelectorAll(".l.fu").length;
  out.verdict = document.getElementById("verdict").textContent;
  out.scripts = document.scripts.length;
  var entry = document.querySelector('#contents a.ce[data-doc="3"]');
  out.entryText = entry.textContent;
  entry.click();
  var line = +entry.dataset.l;
  var target = document.getElementById("L" + line);
  var view = document.getElementById("text").getBoundingClientRect();
  var box = target.getBoundingClientRect();
  out.hash = location.hash;
  out.targetLine = line;
  out.targetText = target.textContent;
  out.targetVisible = box.top >= view.top && box.bottom <= view.bottom;
  out.scrolled = document.getElementById("text").scrollTop;
  var diagnosticLink = document.querySelector("#diagnostics a.go");
  diagnosticLink.click();
  out.panelAfterDiagnostic = document.getElementById("panel").className;
  var badge = document.querySelector(".bg-task");
  badge.click();
  out.panelText = document.getElementById("panel-body").textContent;
  return out;
}`;

describe.skipIf(browser === undefined)("report in a real browser", () => {
  const chromium = browser as string;

  it("shows seed 003 with its 147 tasks, its diagnostics, and contents entries that lead to their documents", () => {
    const page = reportWithProbe(SEED_003, SEED_CHECKS, process.env.GONGBAO_REPORT_PAGE);
    const result = probeResult(dumpDom(chromium, page).dom);
    const parsed = parse(readText(SEED_003), { name: "luoyang-gazette-2025-02.txt" });
    const diagnostics = check(parsed);
    expect(result.error).toBeUndefined();
    // A text of this size is drawn whole when the page opens.
    expect(result.drawn).toBe(result.chunks);
    expect(result.taskBadges).toBe(147);
    expect(result.articleBadges).toBe(54);
    expect(result.outletBadges).toBe(8);
    expect(result.unitMarks).toBeGreaterThan(400);
    expect(result.diagnosticRows).toBe(diagnostics.length);
    expect(result.diagnosticNotes).toBe(diagnostics.filter((d) => d.position !== undefined).length);
    expect(result.warningRows).toBe(diagnostics.filter((d) => d.severity === "warning").length);
    expect(result.furnitureLines).toBe(parsed.furniture.length);
    expect(result.verdict).toMatch(/^check: 0 errors, 1 warning/);
    // The page's own script, its data blocks (objects, one per chunk) and the probe: nothing from the document.
    expect(result.scripts).toBe(3 + (result.chunks as number));
    const tasksDocument = parsed.documents[3];
    expect(result.entryText).toContain("重点工作任务分解");
    expect(result.targetLine).toBe(tasksDocument?.position.start.line);
    expect(result.hash).toBe(`#L${tasksDocument?.position.start.line}`);
    expect(String(result.targetText)).toContain("洛阳市人民政府");
    expect(result.targetVisible).toBe(true);
    expect(result.scrolled).toBeGreaterThan(0);
    expect(result.panelAfterDiagnostic).toBe("open");
    expect(result.panelText).toContain("任务 1");
    expect(result.panelText).toContain("leadUnits");
    expect(result.panelText).toContain("市发改委");
  });

  it("writes a screenshot of the first screen", () => {
    const folder = mkdtempSync(join(tmpdir(), "gongbao-report-"));
    const page = join(folder, "report.html");
    spawnSync(process.execPath, [CLI, "report", SEED_003, "-o", page, "-q"], { cwd: root });
    const png = join(artifactsFolder(), "report-seed-003.png");
    screenshot(chromium, page, png);
    expect(statSync(png).size).toBeGreaterThan(20_000);
    copyFileSync(page, join(artifactsFolder(), "report-seed-003.html"));
  });

  it("shows a document's <script>, ampersands and quotes as text, in text and in attributes", () => {
    const folder = mkdtempSync(join(tmpdir(), "gongbao-report-"));
    const input = join(folder, "hostile.txt");
    writeFileSync(
      input,
      [
        "关于推进A&B<script>window.pwned=1</script>\"工'作\"的通知",
        "",
        "一、总体要求<img src=x onerror=\"window.pwned=2\">",
        "",
        "1.推进A&B项目\"onmouseover=\"window.pwned=3\"。",
        "",
        "牵头单位：市<b>发改委</b>、市'财政局",
        "",
        "</script><script>window.pwned=4</script>&amp;&lt;",
        "",
      ].join("\n"),
    );
    const page = reportWithProbe(
      input,
      `function () {
        var lines = Array.prototype.map.call(document.querySelectorAll("#text .l"), function (line) { var copy = line.cloneNode(true); Array.prototype.forEach.call(copy.querySelectorAll(".bg"), function (b) { b.remove(); }); return copy.textContent; });
        var titles = Array.prototype.map.call(document.querySelectorAll("#outline a"), function (a) { return a.getAttribute("title"); });
        return { pwned: window.pwned === undefined ? null : window.pwned, chunks: window.gongbaoReport.chunks, scripts: document.scripts.length, images: document.images.length, bold: document.querySelectorAll("#text .l b:not(.bg)").length, lines: lines, titles: titles, title: document.title };
      }`,
    );
    const result = probeResult(dumpDom(chromium, page).dom);
    expect(result.pwned).toBeNull();
    expect(result.scripts).toBe(3 + (result.chunks as number));
    expect(result.images).toBe(0);
    expect(result.bold).toBe(0);
    const lines = result.lines as string[];
    expect(lines[0]).toBe("关于推进A&B<script>window.pwned=1</script>\"工'作\"的通知");
    expect(lines).toContain("</script><script>window.pwned=4</script>&amp;&lt;");
    expect(lines).toContain("牵头单位：市<b>发改委</b>、市'财政局");
    expect(result.titles).toContain("关于推进A&B<script>window.pwned=1</script>\"工'作\"的通知");
  });

  it("sorts the dataset index by a clicked column, errors first to begin with", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gongbao-report-")), "out");
    const run = spawnSync(process.execPath, [CLI, "dataset", "seeds", "fixtures/html", "--out", out, "--jobs", "2", "--report"], { cwd: root, encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect(run.status).toBe(0);
    const page = join(out, "index.html");
    writeFileSync(page, readFileSync(page, "utf8").replace(/<\/body><\/html>\n$/, `${probe(`function () {
      var column = function (i) { return Array.prototype.map.call(document.querySelectorAll("#files tbody tr"), function (r) { return r.cells[i].dataset.v; }); };
      var header = document.querySelectorAll("#files th");
      var errorsFirst = column(2);
      header[5].click();
      var tasksUp = column(5);
      header[5].click();
      var tasksDown = column(5);
      header[0].click();
      return { errorsFirst: errorsFirst, tasksUp: tasksUp, tasksDown: tasksDown, files: column(0), link: document.querySelector("#files a").getAttribute("href") };
    }`)}</body></html>\n`));
    const result = probeResult(dumpDom(chromium, page).dom);
    const numbers = (value: unknown) => (value as string[]).map(Number);
    expect(numbers(result.errorsFirst)).toEqual([...numbers(result.errorsFirst)].sort((a, b) => b - a));
    expect(numbers(result.tasksUp)).toEqual([...numbers(result.tasksUp)].sort((a, b) => a - b));
    expect(numbers(result.tasksDown)).toEqual([...numbers(result.tasksDown)].sort((a, b) => b - a));
    expect(numbers(result.tasksDown)[0]).toBe(147);
    expect(result.files).toEqual([...(result.files as string[])].sort());
    expect(readFileSync(join(out, decodeURIComponent(result.link as string)), "utf8")).toContain("<!DOCTYPE html>");
  });

  it("opens a 5 MB text without drawing all of it, and follows a link to its last line", () => {
    const seed = readText(SEED_003);
    const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(seed));
    const text = Array.from({ length: copies }, () => seed).join("\n");
    const result = parse(text, { name: "large.txt" });
    const { parts } = renderReport({ result, text, diagnostics: check(result), file: "large.txt", version: "test" });
    const folder = mkdtempSync(join(tmpdir(), "gongbao-report-"));
    const page = join(folder, "large.html");
    writeFileSync(page, parts.join("").replace(/<\/body><\/html>\n$/, `${probe(`function () {
      var r = window.gongbaoReport, lines = +document.getElementById("text").dataset.lines;
      var before = r.drawn(), t0 = performance.now(), went = r.go(lines - 1), goMs = performance.now() - t0;
      return { chunks: r.chunks, before: before, after: r.drawn(), went: went, goMs: goMs, readyMs: t0, lines: lines };
    }`)}</body></html>\n`));
    const { dom, milliseconds } = dumpDom(chromium, page, 120_000);
    const probed = probeResult(dom);
    expect(probed.error).toBeUndefined();
    expect(probed.chunks).toBeGreaterThan(100);
    // Nothing is drawn before the page is on screen; following a link draws one chunk.
    expect(probed.before).toBe(0);
    expect(probed.after).toBe(1);
    expect(probed.went).toBe(true);
    expect(probed.goMs).toBeLessThan(1000);
    console.log(`5 MB report: ${(statSync(page).size / 1e6).toFixed(1)} MB of HTML, ${probed.chunks} chunks, script ready after ${Math.round(probed.readyMs as number)} ms, chromium run ${Math.round(milliseconds)} ms`);
  }, 180_000);
});
