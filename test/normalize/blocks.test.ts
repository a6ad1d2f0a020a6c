import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../src/diagnostics.js";
import { splitLines } from "../../src/input/lines.js";
import { joinLines } from "../../src/normalize/blocks.js";

function join(text: string, regulation = false) {
  const sink = new DiagnosticSink();
  const lines = splitLines(text).filter((line) => line.text.length > 0);
  return { blocks: joinLines(lines, { regulation }, sink).map((block) => block.text), codes: sink.list.map((d) => d.code) };
}

describe("joinLines", () => {
  it("never joins a title set in the middle of its line to the paragraph under it", () => {
    const text = "　　　　　　某某市城乡建设和城市更新三年攻坚行动\n\n　　为深入贯彻落实国家关于城市更新的决策部署，制定本行动。";
    expect(join(text)).toEqual({ blocks: ["某某市城乡建设和城市更新三年攻坚行动", "为深入贯彻落实国家关于城市更新的决策部署，制定本行动。"], codes: [] });
  });

  it("never joins a title ending in 要点 to the paragraph under it", () => {
    expect(join("某某市2025年营商环境优化工作要点\n为深入贯彻落实国家决策部署，制定本工作要点。").blocks).toHaveLength(2);
  });

  it("never joins the title a notice issues, whatever its ending", () => {
    const sink = new DiagnosticSink();
    const lines = splitLines("某某市城乡建设和城市更新三年攻坚行动\n为深入贯彻落实国家决策部署，制定本行动。", true);
    expect(joinLines(lines, { regulation: false, titles: new Set(["某某市城乡建设和城市更新三年攻坚行动"]) }, sink)).toHaveLength(2);
  });

  it("near miss: the same line at the margin or with a paragraph's indent is a paragraph broken across lines", () => {
    expect(join("某某市城乡建设和城市更新三年攻坚行动\n为深入贯彻落实国家决策部署。").blocks).toHaveLength(1);
    expect(join("　　某某市城乡建设和城市更新三年攻坚行动\n为深入贯彻落实国家决策部署。").blocks).toHaveLength(1);
  });

  it("joins a paragraph broken mid-sentence", () => {
    expect(join("加快建设伊滨科技城，推动小浪底环湖旅游绿道建\n\n设，打造洛济沿黄旅游产业带。").blocks).toEqual(["加快建设伊滨科技城，推动小浪底环湖旅游绿道建设，打造洛济沿黄旅游产业带。"]);
  });

  it("joins a heading broken before a short remainder", () => {
    expect(join("五、推进新型城镇化，提升现代化城市功\n\n能品质\n\n(十八) 提级增能综合枢纽城市").blocks).toEqual(["五、推进新型城镇化，提升现代化城市功能品质", "(十八) 提级增能综合枢纽城市"]);
  });

  it("does not join a heading to the paragraph under it", () => {
    expect(join("（一）全方位扩大内需，推动高质量发展持续向好向新向优\n\n用足用好政策机遇。找准政策落实的切入点。").blocks).toHaveLength(2);
    expect(join("一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导，坚持以人为本。").blocks).toHaveLength(2);
  });

  it("joins a responsibility note split after an open bracket", () => {
    expect(join("4.完善贵金属与珠宝产销产业链。（责任单位：市\n\n工信局)").blocks).toEqual(["4.完善贵金属与珠宝产销产业链。（责任单位：市工信局)"]);
  });

  it("joins a labelled note alone on its line to its paragraph", () => {
    expect(join("27.共同做好世界地质公园复审工作。\n\n（责任单位：市林业局）").blocks).toHaveLength(1);
  });

  it("does not join an unlabelled bracketed line after a finished sentence", () => {
    expect(join("本通知自公布之日起施行。\n\n（此件公开发布）").blocks).toHaveLength(2);
  });

  it("reads a character printed on both sides of a break once, and says so", () => {
    const { blocks, codes } = join("一般公共预算收入增速高于全省，税占比高于全省3.8个百分\n\n分点。规上工业利润增速较高。");
    expect(blocks).toEqual(["一般公共预算收入增速高于全省，税占比高于全省3.8个百分点。规上工业利润增速较高。"]);
    expect(codes).toEqual(["repeated-character"]);
  });

  it("keeps a doubled character that is doubled on purpose", () => {
    expect(join("坚持问题导向和目标导向，推动各项工作层\n\n层落实到位。").blocks).toEqual(["坚持问题导向和目标导向，推动各项工作层层落实到位。"]);
  });

  it("does not join two short unpunctuated lines (a page's last line may end a list of names)", () => {
    expect(join("内部资料\n\n免费交流").blocks).toHaveLength(2);
  });

  it("never joins into a numbered line, a field line or a table row", () => {
    expect(join("1.加快重点项目建设\n\n2.推进老旧小区改造。").blocks).toHaveLength(2);
    expect(join("1.加快重点项目建设，确保完成投资\n\n牵头单位：县发改委").blocks).toHaveLength(2);
    expect(join("一、人工充值网点地址、营业时间\n\n序号\t充值网点\t地址").blocks).toHaveLength(2);
  });

  it("never joins after a field line unless it ends mid-list", () => {
    expect(join("牵头单位：市发改委\n\n洛阳市人民政府办公室关于印发方案的通知").blocks).toHaveLength(2);
    expect(join("责任单位：市城市管理局、\n\n市应急局").blocks).toEqual(["责任单位：市城市管理局、市应急局"]);
  });

  it("treats items of a regulation as paragraphs, so a broken item joins", () => {
    expect(join("(三)组织或者参与拟订本单位安全生产\n\n规章制度、操作规程和应急救援预案；", true).blocks).toHaveLength(1);
    expect(join("(三)组织或者参与拟订本单位安全生产\n\n规章制度、操作规程和应急救援预案；", false).blocks).toHaveLength(2);
  });

  it("learns from siblings whether a numbered list holds headings or paragraphs", () => {
    const text = "(三) 老年优惠卡为一人一卡,严禁一人办多张卡。\n\n(四) 老年优惠卡丢失后须携带卡主二代\n\n身份证原件办理挂失。";
    expect(join(text).blocks).toEqual(["(三) 老年优惠卡为一人一卡,严禁一人办多张卡。", "(四) 老年优惠卡丢失后须携带卡主二代身份证原件办理挂失。"]);
  });

  it("does not join a title, a date or a subtitle", () => {
    expect(join("洛阳市60至69周岁老年人免费乘坐公交 实施方案\n\n为贯彻落实《河南省老年人权益保障条例》，制定本方案。").blocks).toHaveLength(2);
    expect(join("——2025年2月9日在洛阳市第十六届人民代表大会第三次会议上\n\n洛阳市人民政府市长 徐衣显").blocks).toHaveLength(2);
    expect(join("洛阳市人民政府办公室\n\n2025年2月28日").blocks).toHaveLength(2);
  });
});
