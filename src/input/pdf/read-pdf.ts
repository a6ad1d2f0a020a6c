import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { DiagnosticSink } from "../../diagnostics.js";
import type { Furniture } from "../../structure/front-matter.js";
import type { Point, Position, SourceLine } from "../../util/position.js";
import { splitLines } from "../lines.js";
import { type PdfFurnitureKind, findFurniture } from "./furniture.js";
import { linesOf } from "./lines.js";
import { continues, joinerOf, setMargins } from "./paragraphs.js";
import { type TableRow, mergeIntoRow, startRow } from "./table-rows.js";
import type { Fragment, PdfLine, PdfPage } from "./types.js";

/** The text a PDF holds, assembled: one line per paragraph and per piece of page furniture. */
export interface PdfText {
  /** The assembled text: positions of a PDF's result are offsets into it. */
  text: string;
  /** Its non-blank lines that are not furniture, as the plain-text pipeline reads them. */
  lines: SourceLine[];
  /** Running headers, footers and page numbers found by geometry. */
  furniture: Furniture[];
  /** Pages in the file. */
  pages: number;
  /** The 1-based page an offset of `text` was printed on. */
  pageAt: (offset: number) => number;
}

/** Characters pdf.js gives for a glyph without a Unicode mapping: NUL, other C0 controls, U+FFFD, the private use area. */
const UNMAPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd\ue000-\uf8ff]/g;
const UNMAPPED_CHAR = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd\ue000-\uf8ff]$/;

/** The subset of pdf.js's API read here. */
interface PdfJs {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  OPS: Record<string, number>;
}
interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}
interface PdfJsPage {
  view: number[];
  getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }> }>;
  getOperatorList(): Promise<{ fnArray: number[] }>;
  cleanup(): boolean;
}

let loaded: Promise<PdfJs> | undefined;

/** pdf.js, loaded on first use: text input never loads it. */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import("pdfjs-dist/legacy/build/pdf.mjs") as unknown as Promise<PdfJs>;
  return loaded;
}

/** Where pdf.js keeps its character maps (for fonts that are not embedded: common in Chinese PDFs). */
function resourceFolder(name: string): string | undefined {
  try {
    return `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), name)}/`;
  } catch {
    return undefined;
  }
}

/** A page's text runs, from pdf.js's items. */
function fragmentsOf(items: Array<{ str?: string; transform?: number[]; width?: number; height?: number }>): Fragment[] {
  const fragments: Fragment[] = [];
  for (const item of items) {
    if (typeof item.str !== "string" || item.str === "" || item.transform === undefined) continue;
    const [, , c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || item.height || 1;
    // A tab in the text would read as a cell boundary: it is a blank.
    fragments.push({ text: item.str.replace(/\t/g, " "), x: e, end: e + (item.width ?? 0), y: f, size });
  }
  return fragments;
}

/** Whether a page without text paints an image (a scan) rather than nothing (a blank page). */
async function paintsImage(page: PdfJsPage, ops: Record<string, number>): Promise<boolean> {
  const images = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat].filter((op) => op !== undefined));
  const list = await page.getOperatorList();
  return list.fnArray.some((op) => images.has(op));
}

/** `1, 2, 5–9`: page numbers, runs shortened. */
export function pageList(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let index = 0; index < pages.length; index++) {
    const from = pages[index] as number;
    let to = from;
    while (pages[index + 1] === to + 1) to = pages[++index] as number;
    parts.push(to > from ? `${from}–${to}` : String(from));
  }
  return parts.join(", ");
}

/**
 * Read a PDF's text layer, one page at a time (each page's pdf.js objects are
 * released before the next is read), into lines with their geometry.
 * Faults are diagnostics: an unreadable file (`pdf-unreadable`: damaged,
 * encrypted) gives null; a page that fails is reported and skipped; pages
 * with no text but an image (`pdf-no-text`) and glyphs with no Unicode
 * mapping (`pdf-unmapped-text`) are reported.
 */
export async function readPdfPages(bytes: Uint8Array, sink: DiagnosticSink): Promise<{ pages: PdfPage[]; count: number } | null> {
  const pdfjs = await loadPdfJs();
  const options: Record<string, unknown> = {
    // A copy: pdf.js may take over the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  };
  const cmaps = resourceFolder("cmaps");
  const fonts = resourceFolder("standard_fonts");
  if (cmaps !== undefined) Object.assign(options, { cMapUrl: cmaps, cMapPacked: true });
  if (fonts !== undefined) options.standardFontDataUrl = fonts;
  const task = pdfjs.getDocument(options);
  let document: PdfDocument;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    const why = name === "PasswordException" ? "it is encrypted (a password is needed to open it)" : `it is damaged or not a PDF (${(error as Error).message ?? String(error)})`;
    sink.report("pdf-unreadable", `The PDF could not be read: ${why}`, undefined, { actual: name ?? "error" });
    await task.destroy().catch(() => undefined);
    return null;
  }
  const pages: PdfPage[] = [];
  const scanned: number[] = [];
  let unmapped = 0;
  let characters = 0;
  const unmappedPages: number[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      try {
        const page = await document.getPage(number);
        const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
        const fragments = fragmentsOf((await page.getTextContent()).items);
        let printed = 0;
        let bad = 0;
        for (const fragment of fragments) {
          printed += fragment.text.replace(/\s+/g, "").length;
          const before = fragment.text;
          fragment.text = before.replace(UNMAPPED, "\ufffd");
          for (const char of before) if (UNMAPPED_CHAR.test(char)) bad++;
          fragment.x -= x0;
          fragment.end -= x0;
          fragment.y -= y0;
        }
        characters += printed;
        unmapped += bad;
        if (bad > 0) unmappedPages.push(number);
        if (printed === 0 && (await paintsImage(page, pdfjs.OPS))) scanned.push(number);
        pages.push({ number, width: x1 - x0, height: y1 - y0, lines: linesOf(number, fragments, x1 - x0) });
        page.cleanup();
      } catch (error) {
        sink.report("pdf-unreadable", `Page ${number} of the PDF could not be read; the other pages were (${(error as Error).message ?? String(error)})`, undefined, { actual: `page ${number}` });
      }
    }
    if (scanned.length > 0) {
      sink.report("pdf-no-text", `${scanned.length === document.numPages ? "The PDF has" : `${scanned.length} of ${document.numPages} pages have`} no text layer, only images (a scan?): page${scanned.length > 1 ? "s" : ""} ${pageList(scanned)}. gongbao does not read images (no OCR)`, undefined, {
        actual: pageList(scanned),
      });
    }
    if (unmapped > 0) {
      const share = unmapped / Math.max(1, characters);
      sink.report("pdf-unmapped-text", `${unmapped} of ${characters} characters (${(share * 100).toFixed(1)}%) have no Unicode mapping in their font and read as U+FFFD (pages ${pageList(unmappedPages)})`, undefined, {
        actual: share.toFixed(4),
      });
    }
    return { pages, count: document.numPages };
  } finally {
    await document.destroy().catch(() => undefined);
  }
}

/**
 * Lay out pages as the assembled text: one line per paragraph (joined across
 * lines, columns and pages), then one line per piece of furniture, in page
 * order, after all the text.
 */
export function assemble(pages: readonly PdfPage[], count: number): PdfText {
  const furnitureOf = findFurniture(pages);
  setMargins(pages, (line) => !furnitureOf.has(line));
  const parts: string[] = [];
  let length = 0;
  // Page of each piece of the text, by offset (pieces are added in offset order).
  const pieceStarts: number[] = [];
  const piecePages: number[] = [];
  const furnitureRanges: Array<{ kind: PdfFurnitureKind; start: number; end: number }> = [];
  const write = (text: string, page: number) => {
    if (piecePages[piecePages.length - 1] !== page) {
      pieceStarts.push(length);
      piecePages.push(page);
    }
    parts.push(text);
    length += text.length;
  };
  // Furniture goes after the text, so that it never falls inside a paragraph, a task or a table of the body.
  const furnitureLines: PdfLine[] = [];
  let paragraph: PdfLine | null = null;
  // A table row is written when the lines after it are known not to be more of its cells.
  let row: TableRow | null = null;
  const endRow = () => {
    if (row === null) return;
    write(`${row.cells.join("\t")}\n`, row.first.page);
    row = null;
  };
  for (const page of pages) {
    for (const line of page.lines) {
      if (furnitureOf.has(line)) {
        furnitureLines.push(line);
        continue;
      }
      if (row !== null && mergeIntoRow(row, line)) continue;
      endRow();
      if (paragraph !== null && continues(paragraph, line)) {
        write(joinerOf(paragraph, line), line.page);
        write(line.text, line.page);
        paragraph = line;
        continue;
      }
      if (paragraph !== null) write("\n", paragraph.page);
      paragraph = null;
      if (line.tabbed) row = startRow(line);
      else {
        write(line.text, line.page);
        paragraph = line;
      }
    }
  }
  endRow();
  if (paragraph !== null) write("\n", (paragraph as PdfLine).page);
  for (const line of furnitureLines) {
    const start = length;
    write(line.text, line.page);
    furnitureRanges.push({ kind: furnitureOf.get(line) as PdfFurnitureKind, start, end: length });
    write("\n", line.page);
  }
  const text = parts.join("");
  const pageAt = (offset: number): number => {
    let low = 0;
    let high = pieceStarts.length - 1;
    if (high < 0) return 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((pieceStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return piecePages[low] as number;
  };
  const kinds = new Map(furnitureRanges.map((range) => [range.start, range.kind]));
  const lines: SourceLine[] = [];
  const furniture: Furniture[] = [];
  for (const line of splitLines(text, true)) {
    const kind = kinds.get(line.start);
    if (kind === undefined) {
      lines.push(line);
      continue;
    }
    furniture.push({ kind, text: line.text, position: { start: { line: line.number, column: line.contentStart - line.start + 1, offset: line.contentStart }, end: { line: line.number, column: line.contentEnd - line.start + 1, offset: line.contentEnd } } });
  }
  return { text, lines, furniture, pages: count, pageAt };
}

/** Add `page` to every point of a result read from a PDF: where the text at a start, or just before an end, was printed. */
export function addPages(value: unknown, pageAt: (offset: number) => number): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== "object") continue;
    if (Array.isArray(item)) {
      for (const child of item) if (child !== null && typeof child === "object") stack.push(child);
      continue;
    }
    const position = item as Partial<Position>;
    if (isPoint(position.start) && isPoint(position.end)) {
      position.start.page = pageAt(position.start.offset);
      position.end.page = pageAt(Math.max(position.start.offset, position.end.offset - 1));
      continue;
    }
    for (const child of Object.values(item)) if (child !== null && typeof child === "object") stack.push(child);
  }
}

function isPoint(value: unknown): value is Point & { page?: number } {
  return value !== null && typeof value === "object" && typeof (value as Point).offset === "number" && typeof (value as Point).line === "number";
}
