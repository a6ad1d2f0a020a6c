import iconv from "iconv-lite";
import { REPLACEMENT_CHARACTER } from "../util/chars.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "string";

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Whether a byte order mark was found (and dropped). */
  bom: boolean;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Bytes looked at to tell UTF-16 without a byte order mark from the rest. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of characters that must read as text for UTF-16 without a BOM to be chosen. */
const UTF16_TEXT_SHARE = 0.97;
/** At most one invalid sequence per this many valid non-ASCII characters in damaged UTF-8. */
const VALID_PER_INVALID_UTF8 = 20;
/** Valid non-ASCII characters needed before a few invalid ones are read as damage to UTF-8. */
const LEAST_VALID_UTF8 = 8;

/**
 * Decode bytes by evidence: a byte order mark first; then strict UTF-8; then
 * UTF-16 without a byte order mark (when its characters read as text and
 * GB18030's do not); then UTF-8 with a few invalid sequences (at most one per
 * twenty valid non-ASCII characters: damaged UTF-8, not another encoding);
 * else GB18030 (a superset of GBK and GB2312). Never depends on the machine's
 * locale; never throws: undecodable bytes become U+FFFD.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: lenientUtf8.decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le", { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be", { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  }
  if (bytes.length >= 4 && bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) {
    return { text: decodeGb18030(bytes.subarray(4)), encoding: "gb18030", bom: true };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const hasNul = sample.includes(0);
  if (!hasNul) {
    try {
      return { text: strictUtf8.decode(bytes), encoding: "utf-8", bom: false };
    } catch {
      // Not clean UTF-8: weigh the other readings.
    }
  }
  const utf16 = utf16WithoutBom(sample);
  if (utf16 !== null) return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), encoding: utf16, bom: false };
  const utf8 = lenientUtf8.decode(bytes);
  if (isDamagedUtf8(utf8)) return { text: utf8, encoding: "utf-8", bom: false };
  return { text: decodeGb18030(bytes), encoding: "gb18030", bom: false };
}

/** Whether a code unit reads as the text of a Chinese document: CJK, punctuation, ASCII, blanks. */
function isTextUnit(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    (code >= 0x2000 && code <= 0x27bf) ||
    (code >= 0x3000 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * Share of a text's characters that read as text; 0 when fewer than half of
 * them are more than blanks and line ends (`\0\n` repeated reads as UTF-16
 * line ends, and is no text).
 */
function textShare(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  let blank = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isTextUnit(code)) good++;
    if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x20) blank++;
  }
  return blank * 2 > text.length ? 0 : good / text.length;
}

/**
 * UTF-16 without a byte order mark: the byte order whose characters read as
 * text (97% or more), when GB18030's reading of the same bytes reads worse
 * (UTF-16's ASCII puts NUL bytes between letters; its Han characters become
 * control characters in GB18030).
 */
function utf16WithoutBom(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (sample.length < 4) return null;
  const even = sample.subarray(0, sample.length - (sample.length % 2));
  const le = textShare(new TextDecoder("utf-16le", { ignoreBOM: true }).decode(even));
  const be = textShare(new TextDecoder("utf-16be", { ignoreBOM: true }).decode(even));
  const best = le >= be ? "utf-16le" : "utf-16be";
  const share = Math.max(le, be);
  if (share < UTF16_TEXT_SHARE) return null;
  return share > textShare(decodeGb18030(sample)) ? best : null;
}

/** UTF-8 with a few invalid sequences among many valid non-ASCII characters. */
function isDamagedUtf8(text: string): boolean {
  let valid = 0;
  let invalid = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd) invalid++;
    else if (code > 0x7f && !(code >= 0xdc00 && code <= 0xdfff)) valid++;
  }
  return valid >= LEAST_VALID_UTF8 && invalid * VALID_PER_INVALID_UTF8 <= valid;
}

function decodeGb18030(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
}

/** Offsets `[start, end)` of each run of U+FFFD in `text`. */
export function replacementRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let index = text.indexOf(REPLACEMENT_CHARACTER);
  while (index !== -1) {
    let end = index + 1;
    while (end < text.length && text[end] === REPLACEMENT_CHARACTER) end++;
    runs.push([index, end]);
    index = text.indexOf(REPLACEMENT_CHARACTER, end);
  }
  return runs;
}
