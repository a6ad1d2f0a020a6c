import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { check } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as named from "../src/regexes.js";
import { root } from "./helpers.js";

type Found = { where: string; source: string; flags: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every regular-expression literal in `src`, and every `new RegExp(…)` call with where it is. */
function scan(): { literals: Found[]; constructed: string[] } {
  const literals: Found[] = [];
  const constructed: string[] = [];
  for (const file of sourceFiles(join(root, "src"))) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf("/");
        literals.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        constructed.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructed };
}

const { literals, constructed } = scan();
// Built patterns live in src/regexes.ts and are exported: check their final form.
const built: Found[] = Object.entries(named).flatMap(([name, value]) => (value instanceof RegExp ? [{ where: `regexes.${name}`, source: value.source, flags: value.flags }] : []));

/**
 * recheck's verdict; g and y change where matching starts, not how a match
 * backtracks. Where the automaton checker gives up (large bounded repeats,
 * look-behind), recheck fuzzes: with a fixed seed, so that the verdict is the
 * same on every run (with a random one, a bounded scan like `{2,40}?` is now
 * and then taken for a quadratic one).
 */
async function verdict(found: Found): Promise<string> {
  const result = await check(found.source, found.flags.replace(/[gy]/g, ""), { timeout: 60_000, randomSeed: 0 });
  if (result.status === "vulnerable") return `${result.complexity.summary}: ${result.attack.pattern}`;
  if (result.status === "unknown") return `unknown: ${result.error.kind}`;
  return "safe";
}

describe("regular expressions", () => {
  it("finds the patterns it audits", () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(built.length).toBeGreaterThan(30);
  });

  it("builds patterns with new RegExp only in src/regexes.ts, where they are exported and audited", () => {
    expect(constructed.filter((where) => !where.startsWith(join("src", "regexes.ts")))).toEqual([]);
  });

  it("reports a known catastrophic pattern (the checker works)", async () => {
    expect(await verdict({ where: "control", source: "^(a+)+$", flags: "" })).toMatch(/^exponential/);
    expect(await verdict({ where: "control", source: "\\s*-\\s*", flags: "" })).toMatch(/polynomial/);
  }, 60_000);

  it("has no pattern that can backtrack super-linearly", async () => {
    const all = [...literals, ...built];
    const verdicts: string[] = [];
    // A few at a time: each check is a separate job for the checker.
    for (let at = 0; at < all.length; at += 8) {
      const batch = all.slice(at, at + 8);
      const results = await Promise.all(batch.map(verdict));
      batch.forEach((found, index) => {
        if (results[index] !== "safe") verdicts.push(`${found.where} /${found.source}/${found.flags}: ${results[index]}`);
      });
    }
    expect(verdicts).toEqual([]);
  }, 300_000);
});
