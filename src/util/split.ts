const OPENERS = "（(〔[［【《“‘";
const CLOSERS = "）)〕]］】》”’";

/**
 * Split `text` on any of `separators`, except inside brackets or quotes
 * (`各县（市、区）人民政府` stays whole). Parts are trimmed; empty parts dropped.
 * Returns each part with its offset in `text`.
 */
export function splitOutsideBrackets(text: string, separators: string): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) parts.push({ text: trimmed, offset: start + lead });
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(char)) {
      push(index);
      start = index + 1;
    }
  }
  push(text.length);
  return parts;
}
