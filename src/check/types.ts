import type { Diagnostic, DiagnosticCode, Severity } from "../diagnostics.js";
import type { GongbaoResult } from "../schema/result.js";
import type { Position } from "../util/position.js";

/** Reports one finding of a rule; severity comes from the code's default or the configuration. */
export type Report = (
  code: DiagnosticCode,
  message: string,
  position: Position | undefined,
  extra?: { document?: number; actual?: string; expected?: string },
) => void;

/**
 * A check rule: a file of its own, with the stable codes it reports. Rules read
 * the parse result only (never the source text) and never throw.
 */
export interface Rule {
  name: string;
  codes: readonly DiagnosticCode[];
  run(result: GongbaoResult, report: Report): void;
}

/** A rule switched off, or its severity changed, as linters allow. */
export type RuleSetting = Severity | "off";

export interface CheckOptions {
  /** Per-code settings: `{ "task-missing-responsible-units": "off", "unit-list-unsplit": "error" }`. */
  rules?: Partial<Record<DiagnosticCode, RuleSetting>>;
}

export type { Diagnostic };
