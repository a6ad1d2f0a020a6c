import { basename } from "node:path";
import { parentPort } from "node:worker_threads";
import type { ParseOptions } from "../parse.js";
import { check } from "../check/check.js";
import { NotRegularFileError, parseRead, readBounded } from "../parse-file.js";
import { renderReport } from "../report/page.js";
import type { FileRows, Job, JobResult } from "./job.js";
import { ENTITIES, emptyRows, fileDiagnosticRow, rowsOf } from "./rows.js";
import { encodeRows, serializeRows } from "./writers.js";

/** A dataset worker: parses the files it is sent and returns their rows. */
parentPort?.on("message", async (job: Job) => {
  const started = performance.now();
  const result = await runJob(job);
  result.busyMs = performance.now() - started;
  // The rows' bytes move to the writing thread; nothing is copied.
  const transfer = result.rows === undefined ? [] : Object.values(result.rows.rows).map((rows) => rows.bytes.buffer as ArrayBuffer);
  parentPort?.postMessage(result, transfer);
});

export async function runJob(job: Job): Promise<JobResult> {
  let read: Awaited<ReturnType<typeof readBounded>>;
  try {
    // Only regular files: a FIFO or a device in the tree would block or never end.
    read = await readBounded(job.path, job.maxInputBytes, { regularOnly: true });
  } catch (error) {
    if (error instanceof NotRegularFileError) return { index: job.index, error: `not a regular file (${error.kind})`, bytes: 0 };
    return { index: job.index, error: (error as NodeJS.ErrnoException).code ?? String(error), bytes: 0 };
  }
  const options: ParseOptions = { name: basename(job.path) };
  if (job.maxLines !== undefined) options.maxLines = job.maxLines;
  if (job.inputFormat !== undefined) options.format = job.inputFormat;
  // `text`: what the positions point into (the decoded bytes, or the text assembled from a PDF's pages).
  const { result, text } = await parseRead(read, options, job.maxInputBytes);
  let rows = rowsOf(result, job.fileId, job.file);
  if (result.documents.length === 0) {
    // A file with no document is skipped, with a diagnostic row saying so
    // (a file over the size limit already has its input-too-large row).
    const skipped = result.source.encoding === "undecoded" ? [] : [fileDiagnosticRow(job.fileId, job.file, "no-documents", "warning", "No document in the file; skipped")];
    const diagnostics = [...rows.diagnostics, ...skipped];
    rows = { ...emptyRows(), diagnostics };
  }
  const serialized = Object.fromEntries(ENTITIES.map((entity) => [entity, encodeRows(serializeRows(entity, job.format, rows[entity]))])) as FileRows["rows"];
  const fileRows: FileRows = { rows: serialized, documents: result.documents.length, errors: rows.diagnostics.filter((row) => row.severity === "error").length };
  if (job.report) {
    const page = renderReport({ result, text, diagnostics: check(result), file: job.file, version: job.version ?? "", indexHref: indexHref(job.file) });
    const title = result.issue?.title ?? result.documents[0]?.title;
    fileRows.page = title === undefined ? page : { ...page, title };
  }
  return { index: job.index, rows: fileRows, bytes: result.source.bytes };
}

/** The address of `index.html` from a page at `report/<file>.html`. */
export function indexHref(file: string): string {
  return `${"../".repeat(file.split("/").length)}index.html`;
}
