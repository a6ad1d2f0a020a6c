import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GazetteDocument, GongbaoResult, OutlineNode } from "../src/schema/result.js";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const SEED_003 = "seeds/luoyang-gazette-2025-02.txt";
export const SEED_000 = "seeds/luoyang-jiyuan-33-measures.txt";

export function readBytes(path: string): Uint8Array {
  const buffer = readFileSync(new URL(`../${path}`, import.meta.url));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function readText(path: string): string {
  return readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
}

/** Every seed and text fixture, as repository paths. */
export function corpus(): string[] {
  const seeds = readdirSync(new URL("../seeds", import.meta.url)).filter((name) => name.endsWith(".txt")).map((name) => `seeds/${name}`);
  const fixtures = readdirSync(new URL("../fixtures", import.meta.url)).filter((name) => name.endsWith(".txt")).map((name) => `fixtures/${name}`);
  return [...seeds, ...fixtures];
}

/** The seed PDFs and the PDF fixtures, as repository paths. */
export function pdfCorpus(): string[] {
  const seeds = readdirSync(new URL("../seeds", import.meta.url)).filter((name) => name.endsWith(".pdf")).map((name) => `seeds/${name}`);
  const fixtures = readdirSync(new URL("../fixtures/pdf", import.meta.url)).filter((name) => name.endsWith(".pdf")).map((name) => `fixtures/pdf/${name}`);
  return [...seeds, ...fixtures];
}

/** Depth-first walk over an outline. */
export function* walk(nodes: OutlineNode[]): Generator<OutlineNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

/** Every document, attachments included, depth first. */
export function* allDocuments(result: GongbaoResult): Generator<GazetteDocument> {
  const visit = function* (documents: GazetteDocument[]): Generator<GazetteDocument> {
    for (const document of documents) {
      yield document;
      yield* visit(document.attachments ?? []);
    }
  };
  yield* visit(result.documents);
}

/** The source text of a position. */
export function slice(text: string, position: { start: { offset: number }; end: { offset: number } }): string {
  return text.slice(position.start.offset, position.end.offset);
}

/**
 * Whether the spans that touch a line place it exactly once: one span, or
 * several that do not overlap and between them cover every non-blank
 * character of the line (a line split where an article was glued to it).
 */
export function placesLineOnce(
  line: { text: string; contentStart: number; contentEnd: number },
  spans: ReadonlyArray<{ start: { offset: number }; end: { offset: number } }>,
): boolean {
  if (spans.length === 1) return true;
  if (spans.length === 0) return false;
  const ranges = spans
    .map((span) => [Math.max(span.start.offset, line.contentStart), Math.min(span.end.offset, line.contentEnd)] as const)
    .sort((a, b) => a[0] - b[0]);
  let at = line.contentStart;
  for (const [start, end] of ranges) {
    if (start < at) return false;
    if (line.text.slice(at - line.contentStart, start - line.contentStart).trim() !== "") return false;
    at = end;
  }
  return line.text.slice(at - line.contentStart).trim() === "";
}
