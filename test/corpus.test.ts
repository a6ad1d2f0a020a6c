import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check/check.js";
import { parse } from "../src/parse.js";
import { root } from "./helpers.js";

/**
 * `check` over the real documents in `../shared/corpus` (or `GONGBAO_CORPUS`):
 * laws and regulations nobody here wrote, and State Council pages. Every error
 * must be listed in the baseline with the reason it is a genuine problem of the
 * source document; warnings and infos are counted per file and code, so a
 * change that adds noise is seen. Skipped when the corpus is absent.
 * `UPDATE=1 npm test` rewrites the baseline, keeping the reasons of the errors
 * it still finds; a new error gets no reason, and this test fails until one is
 * written.
 */
const folder = process.env.GONGBAO_CORPUS ?? join(root, "..", "shared", "corpus");
const baselinePath = join(root, "fixtures", "corpus-check-baseline.json");
const update = process.env.UPDATE === "1";

interface BaselineError {
  file: string;
  code: string;
  line: number;
  actual?: string;
  reason: string;
}

interface Baseline {
  description: string;
  errors: BaselineError[];
  /** Per file, `code:severity` → count, for warnings and infos. */
  notices: Record<string, Record<string, number>>;
}

function documents(): string[] {
  const found: string[] = [];
  for (const sub of ["laws", "govcn"]) {
    const dir = join(folder, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (/\.(md|html)$/.test(name)) found.push(`${sub}/${name}`);
  }
  return found;
}

const files = existsSync(folder) ? documents() : [];

describe.skipIf(files.length === 0)("check over the shared corpus", () => {
  const errors: Array<Omit<BaselineError, "reason">> = [];
  const notices: Baseline["notices"] = {};
  for (const file of files) {
    const bytes = readFileSync(join(folder, file));
    for (const found of check(parse(bytes, { name: file }))) {
      if (found.severity === "error") {
        const entry: Omit<BaselineError, "reason"> = { file, code: found.code, line: found.position?.start.line ?? 0 };
        if (found.actual !== undefined) entry.actual = found.actual;
        errors.push(entry);
      } else {
        const key = `${found.code}:${found.severity}`;
        const counts = (notices[file] ??= {});
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
  }
  const keyOf = (error: Omit<BaselineError, "reason">) => `${error.file}|${error.code}|${error.line}|${error.actual ?? ""}`;
  const previous: Baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, "utf8")) : { description: "", errors: [], notices: {} };
  if (update) {
    const reasons = new Map(previous.errors.map((error) => [keyOf(error), error.reason]));
    const next: Baseline = {
      description: previous.description,
      errors: errors.map((error) => ({ ...error, reason: reasons.get(keyOf(error)) ?? "" })),
      notices,
    };
    writeFileSync(baselinePath, `${JSON.stringify(next, null, 2)}\n`);
  }
  const baseline: Baseline = update ? JSON.parse(readFileSync(baselinePath, "utf8")) : previous;

  it("reports only the errors in the baseline", () => {
    expect(errors.map(keyOf)).toEqual(baseline.errors.map(keyOf));
  });

  it("gives every baseline error the reason it is genuine", () => {
    for (const error of baseline.errors) expect(error.reason, keyOf(error)).toMatch(/\S{8,}/);
  });

  it("reports the same warnings and infos as the baseline", () => {
    expect(notices).toEqual(baseline.notices);
  });

  it("reads every document of the corpus", () => {
    expect(files.length).toBeGreaterThanOrEqual(100);
  });
});
