/**
 * htmlparser2 keeps its stack of open elements with `Array.unshift`, so a page
 * nested n elements deep costs n² (50,000 nested `<div>`s: seconds). Before
 * parsing, the tags of elements nested deeper than a limit are blanked out:
 * each character but line breaks becomes a space, so every offset, line and
 * column stays where it was and the text of those elements reads as the text
 * of their ancestor at the limit. One pass over the source.
 */

/** Nesting past which element tags are blanked; real pages nest a few dozen deep. */
export const MAX_HTML_DEPTH = 512;

/** Elements with no content, never on the stack. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
/** Elements whose end tag may be left out (a new `<p>` closes the last): not counted, never blanked. */
const OPTIONAL_END = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup", "rb", "rt", "rp", "colgroup", "html", "head", "body"]);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"]);

function isNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a;
}

/** Offset just past the `>` that ends the tag starting at `start` (quoted attribute values may hold `>`). */
function tagEnd(source: string, start: number): number {
  let quote = 0;
  for (let index = start + 1; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      quote = code;
    } else if (code === 0x3e) {
      return index + 1;
    }
  }
  return source.length;
}

/** Offset of the end tag `</name` at or after `from` (any case), or the end of the source. */
function endTagOf(source: string, name: string, from: number): number {
  for (let at = source.indexOf("</", from); at >= 0; at = source.indexOf("</", at + 2)) {
    if (source.slice(at + 2, at + 2 + name.length).toLowerCase() === name && !isNameChar(source.charCodeAt(at + 2 + name.length))) return at;
  }
  return source.length;
}

/** `source[start, end)` with every character but line breaks made a space. */
function blank(source: string, start: number, end: number): string {
  let out = "";
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    out += code === 10 || code === 13 ? source[index] : " ";
  }
  return out;
}

/** The source with the tags of too deeply nested elements blanked, and where the first was. */
export function flattenDeepNesting(source: string, limit = MAX_HTML_DEPTH): { text: string; firstOffset: number | null } {
  const pieces: string[] = [];
  let kept = 0;
  let depth = 0;
  /** Elements opened past the limit and not yet closed: their end tags are blanked too. */
  let hidden = 0;
  let firstOffset: number | null = null;
  const hide = (start: number, end: number) => {
    pieces.push(source.slice(kept, start), blank(source, start, end));
    kept = end;
    firstOffset ??= start;
  };
  let index = source.indexOf("<");
  while (index >= 0 && index < source.length) {
    const next = source.charCodeAt(index + 1);
    if (source.startsWith("<!--", index)) {
      const close = source.indexOf("-->", index + 4);
      index = close < 0 ? source.length : close + 3;
    } else if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?…>
      index = tagEnd(source, index);
    } else if (next === 0x2f) {
      let nameEnd = index + 2;
      while (nameEnd < source.length && isNameChar(source.charCodeAt(nameEnd))) nameEnd++;
      const name = source.slice(index + 2, nameEnd).toLowerCase();
      const end = tagEnd(source, index);
      if (name.length > 0 && !VOID.has(name) && !OPTIONAL_END.has(name)) {
        if (hidden > 0) {
          hidden--;
          hide(index, end);
        } else if (depth > 0) {
          depth--;
        }
      }
      index = end;
    } else if ((next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a)) {
      let nameEnd = index + 1;
      while (nameEnd < source.length && isNameChar(source.charCodeAt(nameEnd))) nameEnd++;
      const name = source.slice(index + 1, nameEnd).toLowerCase();
      const end = tagEnd(source, index);
      const selfClosing = source.charCodeAt(end - 2) === 0x2f;
      if (RAW_TEXT.has(name) && !selfClosing) {
        // Skip the content and the end tag: neither opens nor closes anything.
        const close = endTagOf(source, name, end);
        index = close < source.length ? tagEnd(source, close) : close;
        index = source.indexOf("<", index);
        continue;
      }
      if (!VOID.has(name) && !OPTIONAL_END.has(name) && !selfClosing) {
        if (depth >= limit) {
          hidden++;
          hide(index, end);
        } else {
          depth++;
        }
      }
      index = end;
    } else {
      index++;
    }
    index = source.indexOf("<", index);
  }
  if (firstOffset === null) return { text: source, firstOffset };
  pieces.push(source.slice(kept));
  return { text: pieces.join(""), firstOffset };
}
