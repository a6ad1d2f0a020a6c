import type { GongbaoResult, OutlineNode as OutlineNodeShape } from "../schema/result.js";
import { escapeAttribute, escapeText } from "./escape.js";
import { allDocuments } from "./objects.js";

/** Marker kinds that name a heading even where the outline calls the line a paragraph (第X条 …). */
const HEADING_KINDS = new Set(["part", "chapter", "section", "article"]);
/** Deeper headings are shown at this indentation. */
const MAX_DEPTH = 8;
/** Characters of a heading shown in the tree. */
const LABEL_CHARS = 40;

function short(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > LABEL_CHARS ? `${flat.slice(0, LABEL_CHARS)}…` : flat;
}

function link(line: number, label: string, depth: number, className: string, extra = ""): string {
  return `<a class="go ${className}" href="#L${line}" data-l="${line}" style="--d:${Math.min(depth, MAX_DEPTH)}"${extra}>${escapeText(label)}</a>`;
}

/**
 * The navigation beside the text: the issue's masthead and contents (each
 * entry linked to its document), then every document and attachment as a
 * section with its headings. A flat list indented by depth (an explicit
 * stack, never recursion: outlines may nest thousands deep).
 */
export function renderOutlineTree(result: GongbaoResult): string {
  const out: string[] = [];
  const issue = result.issue;
  if (issue !== null) {
    out.push(`<h2>${escapeText(issue.title)}</h2>`);
    const facts = [issue.year !== null && issue.number !== null ? `${issue.year}年第${issue.number}号` : "", issue.serial === null ? "" : `总第${issue.serial}号`, issue.date ?? ""].filter((part) => part !== "");
    out.push(`<p class="mh">${link(issue.position.start.line, facts.join(" · ") || "刊头", 0, "mast")}</p>`);
  }
  if (result.contents.length > 0) {
    out.push(`<h3>目录 Contents</h3><nav id="contents">`);
    for (const [index, entry] of result.contents.entries()) {
      const document = entry.document === null ? undefined : result.documents[entry.document];
      const label = `${entry.title} · ${entry.page}`;
      if (document === undefined) out.push(`<span class="ce unlinked" title="no document found for this entry">${escapeText(label)}</span>`);
      else out.push(link(document.position.start.line, label, 0, "ce", ` data-doc="${entry.document}" data-entry="${index}"`));
    }
    out.push(`</nav>`);
  }
  out.push(`<h3>文件 Documents</h3><nav id="outline">`);
  for (const { document, key, depth } of allDocuments(result)) {
    const title = document.title || "(untitled)";
    out.push(link(document.position.start.line, `${key}. ${short(title)}`, depth, depth === 0 ? "doc" : "doc att", ` title="${escapeAttribute(title)}" data-doc="${key}"`));
    const stack: Array<{ node: OutlineNodeShape; depth: number }> = [];
    for (let index = document.outline.length - 1; index >= 0; index--) stack.push({ node: document.outline[index] as OutlineNodeShape, depth: depth + 1 });
    while (stack.length > 0) {
      const { node, depth: level } = stack.pop() as { node: OutlineNodeShape; depth: number };
      const heading = node.role === "heading" || (node.marker !== undefined && HEADING_KINDS.has(node.marker.kind) && node.role !== "toc-entry");
      if (heading) out.push(link(node.position.start.line, short(node.text), level, "h"));
      for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index] as OutlineNodeShape, depth: heading ? level + 1 : level });
    }
  }
  out.push(`</nav>`);
  return out.join("");
}
