import type { CheckedFile } from "./types.js";

/** `{ files: [{ file, counts, diagnostics }], counts }`, for programs. */
export function formatJson(files: CheckedFile[]): string {
  const entries = files.map(({ file, diagnostics, counts }) => ({ file, counts, diagnostics }));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const entry of files) for (const key of ["error", "warning", "info"] as const) counts[key] += entry.counts[key];
  return `${JSON.stringify({ files: entries, counts }, null, 2)}\n`;
}
