import type { Severity } from "../../diagnostics.js";
import { lineStarts } from "../../input/assembled-lines.js";
import type { CheckedFile } from "./types.js";

const COLOURS: Record<Severity | "dim" | "bold", [string, string]> = {
  error: ["\u001b[31m", "\u001b[39m"],
  warning: ["\u001b[33m", "\u001b[39m"],
  info: ["\u001b[36m", "\u001b[39m"],
  dim: ["\u001b[2m", "\u001b[22m"],
  bold: ["\u001b[1m", "\u001b[22m"],
};


/** Display width of a string in a terminal: wide (CJK) characters take two cells. */
function width(text: string): number {
  let cells = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    cells += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000 ? 2 : 1;
  }
  return cells;
}

/**
 * `file:line:col severity code message`, then the source line and a caret
 * under the spot. Colour only when asked (a TTY without NO_COLOR).
 */
export function formatText(files: CheckedFile[], colour: boolean): string {
  const paint = (kind: keyof typeof COLOURS, text: string) => (colour ? `${COLOURS[kind][0]}${text}${COLOURS[kind][1]}` : text);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const { file, text, diagnostics, counts } of files) {
    const starts = lineStarts(text);
    for (const diagnostic of diagnostics) {
      const start = diagnostic.position?.start;
      const place = start ? `${file}:${start.line}:${start.column}` : file;
      out.push(`${paint("bold", place)} ${paint(diagnostic.severity, diagnostic.severity)} ${paint("dim", diagnostic.code)} ${diagnostic.message}`);
      if (start !== undefined) {
        const lineStart = starts[start.line - 1] ?? 0;
        const lineEnd = starts[start.line] ?? text.length;
        const line = text.slice(lineStart, lineEnd).replace(/\r?\n$/, "");
        const end = diagnostic.position?.end;
        const sameLine = end !== undefined && end.line === start.line;
        const before = line.slice(0, start.column - 1).replace(/\t/g, " ");
        const marked = sameLine ? line.slice(start.column - 1, Math.max(start.column, end.column - 1)) : line.slice(start.column - 1, start.column);
        out.push(`  ${line.replace(/\t/g, " ")}`);
        out.push(`  ${" ".repeat(width(before))}${paint(diagnostic.severity, "^".repeat(Math.max(1, width(marked))))}`);
      }
    }
    totals.error += counts.error;
    totals.warning += counts.warning;
    totals.info += counts.info;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  out.push(`${files.length === 1 ? "1 file" : `${files.length} files`}: ${paint("error", plural(totals.error, "error"))}, ${paint("warning", plural(totals.warning, "warning"))}, ${totals.info} info`);
  return `${out.join("\n")}\n`;
}
