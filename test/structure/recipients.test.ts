import { describe, expect, it } from "vitest";
import { ADDRESSEE_TITLES, RECIPIENT_ENDINGS, readsAsRecipients, splitRecipients } from "../../src/structure/recipients.js";

describe("splitRecipients", () => {
  it.each([
    ["各县（市、区）人民政府，市人民政府各部门，各有关单位", ["各县（市、区）人民政府", "市人民政府各部门", "各有关单位"]],
    ["各省、自治区、直辖市人民政府，国务院各部委、各直属机构", ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"]],
    ["河北省人民政府、国家发展改革委", ["河北省人民政府", "国家发展改革委"]],
    ["黑龙江省人民政府，教育部、外交部、财政部、体育总局", ["黑龙江省人民政府", "教育部", "外交部", "财政部", "体育总局"]],
    ["邓乃扬、韩汝琦委员", ["邓乃扬、韩汝琦委员"]],
    ["马万祺副主席", ["马万祺副主席"]],
  ])("%s", (text, expected) => {
    expect(splitRecipients(text)).toEqual(expected);
  });
});

describe("readsAsRecipients", () => {
  it.each([...RECIPIENT_ENDINGS, ...ADDRESSEE_TITLES].map((row) => [row.ending, row.example]))("%s: %s", (_ending, example) => {
    expect(readsAsRecipients(example)).toBe(true);
  });

  it.each(["为进一步深化文化体制改革，特制定以下规定", "附", "主要预期目标是", "现将有关事项通知如下"])("near miss: %s is a lead-in", (text) => {
    expect(readsAsRecipients(text)).toBe(false);
  });
});
