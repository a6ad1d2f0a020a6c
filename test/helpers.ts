import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DocumentShape, GongbaoResult, OutlineNodeShape } from "../src/schema/result.js";

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

/** Depth-first walk over an outline. */
export function* walk(nodes: OutlineNodeShape[]): Generator<OutlineNodeShape> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

/** Every document, attachments included, depth first. */
export function* allDocuments(result: GongbaoResult): Generator<DocumentShape> {
  const visit = function* (documents: DocumentShape[]): Generator<DocumentShape> {
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
