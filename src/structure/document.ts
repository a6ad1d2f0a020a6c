import type { DiagnosticSink } from "../diagnostics.js";
import { type JoinContext, isTableRow, joinLines } from "../normalize/blocks.js";
import { attachmentLabel, attachmentList, dateLine, quotedTitles } from "../regexes.js";
import { type ListedAttachment, readAttachmentList } from "./attachment-list.js";
import { type Closing, findClosing, issuerLinesAbove, readPublication } from "./closing.js";
import { readColophon } from "./colophon.js";
import { readInReplyTo } from "./reply.js";
import { tokenizeMarker } from "../tokenize/tokenize.js";
import { squeezeLayoutBlanks, titleKey } from "../util/chars.js";
import { type SourceLine, cover, lineSpan } from "../util/position.js";
import { readDate } from "./date.js";
import { kindOfTitle, readHeader } from "./header.js";
import { type OutlineNode, nodeFromLine } from "./node.js";
import { readToc } from "./toc.js";
import { splitGluedArticles } from "../normalize/glued-articles.js";
import { buildOutline } from "./outline.js";
import type { AttachmentListEntry } from "../schema/result.js";
import type { DocumentFields, GazetteDocument as PublicDocument } from "../schema/result.js";
export type { AttachmentListEntry };


/**
 * A document as the pipeline builds it: the fields of the schema's Document,
 * `kind` and `decree` not yet tied together (see `published`).
 */
export type GazetteDocument = DocumentFields;

/**
 * The document as the public type `GazetteDocument` states it: a document of
 * kind `decree` carries `decree`. The header reads kind `decree` only from a
 * decree's heading, which also gives `decree`; a document that reached here
 * without one would still get the record, with every field null.
 */
export function published(document: GazetteDocument): PublicDocument {
  if (document.kind === "decree" && document.decree === undefined) {
    document.decree = { authority: null, number: null, adoptedOn: null, meeting: null, effectiveFrom: null, signatory: null, signedOn: null };
  }
  for (const attachment of document.attachments ?? []) published(attachment);
  return document as PublicDocument;
}

const LONGEST_ATTACHMENT_TITLE = 60;
/** A line that begins a title printed over several lines has at least this many characters. */
const SHORTEST_TITLE_PART = 4;
const LONGEST_SIGNATURE = 30;
const SIGNATURE_PUNCTUATION = /[，。,.;；:：!！?？]/;

/** Where each listed attachment starts in `[from, to)`: its `附件N` label, else its title line. */
function attachmentStarts(lines: SourceLine[], from: number, to: number, titles: string[]): number[] {
  const starts: number[] = [];
  let cursor = from;
  for (const title of titles) {
    for (let at = cursor; at < to; at++) {
      const line = lines[at] as SourceLine;
      if (line.text.length > LONGEST_ATTACHMENT_TITLE) continue;
      const key = titleKey(line.text);
      // The label `附件N`, the title, or the first line of a title printed over two lines.
      const titleStart = key.length >= SHORTEST_TITLE_PART && title.startsWith(key) && !/[。；;，,]/.test(line.folded);
      if (attachmentLabel.test(squeezeLayoutBlanks(line.folded)) || key === title || titleStart) {
        starts.push(at);
        cursor = at + 1;
        break;
      }
    }
  }
  return starts;
}

/** Lines in `[from, to)` that are an attachment's own label (`附件2`). */
function labelLines(lines: SourceLine[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let at = from; at < to; at++) {
    const line = lines[at] as SourceLine;
    if (line.text.startsWith("附") && attachmentLabel.test(squeezeLayoutBlanks(line.folded))) found.push(at);
  }
  return found;
}

/** Titles the text quotes in 《》, folded into keys, in order and once each. */
function quotedKeys(lines: SourceLine[], from: number, to: number): string[] {
  return [...new Set(quoted(lines, from, to).map(titleKey))].slice(0, MOST_TITLES);
}

/** Titles the text quotes in 《》, as printed, in order. */
function quoted(lines: SourceLine[], from: number, to: number): string[] {
  const titles: string[] = [];
  for (let at = from; at < to; at++) {
    const line = lines[at] as SourceLine;
    if (!line.text.includes("《")) continue;
    for (const match of line.text.matchAll(quotedTitles)) titles.push(match[1] ?? "");
  }
  return titles;
}

/**
 * Where the documents a notice issues start after its closing block, when no
 * attachment list names them: each `附件N` label, and each line that prints a
 * title the notice quotes (`…印发《甲》和《乙》` → the lines 甲 and 乙).
 */
function issuedStarts(lines: SourceLine[], bodyStart: number, mid: Closing, end: number): number[] {
  const labels = labelLines(lines, mid.end, end);
  const titled = attachmentStarts(lines, mid.end, end, quotedKeys(lines, bodyStart, mid.start)).filter((at) => !labels.includes(at - 1));
  return [...new Set([...labels, ...titled])].sort((a, b) => a - b);
}

/** The organs signed on the last lines of `[from, to)` when no date follows them, or null. */
function signatureWithoutDate(lines: SourceLine[], from: number, to: number): { start: number; issuers: string[] } | null {
  const above = issuerLinesAbove(lines, from, to);
  return above.issuers.length === 0 ? null : above;
}


/**
 * The closing block of a document whose date has no organ signed above it in
 * the usual form: a short unpunctuated line above the date is its signature
 * (`地质险情调查专家组`).
 */
function looseSigner(lines: SourceLine[], closing: Closing, from: number): Closing {
  if (closing.start !== closing.date || closing.date <= from) return closing;
  const above = lines[closing.date - 1] as SourceLine;
  const loose = above.text.length <= LONGEST_SIGNATURE && !SIGNATURE_PUNCTUATION.test(above.folded) && tokenizeMarker(above) === null && !isTableRow(above.text) && !dateLine.test(squeezeLayoutBlanks(above.folded));
  return loose ? { ...closing, start: closing.date - 1, issuers: [squeezeLayoutBlanks(above.text)] } : closing;
}

/** Nodes of a closing block (signature, date, notes); fills date, issuer(s) and publication. */
function readClosing(lines: SourceLine[], closing: Closing, document: GazetteDocument, sink: DiagnosticSink): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  for (let at = closing.start; at < closing.date; at++) nodes.push(nodeFromLine(lines[at] as SourceLine, "signature"));
  const dateLineAt = lines[closing.date] as SourceLine;
  const dateNode = nodeFromLine(dateLineAt, "date");
  nodes.push(dateNode);
  const date = readDate(squeezeLayoutBlanks(dateLineAt.folded));
  if (date !== null && date.iso === null) sink.report("invalid-date", `No such date: ${dateLineAt.text}`, dateNode.position, { actual: dateLineAt.text });
  if (document.date === undefined && date?.iso) document.date = date.iso;
  if (closing.issuers.length > 0) {
    if (document.issuer === undefined) document.issuer = closing.issuers[0] as string;
    if (closing.issuers.length > 1 && document.issuers === undefined) document.issuers = closing.issuers;
  }
  for (let at = closing.date + 1; at < closing.end; at++) {
    const line = lines[at] as SourceLine;
    const publication = readPublication(line);
    const node = nodeFromLine(line, publication === null ? "paragraph" : "publication");
    if (publication !== null && document.publication === undefined) document.publication = { ...publication, position: node.position };
    nodes.push(node);
  }
  return nodes;
}

/** What a 印发/转发/批转 notice issues, from its title: `关于印发《甲》的通知` → 甲. */
export function issuedTitle(title: string): string | null {
  let at = -1;
  for (const verb of ISSUING_VERBS) {
    const found = title.indexOf(verb);
    if (found !== -1 && (at === -1 || found < at)) at = found + verb.length;
  }
  if (at === -1) return null;
  const ending = ISSUING_ENDINGS.find((word) => title.endsWith(word));
  if (ending === undefined) return null;
  let issued = title.slice(at, title.length - ending.length);
  if (issued.startsWith("《") && issued.endsWith("》")) issued = issued.slice(1, -1);
  return issued.length > 0 ? issued : null;
}

/** Verbs of a notice that issues or forwards another document (印发通知, 转发通知, 批转通知). */
const ISSUING_VERBS = ["印发", "转发", "批转", "颁发"];
const ISSUING_ENDINGS = ["的通知", "的决定"];

/** Link each listed attachment to the attachment that carries its title (or its number, or the only one). */
function linkEntries(entries: ListedAttachment[], attachments: GazetteDocument[], starts: number[], lines: SourceLine[]): AttachmentListEntry[] {
  const keys = attachments.map((attachment) => titleKey(attachment.title));
  const labels = starts.map((start) => attachmentLabel.exec(squeezeLayoutBlanks((lines[start] as SourceLine).folded))?.[1]);
  const taken = new Set<number>();
  return entries.map((entry) => {
    let index = keys.findIndex((key, at) => !taken.has(at) && key.length > 0 && (key === entry.key || key.startsWith(entry.key) || entry.key.startsWith(key)));
    if (index === -1 && entry.number !== null) index = labels.findIndex((label, at) => !taken.has(at) && label !== undefined && Number(label) === entry.number);
    if (index === -1 && entries.length === 1 && attachments.length === 1) index = 0;
    if (index !== -1) taken.add(index);
    return { number: entry.number, title: entry.title, attachment: index === -1 ? null : index, position: entry.position };
  });
}

export interface ReadContext {
  /** The title the document should take when none is printed (a forwarded document, from its notice's title). */
  fallbackTitle?: string;
  /** How deep among attachments the document is (0 for a document of the input). */
  depth?: number;
}

/**
 * A notice issues a document that may forward another (a notice, its plan,
 * the plan's annex): documents nested deeper are not split at a signature,
 * which keeps reading linear on text made of signature after signature.
 */
const DEEPEST_ISSUED = 3;
/** Titles looked for after a closing block or an attachment list: lists are short. */
const MOST_TITLES = 20;

/**
 * Read one document from its lines (page furniture already removed): header,
 * body, closing block (signature, date, publication note), attachments (each
 * read as a document: the documents an attachment list names, and the
 * document a 印发/转发 notice issues after its signature), the 版记, outline.
 */
export function readDocument(lines: SourceLine[], sink: DiagnosticSink, context: ReadContext = {}): GazetteDocument {
  const header = readHeader(lines, sink);
  const toc = readToc(lines, header.bodyStart);
  if (toc !== null) {
    header.nodes.push(...toc.nodes);
    header.bodyStart = toc.end;
  }
  let end = lines.length;
  const colophon = readColophon(lines, header.bodyStart, end);
  if (colophon !== null) end = colophon.start;

  // A signature and date with more text after them end the notice; what follows is the document it issues.
  const depth = context.depth ?? 0;
  const first = findClosing(lines, header.bodyStart, end);
  const mid = first !== null && first.mid && depth < DEEPEST_ISSUED ? first : null;
  let entries: ListedAttachment[] = [];
  let starts: number[] = [];
  let listEnd = header.bodyStart;
  for (let at = header.bodyStart; at < (mid?.start ?? end); at++) {
    const line = lines[at] as SourceLine;
    if (!line.text.startsWith("附") || !attachmentList.test(squeezeLayoutBlanks(line.folded))) continue;
    const list = readAttachmentList(lines, at, end);
    entries = list.entries;
    listEnd = list.end;
    starts = attachmentStarts(lines, mid?.end ?? list.end, end, entries.slice(0, MOST_TITLES).map((entry) => entry.key));
    break;
  }
  if (mid !== null) {
    if (starts.length === 0) starts = issuedStarts(lines, header.bodyStart, mid, end);
    // Labels alone (`附件：`) between the closing and the first attachment belong to it.
    const head = starts[0];
    if (head === undefined || (head > mid.end && !lines.slice(mid.end, head).every((line) => attachmentLabel.test(squeezeLayoutBlanks(line.folded))))) starts.unshift(mid.end);
    else starts[0] = mid.end;
  }
  const bodyEnd = mid?.start ?? starts[0] ?? end;
  let closing: Closing | null = mid;
  if (closing === null) {
    const trailing = findClosing(lines, Math.max(header.bodyStart, listEnd), bodyEnd);
    if (trailing !== null && !trailing.mid) closing = looseSigner(lines, trailing, Math.max(header.bodyStart, listEnd));
  }
  // A signature with no date under it (a notice missing its date): the organs signed on the last lines.
  let unsigned = closing === null ? signatureWithoutDate(lines, Math.max(header.bodyStart, listEnd), bodyEnd) : null;
  if (unsigned !== null && unsigned.start === header.bodyStart) unsigned = null;
  // Lines after the closing block that open no document (a web page's `附件下载：…`) stay in the document, after it.
  const afterClosing = closing === null || mid !== null ? [] : lines.slice(closing.end, bodyEnd);

  const issued = issuedTitle(header.title);
  // Attachments first: their diagnostics come before the notice's, as they always have.
  const attachments: GazetteDocument[] = [];
  // A forwarded document printed without its title takes the one the notice quotes, else the one its title names.
  const named = mid === null || entries.length > 0 ? undefined : (quoted(lines, header.bodyStart, mid.start)[0] ?? issued ?? undefined);
  starts.forEach((start, index) => {
    const inner: ReadContext = { depth: depth + 1 };
    if (named !== undefined && index === 0) inner.fallbackTitle = named;
    attachments.push(readDocument(lines.slice(start, starts[index + 1] ?? end), sink, inner));
  });
  const body = splitGluedArticles(lines.slice(header.bodyStart, closing?.start ?? unsigned?.start ?? bodyEnd), sink);
  let articles = 0;
  for (const line of body) if (line.text.startsWith("第") && tokenizeMarker(line)?.kind === "article") articles++;
  const joinContext: JoinContext = { regulation: articles >= 2 };
  if (issued !== null) joinContext.titles = new Set([titleKey(issued)]);
  const blocks = joinLines(body, joinContext, sink);

  const firstLine = lines[0] as SourceLine;
  const lastLine = lines[lines.length - 1] as SourceLine;
  const document: GazetteDocument = {
    title: header.title.length > 0 ? header.title : (context.fallbackTitle ?? ""),
    kind: header.title.length > 0 || context.fallbackTitle === undefined ? header.kind : kindOfTitle(context.fallbackTitle),
    outline: [],
    position: cover(lineSpan(firstLine), lineSpan(lastLine)),
  };
  if (header.docNumber) document.docNumber = header.docNumber;
  if (header.decreeNumber) document.decreeNumber = header.decreeNumber;
  if (header.date) document.date = header.date;
  if (header.issuer) document.issuer = header.issuer;
  if (header.issuers) document.issuers = header.issuers;
  if (header.recipients) document.recipients = header.recipients;
  if (header.decree) document.decree = header.decree;
  if (header.report) document.report = header.report;
  if (header.adoption) document.adoption = header.adoption;
  if (header.history) document.history = header.history;
  if (header.effectiveFrom) document.effectiveFrom = header.effectiveFrom;
  if (toc !== null) document.toc = toc.entries;
  const trailer = closing === null ? [] : readClosing(lines, closing, document, sink);
  if (unsigned !== null) {
    for (let at = unsigned.start; at < bodyEnd; at++) trailer.push(nodeFromLine(lines[at] as SourceLine, "signature"));
    document.issuer ??= unsigned.issuers[0] as string;
    if (unsigned.issuers.length > 1) document.issuers ??= unsigned.issuers;
  }
  document.outline = [...buildOutline(header.nodes, blocks), ...trailer, ...afterClosing.map((line) => nodeFromLine(line, "paragraph"))];

  if (attachments.length > 0) document.attachments = attachments;
  if (entries.length > 0) {
    document.attachmentList = linkEntries(entries, attachments, starts, lines);
    for (const entry of document.attachmentList) {
      if (entry.attachment === null) sink.report("attachment-missing", `Attachment 「${entry.title}」 is listed but its text is not in the document`, entry.position, { expected: entry.title });
    }
  }
  const request = readInReplyTo(document.outline);
  if (request !== null) document.inReplyTo = request;
  if (colophon !== null) {
    document.outline.push(...colophon.nodes);
    if (colophon.cc.length > 0) document.cc = colophon.cc;
    if (colophon.printedBy !== undefined) document.printedBy = colophon.printedBy;
    if (colophon.printedOn !== undefined) document.printedOn = colophon.printedOn;
  }
  return document;
}
