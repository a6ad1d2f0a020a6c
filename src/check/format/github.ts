import type { Severity } from "../../diagnostics.js";
import type { CheckedFile } from "./types.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** Escape data of a workflow command (the message). */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a property of a workflow command (file, title). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=code::message`. */
export function formatGithub(files: CheckedFile[]): string {
  const out: string[] = [];
  for (const { file, diagnostics } of files) {
    for (const diagnostic of diagnostics) {
      const properties = [`file=${escapeProperty(file)}`];
      const position = diagnostic.position;
      if (position !== undefined) {
        properties.push(`line=${position.start.line}`, `col=${position.start.column}`);
        properties.push(`endLine=${position.end.line}`);
        if (position.end.line === position.start.line) properties.push(`endColumn=${position.end.column}`);
      }
      properties.push(`title=${escapeProperty(diagnostic.code)}`);
      out.push(`::${COMMAND[diagnostic.severity]} ${properties.join(",")}::${escapeData(diagnostic.message)}`);
    }
  }
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
