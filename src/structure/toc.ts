import { contentsHeading } from "../regexes.js";
import { tokenizeMarker } from "../tokenize/tokenize.js";
import { squeezeLayoutBlanks } from "../util/chars.js";
import { type SourceLine, lineSpan } from "../util/position.js";
import { readLeader } from "./front-matter.js";
import { type OutlineNode, nodeFromLine } from "./node.js";
import type { TocEntry } from "../schema/result.js";
export type { TocEntry };

/** A level of a law's table of contents. */
export type TocLevel = "part" | "chapter" | "section";


export interface Toc {
  entries: TocEntry[];
  /** The heading and entry lines, as outline nodes. */
  nodes: OutlineNode[];
  /** Index of the first line after the 目录. */
  end: number;
}

const LONGEST_ENTRY = 60;
const SENTENCE_PUNCTUATION = /[。；;，,:：]/;
/** A page number after a blank: `第一章 总则  1`. */
const TRAILING_PAGE = /\s([0-9]{1,4})$/;
/** An unnumbered closing chapter, listed in some tables of contents (民法典). */
const UNNUMBERED_CLOSING = "附则";

/** The entry a line of a 目录 gives, or null when the line is not one. */
function tocEntry(line: SourceLine): TocEntry | null {
  const folded = line.folded;
  if (line.text.length > LONGEST_ENTRY || SENTENCE_PUNCTUATION.test(folded)) return null;
  const marker = tokenizeMarker(line, folded);
  let level: TocLevel;
  let number: number | null;
  let rest: string;
  if (marker === null) {
    const leader = readLeader(folded);
    if (squeezeLayoutBlanks(leader?.title ?? folded.replace(TRAILING_PAGE, "")) !== UNNUMBERED_CLOSING) return null;
    level = "chapter";
    number = null;
    rest = folded;
  } else {
    if (marker.kind !== "part" && marker.kind !== "chapter" && marker.kind !== "section") return null;
    level = marker.kind;
    number = marker.value;
    rest = line.text.slice(marker.raw.length);
  }
  let page: number | null = null;
  const leader = readLeader(rest);
  if (leader !== null) {
    rest = leader.title;
    page = leader.page;
  } else {
    const trailing = TRAILING_PAGE.exec(rest);
    if (trailing !== null) {
      page = Number(trailing[1]);
      rest = rest.slice(0, trailing.index);
    }
  }
  const title = squeezeLayoutBlanks(rest.trim());
  return { level, number, title: number === null ? UNNUMBERED_CLOSING : title, page, position: lineSpan(line) };
}

/**
 * A printed table of contents (`目　　录` and the 编/章/节 lines under it,
 * with or without page numbers) at `from`. It ends before the first line
 * that is not an entry, before an entry that repeats one already listed (the
 * body's first heading), and before a heading followed by an article. Null
 * when there is no 目录 heading there or no entry under it. The entries are
 * never chapters: the body's headings are.
 */
export function readToc(lines: SourceLine[], from: number): Toc | null {
  const heading = lines[from];
  if (heading === undefined || !contentsHeading.test(squeezeLayoutBlanks(heading.folded))) return null;
  const entries: TocEntry[] = [];
  const nodes: OutlineNode[] = [nodeFromLine(heading, "toc-heading")];
  // Chapters restart in each 编 and sections in each 章: an entry is known by its place.
  const seen = new Set<string>();
  let part = "";
  let chapter = "";
  let at = from + 1;
  for (; at < lines.length; at++) {
    const line = lines[at] as SourceLine;
    const entry = tocEntry(line);
    if (entry === null) break;
    const number = String(entry.number ?? entry.title);
    const key = entry.level === "part" ? `${number}` : entry.level === "chapter" ? `${part}/${number}` : `${part}/${chapter}/${number}`;
    if (seen.has(key)) break;
    const next = lines[at + 1];
    if (entries.length > 0 && next !== undefined && tokenizeMarker(next)?.kind === "article") break;
    seen.add(key);
    if (entry.level === "part") {
      part = number;
      chapter = "";
    } else if (entry.level === "chapter") chapter = number;
    entries.push(entry);
    nodes.push(nodeFromLine(line, "toc-entry"));
  }
  if (entries.length === 0) return null;
  return { entries, nodes, end: at };
}
