import { describe, expect, it } from "vitest";
import { parse } from "../../src/parse.js";
import { issuedTitle } from "../../src/structure/document.js";
import { readBytes, readText, slice, walk } from "../helpers.js";

const parseFixture = (path: string) => parse(readBytes(path), { name: path.split("/").pop() as string });

describe("issuedTitle", () => {
  it.each([
    ["国务院办公厅关于印发《政府网站集约化试点工作方案》的通知", "政府网站集约化试点工作方案"],
    ["国务院关于印发国家职业教育改革实施方案的通知", "国家职业教育改革实施方案"],
    ["国务院办公厅转发民政部关于清理整顿社会团体意见的通知", "民政部关于清理整顿社会团体意见"],
    ["国务院批转某部关于某工作报告的通知", "某部关于某工作报告"],
  ])("%s → %s", (title, issued) => {
    expect(issuedTitle(title)).toBe(issued);
  });

  it.each(["国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知", "关于印发工作", "国务院关于印发某方案的意见"])("near miss: %s issues nothing", (title) => {
    expect(issuedTitle(title)).toBeNull();
  });
});

describe.each(["fixtures/issuing-notice.txt", "fixtures/html/issuing-notice.html"])("a 印发 notice with the plan after its signature, no 附件 label: %s", (path) => {
  const result = parseFixture(path);
  const notice = result.documents[0];
  const plan = notice?.attachments?.[0];

  it("gives the notice its signature, date and publication note", () => {
    expect(result.documents).toHaveLength(1);
    expect(notice).toMatchObject({ kind: "notice", issuer: "洛阳市人民政府办公室", date: "2025-04-08", publication: { value: "public", text: "（此件公开发布）" } });
    expect(notice?.outline.slice(-3).map((node) => node.role)).toEqual(["signature", "date", "publication"]);
  });

  it("reads the plan as the notice's attachment, with its own title and tasks", () => {
    expect(notice?.attachments).toHaveLength(1);
    expect(plan).toMatchObject({ title: "洛阳市2025年营商环境优化工作要点" });
    expect(plan?.outline[0]).toMatchObject({ role: "title", text: "洛阳市2025年营商环境优化工作要点" });
    expect(plan?.tasks?.map((task) => task.number)).toEqual(path.endsWith(".txt") ? [1, 2, 3] : [1, 2]);
  });

  it("never joins the plan's title to its first paragraph", () => {
    expect(result.diagnostics.filter((d) => d.code === "joined-lines")).toEqual([]);
    expect([...walk(notice?.outline ?? [])].some((node) => node.text.includes("工作要点为深入"))).toBe(false);
  });
});

describe("a 印发 notice whose plan follows an 附件 list and label", () => {
  const notice = parseFixture("fixtures/issuing-notice-labelled.txt").documents[0];

  it("links the listed title to the attachment", () => {
    expect(notice?.attachmentList).toMatchObject([{ number: null, title: "洛阳市城市更新实施方案", attachment: 0 }]);
    expect(notice?.attachments?.[0]).toMatchObject({ title: "洛阳市城市更新实施方案", kind: "plan" });
  });

  it("puts the signature and date after the list at the top level, not under it", () => {
    const roles = notice?.outline.map((node) => node.role);
    expect(roles?.slice(-3)).toEqual(["attachment-list", "signature", "date"]);
    expect(notice?.outline.find((node) => node.role === "attachment-list")?.children).toEqual([]);
    expect(notice?.date).toBe("2025-05-06");
  });
});

describe.each([
  ["fixtures/joint-notice.txt", ["rule", "rule"]],
  ["fixtures/html/joint-notice.html", ["rule"]],
])("a joint notice with a 版记: %s", (path, rules) => {
  const result = parseFixture(path);
  const notice = result.documents[0];

  it("reads both issuers, the first as issuer", () => {
    expect(notice).toMatchObject({ issuer: "洛阳市人民政府办公室", issuers: ["洛阳市人民政府办公室", "洛阳市财政局"], date: "2025-06-03" });
    expect(notice?.publication?.value).toBe("proactive");
  });

  it("reads 抄送 as units and the printing line", () => {
    expect(notice?.cc?.map((unit) => unit.name)).toEqual(["市委办公室", "市人大常委会办公室", "市政协办公室", "市医保局", "市审计局"]);
    expect(notice).toMatchObject({ printedBy: "洛阳市人民政府办公室", printedOn: "2025-06-03" });
    expect(notice?.outline.slice(-2).map((node) => node.role)).toEqual(["cc", "printed"]);
  });

  it("takes the rules printed around the 版记 out as furniture (a page's <hr> is no text)", () => {
    expect(result.furniture.map((item) => item.kind)).toEqual(rules);
  });
});

describe.each(["fixtures/reply.txt", "fixtures/html/reply.html"])("a 批复 answering a 请示 with a 文号: %s", (path) => {
  const reply = parseFixture(path).documents[0];

  it("reads kind, recipient and the request", () => {
    expect(reply).toMatchObject({ kind: "reply", recipients: ["洛阳市人民政府"], date: "2025-03-20", issuer: "河南省人民政府" });
    expect(reply?.inReplyTo).toMatchObject({ title: "关于设立洛阳伊滨经济技术开发区的请示", docNumber: { text: "洛政〔2025〕5号", issuer: "洛政", year: 2025, seq: 5 } });
  });
});

describe("the request's position", () => {
  it("covers the words up to 收悉", () => {
    const reply = parseFixture("fixtures/reply.txt").documents[0];
    expect(slice(readText("fixtures/reply.txt"), reply?.inReplyTo?.position as never)).toBe("你市《关于设立洛阳伊滨经济技术开发区的请示》（洛政〔2025〕5号）收悉");
  });
});

describe.each(["fixtures/attachments-absent.txt", "fixtures/html/attachments-absent.html"])("an attachment list whose attachments are absent: %s", (path) => {
  const result = parseFixture(path);
  const notice = result.documents[0];

  it("lists both titles, unlinked, and says each is missing", () => {
    expect(notice?.attachmentList?.map((entry) => [entry.number, entry.title, entry.attachment])).toEqual([
      [1, "2025年第一批市级重点项目名单", null],
      [2, "2025年第一批市级重点前期项目名单", null],
    ]);
    expect(notice?.attachments).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.code === "attachment-missing").map((d) => d.severity)).toEqual(["warning", "warning"]);
  });

  it("still reads the signature and date", () => {
    expect(notice?.date).toBe("2025-03-12");
    expect(notice?.outline.some((node) => node.role === "signature")).toBe(true);
  });
});

describe("a 转发 notice whose forwarded opinion is printed without its title", () => {
  const notice = parseFixture("fixtures/forwarding-notice.txt").documents[0];

  it("names the notice's issuer, not the organ it forwards", () => {
    expect(notice).toMatchObject({ issuer: "洛阳市人民政府办公室", date: "2025-05-20" });
    expect(notice?.issuers).toBeUndefined();
  });

  it("gives the forwarded document the title the notice quotes, its salutation, signature and date", () => {
    expect(notice?.attachments?.map((attachment) => [attachment.title, attachment.kind, attachment.issuer, attachment.date])).toEqual([
      ["关于2025年汛期安全防范工作的意见", "opinion", "洛阳市应急管理局", "2025-05-12"],
    ]);
  });
});

describe.each([
  "fixtures/issuing-notice.txt",
  "fixtures/issuing-notice-labelled.txt",
  "fixtures/joint-notice.txt",
  "fixtures/reply.txt",
  "fixtures/attachments-absent.txt",
  "fixtures/forwarding-notice.txt",
  "fixtures/html/issuing-notice.html",
  "fixtures/html/attachments-absent.html",
  "fixtures/html/joint-notice.html",
  "fixtures/html/reply.html",
])("frame positions of %s", (path) => {
  const source = readText(path);
  const result = parseFixture(path);
  // In a page, a line's span covers the inline markup inside it.
  const text = path.endsWith(".html") ? source.replace(/<[^<>]*>/g, (tag) => "\u0000".repeat(tag.length)) : source;
  const cut = (span: { start: { offset: number }; end: { offset: number } }) => slice(text, span).replace(/\u0000/g, "");

  it("slice back to the text of every node and frame field", () => {
    const visit = function* (documents: typeof result.documents): Generator<(typeof result.documents)[number]> {
      for (const document of documents) {
        yield document;
        yield* visit(document.attachments ?? []);
      }
    };
    for (const document of visit(result.documents)) {
      for (const node of walk(document.outline)) expect((node.spans ?? [node.position]).map(cut).join("")).toBe(node.text);
      if (document.publication) expect(cut(document.publication.position)).toBe(document.publication.text);
      for (const entry of document.attachmentList ?? []) expect(cut(entry.position).replace(/\s/g, "")).toBe(entry.title.replace(/\s/g, ""));
      for (const unit of document.cc ?? []) expect(cut(unit.position)).toBe(unit.raw);
      if (document.inReplyTo) expect(cut(document.inReplyTo.position)).toContain(document.inReplyTo.title ?? "");
    }
  });
});

describe("reading a text of signature after signature", () => {
  const text = (blocks: number) => `某某局关于印发某方案的通知\n${"某某局\n2025年1月1日\n某某方案\n附件1\n一、总体要求。\n".repeat(blocks)}`;
  const time = (input: string) => {
    const start = performance.now();
    parse(input);
    return performance.now() - start;
  };

  it("keeps every line and stays linear", () => {
    const result = parse(text(50));
    expect(result.unclassified).toEqual([]);
    time(text(500));
    const small = Math.min(time(text(1000)), time(text(1000)));
    const large = Math.min(time(text(4000)), time(text(4000)));
    // Four times the text: well under sixteen times the time.
    expect(large / small).toBeLessThan(8);
  });
});
