import { describe, expect, it } from "vitest";
import { readRequest } from "../../src/structure/reply.js";

describe("readRequest", () => {
  it.each([
    ["你省《关于恳请解决马鬃山村地质险情有关问题的请示》(鄂政文〔2004〕15号)收悉。", "关于恳请解决马鬃山村地质险情有关问题的请示", "鄂政文〔2004〕15号"],
    ["你们《关于呈报〈河北雄安新区总体规划(2018—2035年)〉的请示》收悉。", "关于呈报〈河北雄安新区总体规划(2018—2035年)〉的请示", null],
    ["你们关于支持乌鲁木齐高新区建设国家自主创新示范区的请示(国科发高〔2018〕235号)收悉。", "关于支持乌鲁木齐高新区建设国家自主创新示范区的请示", "国科发高〔2018〕235号"],
    ["您提出的《关于设立总理热线电话的提案》收悉。", "关于设立总理热线电话的提案", null],
    ["你们提出的关于创立政府网站的建议收悉，现答复如下：", "关于创立政府网站的建议", null],
    ["教育部、外交部《关于申办运动会的请示》(教外际〔2004〕14号)收悉。", "关于申办运动会的请示", "教外际〔2004〕14号"],
  ])("%s", (text, title, number) => {
    const request = readRequest(text);
    expect(request?.title).toBe(title);
    expect(request?.docNumber?.text ?? null).toBe(number);
  });

  it("reads a proposal answered without 收悉", () => {
    expect(readRequest("你们提出的关于完善与发展政府网站推进政府公共服务水平的提案，经商信息产业部，现答复如下：")).toMatchObject({
      title: "关于完善与发展政府网站推进政府公共服务水平的提案",
      docNumber: null,
    });
  });

  it("near miss: a sentence that mentions what someone proposed later on names no request", () => {
    expect(readRequest("2004年8月5日至8日，总理赴你省考察。对于你省提出的关于乙烯项目的建议，有关部门进行了研究。")).toBeNull();
    expect(readRequest("你们提出的意见很好，现答复如下：")).toBeNull();
  });

  it("keeps the title when the number in brackets is not a 文号", () => {
    expect(readRequest("关于机关迁址新建的请示(〔1996〕武司字第82号)收悉")).toMatchObject({ title: "关于机关迁址新建的请示", docNumber: null });
  });

  it.each(["来信收悉，现答复如下：", "经研究，现批复如下：", "现将有关事项通知如下。"])("near miss: %s names no request", (text) => {
    expect(readRequest(text)).toBeNull();
  });
});
