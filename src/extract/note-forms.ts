/**
 * The ways a responsibility note names who does the work, as data. A note is
 * the text inside one pair of brackets, read on its folded form (full-width
 * colons, commas and semicolons are already half-width).
 *
 * Two families:
 * - labelled: `责任单位：甲、乙`, `牵头单位：甲；责任单位：乙` (`;` or `,` between parts);
 * - verb-suffixed: `甲、乙负责`, `甲牵头，乙等参与`, `甲会同乙负责`, `各省级人民政府负责`.
 */

/** What the units of a part of a note do. */
export type NoteRole = "lead" | "responsible" | "cooperating";

/** A label of the labelled family: pattern (on the label, colon excluded), meaning, example. */
export interface NoteLabel {
  pattern: RegExp;
  role: NoteRole;
  example: string;
}

/** Labels whose value is a unit list. Any other `X：Y` part is kept as a field, not read as units. */
export const NOTE_LABELS: readonly NoteLabel[] = [
  { pattern: /^牵头(?:单位|部门)$/, role: "lead", example: "（牵头单位：市发展改革委；责任单位：市财政局）" },
  { pattern: /^(?:责任|负责|主责|承办|实施)(?:单位|部门)$/, role: "responsible", example: "（责任单位：市发展改革委、市财政局）" },
  { pattern: /^(?:配合|参与|协同|协办)(?:单位|部门)$/, role: "cooperating", example: "（牵头单位：甲；配合单位：乙、丙）" },
];

/** A verb that ends a clause of the verb-suffixed family: pattern (anchored at the clause end), meaning, example. */
export interface NoteVerb {
  pattern: RegExp;
  role: NoteRole;
  example: string;
}

/**
 * Clause endings, longest first. `按职责分工负责` and `牵头负责` before `负责`;
 * the units are the text before the ending.
 */
export const NOTE_VERBS: readonly NoteVerb[] = [
  { pattern: /牵头(?:负责|落实|推进)?$/, role: "lead", example: "（自然资源部牵头负责）" },
  { pattern: /(?:按职责分工|按照职责分工|按职责|分别|共同|依职责)?负责(?:落实|实施|推进)?$/, role: "responsible", example: "（商务部、海关总署等按职责分工负责）" },
  { pattern: /指导$/, role: "responsible", example: "（生态环境部、工业和信息化部指导）" },
  { pattern: /(?:参与|配合|协助|协同)$/, role: "cooperating", example: "（教育部牵头，人力资源社会保障部等参与）" },
];

/** `甲会同乙` inside a responsible clause: 甲 leads, 乙 cooperates. */
export const TOGETHER_WITH = "会同";

/** A unit list: names of units, at most this long each. Longer text is a sentence, not a list. */
export const LONGEST_UNIT = 30;
/** A note longer than this is a sentence in brackets, not a note. */
export const LONGEST_NOTE = 160;
/**
 * What a unit list never holds: sentence punctuation, quotes, digits of a date
 * or an amount, and `由` of a sentence (`技工院校内由人力资源社会保障部门负责`; not `自由`).
 */
export const NOT_IN_UNITS = /[。!?！？“”"《》%0-9]|(?<!自)由/;

/**
 * Units of a collective kind: not one body but every body of a kind
 * (`各有关部门`, `各县（市、区）政府`, `有关单位`). Kept as printed, flagged.
 */
export const COLLECTIVE_UNIT = /^(?:各|有关|相关|其他)/;

/** A unit's name must end like a body: 部, 委, 局, 办, 厅, 署, 政府, 单位, 部门 … */
export const UNIT_ENDING = /(?:部|委|局|办|厅|署|院|会|行|室|所|中心|政府|单位|部门|机关|机构|集团|公司|组|团|处|站|队|馆|社|区|市|县|省|镇|乡|街道|办公室|管委会|法院|检察院|联|协|企业|高校|学校|银行|总行|分行|党委|党组|委员会)(?:\([^()]*\))?$/;

/**
 * Sentences that state the positional lead rule: the first unit named in a
 * note leads (`列第一位者为牵头单位`, `排在第一位的部门为牵头部门`,
 * `第一个单位为牵头单位`).
 */
export const POSITIONAL_LEAD = /(?:列|排|排在|位列|居)?第一(?:位|个)的?(?:者|单位|部门)?(?:为|是)牵头(?:单位|部门)/;
