import { type OutlineNode } from "../structure/node.js";
import type { Position } from "../util/position.js";
import { isPrintingRepeat } from "../normalize/blocks.js";
import { type SourceRange, rangeInNode, rangeOfNode } from "./source-range.js";
import type { Extractor } from "./types.js";
import { headingOf } from "./walk.js";
import type { Division, ArticleItem, ArticleParagraph, Article } from "../schema/result.js";
export type { Division, ArticleItem, ArticleParagraph, Article };





const SENTENCE_END = /[。！？；!?;”」』)）]$/;

function division(node: OutlineNode): Division {
  return { number: node.marker?.value ?? 0, title: node.content ?? node.text, ...rangeOfNode(node) };
}

/** The source range of a node's text after its marker. */
function contentRange(node: OutlineNode): SourceRange {
  const content = node.content ?? node.text;
  return rangeInNode(node, node.text.length - content.length, node.text.length);
}

function item(node: OutlineNode): ArticleItem {
  const result: ArticleItem = { number: node.marker?.value ?? 0, text: node.content ?? node.text, ...contentRange(node) };
  const nested = node.children.filter((child) => child.marker !== undefined).map(item);
  if (nested.length > 0) result.items = nested;
  return result;
}

function article(node: OutlineNode, chapter: OutlineNode | undefined, section: OutlineNode | undefined): Article {
  const first: ArticleParagraph = { text: node.content ?? node.text, items: [], ...contentRange(node) };
  const paragraphs = [first];
  const quotedLines = (child: OutlineNode) => {
    // A quoted passage (`将第五条修改为：` / `“第五条 …”`) is text of the article, not its items.
    paragraphs.push({ text: child.text, items: [], ...rangeOfNode(child) });
    for (const grandchild of child.children) quotedLines(grandchild);
  };
  for (const child of node.children) {
    const current = paragraphs[paragraphs.length - 1] as ArticleParagraph;
    if (child.quoted === true) quotedLines(child);
    else if (child.marker !== undefined) current.items.push(item(child));
    else paragraphs.push({ text: child.text, items: [], ...rangeOfNode(child) });
  }
  const last = node.children[node.children.length - 1] ?? node;
  const result: Article = {
    number: node.marker?.value ?? 0,
    text: "",
    paragraphs,
    position: { start: node.position.start, end: last.position.end },
  };
  if (node.marker?.sub !== undefined) result.sub = node.marker.sub;
  const chapterHeading = headingOf(chapter);
  if (chapterHeading !== null) result.chapter = chapterHeading;
  const sectionHeading = headingOf(section);
  if (sectionHeading !== null) result.section = sectionHeading;
  result.text = textOf(result);
  return result;
}

function textOf(article: Article): string {
  const lines: string[] = [];
  const items = (list: ArticleItem[]) => {
    for (const entry of list) {
      lines.push(entry.text);
      items(entry.items ?? []);
    }
  };
  for (const paragraph of article.paragraphs) {
    lines.push(paragraph.text);
    items(paragraph.items);
  }
  return lines.join("\n");
}

/** The text an article ends with: its last paragraph, or that paragraph's last item. */
function lastPart(article: Article): ArticleParagraph | ArticleItem {
  const paragraph = article.paragraphs[article.paragraphs.length - 1] as ArticleParagraph;
  let part: ArticleParagraph | ArticleItem = paragraph;
  while (part.items !== undefined && part.items.length > 0) part = part.items[part.items.length - 1] as ArticleItem;
  return part;
}

function spansOf(range: SourceRange): Position[] {
  return range.spans ?? [range.position];
}

/**
 * Regulation articles (第X条, 第X条之一) with their chapter (第X章) and section
 * (第X节), paragraphs (款) and items (（一）…). A paragraph printed before an
 * article that ends mid-sentence is the end of that article, moved by the
 * page layout: it is re-attached and the repair reported.
 */
export const articles: Extractor = {
  name: "articles",
  extract(document, { sink }) {
    const chapters: Division[] = [];
    const sections: Division[] = [];
    const found: Article[] = [];
    // Un-numbered paragraphs seen since the last article, outside any article.
    let orphans: OutlineNode[] = [];
    const go = (nodes: OutlineNode[], chapter: OutlineNode | undefined, section: OutlineNode | undefined) => {
      for (const node of nodes) {
        if (node.quoted === true) continue;
        const kind = node.marker?.kind;
        if (kind === "chapter" || kind === "part") {
          if (kind === "chapter") chapters.push(division(node));
          go(node.children, kind === "chapter" ? node : chapter, undefined);
        } else if (kind === "section") {
          sections.push(division(node));
          go(node.children, chapter, node);
        } else if (kind === "article") {
          const result = article(node, chapter, section);
          reattach(result, orphans);
          orphans = [];
          found.push(result);
        } else if (node.marker === undefined && node.role === "paragraph") {
          orphans.push(node);
        }
      }
    };
    const reattach = (result: Article, fragments: OutlineNode[]) => {
      const fragment = fragments[fragments.length - 1];
      if (fragment === undefined) return;
      const part = lastPart(result);
      if (SENTENCE_END.test(part.text) || !SENTENCE_END.test(fragment.text)) return;
      // The page break the fragment was moved across may also have doubled a character (自由 / 由贸易).
      const repeat = isPrintingRepeat(part.text, fragment.text) ? 1 : 0;
      const moved = rangeInNode(fragment, repeat, fragment.text.length);
      if (repeat === 1) {
        sink.report("repeated-character", `「${fragment.text[0]}」 printed on both sides of a break; read once`, rangeInNode(fragment, 0, 1).position, {
          actual: `${part.text.slice(-2)}${fragment.text.slice(0, 2)}`,
          expected: `${part.text.slice(-2)}${fragment.text.slice(1, 2)}`,
        });
      }
      part.text += fragment.text.slice(repeat);
      const spans = [...spansOf(part), ...spansOf(moved)];
      part.spans = spans;
      const starts = spans.map((span) => span.start).sort((a, b) => a.offset - b.offset);
      const ends = spans.map((span) => span.end).sort((a, b) => a.offset - b.offset);
      part.position = { start: starts[0] as Position["start"], end: ends[ends.length - 1] as Position["end"] };
      result.text = textOf(result);
      sink.report(
        "fragment-reattached",
        `「${fragment.text.slice(0, 20)}」, printed before article ${result.number}, is the end of it and was re-attached`,
        fragment.position,
        { actual: fragment.text },
      );
    };
    go(document.outline, undefined, undefined);
    if (found.length === 0) return;
    document.articles = found;
    if (chapters.length > 0) document.chapters = chapters;
    if (sections.length > 0) document.sections = sections;
  },
};
