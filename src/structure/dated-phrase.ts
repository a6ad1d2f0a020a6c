import { datesInText, decreeAdopted, decreeMeetingName, headnoteAdopted, headnotePromulgated, meetingName, promulgatorName } from "../regexes.js";

/** How far before its end a phrase's date may stand: a name of up to 40 characters, blanks, the date. */
const REACH = 64;

/** `2024年12月16日 … 会议通过`: the date as printed, the name between it and the end, and the end's match. */
export interface DatedPhrase {
  date: string;
  name: string;
  end: RegExpExecArray;
}

interface PhraseForm {
  /** Where the phrase ends (global): `会议通过`, `令第232号公布`. */
  end: RegExp;
  /** What may stand between the date and the end (blanks after the date trimmed). */
  name: RegExp;
  /** Text that must come right before the date, blanks between allowed (`已经`). */
  before?: string;
}

/**
 * Read a phrase that runs from a date to a fixed ending, such as
 * `2024年12月16日省政府第47次常务会议通过`: the first ending with a date right
 * before a valid name. The ending is found first and the date read back at
 * most {@link REACH} characters, so the cost is linear in the text (a single
 * pattern with the date in front scans up to its bound from every date).
 */
function readDatedPhrase(folded: string, form: PhraseForm): DatedPhrase | null {
  for (const end of folded.matchAll(form.end)) {
    const from = Math.max(0, end.index - REACH);
    let date: RegExpExecArray | null = null;
    for (const found of folded.slice(from, end.index).matchAll(datesInText)) date = found;
    if (date === null) continue;
    const dateStart = from + date.index;
    if (form.before !== undefined && !folded.slice(0, dateStart).trimEnd().endsWith(form.before)) continue;
    const name = folded.slice(dateStart + date[0].length, end.index).trimStart();
    if (form.name.test(name)) return { date: date[0], name, end: end as RegExpExecArray };
  }
  return null;
}

/** `2024年12月16日省政府第47次常务会议通过` in a law's headnote; `name` ends before `会议`. */
export function readHeadnoteAdoption(folded: string): DatedPhrase | null {
  return readDatedPhrase(folded, { end: headnoteAdopted, name: meetingName });
}

/** `已经2025年1月6日省政府第49次常务会议审议通过` in a decree's preamble; `name` ends before `会议`. */
export function readDecreeAdoption(folded: string): DatedPhrase | null {
  return readDatedPhrase(folded, { end: decreeAdopted, name: decreeMeetingName, before: "已经" });
}

/** `2025年2月13日河南省人民政府令第232号公布` in a headnote; `name` is the authority, `end[1]` the number. */
export function readPromulgation(folded: string): DatedPhrase | null {
  return readDatedPhrase(folded, { end: headnotePromulgated, name: promulgatorName });
}
