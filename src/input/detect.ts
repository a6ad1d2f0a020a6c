import iconv from "iconv-lite";
import type { DiagnosticSink } from "../diagnostics.js";
import { type Decoded, decode } from "./decode.js";

export type InputFormat = "text" | "html" | "markdown" | "pdf";

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml|jsp|aspx?|php)$/i;
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd)$/i;
const TEXT_EXTENSIONS = /\.(?:txt|text)$/i;
const PDF_EXTENSION = /\.pdf$/i;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype|html))/i;
const HTML_ANYWHERE = /<(?:html|body|div|p|table)[\s>]/i;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/m;
const SNIFF_BYTES = 2048;

/** The format a file name says, if it says one. */
export function formatOfName(name: string | undefined): InputFormat | undefined {
  if (name === undefined) return undefined;
  if (HTML_EXTENSIONS.test(name)) return "html";
  if (MARKDOWN_EXTENSIONS.test(name)) return "markdown";
  if (TEXT_EXTENSIONS.test(name)) return "text";
  if (PDF_EXTENSION.test(name)) return "pdf";
  return undefined;
}

/** Sniff the format of text: an HTML document, Markdown (headings or comments), else plain text. */
export function sniffFormat(head: string): InputFormat {
  if (HTML_START.test(head)) return "html";
  const lines = head.split(/\r?\n/, 40);
  const tags = lines.filter((line) => HTML_ANYWHERE.test(line)).length;
  if (tags >= 2) return "html";
  if (MARKDOWN_HEADING.test(head) || hasCommentBlock(head)) return "markdown";
  return "text";
}

/** A line that starts an HTML comment whose end closes its line (one or several lines later). */
function hasCommentBlock(head: string): boolean {
  for (let at = head.indexOf("<!--"); at !== -1; at = head.indexOf("<!--", at + 4)) {
    if (at > 0 && head[at - 1] !== "\n") continue;
    const close = head.indexOf("-->", at + 4);
    if (close === -1) return false;
    const lineEnd = head.indexOf("\n", close);
    if (head.slice(close + 3, lineEnd === -1 ? head.length : lineEnd).trim() === "") return true;
  }
  return false;
}

/** The start of bytes as Latin-1: enough to sniff tags and a meta charset whatever the encoding. */
export function sniffHead(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)), "latin1");
}

const META_CHARSET = /<meta\s[^<>]*?charset\s*=\s*(?:["']\s*)?([A-Za-z0-9_-]+)/i;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function normalizeCharset(name: string): "utf-8" | "gb18030" | "utf-16le" | "utf-16be" | null {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (key === "utf8") return "utf-8";
  if (key === "gb2312" || key === "gbk" || key === "gb18030" || key === "cp936" || key === "xgbk" || key === "euccn" || key === "hzgb2312") return "gb18030";
  if (key === "utf16" || key === "utf16le") return "utf-16le";
  if (key === "utf16be") return "utf-16be";
  return null;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/**
 * Decode an HTML page: a byte order mark first, then the charset the page
 * declares (`<meta charset>` or `http-equiv` Content-Type), unless the bytes
 * contradict it (a page declared GB2312 that is valid UTF-8, or declared UTF-8
 * that is not), which is reported; with no declaration, as plain text is.
 */
export function decodeHtml(bytes: Uint8Array, head: string, sink: DiagnosticSink): Decoded {
  const sniffed = decode(bytes);
  if (sniffed.bom) return sniffed;
  const declaredName = META_CHARSET.exec(head)?.[1];
  const declared = declaredName === undefined ? null : normalizeCharset(declaredName);
  if (declared === null) return sniffed;
  let validUtf8 = true;
  try {
    strictUtf8.decode(bytes);
  } catch {
    validUtf8 = false;
  }
  if (declared === "utf-8" && !validUtf8) {
    // Damaged UTF-8 (a few invalid sequences) is UTF-8 as declared; its bad bytes are reported as such.
    if (sniffed.encoding !== "utf-8") {
      sink.report("charset-mismatch", `The page declares ${declaredName}, but its bytes are not UTF-8; decoded as ${sniffed.encoding.toUpperCase()}`, undefined, { actual: sniffed.encoding, expected: declaredName ?? "" });
    }
    return sniffed;
  }
  if (declared === "gb18030" && validUtf8 && hasNonAscii(bytes)) {
    sink.report("charset-mismatch", `The page declares ${declaredName}, but its bytes are UTF-8; decoded as UTF-8`, undefined, { actual: "utf-8", expected: declaredName ?? "" });
    return sniffed;
  }
  if (declared === "gb18030") {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030"), encoding: "gb18030", bom: false };
  }
  return sniffed;
}

/** Whether bytes start with a PDF's signature, `%PDF-`. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}
