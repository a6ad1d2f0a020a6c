/**
 * Named characters. Full-width forms are folded to ASCII for matching only
 * (`fold`), one UTF-16 unit for one, so offsets in folded text equal offsets in
 * the source.
 */
export const REPLACEMENT_CHARACTER = "\ufffd";

const FULLWIDTH_TO_ASCII = 0xfee0;

const HAS_FOLDABLE = /[\uff01-\uff5e\u3000\u00a0]/;
const utf16 = new TextDecoder("utf-16le");
/** Below this length a string loop beats a typed array and a decoder call. */
const SHORT_STRING = 256;

/** Fold full-width ASCII variants and the ideographic space to ASCII. Same length as input. */
export function fold(text: string): string {
  if (!HAS_FOLDABLE.test(text)) return text;
  if (text.length < SHORT_STRING) {
    let out = "";
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      out += code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - FULLWIDTH_TO_ASCII) : code === 0x3000 || code === 0xa0 ? " " : text[index];
    }
    return out;
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
  let out = "";
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isBlank(code)) {
      let next = index;
      while (next < text.length && isBlank(text.charCodeAt(next))) next++;
      const before = out.length > 0 ? out.charCodeAt(out.length - 1) : -1;
      const after = next < text.length ? text.charCodeAt(next) : -1;
      const latin = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
      if (before !== -1 && after !== -1 && latin(before) && latin(after)) out += " ";
      index = next - 1;
    } else {
      out += text[index];
    }
  }
  return out;
}

/** Key for comparing titles: folded, no blanks. */
export function titleKey(text: string): string {
  return foldedKey(fold(text));
}

/** `titleKey` of text that is already folded. */
export function foldedKey(folded: string): string {
  return squeezeLayoutBlanks(folded).replace(/ /g, "");
}
