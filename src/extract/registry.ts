import { articles } from "./articles.js";
import { effectiveFrom } from "./effective-from.js";
import { measures } from "./measures.js";
import { outlets } from "./outlets.js";
import { statedCounts } from "./stated-counts.js";
import { tables } from "./tables.js";
import { taskTables } from "./task-tables.js";
import { tasks } from "./tasks.js";
import type { ExtractContext, Extractor } from "./types.js";
import type { GazetteDocument } from "../structure/document.js";

/** The extractors, in the order they run. A new document shape is a new entry here. */
export const EXTRACTORS: readonly Extractor[] = [measures, tasks, articles, effectiveFrom, tables, taskTables, outlets, statedCounts];

/** Run every extractor on a document and, first, on its attachments. */
export function extract(document: GazetteDocument, context: ExtractContext): void {
  for (const attachment of document.attachments ?? []) extract(attachment, context);
  for (const extractor of EXTRACTORS) extractor.extract(document, context);
}
