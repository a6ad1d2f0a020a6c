import { attachmentLabel, dateLine, docNumberLine, publicationNote, titleEnding } from "../regexes.js";
import { tokenizeField, tokenizeMarker } from "../tokenize/tokenize.js";
import { squeezeLayoutBlanks } from "../util/chars.js";
import type { SourceLine } from "../util/position.js";

/**
 * The words an issuing organ's name ends with, as signed under a document
 * (GB/T 9704 发文机关署名). A signature line is one or more such names.
 */
export const ISSUER_ENDINGS: ReadonlyArray<{ ending: string; example: string }> = [
  { ending: "政府", example: "洛阳市人民政府" },
  { ending: "国务院", example: "国务院" },
  { ending: "办公厅", example: "国务院办公厅" },
  { ending: "办公室", example: "洛阳市人民政府办公室" },
  { ending: "委员会", example: "国家发展和改革委员会" },
  { ending: "军委", example: "中央军委" },
  { ending: "部", example: "教育部" },
  { ending: "委", example: "国家发展改革委" },
  { ending: "局", example: "国家地震局" },
  { ending: "厅", example: "河南省财政厅" },
  { ending: "署", example: "海关总署" },
  { ending: "院", example: "最高人民法院" },
  { ending: "行", example: "中国人民银行" },
  { ending: "会", example: "中国证券监督管理委员会办公会" },
  { ending: "办", example: "市政府外事办" },
  { ending: "组", example: "地质险情调查专家组" },
  { ending: "中心", example: "市大数据中心" },
  { ending: "总部", example: "武警总部" },
  { ending: "党组", example: "市政府党组" },
  { ending: "集团", example: "市交投集团" },
  { ending: "公司", example: "国家电网有限公司" },
];

const ENDINGS = ISSUER_ENDINGS.map((row) => row.ending);
/** An organ's name is short; several signed on one line are separated by blanks. */
const LONGEST_ISSUER = 30;
const SHORTEST_ISSUER = 2;
/** Anything but a name: sentence punctuation, list separators, quotes, digits. */
const NOT_A_NAME = /[，。,.;；:：!！?？、《》“”"'0-9]/;
const HAN = /[\u4e00-\u9fff]/;
/** Blanks between names signed side by side (`国务院　中央军委`). */
const NAME_GAP = /[ \t\u3000\u00a0]+/;

/** Whether `name` reads as an organ's name: short, no punctuation, ends with an organ word. */
export function isIssuerName(name: string): boolean {
  if (name.length < SHORTEST_ISSUER || name.length > LONGEST_ISSUER || NOT_A_NAME.test(name)) return false;
  return ENDINGS.some((ending) => name.endsWith(ending));
}

/**
 * The organ names a signature line holds, or null when it is not one: each
 * name, separated by blanks, must read as an organ (`国务院　中央军委` →
 * 国务院, 中央军委). A title, a date, a 文号, a numbered or labelled line is
 * not a signature.
 */
export function readIssuerLine(line: SourceLine): string[] | null {
  const folded = line.folded;
  if (folded.length > LONGEST_ISSUER * 3) return null;
  const compact = squeezeLayoutBlanks(folded);
  if (dateLine.test(compact) || docNumberLine.test(compact) || attachmentLabel.test(compact) || titleEnding.test(compact)) return null;
  if (tokenizeMarker(line, folded) !== null || tokenizeField(line, folded) !== null) return null;
  // A part without a Han character is layout debris a web page left beside the name (`国务院办公厅  &sp;`).
  const names = line.text.split(NAME_GAP).filter((part) => HAN.test(part));
  const whole = squeezeLayoutBlanks(line.text);
  // A name printed with blanks inside (`国 务 院`) is one name.
  if (isIssuerName(whole) && !names.every((name) => isIssuerName(name))) return [whole];
  return names.length > 0 && names.every((name) => isIssuerName(name)) ? names : null;
}

/**
 * The notes printed under a signature's date (GB/T 9704 附注): what each
 * says about publication. The words inside `（此件…）` are looked up here.
 */
export const PUBLICATION_FORMS: ReadonlyArray<{ words: string; value: Publication["value"]; example: string }> = [
  { words: "公开发布", value: "public", example: "（此件公开发布）" },
  { words: "主动公开", value: "proactive", example: "（此件主动公开）" },
  { words: "依申请公开", value: "on-request", example: "（此件依申请公开）" },
  { words: "不公开", value: "not-public", example: "（此件不公开）" },
  { words: "不予公开", value: "not-public", example: "（此件不予公开）" },
];

export interface Publication {
  /** What the note says: published, proactively disclosed, disclosed on request, not public. */
  value: "public" | "proactive" | "on-request" | "not-public";
  text: string;
}

/** The publication a note line states, or null (`（此件有删减）` is no publication note). */
export function readPublication(line: SourceLine): Publication | null {
  const match = publicationNote.exec(squeezeLayoutBlanks(line.folded));
  if (match === null) return null;
  const form = PUBLICATION_FORMS.find((row) => row.words === match[1]);
  return form === undefined ? null : { value: form.value, text: line.text };
}

/** A short note in brackets under the date: `（此件公开发布）`, `（本文有删减）`. */
const CLOSING_NOTE = /^\([^()]{2,16}\)$/;
const LONGEST_DATE_LINE = 24;
/** Signature lines above a date: up to four organs signing one under the other. */
const MOST_ISSUER_LINES = 4;

/** Where a document's closing block (落款) lies among its lines. */
export interface Closing {
  /** The first signature line (equals `date` when there is none). */
  start: number;
  /** The date line. */
  date: number;
  /** The first line after the date and the notes under it. */
  end: number;
  /** Each organ signed, in order. */
  issuers: string[];
}

function isDate(line: SourceLine): boolean {
  // A trimmed line ends as its squeezed form does: a date line ends in 日.
  return line.text.length <= LONGEST_DATE_LINE && line.folded.endsWith("日") && dateLine.test(squeezeLayoutBlanks(line.folded));
}

/** Whether a line is a note under a date (`（此件公开发布）`, `（本文有删减）`). */
export function isClosingNote(line: SourceLine): boolean {
  return CLOSING_NOTE.test(squeezeLayoutBlanks(line.folded));
}

/** Lines of web-page debris (`附件下载：…`) a closing block may have after it and still end the document. */
const MOST_TRAILING_LINES = 3;
const LONGEST_TITLE = 60;
const NOT_IN_A_TITLE = /[。；;:，,]/;

/**
 * Whether a line can open the document printed after a closing block: an
 * attachment label (`附件2`), a title (short, no sentence punctuation), or
 * the salutation of a forwarded report with no title printed (`国务院：`).
 */
function opensDocument(line: SourceLine): boolean {
  const folded = line.folded;
  const compact = squeezeLayoutBlanks(folded);
  if (attachmentLabel.test(compact)) return true;
  if (compact.endsWith(":")) return compact.length <= LONGEST_ISSUER && isIssuerName(compact.slice(0, -1));
  return compact.length <= LONGEST_TITLE && !NOT_IN_A_TITLE.test(compact);
}

/**
 * The first closing block in `lines[from, to)`: a date line with the organs
 * signed above it and the notes under it. Either it ends the range (a
 * signature and date with at most a few lines of page debris after them, the
 * signature optional when nothing follows), or it has at least one organ
 * signed above the date and a document follows (a title, an attachment
 * label, a salutation): the document it closes ends there and an issued or
 * forwarded document follows (`mid` is true). Returns null when there is
 * neither.
 */
/** The issuer lines right above line `at` (at most {@link MOST_ISSUER_LINES}, none above `from`): where they start and the organs they name. */
export function issuerLinesAbove(lines: SourceLine[], from: number, at: number): { start: number; issuers: string[] } {
  const issuers: string[][] = [];
  let start = at;
  while (start > from && at - start < MOST_ISSUER_LINES) {
    const names = readIssuerLine(lines[start - 1] as SourceLine);
    if (names === null) break;
    issuers.unshift(names);
    start--;
  }
  return { start, issuers: issuers.flat() };
}

export function findClosing(lines: SourceLine[], from: number, to: number): (Closing & { mid: boolean }) | null {
  for (let at = from; at < to; at++) {
    const line = lines[at] as SourceLine;
    if (!isDate(line)) continue;
    const { start, issuers } = issuerLinesAbove(lines, from, at);
    let end = at + 1;
    while (end < to && isClosingNote(lines[end] as SourceLine)) end++;
    if (end >= to) return { start, date: at, end, issuers, mid: false };
    if (issuers.length === 0) continue;
    if (opensDocument(lines[end] as SourceLine)) return { start, date: at, end, issuers, mid: true };
    if (to - end <= MOST_TRAILING_LINES) return { start, date: at, end, issuers, mid: false };
  }
  return null;
}
