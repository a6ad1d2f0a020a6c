import { z } from "zod";
import { diagnosticSchema, schemaVersionSchema } from "./result.js";

export const severityCountsSchema = z
  .object({ error: z.number().int().min(0), warning: z.number().int().min(0), info: z.number().int().min(0) })
  .meta({ id: "SeverityCounts", description: "How many diagnostics of each severity" });

export const checkedFileSchema = z
  .object({
    file: z.string().describe("The path as given on the command line (a file found in a folder: the folder joined with its path); <stdin> for standard input"),
    counts: severityCountsSchema.describe("Every diagnostic found, printed or not"),
    diagnostics: z.array(diagnosticSchema).describe("The diagnostics at or above the chosen level (--level), in order"),
  })
  .meta({ id: "CheckedFile" });

export const checkReportSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    files: z.array(checkedFileSchema),
    counts: severityCountsSchema.describe("The sum over files"),
  })
  .meta({ id: "CheckReport", title: "gongbao check report (check --to json)" });

/** What `gongbao check --to json` prints: per file, its counts and diagnostics; the totals. */
export type CheckReport = z.output<typeof checkReportSchema>;
/** One file of a `CheckReport`. */
export type CheckedFileReport = z.output<typeof checkedFileSchema>;
/** How many diagnostics of each severity. */
export type SeverityCounts = z.output<typeof severityCountsSchema>;
