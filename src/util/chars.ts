/**
 * Named characters. Full-width forms are folded to ASCII for matching only
 * (`fold`), one UTF-16 unit for one, so offsets in folded text equal offsets in
 * the source.
 */
export const IDEOGRAPHIC_SPACE = "\u3000";
export const NO_BREAK_SPACE = "\u00a0";
export const REPLACEMENT_CHARACTER = "\ufffd";
export const BYTE_ORDER_MARK = "\ufeff";
export const IDEOGRAPHIC_COMMA = "、";
export const FULLWIDTH_COLON = "：";

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_TO_ASCII = 0xfee0;

/** Fold full-width ASCII variants and the ideographic space to ASCII. Same length as input. */
export function fold(text: string): string {
  let out = "";
  let changed = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) {
      out += String.fromCharCode(code - FULLWIDTH_TO_ASCII);
      changed = true;
    } else if (code === 0x3000 || code === 0xa0) {
      out += " ";
      changed = true;
    } else {
      out += text[index];
    }
  }
  return changed ? out : text;
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
export function squeezeLayoutBlanks(text: string): string {
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
  return squeezeLayoutBlanks(fold(text)).replace(/ /g, "");
}
