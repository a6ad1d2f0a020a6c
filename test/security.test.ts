import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/parse.js";
import { SEED_000, SEED_003, root } from "./helpers.js";
import { strings } from "./fuzz/violations.js";

const GUARD = join(root, "test/security/guard.mjs");
const CLI = join(root, "dist/cli.js");
const INDEX = join(root, "dist/index.js");

/** Run node with the network and process guard preloaded and code generation from strings disallowed. */
function guarded(args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "gongbao-guard-"));
  const log = join(dir, "attempts.log");
  const result = spawnSync(process.execPath, ["--import", GUARD, "--disallow-code-generation-from-strings", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, GONGBAO_GUARD_LOG: log, CI: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, attempts: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [], dir };
}

describe("the library never touches the network, starts a program or evaluates strings as code", () => {
  it("the guard itself catches fetch, sockets, DNS, child processes and eval (control)", () => {
    const attempts = guarded([
      "-e",
      `for (const f of [() => fetch("http://example.com"), () => require("node:net").connect(80, "example.com"), () => require("node:dns").lookup("example.com", () => {}), () => require("node:child_process").execSync("true"), () => eval("1")]) { try { f(); } catch (e) { if (e instanceof EvalError) require("node:fs").appendFileSync(process.env.GONGBAO_GUARD_LOG, "eval\\n"); } }`,
    ]);
    expect(attempts.attempts).toEqual(["fetch", "net.connect", "dns.lookup", "child_process.execSync", "eval"]);
  });

  it("parse() of every seed and front-end fixture, and the JSON Schema, under the guard", () => {
    const files = [SEED_000, SEED_003, "fixtures/html/luoyang-tasks-2025-7.html", "fixtures/html/luoyang-jiyuan-33-measures.gbk.html", "fixtures/html/bus-card-outlets.html", "fixtures/markdown/henan-decree-232.md"];
    const script = `
      const { parse, parseFile, check, generateJsonSchema } = await import(${JSON.stringify(INDEX)});
      const { readFileSync } = await import("node:fs");
      let documents = 0;
      for (const file of ${JSON.stringify(files)}) {
        documents += parse(readFileSync(file), { name: file }).documents.length;
        documents += (await parseFile(file)).documents.length;
        check(parse(readFileSync(file), { name: file }));
      }
      generateJsonSchema();
      console.log(documents);`;
    const run = guarded(["--input-type=module", "-e", script]);
    expect(run.stderr).toBe("");
    expect(Number(run.stdout)).toBeGreaterThan(10);
    expect(run.attempts).toEqual([]);
  });

  it("every CLI command under the guard, dataset workers included", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gongbao-guard-out-")), "out");
    for (const args of [
      ["parse", SEED_003],
      ["parse", SEED_000, "fixtures/html/bus-card-outlets.html", "--out", out],
      ["check", SEED_003, "--to", "sarif"],
      ["dataset", "seeds", "fixtures/html", "--out", join(out, "dataset"), "--jobs", "2"],
      ["report", SEED_003, "-o", join(out, "report.html")],
      ["dataset", "seeds", "--out", join(out, "dataset-report"), "--jobs", "2", "--report"],
      ["schema"],
    ]) {
      const run = guarded([CLI, ...args]);
      expect({ args, attempts: run.attempts }).toEqual({ args, attempts: [] });
      expect(run.code === 0 || (args[0] === "check" && run.code === 1), `${args.join(" ")}: ${run.stderr}`).toBe(true);
    }
  });

  it("the built files import nothing that reaches the network or starts programs", () => {
    for (const file of readdirSync(join(root, "dist")).filter((name) => /\.c?js$/.test(name))) {
      const code = readFileSync(join(root, "dist", file), "utf8");
      expect(code, file).not.toMatch(/["'](?:node:)?(?:net|tls|dgram|dns|http|https|http2|child_process)["']/);
      expect(code, file).not.toMatch(/\bfetch\s*\(|\beval\s*\(|new Function\s*\(/);
    }
  });
});

describe("content is never executed", () => {
  const HOSTILE = `<html><head><script>globalThis.pwned = "script";</script><style>body{background:url(javascript:pwned)}</style></head><body>
<div class="article-content">
<p>一、总则</p>
<img src="x" onerror="globalThis.pwned = 'onerror'">
<svg onload="globalThis.pwned = 'svg'"><script>globalThis.pwned = 'svg-script'</script></svg>
<iframe srcdoc="<script>globalThis.pwned = 'iframe'</script>"></iframe>
<a href="javascript:globalThis.pwned = 'link'">（一）加强领导</a>
<noscript>pwned-noscript</noscript>
<script type="module">globalThis.pwned = "module"</script>
</div></body></html>`;

  it("HTML scripts, handlers and javascript: links are neither run nor kept as text", () => {
    const result = parse(HOSTILE, { format: "html" });
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    const text = strings(result).join("\n");
    expect(text).toContain("总则");
    expect(text).toContain("加强领导");
    expect(text).not.toMatch(/pwned|javascript|globalThis/);
  });

  it("Markdown with raw HTML scripts keeps none of the script", () => {
    const result = parse(`# 标题\n\n<script>globalThis.pwned = "md"</script>\n\n<div><style>p{}</style>（一）内容<script type="x">pwned()</script></div>\n\n一、总则\n`, { format: "markdown" });
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    const text = strings(result).join("\n");
    expect(text).toContain("总则");
    expect(text).toContain("内容");
    expect(text).not.toMatch(/pwned|globalThis|p\{\}/);
  });
});

describe("output file names derived from inputs stay inside --out", () => {
  it("hostile input names give files inside --out only", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongbao-names-"));
    const inputs = join(dir, "inputs");
    mkdirSync(inputs);
    const names = ["...txt", "..txt", "..\\..\\escape.txt", "$(touch pwned).txt", "-rf.txt", "a\nb.txt", ".txt", " .txt", "%2e%2e%2fescape.txt"];
    for (const name of names) writeFileSync(join(inputs, name), "一、总则\n（一）内容。\n");
    const out = join(dir, "out");
    const run = spawnSync(process.execPath, [CLI, "parse", "--quiet", "--out", out, "--", ...names.map((name) => join(inputs, name))], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const written = readdirSync(out);
    expect(written).toHaveLength(names.length);
    for (const name of written) expect(name.endsWith(".json") && !name.includes("/")).toBe(true);
    // Nothing appeared beside --out, and no name was run as a command.
    expect(readdirSync(dir).sort()).toEqual(["inputs", "out"]);
    expect(existsSync(join(dir, "pwned"))).toBe(false);
  });

  it("dataset writes only its fixed entity files and datapackage.json, whatever the inputs are called", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongbao-names-"));
    const inputs = join(dir, "in", "..\\..", "$(id)");
    mkdirSync(inputs, { recursive: true });
    writeFileSync(join(inputs, "..\\escape.txt"), readFileSync(join(root, SEED_000)));
    const out = join(dir, "out");
    const run = spawnSync(process.execPath, [CLI, "dataset", join(dir, "in"), "--out", out], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "1" } });
    expect(run.status, run.stderr).toBe(0);
    for (const name of readdirSync(out)) expect(name).toMatch(/^(?:datapackage\.json|[a-z-]+\.jsonl)$/);
    expect(readdirSync(dir).sort()).toEqual(["in", "out"]);
  });
});
