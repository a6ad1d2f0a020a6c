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
import { readPreambleAdoption } from "./decree-preamble.js";
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
    readPreambleAdoption(folded) !== null ||
    (effectiveFrom.test(folded) && folded.includes("公布")) ||
    signatory.test(folded) ||
    dateLine.test(compact)
  );
}

function isTitleCandidate(line: SourceLine): boolean {
  return line.text.length <= 60 && !/[。；;，,]/.test(line.text);
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Whether the title lines `[start, end)` repeat the title the segment opens with at `from` (on its first one to three lines). */
function repeatsTitle(lines: SourceLine[], from: number, start: number, end: number): boolean {
  // Zero-width characters a web page leaves on lines of their own are no part of a title.
  const again = lines.slice(start, end).map((line) => titleKey(line.text).replace(ZERO_WIDTH, "")).join("");
  let own = "";
  for (let at = from; at < Math.min(start, from + LONGEST_TITLE_BLOCK); at++) {
    own += titleKey((lines[at] as SourceLine).text);
    if (own === again) return true;
    if (!again.startsWith(own)) return false;
  }
  return false;
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

/** Where a title stands: its first line and how many lines it takes. */
interface TitleHit {
  at: number;
  length: number;
}

/**
 * Every place a title could start, by its key: for each title-length line,
 * the keys of it and of it joined with the next one and two lines. Built once
 * (3 keys a line at most), so looking up every contents entry is linear in
 * the body, however many entries match nothing.
 */
class TitleIndex {
  private readonly places = new Map<string, TitleHit[]>();
  /** Per key, how many of its places lie before the cursor of the last lookup. */
  private readonly passed = new Map<string, number>();

  /** `titles`: the keys that will be looked up; only lines that could start one of them are indexed. */
  constructor(keys: Keys, titles: readonly string[]) {
    const firsts = new Set(titles.map((title) => title[0]));
    const longest = titles.reduce((most, title) => Math.max(most, title.length), 0);
    for (let at = 0; at < keys.length; at++) {
      // Cheap test first: most lines start with no title's first character.
      if (!firsts.has(keys.first(at))) continue;
      const key = keys.at(at);
      // A line that starts with a blank, or is too long to be a title, starts none.
      if (key.length === 0 || keys.first(at) !== key[0]) continue;
      let joined = "";
      for (let length = 1; length <= LONGEST_TITLE_WINDOW && at + length <= keys.length; length++) {
        joined += keys.at(at + length - 1);
        if (joined.length > longest) break;
        const list = this.places.get(joined);
        if (list === undefined) this.places.set(joined, [{ at, length }]);
        else if ((list[list.length - 1] as TitleHit).at !== at) list.push({ at, length });
      }
    }
  }

  /** The first place of `key` at or after `from` (which never decreases from one call to the next). */
  find(key: string, from: number): TitleHit | null {
    const list = this.places.get(key);
    if (list === undefined) return null;
    let index = this.passed.get(key) ?? 0;
    while (index < list.length && (list[index] as TitleHit).at < from) index++;
    this.passed.set(key, index);
    return list[index] ?? null;
  }
}

/** Lines that partial matching may read in all, per line of the body: beyond it, entries stay unmatched. */
const PARTIAL_READS_PER_LINE = 4;

/** A line that is part of the title (`政府工作报告` for `2025年洛阳市人民政府工作报告`), within a budget of lines read. */
function findPartialTitle(lines: SourceLine[], keys: Keys, key: string, from: number, to: number, budget: { lines: number }): TitleHit | null {
  for (let at = from; at < to && budget.lines > 0; at++) {
    budget.lines--;
    const lineKey = keys.at(at);
    if (lineKey.length >= SHORTEST_PARTIAL_TITLE && key.includes(lineKey) && isTitleCandidate(lines[at] as SourceLine)) return { at, length: 1 };
  }
  return null;
}

/**
 * Split the body of an issue into documents, guided by the contents: each
 * entry's title is looked for in order (exactly, across up to three lines,
 * through an index of the body's title keys; then as a part of the title,
 * reading at most four times the body's lines in all), and a decree's heading
 * block above the title is taken into the document. Entries not found get
 * `document: null`.
 */
export function segmentByContents(lines: SourceLine[], contents: ContentsEntry[]): { segments: Segment[]; missing: number[] } {
  const keys = new Keys(lines);
  const entryKeys = contents.map((entry) => titleKey(entry.title));
  const titles = new TitleIndex(keys, entryKeys);
  const found: Array<TitleHit | null> = [];
  let cursor = 0;
  for (const key of entryKeys) {
    const hit = titles.find(key, cursor);
    found.push(hit);
    if (hit !== null) cursor = hit.at + hit.length;
  }
  const budget = { lines: PARTIAL_READS_PER_LINE * lines.length };
  // Partial matches, only between the neighbours that matched exactly: where
  // the nearest exact match before each entry ends, and where the one after starts.
  const after: number[] = new Array(contents.length);
  let next = lines.length;
  for (let index = contents.length - 1; index >= 0; index--) {
    after[index] = next;
    const hit = found[index];
    if (hit) next = hit.at;
  }
  let from = 0;
  for (let index = 0; index < contents.length; index++) {
    const hit = found[index];
    if (hit) {
      from = hit.at + hit.length;
      continue;
    }
    const partial = findPartialTitle(lines, keys, titleKey((contents[index] as ContentsEntry).title), from, after[index] as number, budget);
    found[index] = partial;
    if (partial !== null) from = partial.at + partial.length;
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
        // A title printed again over its own 文号 (a page reproducing the document under its headnote) is not a new document.
        if (start > from && repeatsTitle(lines, from, start, at)) start = -1;
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
