/**
 * Write the HTML and Markdown renderings of the seeds used by the front-end
 * equivalence tests: `npx tsx scripts/render-fixtures.ts`. The outputs are
 * committed; this script shows how they were made and remakes them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import { parse } from "../src/parse.js";
import type { OutlineNode } from "../src/schema/result.js";

const here = (path: string) => new URL(`../${path}`, import.meta.url);
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const flat = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((node) => [node, ...flat(node.children)]);

function shell(title: string, meta: Array<[string, string]>, body: string, charset: string): string {
  const rows = meta.map(([label, value]) => `<tr><td class="label">${label}：</td><td>${escape(value)}</td></tr>`).join("\n          ");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escape(title)}_洛阳市人民政府</title>
<link rel="stylesheet" href="/css/style.css">
<script type="text/javascript">var _hmt = _hmt || []; document.write("统计代码");</script>
<style>.TRS_Editor p { text-indent: 2em; }</style>
</head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="header"><img src="/images/logo.png" alt="洛阳市人民政府"></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">信息公开</a></li><li><a href="/zwfw/">政务服务</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="xxgk-box">
  <table class="xxgk-table" cellspacing="0" cellpadding="0">
    <tbody>
          ${rows}
    </tbody>
  </table>
</div>
<div class="article">
  <h1 class="article-title">${escape(title)}</h1>
  <div class="article-info">来源：洛阳市人民政府办公室　发布时间：2021-06-08　浏览次数：<span id="views">1024</span></div>
  <div id="zoom">
    <div class="TRS_Editor">
${body}
    </div>
  </div>
  <div class="share-bar">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">新浪微博</a></div>
  <div class="print-close"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">
  <p>主办：洛阳市人民政府办公室　版权所有：洛阳市人民政府</p>
  <p>网站标识码：4103000001　豫ICP备05001184号</p>
</div>
<script>document.getElementById("views").innerText = "1025";</script>
</body>
</html>
`;
}

// 1. Seed 000 as a GBK government page, with its metadata table.
{
  const text = readFileSync(here("seeds/luoyang-jiyuan-33-measures.txt"), "utf8");
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line.length > 0);
  const [issuer, title, ...rest] = lines;
  const body = rest
    .map((line) => (/^\d+\./.test(line) || /^[一二三四五六]、/.test(line) ? `      <p>${escape(line)}</p>` : `      <p>&nbsp;&nbsp;&nbsp;&nbsp;${escape(line)}</p>`))
    .join("\n");
  const heading = `      <p style="text-align:center"><strong>${escape(issuer ?? "")}</strong></p>\n      <p style="text-align:center"><strong>${escape(title ?? "")}</strong></p>\n`;
  const page = shell(
    `${issuer}关于开展洛阳济源同城一体深度融合措施落实情况督导工作的通知`,
    [
      ["索 引 号", "11410300MB1C56789X/2021-00123"],
      ["主题分类", "综合政务"],
      ["发文机关", issuer ?? ""],
      ["成文日期", "2021年06月08日"],
      ["标　　题", `${issuer}关于开展洛阳济源同城一体深度融合措施落实情况督导工作的通知`],
      ["发布日期", "2021年06月09日"],
    ],
    heading + body,
    "gb2312",
  );
  writeFileSync(here("fixtures/html/luoyang-jiyuan-33-measures.gbk.html"), iconv.encode(page, "gbk"));
}

const seed003 = parse(readFileSync(here("seeds/luoyang-gazette-2025-02.txt")));

// 2. 洛政〔2025〕7号 as a UTF-8 page: one <p> per line as the gazette prints it, re-joined.
{
  const document = seed003.documents[3];
  if (document === undefined) throw new Error("no 洛政〔2025〕7号");
  const body = flat(document.outline)
    .map((node) => (node.role === "title" ? `      <h2>${escape(node.text)}</h2>` : `      <p>${escape(node.text)}</p>`))
    .join("\n");
  const page = shell(document.title, [["索引号", "005211403/2025-00007"], ["发文机关", "洛阳市人民政府"], ["成文日期", "2025年03月05日"], ["发文字号", "洛政〔2025〕7号"], ["发布日期", "2025年03月10日"]], body, "utf-8");
  writeFileSync(here("fixtures/html/luoyang-tasks-2025-7.html"), page);
}

// 3. The bus-card outlets as an HTML <table>, with spanned cells for the shared hours and services.
{
  const attachment = seed003.documents[4]?.attachments?.[0];
  const table = attachment?.tables?.[0];
  if (attachment === undefined || table === undefined) throw new Error("no outlet table");
  const head = `        <tr>${table.columns.map((column) => `<th>${escape(column)}</th>`).join("")}</tr>`;
  const rows = table.rows.map((row, index) => {
    // Rows 4–8 share hours and services: printed once, spanned over five rows.
    if (index === 3) return `        <tr><td>${row[0]}</td><td>${escape(row[1] ?? "")}</td><td>${escape(row[2] ?? "")}</td><td rowspan="5">${escape(row[3] ?? "")}</td><td rowspan="5">${escape(row[4] ?? "")}</td></tr>`;
    if (index > 3) return `        <tr><td>${row[0]}</td><td>${escape(row[1] ?? "")}</td><td>${escape(row[2] ?? "")}</td></tr>`;
    return `        <tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join("")}</tr>`;
  });
  const body = `      <p style="text-align:center">附件</p>
      <p style="text-align:center"><strong>${escape(attachment.title)}</strong></p>
      <p>一、人工充值网点地址、营业时间、业务类型</p>
      <table border="1" class="MsoNormalTable">
${head}
${rows.join("\n")}
      </table>
      <p>二、使用指南</p>`;
  writeFileSync(here("fixtures/html/bus-card-outlets.html"), shell(attachment.title, [], body, "utf-8"));
}

// 4. 省政府令第232号 as Markdown, as law archives keep regulations.
{
  const document = seed003.documents[2];
  if (document === undefined || document.articles === undefined) throw new Error("no decree 232");
  const out = [`# ${document.title}`, "", "（2024年12月16日省政府第47次常务会议通过　2025年2月13日河南省人民政府令第232号公布　自2025年5月1日起施行）", "", "<!-- INFO END -->", ""];
  let chapter = 0;
  for (const article of document.articles) {
    if (article.chapter && article.chapter.number !== chapter) {
      chapter = article.chapter.number;
      const numerals = ["", "一", "二", "三", "四", "五"];
      out.push(`## 第${numerals[chapter]}章 ${article.chapter.title}`, "");
    }
    const printed = flat(document.outline).find((node) => node.marker?.kind === "article" && node.marker.value === article.number);
    const marker = printed?.marker?.raw ?? "";
    article.paragraphs.forEach((paragraph, index) => {
      out.push(index === 0 ? `${marker}　${paragraph.text}` : paragraph.text, "");
      for (const item of paragraph.items) {
        const source = flat(document.outline).find((node) => node.position.start.offset === item.position.start.offset - (node.marker?.raw.length ?? 0) - 1 || node.content === item.text);
        out.push(`${source?.marker?.raw ?? `(${item.number})`}${item.text}`, "");
      }
    });
  }
  writeFileSync(here("fixtures/markdown/henan-decree-232.md"), out.join("\n"));
}
