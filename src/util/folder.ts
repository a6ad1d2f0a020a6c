import { mkdir, rmdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/**
 * Create a folder (and its missing parents). Returns a function that removes
 * again what this call created, innermost first, as long as it is empty: a
 * run that fails or is interrupted before writing leaves no empty folders.
 *
 * Each missing folder is made by one plain `mkdir`, outermost first, and any
 * error is final. Node's recursive `mkdir` retries a folder whose creation
 * fails with ENOENT although its parent exists, and so loops forever on
 * such paths (`/proc/x`); this walk cannot.
 */
export async function createFolder(dir: string): Promise<() => Promise<void>> {
  const target = resolve(dir);
  // The missing folders, innermost first, up to the first that exists.
  const missing: string[] = [];
  for (let at = target; ; at = dirname(at)) {
    if (await exists(at)) break;
    missing.push(at);
    if (dirname(at) === at) break;
  }
  const created: string[] = [];
  try {
    for (const folder of missing.reverse()) {
      try {
        await mkdir(folder);
      } catch (error) {
        // Made meanwhile by someone else: fine as long as it is a folder.
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        continue;
      }
      created.unshift(folder);
    }
    const info = await stat(target);
    if (!info.isDirectory()) throw Object.assign(new Error(`${dir}: not a directory`), { code: "ENOTDIR", syscall: "mkdir", path: dir });
  } catch (error) {
    await removeEmpty(created);
    throw error;
  }
  return () => removeEmpty(created);
}

/** Remove the folders, in order, while they are empty; stop at the first that is not. */
async function removeEmpty(folders: readonly string[]): Promise<void> {
  for (const folder of folders) {
    try {
      await rmdir(folder);
    } catch {
      return;
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
