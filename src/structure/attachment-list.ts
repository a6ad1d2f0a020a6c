import { attachmentLabel, attachmentList, attachmentNumbers, titleEnding, yearFirst } from "../regexes.js";
import { isBlank, squeezeLayoutBlanks, titleKey } from "../util/chars.js";
import { readIssuerLine } from "./closing.js";
import { type Position, type SourceLine, cover, spanOn } from "../util/position.js";

/** One title of an attachment list (附件说明), before it is linked to the attachment printed with it. */
export interface ListedAttachment {
  /** The number printed before the title (`1.`), or null for a single unnumbered attachment. */
  number: number | null;
  /** The title as printed, layout blanks squeezed. */
  title: string;
  /** The title's key (folded, no blanks), for matching. */
  key: string;
  position: Position;
}

const LONGEST_LISTED_TITLE = 60;
/** The rest of a listed title carried to the next line is short. */
const LONGEST_TITLE_TAIL = 30;
/** Lines of a list that are titles, not sentences. */
const SENTENCE = /[。；;]/;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The entries printed on one line from `from` (the text after `附件：`, or a whole continuation line). */
function entriesOn(line: SourceLine, from: number): ListedAttachment[] {
  const folded = line.folded.slice(from);
  const cuts: Array<{ at: number; after: number; number: number }> = [];
  for (const match of folded.matchAll(attachmentNumbers)) {
    const end = (match.index ?? 0) + match[0].length;
    const at = end - (match[1] ?? "").length - 1;
    // `1.5` is a number, not a list number; `1.2025年…` is one.
    if (isDigit(folded.charCodeAt(end)) && !yearFirst.test(folded.slice(end, end + 5))) continue;
    let after = end;
    while (after < folded.length && isBlank(folded.charCodeAt(after))) after++;
    cuts.push({ at, after, number: Number(match[1]) });
  }
  const entry = (start: number, end: number, number: number | null): ListedAttachment | null => {
    const raw = line.text.slice(from + start, from + end);
    const trimmed = raw.trimEnd();
    if (trimmed.length === 0) return null;
    const begin = line.contentStart + from + start;
    return { number, title: squeezeLayoutBlanks(trimmed), key: titleKey(trimmed), position: spanOn(line, begin, begin + trimmed.length) };
  };
  if (cuts.length === 0 || (cuts[0] as { at: number }).at > 0) {
    const single = entry(0, cuts[0]?.at ?? folded.length, null);
    return single === null ? [] : [single];
  }
  const out: ListedAttachment[] = [];
  cuts.forEach((cut, index) => {
    const read = entry(cut.after, cuts[index + 1]?.at ?? folded.length, cut.number);
    if (read !== null) out.push(read);
  });
  return out;
}

/**
 * Read the attachment list at `lines[at]` (`附件：甲`, `附件：1. 甲  2. 乙`, or
 * `附件：` with numbered titles on the lines under it). Returns the entries
 * and the index of the first line after the list.
 */
export function readAttachmentList(lines: SourceLine[], at: number, to: number): { entries: ListedAttachment[]; end: number } {
  const first = lines[at] as SourceLine;
  const label = attachmentList.exec(first.folded);
  const inlineStart = label === null ? first.text.length : first.text.length - (label[1] ?? "").length;
  const entries = entriesOn(first, inlineStart);
  const numbered = entries.length === 0 || entries[0]?.number !== null;
  let end = at + 1;
  // Further titles, one or more per line, numbered when there are several (a single one may follow a bare `附件：`).
  while (end < to && numbered) {
    const line = lines[end] as SourceLine;
    if (line.text.length > LONGEST_LISTED_TITLE || SENTENCE.test(line.folded) || attachmentLabel.test(squeezeLayoutBlanks(line.folded))) break;
    const more = entriesOn(line, 0);
    const unnumbered = more[0]?.number === null;
    // A numbered title too long for its line goes on under it: `1.国土资源部关于…地质险情` / `调研情况的报告`.
    const last = entries[entries.length - 1];
    if (last !== undefined && last.number !== null && unnumbered && more.length === 1 && !titleEnding.test(last.key) && line.text.length <= LONGEST_TITLE_TAIL && readIssuerLine(line) === null) {
      const tail = more[0] as ListedAttachment;
      entries[entries.length - 1] = { ...last, title: last.title + tail.title, key: last.key + tail.key, position: cover(last.position, tail.position) };
      end++;
      continue;
    }
    if (more.length === 0 || (entries.length > 0 && unnumbered)) break;
    if (more.some((entry) => entries.some((seen) => seen.key === entry.key))) break;
    entries.push(...more);
    end++;
    if (unnumbered) break;
  }
  return { entries, end };
}
