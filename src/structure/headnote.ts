import type { DiagnosticSink } from "../diagnostics.js";
import { datesInText, headnoteDecree, headnoteLineStart, headnoteMeeting } from "../regexes.js";
import { readNumeral } from "../tokenize/numeral.js";
import { isBlank, squeezeLayoutBlanks } from "../util/chars.js";
import { type Position, type SourceLine, spanOn } from "../util/position.js";
import { readDate } from "./date.js";
import type { HistoryEntry, Adoption, EffectiveFrom } from "../schema/result.js";
export type { HistoryEntry, Adoption, EffectiveFrom };

/** What a clause of a headnote records. */
export type HistoryAction = "adopted" | "approved" | "promulgated" | "amended" | "revised" | "corrected";




/** One row of the headnote table: how a clause ends, what it records, a clause it reads. */
export interface HeadnoteActionRow {
  pattern: RegExp;
  action: HistoryAction | "effective";
  example: string;
}

/**
 * How a headnote clause ends → what it records. A clause runs from its date to
 * the next date; the first row whose pattern matches its end gives the action.
 * `effective` is not history: it gives the document's `effectiveFrom`. A new
 * form is a new row, with a test in `test/structure/headnote.test.ts`.
 */
export const HEADNOTE_ACTIONS: readonly HeadnoteActionRow[] = [
  { pattern: /(?:第([一二三四五六七八九十]{1,3})次)?修正$/, action: "amended", example: "2017年11月4日第十二届全国人民代表大会常务委员会第三十次会议《关于修改〈中华人民共和国会计法〉等十一部法律的决定》第三次修正" },
  { pattern: /(?:第([一二三四五六七八九十]{1,3})次)?修订$/, action: "revised", example: "2024年12月25日第十四届全国人民代表大会常务委员会第十三次会议修订" },
  { pattern: /更正$/, action: "corrected", example: "2020年1月2日最高人民法院公告更正" },
  { pattern: /(?:审议)?通过$/, action: "adopted", example: "2022年9月2日第十三届全国人民代表大会常务委员会第三十六次会议通过" },
  { pattern: /批准$/, action: "approved", example: "2011年9月30日浙江省第十一届人民代表大会常务委员会第二十八次会议批准" },
  { pattern: /(?:公布|发布)$/, action: "promulgated", example: "2003年6月26日中华人民共和国国务院令第382号公布" },
  { pattern: /(?:起)?(?:施行|实施|生效)$/, action: "effective", example: "自2025年1月1日起施行" },
];

/** Words of which a bracketed line under a title needs one to be a headnote, not a note (`（以下简称…）`). */
const BRACKETED_WORDS = ["通过", "公布", "发布", "施行", "修正", "修订", "批准"];

/** `自公布之日起施行` closing a clause: the text takes effect the day the clause names. */
const ON_PROMULGATION = /自(?:公布|发布)之日起(?:施行|生效)$/;

/** Words that open the clause whose date follows them (`根据2009年…`, `自2025年…`). */
const LEAD_WORDS = ["根据", "自"];
/** Characters that end a clause without being part of it. */
const CLAUSE_TRAILER = /[\s)，,;；。、]$/;

function trimEnd(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && CLAUSE_TRAILER.test(text.slice(end - 1, end))) end--;
    const lead = LEAD_WORDS.find((word) => text.slice(0, end).endsWith(word));
    if (lead === undefined) return text.slice(0, end);
    end -= lead.length;
  }
}

function actionOf(text: string): { row: HeadnoteActionRow; match: RegExpExecArray } | null {
  for (const row of HEADNOTE_ACTIONS) {
    const match = row.pattern.exec(text);
    if (match !== null) return { row, match };
  }
  return null;
}

/**
 * A line of a headnote: in brackets with an action word (`（…通过）`), or, as
 * law databases print it, a date first and an action word last
 * (`2022年9月2日 第十三届…会议通过`). A line that only opens a bracket with
 * a date (`（1989年…通过`) starts a headnote printed over several lines.
 */
export function isHeadnoteLine(folded: string): boolean {
  if (folded.startsWith("(") && folded.endsWith(")") && BRACKETED_WORDS.some((word) => folded.includes(word))) return true;
  if (!headnoteLineStart.test(folded)) return false;
  return actionOf(trimEnd(squeezeLayoutBlanks(folded))) !== null || folded.startsWith("(");
}

interface Clause {
  from: number;
  to: number;
}

/** `[from, to)` of each clause of a line: from a date (or the lead word before it) to the next. */
function clausesOf(folded: string): Clause[] {
  const starts: number[] = [];
  for (const match of folded.matchAll(datesInText)) {
    let start = match.index;
    let before = start;
    while (before > 0 && isBlank(folded.charCodeAt(before - 1))) before--;
    const lead = LEAD_WORDS.find((word) => folded.slice(0, before).endsWith(word));
    if (lead !== undefined) start = before - lead.length;
    starts.push(start);
  }
  return starts.map((from, index) => ({ from, to: starts[index + 1] ?? folded.length }));
}

export interface Headnote {
  history: HistoryEntry[];
  effectiveFrom?: EffectiveFrom;
}

/**
 * Read the history a headnote records: one entry per clause (`…通过`,
 * `根据…《关于修改…的决定》第一次修正`, `…令第382号公布`), in order, and the
 * date it takes effect. A clause with no action of its own (`…第1331次会议、`)
 * shares the action of the clause after it. Clauses no row reads are left in
 * the headnote's node, and read no further.
 */
export function readHeadnote(lines: SourceLine[], sink: DiagnosticSink): Headnote {
  const history: HistoryEntry[] = [];
  const result: Headnote = { history };
  for (const line of lines) {
    const folded = line.folded;
    let waiting: Clause[] = [];
    for (const clause of clausesOf(folded)) {
      // `…令第十一号公布　自公布之日起施行`: effect on the day of this clause, whose action is before it.
      const onPromulgation = ON_PROMULGATION.exec(trimEnd(folded.slice(clause.from, clause.to)));
      if (onPromulgation !== null) clause.to = clause.from + onPromulgation.index;
      const text = trimEnd(folded.slice(clause.from, clause.to));
      const found = actionOf(squeezeLayoutBlanks(text));
      if (onPromulgation !== null && found !== null && result.effectiveFrom === undefined) {
        const date = readDate(text)?.iso ?? null;
        const at = line.contentStart + clause.from + onPromulgation.index;
        if (date !== null) result.effectiveFrom = { date, source: "headnote", position: spanOn(line, at, at + onPromulgation[0].length) };
      }
      if (found === null) {
        waiting.push(clause);
        continue;
      }
      for (const part of [...waiting, clause]) {
        const partText = trimEnd(folded.slice(part.from, part.to));
        const position = spanOn(line, line.contentStart + part.from, line.contentStart + part.from + partText.length);
        const date = readDate(partText);
        const iso = date?.iso ?? null;
        if (date !== null && date.iso === null) sink.report("invalid-date", `No such date: ${date.raw}`, position, { actual: date.raw });
        if (found.row.action === "effective") {
          if (iso !== null && result.effectiveFrom === undefined) result.effectiveFrom = { date: iso, source: "headnote", position };
          continue;
        }
        const own = part === clause ? found : null;
        const middle = squeezeLayoutBlanks(partText.slice((date?.index ?? 0) + (date?.raw.length ?? 0)));
        history.push(entry(found.row.action, iso, own === null ? middle : middle.slice(0, middle.length - own.match[0].length), own?.match[1], line.text.slice(part.from, part.from + partText.length), position));
      }
      waiting = [];
    }
  }
  return result;
}

/** Body, meeting and instrument of a clause's words between its date and its action. */
function entry(action: HistoryAction, date: string | null, words: string, ordinal: string | undefined, text: string, position: Position): HistoryEntry {
  let rest = words.replace(/[、，,]$/, "");
  let instrument: string | null = null;
  const open = rest.indexOf("《");
  const close = rest.lastIndexOf("》");
  if (open >= 0 && close > open) {
    instrument = rest.slice(open + 1, close);
    rest = rest.slice(0, open);
  } else {
    const decree = headnoteDecree.exec(rest);
    if (decree !== null && decree.index > 0) {
      instrument = rest;
      rest = rest.slice(0, decree.index);
    }
  }
  // `…第六次会议批准的《…》`: the meeting approved the instrument.
  rest = rest.replace(/(?:批准|通过)?的$/, "");
  let meeting: string | null = null;
  const found = headnoteMeeting.exec(rest);
  if (found !== null) {
    meeting = found[0];
    rest = rest.slice(0, found.index);
  }
  const body = rest.replace(/[、，,]$/, "");
  return {
    action,
    date,
    body: body.length > 0 ? body : null,
    meeting,
    instrument,
    ordinal: ordinal === undefined ? null : (readNumeral(ordinal)?.value ?? null),
    text,
    position,
  };
}

/** The adoption a history records: its first `adopted` entry. */
export function adoptionOf(history: HistoryEntry[]): Adoption | null {
  const adopted = history.find((entry) => entry.action === "adopted");
  if (adopted === undefined) return null;
  return { date: adopted.date, body: adopted.body, meeting: adopted.meeting, position: adopted.position };
}
