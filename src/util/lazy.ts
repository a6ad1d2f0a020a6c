import { createRequire } from "node:module";

let load: NodeJS.Require | undefined;

/**
 * Load a dependency on first use, synchronously. The HTML and Markdown front
 * ends pull in cheerio and remark, which take longer to load than parsing a
 * whole issue takes; plain text never needs them.
 */
export function lazyRequire<T>(name: string): T {
  load ??= createRequire(import.meta.url);
  return load(name) as T;
}
