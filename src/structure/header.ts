import type { DiagnosticSink } from "../diagnostics.js";
import { isTableRow } from "../normalize/blocks.js";
import { tokenizeField, tokenizeMarker } from "../tokenize/tokenize.js";
import {
  attachmentLabel,
  dateLine,
  decreeHeading,
  decreeNumber,
  docNumberLine,
  effectiveFrom,
  headnote,
  signatory,
  speechSubtitle,
  titleEnding,
} from "../regexes.js";
import { readNumeral } from "../tokenize/numeral.js";
import { fold, squeezeLayoutBlanks } from "../util/chars.js";
import { isIssuerName } from "./closing.js";
import { readsAsRecipients, splitRecipients } from "./recipients.js";
import { type SourceLine, lineSpan } from "../util/position.js";
import { readDecreeAdoption, readHeadnoteAdoption, readPromulgation } from "./dated-phrase.js";
import { readDate } from "./date.js";
import { type DocNumber, readDocNumber } from "./doc-number.js";
import { type OutlineNode, nodeFromLine } from "./node.js";

export type DocumentKind =
  | "report"
  | "decree"
  | "notice"
  | "decision"
  | "opinion"
  | "regulation"
  | "plan"
  | "announcement"
  | "circular"
  | "reply"
  | "letter"
  | "minutes"
  | "guide"
  | "measures"
  | "other";

export interface Signatory {
  title: string;
  name: string;
}

export interface Decree {
  authority: string | null;
  number: number | null;
  adoptedOn: string | null;
  meeting: string | null;
  effectiveFrom: string | null;
  signatory: Signatory | null;
  signedOn: string | null;
}

export interface Report {
  date: string | null;
  occasion: string | null;
  speaker: Signatory | null;
}

export interface Header {
  nodes: OutlineNode[];
  title: string;
  kind: DocumentKind;
  issuer?: string;
  /** Each organ of a joint document (联合发文), in order; `issuer` is the first. */
  issuers?: string[];
  docNumber?: DocNumber;
  date?: string;
  recipients?: string[];
  decree?: Decree;
  report?: Report;
  /** Index of the first line after the header. */
  bodyStart: number;
}

const KIND_BY_ENDING: Array<[RegExp, DocumentKind]> = [
  [/报告$/, "report"],
  [/(?:通知|通报)$/, "notice"],
  [/(?:决定|命令)$/, "decision"],
  [/意见$/, "opinion"],
  [/(?:办法|规定|条例|细则|规则)(?:\(试行\)|\(暂行\))?$/, "regulation"],
  [/(?:方案|规划|计划)(?:\(试行\)|\(暂行\))?$/, "plan"],
  [/公告$/, "announcement"],
  [/通告$/, "circular"],
  [/批复$/, "reply"],
  // A reply to a letter or to a deputy's proposal (复函, 答复) answers as a 批复 does.
  [/(?:复函|答复)$/, "reply"],
  [/函$/, "letter"],
  [/纪要$/, "minutes"],
  [/指南$/, "guide"],
  [/(?:措施|[〇零一二三四五六七八九十百]{1,6}条)$/, "measures"],
];

const LONGEST_TITLE_LINES = 4;
const LONGEST_TITLE_LINE = 60;
const LONGEST_ADDRESS = 80;
/** A long 主送 list (every province by name) is only names and separators. */
const LONGEST_NAME_LIST = 400;
const NAME_LIST = /^[\u4e00-\u9fff()、，, \u3000]+:$/;
/** Recipients printed over several lines: each but the last ends with a separator. */
const MOST_RECIPIENT_LINES = 3;
/** Words a title's issuer stands before: `某某关于…`, `某某转发…`, `某某批转…`. */
const AFTER_ISSUER = ["关于", "转发", "批转"];

/** Where the issuer named at the start of a title ends (-1 when none is named). */
function issuerEnd(title: string): number {
  let end = -1;
  for (const word of AFTER_ISSUER) {
    const at = title.indexOf(word);
    if (at !== -1 && (end === -1 || at < end)) end = at;
  }
  return end;
}

/** What separates the organs of a joint document in its title: `、`, blanks, a line break. */
const ISSUER_SEPARATORS = /[、\s\u3000]+/;
const ENDS_WITH_SEPARATOR = /[、，,]$/;

/** The kind of document a title names. */
export function kindOfTitle(title: string): DocumentKind {
  const compact = squeezeLayoutBlanks(fold(title));
  for (const [ending, kind] of KIND_BY_ENDING) if (ending.test(compact)) return kind;
  return "other";
}

function iso(text: string, sink: DiagnosticSink, line: SourceLine): string | null {
  const date = readDate(text);
  if (date === null) return null;
  if (date.iso === null) sink.report("invalid-date", `No such date: ${date.raw}`, lineSpan(line), { actual: date.raw });
  return date.iso;
}

function readSignatory(folded: string, text: string): Signatory | null {
  const match = signatory.exec(folded);
  if (match === null) return null;
  const name = match[2] ?? "";
  return { title: squeezeLayoutBlanks(text.slice(0, text.length - name.length)), name };
}

/** A law with a headnote but no decree heading is a regulation, not a decree. */
function headnoteOnly(nodes: OutlineNode[]): boolean {
  return !nodes.some((node) => node.role === "decree-heading");
}

function isTitleLine(line: SourceLine, folded: string): boolean {
  if (line.text.length > LONGEST_TITLE_LINE || /[。；;]/.test(folded) || isTableRow(line.text)) return false;
  if (/[:]$/.test(folded)) return false;
  if (tokenizeMarker(line, folded) !== null || tokenizeField(line, folded) !== null) return false;
  const compact = squeezeLayoutBlanks(folded);
  return !docNumberLine.test(compact) && !dateLine.test(compact) && !speechSubtitle.test(folded) && !/[，,]/.test(folded);
}

function isAddressLine(line: SourceLine): boolean {
  const folded = line.folded;
  if (/[。]/.test(folded) || folded.includes("如下")) return false;
  if (line.text.length > LONGEST_ADDRESS && !(line.text.length <= LONGEST_NAME_LIST && NAME_LIST.test(folded))) return false;
  return tokenizeMarker(line, folded) === null && tokenizeField(line, folded) === null;
}

/**
 * The 主送 lines at `index`: one line ending with a colon, or up to three
 * whose last ends with a colon and the others with a separator
 * (`各省、自治区、直辖市人民政府，` / `国务院各部委、各直属机构：`).
 */
function recipientLines(lines: SourceLine[], index: number): SourceLine[] {
  const found: SourceLine[] = [];
  for (let at = index; at < lines.length && found.length < MOST_RECIPIENT_LINES; at++) {
    const line = lines[at] as SourceLine;
    if (!isAddressLine(line)) return [];
    found.push(line);
    if (line.folded.endsWith(":")) return readsAsRecipients(found.map((one) => one.text).join("").slice(0, -1)) ? found : [];
    if (!ENDS_WITH_SEPARATOR.test(line.folded)) return [];
  }
  return [];
}

/**
 * Read the head of a document: a decree's heading block, the title (up to four
 * lines), 文号 and date, a speech's subtitle and speaker, and the recipients.
 * Each line read becomes a node with its role, so the outline stays lossless.
 */
export function readHeader(lines: SourceLine[], sink: DiagnosticSink): Header {
  const nodes: OutlineNode[] = [];
  let index = 0;
  const at = () => lines[index];
  const foldedAt = () => at()?.folded ?? "";
  let decree: Decree | undefined;

  if (decreeHeading.test(squeezeLayoutBlanks(foldedAt()))) {
    const line = at() as SourceLine;
    decree = { authority: squeezeLayoutBlanks(line.text).replace(/令$/, ""), number: null, adoptedOn: null, meeting: null, effectiveFrom: null, signatory: null, signedOn: null };
    nodes.push(nodeFromLine(line, "decree-heading"));
    index++;
    const number = decreeNumber.exec(squeezeLayoutBlanks(foldedAt()));
    if (number !== null) {
      decree.number = readNumeral(number[1] ?? "")?.value ?? null;
      nodes.push(nodeFromLine(at() as SourceLine, "decree-number"));
      index++;
    }
    const preamble = foldedAt();
    const adopted = readDecreeAdoption(preamble);
    const effective = effectiveFrom.exec(preamble);
    if (adopted !== null || effective !== null) {
      const line = at() as SourceLine;
      if (adopted !== null) {
        decree.adoptedOn = iso(adopted.date, sink, line);
        decree.meeting = squeezeLayoutBlanks(`${adopted.name}会议`);
      }
      if (effective !== null) decree.effectiveFrom = iso(effective[0], sink, line);
      nodes.push(nodeFromLine(line, "decree-preamble"));
      index++;
    }
    const signer = readSignatory(foldedAt(), at()?.text ?? "");
    if (signer !== null) {
      decree.signatory = signer;
      nodes.push(nodeFromLine(at() as SourceLine, "signature"));
      index++;
    }
    if (dateLine.test(squeezeLayoutBlanks(foldedAt()))) {
      decree.signedOn = iso(foldedAt(), sink, at() as SourceLine);
      nodes.push(nodeFromLine(at() as SourceLine, "date"));
      index++;
    }
  }

  if (attachmentLabel.test(squeezeLayoutBlanks(foldedAt()))) {
    nodes.push(nodeFromLine(at() as SourceLine, "attachment-label"));
    index++;
  }

  const titleLines: SourceLine[] = [];
  while (index < lines.length && titleLines.length < LONGEST_TITLE_LINES) {
    const line = at() as SourceLine;
    const folded = line.folded;
    if (!isTitleLine(line, folded)) break;
    // A speaker's line or a signature is not part of a title.
    if (titleLines.length > 0 && signatory.test(folded)) break;
    titleLines.push(line);
    nodes.push(nodeFromLine(line, "title"));
    index++;
    if (titleEnding.test(squeezeLayoutBlanks(folded))) break;
  }
  const title = squeezeLayoutBlanks(titleLines.map((line) => line.text).join(""));

  // A headnote in brackets under a law's title: adoption, promulgation, effect.
  const note = at();
  if (titleLines.length > 0 && note !== undefined && headnote.test(note.folded)) {
    const adopted = readHeadnoteAdoption(note.folded);
    const promulgated = readPromulgation(note.folded);
    const effective = effectiveFrom.exec(note.folded);
    decree ??= { authority: null, number: null, adoptedOn: null, meeting: null, effectiveFrom: null, signatory: null, signedOn: null };
    if (adopted !== null) {
      decree.adoptedOn = iso(adopted.date, sink, note);
      decree.meeting = squeezeLayoutBlanks(`${adopted.name}会议`);
    }
    if (promulgated !== null) {
      decree.signedOn ??= iso(promulgated.date, sink, note);
      decree.authority ??= promulgated.name;
      decree.number ??= readNumeral(promulgated.end[1] ?? "")?.value ?? null;
    }
    if (effective !== null) decree.effectiveFrom = iso(effective[0], sink, note);
    nodes.push(nodeFromLine(note, "headnote"));
    index++;
  }
  const header: Header = { nodes, title, kind: decree && !headnoteOnly(nodes) ? "decree" : kindOfTitle(title), bodyStart: 0 };
  if (decree) header.decree = decree;

  const number = docNumberLine.exec(squeezeLayoutBlanks(foldedAt()));
  if (number !== null) {
    const line = at() as SourceLine;
    const read = readDocNumber(line.text);
    if (read !== null) header.docNumber = { text: read.text, issuer: read.issuer, year: read.year, seq: read.seq };
    const date = iso(line.text, sink, line);
    if (date !== null) header.date = date;
    nodes.push(nodeFromLine(line, "doc-number"));
    index++;
  }

  const subtitle = speechSubtitle.exec(foldedAt());
  if (subtitle !== null) {
    const line = at() as SourceLine;
    const date = iso(subtitle[0], sink, line);
    header.report = { date, occasion: squeezeLayoutBlanks(subtitle[4] ?? ""), speaker: null };
    if (date !== null) header.date = date;
    nodes.push(nodeFromLine(line, "subtitle"));
    index++;
    const speaker = readSignatory(foldedAt(), at()?.text ?? "");
    if (speaker !== null) {
      header.report.speaker = speaker;
      nodes.push(nodeFromLine(at() as SourceLine, "speaker"));
      index++;
    }
  }

  const addressLines = recipientLines(lines, index);
  if (addressLines.length > 0) {
    if (header.kind === "report") {
      for (const line of addressLines) nodes.push(nodeFromLine(line, "salutation"));
    } else {
      const text = addressLines.map((line) => line.text).join("");
      header.recipients = splitRecipients(text.slice(0, -1));
      for (const line of addressLines) nodes.push(nodeFromLine(line, "recipients"));
    }
    index += addressLines.length;
  }

  if (decree !== undefined) {
    if (decree.authority !== null) header.issuer = decree.authority;
    if (decree.signedOn !== null) header.date = decree.signedOn;
  } else {
    const about = issuerEnd(title);
    if (about > 0) {
      header.issuer = title.slice(0, about);
      // Joint documents name each organ: `国务院办公厅、中央军委办公厅关于…`, `市政府办公室  市财政局关于…`.
      const printed = titleLines.map((line) => line.text).join("\n");
      const names = printed.slice(0, issuerEnd(printed)).split(ISSUER_SEPARATORS).filter((name) => name.length > 0);
      if (names.length > 1 && names.every((name) => isIssuerName(name))) {
        header.issuers = names;
        header.issuer = names[0] as string;
      }
    }
    else if (header.report?.speaker) {
      const organization = /^(.*?(?:人民政府|政府|委员会|办公室|办公厅))/.exec(header.report.speaker.title);
      if (organization !== null) header.issuer = organization[1] ?? "";
    }
  }
  header.bodyStart = index;
  return header;
}
