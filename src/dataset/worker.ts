import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parentPort } from "node:worker_threads";
import { parse } from "../parse.js";
import { rowsOf } from "./rows.js";
import type { Job, JobResult } from "./job.js";

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
  return { index: job.index, rows: rowsOf(result, job.fileId, job.file), documents: result.documents.length, bytes: bytes.length };
}
