import { createHash } from "node:crypto";
import { DiagnosticSink } from "./diagnostics.js";
import { sniffBinary } from "./input/binary.js";
import { type Encoding, decode, replacementRuns } from "./input/decode.js";
import { decodeHtml, formatOfName, type InputFormat, isPdf, sniffFormat, sniffHead } from "./input/detect.js";
import { type PageMetadata, readHtml } from "./input/html.js";
import { lineStarts, pointAtOffset } from "./input/assembled-lines.js";
import { splitNonBlankLinesWithin } from "./input/lines.js";
import { readMarkdown } from "./input/markdown.js";
import { blankFrontMatter, readYamlFrontMatter } from "./input/yaml-front-matter.js";
import { isValidDate, readDate } from "./structure/date.js";
import { readDecreeNumber } from "./structure/decree-number.js";
import { isIssuerName } from "./structure/closing.js";
import { readDocNumber } from "./structure/doc-number.js";
import { squeezeLayoutBlanks } from "./util/chars.js";
import { removeFurniture } from "./normalize/furniture.js";
import type { GongbaoResult } from "./schema/result.js";
import { SCHEMA_VERSION } from "./schema/version.js";
import type { GazetteDocument } from "./structure/document.js";
import { published, readDocument } from "./structure/document.js";
import { extract } from "./extract/registry.js";
import { type Furniture, readFrontMatter } from "./structure/front-matter.js";
import { type Segment, segmentByContents, splitUnlisted } from "./structure/segment.js";
import { titleKey } from "./util/chars.js";
import { type SourceLine, lineSpan } from "./util/position.js";

export interface ParseOptions {
  /** A name for the input (a file name), recorded in `source.name`; its extension can tell the format. */
  name?: string;
  /** The input's format; by default from `name`'s extension, else sniffed from the content. */
  format?: InputFormat;
  /**
   * Inputs larger than this many bytes (UTF-8 bytes for a string) are not
   * parsed: the result holds only `source` and an `input-too-large` error.
   * Default {@link DEFAULT_MAX_INPUT_BYTES} (64 MiB).
   */
  maxInputBytes?: number;
  /**
   * Inputs with more non-blank lines than this are not parsed: the result
   * holds `source` and a `result-too-large` error. Each line becomes an
   * outline node with positions (up to about 4.2 KB of peak memory, in `check`), so this bounds
   * the memory a result takes. Default {@link DEFAULT_MAX_LINES} (300,000).
   */
  maxLines?: number;
}

/**
 * The default `maxLines`: 300,000 non-blank lines, about 280 times seed 003
 * (a whole gazette issue of 1,080 lines), and with `maxInputBytes` what keeps `parse` and
 * `check` under 2 GB on any input (see the README's Limits).
 */
export const DEFAULT_MAX_LINES = 300_000;

/** The default `maxInputBytes`: 64 MiB, some hundred times the largest gazette issue. */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Characters of a string input looked at to sniff its format. */
const SNIFF_CHARS = 2048;

/** At most this many `invalid-bytes` diagnostics; the last one says how many more runs there were. */
const MAX_BYTE_DIAGNOSTICS = 20;

/** A result with no text read: the input's size and hash and one error saying why. */
function unparsed(input: { bytes: number; sha256: string; options: ParseOptions }, report: (sink: DiagnosticSink) => void): GongbaoResult {
  const sink = new DiagnosticSink();
  report(sink);
  const source: GongbaoResult["source"] = { encoding: "undecoded", format: input.options.format ?? formatOfName(input.options.name) ?? "text", length: 0, bytes: input.bytes, sha256: input.sha256 };
  if (input.options.name !== undefined) source.name = input.options.name;
  return { schemaVersion: SCHEMA_VERSION, source, issue: null, contents: [], documents: [], furniture: [], unclassified: [], diagnostics: sink.list };
}

/**
 * The result for an input over the size limit: its size and hash, no text
 * read. Shared with `parseFile`, which does not read such a file at all.
 */
export function inputTooLarge(input: { bytes: number; sha256: string; limit: number; options: ParseOptions }): GongbaoResult {
  const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return unparsed(input, (sink) =>
    sink.report("input-too-large", `The input is ${megabytes(input.bytes)} (${input.bytes} bytes); the limit is ${megabytes(input.limit)} (maxInputBytes / --max-input-bytes)`, undefined, {
      actual: String(input.bytes),
      expected: `<= ${input.limit}`,
    }),
  );
}

/** The result for a binary file given as text (a PDF, an office document, an image): not parsed. */
function binaryInput(input: { bytes: number; sha256: string; options: ParseOptions }, looksLike: string): GongbaoResult {
  return unparsed(input, (sink) =>
    sink.report("binary-input", `The input looks like ${looksLike}, not text; it was not parsed (gongbao reads plain text, HTML and Markdown)`, undefined, {
      actual: looksLike,
      expected: "text, HTML or Markdown",
    }),
  );
}

/** The result for a PDF given to the synchronous `parse`: not parsed, with a pointer to the asynchronous entries. */
function pdfInput(input: { bytes: number; sha256: string; options: ParseOptions }): GongbaoResult {
  const result = unparsed(input, (sink) =>
    sink.report("binary-input", "The input is a PDF document: parse() is synchronous and reads text, HTML and Markdown; read a PDF with parsePdf(bytes) or parseFile(path), which are asynchronous", undefined, {
      actual: "a PDF document",
      expected: "parsePdf() or parseFile()",
    }),
  );
  result.source.format = "pdf";
  return result;
}

/** The result for an input over the line budget: decoded, not parsed; one error saying why. */
function resultTooLarge(source: GongbaoResult["source"], options: ParseOptions, count: number, limit: number, what: string): GongbaoResult {
  if (options.name !== undefined) source.name = options.name;
  const sink = new DiagnosticSink();
  sink.report("result-too-large", `${what}: its result would not fit the memory budget`, undefined, { actual: String(count), expected: `<= ${limit}` });
  return { schemaVersion: SCHEMA_VERSION, source, issue: null, contents: [], documents: [], furniture: [], unclassified: [], diagnostics: sink.list };
}

/** Opening and closing tags of a page (every `<` followed by a letter, `/` or `!`). */
function countTags(text: string): number {
  let count = 0;
  for (let index = text.indexOf("<"); index !== -1; index = text.indexOf("<", index + 1)) {
    const next = text.charCodeAt(index + 1);
    if (next === 0x2f || next === 0x21 || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a)) count++;
  }
  return count;
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/**
 * Parse a gazette issue or a single official document.
 *
 * `input` is text, or bytes (decoded from UTF-8, UTF-16 with a BOM, or
 * GB18030/GBK/GB2312). Returns a result that validates against the published
 * schema. Never throws on content: odd input gives diagnostics. Throws a
 * `TypeError` only when `input` is not a string or bytes.
 */
export function parse(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): GongbaoResult {
  return finish(parseInSteps(input, options, true));
}

/**
 * `parse` one document at a time, for inputs too large to hold as one result
 * (a year of gazette issues in one file, a whole archive's export):
 * `onDocument` is called with each document as soon as it is read, its index
 * in `documents`, and the result being built; the document is not kept, so
 * memory holds one document at a time. Returns that result, without its
 * documents (`documents` is empty); every other field is what `parse` gives.
 * The fields before `documents` (`source`, `issue`, `contents`) are final
 * when the first document comes; `furniture`, `unclassified` and
 * `diagnostics` only once `parseEach` returns. Text, HTML and Markdown, like `parse`.
 */
export function parseEach(
  input: string | Uint8Array | ArrayBuffer,
  onDocument: (document: GongbaoResult["documents"][number], index: number, result: GongbaoResult) => void,
  options: ParseOptions = {},
): GongbaoResult {
  const steps = parseInSteps(input, options, false);
  let step = steps.next();
  while (step.done !== true) {
    onDocument(step.value.document, step.value.index, step.value.result);
    step = steps.next();
  }
  return step.value;
}

/** A document of a parse, given as soon as it is read, and the result it belongs to. */
export interface ParseStep {
  /** The result: every field before `documents` is final; those after it are not until the parse ends. */
  result: GongbaoResult;
  document: GongbaoResult["documents"][number];
  /** 0-based index of the document in `documents`. */
  index: number;
}

/** Run a parse's steps to the end: its result. */
function finish(steps: Generator<ParseStep, GongbaoResult, void>): GongbaoResult {
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/**
 * `parse` one document at a time: each document is given to the caller as it
 * is read, and with `keep` false it is not kept in `result.documents`, so a
 * caller that writes documents out as they come holds one at a time, not the
 * whole result. The generator's return value is the result.
 */
export function parseInSteps(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}, keep = false): Generator<ParseStep, GongbaoResult, void> {
  if (typeof input !== "string" && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new TypeError("gongbao: parse() expects a string, a Uint8Array or an ArrayBuffer");
  }
  // Decoded before the steps begin: the steps hold the text, not the input's bytes.
  const read = readInput(input, options);
  if ("result" in read) return noSteps(read.result);
  return parseLinesInSteps(read.text, read.lines, read.source, read.sink, read.extras, keep);
}

/**
 * `parse`, with the decoded text its positions point into (the empty string
 * for an input not decoded: over the size limit, binary), for a caller that
 * shows the text (`check`, `report`) and need not decode it again.
 */
export function parseWithText(input: string | Uint8Array | ArrayBuffer, options: ParseOptions = {}): { result: GongbaoResult; text: string } {
  const read = readInput(input, options);
  if ("result" in read) return { result: read.result, text: read.text ?? "" };
  return { result: finish(parseLinesInSteps(read.text, read.lines, read.source, read.sink, read.extras, true)), text: read.text };
}

/** Steps of a parse that gives no document: only its result. */
function* noSteps(result: GongbaoResult): Generator<ParseStep, GongbaoResult, void> {
  return result;
}

/** An input decoded and split into its front end's lines, or the result of an input that is not parsed (too large, binary, a PDF). */
type ReadInput = { result: GongbaoResult; text?: string } | { text: string; lines: SourceLine[]; source: GongbaoResult["source"]; sink: DiagnosticSink; extras: FrontEndExtras };

function readInput(input: string | Uint8Array | ArrayBuffer, options: ParseOptions): ReadInput {
  const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > limit) {
    const hash = createHash("sha256");
    if (typeof input === "string") hash.update(input, "utf8");
    else hash.update(toBytes(input));
    return { result: inputTooLarge({ bytes: size, sha256: hash.digest("hex"), limit, options }) };
  }
  const sink = new DiagnosticSink();
  let text: string;
  let encoding: Encoding;
  let sha256: string;
  let format: InputFormat;
  if (typeof input === "string") {
    text = input;
    encoding = "string";
    sha256 = createHash("sha256").update(input, "utf8").digest("hex");
    format = options.format ?? formatOfName(options.name) ?? sniffFormat(input.slice(0, SNIFF_CHARS));
    // A string cannot hold a PDF's bytes: a `.pdf` name on text is read as what the text is.
    if (format === "pdf") format = sniffFormat(input.slice(0, SNIFF_CHARS));
  } else {
    const bytes = toBytes(input);
    const head = sniffHead(bytes);
    format = options.format ?? formatOfName(options.name) ?? sniffFormat(head);
    if (isPdf(bytes) || (format === "pdf" && options.format === "pdf")) {
      return { result: pdfInput({ bytes: size, sha256: createHash("sha256").update(bytes).digest("hex"), options }) };
    }
    if (format === "pdf") format = sniffFormat(head);
    const decoded = format === "html" ? decodeHtml(bytes, head, sink) : decode(bytes);
    sha256 = createHash("sha256").update(bytes).digest("hex");
    const binary = sniffBinary(bytes, decoded.encoding === "utf-16le" || decoded.encoding === "utf-16be");
    if (binary !== null) return { result: binaryInput({ bytes: size, sha256, options }, binary) };
    text = decoded.text;
    encoding = decoded.encoding;
  }

  let nonBlank: SourceLine[];
  let metadata: PageMetadata[] = [];
  let pageTitle: string | undefined;
  const maxLines = options.maxLines ?? DEFAULT_MAX_LINES;
  // A page's elements cost more memory than its lines (a <tr> of a million cells is one line): each tag counts as a line.
  const tags = format === "html" ? countTags(text) : 0;
  if (tags > maxLines) {
    const source: GongbaoResult["source"] = { encoding, format, length: text.length, bytes: size, sha256 };
    return { result: resultTooLarge(source, options, tags, maxLines, `The page has ${tags} tags; the limit is ${maxLines} (maxLines / --max-lines, a tag counting as a line)`), text };
  }
  if (format === "html") {
    const html = readHtml(text, sink);
    nonBlank = html.lines;
    metadata = html.metadata;
    pageTitle = html.pageTitle;
  } else if (format === "markdown") {
    // YAML front matter is metadata, never text: its characters are read as blanks, so positions stay.
    const yaml = readYamlFrontMatter(text);
    nonBlank = readMarkdown(yaml === null ? text : blankFrontMatter(text, yaml), sink);
    if (yaml !== null) metadata = yaml.entries;
  } else {
    // Plain text stops building lines past the budget (then only counts): refusing must not take the memory the budget guards.
    const lines = splitNonBlankLinesWithin(text, maxLines);
    if (typeof lines === "number") {
      const source: GongbaoResult["source"] = { encoding, format, length: text.length, bytes: size, sha256 };
      return { result: resultTooLarge(source, options, lines, maxLines, `The input has ${lines} non-blank lines; the limit is ${maxLines} (maxLines / --max-lines)`), text };
    }
    nonBlank = lines;
  }
  const source: GongbaoResult["source"] = { encoding, format, length: text.length, bytes: size, sha256 };
  if (nonBlank.length > maxLines) {
    return { result: resultTooLarge(source, options, nonBlank.length, maxLines, `The input has ${nonBlank.length} non-blank lines; the limit is ${maxLines} (maxLines / --max-lines)`), text };
  }
  if (encoding !== "string") reportInvalidBytes(text, encoding, sink);
  if (options.name !== undefined) source.name = options.name;
  return { text, lines: nonBlank, source, sink, extras: { metadata, pageTitle } };
}

/** What a front end found besides lines: a web page's metadata and title, furniture found by geometry. */
export interface FrontEndExtras {
  metadata?: PageMetadata[];
  pageTitle?: string | undefined;
  /** Page furniture a front end already took out of `lines` (a PDF's running headers and page numbers). */
  furniture?: Furniture[];
}

/**
 * The pipeline from a front end's lines on: front matter, furniture, documents,
 * extraction. `text` is what positions point into; `lines` its non-blank lines.
 */
export function parseLines(text: string, nonBlank: SourceLine[], source: GongbaoResult["source"], sink: DiagnosticSink, extras: FrontEndExtras = {}): GongbaoResult {
  return finish(parseLinesInSteps(text, nonBlank, source, sink, extras, true));
}

/** `parseLines` one document at a time (see `parseInSteps`). */
function* parseLinesInSteps(
  text: string,
  nonBlank: SourceLine[],
  source: GongbaoResult["source"],
  sink: DiagnosticSink,
  extras: FrontEndExtras,
  keep: boolean,
): Generator<ParseStep, GongbaoResult, void> {
  const metadata = extras.metadata ?? [];
  const pageTitle = extras.pageTitle;
  const result: GongbaoResult = {
    schemaVersion: SCHEMA_VERSION,
    source,
    issue: null,
    contents: [],
    documents: [],
    furniture: [],
    unclassified: [],
    diagnostics: sink.list,
  };
  if (nonBlank.length === 0) {
    sink.report("empty-input", "The input has no text");
    if (extras.furniture !== undefined) result.furniture = extras.furniture;
    return result;
  }

  const front = readFrontMatter(text, nonBlank, sink);
  result.issue = front.issue;
  result.contents = front.contents;
  result.furniture = front.furniture;
  if (extras.furniture !== undefined && extras.furniture.length > 0) result.furniture = [...extras.furniture, ...front.furniture];
  const unclassified: SourceLine[] = [...front.unclassified];

  const headerKeys = new Set(front.categories.map((category) => titleKey(category.text)));
  if (front.issue !== null && front.issue.title.length > 0) headerKeys.add(titleKey(front.issue.title));
  const body = removeFurniture(nonBlank.slice(front.end), { headerKeys }, result.furniture, sink);

  let segments: Segment[] = [];
  if (front.contents.length > 0) {
    const split = segmentByContents(body, front.contents);
    segments = split.segments;
    for (const missing of split.missing) {
      const entry = front.contents[missing];
      if (entry === undefined) continue;
      sink.report("contents-entry-not-found", `No document titled 「${entry.title}」 (page ${entry.page}) in the body`, entry.position, {
        expected: entry.title,
      });
    }
  } else if (body.length > 0) {
    segments = [{ from: 0, to: body.length, entry: null }];
  }
  segments = splitUnlisted(body, segments);
  const firstStart = segments[0]?.from ?? body.length;
  unclassified.push(...body.slice(0, firstStart));

  // Every field before `documents` is final before the first document is given out: contents entries know their documents.
  segments.forEach((segment, index) => {
    const entry = segment.entry === null ? undefined : front.contents[segment.entry];
    if (entry !== undefined) entry.document = index;
  });
  // What the metadata says is reported after every document's diagnostics, with no document index.
  const metadataSink = new DiagnosticSink();
  for (const [index, segment] of segments.entries()) {
    sink.document = index;
    const document: GazetteDocument = readDocument(body.slice(segment.from, segment.to), sink);
    extract(document, { sink });
    if (segment.entry !== null) {
      const entry = front.contents[segment.entry];
      if (entry !== undefined) {
        document.contentsEntry = segment.entry;
        if (entry.category !== null) document.category = entry.category;
      }
    }
    if (index === 0) {
      if (metadata.length > 0) applyMetadata(document, metadata, metadataSink);
      // A page with no title in its text or metadata: the <title>, without the site's name after a separator.
      if (document.title === "" && pageTitle !== undefined) document.title = squeezeLayoutBlanks(pageTitle.split(/[_|－—-]/)[0]?.trim() ?? pageTitle);
    }
    const done = published(document);
    if (keep) result.documents.push(done);
    yield { result, document: done, index };
  }
  sink.document = undefined;
  sink.list.push(...metadataSink.list);

  unclassified.sort((a, b) => a.start - b.start);
  for (const line of unclassified) {
    const position = lineSpan(line);
    result.unclassified.push({ text: line.text, position });
    sink.report("unclassified-text", `No stage could place 「${line.text.slice(0, 30)}」`, position);
  }
  return result;
}

function reportInvalidBytes(text: string, encoding: Encoding, sink: DiagnosticSink): void {
  const runs = replacementRuns(text);
  if (runs.length === 0) return;
  const starts = lineStarts(text);
  for (const [start, end] of runs.slice(0, MAX_BYTE_DIAGNOSTICS)) {
    sink.report("invalid-bytes", `${end - start} undecodable ${encoding} sequence(s) replaced with U+FFFD`, {
      start: pointAtOffset(starts, start),
      end: pointAtOffset(starts, end),
    });
  }
  if (runs.length > MAX_BYTE_DIAGNOSTICS) {
    sink.report("invalid-bytes", `${runs.length - MAX_BYTE_DIAGNOSTICS} more runs of undecodable bytes not listed`);
  }
}

/**
 * The metadata labels that fill a document's fields: a web page's table
 * (标题, 发文机关, 成文日期, 发文字号 …) and Markdown front matter keys
 * (`title`, `date` …). A new label is a new row.
 */
const METADATA_FIELDS: ReadonlyArray<{ labels: readonly string[]; field: "title" | "issuer" | "date" | "docNumber" }> = [
  { labels: ["标题", "名称", "title"], field: "title" },
  { labels: ["发文机关", "发布机构", "制定机关", "issuer", "office"], field: "issuer" },
  { labels: ["成文日期", "date"], field: "date" },
  { labels: ["发文字号", "文号", "docNumber", "doc_number"], field: "docNumber" },
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Fill a page's document from the metadata above the article (a web page's
 * table, Markdown front matter): title, issuer, date and 文号 take precedence
 * over what the text gave; every pair is kept in `metadata`.
 */
function applyMetadata(document: GazetteDocument, metadata: PageMetadata[], sink: DiagnosticSink): void {
  document.metadata = metadata;
  for (const { label, value, position } of metadata) {
    const field = METADATA_FIELDS.find((row) => row.labels.includes(label))?.field;
    if (field === "title") document.title = squeezeLayoutBlanks(value);
    else if (field === "issuer") {
      const issuer = squeezeLayoutBlanks(value);
      // A joint document's organs (`国务院办公厅、中央军委办公厅`): issuer is the first.
      const names = issuer.split("、");
      if (names.length > 1 && names.every((name) => isIssuerName(name))) {
        document.issuers = names;
        document.issuer = names[0] as string;
      } else document.issuer = issuer;
    } else if (field === "date") {
      const iso = ISO_DATE.exec(value.trim());
      if (iso !== null && isValidDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) {
        document.date = value.trim();
        continue;
      }
      const date = readDate(value);
      if (date?.iso) document.date = date.iso;
      else if (date !== null || iso !== null) sink.report("invalid-date", `No such date: ${value}`, position, { actual: value });
    } else if (field === "docNumber") {
      const number = readDocNumber(value);
      if (number !== null) document.docNumber = { text: number.text, issuer: number.issuer, year: number.year, seq: number.seq };
      else {
        // A decree page gives its decree's number here: 国务院令第707号.
        const decree = readDecreeNumber(value);
        if (decree !== null) document.decreeNumber = decree;
      }
    }
  }
}
