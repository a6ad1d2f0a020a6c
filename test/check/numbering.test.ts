import { describe, expect, it } from "vitest";
import { check } from "../../src/check/check.js";
import { parse } from "../../src/parse.js";

type Format = "text" | "html" | "markdown";

/** One document, title first, in each input format. */
function render(lines: string[], format: Format): string {
  const [title, ...body] = lines;
  if (format === "text") return `${title}\n\n${body.join("\n")}\n`;
  if (format === "markdown") return `# ${title}\n\n${body.join("\n\n")}\n`;
  const paragraphs = body.map((line) => `<p>${line}</p>`).join("\n");
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head><body><div id="zoom"><p>${title}</p>\n${paragraphs}</div></body></html>\n`;
}

/** The numbering findings (code and the number read) for a document in one format. */
function numberingFindings(lines: string[], format: Format): Array<{ code: string; actual: string | undefined }> {
  return check(parse(render(lines, format), { format }))
    .filter((found) => found.code.startsWith("numbering-") && found.code !== "numbering-typo")
    .map((found) => ({ code: found.code, actual: found.actual }));
}

const FORMATS: Format[] = ["text", "html", "markdown"];

/** A restart the scope table allows, and a near miss that must stay an error. */
interface Case {
  scope: string;
  allowed: string[];
  error: string[];
  expected: { code: string; actual: string };
}

const CASES: Case[] = [
  {
    scope: "a new paragraph (款) of an article restarts its items",
    allowed: [
      "某某市物业管理条例",
      "第一条 为了规范物业管理活动，制定本条例。",
      "第二条 市住房和城乡建设部门履行下列职责：",
      "（一）制定物业管理政策；",
      "（二）指导物业管理活动；",
      "（三）实施监督管理。",
      "区住房和城乡建设部门履行下列职责：",
      "（一）贯彻执行物业管理政策；",
      "（二）监督管理辖区内物业服务企业。",
      "第三条 本条例自2025年1月1日起施行。",
    ],
    error: [
      "某某市物业管理条例",
      "第一条 为了规范物业管理活动，制定本条例。",
      "第二条 市住房和城乡建设部门履行下列职责：",
      "（一）制定物业管理政策；",
      "（二）指导物业管理活动；",
      "（三）实施监督管理；",
      "（一）贯彻执行物业管理政策；",
      "第三条 本条例自2025年1月1日起施行。",
    ],
    expected: { code: "numbering-out-of-order", actual: "1" },
  },
  {
    scope: "a new article restarts its items",
    allowed: [
      "某某市养犬管理条例",
      "第一条 养犬人应当遵守下列规定：",
      "（一）办理登记；",
      "（二）接种疫苗。",
      "第二条 禁止下列行为：",
      "（一）虐待犬只；",
      "（二）遗弃犬只。",
    ],
    error: [
      "某某市养犬管理条例",
      "第一条 养犬人应当遵守下列规定：",
      "（一）办理登记；",
      "（二）接种疫苗。",
      "第二条 禁止下列行为：",
      "（一）虐待犬只；",
      "（三）遗弃犬只。",
    ],
    expected: { code: "numbering-gap", actual: "3" },
  },
  {
    scope: "a heading of a higher level between two runs restarts the items after it",
    allowed: [
      "国务院办公厅关于有关问题办理情况的函",
      "一、关于电力建设项目问题。你省请求国家适当支持。",
      "发展改革委提出了以下意见：",
      "（一）电力发展应纳入电网统筹考虑；",
      "（二）电厂建设需经论证；",
      "（三）核电项目已列入规划。",
      "二、关于交易品种问题。你省请求增设交易品种。",
      "（一）原油市场开放程度仍较低；",
      "（二）粮食购销市场已经全面开放。",
    ],
    error: [
      "国务院办公厅关于有关问题办理情况的函",
      "一、关于电力建设项目问题。你省请求国家适当支持。",
      "（一）电力发展应纳入电网统筹考虑；",
      "（二）电厂建设需经论证；",
      "（三）核电项目已列入规划；",
      "（二）粮食购销市场已经全面开放。",
    ],
    expected: { code: "numbering-out-of-order", actual: "2" },
  },
  {
    scope: "a new 编 restarts its chapters, while articles run on",
    allowed: [
      "某某法典",
      "第一编 总则",
      "第一章 基本规定",
      "第一条 为了保护民事主体的合法权益，制定本法。",
      "第二章 自然人",
      "第二条 自然人的民事权利能力一律平等。",
      "第二编 物权",
      "第一章 一般规定",
      "第三条 国家实行不动产统一登记制度。",
      "第二章 所有权",
      "第四条 所有权人依法享有占有、使用、收益和处分的权利。",
    ],
    error: [
      "某某法典",
      "第一编 总则",
      "第一章 基本规定",
      "第一条 为了保护民事主体的合法权益，制定本法。",
      "第二章 自然人",
      "第二条 自然人的民事权利能力一律平等。",
      "第二编 物权",
      "第一章 一般规定",
      "第一条 国家实行不动产统一登记制度。",
    ],
    expected: { code: "numbering-out-of-order", actual: "1" },
  },
  {
    scope: "a new chapter restarts its sections, not its articles",
    allowed: [
      "某某条例",
      "第一章 总则",
      "第一节 一般规定",
      "第一条 为了规范管理，制定本条例。",
      "第二节 适用范围",
      "第二条 本条例适用于本市行政区域。",
      "第二章 管理",
      "第一节 登记",
      "第三条 设立登记制度。",
    ],
    error: [
      "某某条例",
      "第一章 总则",
      "第一条 为了规范管理，制定本条例。",
      "第二条 本条例适用于本市行政区域。",
      "第二章 管理",
      "第二条 设立登记制度。",
    ],
    expected: { code: "numbering-duplicate", actual: "2" },
  },
  {
    scope: "a quoted passage numbers on its own",
    allowed: [
      "最高人民法院关于修改部分司法解释的决定",
      "一、修改《关于审理公司案件若干问题的规定》",
      "1.将第七条修改为：",
      "“公司应当在解散事由出现之日起十五日内成立清算组。",
      "有下列情形之一的，人民法院应予受理：",
      "（一）公司解散逾期不成立清算组的；",
      "（二）违法清算可能严重损害债权人利益的。”",
      "2.将第九条修改为：",
      "“第九条 清算组成员有下列情形之一的，人民法院可以更换：",
      "（一）有违反法律的行为；",
      "（二）丧失执业能力。”",
      "3.将第十五条修改为：",
      "“清算方案应当报股东会决议确认。”",
      "二、本决定自2021年1月1日起施行。",
    ],
    error: [
      "最高人民法院关于修改部分司法解释的决定",
      "一、修改《关于审理公司案件若干问题的规定》",
      "1.将第七条修改为：",
      "“公司应当在解散事由出现之日起十五日内成立清算组。",
      "有下列情形之一的，人民法院应予受理：",
      "（一）公司解散逾期不成立清算组的；",
      "（二）违法清算可能严重损害债权人利益的。”",
      "2.将第九条修改为：",
      "“第九条 清算组成员有下列情形之一的，人民法院可以更换：",
      "（一）有违反法律的行为；",
      "（二）丧失执业能力。”",
      "4.将第十五条修改为：",
      "“清算方案应当报股东会决议确认。”",
    ],
    expected: { code: "numbering-gap", actual: "4" },
  },
  {
    scope: "a top-level heading does not restart after a paragraph",
    allowed: [
      "关于推进某项工作的实施意见",
      "一、总体要求",
      "坚持稳中求进。",
      "二、重点任务",
      "加快项目建设。",
      "三、保障措施",
      "加强组织领导。",
    ],
    error: [
      "关于推进某项工作的实施意见",
      "一、总体要求",
      "坚持稳中求进。",
      "二、重点任务",
      "加快项目建设。",
      "一、保障措施",
      "加强组织领导。",
    ],
    expected: { code: "numbering-out-of-order", actual: "1" },
  },
];

describe("numbering scopes", () => {
  for (const { scope, allowed, error, expected } of CASES) {
    describe(scope, () => {
      it.each(FORMATS)("allows the restart (%s)", (format) => {
        expect(numberingFindings(allowed, format)).toEqual([]);
      });
      it.each(FORMATS)("still reports the near miss (%s)", (format) => {
        expect(numberingFindings(error, format)).toContainEqual(expected);
      });
    });
  }

  it("reports a missing chapter heading with its number", () => {
    const lines = ["某某条例", "第一章 总则", "第一条 为了规范管理，制定本条例。", "第三章 法律责任", "第二条 违反本条例的，依法处理。"];
    const found = check(parse(render(lines, "text"))).filter((d) => d.severity === "error");
    expect(found).toMatchObject([{ code: "numbering-gap", actual: "3", expected: "2" }]);
  });

  it("checks the numbers inside a quoted passage against each other", () => {
    const lines = [
      "关于修改某某条例的决定",
      "一、将第五条修改为：",
      "“第五条 有下列情形之一的，不予登记：",
      "（一）材料不全的；",
      "（三）逾期申请的。”",
      "二、本决定自公布之日起施行。",
    ];
    expect(numberingFindings(lines, "text")).toEqual([{ code: "numbering-gap", actual: "3" }]);
  });

  it("takes a stray quote mark for no passage: the numbering around it is still checked", () => {
    const lines = ["关于推进某项工作的实施意见", "一、总体要求", "坚持“稳中求进的总基调。", "二、重点任务", "加快项目建设。", "四、保障措施", "加强组织领导。"];
    expect(numberingFindings(lines, "text")).toEqual([{ code: "numbering-gap", actual: "4" }]);
  });
});

describe("a title line at the top level", () => {
  const issued = (title: string) => [
    "国务院办公厅关于印发两个规定的通知",
    "各省、自治区、直辖市人民政府：",
    "现将有关规定印发给你们，请认真贯彻执行。",
    "文化事业单位转制为企业的规定",
    "一、关于公司制改革",
    "（一）依法登记为有限责任公司。",
    "二、关于资产管理",
    "（二）建立健全管理机构。",
    title,
    "一、关于财政税收",
    "（一）加大财政支持力度。",
  ];

  it.each(FORMATS)("starts every list again, as an issued document would (%s)", (format) => {
    expect(numberingFindings(issued("进一步支持文化企业发展的规定"), format)).toEqual([]);
  });

  it.each(FORMATS)("does not when the line is a sentence or not a title (%s)", (format) => {
    expect(numberingFindings(issued("以上规定自印发之日起施行。"), format)).toContainEqual({ code: "numbering-out-of-order", actual: "1" });
    expect(numberingFindings(issued("关于财政税收的几点说明"), format)).toContainEqual({ code: "numbering-out-of-order", actual: "1" });
  });
});
