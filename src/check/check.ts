import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type Severity } from "../diagnostics.js";
import type { GongbaoResult } from "../schema/result.js";
import { RULES } from "./registry.js";
import type { CheckOptions, RuleSetting } from "./types.js";

function settingOf(code: DiagnosticCode, options: CheckOptions): RuleSetting {
  return options.rules?.[code] ?? DIAGNOSTIC_CODES[code].severity;
}

/**
 * Check a parse result: the parser's own diagnostics plus every rule's, with
 * the configured severities (a code set to `"off"` is dropped), sorted by
 * position. Never throws on content; returns a new array.
 */
export function check(result: GongbaoResult, options: CheckOptions = {}): Diagnostic[] {
  const found: Diagnostic[] = [];
  const add = (diagnostic: Diagnostic) => {
    const setting = settingOf(diagnostic.code, options);
    if (setting === "off") return;
    found.push({ ...diagnostic, severity: setting });
  };
  for (const diagnostic of result.diagnostics) add(diagnostic as Diagnostic);
  // A date the parser already reported is not reported again by the dates rule.
  const seen = new Set(found.map((d) => `${d.code}@${d.position?.start.offset ?? -1}`));
  for (const rule of RULES) {
    rule.run(result, (code, message, position, extra = {}) => {
      const diagnostic: Diagnostic = { code, severity: DIAGNOSTIC_CODES[code].severity, message };
      if (position !== undefined) diagnostic.position = position;
      if (extra.document !== undefined) diagnostic.document = extra.document;
      if (extra.actual !== undefined) diagnostic.actual = extra.actual;
      if (extra.expected !== undefined) diagnostic.expected = extra.expected;
      const key = `${code}@${position?.start.offset ?? -1}`;
      if (seen.has(key)) return;
      seen.add(key);
      add(diagnostic);
    });
  }
  return found.sort((a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1));
}

/** Counts by severity. */
export function tally(diagnostics: Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}
