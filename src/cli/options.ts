import { extname } from "node:path";
import { type Command, Option } from "commander";
import type { InputFormat } from "../input/detect.js";
import { INPUT_FORMATS, UsageError, inputFormat } from "./io.js";

/** An option kept for scripts written against an older release: accepted, hidden from help, noted on stderr. */
export function deprecated(flags: string, replacement: string): Option {
  return new Option(flags, `deprecated: use ${replacement}`).hideHelp();
}

/** Say once on stderr that an old spelling was used, and what replaces it. */
function noteDeprecated(old: string, replacement: string): void {
  process.stderr.write(`gongbao: warning: ${old} is deprecated; use ${replacement}\n`);
}

/** `--from`, or the old spelling of the command (parse's `--format`, check's `--input-format`) with a note. */
export function inputFormatOf(flags: { from?: string | undefined }, old: { flag: string; value: string | undefined }): InputFormat | undefined {
  if (flags.from !== undefined) return inputFormat(flags.from, "--from");
  if (old.value === undefined) return undefined;
  noteDeprecated(old.flag, "--from");
  return inputFormat(old.value, old.flag);
}

/** `--to`, or the old `--format` with a note; an input format given there gets a message naming `--from`. */
export function outputFormatOf<T extends string>(command: string, flags: { to?: string | undefined; format?: string | undefined }, formats: readonly T[], fallback: T): T {
  let value = flags.to;
  let flag = "--to";
  if (value === undefined && flags.format !== undefined) {
    noteDeprecated(`${command} --format`, "--to");
    value = flags.format;
    flag = "--format";
  }
  value ??= fallback;
  if ((formats as readonly string[]).includes(value)) return value as T;
  const input = (INPUT_FORMATS as readonly string[]).includes(value) ? `; to read the input as ${value}, use --from ${value}` : "";
  throw new UsageError(`${command}: ${flag} names the output format, one of ${formats.join(", ")} (got ${value})${input}`);
}

/**
 * The JSON file for each input of `parse --out`: the input's path relative
 * to the deepest folder that holds them all (as `dataset` names files), with
 * `.json` for its extension; where two inputs would get the same name
 * (`a.txt` and `a.md`), each keeps its extension (`a.txt.json`, `a.md.json`).
 */
export function outputNames(files: string[]): string[] {
  const names = files.map((file) => `${file.slice(0, file.length - extname(file).length) || file}.json`);
  const full = files.map(() => false);
  // Files are unique, so names that keep the extension are too; repeat while a short name meets another name
  // (`x.txt` kept whole as `x.txt.json` against `x.txt.md` shortened to the same).
  for (let changed = true; changed; ) {
    changed = false;
    const count = new Map<string, number>();
    for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
    names.forEach((name, index) => {
      if ((count.get(name) ?? 0) > 1 && !full[index]) {
        names[index] = `${files[index] as string}.json`;
        full[index] = true;
        changed = true;
      }
    });
  }
  return names;
}

/**
 * Errors of the command line itself (an unknown option, a missing argument):
 * one line naming the problem and where help is, on stderr; exit 2.
 */
export function oneLineErrors(command: Command, name: string): Command {
  return command.showHelpAfterError(false).configureOutput({
    outputError: (message, write) => {
      const text = message.replace(/^error: /, "").split("\n").map((part) => part.trim()).filter((part) => part.length > 0).join(" ");
      write(`gongbao${name === "" ? "" : ` ${name}`}: ${text} (see gongbao${name === "" ? "" : ` ${name}`} --help)\n`);
    },
  });
}
