import {
  attachmentLabel,
  attachmentList,
  dateLine,
  decreeHeading,
  decreeNumber,
  docNumberLine,
  effectiveFrom,
  signatory,
} from "../regexes.js";
import { foldedKey, squeezeLayoutBlanks, titleKey } from "../util/chars.js";
import type { SourceLine } from "../util/position.js";
import { readDecreeAdoption } from "./dated-phrase.js";
import type { ContentsEntry } from "./front-matter.js";

/** A document's lines within the body, and the contents entry that names it. */
export interface Segment {
  from: number;
  to: number;
  /** Index of the contents entry, or null. */
  entry: number | null;
}

const LONGEST_TITLE_WINDOW = 3;
const LONGEST_TITLE_LINE = 100;
const SHORTEST_PARTIAL_TITLE = 4;
const LONGEST_HEADER_BACKTRACK = 8;

/** Lines printed above a title that belong to the same document (a decree's heading block). */
function isLeadIn(line: SourceLine): boolean {
  const folded = line.folded;
  const compact = squeezeLayoutBlanks(folded);
  return (
    decreeHeading.test(compact) ||
    decreeNumber.test(compact) ||
    readDecreeAdoption(folded) !== null ||
    (effectiveFrom.test(folded) && folded.includes("公布")) ||
    signatory.test(folded) ||
    dateLine.test(compact)
  );
}

function isTitleCandidate(line: SourceLine): boolean {
  return line.text.length <= 60 && !/[。；;，,]/.test(line.text);
}

/** Title keys of lines, computed on first use: most lines are never compared. */
class Keys {
  private readonly cache: Array<string | undefined>;
  constructor(private readonly lines: SourceLine[]) {
    this.cache = new Array(lines.length);
  }
  get length(): number {
    return this.lines.length;
  }
  /** The first character of a line, folded (a cheap filter before the key is built). */
  first(at: number): string {
    return (this.lines[at] as SourceLine).folded[0] ?? "";
  }
  at(index: number): string {
    let key = this.cache[index];
    if (key === undefined) {
      const line = this.lines[index] as SourceLine;
      // Titles are short; a paragraph line never matches, so it is not keyed.
      key = line.text.length <= LONGEST_TITLE_LINE ? foldedKey(line.folded) : "";
      this.cache[index] = key;
    }
    return key;
  }
}

/** Where the title `key` starts at or after `from`: 1–3 consecutive lines whose keys concatenate to it. */
function findTitle(keys: Keys, key: string, from: number, to: number): { at: number; length: number } | null {
  const first = key[0];
  for (let at = from; at < to; at++) {
    if (keys.first(at) !== first) continue;
    let joined = "";
    for (let length = 1; length <= LONGEST_TITLE_WINDOW && at + length <= to; length++) {
      joined += keys.at(at + length - 1);
      if (joined === key) return { at, length };
      if (!key.startsWith(joined)) break;
    }
  }
  return null;
}

/** A line that is part of the title (`政府工作报告` for `2025年洛阳市人民政府工作报告`). */
function findPartialTitle(lines: SourceLine[], keys: Keys, key: string, from: number, to: number): { at: number; length: number } | null {
  for (let at = from; at < to; at++) {
    const lineKey = keys.at(at);
    if (lineKey.length >= SHORTEST_PARTIAL_TITLE && key.includes(lineKey) && isTitleCandidate(lines[at] as SourceLine)) return { at, length: 1 };
  }
  return null;
}

/**
 * Split the body of an issue into documents, guided by the contents: each
 * entry's title is looked for in order (exactly, across up to three lines,
 * then as a part of the title), and a decree's heading block above the title
 * is taken into the document. Entries not found get `document: null`.
 */
export function segmentByContents(lines: SourceLine[], contents: ContentsEntry[]): { segments: Segment[]; missing: number[] } {
  const keys = new Keys(lines);
  const found: Array<{ at: number; length: number } | null> = [];
  let cursor = 0;
  for (const entry of contents) {
    const hit = findTitle(keys, titleKey(entry.title), cursor, lines.length);
    found.push(hit);
    if (hit !== null) cursor = hit.at + hit.length;
  }
  // Partial matches, only between the neighbours that matched exactly.
  for (let index = 0; index < contents.length; index++) {
    if (found[index] !== null) continue;
    let from = 0;
    for (let before = index - 1; before >= 0; before--) {
      const hit = found[before];
      if (hit) {
        from = hit.at + hit.length;
        break;
      }
    }
    let to = lines.length;
    for (let after = index + 1; after < contents.length; after++) {
      const hit = found[after];
      if (hit) {
        to = hit.at;
        break;
      }
    }
    found[index] = findPartialTitle(lines, keys, titleKey((contents[index] as ContentsEntry).title), from, to);
  }
  const starts: Array<{ start: number; entry: number }> = [];
  const missing: number[] = [];
  let floor = 0;
  found.forEach((hit, entry) => {
    if (hit === null || hit === undefined) {
      missing.push(entry);
      return;
    }
    let earliest = hit.at;
    while (earliest > floor && hit.at - earliest < LONGEST_HEADER_BACKTRACK && isLeadIn(lines[earliest - 1] as SourceLine)) earliest--;
    // Only a decree's heading block is taken in: a date above a title may be the previous document's signature.
    let start = hit.at;
    for (let at = earliest; at < hit.at; at++) {
      if (decreeHeading.test(titleKey((lines[at] as SourceLine).text))) {
        start = at;
        break;
      }
    }
    starts.push({ start, entry });
    floor = hit.at + hit.length;
  });
  const segments = starts.map((start, index) => ({
    from: start.start,
    to: starts[index + 1]?.start ?? lines.length,
    entry: start.entry,
  }));
  return { segments, missing };
}

/** A document's own 文号 line comes within this many lines of its start (after a title of up to three lines). */
const OWN_DOC_NUMBER = 4;
const LONGEST_TITLE_BLOCK = 3;
/** A decree heading or a 文号 line with its date is short. */
const LONGEST_HEADER_LINE = 60;
/** Lines a new document takes at least: title and 文号. */
const SHORTEST_DOCUMENT = 2;

/**
 * Split segments where an unlisted document starts: a decree's heading
 * (`…令` over `第N号`) or a 文号 line with its title lines above it, past the
 * segment's own header. Documents found so have no contents entry. Attachments
 * that reproduce a 文号 (under a `附件` label) are not split off.
 */
export function splitUnlisted(lines: SourceLine[], segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    let from = segment.from;
    let entry = segment.entry;
    for (let at = segment.from + 1; at < segment.to; at++) {
      const line = lines[at] as SourceLine;
      // Cheap test first: a decree heading ends with 令, a 文号 line holds 号.
      if (line.text.length > LONGEST_HEADER_LINE || (!line.text.endsWith("令") && !line.text.includes("号"))) continue;
      const compact = squeezeLayoutBlanks(line.folded);
      let start = -1;
      if (decreeHeading.test(compact) && decreeNumber.test(squeezeLayoutBlanks(lines[at + 1]?.folded ?? ""))) {
        start = at;
      } else if (docNumberLine.test(compact) && at - from > OWN_DOC_NUMBER) {
        start = at;
        while (start > from + 1 && at - start < LONGEST_TITLE_BLOCK && isTitleCandidate(lines[start - 1] as SourceLine)) start--;
        if (start === at) start = -1;
        const above = lines.slice(Math.max(from, start - 2), start);
        if (above.some((l) => attachmentLabel.test(squeezeLayoutBlanks(l.folded)) || attachmentList.test(squeezeLayoutBlanks(l.folded)))) start = -1;
      }
      if (start <= from) continue;
      out.push({ from, to: start, entry });
      from = start;
      entry = null;
      at = start + SHORTEST_DOCUMENT;
    }
    out.push({ from, to: segment.to, entry });
  }
  return out;
}
