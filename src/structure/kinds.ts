import { fold, squeezeLayoutBlanks } from "../util/chars.js";

/** What a document is, as its title (or its 文号) says. */
export type DocumentKind =
  | "report"
  | "decree"
  | "notice"
  | "decision"
  | "opinion"
  | "law"
  | "judicial-interpretation"
  | "regulation"
  | "plan"
  | "announcement"
  | "circular"
  | "reply"
  | "letter"
  | "minutes"
  | "guide"
  | "measures"
  | "other";

/** One row of the kinds table: a title pattern, the kind it gives, and a title it reads. */
export interface KindRow {
  pattern: RegExp;
  kind: DocumentKind;
  example: string;
}

/**
 * Title patterns → kind, tried in order on the title with widths folded,
 * layout blanks squeezed and a trailing version note taken off (see
 * `VERSION_NOTE`). The first row that matches gives the kind. A new form is a
 * new row (with a test of its example and a near miss in
 * `test/structure/kinds.test.ts`). A decree (a 政府令 that promulgates a text)
 * is told by its heading, not its title: see `readHeader`.
 */
export const KIND_TABLE: readonly KindRow[] = [
  // The courts' own forms first: 最高人民法院关于…的规定 is an interpretation, not a regulation.
  { pattern: /^最高人民(?:法院|检察院)[^关]{0,20}关于.{1,200}(?:解释|规定|批复|规则)$/, kind: "judicial-interpretation", example: "最高人民法院关于审理房屋登记案件若干问题的规定" },
  { pattern: /^最高人民(?:法院|检察院).{0,20}(?:解释|批复)$/, kind: "judicial-interpretation", example: "最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释" },
  { pattern: /报告$/, kind: "report", example: "政府工作报告" },
  { pattern: /(?:通知|通报)$/, kind: "notice", example: "关于印发某方案的通知" },
  // 关于修改〈某法〉的决定, 全国人民代表大会常务委员会关于…的决定: decisions, amendment decisions among them.
  { pattern: /(?:决定|命令)$/, kind: "decision", example: "全国人民代表大会常务委员会关于修改《中华人民共和国某某法》的决定" },
  { pattern: /意见$/, kind: "opinion", example: "关于某事的意见" },
  // 中华人民共和国某某法, 民法典 and one of its 编, 刑法修正案（六）; not 办法, 方法, 做法.
  { pattern: /(?:[^办方做说用写看想手]法|法典(?:[^，。,]{1,8}编)?|法修正案(?:\([一二三四五六七八九十]{1,3}\))?)$/, kind: "law", example: "中华人民共和国反电信网络诈骗法" },
  { pattern: /(?:办法|规定|条例|细则|规则)$/, kind: "regulation", example: "某某管理办法" },
  { pattern: /(?:方案|规划|计划)$/, kind: "plan", example: "某某实施方案（试行）" },
  { pattern: /公告$/, kind: "announcement", example: "某某公告" },
  { pattern: /通告$/, kind: "circular", example: "关于禁止燃放烟花爆竹的通告" },
  { pattern: /批复$/, kind: "reply", example: "关于同意设立某区的批复" },
  // A reply to a letter or to a deputy's proposal answers as a 批复 does.
  { pattern: /(?:复函|答复)$/, kind: "reply", example: "国务院办公厅关于同意建立某某联席会议制度的复函" },
  { pattern: /函$/, kind: "letter", example: "关于商请支持某项工作的函" },
  { pattern: /纪要$/, kind: "minutes", example: "某某会议纪要" },
  { pattern: /指南$/, kind: "guide", example: "老年优惠卡办理及使用指南" },
  { pattern: /(?:措施|[〇零一二三四五六七八九十百]{1,6}条)$/, kind: "measures", example: "洛阳济源同城一体深度融合三十三条" },
];

/**
 * A note closing a title that says which version it is, not what it is:
 * `（试行）`, `（暂行）`, `（草案）`, `（2018年修正）`, and the serial of a set
 * of interpretations `（三）`. Taken off before the table is tried.
 */
const VERSION_NOTE = /\((?:试行|暂行|草案|修订草案|[一二三四五六七八九十]{1,3}|(?:19|20)[0-9]{2}年(?:修正|修订)本?)\)$/;

/**
 * 文号 issuers that give the kind whatever the title: `法释〔2021〕1号` is a
 * judicial interpretation of the Supreme People's Court, `高检发释字` one of the
 * Supreme People's Procuratorate.
 */
export const KIND_BY_DOC_NUMBER_ISSUER: ReadonlyArray<{ issuer: string; kind: DocumentKind; example: string }> = [
  { issuer: "法释", kind: "judicial-interpretation", example: "法释〔2021〕1号" },
  { issuer: "高检发释字", kind: "judicial-interpretation", example: "高检发释字〔2019〕1号" },
];

/** The kind of document a title names; `other` when no row of {@link KIND_TABLE} matches. */
export function kindOfTitle(title: string): DocumentKind {
  const compact = squeezeLayoutBlanks(fold(title)).replace(VERSION_NOTE, "");
  for (const row of KIND_TABLE) if (row.pattern.test(compact)) return row.kind;
  return "other";
}

/** The kind a 文号's issuer gives (`法释` → judicial-interpretation), if any. */
export function kindOfDocNumberIssuer(issuer: string): DocumentKind | null {
  return KIND_BY_DOC_NUMBER_ISSUER.find((row) => row.issuer === issuer)?.kind ?? null;
}
