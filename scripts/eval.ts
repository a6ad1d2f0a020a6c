// Evaluation over a folder of real documents: parse and check every file and
// print, per file and in total, what the extractors found (measures with and
// without units, tasks, tables, rows, articles), what was left unclassified
// and the diagnostics by code; where the folder has a metadata.json (a crawl's
// record of each page's title, issuer and 文号), compare the parse with it.
//
//   npm run eval                 # ../shared/corpus (laws/ and govcn/)
//   npm run eval -- DIR [DIR…]   # any folders (searched recursively)
//
// The output is plain text meant to be committed and diffed: a change that
// improves one document and breaks another shows as two changed lines.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { check } from "../src/check/check.js";
import { parseFile } from "../src/parse-file.js";
import type { GazetteDocument, GongbaoResult } from "../src/schema/result.js";

const DEFAULT_FOLDER = resolve(import.meta.dirname, "../../shared/corpus");
const EXTENSIONS = /\.(txt|md|markdown|html?|xhtml|pdf)$/i;

interface Counts {
  documents: number;
  measures: number;
  measuresWithUnits: number;
  tasks: number;
  tables: number;
  rows: number;
  articles: number;
  outlets: number;
  unclassified: number;
}

const COLUMNS: Array<[keyof Counts, string]> = [
  ["documents", "docs"],
  ["measures", "meas"],
  ["measuresWithUnits", "w/units"],
  ["tasks", "tasks"],
  ["tables", "tables"],
  ["rows", "rows"],
  ["articles", "arts"],
  ["outlets", "outl"],
  ["unclassified", "unclass"],
];

function zero(): Counts {
  return { documents: 0, measures: 0, measuresWithUnits: 0, tasks: 0, tables: 0, rows: 0, articles: 0, outlets: 0, unclassified: 0 };
}

/** A document and its attachments, depth first. */
function allDocuments(documents: GazetteDocument[]): GazetteDocument[] {
  const out: GazetteDocument[] = [];
  const stack = [...documents].reverse();
  while (stack.length > 0) {
    const document = stack.pop() as GazetteDocument;
    out.push(document);
    for (const attachment of [...(document.attachments ?? [])].reverse()) stack.push(attachment);
  }
  return out;
}

function countsOf(result: GongbaoResult): Counts {
  const counts = zero();
  for (const document of allDocuments(result.documents)) {
    counts.documents++;
    for (const measure of document.measures ?? []) {
      counts.measures++;
      if (measure.responsibleUnits.length > 0 || (measure.leadUnits?.length ?? 0) > 0) counts.measuresWithUnits++;
    }
    counts.tasks += document.tasks?.length ?? 0;
    counts.tables += document.tables?.length ?? 0;
    for (const table of document.tables ?? []) counts.rows += table.rows.length;
    counts.articles += document.articles?.length ?? 0;
    counts.outlets += document.outlets?.length ?? 0;
  }
  counts.unclassified = result.unclassified.length;
  return counts;
}

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const stack = [folder];
  while (stack.length > 0) {
    const at = stack.pop() as string;
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else if (EXTENSIONS.test(name) && name.toLowerCase() !== "readme.md") found.push(path);
    }
  }
  return found.sort();
}

interface MetadataRecord {
  file: string;
  title?: string;
  issuer?: string;
  docNumber?: string;
}

/** metadata.json records of the folder holding `path`, by file name. */
const metadataCache = new Map<string, Map<string, MetadataRecord>>();
function metadataFor(path: string): MetadataRecord | undefined {
  const folder = resolve(path, "..");
  let records = metadataCache.get(folder);
  if (records === undefined) {
    records = new Map();
    const file = join(folder, "metadata.json");
    if (existsSync(file)) {
      const list = JSON.parse(readFileSync(file, "utf8")) as MetadataRecord[];
      for (const record of Array.isArray(list) ? list : []) records.set(record.file, record);
    }
    metadataCache.set(folder, records);
  }
  return records.get(path.slice(folder.length + 1));
}

/** Fields of the first document that differ from the crawl's metadata. */
function metadataMismatches(result: GongbaoResult, record: MetadataRecord): string[] {
  const first = result.documents[0];
  const mismatches: string[] = [];
  const compare = (field: string, expected: string | undefined, actual: string | undefined) => {
    if (expected === undefined || expected === "") return;
    if ((actual ?? "").replace(/\s+/g, "") !== expected.replace(/\s+/g, "")) mismatches.push(`${field}: expected 「${expected}」, got 「${actual ?? ""}」`);
  };
  compare("title", record.title, first?.title);
  compare("issuer", record.issuer, first?.issuer);
  compare("docNumber", record.docNumber, first?.docNumber?.text);
  return mismatches;
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

async function main(): Promise<number> {
  const folders = process.argv.slice(2).filter((argument) => argument !== "--");
  const roots = folders.length > 0 ? folders.map((folder) => resolve(folder)) : [DEFAULT_FOLDER];
  const missing = roots.filter((root) => !existsSync(root));
  if (missing.length > 0) {
    for (const root of missing) process.stderr.write(`eval: no folder ${root}${folders.length === 0 ? " (the shared corpus is expected beside the repository: ../shared/corpus)" : ""}\n`);
    return 2;
  }
  const total = zero();
  const totalCodes = new Map<string, number>();
  let metadataChecked = 0;
  let metadataFailed = 0;
  const header = `${COLUMNS.map(([, label]) => pad(label, 8)).join("")}  file: diagnostics`;
  for (const root of roots) {
    const files = filesUnder(root);
    process.stdout.write(`# ${relative(process.cwd(), root) || "."}: ${files.length} files\n${header}\n`);
    for (const path of files) {
      const result = await parseFile(path);
      const counts = countsOf(result);
      for (const [key] of COLUMNS) total[key] += counts[key];
      const codes = new Map<string, number>();
      for (const diagnostic of check(result)) codes.set(diagnostic.code, (codes.get(diagnostic.code) ?? 0) + 1);
      for (const [code, count] of codes) totalCodes.set(code, (totalCodes.get(code) ?? 0) + count);
      const codeText = [...codes].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => `${code}=${count}`).join(" ");
      const name = relative(root, path);
      process.stdout.write(`${COLUMNS.map(([key]) => pad(counts[key], 8)).join("")}  ${name}: ${codeText}\n`);
      const record = metadataFor(path);
      if (record !== undefined) {
        metadataChecked++;
        const mismatches = metadataMismatches(result, record);
        if (mismatches.length > 0) metadataFailed++;
        for (const mismatch of mismatches) process.stdout.write(`    metadata ${mismatch}\n`);
      }
    }
    process.stdout.write("\n");
  }
  process.stdout.write(`# total\n${COLUMNS.map(([, label]) => pad(label, 8)).join("")}\n`);
  process.stdout.write(`${COLUMNS.map(([key]) => pad(total[key], 8)).join("")}\n`);
  process.stdout.write(`measures without units: ${total.measures - total.measuresWithUnits}\n`);
  process.stdout.write(`metadata.json: ${metadataChecked} files checked, ${metadataChecked - metadataFailed} agree, ${metadataFailed} differ\n`);
  process.stdout.write("diagnostics by code:\n");
  for (const [code, count] of [...totalCodes].sort(([a], [b]) => a.localeCompare(b))) process.stdout.write(`  ${code.padEnd(32)}${pad(count, 6)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
