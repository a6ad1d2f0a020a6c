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


/** Display width of one character in a terminal: wide (CJK) characters take two cells. */
function charWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000 ? 2 : 1;
}

/** Display width of a string in a terminal. */
export function width(text: string): number {
  let cells = 0;
  for (const char of text) cells += charWidth(char.codePointAt(0) ?? 0);
  return cells;
}

/** How many terminal cells of a source line are shown around a diagnostic's spot. */
export const WINDOW_CELLS = 100;
/** Cells kept before the spot when the line must be cut. */
const CONTEXT_BEFORE = 30;
const ELLIPSIS = "…";

/** Characters of `text` (whole code points) that fit into `cells`, from the start or (backward) from the end. */
function fit(text: string, cells: number, fromEnd: boolean): string {
  const chars = Array.from(text);
  if (fromEnd) chars.reverse();
  let used = 0;
  let count = 0;
  for (const char of chars) {
    const next = used + charWidth(char.codePointAt(0) ?? 0);
    if (next > cells) break;
    used = next;
    count++;
  }
  const kept = chars.slice(0, count);
  if (fromEnd) kept.reverse();
  return kept.join("");
}

/**
 * The part of a source line shown for a diagnostic: the whole line when it
 * fits in `WINDOW_CELLS`, otherwise a window that starts a little before the
 * spot, with `…` where the line was cut (as compilers show long lines).
 * `before` is the text left of the spot, `marked` the spot, `after` the rest.
 */
export function sourceWindow(before: string, marked: string, after: string, cells = WINDOW_CELLS): { line: string; pad: number; caret: number } {
  if (width(before) + width(marked) + width(after) <= cells) return { line: before + marked + after, pad: width(before), caret: Math.max(1, width(marked)) };
  const shownBefore = width(before) > CONTEXT_BEFORE ? ELLIPSIS + fit(before, CONTEXT_BEFORE - 1, true) : before;
  const room = cells - width(shownBefore);
  const shownMarked = width(marked) > room - 1 ? fit(marked, room - 1, false) : marked;
  const rest = room - width(shownMarked);
  const shownAfter = width(after) > rest ? fit(after, Math.max(0, rest - 1), false) + ELLIPSIS : after;
  const cut = shownMarked.length < marked.length;
  return { line: shownBefore + shownMarked + (cut ? ELLIPSIS : "") + (cut ? "" : shownAfter), pad: width(shownBefore), caret: Math.max(1, width(shownMarked)) };
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
        const visible = line.replace(/[\t\u0000-\u001f\u007f]/g, " ");
        const from = Math.min(start.column - 1, visible.length);
        const to = sameLine ? Math.min(visible.length, Math.max(from + 1, end.column - 1)) : Math.min(visible.length, from + 1);
        const shown = sourceWindow(visible.slice(0, from), visible.slice(from, to), visible.slice(to));
        out.push(`  ${shown.line}`);
        out.push(`  ${" ".repeat(shown.pad)}${paint(diagnostic.severity, "^".repeat(shown.caret))}`);
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
