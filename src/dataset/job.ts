import type { Rows } from "./rows.js";

/** A file for a worker to parse. */
export interface Job {
  index: number;
  /** Path to read. */
  path: string;
  /** Path relative to the input folder, with `/` separators: the `file` column. */
  file: string;
  /** `file` without its extension: the prefix of every id. */
  fileId: string;
}

export type JobResult =
  | { index: number; rows: Rows; documents: number; bytes: number; error?: undefined }
  | { index: number; error: string; bytes: number; rows?: undefined };
