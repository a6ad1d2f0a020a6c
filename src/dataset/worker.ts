import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parentPort } from "node:worker_threads";
import { parse } from "../parse.js";
import type { FileRows, Job, JobResult } from "./job.js";
import { ENTITIES, emptyRows, fileDiagnosticRow, rowsOf } from "./rows.js";
import { serializeRows } from "./writers.js";

/** A dataset worker: parses the files it is sent and returns their rows. */
parentPort?.on("message", async (job: Job) => {
  parentPort?.postMessage(await runJob(job));
});

export async function runJob(job: Job): Promise<JobResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(job.path);
  } catch (error) {
    return { index: job.index, error: (error as NodeJS.ErrnoException).code ?? String(error), bytes: 0 };
  }
  const result = parse(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { name: basename(job.path) });
  let rows = rowsOf(result, job.fileId, job.file);
  if (result.documents.length === 0) {
    // A file with no document is skipped, with a diagnostic row saying so.
    const diagnostics = [...rows.diagnostics, fileDiagnosticRow(job.fileId, job.file, "no-documents", "warning", "No document in the file; skipped")];
    rows = { ...emptyRows(), diagnostics };
  }
  const serialized = Object.fromEntries(ENTITIES.map((entity) => [entity, serializeRows(entity, job.format, rows[entity])])) as FileRows["rows"];
  return {
    index: job.index,
    rows: { rows: serialized, documents: result.documents.length, errors: rows.diagnostics.filter((row) => row.severity === "error").length },
    bytes: bytes.length,
  };
}
