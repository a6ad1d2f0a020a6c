import type { GazetteDocument, GongbaoResult } from "../../schema/result.js";

/** Every document with the index of the top-level document it belongs to. */
export function* documentsOf(result: GongbaoResult): Generator<{ document: GazetteDocument; index: number }> {
  const visit = function* (documents: GazetteDocument[], index: number): Generator<{ document: GazetteDocument; index: number }> {
    for (const document of documents) {
      yield { document, index };
      yield* visit(document.attachments ?? [], index);
    }
  };
  for (const [index, document] of result.documents.entries()) {
    yield { document, index };
    yield* visit(document.attachments ?? [], index);
  }
}
