import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "../helpers.js";

const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** A headless Chromium on this machine: `CHROMIUM_PATH`, else the first of the usual names on PATH; undefined when there is none. */
export function findChromium(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : (process.env.PATH ?? "").split(delimiter).flatMap((dir) => NAMES.map((name) => join(dir, name)));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not there.
    }
  }
  return undefined;
}

/** Where tests leave what a person may want to look at (gitignored). */
export function artifactsFolder(): string {
  const folder = join(root, "test-artifacts");
  mkdirSync(folder, { recursive: true });
  return folder;
}

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--mute-audio"];

/** Load a page from disk and return the DOM after its scripts ran, and the wall time it took. */
export function dumpDom(browser: string, page: string, timeout = 60_000): { dom: string; milliseconds: number } {
  const started = performance.now();
  const run = spawnSync(browser, [...FLAGS, "--window-size=1280,800", "--dump-dom", pathToFileURL(page).href], { encoding: "utf8", timeout, maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`chromium exited ${run.status} ${run.signal ?? ""}: ${run.stderr.slice(-2000)}`);
  return { dom: run.stdout, milliseconds: performance.now() - started };
}

/** A screenshot of the first screen of a page. */
export function screenshot(browser: string, page: string, png: string, size = "1280,800"): void {
  const run = spawnSync(browser, [...FLAGS, `--window-size=${size}`, `--screenshot=${png}`, pathToFileURL(page).href], { encoding: "utf8", timeout: 60_000 });
  if (run.status !== 0) throw new Error(`chromium exited ${run.status}: ${run.stderr.slice(-2000)}`);
}

/**
 * A script the test appends to a page: it runs right after the page's own
 * script, calls `checks` (the source of a function returning a value), and
 * writes the value, JSON then URI-encoded, into `<pre id="gb-test">`. The
 * page's text chunks are emptied after the checks, so the dumped DOM stays small.
 */
export function probe(checks: string): string {
  return `<script>(function(){var out;try{out=(${checks})();}catch(e){out={error:String(e&&e.stack||e)};}Array.prototype.forEach.call(document.querySelectorAll('script[type="text/html"]'),function(s){s.textContent="";});var pre=document.createElement("pre");pre.id="gb-test";pre.textContent=encodeURIComponent(JSON.stringify(out));document.body.appendChild(pre);})();</script>`;
}

/** The value a probe wrote into the dumped DOM. */
export function probeResult(dom: string): Record<string, unknown> {
  const match = /<pre id="gb-test">([^<]*)<\/pre>/.exec(dom);
  if (match === null) throw new Error(`no probe result in the page (${dom.length} characters of DOM)`);
  return JSON.parse(decodeURIComponent(match[1] as string)) as Record<string, unknown>;
}
