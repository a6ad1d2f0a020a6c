import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from "../../diagnostics.js";
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { CheckedFile } from "./types.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** A relative file URI as SARIF wants it (forward slashes, percent-encoded). */
function uriOf(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}

/** SARIF 2.1.0, for code scanning: one run, the rule catalogue, one result per diagnostic. */
export function formatSarif(files: CheckedFile[], version: string): string {
  const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
  const index = new Map(codes.map((code, at) => [code, at]));
  const results: Result[] = files.flatMap(({ file, diagnostics }) =>
    diagnostics.map((diagnostic): Result => {
      const region = diagnostic.position
        ? {
            startLine: diagnostic.position.start.line,
            startColumn: diagnostic.position.start.column,
            endLine: diagnostic.position.end.line,
            endColumn: diagnostic.position.end.column,
            charOffset: diagnostic.position.start.offset,
            charLength: diagnostic.position.end.offset - diagnostic.position.start.offset,
          }
        : undefined;
      return {
        ruleId: diagnostic.code,
        ruleIndex: index.get(diagnostic.code) ?? 0,
        level: LEVEL[diagnostic.severity],
        message: { text: diagnostic.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(file) }, ...(region ? { region } : {}) } }],
      };
    }),
  );
  const rules: ReportingDescriptor[] = codes.map((code) => ({
    id: code,
    shortDescription: { text: DIAGNOSTIC_CODES[code].description },
    defaultConfiguration: { level: LEVEL[DIAGNOSTIC_CODES[code].severity] },
  }));
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gongbao",
            version,
            informationUri: "https://www.npmjs.com/package/gongbao",
            rules,
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
