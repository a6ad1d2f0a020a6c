/**
 * Every regular expression of the parser, named and commented. All of them are
 * matched against folded text (see `fold`): full-width ASCII is already ASCII
 * and the ideographic space is a space. Every one, and every regular-expression
 * literal elsewhere in `src`, is proven free of super-linear backtracking by
 * recheck in `test/regexes.test.ts`; `new RegExp` is only allowed in this file.
 */

/** Han numeral characters, digits and units (〇 零 一 … 九 十 百 千 两 万). */
export const HAN_NUMERAL_CLASS = "〇零一二三四五六七八九十百千两万";
const N = `[${HAN_NUMERAL_CLASS}]`;
const NUM = `(?:${N}{1,8}|[0-9]{1,4})`;

/** `第十二条`, `第十一条之一`, `第5条`. Not `第十二条例` (条例 is a word): checked in the construct. */
export const articleMarker = new RegExp(`^第(${NUM})条(?:之(${N}{1,3}))?`);

/** `第一编`, `第二章`, `第三节` followed by a blank, the end, or a short title. */
export const divisionMarker = new RegExp(`^第(${NUM})(编|章|节)`);

/** `一、` (not `一、二` inside a sentence: only at line start). */
export const hanEnumMarker = new RegExp(`^(${N}{1,4})(?:、|\\.(?![0-9]))`);

/** `(一)` / `（一）` after folding. Not `(含居住证持有人)`: only numerals inside. */
export const hanParenMarker = new RegExp(`^\\((${N}{1,4})\\)`);

/** `1.` `1．` `1、`; not `1.5%` nor `2025年`: a dot must not be followed by a digit. */
export const arabicEnumMarker = /^([0-9]{1,3})(?:\.(?![0-9])|、)/;

/** `(1)` / `（1）`; not `(7点至9点…)`: digits only inside. */
export const arabicParenMarker = /^\(([0-9]{1,3})\)/;

/** `①` … `⑳`. */
export const circledMarker = /^[\u2460-\u2473]/;

/** A Chinese or Arabic date: `2025年3月5日`, `二〇二五年三月五日`. */
export const dateInText = new RegExp(
  `((?:19|20)[0-9]{2}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|${N}{1,3})月([0-9]{1,2}|${N}{1,3})日`,
);

/** A date at one offset (sticky: set `lastIndex`). */
export const dateInTextAt = new RegExp(dateInText.source, "y");

/** Every date in a text (global: for `matchAll`). */
export const datesInText = new RegExp(dateInText.source, "g");

/** A line that is only a date. */
export const dateLine = new RegExp(`^${dateInText.source}$`);

/**
 * 文号: `洛政〔2025〕7号`, `洛政办[2025]3号`, `豫政(2016)76号`. The year must look like a
 * year, so `(豫)LC101003` is not one.
 */
export const docNumber = /([\u4e00-\u9fff]{1,12})\s*[〔[(]\s*((?:19|20)[0-9]{2})\s*[〕\])]\s*(?:第\s*)?([0-9]{1,5})\s*号/;

/** A line that is a 文号, optionally followed by a date. */
export const docNumberLine = new RegExp(`^${docNumber.source}(?:\\s*(${dateInText.source}))?$`);

/** Masthead issue line `2025年第2号` / `2025年第2期`. */
export const issueNumberLine = /^((?:19|20)[0-9]{2})\s*年\s*第\s*([0-9]{1,3})\s*(?:期|号)$/;

/** Masthead serial `(总第278号)`. */
export const issueSerialLine = /^\(?\s*总第\s*([0-9]{1,5})\s*(?:期|号)\s*\)?$/;

/** A gazette title: `洛阳市人民政府公报`. */
export const gazetteTitle = /^[\u4e00-\u9fff]{2,20}公报$/;

/** The contents heading `目 录` / `目录`. */
export const contentsHeading = /^目\s*录$/;

/** The English contents heading. */
export const contentsHeadingEn = /^CONTENTS$/i;

/** The editorial board heading. */
export const editorialBoardHeading = /^编\s*辑\s*委\s*员\s*会$/;

/** A masthead slogan: two four-character phrases (`传达政令 宣传政策`). */
export const slogan = /^[\u4e00-\u9fff]{4}\s+[\u4e00-\u9fff]{4}$/;

/** A role line on the editorial board or colophon: `主编:袁剑`. */
export const labelLine = /^([\u4e00-\u9fff]{1,8})\s*:\s*([\s\S]*)/;

/**
 * A field line: `牵头单位：…`, `联系电话：…`. The label must end in a field word
 * so that `主要预期目标是：…` stays a paragraph.
 */
export const fieldLine = /^([\u4e00-\u9fff]{0,8}(?:领导|单位|电话|信箱|邮箱|时限|联系人|地址|邮编|传真|时间节点))\s*:\s*/;

/** Decree heading `河南省人民政府令` / `国务院令` / `中华人民共和国主席令` (which promulgates a law). */
export const decreeHeading = /^([\u4e00-\u9fff]{2,20}(?:政府|国务院|部|委员会|局|署|总局|银行|主席))令$/;

/** Decree number `第231号`. */
export const decreeNumber = new RegExp(`^第\\s*(${NUM})\\s*号$`);

/**
 * The end of `已经2025年1月6日省政府第49次常务会议审议通过`; the date and meeting
 * are read back from it (`structure/dated-phrase.ts`). A pattern with the date
 * in front would scan up to its bound from every date: quadratic at worst.
 */
export const decreeAdopted = /会议(?:审议)?通过/g;

/** The name of the meeting in a decree's preamble, before `会议`. */
export const decreeMeetingName = /^[^，。,\s][^，。,]{1,39}$/;

/** `自2025年3月1日起施行`. */
export const effectiveFrom = new RegExp(`自\\s*${dateInText.source}\\s*起(?:施行|实施|执行|生效)`);

/** A signature: `省长 王凯`, `洛阳市人民政府市长 徐衣显`. */
export const signatory = /^([\u4e00-\u9fff]{0,16}(?:长|主任|书记|主席|总理|局长|部长|厅长|委员))\s+([\u4e00-\u9fff]{2,4})$/;

/** A speech subtitle `——2025年2月9日在洛阳市第十六届人民代表大会第三次会议上`. */
export const speechSubtitle = new RegExp(`^[—–-]{1,2}\\s*${dateInText.source}\\s*在(.+?)上(?:的讲话|的报告)?$`);

/** Attachment list `附件:` / `附件：洛阳济源…` / `附件：1.…`. */
export const attachmentList = /^附\s*件\s*:\s*([\s\S]*)/;

/** An attachment's own label `附件` / `附件1` / `附件 2` (a colon may follow: `附件：` alone on its line above the attachment). */
export const attachmentLabel = /^附\s*件(?:\s*([0-9]{1,2}))?\s*:?$/;

/**
 * Words a document title ends with (kind is read from them); a law's title
 * (`中华人民共和国某某法`, not `某某办法`) ends with 法.
 */
export const titleEnding =
  /(?:通知|通报|决定|命令|公告|通告|意见|办法|规定|条例|细则|规则|方案|规划|计划|要点|清单|报告|请示|批复|答复|函|纪要|指南|措施|解释|[^办方做说用写看想手]法|法修正案(?:\([一二三四五六七八九十]{1,3}\))?|[〇零一二三四五六七八九十百]{1,6}条|\(试行\)|\(暂行\)|试行\)|暂行\))$/;

/** A figure or table caption (`图1　汽车号牌编码规则`, `表 2 …`): not a document title, whatever it ends with. */
export const figureCaption = /^[图表] ?[0-9一二三四五六七八九十]/;

/** A quotation mark that opens or closes a quotation: “ ” 「 」 『 』. */
export const quotationMark = /[“”「」『』]/;

/** Stated counts: `共细化为9个方面39项147个具体任务`. */
export const statedTaskCounts = /(?:^|[^0-9])(([0-9]{1,6})\s*个方面\s*([0-9]{1,6})\s*项\s*([0-9]{1,6})\s*个(?:具体)?任务)/;


/**
 * A headnote line printed without brackets, as law databases print them:
 * `2022年9月2日 第十三届…会议通过`, `根据2009年…第一次修正`. Only its start is
 * matched here; `isHeadnoteLine` also wants it to end in an action word.
 */
export const headnoteLineStart = new RegExp(`^\\(?\\s*(?:根据\\s*)?${dateInText.source}`);

/**
 * `…会议通过` / `…会议审议通过` inside a headnote: the end of an adoption
 * (`2024年12月16日省政府第47次常务会议通过`), whose date and meeting are read
 * back from it (`readAdoption`). One pattern with the date in front would scan
 * up to its bound from every date: quadratic in the worst case.
 */
export const headnoteAdopted = /会议\s*(?:审议)?通过/g;

/** The name of a meeting before `会议`, after its date: 2 to 40 characters, no punctuation or blanks. */
export const meetingName = /^[^,，。;；\s]{2,40}$/;

/** The end of `2025年2月13日河南省人民政府令第232号公布` inside a headnote (read back as above). */
export const headnotePromulgated = new RegExp(`令\\s*第\\s*(${NUM})\\s*号\\s*公布`, "g");

/** The authority that promulgates, before `令`: 2 to 20 Han characters. */
export const promulgatorName = /^[\u4e00-\u9fff]{2,20}$/;
/** A meeting at the end of a headnote clause: `第三十六次会议`, `第12次常务会议`. Not `第十届` (no 次). */
export const headnoteMeeting = new RegExp(`第(?:${N}{1,6}|[0-9]{1,5})次[\\u4e00-\\u9fff]{0,6}会议$`);

/** A promulgating instrument: `中华人民共和国国务院令第382号`, `最高人民法院公告`. */
export const headnoteDecree = new RegExp(`(?:令|公告)(?:\\s*第\\s*${NUM}\\s*号)?$`);

/** `第十六条` anywhere in a line (sticky: tried at one offset), for articles glued to the line before. */
export const articleMarkerAt = new RegExp(`第(${NUM})条(?:之(${N}{1,3}))?`, "y");

/** Where an article says the text takes effect on its promulgation: `本法自公布之日起施行`. */
export const statesEffectOnPromulgation = /本(?:法|条例|规定|办法|细则|规则|决定|解释|规章|准则|修正案)?自(?:公布|发布)之日起(?:施行|实施|执行|生效)/;

/** Where an article may say when the text takes effect: `本法自2025年1月1日起施行`. */
export const statesEffect = new RegExp(`本(?:法|条例|规定|办法|细则|规则|决定|解释|规章|准则|修正案)?自\\s*${dateInText.source}\\s*起(?:施行|实施|执行|生效)`);

/**
 * A decree's number as one text: `国务院令第707号`, `中华人民共和国国务院令 第706号`,
 * `河南省人民政府令第231号`. Not a 文号 (no year) and not `命令第一号` alone (the
 * authority must be named).
 */
export const decreeNumberText = new RegExp(`^([\\u4e00-\\u9fff、]{2,40}?)令\\s*第\\s*(${NUM})\\s*号$`);

/**
 * A publication note under the date: `（此件公开发布）`, `(此件主动公开)`, `（此件不公开）`,
 * `（此件依申请公开）`. The words inside are matched by the publication table; not
 * `（此件有删减）` (no 公开/发布).
 */
export const publicationNote = /^\(\s*此\s*件\s*([\u4e00-\u9fff]{2,6})\s*\)$/;

/** `抄送：…` (版记): the units a document is copied to. Not `抄送中央宣传部` inside a sentence: line start and a colon. */
export const copiedTo = /^抄\s*送\s*:\s*/;

/**
 * The printing line of a 版记 ends with a date and 印发:
 * `洛阳市人民政府办公室  2025年4月8日印发` (read back to the organ, see
 * `readColophon`), so `现印发给你们` does not match.
 */
export const printedEnding = new RegExp(`(${dateInText.source})\\s*印\\s*发$`);

/** The organ that printed a document, before the date of its printing line: 2 to 40 Han characters or brackets. */
export const printerName = /^[\u4e00-\u9fff()]{2,40}$/;

/** A horizontal rule (版记 lines, separators): one rule character repeated, nothing else. */
export const horizontalRule = /^(?:[─━—–\-_=＿﹍﹎]\s*){4,}$/;

/** The acknowledgement of the request a reply answers: `…的请示》（鄂政文〔2004〕15号）收悉`. */
export const acknowledged = /收\s*悉/;


/**
 * The number before each title of an attachment list (`附件：1. 甲  2. 乙`), at
 * the start or after a blank; not `130项`. What may follow the dot (not a
 * digit, as in `1.5`, unless a year starts the title: `1.2025年…`) is checked
 * by the reader.
 */
export const attachmentNumbers = /(?:^|\s)([0-9]{1,2})[.、]/g;

/** A year that starts a title right after a list number's dot: `1.2025年重点项目名单`. */
export const yearFirst = /^(?:19|20)[0-9]{2}年/;

/** A title quoted in the text: `《进一步支持文化企业发展的规定》` (global: for `matchAll`). */
export const quotedTitles = /《([^《》]{2,80})》/g;

/**
 * The delimiter row of a Markdown pipe table: `| --- | :---: |`, `---|---`
 * (at least one pipe, each cell dashes with optional alignment colons). Not a
 * thematic break `---` (no pipe).
 */
export const pipeDelimiterRow = /^ {0,3}\|?(?: *:?-+:? *\|)+(?: *:?-+:? *)?$/;

/** Words after a date that keep it a deadline: `底前`, `以前`, `前完成`, `底前出台`. */
const DEADLINE_TAIL = "(?:底|末)?(?:前|以前|之前)?(?:完成|实现|落实|出台|建成|到位)?";

/** A deadline by month: `2025年6月底前完成`, `2025年12月前`. Matched on a whole clause without blanks. */
export const deadlineMonth = new RegExp(`^([0-9]{4})年([0-9]{1,2})月${DEADLINE_TAIL}$`);

/** A deadline by quarter: `2025年第三季度末前完成`, `2025年3季度`. */
export const deadlineQuarter = new RegExp(`^([0-9]{4})年(?:第)?([一二三四1-4])季度${DEADLINE_TAIL}$`);

/** A deadline by half-year: `2025年上半年完成`, `2025年下半年`. */
export const deadlineHalf = new RegExp(`^([0-9]{4})年(上|下)半年${DEADLINE_TAIL}$`);

/** A deadline by year: `2025年底前`, `2025年前完成`. Not `2025年` alone (a year, checked in the reader). */
export const deadlineYear = new RegExp(`^([0-9]{4})年${DEADLINE_TAIL}$`);
