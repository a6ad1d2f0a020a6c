/**
 * Named characters. Full-width forms are folded to ASCII for matching only
 * (`fold`), one UTF-16 unit for one, so offsets in folded text equal offsets in
 * the source.
 */
export const REPLACEMENT_CHARACTER = "\ufffd";

const FULLWIDTH_TO_ASCII = 0xfee0;

const HAS_FOLDABLE = /[\uff01-\uff5e\u3000\u00a0]/;
const utf16 = new TextDecoder("utf-16le");
/** Below this length one `String.fromCharCode` over a scratch buffer beats a decoder call. */
const SHORT_STRING = 256;
const SCRATCH = new Uint16Array(SHORT_STRING);

/** Fold full-width ASCII variants and the ideographic space to ASCII. Same length as input. */
export function fold(text: string): string {
  if (!HAS_FOLDABLE.test(text)) return text;
  if (text.length < SHORT_STRING) {
    // Code units into a scratch buffer, one string made from them: no string per character.
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      SCRATCH[index] = code >= 0xff01 && code <= 0xff5e ? code - FULLWIDTH_TO_ASCII : code === 0x3000 || code === 0xa0 ? 0x20 : code;
    }
    return String.fromCharCode.apply(null, SCRATCH.subarray(0, text.length) as unknown as number[]);
  }
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    units[index] = code >= 0xff01 && code <= 0xff5e ? code - FULLWIDTH_TO_ASCII : code === 0x3000 || code === 0xa0 ? 0x20 : code;
  }
  return utf16.decode(units);
}

/** Whitespace as laid out on a page: ASCII blanks, ideographic and no-break spaces. */
export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0xfeff;
}

/** CJK unified ideograph (BMP blocks used in official documents). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3007;
}

/**
 * Remove blanks that a PDF extractor or a page layout put inside CJK text
 * (`同城一体 深度融合` → `同城一体深度融合`), keeping blanks between Latin words.
 */
const HAS_BLANK = /[ \t\u3000\u00a0\u000b\u000c\ufeff]/;

export function squeezeLayoutBlanks(text: string): string {
  if (!HAS_BLANK.test(text)) return text;
  // Slices between blank runs, joined once: appending to a string and reading
  // its last character back would flatten it at every blank (quadratic).
  const pieces: string[] = [];
  let kept = 0;
  let index = 0;
  while (index < text.length) {
    if (!isBlank(text.charCodeAt(index))) {
      index++;
      continue;
    }
    let next = index + 1;
    while (next < text.length && isBlank(text.charCodeAt(next))) next++;
    if (index > kept) pieces.push(text.slice(kept, index));
    const before = index > 0 ? text.charCodeAt(index - 1) : -1;
    const after = next < text.length ? text.charCodeAt(next) : -1;
    // A blank between two Latin letters or digits is a word space; keep one.
    if (index > 0 && pieces.length > 0 && isLatin(before) && isLatin(after)) pieces.push(" ");
    kept = next;
    index = next;
  }
  if (kept < text.length) pieces.push(text.slice(kept));
  return pieces.join("");
}

function isLatin(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Key for comparing titles: folded, no blanks. */
export function titleKey(text: string): string {
  return foldedKey(fold(text));
}

/** `titleKey` of text that is already folded. */
export function foldedKey(folded: string): string {
  return squeezeLayoutBlanks(folded).replace(/ /g, "");
}
