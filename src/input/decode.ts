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

/**
 * Decode bytes: a byte order mark first, then strict UTF-8, else GB18030
 * (a superset of GBK and GB2312). Never depends on the machine's locale; never
 * throws: undecodable bytes become U+FFFD.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
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
  try {
    return { text: strictUtf8.decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    return { text: decodeGb18030(bytes), encoding: "gb18030", bom: false };
  }
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
