import { fold, isBlank } from "../util/chars.js";
import type { SourceLine } from "../util/position.js";

/**
 * Split text into physical lines (`\n`, `\r\n` or `\r`), with content bounds.
 * Linear. With `skipBlank`, blank lines are not returned (numbers still count them).
 */
export function splitLines(text: string, skipBlank = false): SourceLine[] {
  return build(text, skipBlank, Infinity) as SourceLine[];
}

/**
 * `splitLines(text, true)` within a budget: the lines, or, once more than
 * `limit` are found, how many the whole text has (the rest counted without
 * being built). The budget is checked in the pass that builds the lines, and
 * refusing costs no more memory than the budget allows.
 */
export function splitNonBlankLinesWithin(text: string, limit: number): SourceLine[] | number {
  return build(text, true, limit);
}

function build(text: string, skipBlank: boolean, limit: number): SourceLine[] | number {
  const lines: SourceLine[] = [];
  // Folded once for the whole text: the same length, so line offsets apply.
  const folded = fold(text);
  let start = 0;
  let number = 1;
  const length = text.length;
  for (let index = 0; index <= length; index++) {
    const code = index < length ? text.charCodeAt(index) : -1;
    if (code !== 10 && code !== 13 && code !== -1) continue;
    let contentStart = start;
    while (contentStart < index && isBlank(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = index;
    while (contentEnd > contentStart && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
    if (!skipBlank || contentEnd > contentStart) {
      if (lines.length === limit) return limit + countNonBlankLines(text, start);
      lines.push({ number, start, end: index, contentStart, contentEnd, text: text.slice(contentStart, contentEnd), folded: folded.slice(contentStart, contentEnd) });
    }
    if (code === 13 && index + 1 < length && text.charCodeAt(index + 1) === 10) index++;
    start = index + 1;
    number++;
  }
  return lines;
}

/**
 * How many lines `splitLines(text, true)` returns from the line that starts
 * at or holds `from` on, without building them. Linear, no allocation.
 */
export function countNonBlankLines(text: string, from = 0): number {
  let count = 0;
  let content = false;
  const length = text.length;
  for (let index = from; index <= length; index++) {
    const code = index < length ? text.charCodeAt(index) : -1;
    if (code !== 10 && code !== 13 && code !== -1) {
      if (!content && !isBlank(code)) content = true;
      continue;
    }
    if (content) count++;
    content = false;
    if (code === 13 && index + 1 < length && text.charCodeAt(index + 1) === 10) index++;
  }
  return count;
}
