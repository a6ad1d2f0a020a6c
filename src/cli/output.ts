import type { Writable } from "node:stream";
import type { ParseStep } from "../parse.js";
import type { GongbaoResult } from "../schema/result.js";
import { jsonChunks } from "../util/json-chunks.js";
import { offsetsOf, withOffsets } from "../schema/offsets.js";

/** How positions are written: whole (`{ start, end }` of points) or as offsets only (see `withOffsets`). */
export type PositionsMode = "full" | "offsets";

/** A stream written with backpressure; `closed` once it has closed or failed. */
export interface WatchedStream {
  write(text: string): Promise<void>;
  readonly closed: boolean;
  stop(): void;
}

/**
 * A stream written with backpressure: `write` resolves when the stream can
 * take more or when it has closed or failed (EPIPE: the reader went away),
 * never later; `closed` says which.
 */
export function watchStream(stream: Writable): WatchedStream {
  let closed = false;
  const wake = new Set<() => void>();
  const onEnd = () => {
    closed = true;
    for (const resolve of wake) resolve();
    wake.clear();
  };
  stream.on("error", onEnd);
  stream.on("close", onEnd);
  return {
    async write(text) {
      if (closed || stream.write(text)) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off("drain", done);
          wake.delete(done);
          resolve();
        };
        wake.add(done);
        stream.on("drain", done);
      });
    },
    get closed() {
      return closed;
    },
    stop() {
      stream.off("error", onEnd);
      stream.off("close", onEnd);
    },
  };
}

/** Pieces are gathered up to this many characters before a write. */
const BATCH = 1 << 20;

/**
 * Write a value's JSON (as `JSON.stringify(value, null, indent)` gives it) in
 * batches, never as one string: a result can be larger than the longest
 * string the engine makes. Stops early when the stream closes.
 */
export async function writeJson(out: WatchedStream, value: unknown, indent = 0): Promise<void> {
  await writePieces(out, jsonChunks(value, indent));
}

/** Write pieces of text in order, in batches of about `BATCH` characters; stops early (leaving the rest unread) when the stream closes. */
export async function writePieces(out: WatchedStream, pieces: Iterable<string>): Promise<void> {
  let parts: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    parts.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      await out.write(parts.join(""));
      if (out.closed) return;
      parts = [];
      size = 0;
    }
  }
  if (size > 0) await out.write(parts.join(""));
}

/**
 * Write a parse's result from its steps (`parseInSteps` with `keep` false):
 * the same text as `writeJson(out, result, indent)` for the result `parse`
 * gives, each document written as it is read and not held after, so the
 * memory is that of one document, not of the whole result. `onDocument` sees
 * each document before it is written. Returns the result, whose `documents`
 * are empty; the steps are run to the end even when the stream closes early.
 */
export async function writeResultInSteps(
  out: WatchedStream,
  steps: Generator<ParseStep, GongbaoResult, void>,
  indent = 0,
  onDocument?: (step: ParseStep) => void,
  positions: PositionsMode = "full",
): Promise<GongbaoResult> {
  let result: GongbaoResult | undefined;
  await writePieces(
    out,
    (function* () {
      result = yield* resultChunks(steps, indent, onDocument, positions);
    })(),
  );
  if (result !== undefined) return result;
  let step = steps.next();
  while (step.done !== true) {
    onDocument?.(step.value);
    step = steps.next();
  }
  return step.value;
}

/** The JSON pieces of a result from its steps (see `writeResultInSteps`); returns the result. */
function* resultChunks(
  steps: Generator<ParseStep, GongbaoResult, void>,
  indent: number,
  onDocument: ((step: ParseStep) => void) | undefined,
  positions: PositionsMode,
): Generator<string, GongbaoResult, void> {
  const pad = (depth: number) => (indent > 0 ? `\n${" ".repeat(indent * depth)}` : "");
  const colon = indent > 0 ? ": " : ":";
  // Positions as offsets: each part is copied with its positions rewritten as it is written (`withOffsets`, in parts).
  const shape = (key: string, value: unknown) => {
    if (positions === "full") return value;
    return key === "source" ? { ...(value as object), positions: "offsets" } : offsetsOf(value);
  };
  let step = steps.next();
  // No documents: the result is whole at its end.
  if (step.done === true) {
    yield* jsonChunks(positions === "full" ? step.value : withOffsets(step.value), indent);
    return step.value;
  }
  const head = step.value.result as unknown as Record<string, unknown>;
  const keys = Object.keys(head).filter((key) => head[key] !== undefined);
  const at = keys.indexOf("documents");
  function* member(key: string, index: number, value: unknown): Generator<string> {
    yield `${index > 0 ? "," : ""}${pad(1)}${JSON.stringify(key)}${colon}`;
    yield* jsonChunks(shape(key, value), indent, 1);
  }
  yield "{";
  // Fields before `documents` are final once the first document is read.
  for (let index = 0; index < at; index++) yield* member(keys[index] as string, index, head[keys[index] as string]);
  yield `${at > 0 ? "," : ""}${pad(1)}"documents"${colon}[`;
  let count = 0;
  while (step.done !== true) {
    onDocument?.(step.value);
    yield `${count > 0 ? "," : ""}${pad(2)}`;
    yield* jsonChunks(shape("document", step.value.document), indent, 2);
    count++;
    step = steps.next();
  }
  yield `${pad(1)}]`;
  const result = step.value as unknown as Record<string, unknown>;
  const tail = Object.keys(result).filter((key) => result[key] !== undefined);
  for (let index = tail.indexOf("documents") + 1; index < tail.length; index++) yield* member(tail[index] as string, index, result[tail[index] as string]);
  yield `${pad(0)}}`;
  return step.value;
}
