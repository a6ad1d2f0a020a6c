import type { DiagnosticSink } from "../diagnostics.js";
import { isTableRow } from "../normalize/blocks.js";
import { tokenizeField, tokenizeMarker } from "../tokenize/tokenize.js";
import {
  attachmentLabel,
  contentsHeading,
  dateLine,
  decreeHeading,
  decreeNumber,
  docNumberLine,
  effectiveFrom,
  signatory,
  speechSubtitle,
  titleEnding,
} from "../regexes.js";
import { readNumeral } from "../tokenize/numeral.js";
import { squeezeLayoutBlanks, titleKey } from "../util/chars.js";
import { isIssuerName } from "./closing.js";
import { readsAsRecipients, splitRecipients } from "./recipients.js";
import { type SourceLine, lineSpan } from "../util/position.js";
import { readDate } from "./date.js";
import { type DecreeNumber, readDecreeNumber } from "./decree-number.js";
import { readPreambleAdoption } from "./decree-preamble.js";
import { type DocNumber, readDocNumber } from "./doc-number.js";
import { type Adoption, type EffectiveFrom, type Headnote, type HistoryEntry, adoptionOf, isHeadnoteLine, readHeadnote } from "./headnote.js";
import { type DocumentKind, kindOfDocNumberIssuer, kindOfTitle } from "./kinds.js";
import { type OutlineNode, nodeFromLine } from "./node.js";
import type { Signatory, Decree, Report } from "../schema/result.js";
export type { Signatory, Decree, Report };

export { type DocumentKind, kindOfTitle };




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
  /** The number of the decree it is, or that promulgated it. */
  decreeNumber?: DecreeNumber;
  /** The history its headnote records, and the adoption and effect it states. */
  history?: HistoryEntry[];
  adoption?: Adoption;
  effectiveFrom?: EffectiveFrom;
  /** Index of the first line after the header. */
  bodyStart: number;
}

const LONGEST_TITLE_LINES = 4;
/** A headnote has a clause a line at most: adoption, approval, promulgation, effect and amendments. */
const LONGEST_HEADNOTE = 16;
/** Long enough for a court's decision amending twenty-nine interpretations, named in full. */
const LONGEST_TITLE_LINE = 100;
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
  // A headnote clause (`2022年9月2日 …会议通过`) or a table of contents' heading ends a title.
  if (isHeadnoteLine(folded) || contentsHeading.test(squeezeLayoutBlanks(folded))) return false;
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
 * The decree fields a headnote gives: the first adoption at a meeting
 * (`省政府第47次常务会议`) overrides the preamble's, as does the effective date;
 * the promulgating decree (`河南省人民政府令第231号公布`) fills what the heading
 * left empty.
 */
function fillDecree(decree: Decree, note: Headnote): void {
  const adopted = note.history.find((entry) => entry.action === "adopted" && entry.meeting !== null);
  if (adopted !== undefined) {
    decree.adoptedOn = adopted.date;
    decree.meeting = `${adopted.body ?? ""}${adopted.meeting ?? ""}`;
  }
  for (const entry of note.history) {
    const number = entry.action === "promulgated" && entry.instrument !== null ? readDecreeNumber(entry.instrument) : null;
    if (number === null) continue;
    decree.signedOn ??= entry.date;
    decree.authority ??= number.authority;
    decree.number ??= number.number;
    break;
  }
  if (note.effectiveFrom !== undefined) decree.effectiveFrom = note.effectiveFrom.date;
}

/** Whether the lines end inside a 《…》 (more 《 opened than closed). */
function insideBookTitle(lines: SourceLine[]): boolean {
  let open = 0;
  for (const line of lines) for (const char of line.text) open += char === "《" ? 1 : char === "》" ? -1 : 0;
  return open > 0;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** A line of nothing but zero-width characters, as web pages leave between blocks. */
function isInvisible(line: SourceLine): boolean {
  return line.text.replace(ZERO_WIDTH, "").trim() === "";
}

/** The lines from `from` that print `key` again, or none. */
function repeatedTitle(lines: SourceLine[], from: number, key: string): SourceLine[] {
  if (key.length === 0) return [];
  let joined = "";
  for (let at = from; at < lines.length && at - from < LONGEST_TITLE_LINES; at++) {
    joined += titleKey((lines[at] as SourceLine).text).replace(ZERO_WIDTH, "");
    if (joined === key) return lines.slice(from, at + 1);
    if (!key.startsWith(joined)) return [];
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
  let decreeEffect: EffectiveFrom | undefined;
  let ownNumber: DecreeNumber | undefined;

  // A decree's heading: `河南省人民政府令` over `第231号`, or both on one line (`国务院令第707号`).
  const headingOnly = decreeHeading.test(squeezeLayoutBlanks(foldedAt()));
  const oneLine = headingOnly ? null : readDecreeNumber(at()?.text ?? "");
  if (headingOnly || oneLine !== null) {
    const line = at() as SourceLine;
    decree = { authority: oneLine?.authority ?? squeezeLayoutBlanks(line.text).replace(/令$/, ""), number: oneLine?.number ?? null, adoptedOn: null, meeting: null, effectiveFrom: null, signatory: null, signedOn: null };
    if (oneLine !== null) ownNumber = oneLine;
    nodes.push(nodeFromLine(line, "decree-heading"));
    index++;
    const number = oneLine === null ? decreeNumber.exec(squeezeLayoutBlanks(foldedAt())) : null;
    if (number !== null) {
      decree.number = readNumeral(number[1] ?? "")?.value ?? null;
      if (decree.number !== null) ownNumber = { text: squeezeLayoutBlanks(line.text + (at() as SourceLine).text), authority: decree.authority ?? "", number: decree.number };
      nodes.push(nodeFromLine(at() as SourceLine, "decree-number"));
      index++;
    }
    const preamble = foldedAt();
    // 已经2025年1月6日…会议审议通过, or, in a presidential order, 已由…会议于2024年6月28日通过.
    const adopted = readPreambleAdoption(preamble);
    const effective = effectiveFrom.exec(preamble);
    if (adopted !== null || effective !== null) {
      const line = at() as SourceLine;
      if (adopted !== null) {
        decree.adoptedOn = iso(adopted.date, sink, line);
        decree.meeting = squeezeLayoutBlanks(adopted.meeting);
      }
      if (effective !== null) {
        decree.effectiveFrom = iso(effective[0], sink, line);
        if (decree.effectiveFrom !== null) decreeEffect = { date: decree.effectiveFrom, source: "decree", position: lineSpan(line) };
      }
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
    // A line ending inside 《》 (`…《中华人民共和国药品管理法` / `实施条例》…的决定`) does not end the title.
    if (titleEnding.test(squeezeLayoutBlanks(folded)) && !insideBookTitle(titleLines)) break;
  }
  const title = squeezeLayoutBlanks(titleLines.map((line) => line.text).join(""));
  // The title printed a second time, over lines of its own (a page that reproduces the printed text under its heading).
  const repeated = repeatedTitle(lines, index, titleKey(title));
  for (const line of repeated) nodes.push(nodeFromLine(line, "title"));
  index += repeated.length;

  // The headnote under a law's title: adoption, promulgation, amendments, effect.
  // In brackets (`（…通过　…公布　自…起施行）`, possibly over several lines) or,
  // as law databases print it, one clause a line.
  const noteLines: SourceLine[] = [];
  let bracketOpen = false;
  while (titleLines.length > 0 && index < lines.length && noteLines.length < LONGEST_HEADNOTE) {
    const note = at() as SourceLine;
    const folded = note.folded.trim();
    if (!bracketOpen && !isHeadnoteLine(folded)) break;
    if (!bracketOpen && folded.startsWith("(")) bracketOpen = true;
    if (bracketOpen && folded.endsWith(")")) bracketOpen = false;
    decree ??= { authority: null, number: null, adoptedOn: null, meeting: null, effectiveFrom: null, signatory: null, signedOn: null };
    nodes.push(nodeFromLine(note, "headnote"));
    noteLines.push(note);
    index++;
  }
  const note = readHeadnote(noteLines, sink);
  if (decree !== undefined && noteLines.length > 0) fillDecree(decree, note);
  const header: Header = { nodes, title, kind: decree && !headnoteOnly(nodes) ? "decree" : kindOfTitle(title), bodyStart: 0 };
  if (decree) header.decree = decree;
  if (note.history.length > 0) header.history = note.history;
  // The number of the decree that promulgated it (`…国务院令第382号公布`), when it has none of its own.
  for (const entry of note.history) {
    if (ownNumber !== undefined) break;
    if (entry.action === "promulgated" && entry.instrument !== null) ownNumber = readDecreeNumber(entry.instrument) ?? undefined;
  }
  if (ownNumber !== undefined) header.decreeNumber = ownNumber;
  const adoption = adoptionOf(note.history);
  if (adoption !== null) header.adoption = adoption;
  if (decreeEffect !== undefined) header.effectiveFrom = decreeEffect;
  else if (note.effectiveFrom !== undefined) header.effectiveFrom = note.effectiveFrom;

  // A page that prints the text again under its headnote: the title again, then its 文号
  // (`法释〔2023〕5号`), with lines of zero-width characters between.
  if (noteLines.length > 0) {
    const skipInvisible = () => {
      while (index < lines.length && isInvisible(at() as SourceLine)) {
        nodes.push(nodeFromLine(at() as SourceLine, "paragraph"));
        index++;
      }
    };
    const before = index;
    skipInvisible();
    const again = repeatedTitle(lines, index, titleKey(title));
    if (again.length > 0) {
      for (const line of again) nodes.push(nodeFromLine(line, "title"));
      index += again.length;
      skipInvisible();
    } else {
      nodes.length -= index - before;
      index = before;
    }
  }

  const number = docNumberLine.exec(squeezeLayoutBlanks(foldedAt()));
  if (number !== null) {
    const line = at() as SourceLine;
    const read = readDocNumber(line.text);
    if (read !== null) {
      header.docNumber = { text: read.text, issuer: read.issuer, year: read.year, seq: read.seq };
      header.kind = kindOfDocNumberIssuer(read.issuer) ?? header.kind;
    }
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
