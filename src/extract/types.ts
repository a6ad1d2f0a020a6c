import type { DiagnosticSink } from "../diagnostics.js";
import type { GazetteDocument } from "../structure/document.js";

export interface ExtractContext {
  sink: DiagnosticSink;
}

/**
 * A rule that reads a document's outline (never the raw text) and adds typed
 * objects to the document. One file each; the pipeline runs them in registry
 * order, so a later extractor may read what an earlier one added.
 */
export interface Extractor {
  name: string;
  extract(document: GazetteDocument, context: ExtractContext): void;
}
