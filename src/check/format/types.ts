import type { Diagnostic, Severity } from "../../diagnostics.js";

/** One checked file: its name as given, its decoded text, what was found. */
export interface CheckedFile {
  file: string;
  text: string;
  /** The diagnostics to print (at or above the chosen level). */
  diagnostics: Diagnostic[];
  /** Counts of every diagnostic found, printed or not. */
  counts: Record<Severity, number>;
}
