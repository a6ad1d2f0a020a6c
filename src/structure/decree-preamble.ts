import { dateInTextAt } from "../regexes.js";
import { isBlank } from "../util/chars.js";
import { readDecreeAdoption } from "./dated-phrase.js";

/** How a decree's preamble says its text was adopted. */
export interface PreambleAdoption {
  /** The date as printed. */
  date: string;
  /** `省政府第49次常务会议`, `中华人民共和国第十四届全国人民代表大会常务委员会第十次会议`. */
  meeting: string;
}

/** A meeting's name is at most this long. */
const LONGEST_MEETING = 60;
const MEETING = "会议";
const ADOPTED = "通过";
const REVIEWED = "审议";
const CLAUSE_END = "，。,";

function skipBlanks(text: string, at: number): number {
  let index = at;
  while (index < text.length && isBlank(text.charCodeAt(index))) index++;
  return index;
}

/**
 * The adoption a decree's preamble states, in either order:
 * `…已经2025年1月6日省政府第49次常务会议审议通过` (date, then meeting: read by
 * `readDecreeAdoption`) or, in a presidential order,
 * `…已由中华人民共和国第十四届全国人民代表大会常务委员会第十次会议于2024年6月28日通过`
 * (meeting, then date: read here by scanning, so its cost is plainly linear).
 * Null when neither form is there.
 */
export function readPreambleAdoption(folded: string): PreambleAdoption | null {
  const dated = readDecreeAdoption(folded);
  if (dated !== null) return { date: dated.date, meeting: `${dated.name}会议` };
  const by = folded.indexOf("已由");
  if (by >= 0) {
    const start = skipBlanks(folded, by + 2);
    for (let index = start; index < Math.min(folded.length, start + LONGEST_MEETING + MEETING.length); index++) {
      if (CLAUSE_END.includes(folded[index] ?? "")) break;
      if (!folded.startsWith(MEETING, index)) continue;
      const meetingEnd = index + MEETING.length;
      const on = skipBlanks(folded, meetingEnd);
      if (folded[on] !== "于") continue;
      dateInTextAt.lastIndex = skipBlanks(folded, on + 1);
      const date = dateInTextAt.exec(folded);
      if (date === null) continue;
      let after = skipBlanks(folded, date.index + date[0].length);
      if (folded.startsWith(REVIEWED, after)) after += REVIEWED.length;
      if (!folded.startsWith(ADOPTED, after)) continue;
      return { date: date[0], meeting: folded.slice(start, meetingEnd) };
    }
  }
  return null;
}
