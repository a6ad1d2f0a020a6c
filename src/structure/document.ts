import type { DiagnosticSink } from "../diagnostics.js";
import { type Block, joinLines } from "../normalize/blocks.js";
import { attachmentLabel, attachmentList, dateLine } from "../regexes.js";
import { tokenizeMarker } from "../tokenize/tokenize.js";
import { squeezeLayoutBlanks, titleKey } from "../util/chars.js";
import { type Position, type SourceLine, cover, lineSpan } from "../util/position.js";
import { readDate } from "./date.js";
import type { DecreeNumber } from "./decree-number.js";
import type { DocNumber } from "./doc-number.js";
import { type Decree, type DocumentKind, type Report, readHeader } from "./header.js";
import type { Adoption, EffectiveFrom, HistoryEntry } from "./headnote.js";
import { type OutlineNode, nodeFromBlock } from "./node.js";
import { type TocEntry, readToc } from "./toc.js";
import { splitGluedArticles } from "../normalize/glued-articles.js";
import { buildOutline } from "./outline.js";
import type { Article, Division } from "../extract/articles.js";
import type { Measure } from "../extract/measures.js";
import type { Outlet } from "../extract/outlets.js";
import type { StatedCounts } from "../extract/stated-counts.js";
import type { Table } from "../extract/tables.js";
import type { Task } from "../extract/tasks.js";

export interface GazetteDocument {
  title: string;
  kind: DocumentKind;
  category?: string;
  /** Index of the contents entry that lists this document. */
  contentsEntry?: number;
  docNumber?: DocNumber;
  /** The number of the decree it is, or that promulgated it: `国务院令第707号` (a decree has no 文号). */
  decreeNumber?: DecreeNumber;
  date?: string;
  issuer?: string;
  recipients?: string[];
  decree?: Decree;
  report?: Report;
  /** When and by whom a law or regulation was adopted, from its headnote. */
  adoption?: Adoption;
  /** The events its headnote records: adopted, approved, promulgated, amended, revised, corrected. */
  history?: HistoryEntry[];
  /** When it takes effect, from the decree, the headnote or an article (the first that says). */
  effectiveFrom?: EffectiveFrom;
  /** A printed table of contents (目录): its entries, never chapters. */
  toc?: TocEntry[];
  attachments?: GazetteDocument[];
  outline: OutlineNode[];
  position: Position;
  measures?: Measure[];
  tasks?: Task[];
  chapters?: Division[];
  sections?: Division[];
  articles?: Article[];
  tables?: Table[];
  outlets?: Outlet[];
  statedCounts?: StatedCounts;
  /** Label/value pairs a web page carries about the document (索引号, 发文机关, 成文日期 …). */
  metadata?: Array<{ label: string; value: string; position: Position }>;
}

const LONGEST_ATTACHMENT_TITLE = 60;
/** A line that begins a title printed over several lines has at least this many characters. */
const SHORTEST_TITLE_PART = 4;
const LONGEST_SIGNATURE = 30;
const SIGNATURE_PUNCTUATION = /[，。,.;；:：!！?？]/;

/** The titles an attachment list names: `附件：甲` or `附件:` followed by title lines (`1.甲`). */
function listedTitles(lines: SourceLine[], at: number): { titles: string[]; end: number } {
  const first = attachmentList.exec(squeezeLayoutBlanks((lines[at] as SourceLine).folded));
  const titles: string[] = [];
  let end = at + 1;
  const strip = (line: SourceLine) => {
    const marker = tokenizeMarker(line);
    return titleKey(marker === null ? line.text : line.text.slice(marker.raw.length));
  };
  const inline = first?.[1]?.trim() ?? "";
  if (inline.length > 0) {
    const marker = /^(?:[0-9]{1,2}[.．、]\s*)?/.exec(inline)?.[0] ?? "";
    titles.push(titleKey(inline.slice(marker.length)));
  }
  // Further titles, one per line, numbered when there are several.
  while (end < lines.length) {
    const line = lines[end] as SourceLine;
    const folded = line.folded;
    if (line.text.length > LONGEST_ATTACHMENT_TITLE || /[。；;]/.test(folded) || attachmentLabel.test(squeezeLayoutBlanks(folded))) break;
    const marker = tokenizeMarker(line, folded);
    if (inline.length > 0 && marker === null) break;
    if (titles.length > 0 && titles.includes(strip(line))) break;
    titles.push(strip(line));
    end++;
    if (inline.length === 0 && marker === null) break;
  }
  return { titles, end };
}

/** Where each listed attachment starts: its `附件N` label, else its title line. */
function attachmentStarts(lines: SourceLine[], from: number, titles: string[]): number[] {
  const starts: number[] = [];
  let cursor = from;
  for (const title of titles) {
    for (let at = cursor; at < lines.length; at++) {
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

/** Label trailing signature and date blocks; fill issuer and date from them when the header had none. */
function readSignature(blocks: Block[], document: GazetteDocument, nodes: OutlineNode[], sink: DiagnosticSink): Block[] {
  const last = blocks[blocks.length - 1];
  if (last === undefined || !dateLine.test(squeezeLayoutBlanks(last.folded))) return blocks;
  const before = blocks[blocks.length - 2];
  const signer =
    before !== undefined && before.marker === null && before.field === null && before.text.length <= LONGEST_SIGNATURE && !SIGNATURE_PUNCTUATION.test(before.folded)
      ? before
      : undefined;
  const date = readDate(squeezeLayoutBlanks(last.folded));
  if (date !== null && date.iso === null) sink.report("invalid-date", `No such date: ${last.text}`, nodeFromBlock(last, "date").position, { actual: last.text });
  if (document.date === undefined && date?.iso) document.date = date.iso;
  if (signer !== undefined) {
    nodes.push(nodeFromBlock(signer, "signature"));
    if (document.issuer === undefined) document.issuer = squeezeLayoutBlanks(signer.text);
  }
  nodes.push(nodeFromBlock(last, "date"));
  return blocks.slice(0, signer === undefined ? -1 : -2);
}

/**
 * Read one document from its lines (page furniture already removed): header,
 * attachments (each read as a document), trailing signature, outline.
 */
export function readDocument(lines: SourceLine[], sink: DiagnosticSink): GazetteDocument {
  const header = readHeader(lines, sink);
  const toc = readToc(lines, header.bodyStart);
  if (toc !== null) {
    header.nodes.push(...toc.nodes);
    header.bodyStart = toc.end;
  }
  let bodyEnd = lines.length;
  const attachments: GazetteDocument[] = [];
  for (let at = header.bodyStart; at < lines.length; at++) {
    if (!(lines[at] as SourceLine).text.startsWith("附")) continue;
    if (!attachmentList.test(squeezeLayoutBlanks((lines[at] as SourceLine).folded))) continue;
    const { titles, end } = listedTitles(lines, at);
    const starts = attachmentStarts(lines, end, titles);
    if (starts.length === 0) continue;
    bodyEnd = starts[0] as number;
    starts.forEach((start, index) => {
      attachments.push(readDocument(lines.slice(start, starts[index + 1] ?? lines.length), sink));
    });
    break;
  }
  const body = splitGluedArticles(lines.slice(header.bodyStart, bodyEnd), sink);
  let articles = 0;
  for (const line of body) if (line.text.startsWith("第") && tokenizeMarker(line)?.kind === "article") articles++;
  const blocks = joinLines(body, { regulation: articles >= 2 }, sink);

  const first = lines[0] as SourceLine;
  const last = lines[lines.length - 1] as SourceLine;
  const document: GazetteDocument = {
    title: header.title,
    kind: header.kind,
    outline: [],
    position: cover(lineSpan(first), lineSpan(last)),
  };
  if (header.docNumber) document.docNumber = header.docNumber;
  if (header.decreeNumber) document.decreeNumber = header.decreeNumber;
  if (header.date) document.date = header.date;
  if (header.issuer) document.issuer = header.issuer;
  if (header.recipients) document.recipients = header.recipients;
  if (header.decree) document.decree = header.decree;
  if (header.report) document.report = header.report;
  if (header.adoption) document.adoption = header.adoption;
  if (header.history) document.history = header.history;
  if (header.effectiveFrom) document.effectiveFrom = header.effectiveFrom;
  if (toc !== null) document.toc = toc.entries;
  const trailer: OutlineNode[] = [];
  const content = readSignature(blocks, document, trailer, sink);
  document.outline = [...buildOutline(header.nodes, content), ...trailer];
  if (attachments.length > 0) document.attachments = attachments;
  return document;
}
