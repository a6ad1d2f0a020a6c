/**
 * Binary files given as text: a PDF, an office document, an image, an
 * archive. Read as text they decode to GB18030 garbage; they are recognized
 * by their signature, else by their share of control bytes, and not parsed.
 */

/** A file signature: the bytes a format starts with, at an offset, and what to call it. */
interface Signature {
  bytes: readonly number[];
  offset?: number;
  name: string;
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** Signatures of the binary formats people hand a text tool, with what to call each. */
export const SIGNATURES: readonly Signature[] = [
  { bytes: ascii("%PDF-"), name: "a PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "a ZIP archive (DOCX, XLSX, OFD, …)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: "an OLE document (DOC, XLS, WPS, …)" },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "a JPEG image" },
  { bytes: ascii("GIF8"), name: "a GIF image" },
  { bytes: ascii("II*\0"), name: "a TIFF image" },
  { bytes: ascii("MM\0*"), name: "a TIFF image" },
  { bytes: ascii("WEBP"), offset: 8, name: "a WebP image" },
  { bytes: [0x1f, 0x8b], name: "a gzip archive" },
  { bytes: ascii("Rar!"), name: "a RAR archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: "a 7-Zip archive" },
  { bytes: ascii("{\\rtf"), name: "an RTF document" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: "an executable (ELF)" },
];

/** Bytes looked at for control characters. */
const SAMPLE_BYTES = 8192;
/** Fewer bytes than this say too little: a short input is read as text whatever it holds. */
const SHORTEST_SAMPLE = 64;
/** Share of control bytes above which a file is binary data (text has tabs and line ends only). */
const CONTROL_SHARE = 0.1;

function startsWith(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((byte, index) => bytes[offset + index] === byte);
}

/** A control byte that text does not hold: not a tab, line end, form feed or escape. */
function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) || byte === 0x7f;
}

/**
 * What binary format `bytes` look like (`"a PDF document"`), or null for text.
 * `textual` says whether a text decoding of the same bytes was found (UTF-16
 * without a byte order mark has NUL bytes between ASCII letters): then only
 * a signature makes it binary.
 */
export function sniffBinary(bytes: Uint8Array, textual: boolean): string | null {
  for (const signature of SIGNATURES) if (startsWith(bytes, signature)) return signature.name;
  if (textual) return null;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.length < SHORTEST_SAMPLE) return null;
  let control = 0;
  for (const byte of sample) if (isControl(byte)) control++;
  return control / sample.length > CONTROL_SHARE ? "binary data" : null;
}
