import { mkdir, rmdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/**
 * Create a folder (and its missing parents). Returns a function that removes
 * again what this call created, innermost first, as long as it is empty: a
 * run that fails or is interrupted before writing leaves no empty folders.
 */
export async function createFolder(dir: string): Promise<() => Promise<void>> {
  const created = await mkdir(dir, { recursive: true });
  return async () => {
    if (created === undefined) return;
    const top = resolve(created);
    for (let at = resolve(dir); ; at = dirname(at)) {
      try {
        await rmdir(at);
      } catch {
        return;
      }
      if (at === top || dirname(at) === at) return;
    }
  };
}
