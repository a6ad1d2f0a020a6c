import type { Root, RootContent, PhrasingContent } from "mdast";
import { lazyRequire } from "../util/lazy.js";
import type { SourceLine } from "../util/position.js";
import { LineAssembler, alignDecoded } from "./assembled-lines.js";

type Node = RootContent | Root;

/**
 * The Markdown front end (unified + remark-parse): headings, paragraphs, list
 * items (with their printed markers), block quotes and code become lines with
 * positions in the Markdown source. HTML comments (`<!-- INFO END -->`) are
 * not content; other raw HTML keeps its text. Never throws on content.
 */
export function readMarkdown(source: string): SourceLine[] {
  const { unified } = lazyRequire<typeof import("unified")>("unified");
  const remarkParse = lazyRequire<typeof import("remark-parse")>("remark-parse").default;
  const tree = unified().use(remarkParse).parse(source) as Root;
  const assembler = new LineAssembler(source);

  const addRaw = (start: number, end: number) => {
    const text = source.slice(start, end);
    const offsets = Array.from({ length: text.length }, (_, index) => start + index);
    assembler.add(text, offsets);
  };

  const inline = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      const position = node.position;
      if (node.type === "text" || node.type === "inlineCode") {
        if (position?.start.offset === undefined || position.end.offset === undefined) continue;
        const start = position.start.offset + (node.type === "inlineCode" ? source.slice(position.start.offset).search(/[^`]/) : 0);
        const raw = source.slice(start, position.end.offset);
        // A soft line break inside a paragraph is a line of the document.
        const parts = node.value.split("\n");
        let consumed = 0;
        parts.forEach((part, index) => {
          if (index > 0) assembler.newline();
          const rawStart = index === 0 ? 0 : raw.indexOf(part.slice(0, 1) || "\n", consumed);
          const at = rawStart < 0 ? consumed : rawStart;
          assembler.add(part, alignDecoded(raw.slice(at, at + part.length + 8), part, start + at));
          consumed = at + part.length;
        });
      } else if (node.type === "break") {
        assembler.newline();
      } else if ("children" in node) {
        inline(node.children as PhrasingContent[]);
      }
    }
  };

  const block = (node: Node) => {
    switch (node.type) {
      case "root":
      case "blockquote":
        for (const child of node.children) block(child);
        return;
      case "heading":
      case "paragraph":
        assembler.newline();
        inline(node.children);
        assembler.newline();
        return;
      case "list":
        for (const item of node.children) block(item);
        return;
      case "listItem": {
        assembler.newline();
        // Keep the printed marker (`80.`, `-`): numbered items are document numbering.
        const first = node.children[0];
        const start = node.position?.start.offset;
        const firstStart = first?.position?.start.offset;
        if (start !== undefined && firstStart !== undefined && /[0-9]/.test(source.slice(start, firstStart))) addRaw(start, firstStart);
        if (first?.type === "paragraph") {
          inline(first.children);
          assembler.newline();
          for (const child of node.children.slice(1)) block(child);
        } else {
          for (const child of node.children) block(child);
        }
        assembler.newline();
        return;
      }
      case "code": {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        assembler.newline();
        const raw = source.slice(start, end);
        const bodyStart = raw.indexOf("\n") + 1;
        const bodyEnd = raw.lastIndexOf("\n");
        let lineStart = bodyStart;
        for (let index = bodyStart; index <= Math.max(bodyStart, bodyEnd); index++) {
          if (index === bodyEnd || raw[index] === "\n") {
            addRaw(start + lineStart, start + index);
            assembler.newline();
            lineStart = index + 1;
          }
        }
        return;
      }
      case "html": {
        // A comment is not content; other raw HTML keeps its text.
        if (isComment(node.value)) return;
        const start = node.position?.start.offset;
        if (start === undefined) return;
        assembler.newline();
        const tag = /<[^<>]*>/g;
        let last = 0;
        for (const match of node.value.matchAll(tag)) {
          if (match.index > last) addRaw(start + last, start + match.index);
          if (/^<(?:br|p|div|\/p|\/div|tr|\/tr|li)\b/i.test(match[0])) assembler.newline();
          last = match.index + match[0].length;
        }
        if (last < node.value.length) addRaw(start + last, start + node.value.length);
        assembler.newline();
        return;
      }
      default:
        return;
    }
  };
  block(tree);
  return assembler.finish();
}

/** Raw HTML that is one comment and nothing else. */
function isComment(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.startsWith("<!--") && trimmed.endsWith("-->");
}
