import { describe, expect, it } from "vitest";
import { readDecreeAdoption, readHeadnoteAdoption, readPromulgation } from "../../src/structure/dated-phrase.js";

describe("readHeadnoteAdoption", () => {
  it("reads the date and meeting of an adoption", () => {
    expect(readHeadnoteAdoption("(2024年12月16日省政府第47次常务会议通过 2025年2月13日河南省人民政府令第232号公布)")).toMatchObject({
      date: "2024年12月16日",
      name: "省政府第47次常务",
    });
    expect(readHeadnoteAdoption("(2022年9月2日 第十三届全国人民代表大会常务委员会第三十六次会议 审议通过)")).toMatchObject({
      date: "2022年9月2日",
      name: "第十三届全国人民代表大会常务委员会第三十六次",
    });
  });

  it("takes the first meeting that has a date before it", () => {
    expect(readHeadnoteAdoption("(经常务会议通过 2019年1月22日市人大常委会第十次会议通过)")).toMatchObject({ date: "2019年1月22日", name: "市人大常委会第十次" });
  });

  it("reads nothing without a date, with punctuation in the name, or with a name too long", () => {
    expect(readHeadnoteAdoption("(省政府常务会议通过)")).toBeNull();
    expect(readHeadnoteAdoption("(2024年12月16日公布，省政府常务会议通过)")).toBeNull();
    expect(readHeadnoteAdoption(`(2024年12月16日${"甲".repeat(41)}会议通过)`)).toBeNull();
  });
});

describe("readDecreeAdoption", () => {
  it("needs 已经 before the date", () => {
    expect(readDecreeAdoption("《河南省某某办法》已经2025年1月6日省政府第49次常务会议审议通过，现予公布")).toMatchObject({ date: "2025年1月6日", name: "省政府第49次常务" });
    expect(readDecreeAdoption("《河南省某某办法》于2025年1月6日省政府第49次常务会议审议通过")).toBeNull();
  });
});

describe("readPromulgation", () => {
  it("reads the authority and the decree number", () => {
    const found = readPromulgation("(2024年12月16日省政府第47次常务会议通过 2025年2月13日河南省人民政府令第232号公布 自2025年5月1日起施行)");
    expect(found).toMatchObject({ date: "2025年2月13日", name: "河南省人民政府" });
    expect(found?.end[1]).toBe("232");
  });

  it("reads nothing when the authority is not Han text", () => {
    expect(readPromulgation("2025年2月13日 No.5 令第232号公布")).toBeNull();
  });
});
