import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { cpus } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Job, JobResult } from "./job.js";
import { type DatasetFormat, descriptor } from "./descriptor.js";
import { ENTITIES, type Entity, fileDiagnosticRow } from "./rows.js";
import { type DatasetFileSystem, createStaging, publish, removeStaging } from "./publish.js";
import { EntityWriter } from "./writers.js";
import { createFolder } from "../util/folder.js";
import { findInputs } from "../util/find-inputs.js";
import type { InputFormat } from "../input/detect.js";
import { lazyRequire } from "../util/lazy.js";
import { DEFAULT_MAX_INPUT_BYTES } from "../parse.js";
import { type IndexRow, renderDatasetIndex } from "../report/dataset-index.js";

export interface DatasetOptions {
  out: string;
  format: DatasetFormat;
  jobs: number;
  /** `bar` on a terminal, `lines` for logs, `silent` in CI. */
  progress: "bar" | "lines" | "silent";
  version: string;
  /** The JSON Schema, for the field types of `datapackage.json`. */
  schema: Parameters<typeof descriptor>[0];
  /** Where progress goes. */
  log: (line: string) => void;
  /** Start each CSV file with a UTF-8 byte order mark. */
  bom?: boolean;
  /** The input format of every file; by default each file's own (extension, else sniffed). */
  inputFormat?: InputFormat;
  /** Files larger than this many bytes are not parsed; default 64 MiB. */
  maxInputBytes?: number;
  /** Files with more non-blank lines than this are not parsed; default 300,000. */
  maxLines?: number;
  /** The worker script; by default the built `dataset-worker.js` beside this module. */
  workerUrl?: URL;
  /** The file system calls to write through (tests inject faults); by default node:fs. */
  fileSystem?: DatasetFileSystem;
  /** Also write `index.html` and a report page per file under `report/`. */
  report?: boolean;
}

const NODE_FILE_SYSTEM: DatasetFileSystem = { createWriteStream: (path) => createWriteStream(path), rename };

export interface DatasetSummary {
  files: number;
  documents: number;
  rows: Record<Entity, number>;
  errors: number;
  skipped: number;
  seconds: number;
  /** Seconds the workers spent on files (reading, parsing, serializing), summed over workers: against `seconds` it shows how busy they were. */
  workerSeconds: number;
  bytes: number;
}

const WORKER_YOUNG_GENERATION_MB = 8;
/**
 * Every file to read under `paths` (see `findInputs`): its `file` is also
 * the prefix of its row ids, unique in the run and stable across runs.
 */
export async function collect(paths: string[], format: DatasetFormat, maxInputBytes = DEFAULT_MAX_INPUT_BYTES, maxLines?: number, inputFormat?: InputFormat): Promise<Job[]> {
  const found = await findInputs(paths);
  return found.map((entry, index) => {
    const job: Job = { index, path: entry.path, file: entry.file, fileId: entry.file, format, maxInputBytes };
    if (maxLines !== undefined) job.maxLines = maxLines;
    if (inputFormat !== undefined) job.inputFormat = inputFormat;
    return job;
  });
}

/**
 * Parse every file under `paths` on worker threads and write one file per
 * entity, plus a Frictionless `datapackage.json`. Rows come out in file
 * order whatever the number of jobs, so output is byte-identical; at most a
 * few results per job wait in memory.
 */
export async function runDataset(paths: string[], options: DatasetOptions): Promise<DatasetSummary> {
  const started = performance.now();
  const jobs = await collect(paths, options.format, options.maxInputBytes, options.maxLines, options.inputFormat);
  if (options.report) for (const job of jobs) Object.assign(job, { report: true, version: options.version });
  const fs = options.fileSystem ?? NODE_FILE_SYSTEM;
  // Removes the folders this run created if the run fails or is interrupted.
  const removeCreated = await createFolder(options.out);
  let staging: string;
  try {
    staging = await createStaging(options.out);
  } catch (error) {
    await removeCreated();
    throw error;
  }
  const writers = Object.fromEntries(ENTITIES.map((entity) => [entity, new EntityWriter(staging, entity, options.format, fs.createWriteStream, options.bom === true && options.format === "csv")])) as Record<Entity, EntityWriter>;
  const pages = options.report ? new ReportPages(staging, fs) : undefined;
  const summary: DatasetSummary = { files: jobs.length, documents: 0, rows: Object.fromEntries(ENTITIES.map((e) => [e, 0])) as Record<Entity, number>, errors: 0, skipped: 0, seconds: 0, workerSeconds: 0, bytes: 0 };
  const abort = async () => {
    await Promise.all(ENTITIES.map((entity) => writers[entity].abort()));
    await removeStaging(staging);
    await removeCreated();
  };
  // While the files move into place a signal waits: stopping halfway would leave a mixed folder.
  let publishing = false;
  let deferred: NodeJS.Signals | undefined;
  const exitOn = (signal: NodeJS.Signals) => process.exit(signal === "SIGTERM" ? 143 : 130);
  const onSignal = (signal: NodeJS.Signals) => {
    if (publishing) {
      deferred = signal;
      return;
    }
    void abort().then(() => {
      options.log(`gongbao: interrupted (${signal}); no dataset written to ${options.out}, temporary files removed`);
      // 128 + the signal number, as a shell reports a process the signal stopped.
      exitOn(signal);
    });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const progress = startProgress(options, jobs.length);
  const workerCount = Math.max(1, Math.min(options.jobs, jobs.length));
  // A small young generation keeps each worker's heap from creeping up over
  // thousands of files (peak memory stays flat as the corpus grows).
  const newWorker = () =>
    new Worker(options.workerUrl ?? new URL("./dataset-worker.js", import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
  const workers = Array.from({ length: jobs.length === 0 ? 0 : workerCount }, newWorker);
  const waiting = new Map<number, JobResult>();
  let nextToSend = 0;
  let nextToWrite = 0;
  const window = workerCount * 4;

  try {
    await new Promise<void>((done, fail) => {
      if (jobs.length === 0) {
        done();
        return;
      }
      let writing = Promise.resolve();
      // The job each worker is parsing, so a worker that dies loses only that file.
      const inFlight = new Map<Worker, number>();
      const send = (worker: Worker) => {
        if (nextToSend < jobs.length && nextToSend - nextToWrite < window) {
          inFlight.set(worker, nextToSend);
          worker.postMessage(jobs[nextToSend++]);
          return true;
        }
        inFlight.delete(worker);
        return false;
      };
      const idle: Worker[] = [];
      const flush = async () => {
        while (waiting.has(nextToWrite)) {
          const result = waiting.get(nextToWrite) as JobResult;
          waiting.delete(nextToWrite);
          await writeResult(result, jobs[nextToWrite] as Job, writers, summary);
          await pages?.add(result, jobs[nextToWrite] as Job);
          progress.tick(result.bytes);
          nextToWrite++;
          while (idle.length > 0 && send(idle[0] as Worker)) idle.shift();
        }
        if (nextToWrite === jobs.length) done();
      };
      const start = (worker: Worker) => {
        worker.on("message", (result: JobResult) => {
          summary.workerSeconds += (result.busyMs ?? 0) / 1000;
          waiting.set(result.index, result);
          if (!send(worker)) idle.push(worker);
          writing = writing.then(flush).catch(fail);
        });
        // A worker that crashes (out of memory on a huge file, say) costs one
        // file, reported as a diagnostic row; a new worker takes its place.
        worker.on("error", (error) => {
          const index = inFlight.get(worker);
          inFlight.delete(worker);
          const replacement = newWorker();
          workers[workers.indexOf(worker)] = replacement;
          if (index !== undefined) {
            waiting.set(index, { index, error: `the parser stopped (${(error as Error).message})`, bytes: 0 });
            writing = writing.then(flush).catch(fail);
          }
          start(replacement);
        });
        if (!send(worker)) idle.push(worker);
      };
      for (const worker of workers) start(worker);
    });
    for (const entity of ENTITIES) await writers[entity].finish();
    await writeWhole(fs, join(staging, PACKAGE), `${JSON.stringify(descriptor(options.schema, options.format, options.version), null, 2)}\n`);
    if (pages !== undefined) await writeWhole(fs, join(staging, INDEX), renderDatasetIndex(pages.rows, options.version));
    publishing = true;
    await publish(staging, options.out, [...ENTITIES.map((entity) => writers[entity].name), PACKAGE, ...(pages === undefined ? [] : [INDEX, REPORT_FOLDER])], fs);
  } catch (error) {
    await abort();
    throw error;
  } finally {
    progress.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  await removeStaging(staging, true);
  if (deferred !== undefined) {
    options.log(`gongbao: interrupted (${deferred}) after the dataset was written to ${options.out}`);
    exitOn(deferred);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

const PACKAGE = "datapackage.json";
const INDEX = "index.html";
const REPORT_FOLDER = "report";

/**
 * The report pages of a run: each file's page at `report/<file>.html` in the
 * staging folder (its folders made once each), and the rows of
 * `index.html`.
 */
class ReportPages {
  readonly rows: IndexRow[] = [];
  private readonly folders = new Set<string>();

  constructor(
    private readonly staging: string,
    private readonly fs: DatasetFileSystem,
  ) {}

  async add(result: JobResult, job: Job): Promise<void> {
    const page = result.rows?.page;
    if (page === undefined) {
      this.rows.push({ file: job.file, problem: result.error ?? "no page" });
      return;
    }
    const segments = `${REPORT_FOLDER}/${job.file}.html`.split("/");
    const folder = join(this.staging, ...segments.slice(0, -1));
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    await writeWhole(this.fs, join(folder, segments[segments.length - 1] as string), page.parts);
    const row: IndexRow = { file: job.file, href: segments.map(encodeURIComponent).join("/"), counts: page.counts };
    if (page.title !== undefined) row.title = page.title;
    this.rows.push(row);
  }
}

/** Write a whole file (a string, or pieces in order) through the run's file system; rejects on any write error. */
async function writeWhole(fs: DatasetFileSystem, path: string, text: string | string[]): Promise<void> {
  const stream = fs.createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.once("finish", resolve);
    if (typeof text === "string") stream.end(text);
    else {
      for (const part of text) stream.write(part);
      stream.end();
    }
  });
}

async function writeResult(result: JobResult, job: Job, writers: Record<Entity, EntityWriter>, summary: DatasetSummary): Promise<void> {
  summary.bytes += result.bytes;
  if (result.rows === undefined) {
    summary.skipped++;
    summary.errors++;
    summary.rows.diagnostics++;
    const code = result.error.startsWith("the parser stopped") ? "parse-failed" : "unreadable-file";
    const message =
      code === "parse-failed"
        ? `The file could not be parsed: ${result.error}`
        : result.error.startsWith("not a regular file")
          ? `Not read: ${result.error}; only regular files are read`
          : `Cannot read the file (${result.error})`;
    await writers.diagnostics.write([fileDiagnosticRow(job.fileId, job.file, code, "error", message)]);
    return;
  }
  const file = result.rows;
  if (file.documents === 0) summary.skipped++;
  summary.documents += file.documents;
  summary.errors += file.errors;
  for (const entity of ENTITIES) {
    summary.rows[entity] += file.rows[entity].count;
    await writers[entity].writeSerialized(file.rows[entity]);
  }
}


interface Progress {
  tick(bytes: number): void;
  stop(): void;
}

function startProgress(options: DatasetOptions, total: number): Progress {
  const started = performance.now();
  let done = 0;
  let bytes = 0;
  const rate = () => bytes / 1e6 / Math.max(0.001, (performance.now() - started) / 1000);
  if (options.progress === "bar") {
    const { SingleBar, Presets } = lazyRequire<typeof import("cli-progress")>("cli-progress");
    const bar = new SingleBar({ format: "files {bar} {value}/{total} | {mbps} MB/s | ETA {eta_formatted}", stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
    bar.start(total, 0, { mbps: "0.0" });
    return {
      tick(size) {
        bytes += size;
        bar.increment(1, { mbps: rate().toFixed(1) });
      },
      stop: () => bar.stop(),
    };
  }
  if (options.progress === "lines") {
    let last = started;
    return {
      tick(size) {
        done++;
        bytes += size;
        const now = performance.now();
        if (now - last < 2000 && done < total) return;
        last = now;
        const eta = done === 0 ? 0 : ((now - started) / done) * (total - done) / 1000;
        options.log(`files ${done}/${total} (${Math.round((done / total) * 100)}%), ${rate().toFixed(1)} MB/s, ETA ${eta.toFixed(0)}s`);
      },
      stop() {},
    };
  }
  return { tick() {}, stop() {} };
}

/** The default number of jobs: one per core. */
export function defaultJobs(): number {
  return Math.max(1, cpus().length);
}
