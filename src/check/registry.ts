import { contents } from "./rules/contents.js";
import { dates } from "./rules/dates.js";
import { docNumbers } from "./rules/doc-numbers.js";
import { frame } from "./rules/frame.js";
import { numbering } from "./rules/numbering.js";
import { statedCounts } from "./rules/stated-counts.js";
import { tables } from "./rules/tables.js";
import { tasks } from "./rules/tasks.js";
import { toc } from "./rules/toc.js";
import { units } from "./rules/units.js";
import type { Rule } from "./types.js";

/** Every check rule. A new check is a new file and a row here. */
export const RULES: readonly Rule[] = [numbering, statedCounts, contents, tasks, units, docNumbers, dates, tables, toc, frame];
