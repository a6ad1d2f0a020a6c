import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../helpers.js";

const CLI = join(root, "dist/cli.js");
const PDF = "seeds/luoyang-jiyuan-33-measures.pdf";

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1", CI: "true" }, maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the CLI on PDFs", () => {
  it("parse reads a PDF by its extension and signature", () => {
    const { code, stdout, stderr } = run(["parse", PDF]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.source).toMatchObject({ format: "pdf", pages: 3 });
    expect(result.documents[0].attachments[0].measures).toHaveLength(33);
  });

  it("parse reads a PDF named otherwise by its signature", () => {
    const renamed = join(mkdtempSync(join(tmpdir(), "gongbao-pdf-")), "issue.bin");
    copyFileSync(join(root, PDF), renamed);
    expect(JSON.parse(run(["parse", renamed]).stdout).source.format).toBe("pdf");
  });

  it("check shows the line of the assembled text under a finding", () => {
    const { code, stdout } = run(["check", "fixtures/pdf/unmapped-glyphs.pdf", "--level", "info"]);
    expect(code).toBe(0);
    expect(stdout).toContain("pdf-unmapped-text");
    const json = JSON.parse(run(["check", PDF, "--format", "json"]).stdout);
    expect(json.files[0].counts.error).toBe(0);
  });

  it("parse --jsonl reads a PDF given by path", () => {
    const { code, stdout } = run(["parse", "--jsonl"], `${JSON.stringify({ id: "a", path: PDF })}\n`);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout.trim());
    expect(answer.id).toBe("a");
    expect(answer.result.source.format).toBe("pdf");
  });

  it("report on a PDF shows the text assembled from its pages", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gongbao-pdf-report-")), "report.html");
    const { code } = run(["report", PDF, "--out", out]);
    expect(code).toBe(0);
    const page = readFileSync(out, "utf8");
    expect(page).toContain("加快促进洛阳济源同城一体深度融合");
  });

  it("--format pdf is accepted as an input format", () => {
    expect(JSON.parse(run(["parse", PDF, "--format", "pdf"]).stdout).source.format).toBe("pdf");
  });

  it("check on text never loads pdf.js (its cold start stays), check on a PDF does", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongbao-hooks-"));
    writeFileSync(join(dir, "hooks.mjs"), 'export async function resolve(specifier, context, next) { const resolved = await next(specifier, context); if (resolved.url.includes("pdfjs-dist")) process.stderr.write(`LOADED ${resolved.url}\\n`); return resolved; }\n');
    writeFileSync(join(dir, "register.mjs"), 'import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n');
    const loads = (file: string) => spawnSync(process.execPath, ["--import", join(dir, "register.mjs"), CLI, "check", file], { cwd: root, encoding: "utf8" }).stderr;
    expect(loads("seeds/luoyang-gazette-2025-02.txt")).not.toContain("LOADED");
    expect(loads(PDF)).toContain("LOADED");
  });
});
