/**
 * JSON text of a value in pieces, never as one string: the same text as
 * `JSON.stringify(value, null, indent)` for the plain data a parse result is
 * (objects, arrays, strings, numbers, booleans, null; `undefined` members
 * left out). A result can outgrow the longest string an engine makes (about
 * 512 MiB in V8), and one giant string doubles the memory a result takes;
 * pieces can be written to a stream as they come. Walks with an explicit
 * stack, so deep nesting cannot overflow the call stack. `depth` is the
 * nesting the value is written at (its lines indented to it), for a value
 * written as a member of a larger text.
 */
export function* jsonChunks(value: unknown, indent = 0, depth = 0): Generator<string> {
  const pad = (depth: number) => (indent > 0 ? `\n${" ".repeat(indent * depth)}` : "");
  const colon = indent > 0 ? ": " : ":";
  // A small subtree is written by `JSON.stringify` in one piece (native, and no work item per value);
  // its lines are indented to its depth (JSON text has no raw line break inside a string).
  const whole = (member: unknown, depth: number) => {
    const text = JSON.stringify(member, null, indent);
    return indent > 0 && depth > 0 ? text.replaceAll("\n", pad(depth)) : text;
  };
  // Work items: a value to write at a depth, or text to write as is.
  const stack: Array<{ value: unknown; depth: number } | string> = [{ value, depth }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (typeof item === "string") {
      yield item;
      continue;
    }
    const { value: current, depth } = item;
    if (current === null || typeof current !== "object") {
      yield JSON.stringify(current) ?? "null";
      continue;
    }
    if (isSmall(current)) {
      yield whole(current, depth);
      continue;
    }
    const later: Array<(typeof stack)[number]> = [];
    if (Array.isArray(current)) {
      if (current.length === 0) {
        yield "[]";
        continue;
      }
      yield "[";
      current.forEach((element, index) => {
        later.push(`${index > 0 ? "," : ""}${pad(depth + 1)}`);
        later.push({ value: element === undefined || typeof element === "function" || typeof element === "symbol" ? null : element, depth: depth + 1 });
      });
      later.push(`${pad(depth)}]`);
    } else {
      const entries = Object.entries(current).filter(([, member]) => member !== undefined && typeof member !== "function" && typeof member !== "symbol");
      if (entries.length === 0) {
        yield "{}";
        continue;
      }
      yield "{";
      entries.forEach(([key, member], index) => {
        later.push(`${index > 0 ? "," : ""}${pad(depth + 1)}${JSON.stringify(key)}${colon}`);
        later.push({ value: member, depth: depth + 1 });
      });
      later.push(`${pad(depth)}}`);
    }
    for (let index = later.length - 1; index >= 0; index--) stack.push(later[index] as (typeof stack)[number]);
  }
}

/** A subtree written in one piece holds at most this many values and this many characters of strings. */
const SMALL_VALUES = 256;
const SMALL_CHARS = 4096;

/**
 * Whether a value's subtree is within the small budget. Stops as soon as it
 * is not: each test reads at most `SMALL_VALUES` values, so a deep or wide
 * tree costs a bounded amount per level it is descended.
 */
function isSmall(value: object): boolean {
  const pending: unknown[] = [value];
  let values = 0;
  let chars = 0;
  while (pending.length > 0) {
    const current = pending.pop();
    if (++values > SMALL_VALUES) return false;
    if (typeof current === "string") {
      chars += current.length;
      if (chars > SMALL_CHARS) return false;
    } else if (current !== null && typeof current === "object") {
      if (Array.isArray(current)) {
        for (const element of current) pending.push(element);
      } else {
        for (const key in current) {
          chars += key.length;
          pending.push((current as Record<string, unknown>)[key]);
        }
      }
      // A value with its own `toJSON` (a Date) is read the way the walk reads it: left to the walk.
      if (typeof (current as { toJSON?: unknown }).toJSON === "function") return false;
    }
  }
  return true;
}
