import type { CheerioAPI, Cheerio } from "cheerio";
import type { AnyNode, Element, Text } from "domhandler";
import type { DiagnosticSink } from "../diagnostics.js";
import { fold, squeezeLayoutBlanks } from "../util/chars.js";
import { lazyRequire } from "../util/lazy.js";
import type { Position, SourceLine } from "../util/position.js";
import { LineAssembler, alignDecoded, lineStarts, pointAtOffset } from "./assembled-lines.js";

/** A label and value from the metadata table government pages carry above an article. */
export interface PageMetadata {
  label: string;
  value: string;
  position: Position;
}

export interface HtmlText {
  lines: SourceLine[];
  metadata: PageMetadata[];
  /** Text of the page's `<title>`, if any. */
  pageTitle?: string;
}

/** Elements that are never content. */
const DROPPED: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button", "select", "input", "textarea", "nav", "header", "footer", "aside", "head"]);
/** Class or id words of page chrome: navigation, breadcrumbs, share bars, footers, toolbars. */
const CHROME = /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|jiathis|footer|foot|bottom|copyright|sidebar|side|toolbar|tools|print|close|search|login|banner|related|xgwz|fx)([-_\s]|$)/i;
/** Containers that government sites put their article in, most specific first. */
const BODY_SELECTORS = ["#UCAP-CONTENT", ".TRS_Editor", "#zoom", ".pages_content", ".article-content", "article", "main"];
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "blockquote", "pre", "center", "address", "figure", "figcaption", "hr", "tr", "table", "tbody", "thead", "tfoot", "caption", "body", "html",
]);
/** Labels of the metadata table, compared without blanks and colons. */
const LABEL_RE = /^(索引号|主题分类|发文机关|成文日期|标题|名称|发文字号|文号|发布日期|主题词|发布机构|生效日期|有效性|体裁分类|组配分类|废止日期)[:：]?/;
const HAN = /[\u4e00-\u9fff]/g;

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

function labelOf(text: string): { label: string; rest: string } | null {
  const compact = squeezeLayoutBlanks(fold(text)).replace(/ /g, "");
  const match = LABEL_RE.exec(compact);
  if (match === null) return null;
  return { label: match[1] ?? "", rest: compact.slice(match[0].length) };
}

/**
 * The HTML front end: drop page chrome, find the article body, and turn its
 * blocks, `<br>`s and table rows into lines whose positions point into the
 * decoded page. Reads the metadata table government pages carry (索引号,
 * 发文机关, 成文日期, 发文字号 …). Never throws on malformed HTML.
 */
export function readHtml(source: string, sink: DiagnosticSink): HtmlText {
  const cheerio = lazyRequire<typeof import("cheerio")>("cheerio");
  // htmlparser2 (through cheerio) with start and end indices: lenient with
  // broken markup, and several times faster than a spec parser with locations.
  const $ = cheerio.load(source, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: true } });
  const pageTitle = $("title").first().text().trim();
  const starts = lineStarts(source);

  const elements = allElements($.root().toArray());
  const metadata = readMetadata(elements, starts);
  for (const element of elements) {
    if (DROPPED.has(element.name)) {
      $(element).remove();
      continue;
    }
    const attributes = element.attribs ?? {};
    const name = `${attributes.class ?? ""} ${attributes.id ?? ""}`;
    if (name.length > 1 && CHROME.test(name) && !BODY_SELECTORS.some((selector) => $(element).is(selector))) $(element).remove();
    // The metadata table is read already; it is not article text.
    if (element.name === "table" && metadataTable(element)) $(element).remove();
  }

  let body: Cheerio<Element> | undefined;
  for (const selector of BODY_SELECTORS) {
    const found = $(selector).first();
    if (found.length > 0 && hanCount(found.text()) > 0) {
      body = found as Cheerio<Element>;
      break;
    }
  }
  if (body === undefined) {
    body = densest($);
    if (body === undefined) {
      sink.report("html-no-article-body", "No article body found in the page; reading the whole page");
      body = $.root().children() as Cheerio<Element>;
    } else {
      const location = spanOf(body[0] as AnyNode);
      const position = location ? { start: pointAtOffset(starts, location.startOffset), end: pointAtOffset(starts, location.endOffset) } : undefined;
      sink.report("html-no-article-body", "No known article container; read the element densest in Chinese text", position);
    }
  }

  const assembler = new LineAssembler(source);
  const addText = (node: Text) => {
    const location = spanOf(node);
    if (location === null) return;
    const raw = source.slice(location.startOffset, location.endOffset);
    assembler.add(node.data, alignDecoded(raw, node.data, location.startOffset));
  };
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        addText(node as Text);
        continue;
      }
      if (node.type !== "tag") continue;
      const element = node as Element;
      const name = element.name.toLowerCase();
      if (name === "br") {
        assembler.newline();
      } else if (name === "table") {
        assembler.newline();
        table($, element, assembler, addText);
      } else if (BLOCK.has(name)) {
        assembler.newline();
        walk(element.children);
        assembler.newline();
      } else {
        walk(element.children);
      }
    }
  };
  body.each((_, element) => walk([element]));
  const result: HtmlText = { lines: assembler.finish(), metadata };
  if (pageTitle.length > 0) result.pageTitle = pageTitle;
  return result;
}

/** Source offsets of a node, end exclusive; null when the parser gave none. */
function spanOf(node: AnyNode): { startOffset: number; endOffset: number } | null {
  if (node.startIndex === null || node.endIndex === null) return null;
  return { startOffset: node.startIndex, endOffset: node.endIndex + 1 };
}

/** The smallest element holding most of the page's Chinese text. */
function densest($: CheerioAPI): Cheerio<Element> | undefined {
  const total = hanCount($("body").text() || $.root().text());
  if (total === 0) return undefined;
  let best: Element | undefined;
  let bestDepth = -1;
  $("body *").each((_, element) => {
    if (hanCount($(element).text()) < total * 0.8) return;
    const depth = $(element).parents().length;
    if (depth > bestDepth) {
      best = element;
      bestDepth = depth;
    }
  });
  return best === undefined ? undefined : ($(best) as Cheerio<Element>);
}

/** Emit a table's rows as tab-separated lines, rowspan and colspan expanded. */
function table($: CheerioAPI, element: Element, assembler: LineAssembler, addText: (node: Text) => void): void {
  const grid: Array<Array<{ cell: Element; copy: boolean } | undefined>> = [];
  $(element)
    .find("tr")
    .each((rowIndex, row) => {
      if ($(row).closest("table")[0] !== element) return;
      grid[rowIndex] ??= [];
      let column = 0;
      $(row)
        .children("td, th")
        .each((_, cell) => {
          const current = grid[rowIndex] as Array<{ cell: Element; copy: boolean } | undefined>;
          while (current[column] !== undefined) column++;
          const rowspan = Math.max(1, Math.min(100, Number($(cell).attr("rowspan") ?? 1) || 1));
          const colspan = Math.max(1, Math.min(100, Number($(cell).attr("colspan") ?? 1) || 1));
          for (let r = 0; r < rowspan; r++) {
            grid[rowIndex + r] ??= [];
            for (let c = 0; c < colspan; c++) (grid[rowIndex + r] as Array<unknown>)[column + c] = { cell, copy: r > 0 || c > 0 };
          }
          column += colspan;
        });
    });
  const textNodes = (cell: Element): Text[] => {
    const out: Text[] = [];
    const visit = (nodes: AnyNode[]) => {
      for (const node of nodes) {
        if (node.type === "text") out.push(node as Text);
        else if (node.type === "tag") visit((node as Element).children);
      }
    };
    visit(cell.children);
    return out;
  };
  for (const row of grid) {
    if (row === undefined) continue;
    row.forEach((slot, index) => {
      const location = slot === undefined ? null : spanOf(slot.cell);
      if (index > 0) assembler.addSeparator("\t", location?.startOffset ?? 0);
      if (slot === undefined) return;
      // A spanned cell repeats its text; its characters point at the cell that holds it.
      for (const node of textNodes(slot.cell)) addText(node);
    });
    assembler.newline();
  }
}

/** Every element under `roots`, in document order. */
function allElements(roots: AnyNode[]): Element[] {
  const out: Element[] = [];
  const visit = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (node.type !== "tag" && node.type !== "root" && node.type !== "script" && node.type !== "style") continue;
      if (node.type === "tag") out.push(node as Element);
      visit((node as Element).children ?? []);
    }
  };
  visit(roots);
  return out;
}

/** The text of a node and its descendants. */
function textOf(node: AnyNode): string {
  if (node.type === "text") return (node as Text).data;
  if (node.type !== "tag" && node.type !== "root") return "";
  let text = "";
  for (const child of (node as Element).children) text += textOf(child);
  return text;
}

const CELL_TAGS = new Set(["td", "th", "li", "dt", "dd", "span", "p", "div"]);
const BLOCK_CHILDREN = new Set(["td", "th", "li", "dt", "dd", "p", "div", "table"]);

/** A table holding two or more metadata labels. */
function metadataTable(table: Element): boolean {
  let labels = 0;
  for (const cell of allElements(table.children)) {
    if ((cell.name === "td" || cell.name === "th") && labelOf(textOf(cell)) !== null && ++labels >= 2) return true;
  }
  return false;
}

function readMetadata(elements: Element[], starts: Int32Array): PageMetadata[] {
  const found: PageMetadata[] = [];
  const seen = new Set<string>();
  const cells = elements.filter((element) => CELL_TAGS.has(element.name) && !element.children.some((child) => child.type === "tag" && BLOCK_CHILDREN.has((child as Element).name)));
  cells.forEach((element, index) => {
    const text = textOf(element);
    if (text.length > 80) return;
    const label = labelOf(text);
    if (label === null || seen.has(label.label)) return;
    let value = label.rest;
    let holder = element;
    if (value.length === 0) {
      const next = cells[index + 1];
      if (next === undefined || labelOf(textOf(next)) !== null) return;
      value = squeezeLayoutBlanks(textOf(next).trim());
      holder = next;
    }
    if (value.length === 0) return;
    const location = spanOf(holder);
    if (location === null) return;
    seen.add(label.label);
    found.push({ label: label.label, value: value.trim(), position: { start: pointAtOffset(starts, location.startOffset), end: pointAtOffset(starts, location.endOffset) } });
  });
  return found.length >= 2 ? found : [];
}
