import { fold, squeezeLayoutBlanks } from "../util/chars.js";
import type { Position } from "../util/position.js";
import { splitOutsideBrackets } from "../util/split.js";
import type { Extractor } from "./types.js";
import type { Hours, Outlet } from "../schema/result.js";
export type { Hours, Outlet };



const COLUMN = {
  seq: /序号|编号/,
  name: /网点|名称|地点/,
  address: /地址|位置/,
  hours: /时间/,
  services: /业务|服务|项目/,
};
const INTERVAL = /([0-9]{1,2})\s*[:：]\s*([0-9]{2})\s*[-—–~～至到]\s*([0-9]{1,2})\s*[:：]\s*([0-9]{2})/g;
const DAYS = /周[一二三四五六日天]\s*(?:至|到|-|—|~)\s*周[一二三四五六日天]|工作日|每天|每日|节假日|全天/;

function time(hours: string, minutes: string): string {
  return `${hours.padStart(2, "0")}:${minutes}`;
}

/** Read opening hours: `周一至周日 上午: 9:00-12:00 下午 13:00-17:00`; text with no time is kept as a note. */
export function readHours(raw: string): Hours {
  const hours: Hours = { raw, intervals: [] };
  const folded = fold(raw);
  const days = DAYS.exec(folded);
  if (days !== null) hours.days = raw.slice(days.index, days.index + days[0].length);
  for (const match of folded.matchAll(INTERVAL)) {
    hours.intervals.push({ from: time(match[1] ?? "", match[2] ?? ""), to: time(match[3] ?? "", match[4] ?? "") });
  }
  if (hours.intervals.length === 0) hours.note = raw;
  return hours;
}

/**
 * Service outlets (the bus-card outlet table): a table whose columns name an
 * outlet, its address and its hours. Hours are parsed into intervals;
 * services are split on `、`.
 */
export const outlets: Extractor = {
  name: "outlets",
  extract(document) {
    const found: Outlet[] = [];
    for (const table of document.tables ?? []) {
      const columns = table.columns.map((column) => squeezeLayoutBlanks(fold(column)));
      // Each column serves one field: 服务网点 is the name, so services look elsewhere (业务类型).
      const used = new Set<number>();
      const index = (pattern: RegExp) => {
        const at = columns.findIndex((column, position) => !used.has(position) && pattern.test(column));
        if (at !== -1) used.add(at);
        return at;
      };
      const name = index(COLUMN.name);
      const address = index(COLUMN.address);
      const hours = index(COLUMN.hours);
      if (name === -1 || address === -1 || hours === -1) continue;
      const seq = index(COLUMN.seq);
      const services = index(COLUMN.services);
      table.rows.forEach((row, at) => {
        const seqText = seq === -1 ? "" : (row[seq] ?? "");
        found.push({
          seq: /^[0-9]+$/.test(seqText) ? Number(seqText) : null,
          name: row[name] ?? "",
          address: row[address] ?? "",
          hours: readHours(row[hours] ?? ""),
          services: services === -1 ? [] : splitOutsideBrackets(row[services] ?? "", "、，,/;；").map((part) => part.text),
          position: table.rowPositions[at] as Position,
        });
      });
    }
    if (found.length > 0) document.outlets = found;
  },
};
