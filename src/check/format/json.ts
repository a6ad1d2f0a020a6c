import type { CheckReport } from "../../schema/check-report.js";
import { SCHEMA_VERSION } from "../../schema/version.js";
import type { CheckedFile } from "./types.js";

/** `{ schemaVersion, files: [{ file, counts, diagnostics }], counts }`, for programs: a `CheckReport`. */
export function formatJson(files: CheckedFile[]): string {
  const entries = files.map(({ file, diagnostics, counts }) => ({ file, counts, diagnostics }));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const entry of files) for (const key of ["error", "warning", "info"] as const) counts[key] += entry.counts[key];
  const report: CheckReport = { schemaVersion: SCHEMA_VERSION, files: entries, counts };
  return `${JSON.stringify(report, null, 2)}\n`;
}
