import { createHash } from "node:crypto";
import { DiagnosticSink } from "./diagnostics.js";
import { addPages, assemble, readPdfPages } from "./input/pdf/read-pdf.js";
import { DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_LINES, type ParseOptions, inputTooLarge, parseLines } from "./parse.js";
import type { GongbaoResult } from "./schema/result.js";
import { SCHEMA_VERSION } from "./schema/version.js";

/**
 * Parse a gazette issue or a document from the bytes of its PDF.
 *
 * The text layer is read with pdf.js (loaded on first use), a page at a time:
 * lines from text items by baseline, two-column pages read column by column,
 * paragraphs re-joined across lines and pages, running headers, footers and
 * page numbers found by geometry and moved to `furniture`. The result is the
 * one the text path gives, with positions into the assembled text (one line
 * per paragraph) and `page` on every point; `source.pages` is the page count.
 *
 * Resolves, never rejects, on content: a damaged or encrypted file
 * (`pdf-unreadable`), pages with no text layer (`pdf-no-text`; no OCR) or
 * glyphs with no Unicode mapping (`pdf-unmapped-text`) are diagnostics.
 * Throws a `TypeError` only when `input` is not bytes.
 */
export async function parsePdf(input: Uint8Array | ArrayBuffer, options: ParseOptions = {}): Promise<GongbaoResult> {
  if (!(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) throw new TypeError("gongbao: parsePdf() expects a Uint8Array or an ArrayBuffer");
  return (await readAndParsePdf(input, options)).result;
}

/** `parsePdf`, with the text assembled from the PDF that the result's positions point into ("" when none was read). */
export async function readAndParsePdf(input: Uint8Array | ArrayBuffer, options: ParseOptions = {}): Promise<{ result: GongbaoResult; text: string }> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (bytes.byteLength > limit) return { result: inputTooLarge({ bytes: bytes.byteLength, sha256, limit, options: { ...options, format: "pdf" } }), text: "" };
  const sink = new DiagnosticSink();
  const source: GongbaoResult["source"] = { encoding: "pdf", format: "pdf", length: 0, bytes: bytes.byteLength, sha256 };
  if (options.name !== undefined) source.name = options.name;
  const empty = (): GongbaoResult => ({ schemaVersion: SCHEMA_VERSION, source, issue: null, contents: [], documents: [], furniture: [], unclassified: [], diagnostics: sink.list });
  const read = await readPdfPages(bytes, sink);
  if (read === null) {
    source.encoding = "undecoded";
    return { result: empty(), text: "" };
  }
  source.pages = read.count;
  const text = assemble(read.pages, read.count);
  source.length = text.text.length;
  const maxLines = options.maxLines ?? DEFAULT_MAX_LINES;
  if (text.lines.length > maxLines) {
    sink.report("result-too-large", `The PDF has ${text.lines.length} paragraphs; the limit is ${maxLines} (maxLines / --max-lines): its result would not fit the memory budget`, undefined, { actual: String(text.lines.length), expected: `<= ${maxLines}` });
    return { result: empty(), text: text.text };
  }
  const result = parseLines(text.text, text.lines, source, sink, { furniture: text.furniture });
  result.furniture.sort((a, b) => a.position.start.offset - b.position.start.offset);
  addPages(result, text.pageAt);
  return { result, text: text.text };
}
