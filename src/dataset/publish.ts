import { lstat, mkdir, readdir, rm, rmdir } from "node:fs/promises";
import { join } from "node:path";

/** The file system calls a dataset run writes through; tests replace them to inject faults. */
export interface DatasetFileSystem {
  /** Open a file for writing (a dataset file, `datapackage.json`). */
  createWriteStream(path: string): import("node:stream").Writable;
  rename(from: string, to: string): Promise<void>;
}

/**
 * The staging folder of a run: a hidden folder inside `out`, on the same file
 * system, so moving a finished file into place is a rename.
 */
export async function createStaging(out: string): Promise<string> {
  const staging = join(out, `.gongbao-dataset.${process.pid}.tmp`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  await mkdir(join(staging, "previous"));
  return staging;
}

/**
 * Remove the staging folder and the files of the run left in it. After a
 * failed run, a previous file that could not be moved back (see `publish`) is
 * never removed: its folder stays, so nothing of what `out` held is lost.
 * After a published run the previous files are superseded and go too.
 */
export async function removeStaging(staging: string, published = false): Promise<void> {
  if (published) {
    await rm(staging, { recursive: true, force: true });
    return;
  }
  let names: string[];
  try {
    names = await readdir(staging);
  } catch {
    return;
  }
  for (const name of names) if (name !== "previous") await rm(join(staging, name), { recursive: true, force: true });
  try {
    await rmdir(join(staging, "previous"));
    await rmdir(staging);
  } catch {
    // Not empty: a previous file is still in it.
  }
}

/**
 * Move the finished files `names` from `staging` into `out`, all or nothing.
 * A file of the same name already in `out` (a previous run's) is first moved
 * aside into the staging folder; if any move fails, every file moved so far
 * goes back where it was, so `out` holds exactly what it held before, and the
 * error is rethrown. Only renames within one file system happen here: no data
 * is written, so a full disk cannot stop it halfway.
 */
export async function publish(staging: string, out: string, names: readonly string[], fs: Pick<DatasetFileSystem, "rename">): Promise<void> {
  const done: Array<{ name: string; previous: boolean; placed: boolean }> = [];
  try {
    for (const name of names) {
      const target = join(out, name);
      const step = { name, previous: await exists(target), placed: false };
      if (step.previous) await fs.rename(target, join(staging, "previous", name));
      done.push(step);
      await fs.rename(join(staging, name), target);
      step.placed = true;
    }
  } catch (error) {
    for (const step of done.reverse()) {
      const target = join(out, step.name);
      // Best effort: a rename that failed going forward may fail going back.
      if (step.placed) await rm(target, { force: true }).catch(() => {});
      if (step.previous) await fs.rename(join(staging, "previous", step.name), target).catch(() => {});
    }
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
