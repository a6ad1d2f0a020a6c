import type { DiagnosticSink } from "../diagnostics.js";
import {
  contentsHeading,
  contentsHeadingEn,
  dateLine,
  decreeHeading,
  docNumberLine,
  editorialBoardHeading,
  gazetteTitle,
  issueNumberLine,
  issueSerialLine,
  labelLine,
  slogan,
} from "../regexes.js";
import { isBlank, squeezeLayoutBlanks } from "../util/chars.js";
import { type Position, type SourceLine, cover, lineSpan, spanOn } from "../util/position.js";
import { readDate } from "./date.js";
import type { MastheadLine, BoardEntry, ColophonEntry, Issue, ContentsEntry, Furniture } from "../schema/result.js";
export type { MastheadLine, BoardEntry, ColophonEntry, Issue, ContentsEntry, Furniture };







export interface FrontMatter {
  issue: Issue | null;
  contents: ContentsEntry[];
  /** Category headings of the contents (`市政府文件`), as printed. */
  categories: Array<{ text: string; position: Position }>;
  furniture: Furniture[];
  /** Index (into the non-blank lines) of the first line after the front matter. */
  end: number;
  /** Front-matter lines no rule placed. */
  unclassified: SourceLine[];
}

const MASTHEAD_WINDOW = 12;
/** A contents title wraps over at most this many lines before its leader. */
const LONGEST_CONTENTS_TITLE = 3;
const BOARD_ROLES = /^(?:主编|执行主编|副主编|责任编辑|编委|委员|编辑|美术编辑|校对|总编辑|副总编辑)$/;
const NAMES_LINE = /^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*$/;
const CATEGORY_SUFFIX = /(?:文件|规章|报告|公告|通告|决定|命令|令|信息|简讯|动态|任免|批复|选登|专栏|意见|通知)$/;
const LONGEST_CATEGORY = 12;
const ASCII_ONLY = /^[\x20-\x7e\t]+$/;

interface Leader {
  title: string;
  page: number;
}

/** Split `题名.....\t45` into title and page; null when the line has no leader. */
export function readLeader(text: string): Leader | null {
  let end = text.length;
  let digits = end;
  while (digits > 0 && text.charCodeAt(digits - 1) >= 0x30 && text.charCodeAt(digits - 1) <= 0x39) digits--;
  if (digits === end || end - digits > 4) return null;
  const page = Number(text.slice(digits, end));
  end = digits;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let dots = end;
  while (dots > 0 && ".．…·".includes(text[dots - 1] ?? "")) dots--;
  const run = text.slice(dots, end);
  if (run.length < 2 && !run.includes("…")) return null;
  return { title: text.slice(0, dots).trim(), page };
}

function isCategory(text: string): boolean {
  const compact = squeezeLayoutBlanks(text);
  return compact.length <= LONGEST_CATEGORY && CATEGORY_SUFFIX.test(compact) && !/[，。,.:：]/.test(compact);
}

function rawOf(source: string, first: SourceLine, last: SourceLine): string {
  return source.slice(first.contentStart, last.contentEnd);
}

/**
 * Read the front matter of a gazette issue: masthead, contents (Chinese and
 * English), editorial board and colophon. Returns `issue: null` and `end: 0`
 * when the input does not open like a gazette issue.
 */
export function readFrontMatter(source: string, lines: SourceLine[], sink: DiagnosticSink): FrontMatter {
  const none: FrontMatter = { issue: null, contents: [], categories: [], furniture: [], end: 0, unclassified: [] };
  const window = lines.slice(0, MASTHEAD_WINDOW).map((line) => line.folded);
  const titleIndex = window.findIndex((text) => gazetteTitle.test(squeezeLayoutBlanks(text)));
  if (titleIndex === -1 || !window.some((text) => issueNumberLine.test(text))) return none;

  const masthead: MastheadLine[] = [];
  const furniture: Furniture[] = [];
  const contents: ContentsEntry[] = [];
  const english: EnglishEntry[] = [];
  const board: BoardEntry[] = [];
  const colophon: ColophonEntry[] = [];
  const unclassified: SourceLine[] = [];
  const categories: Array<{ text: string; position: Position }> = [];
  const issue: Issue = {
    title: "",
    year: null,
    number: null,
    serial: null,
    date: null,
    masthead,
    editorialBoard: board,
    colophon,
    position: lineSpan(lines[0] as SourceLine),
  };

  type State = "masthead" | "contents" | "board" | "english";
  let state: State = "masthead";
  let category: string | null = null;
  let pending: SourceLine[] = [];
  let pendingEn: SourceLine[] = [];
  let index = 0;
  let lastFront = 0;
  /** Index of the last line of the latest board entry: only the next line can continue it. */
  let boardEnd = -1;

  for (; index < lines.length; index++) {
    const line = lines[index] as SourceLine;
    const folded = line.folded;
    const position = lineSpan(line);
    // A contents entry covers its lines from the first to the leader: a title
    // broken by a slogan or a heading cannot be one entry; its lines stay unclassified.
    const interrupts = slogan.test(folded) || contentsHeading.test(folded) || editorialBoardHeading.test(folded) || contentsHeadingEn.test(folded);
    if (interrupts && pending.length + pendingEn.length > 0) {
      unclassified.push(...pending, ...pendingEn);
      pending = [];
      pendingEn = [];
    }
    if (slogan.test(folded)) {
      furniture.push({ kind: "slogan", text: line.text, position });
      lastFront = index;
      continue;
    }
    if (contentsHeading.test(folded)) {
      state = "contents";
      masthead.push({ role: "heading", text: line.text, position });
      lastFront = index;
      continue;
    }
    if (editorialBoardHeading.test(folded)) {
      state = "board";
      masthead.push({ role: "heading", text: line.text, position });
      lastFront = index;
      continue;
    }
    if (contentsHeadingEn.test(folded)) {
      state = "english";
      masthead.push({ role: "heading", text: line.text, position });
      lastFront = index;
      continue;
    }
    if (state === "masthead") {
      const compact = squeezeLayoutBlanks(folded);
      let number: RegExpExecArray | null;
      let serial: RegExpExecArray | null;
      if (gazetteTitle.test(compact) && issue.title === "") {
        issue.title = squeezeLayoutBlanks(line.text);
        masthead.push({ role: "title", text: line.text, position });
      } else if ((number = issueNumberLine.exec(compact)) !== null) {
        issue.year = Number(number[1]);
        issue.number = Number(number[2]);
        masthead.push({ role: "number", text: line.text, position });
      } else if ((serial = issueSerialLine.exec(compact)) !== null) {
        issue.serial = Number(serial[1]);
        masthead.push({ role: "serial", text: line.text, position });
      } else if (dateLine.test(compact)) {
        const date = readDate(compact);
        issue.date = date?.iso ?? null;
        if (date !== null && date.iso === null) sink.report("invalid-date", `No such date: ${line.text}`, position, { actual: line.text });
        masthead.push({ role: "date", text: line.text, position });
      } else {
        unclassified.push(line);
      }
      lastFront = index;
      continue;
    }
    if (state === "contents") {
      const leader = readLeader(line.text);
      if (leader === null) {
        if (pending.length === 0 && isCategory(line.text)) {
          category = squeezeLayoutBlanks(line.text);
          categories.push({ text: line.text, position });
          masthead.push({ role: "category", text: line.text, position });
        } else if (pending.length >= LONGEST_CONTENTS_TITLE || decreeHeading.test(squeezeLayoutBlanks(folded)) || docNumberLine.test(squeezeLayoutBlanks(folded))) {
          // No leader after several lines, or a document's header: the contents have ended.
          lastFront = index - pending.length - 1;
          pending = [];
          break;
        } else {
          pending.push(line);
        }
      } else {
        const first = pending[0] ?? line;
        const title = squeezeLayoutBlanks([...pending.map((p) => p.text), leader.title].join(""));
        contents.push({
          category,
          title,
          page: leader.page,
          document: null,
          raw: rawOf(source, first, line),
          position: cover(lineSpan(first), spanOn(line, line.contentStart, line.contentEnd)),
        });
        pending = [];
      }
      lastFront = index;
      continue;
    }
    if (state === "board") {
      const label = labelLine.exec(folded);
      if (label !== null && BOARD_ROLES.test(label[1] ?? "")) {
        const value = line.text.slice(line.text.length - (label[2] ?? "").length);
        board.push({ role: label[1] ?? "", names: splitNames(value, line, sink), raw: line.text, position });
        boardEnd = index;
      } else if (label !== null) {
        const value = line.text.slice(line.text.length - (label[2] ?? "").length).trim();
        colophon.push({ label: label[1] ?? "", value, raw: line.text, position });
      } else if (NAMES_LINE.test(folded) && board.length > 0 && colophon.length === 0 && boardEnd === index - 1) {
        boardEnd = index;
        const last = board[board.length - 1] as BoardEntry;
        last.names.push(...splitNames(line.text, line, sink));
        last.position = cover(last.position, position);
        last.raw = source.slice(last.position.start.offset, last.position.end.offset);
      } else if (ASCII_ONLY.test(line.text)) {
        masthead.push({ role: englishRole(line.text, masthead), text: line.text, position });
        if (issue.titleEn === undefined && /GAZETTE/i.test(line.text)) issue.titleEn = line.text;
      } else if (NAMES_LINE.test(folded)) {
        colophon.push({ label: null, value: line.text, raw: line.text, position });
      } else {
        break;
      }
      lastFront = index;
      continue;
    }
    // English contents: leader lines, with titles that may wrap.
    if (!ASCII_ONLY.test(line.text)) break;
    const leader = readLeader(line.text);
    if (leader === null) {
      pendingEn.push(line);
    } else {
      const first = pendingEn[0] ?? line;
      english.push({
        title: [...pendingEn.map((p) => p.text), leader.title].join(" "),
        page: leader.page,
        raw: rawOf(source, first, line),
        position: cover(lineSpan(first), lineSpan(line)),
        lines: [...pendingEn, line],
      });
      pendingEn = [];
    }
    lastFront = index;
  }

  for (const line of [...pending, ...pendingEn]) unclassified.push(line);
  // English entries with no Chinese entry to pair with are kept, as unclassified lines.
  for (const entry of attachEnglish(contents, english, sink)) unclassified.push(...entry.lines);
  const last = lines[lastFront] as SourceLine;
  issue.position = cover(lineSpan(lines[0] as SourceLine), lineSpan(last));
  return { issue, contents, categories, furniture, end: lastFront + 1, unclassified };
}

function englishRole(text: string, masthead: MastheadLine[]): MastheadLine["role"] {
  if (/GAZETTE/i.test(text)) return "title-en";
  if (/Issue\s+No/i.test(text) && !masthead.some((line) => line.role === "number-en")) return "number-en";
  return "publisher-en";
}

/**
 * Split a line of names: blanks separate names; a run of four Han characters
 * with no blank (`刘海毛伟`) is two two-character names, reported as a repair.
 */
function splitNames(value: string, line: SourceLine, sink: DiagnosticSink): string[] {
  const names: string[] = [];
  for (const name of value.split(/[\s\u3000]+/)) {
    if (name.length === 0) continue;
    if (/^[\u4e00-\u9fff]{4}$/.test(name)) {
      const at = line.text.indexOf(name);
      const start = line.contentStart + Math.max(0, at);
      sink.report("names-run-together", `Read 「${name}」 as two names: ${name.slice(0, 2)}, ${name.slice(2)}`, spanOn(line, start, start + 4), {
        actual: name,
        expected: `${name.slice(0, 2)} ${name.slice(2)}`,
      });
      names.push(name.slice(0, 2), name.slice(2));
    } else {
      names.push(name);
    }
  }
  return names;
}

interface EnglishEntry {
  title: string;
  page: number;
  raw: string;
  position: Position;
  lines: SourceLine[];
}

/** Pairs English contents entries with the Chinese ones; returns the entries left unpaired. */
function attachEnglish(contents: ContentsEntry[], english: EnglishEntry[], sink: DiagnosticSink): EnglishEntry[] {
  if (english.length === 0) return [];
  const aligned = english.length === contents.length && english.every((entry, i) => entry.page === contents[i]?.page);
  if (!aligned) {
    const first = english[0];
    sink.report(
      "contents-english-mismatch",
      `The English contents list ${english.length} entries; the Chinese contents list ${contents.length}`,
      first?.position,
      { actual: String(english.length), expected: String(contents.length) },
    );
  }
  // Pair by page number in order, so one missing entry does not shift the rest.
  const unpaired: EnglishEntry[] = [];
  let cursor = 0;
  for (const entry of english) {
    let match = cursor;
    while (match < contents.length && contents[match]?.page !== entry.page) match++;
    const target = contents[match];
    if (target === undefined) {
      unpaired.push(entry);
      continue;
    }
    target.titleEn = entry.title;
    target.rawEn = entry.raw;
    target.positionEn = entry.position;
    cursor = match + 1;
  }
  return unpaired;
}
