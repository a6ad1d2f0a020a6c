import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { COLUMNS } from "./columns.js";
import { type DatasetFormat, LIST_SEPARATOR } from "./descriptor.js";
import type { Entity, Row } from "./rows.js";

/**
 * Writes one entity's file: to a temporary name beside it, renamed into place
 * only when the run finishes, so an interrupted run leaves no half-written
 * file under a final name.
 */
export class EntityWriter {
  readonly path: string;
  readonly temporary: string;
  private readonly stream: WriteStream;
  private readonly columns: string[];
  private count = 0;
  /** An error the stream reported (the folder cannot be written, the disk is full). */
  private failure: Error | undefined;

  constructor(
    dir: string,
    private readonly entity: Entity,
    private readonly format: DatasetFormat,
  ) {
    this.path = join(dir, `${entity}.${format}`);
    this.temporary = join(dir, `.${entity}.${format}.${process.pid}.tmp`);
    this.stream = createWriteStream(this.temporary);
    // Reported by the next write or the commit, never as an unhandled event.
    this.stream.on("error", (error) => {
      this.failure ??= error;
    });
    this.columns = COLUMNS[entity].map((column) => column.name);
    if (format === "csv") this.stream.write(stringify([this.columns]));
    if (format === "json") this.stream.write("[");
  }

  /** Append rows, in the column order of the entity. Resolves when the stream can take more. */
  async write(rows: Row[]): Promise<void> {
    await this.writeSerialized(serializeRows(this.entity, this.format, rows));
  }

  /** Append rows serialized by `serializeRows` (on a worker thread). */
  async writeSerialized(serialized: SerializedRows): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (serialized.count === 0) return;
    const chunk = this.format === "json" ? `${this.count === 0 ? "\n" : ",\n"}${serialized.text}` : serialized.text;
    this.count += serialized.count;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => {
      this.stream.once("drain", resolve);
      this.stream.once("close", resolve);
    });
    if (this.failure !== undefined) throw this.failure;
  }

  get rows(): number {
    return this.count;
  }

  /** Finish the file and move it into place. */
  async commit(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.format === "json") this.stream.write(this.count === 0 ? "]\n" : "\n]\n");
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await rename(this.temporary, this.path);
  }

  /** Drop the temporary file (on interruption or failure). */
  async abort(): Promise<void> {
    // Wait for the stream to close: a file still being opened would appear after the removal.
    await new Promise<void>((resolve) => {
      if (this.stream.closed) return resolve();
      this.stream.once("close", () => resolve());
      this.stream.destroy();
    });
    await rm(this.temporary, { force: true });
  }

  toString(): string {
    return `${this.entity} → ${this.path}`;
  }
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
