/** Opening and closing brackets and quotes, by UTF-16 code: （ ( 〔 [ ［ 【 《 “ ‘ and their pairs. */
const OPENERS = new Set([0xff08, 0x28, 0x3014, 0x5b, 0xff3b, 0x3010, 0x300a, 0x201c, 0x2018]);
const CLOSERS = new Set([0xff09, 0x29, 0x3015, 0x5d, 0xff3d, 0x3011, 0x300b, 0x201d, 0x2019]);

/**
 * Split `text` on any of `separators`, except inside brackets or quotes
 * (`各县（市、区）人民政府` stays whole). Parts are trimmed; empty parts dropped.
 * Returns each part with its offset in `text`.
 */
export function splitOutsideBrackets(text: string, separators: string): Array<{ text: string; offset: number }> {
  const separatorCodes = codesOf(separators);
  const parts: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) parts.push({ text: text.slice(from, to), offset: from });
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (OPENERS.has(code)) depth++;
    else if (CLOSERS.has(code)) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && separatorCodes.has(code)) {
      push(index);
      start = index + 1;
    }
  }
  push(text.length);
  return parts;
}

const SEPARATOR_SETS = new Map<string, Set<number>>();

function codesOf(separators: string): Set<number> {
  let codes = SEPARATOR_SETS.get(separators);
  if (codes === undefined) {
    codes = new Set<number>();
    for (let index = 0; index < separators.length; index++) codes.add(separators.charCodeAt(index));
    SEPARATOR_SETS.set(separators, codes);
  }
  return codes;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0a || code === 0x0d;
}

