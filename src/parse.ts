import { createHash } from "node:crypto";
import { DiagnosticSink } from "./diagnostics.js";
import { type Encoding, decode, replacementRuns } from "./input/decode.js";
import { splitLines } from "./input/lines.js";
import { removeFurniture } from "./normalize/furniture.js";
import type { GongbaoResult } from "./schema/result.js";
import { SCHEMA_VERSION } from "./schema/version.js";
import type { GazetteDocument } from "./structure/document.js";
import { readDocument } from "./structure/document.js";
import { extract } from "./extract/registry.js";
import { readFrontMatter } from "./structure/front-matter.js";
import { type Segment, segmentByContents, splitUnlisted } from "./structure/segment.js";
import { titleKey } from "./util/chars.js";
import { type SourceLine, lineSpan } from "./util/position.js";

export interface ParseOptions {
  /** A name for the input (a file name), recorded in `source.name`. */
  name?: string;
}

/** At most this many `invalid-bytes` diagnostics; the last one says how many more runs there were. */
const MAX_BYTE_DIAGNOSTICS = 20;

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
  if (typeof input !== "string" && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new TypeError("gongbao: parse() expects a string, a Uint8Array or an ArrayBuffer");
  }
  const sink = new DiagnosticSink();
  let text: string;
  let encoding: Encoding;
  let sha256: string;
  if (typeof input === "string") {
    text = input;
    encoding = "string";
    sha256 = createHash("sha256").update(input, "utf8").digest("hex");
  } else {
    const bytes = toBytes(input);
    const decoded = decode(bytes);
    text = decoded.text;
    encoding = decoded.encoding;
    sha256 = createHash("sha256").update(bytes).digest("hex");
  }

  const lines = splitLines(text);
  if (encoding !== "string") reportInvalidBytes(text, lines, encoding, sink);
  const nonBlank = lines.filter((line) => line.text.length > 0);
  const source: GongbaoResult["source"] = { encoding, format: "text", length: text.length, sha256 };
  if (options.name !== undefined) source.name = options.name;
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
    return result;
  }

  const front = readFrontMatter(text, nonBlank, sink);
  result.issue = front.issue;
  result.contents = front.contents;
  result.furniture = front.furniture;
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

  segments.forEach((segment, index) => {
    sink.document = index;
    const document: GazetteDocument = readDocument(body.slice(segment.from, segment.to), sink);
    extract(document, { sink });
    if (segment.entry !== null) {
      const entry = front.contents[segment.entry];
      if (entry !== undefined) {
        entry.document = index;
        document.contentsEntry = segment.entry;
        if (entry.category !== null) document.category = entry.category;
      }
    }
    result.documents.push(document);
  });
  sink.document = undefined;

  unclassified.sort((a, b) => a.start - b.start);
  for (const line of unclassified) {
    const position = lineSpan(line);
    result.unclassified.push({ text: line.text, position });
    sink.report("unclassified-text", `No stage could place 「${line.text.slice(0, 30)}」`, position);
  }
  return result;
}

function reportInvalidBytes(text: string, lines: SourceLine[], encoding: Encoding, sink: DiagnosticSink): void {
  const runs = replacementRuns(text);
  if (runs.length === 0) return;
  let lineIndex = 0;
  runs.slice(0, MAX_BYTE_DIAGNOSTICS).forEach(([start, end]) => {
    while (lineIndex < lines.length - 1 && (lines[lineIndex] as SourceLine).end < start) lineIndex++;
    const line = lines[lineIndex] as SourceLine;
    sink.report(
      "invalid-bytes",
      `${end - start} undecodable ${encoding} sequence(s) replaced with U+FFFD`,
      { start: { line: line.number, column: start - line.start + 1, offset: start }, end: { line: line.number, column: end - line.start + 1, offset: end } },
    );
  });
  if (runs.length > MAX_BYTE_DIAGNOSTICS) {
    sink.report("invalid-bytes", `${runs.length - MAX_BYTE_DIAGNOSTICS} more runs of undecodable bytes not listed`);
  }
}
