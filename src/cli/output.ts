import type { Writable } from "node:stream";
import { jsonChunks } from "../util/json-chunks.js";

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
  let parts: string[] = [];
  let size = 0;
  for (const piece of jsonChunks(value, indent)) {
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
