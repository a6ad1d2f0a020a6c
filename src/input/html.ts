import type { CheerioAPI, Cheerio } from "cheerio";
import type { AnyNode, Element, Text } from "domhandler";
import type { DiagnosticSink } from "../diagnostics.js";
import { fold, squeezeLayoutBlanks } from "../util/chars.js";
import { lazyRequire } from "../util/lazy.js";
import type { Position, SourceLine } from "../util/position.js";
import { LineAssembler, alignDecoded, lineStarts, pointAtOffset } from "./assembled-lines.js";
import { MAX_HTML_DEPTH, flattenDeepNesting } from "./html-depth.js";

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
/** Characters of the CJK Unified Ideographs block (U+4E00–U+9FFF) in a text. */
function hanCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x4e00 && code <= 0x9fff) count++;
  }
  return count;
}

/** The first characters of the metadata labels (`LABEL_RE`). */
const LABEL_FIRST = new Set(["索", "主", "发", "成", "标", "名", "文", "生", "有", "体", "组", "废"]);

function labelOf(text: string): { label: string; rest: string } | null {
  // Most cells are not labels: their first character other than a space says so without folding the text.
  let first = 0;
  while (first < text.length && (text[first] === " " || text[first] === "\u3000" || text[first] === "\u00a0")) first++;
  const head = text[first];
  if (head === undefined || (!LABEL_FIRST.has(head) && !/\s/.test(head))) return null;
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
export function readHtml(page: string, sink: DiagnosticSink): HtmlText {
  const cheerio = lazyRequire<typeof import("cheerio")>("cheerio");
  // Same length and line breaks as the page: every offset below holds for both.
  const { text: source, firstOffset } = flattenDeepNesting(page);
  // htmlparser2 (through cheerio) with start and end indices: lenient with
  // broken markup, and several times faster than a spec parser with locations.
  const $ = cheerio.load(source, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: true } });
  const starts = lineStarts(source);
  if (firstOffset !== null) {
    const point = pointAtOffset(starts, firstOffset);
    sink.report("html-too-deep", `Elements nested deeper than ${MAX_HTML_DEPTH} levels; their tags were ignored and their text read as their ancestor's`, { start: point, end: point });
  }
  // Every traversal below is one iterative pass: cheerio's selector engine
  // and .text() cost time (or stack) in proportion to the nesting depth at
  // every element, and pages can nest elements tens of thousands deep.
  const root = $.root()[0] as AnyNode;
  const elements = allElements([root]);
  const titleElement = elements.find((element) => element.name === "title");
  const pageTitle = titleElement === undefined ? "" : textOf(titleElement).trim();
  const metadata = readMetadata(elements, starts, source.length);
  for (const element of elements) {
    if (DROPPED.has(element.name)) {
      $(element).remove();
      continue;
    }
    const attributes = element.attribs ?? {};
    const name = `${attributes.class ?? ""} ${attributes.id ?? ""}`;
    if (name.length > 1 && CHROME.test(name) && !BODY_SELECTORS.some((selector) => matches(element, selector))) $(element).remove();
    // The metadata table is read already; it is not article text.
    if (element.name === "table" && metadataTable(element)) $(element).remove();
  }

  // Han characters under each node, counted once bottom-up.
  const han = hanCounts(root);
  const kept = allElements([root]);
  let body: Cheerio<Element> | undefined;
  for (const selector of BODY_SELECTORS) {
    const found = kept.find((element) => matches(element, selector));
    if (found !== undefined && (han.get(found) ?? 0) > 0) {
      body = $(found) as Cheerio<Element>;
      break;
    }
  }
  if (body === undefined) {
    body = densest($, kept, han);
    if (body === undefined) {
      sink.report("html-no-article-body", "No article body found in the page; reading the whole page");
    } else {
      const location = spanOf(body[0] as AnyNode, source.length);
      const position = location ? { start: pointAtOffset(starts, location.startOffset), end: pointAtOffset(starts, location.endOffset) } : undefined;
      sink.report("html-no-article-body", "No known article container; read the element densest in Chinese text", position);
    }
  }

  const assembler = new LineAssembler(source);
  const addText = (node: Text) => {
    const location = spanOf(node, source.length);
    if (location === null) return;
    const raw = source.slice(location.startOffset, location.endOffset);
    assembler.add(node.data, alignDecoded(raw, node.data, location.startOffset));
  };
  let tables = 0;
  // Depth first with an explicit stack: pages nest elements arbitrarily deep.
  const walk = (root: AnyNode) => {
    const stack: Array<AnyNode | typeof CLOSE_BLOCK> = [root];
    while (stack.length > 0) {
      const node = stack.pop() as AnyNode | typeof CLOSE_BLOCK;
      if (node === CLOSE_BLOCK) {
        assembler.newline();
        continue;
      }
      if (node.type === "text") {
        addText(node as Text);
        continue;
      }
      if (node.type !== "tag") continue;
      const element = node as Element;
      const name = element.name.toLowerCase();
      if (name === "br") {
        assembler.newline();
        continue;
      }
      if (name === "table") {
        assembler.newline();
        const grid = gridOf(element);
        if (widthOf(grid) > 1) {
          table(grid, tables++, assembler, addText, source.length);
          continue;
        }
        // A one-column table is a frame around text (a box, an attachment): its cells are read as blocks.
        stack.push(CLOSE_BLOCK);
        for (const row of [...grid].reverse()) {
          const cell = row?.[0];
          if (cell === undefined || cell.copy) continue;
          stack.push(CLOSE_BLOCK, cell.cell);
        }
        continue;
      }
      if (BLOCK.has(name)) {
        assembler.newline();
        stack.push(CLOSE_BLOCK);
      }
      for (let index = element.children.length - 1; index >= 0; index--) stack.push(element.children[index] as AnyNode);
    }
  };
  // With no body found, every node of the page is read: text outside any element too (text given as HTML).
  if (body === undefined) for (const node of (root as Element).children ?? []) walk(node);
  else body.each((_, element) => walk(element));
  const result: HtmlText = { lines: assembler.finish(), metadata };
  if (pageTitle.length > 0) result.pageTitle = pageTitle;
  return result;
}

/** Source offsets of a node, end exclusive; null when the parser gave none. */
function spanOf(node: AnyNode, length: number): { startOffset: number; endOffset: number } | null {
  if (node.startIndex === null || node.endIndex === null) return null;
  // An element left open at the end of the page ends at the end of the source, not past it.
  return { startOffset: Math.min(node.startIndex, length), endOffset: Math.min(node.endIndex + 1, length) };
}

/** Whether an element matches a selector of BODY_SELECTORS: `#id`, `.class` or a tag name. */
function matches(element: Element, selector: string): boolean {
  const attributes = element.attribs ?? {};
  if (selector.startsWith("#")) return attributes.id === selector.slice(1);
  if (selector.startsWith(".")) return (attributes.class ?? "").split(/\s+/).includes(selector.slice(1));
  return element.name === selector;
}

/** Marks, on the walk's stack, the end of a block element. */
const CLOSE_BLOCK = Symbol("close-block");

/**
 * Every node under `root` (itself included), in document order, without
 * entering script, style or comment nodes; iterative, so depth is no limit.
 */
function descendants(root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    out.push(node);
    if (node.type !== "tag" && node.type !== "root") continue;
    const children = (node as Element).children;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as AnyNode);
  }
  return out;
}

/** Han characters of each node's text (script and style text counts as none). */
function hanCounts(root: AnyNode): Map<AnyNode, number> {
  const counts = new Map<AnyNode, number>();
  const order = descendants(root);
  // Children come after their parent in document order: add up from the end.
  for (let index = order.length - 1; index >= 0; index--) {
    const node = order[index] as AnyNode;
    let count = node.type === "text" ? hanCount((node as Text).data) : 0;
    if (node.type === "tag" || node.type === "root") for (const child of (node as Element).children) count += counts.get(child) ?? 0;
    counts.set(node, count);
  }
  return counts;
}

/** The deepest element holding at least 80 % of the page's Chinese text. */
function densest($: CheerioAPI, elements: Element[], han: Map<AnyNode, number>): Cheerio<Element> | undefined {
  const page = elements.find((element) => element.name === "body") ?? $.root()[0];
  const total = page === undefined ? 0 : (han.get(page as AnyNode) ?? 0);
  if (total === 0) return undefined;
  // Walk down from the page while one child still holds enough: that child is deeper than any other candidate.
  let best: Element | undefined;
  let at = page as Element;
  for (;;) {
    const child = at.children.find((node) => node.type === "tag" && (han.get(node) ?? 0) >= total * 0.8) as Element | undefined;
    if (child === undefined) break;
    best = child;
    at = child;
  }
  return best === undefined ? undefined : ($(best) as Cheerio<Element>);
}

/** The rows of a table: its own `tr`, directly or in `thead`/`tbody`/`tfoot`, not those of tables inside it. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== "tag") continue;
    const element = child as Element;
    if (element.name === "tr") rows.push(element);
    else if (element.name === "thead" || element.name === "tbody" || element.name === "tfoot") {
      for (const row of element.children) if (row.type === "tag" && (row as Element).name === "tr") rows.push(row as Element);
    }
  }
  return rows;
}

/** A slot of a table's grid: the cell covering it, and whether it is a copy (rowspan, colspan). */
interface GridSlot {
  cell: Element;
  copy: boolean;
  row: number;
  column: number;
  colSpan: number;
  header: boolean;
}

/** Largest rowspan or colspan read; larger values are clamped (a page cannot make the grid huge). */
const MAX_SPAN = 100;

/** A table's grid: rows of slots, rowspan and colspan expanded. */
function gridOf(element: Element): Array<Array<GridSlot | undefined>> {
  const grid: Array<Array<GridSlot | undefined>> = [];
  rowsOf(element).forEach((row, rowIndex) => {
    grid[rowIndex] ??= [];
    const inHead = row.parent?.type === "tag" && (row.parent as Element).name === "thead";
    let column = 0;
    for (const cell of row.children) {
      if (cell.type !== "tag" || ((cell as Element).name !== "td" && (cell as Element).name !== "th")) continue;
      const current = grid[rowIndex] as Array<GridSlot | undefined>;
      while (current[column] !== undefined) column++;
      const attributes = (cell as Element).attribs ?? {};
      const rowspan = Math.max(1, Math.min(MAX_SPAN, Number(attributes.rowspan ?? 1) || 1));
      const colspan = Math.max(1, Math.min(MAX_SPAN, Number(attributes.colspan ?? 1) || 1));
      const header = inHead || (cell as Element).name === "th";
      for (let r = 0; r < rowspan; r++) {
        grid[rowIndex + r] ??= [];
        for (let c = 0; c < colspan; c++) {
          (grid[rowIndex + r] as Array<GridSlot | undefined>)[column + c] = { cell: cell as Element, copy: r > 0 || c > 0, row: rowIndex, column, colSpan: colspan, header };
        }
      }
      column += colspan;
    }
  });
  return grid;
}

/** Columns of a grid: its widest row. */
function widthOf(grid: Array<Array<GridSlot | undefined>>): number {
  let width = 0;
  for (const row of grid) if (row !== undefined) width = Math.max(width, row.length);
  return width;
}

/**
 * Emit a table's rows as lines, one per row, cells separated by tabs,
 * rowspan and colspan expanded; each line carries the row's slots (where each
 * cell's text is, which cell covers it), so the table is read as a table
 * whatever its cells start with.
 */
function table(grid: Array<Array<GridSlot | undefined>>, tableIndex: number, assembler: LineAssembler, addText: (node: Text) => void, length: number): void {
  const textNodes = (cell: Element): Text[] => descendants(cell).filter((node): node is Text => node.type === "text");
  grid.forEach((row, rowIndex) => {
    if (row === undefined) return;
    assembler.startRow({ table: tableIndex, row: rowIndex });
    for (let index = 0; index < row.length; index++) {
      const slot = row[index];
      const location = slot === undefined ? null : spanOf(slot.cell, length);
      if (index > 0) assembler.addSeparator("\t", location?.startOffset ?? 0);
      if (slot === undefined) {
        assembler.startSlot(null);
        continue;
      }
      assembler.startSlot({ copy: slot.copy, originRow: slot.row, originColumn: slot.column, colSpan: slot.colSpan, header: slot.header });
      // A spanned cell repeats its text; its characters point at the cell that holds it.
      for (const node of textNodes(slot.cell)) addText(node);
      assembler.endSlot();
    }
    assembler.newline();
  });
}

/** Every element under `roots`, in document order (script and style elements included, not entered further). */
function allElements(roots: AnyNode[]): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== "tag" && node.type !== "root" && node.type !== "script" && node.type !== "style") continue;
    if (node.type === "tag") out.push(node as Element);
    const children = (node as Element).children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as AnyNode);
  }
  return out;
}

/** The text of a node and its descendants; with `limit`, stops once longer than that. */
function textOf(node: AnyNode, limit = Number.POSITIVE_INFINITY): string {
  let text = "";
  const stack: AnyNode[] = [node];
  while (stack.length > 0 && text.length <= limit) {
    const item = stack.pop() as AnyNode;
    if (item.type === "text") text += (item as Text).data;
    else if (item.type === "tag" || item.type === "root") {
      const children = (item as Element).children;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as AnyNode);
    }
  }
  return text;
}

/** Metadata cells are short: longer text is not a label and its value. */
const LONGEST_METADATA_CELL = 80;

const CELL_TAGS = new Set(["td", "th", "li", "dt", "dd", "span", "p", "div"]);
const BLOCK_CHILDREN = new Set(["td", "th", "li", "dt", "dd", "p", "div", "table"]);

/** A table holding two or more metadata labels. */
function metadataTable(table: Element): boolean {
  let labels = 0;
  for (const row of rowsOf(table)) {
    for (const cell of row.children) {
      if (cell.type !== "tag" || ((cell as Element).name !== "td" && (cell as Element).name !== "th")) continue;
      if (labelOf(textOf(cell, LONGEST_METADATA_CELL)) !== null && ++labels >= 2) return true;
    }
  }
  return false;
}

function readMetadata(elements: Element[], starts: Int32Array, length: number): PageMetadata[] {
  const found: PageMetadata[] = [];
  const seen = new Set<string>();
  const cells = elements.filter((element) => CELL_TAGS.has(element.name) && !element.children.some((child) => child.type === "tag" && BLOCK_CHILDREN.has((child as Element).name)));
  cells.forEach((element, index) => {
    const text = textOf(element, LONGEST_METADATA_CELL);
    if (text.length > LONGEST_METADATA_CELL) return;
    const label = labelOf(text);
    if (label === null || seen.has(label.label)) return;
    let value = label.rest;
    let holder = element;
    if (value.length === 0) {
      const next = cells[index + 1];
      if (next === undefined || labelOf(textOf(next, LONGEST_METADATA_CELL)) !== null) return;
      value = squeezeLayoutBlanks(textOf(next, LONGEST_METADATA_CELL * 4).trim());
      holder = next;
    }
    if (value.length === 0) return;
    const location = spanOf(holder, length);
    if (location === null) return;
    seen.add(label.label);
    found.push({ label: label.label, value: value.trim(), position: { start: pointAtOffset(starts, location.startOffset), end: pointAtOffset(starts, location.endOffset) } });
  });
  return found.length >= 2 ? found : [];
}
