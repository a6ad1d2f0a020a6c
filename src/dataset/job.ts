import type { InputFormat } from "../input/detect.js";
import type { ReportCounts } from "../report/summary.js";
import type { DatasetFormat } from "./descriptor.js";
import type { Entity } from "./rows.js";
import type { EncodedRows } from "./writers.js";

/** A file for a worker to parse. */
export interface Job {
  index: number;
  /** Path to read. */
  path: string;
  /** Path relative to the input folder, with `/` separators: the `file` column. */
  file: string;
  /** The prefix of every id: `file` itself, extension kept, so `a.txt` and `a.md` never share an id. */
  fileId: string;
  /** The format to serialize rows in. */
  format: DatasetFormat;
  /** Files larger than this are not parsed (an `input-too-large` row). */
  maxInputBytes: number;
  /** The input format, when the command line gave one (`--from`); else each file's own. */
  inputFormat?: InputFormat;
  /** Files with more non-blank lines than this are not parsed (a `result-too-large` row); default 300,000. */
  maxLines?: number;
  /** Also render the file's HTML report page (`dataset --report`). */
  report?: boolean;
  /** The gongbao version, printed on report pages. */
  version?: string;
}

/** A file's report page, as pieces to write in order, with what the index shows of it. */
export interface FilePage {
  parts: string[];
  counts: ReportCounts;
  title?: string;
}

/** A file's rows, serialized per entity, and the counts the summary needs. */
export interface FileRows {
  rows: Record<Entity, EncodedRows>;
  /** Top-level documents. */
  documents: number;
  /** Diagnostics of severity error. */
  errors: number;
  /** The report page, when asked for. */
  page?: FilePage;
}

/** `busyMs`: the time the worker spent on the job (reading, parsing, serializing), for measuring a run. */
export type JobResult =
  | { index: number; rows: FileRows; bytes: number; busyMs?: number; error?: undefined }
  | { index: number; error: string; bytes: number; busyMs?: number; rows?: undefined };
