import { describe, expect, it } from "vitest";
import { COLUMNS } from "../../src/dataset/columns.js";
import { rowsOf } from "../../src/dataset/rows.js";
import { parse } from "../../src/parse.js";
import { readText } from "../helpers.js";

const rowsOfFixture = (name: string) => rowsOf(parse(readText(`fixtures/${name}.txt`)), name, `${name}.txt`);

describe("dataset columns for the document frame, laws and task details", () => {
  it("every row has exactly the columns its entity declares, in order", () => {
    for (const name of ["joint-notice", "reply", "law-presidential-order", "measures-verb-notes", "gazette-mini"]) {
      const rows = rowsOfFixture(name);
      for (const [entity, list] of Object.entries(rows)) {
        for (const row of list) expect(Object.keys(row), `${name} ${entity}`).toEqual(COLUMNS[entity as keyof typeof COLUMNS].map((column) => column.name));
      }
    }
  });

  it("a joint notice: issuers, publication, cc, printed_by, printed_on", () => {
    const [document] = rowsOfFixture("joint-notice").documents;
    expect(document).toMatchObject({
      issuers: ["洛阳市人民政府办公室", "洛阳市财政局"],
      publication: "proactive",
      cc: ["市委办公室", "市人大常委会办公室", "市政协办公室", "市医保局", "市审计局"],
      printed_by: "洛阳市人民政府办公室",
      printed_on: "2025-06-03",
      in_reply_to: null,
    });
  });

  it("a reply: the request it answers", () => {
    const [document] = rowsOfFixture("reply").documents;
    expect(document).toMatchObject({ in_reply_to: "关于设立洛阳伊滨经济技术开发区的请示", in_reply_to_doc_number: "洛政〔2025〕5号", cc: [], printed_by: null });
  });

  it("a law: adoption, effective date and the length of its history", () => {
    const [document] = rowsOfFixture("law-presidential-order").documents;
    expect(document).toMatchObject({ adopted_on: "2024-06-28", effective_from: "2025-01-01", history: 1 });
  });

  it("measures and tasks: cooperating units and deadlines", () => {
    const measures = rowsOfFixture("measures-verb-notes").measures;
    expect(measures.some((row) => (row.cooperating_units as string[]).length > 0)).toBe(true);
    const source = "某市重点任务分解表\n\n序号\t重点任务\t牵头单位\t责任单位\t完成时限\n1\t推进甲项目建设\t市发展改革委\t市财政局、自然资源局\t2025年6月底前\n2\t完善乙制度\t市司法局\t各县（市、区）政府\t长期坚持\n";
    const tasks = rowsOf(parse(source), "t", "t.txt").tasks;
    expect(tasks.map((row) => [row.deadline, row.deadline_raw, row.cooperating_units])).toEqual([
      ["2025-06-30", "2025年6月底前", []],
      [null, "长期坚持", []],
    ]);
  });
});
