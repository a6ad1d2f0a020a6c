import { readdir, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";

/** The file names gongbao reads when it walks a folder: text, HTML, Markdown and PDF. */
export const INPUT_EXTENSIONS = /\.(?:txt|text|html?|xhtml|md|markdown|pdf)$/i;

/** The extensions of `INPUT_EXTENSIONS`, for messages. */
export const INPUT_EXTENSION_LIST = ".txt, .text, .html, .htm, .xhtml, .md, .markdown, .pdf";

export interface FoundInput {
  /** The path to open, as given or joined under a given folder. */
  path: string;
  /**
   * The path relative to the deepest folder that holds every input, with
   * `/` separators and the extension kept: unique in one run, the same on
   * every run of the same inputs.
   */
  file: string;
}

/**
 * Every file to read under `paths`, sorted by `file`, each once: a file is
 * taken whatever its name, a folder is searched recursively for names that
 * match `INPUT_EXTENSIONS` (skipping hidden entries and `node_modules`).
 * One folder gives the paths inside it; `coll/a coll/b` gives `a/x.txt` and
 * `b/x.txt`; `a.txt` and `a.md` stay apart.
 */
export async function findInputs(paths: string[]): Promise<FoundInput[]> {
  const inputs = await Promise.all(paths.map(async (path) => ({ path, absolute: resolve(path), folder: (await stat(path)).isDirectory() })));
  const base = commonFolder(inputs.map((input) => (input.folder ? input.absolute : dirname(input.absolute))));
  const found = new Map<string, FoundInput>();
  const add = (path: string, absolute: string) => {
    if (!found.has(absolute)) found.set(absolute, { path, file: relative(base, absolute).split(sep).join("/") });
  };
  const walk = async (dir: string, absolute: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path, join(absolute, entry.name));
      else if (INPUT_EXTENSIONS.test(entry.name)) add(path, join(absolute, entry.name));
    }
  };
  for (const input of inputs) {
    if (input.folder) await walk(input.path, input.absolute);
    else add(input.path, input.absolute);
  }
  return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The deepest folder that holds all of `folders` (absolute paths). */
function commonFolder(folders: string[]): string {
  let common = (folders[0] ?? resolve(".")).split(sep);
  for (const folder of folders.slice(1)) {
    const parts = folder.split(sep);
    let same = 0;
    while (same < common.length && same < parts.length && common[same] === parts[same]) same++;
    common = common.slice(0, same);
  }
  return common.join(sep) || sep;
}
