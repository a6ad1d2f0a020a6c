import type { GongbaoResult, Position } from "./result.js";

/**
 * A position written as offsets only: `[start, end]` into the decoded text
 * (UTF-16 code units, end exclusive), and for a PDF input
 * `[start, end, startPage, endPage]`. Line and column follow from the
 * offsets and the text; this is the shape of every position in output asked
 * for with `--positions offsets` (see `withOffsets`).
 */
export type OffsetSpan = [start: number, end: number] | [start: number, end: number, startPage: number, endPage: number];

/** `T` with every `Position` in it written as an `OffsetSpan`. */
export type WithOffsets<T> = T extends Position
  ? OffsetSpan
  : T extends ReadonlyArray<infer Item>
    ? Array<WithOffsets<Item>>
    : T extends object
      ? { [Key in keyof T]: WithOffsets<T[Key]> }
      : T;

/** A result with positions as offsets (`withOffsets`): `source.positions` is `"offsets"`. */
export type OffsetsResult = Omit<WithOffsets<GongbaoResult>, "source"> & { source: WithOffsets<GongbaoResult["source"]> & { positions: "offsets" } };

/** Whether a value is a position: exactly `start` and `end`, each a point with a numeric offset. */
function isPosition(value: object): value is Position {
  const { start, end } = value as Partial<Position>;
  if (typeof start !== "object" || start === null || typeof end !== "object" || end === null) return false;
  if (typeof start.offset !== "number" || typeof end.offset !== "number") return false;
  let keys = 0;
  for (const _key in value) keys++;
  return keys === 2;
}

function spanOf(position: Position): OffsetSpan {
  const { start, end } = position;
  return start.page === undefined || end.page === undefined ? [start.offset, end.offset] : [start.offset, end.offset, start.page, end.page];
}

/**
 * A copy of a value of a result (a document, a diagnostic, any part) with
 * every position written as an `OffsetSpan`; other values as they are.
 * Walks with an explicit stack, so deep nesting cannot overflow the call stack.
 */
export function offsetsOf<T>(value: T): WithOffsets<T> {
  const root: { value: unknown } = { value };
  // Work items: a container of the copy and the key in it whose value is still the original.
  const stack: Array<[Record<string | number, unknown>, string | number]> = [[root, "value"]];
  while (stack.length > 0) {
    const [holder, key] = stack.pop() as [Record<string | number, unknown>, string | number];
    const current = holder[key];
    if (current === null || typeof current !== "object") continue;
    if (Array.isArray(current)) {
      const copy = current.slice();
      holder[key] = copy;
      for (let index = 0; index < copy.length; index++) stack.push([copy as unknown as Record<number, unknown>, index]);
    } else if (isPosition(current)) {
      holder[key] = spanOf(current);
    } else {
      const copy: Record<string, unknown> = {};
      for (const name in current) copy[name] = (current as Record<string, unknown>)[name];
      holder[key] = copy;
      for (const name in copy) stack.push([copy, name]);
    }
  }
  return root.value as WithOffsets<T>;
}

/**
 * A copy of a result with every position written as offsets only
 * (`OffsetSpan`: `[start, end]`, for a PDF `[start, end, startPage,
 * endPage]`), and `source.positions` set to `"offsets"`: about a quarter less
 * JSON (seed 003: 28% of the bytes), for datasets that keep the text beside the result. It validates
 * against `schema/gongbao-offsets.schema.json`, not the default schema.
 */
export function withOffsets(result: GongbaoResult): OffsetsResult {
  const copy = offsetsOf(result) as unknown as OffsetsResult;
  copy.source.positions = "offsets";
  return copy;
}
