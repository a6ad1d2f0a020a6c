import type { Writable } from "node:stream";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { COLUMNS } from "./columns.js";
import { type DatasetFormat, LIST_SEPARATOR } from "./descriptor.js";
import type { Entity, Row } from "./rows.js";

/**
 * Writes one entity's file into the run's staging folder; the run moves the
 * finished files into the output folder together (see `publish` in run.ts),
 * so a failed or interrupted run leaves no file of its own under a final name.
 */
export class EntityWriter {
  /** The file's name in the output folder, and in the staging folder. */
  readonly name: string;
  private readonly stream: Writable;
  private readonly columns: string[];
  private count = 0;
  /** An error the stream reported (the folder cannot be written, the disk is full). */
  private failure: Error | undefined;

  constructor(
    staging: string,
    private readonly entity: Entity,
    private readonly format: DatasetFormat,
    open: (path: string) => Writable,
    /** Start a CSV file with a UTF-8 byte order mark (for spreadsheet programs that otherwise guess a legacy encoding). */
    bom = false,
  ) {
    this.name = `${entity}.${format}`;
    this.stream = open(join(staging, this.name));
    // Reported by the next write or the commit, never as an unhandled event.
    this.stream.on("error", (error) => {
      this.failure ??= error;
    });
    this.columns = COLUMNS[entity].map((column) => column.name);
    if (format === "csv") this.stream.write(`${bom ? "\uFEFF" : ""}${stringify([this.columns])}`);
    if (format === "json") this.stream.write("[");
  }

  /** Append rows, in the column order of the entity. Resolves when the stream can take more. */
  async write(rows: Row[]): Promise<void> {
    await this.writeSerialized(serializeRows(this.entity, this.format, rows));
  }

  /** Append rows serialized by `serializeRows` (on a worker thread), as text or as its UTF-8 bytes (`encodeRows`). */
  async writeSerialized(serialized: SerializedRows | EncodedRows): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (serialized.count === 0) return;
    const body = "bytes" in serialized ? serialized.bytes : serialized.text;
    if (this.format === "json") this.stream.write(this.count === 0 ? "\n" : ",\n");
    this.count += serialized.count;
    if (!this.stream.write(body)) await drained(this.stream);
    if (this.failure !== undefined) throw this.failure;
  }

  get rows(): number {
    return this.count;
  }

  /** Finish the file (it stays in the staging folder). Rejects when any write failed. */
  async finish(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.format === "json") this.stream.write(this.count === 0 ? "]\n" : "\n]\n");
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    if (this.failure !== undefined) throw this.failure;
  }

  /** Stop writing (on interruption or failure); resolves once the file is closed, so it can be removed. */
  async abort(): Promise<void> {
    // Wait for the stream to close: a file still being opened would appear after the removal.
    await new Promise<void>((resolve) => {
      if (this.stream.closed) return resolve();
      this.stream.once("close", () => resolve());
      this.stream.destroy();
    });
  }

  toString(): string {
    return `${this.entity} → ${this.name}`;
  }
}

/**
 * Resolves when the stream can take more, or when it closed (after an error).
 * Both listeners go away as soon as one fires: a listener left behind on
 * every wait would pile up over a run (MaxListenersExceededWarning).
 */
function drained(stream: Writable): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}

function cell(value: Row[string] | undefined): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

/** Rows already turned into the text of a dataset file. */
export interface SerializedRows {
  text: string;
  count: number;
}

/** Serialized rows as UTF-8 bytes: what a worker sends, its buffer transferred rather than a string copied. */
export interface EncodedRows {
  bytes: Uint8Array;
  count: number;
}

const utf8 = new TextEncoder();

/** The UTF-8 bytes of serialized rows, in a buffer of their own (so it can be transferred). */
export function encodeRows(serialized: SerializedRows): EncodedRows {
  return { bytes: utf8.encode(serialized.text), count: serialized.count };
}

/**
 * Serialize rows for an entity's file: CSV lines (lists joined), JSON Lines,
 * or JSON array members (the writer adds the commas between batches). Done
 * on the worker threads, so the writing thread only appends text.
 */
export function serializeRows(entity: Entity, format: DatasetFormat, rows: Row[]): SerializedRows {
  if (rows.length === 0) return { text: "", count: 0 };
  const columns = COLUMNS[entity].map((column) => column.name);
  if (format === "csv") return { text: stringify(rows.map((row) => columns.map((name) => cell(row[name])))), count: rows.length };
  const lines = rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((name) => [name, row[name] ?? null]))));
  return { text: format === "jsonl" ? `${lines.join("\n")}\n` : lines.join(",\n"), count: rows.length };
}
