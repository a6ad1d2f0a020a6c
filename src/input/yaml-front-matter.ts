import { type SourceLine, lineSpan, spanOn } from "../util/position.js";
import type { PageMetadata } from "./html.js";
import { splitLines } from "./lines.js";

export interface YamlFrontMatter {
  /** One entry per `key: value` line, or per `- item` under a key; positions of the values. */
  entries: PageMetadata[];
  /** Offset just past the closing `---` line. */
  end: number;
}

/** Front matter longer than this many lines is not looked for: a document does not open with it. */
const LONGEST_FRONT_MATTER = 200;
const FENCE = "---";
/** `title: 中华人民共和国某某法`, `date: 2024-06-28`; a key is a word of letters, digits, `_`, `-` or Han characters. */
const KEY_LINE = /^([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff-]{0,39})[ \t]*:(?:[ \t]+|$)/;
/** `- 法律` under a key. */
const ITEM_LINE = /^-[ \t]+/;

/** A value without the quotes YAML allows around a scalar. */
function unquoted(line: SourceLine, from: number): { value: string; start: number; end: number } {
  let start = from;
  let end = line.contentEnd;
  const text = (at: number) => line.text[at - line.contentStart];
  const first = text(start);
  if (end - start >= 2 && (first === '"' || first === "'") && text(end - 1) === first) {
    start++;
    end--;
  }
  return { value: line.text.slice(start - line.contentStart, end - line.contentStart), start, end };
}

/**
 * YAML front matter at the very start of a Markdown source:
 * `---`, lines of `key: value` (or `- item` under a key, comments, blanks),
 * and a closing `---` or `...`. Only this flat form is read (what static site
 * generators and law archives write); anything else (a nested mapping, a
 * block scalar) means the block is not front matter and null is returned, so
 * the text stays text. Never throws.
 */
export function readYamlFrontMatter(source: string): YamlFrontMatter | null {
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!source.startsWith(FENCE, start)) return null;
  const head = source.slice(0, Math.min(source.length, 16_384));
  const lines = splitLines(head);
  const opening = lines[0];
  if (opening === undefined || opening.text.replace(/^\ufeff/, "") !== FENCE) return null;
  const entries: PageMetadata[] = [];
  let key: string | null = null;
  for (const line of lines.slice(1, LONGEST_FRONT_MATTER)) {
    if ((line.text === FENCE || line.text === "...") && line.contentStart === line.start) return { entries, end: line.end };
    if (line.text.length === 0 || line.text.startsWith("#")) continue;
    const indented = line.contentStart > line.start;
    const item = ITEM_LINE.exec(line.text);
    if (item !== null && key !== null) {
      const value = unquoted(line, line.contentStart + item[0].length);
      entries.push({ label: key, value: value.value, position: spanOn(line, value.start, value.end) });
      continue;
    }
    const match = indented ? null : KEY_LINE.exec(line.text);
    if (match === null) return null;
    key = match[1] ?? "";
    if (match[0].length >= line.text.length) continue;
    const value = unquoted(line, line.contentStart + match[0].length);
    if (value.value === "|" || value.value === ">") return null;
    entries.push({ label: key, value: value.value, position: value.end > value.start ? spanOn(line, value.start, value.end) : lineSpan(line) });
  }
  return null;
}

/** `source` with its front matter's characters (not its line breaks) turned into spaces, so positions stay. */
export function blankFrontMatter(source: string, frontMatter: YamlFrontMatter): string {
  return source.slice(0, frontMatter.end).replace(/[^\r\n]/g, " ") + source.slice(frontMatter.end);
}
