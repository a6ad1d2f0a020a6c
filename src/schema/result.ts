import { z } from "zod";
import { DIAGNOSTIC_CODES } from "../diagnostics.js";
import { MARKER_KINDS } from "../tokenize/types.js";

import { SCHEMA_VERSION } from "./version.js";

export { SCHEMA_VERSION };

/**
 * The version of the contract an output was written with: `major.minor.patch`,
 * any minor of major 1 (a later minor only adds fields).
 */
export const schemaVersionSchema = z
  .string()
  .regex(/^1\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)$/)
  .describe("The contract version that wrote this output (see SCHEMA_VERSION); a newer minor version only adds fields");

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("ISO 8601 calendar date");

export const pointSchema = z
  .object({
    line: z.number().int().min(1).describe("1-based line"),
    column: z.number().int().min(1).describe("1-based column, in UTF-16 code units"),
    offset: z.number().int().min(0).describe("0-based offset into the decoded text, in UTF-16 code units"),
    page: z.number().int().min(1).optional().describe("1-based page, for a PDF input (line, column and offset then point into the text assembled from its pages)"),
  })
  .meta({ id: "Point" });

export const positionSchema = z
  .object({ start: pointSchema, end: pointSchema.describe("exclusive") })
  .meta({ id: "Position", description: "Span of source text; end is exclusive." });

export const severitySchema = z.enum(["error", "warning", "info"]).meta({ id: "Severity" });

export const diagnosticSchema = z
  .object({
    code: z.enum(Object.keys(DIAGNOSTIC_CODES) as [keyof typeof DIAGNOSTIC_CODES, ...Array<keyof typeof DIAGNOSTIC_CODES>]),
    severity: severitySchema,
    message: z.string(),
    position: positionSchema.optional(),
    document: z.number().int().min(0).optional().describe("Index into documents"),
    actual: z.string().optional(),
    expected: z.string().optional(),
  })
  .meta({ id: "Diagnostic" });

export const markerSchema = z
  .object({
    kind: z.enum(MARKER_KINDS),
    value: z.number().int().min(0),
    sub: z.number().int().min(1).optional().describe("之N of 第X条之N"),
    raw: z.string().describe("The marker as printed"),
    position: positionSchema,
    typo: z.string().optional().describe("Set when the marker was read despite a printing error"),
  })
  .meta({ id: "Marker" });

export const nodeRoleSchema = z
  .enum([
    "title",
    "doc-number",
    "recipients",
    "salutation",
    "subtitle",
    "speaker",
    "decree-heading",
    "decree-number",
    "decree-preamble",
    "headnote",
    "toc-heading",
    "toc-entry",
    "signature",
    "date",
    "publication",
    "cc",
    "printed",
    "attachment-label",
    "attachment-list",
    "heading",
    "paragraph",
    "field",
    "table-row",
  ])
  .meta({ id: "NodeRole" });

export const outlineNodeSchema = z
  .object({
    role: nodeRoleSchema,
    marker: markerSchema.optional(),
    text: z.string().describe("The text as printed (widths kept), marker included"),
    content: z.string().optional().describe("The text after the marker"),
    field: z.object({ label: z.string(), value: z.string() }).optional(),
    cells: z.array(z.string()).optional(),
    get children() {
      return z.array(outlineNodeSchema);
    },
    position: positionSchema,
    spans: z.array(positionSchema).optional().describe("The source pieces of a text re-joined across page breaks"),
    quoted: z
      .literal(true)
      .optional()
      .describe("Set on the lines of a quoted passage (an amendment that quotes another text), nested under the line that introduces it; their numbering is the quoted text's own"),
  })
  .meta({ id: "OutlineNode" });

const spansField = z.array(positionSchema).optional().describe("The source pieces, when the text crosses a page break");
export const headingRefSchema = z.object({ number: z.number().int(), title: z.string() }).meta({ id: "HeadingRef" });

export const unitSchema = z
  .object({
    name: z.string().describe("Normalized: a prefix carried from the first item of its run is restored (市工信局)"),
    raw: z.string().describe("As printed (工信局), without a closing 等"),
    kind: z.literal("collective").optional().describe("Every body of a kind (各有关部门, 各县（市、区）政府), not one body"),
    etc: z.literal(true).optional().describe("The list ends with 等 after this unit (人力资源社会保障部等): more units than named"),
    position: positionSchema,
    spans: spansField,
  })
  .meta({ id: "Unit" });

export const deadlineSchema = z
  .object({
    raw: z.string().describe("As printed: 2025年6月底前完成, 长期坚持"),
    date: isoDate.optional().describe("The last day allowed: the end of the named month, quarter, half-year or year"),
    kind: z.literal("ongoing").optional().describe("No end date (长期坚持, 持续推进)"),
    position: positionSchema,
    spans: spansField,
  })
  .meta({ id: "Deadline" });

export const pathEntrySchema = z
  .object({ marker: z.string().describe("As printed (二、, （五）)"), number: z.number().int(), title: z.string() })
  .meta({ id: "PathEntry", description: "An enclosing numbered heading" });

export const measureNoteSchema = z
  .object({
    label: z.string().describe("The first label (责任单位), or the verb of a verb-suffixed note (负责)"),
    raw: z.string(),
    form: z.enum(["labelled", "verb"]).optional().describe("labelled (责任单位：…) or verb-suffixed (甲牵头，乙参与)"),
    fields: z
      .array(z.object({ label: z.string(), value: z.string() }))
      .optional()
      .describe("Labelled parts that do not name units (适用范围：全市)"),
    position: positionSchema,
    spans: spansField,
  })
  .meta({ id: "MeasureNote" });

export const measureSchema = z
  .object({
    number: z.number().int(),
    section: headingRefSchema.nullable(),
    path: z.array(pathEntrySchema).optional().describe("Every enclosing numbered heading, outermost first"),
    text: z.string().describe("Without the marker and the responsibility note"),
    responsibleUnits: z.array(unitSchema),
    leadUnits: z.array(unitSchema).optional().describe("Units a note names as leading, apart from the responsible ones"),
    cooperatingUnits: z.array(unitSchema).optional().describe("Units a note names as cooperating (配合单位, 参与单位, 乙等参与)"),
    note: measureNoteSchema.optional().describe("The (last) responsibility note as printed"),
    notes: z.array(measureNoteSchema).optional().describe("Every note of the measure in order, when there is more than one"),
    leadRule: z
      .object({ raw: z.string(), position: positionSchema, spans: spansField })
      .optional()
      .describe("Set when leadUnits come from the positional lead rule (列第一位者为牵头单位): where the document states it"),
    deadline: deadlineSchema.optional().describe("When the work is due: （2025年6月底前完成）, a deadline clause of a note"),
    position: positionSchema,
    spans: spansField,
  })
  .meta({ id: "Measure" });

export const taskSchema = z
  .object({
    number: z.number().int(),
    section: headingRefSchema.nullable(),
    subsection: headingRefSchema.nullable(),
    path: z.array(pathEntrySchema).optional().describe("Every enclosing numbered heading, outermost first"),
    text: z.string(),
    leadOfficials: z.array(z.string()),
    leadUnits: z.array(unitSchema),
    responsibleUnits: z.array(unitSchema),
    cooperatingUnits: z.array(unitSchema).optional().describe("Units of 配合单位 / 参与单位 lines"),
    deadline: deadlineSchema.optional().describe("A 完成时限： line"),
    position: positionSchema,
    spans: spansField,
  })
  .meta({ id: "Task" });

export const divisionSchema = z
  .object({ number: z.number().int(), title: z.string(), position: positionSchema, spans: spansField })
  .meta({ id: "Division", description: "A chapter (第X章) or section (第X节)" });

export const articleItemSchema = z
  .object({
    number: z.number().int(),
    text: z.string(),
    get items() {
      return z.array(articleItemSchema).optional();
    },
    position: positionSchema,
    spans: spansField,
  })
  .meta({ id: "ArticleItem", description: "An item (（一）) of a paragraph, with its sub-items (（1）)" });

export const articleParagraphSchema = z
  .object({ text: z.string(), items: z.array(articleItemSchema), position: positionSchema, spans: spansField })
  .meta({ id: "ArticleParagraph", description: "A paragraph (款)" });

export const articleSchema = z
  .object({
    number: z.number().int(),
    sub: z.number().int().optional().describe("之N of 第X条之N"),
    chapter: headingRefSchema.optional(),
    section: headingRefSchema.optional(),
    text: z.string(),
    paragraphs: z.array(articleParagraphSchema),
    position: positionSchema,
    spans: spansField,
  })
  .meta({ id: "Article" });

export const tableRecordSchema = z
  .object({
    row: z.number().int().min(0).describe("Index into the table's rows"),
    values: z.record(z.string(), z.string()).describe("Each column's name (see columns) and the row's text in it"),
    group: z.string().optional().describe("The text of the last group row above this one (一、约束性指标)"),
    position: positionSchema,
  })
  .meta({ id: "TableRecord", description: "A data row read as header → value" });

export const tableSchema = z
  .object({
    columns: z.array(z.string()).describe("A name per column: its header path joined with / (供水能力/日均), unique"),
    rows: z.array(z.array(z.string())).describe("The data rows, header rows excluded; a merged cell's text fills every slot it covers"),
    rowPositions: z.array(positionSchema),
    columnPaths: z.array(z.array(z.string())).optional().describe("Each column's header from the top row down ([\"供水能力\", \"日均\"])"),
    headerRows: z.number().int().min(0).optional().describe("How many source rows the header took, caption rows included"),
    caption: z.string().optional().describe("Rows above the header that span the whole table (表1 主要指标)"),
    cells: z
      .array(z.array(positionSchema.nullable()))
      .optional()
      .describe("Where each cell of rows is (a merged cell: where it is printed); null where no cell fills the slot"),
    groupRows: z.array(z.number().int().min(0)).optional().describe("Indexes into rows of rows that are one cell spanning the table: a group heading for the rows below"),
    records: z.array(tableRecordSchema).optional().describe("Every data row except group rows, as header → value"),
    position: positionSchema,
    spans: spansField,
  })
  .meta({ id: "Table" });

export const hoursSchema = z
  .object({
    raw: z.string(),
    days: z.string().optional(),
    intervals: z.array(z.object({ from: z.string().regex(/^\d{2}:\d{2}$/), to: z.string().regex(/^\d{2}:\d{2}$/) })),
    note: z.string().optional(),
  })
  .meta({ id: "Hours" });

export const outletSchema = z
  .object({
    seq: z.number().int().nullable(),
    name: z.string(),
    address: z.string(),
    hours: hoursSchema,
    services: z.array(z.string()),
    position: positionSchema,
  })
  .meta({ id: "Outlet" });

export const statedCountsSchema = z
  .object({
    sections: z.number().int().optional(),
    subsections: z.number().int().optional(),
    tasks: z.number().int().optional(),
    measures: z.number().int().optional(),
    articles: z.number().int().optional(),
    source: z.string().describe("The words that state the counts"),
    position: positionSchema,
  })
  .meta({ id: "StatedCounts" });

export const docNumberSchema = z
  .object({ text: z.string(), issuer: z.string(), year: z.number().int(), seq: z.number().int() })
  .meta({ id: "DocNumber", description: "文号, e.g. 洛政〔2025〕7号" });

export const decreeNumberSchema = z
  .object({
    text: z.string().describe("As printed, layout blanks squeezed: 中华人民共和国国务院令第706号"),
    authority: z.string(),
    number: z.number().int(),
  })
  .meta({ id: "DecreeNumber", description: "The number of the decree a document is, or that promulgated it (国务院令第707号)" });

export const signatorySchema = z.object({ title: z.string(), name: z.string() }).meta({ id: "Signatory" });

export const decreeSchema = z
  .object({
    authority: z.string().nullable(),
    number: z.number().int().nullable(),
    adoptedOn: isoDate.nullable(),
    meeting: z.string().nullable(),
    effectiveFrom: isoDate.nullable(),
    signatory: signatorySchema.nullable(),
    signedOn: isoDate.nullable(),
  })
  .meta({ id: "Decree" });

export const reportSchema = z
  .object({ date: isoDate.nullable(), occasion: z.string().nullable(), speaker: signatorySchema.nullable() })
  .meta({ id: "Report" });

export const publicationSchema = z
  .object({
    value: z.enum(["public", "proactive", "on-request", "not-public"]).describe("public: 此件公开发布; proactive: 此件主动公开; on-request: 此件依申请公开; not-public: 此件不公开"),
    text: z.string().describe("The note as printed"),
    position: positionSchema,
  })
  .meta({ id: "Publication", description: "The note under a document's date about its publication (（此件公开发布）)" });

export const attachmentListEntrySchema = z
  .object({
    number: z.number().int().nullable().describe("The number printed before the title, or null for a single unnumbered attachment"),
    title: z.string(),
    attachment: z.number().int().min(0).nullable().describe("Index into attachments, or null when the attachment's text is absent"),
    position: positionSchema,
  })
  .meta({ id: "AttachmentListEntry", description: "One title of an attachment list (附件：1. …  2. …)" });

export const inReplyToSchema = z
  .object({
    title: z.string().nullable().describe("The request's title, without 《》"),
    docNumber: docNumberSchema.nullable(),
    position: positionSchema,
    spans: spansField,
  })
  .meta({ id: "InReplyTo", description: "The request a reply answers (你省《关于…的请示》（…号）收悉)" });

export const metadataEntrySchema = z.object({ label: z.string(), value: z.string(), position: positionSchema }).meta({ id: "MetadataEntry" });

export const documentKindSchema = z
  .enum(["report", "decree", "notice", "decision", "opinion", "law", "judicial-interpretation", "regulation", "plan", "announcement", "circular", "reply", "letter", "minutes", "guide", "measures", "other"])
  .meta({ id: "DocumentKind" });

export const historyEntrySchema = z
  .object({
    action: z.enum(["adopted", "approved", "promulgated", "amended", "revised", "corrected"]),
    date: isoDate.nullable().describe("null when the printed date does not exist"),
    body: z.string().nullable().describe("Who acted: 第十三届全国人民代表大会常务委员会, 国务院"),
    meeting: z.string().nullable().describe("第三十六次会议, 第12次常务会议"),
    instrument: z.string().nullable().describe("The instrument named: 关于修改〈中华人民共和国商标法〉的决定, 中华人民共和国国务院令第382号"),
    ordinal: z.number().int().nullable().describe("N of 第N次修正 / 第N次修订"),
    text: z.string().describe("The clause as printed"),
    position: positionSchema,
  })
  .meta({ id: "HistoryEntry", description: "One event of a law's history, from its headnote" });

export const adoptionSchema = z
  .object({ date: isoDate.nullable(), body: z.string().nullable(), meeting: z.string().nullable(), position: positionSchema })
  .meta({ id: "Adoption", description: "The first adopted entry of the history" });

export const effectiveFromSchema = z
  .object({
    date: isoDate,
    source: z.enum(["decree", "headnote", "article"]).describe("What says it: the decree's preamble, the headnote, or an article (本法自…起施行)"),
    position: positionSchema,
  })
  .meta({ id: "EffectiveFrom" });

export const tocEntrySchema = z
  .object({
    level: z.enum(["part", "chapter", "section"]),
    number: z.number().int().nullable().describe("null for an unnumbered 附则"),
    title: z.string(),
    page: z.number().int().nullable(),
    position: positionSchema,
  })
  .meta({ id: "TocEntry", description: "A line of a printed table of contents (目录)" });

export const documentSchema = z
  .object({
    title: z.string(),
    kind: documentKindSchema,
    category: z.string().optional(),
    contentsEntry: z.number().int().min(0).optional().describe("Index into contents"),
    docNumber: docNumberSchema.optional(),
    decreeNumber: decreeNumberSchema.optional(),
    date: isoDate.optional(),
    issuer: z.string().optional(),
    recipients: z.array(z.string()).optional(),
    decree: decreeSchema.optional(),
    report: reportSchema.optional(),
    adoption: adoptionSchema.optional(),
    history: z.array(historyEntrySchema).optional().describe("The events a law's headnote records, in order"),
    effectiveFrom: effectiveFromSchema.optional(),
    toc: z.array(tocEntrySchema).optional().describe("A printed table of contents (目录); never read as chapters"),
    get attachments() {
      return z.array(documentSchema).optional();
    },
    outline: z.array(outlineNodeSchema),
    position: positionSchema,
    measures: z.array(measureSchema).optional(),
    tasks: z.array(taskSchema).optional(),
    chapters: z.array(divisionSchema).optional(),
    sections: z.array(divisionSchema).optional().describe("Sections of a regulation (第X节)"),
    articles: z.array(articleSchema).optional(),
    tables: z.array(tableSchema).optional(),
    outlets: z.array(outletSchema).optional(),
    statedCounts: statedCountsSchema.optional(),
    issuers: z.array(z.string()).optional().describe("Each organ of a joint document (联合发文), in order; issuer is the first"),
    publication: publicationSchema.optional(),
    attachmentList: z.array(attachmentListEntrySchema).optional().describe("The attachment list (附件说明), each entry linked to its attachment"),
    inReplyTo: inReplyToSchema.optional(),
    cc: z.array(unitSchema).optional().describe("版记: the units the document is copied to (抄送)"),
    printedBy: z.string().optional().describe("版记: the office that printed the document (…办公室  2025年4月8日印发)"),
    printedOn: isoDate.optional().describe("版记: the printing date"),
    metadata: z
      .array(metadataEntrySchema)
      .optional()
      .describe("Label/value pairs a web page carries about the document (索引号, 发文机关, 成文日期 …)"),
  })
  .meta({
    id: "Document",
    // What the type GazetteDocument says, for JSON Schema: a document of kind decree carries decree.
    if: { properties: { kind: { const: "decree" } }, required: ["kind"] },
    then: { required: ["decree"] },
  });

export const mastheadLineSchema = z
  .object({
    role: z.enum(["title", "number", "serial", "date", "heading", "category", "title-en", "number-en", "publisher-en"]),
    text: z.string(),
    position: positionSchema,
  })
  .meta({ id: "MastheadLine" });

export const boardEntrySchema = z.object({ role: z.string(), names: z.array(z.string()), raw: z.string(), position: positionSchema }).meta({ id: "BoardEntry" });

export const colophonEntrySchema = z
  .object({ label: z.string().nullable(), value: z.string(), raw: z.string(), position: positionSchema })
  .meta({ id: "ColophonEntry" });

export const issueSchema = z
  .object({
    title: z.string(),
    year: z.number().int().nullable(),
    number: z.number().int().nullable(),
    serial: z.number().int().nullable(),
    date: isoDate.nullable(),
    titleEn: z.string().optional(),
    masthead: z.array(mastheadLineSchema),
    editorialBoard: z.array(boardEntrySchema),
    colophon: z.array(colophonEntrySchema),
    position: positionSchema,
  })
  .meta({ id: "Issue" });

export const contentsEntrySchema = z
  .object({
    category: z.string().nullable(),
    title: z.string(),
    titleEn: z.string().optional(),
    page: z.number().int(),
    document: z.number().int().min(0).nullable().describe("Index into documents"),
    raw: z.string(),
    rawEn: z.string().optional(),
    position: positionSchema,
    positionEn: positionSchema.optional(),
  })
  .meta({ id: "ContentsEntry" });

export const furnitureSchema = z
  .object({ kind: z.enum(["running-header", "page-number", "slogan", "rule"]), text: z.string(), position: positionSchema })
  .meta({ id: "Furniture" });

export const unclassifiedSchema = z.object({ text: z.string(), position: positionSchema }).meta({ id: "Unclassified" });

export const sourceSchema = z
  .object({
    name: z.string().optional(),
    encoding: z
      .enum(["utf-8", "utf-16le", "utf-16be", "gb18030", "string", "pdf", "undecoded"])
      .describe("How the bytes were decoded; `pdf` when the text was read from a PDF's text layer; `undecoded` when the input was not read as text (over the size limit, or a binary file)"),
    format: z.enum(["text", "html", "markdown", "pdf"]),
    pages: z.number().int().min(0).optional().describe("Pages in a PDF input"),
    length: z.number().int().min(0).describe("Length of the decoded text in UTF-16 code units (0 when undecoded)"),
    bytes: z.number().int().min(0).describe("Size of the input in bytes (UTF-8 bytes for a string input)"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the input bytes (UTF-8 bytes for a string input)"),
  })
  .meta({ id: "Source" });

export const resultSchema = z
  .object({
    schemaVersion: schemaVersionSchema,
    source: sourceSchema,
    issue: issueSchema.nullable(),
    contents: z.array(contentsEntrySchema),
    documents: z.array(documentSchema),
    furniture: z.array(furnitureSchema),
    unclassified: z.array(unclassifiedSchema),
    diagnostics: z.array(diagnosticSchema),
  })
  .meta({ id: "GongbaoResult", title: "gongbao parse result" });

/*
 * The public types: each is the output type of the schema above it (the one
 * source of both the types and the JSON Schema). Absent values follow one
 * rule: a field the text may simply not have is optional (absent from the
 * JSON, never null); a field of a fixed record that the text did not give is
 * null (Decree, Issue, HistoryEntry: their keys are always present).
 */

/** A place in the decoded text: 1-based line and column, 0-based offset, all in UTF-16 code units. */
export type Point = z.output<typeof pointSchema>;
/** A span of the decoded text, `end` exclusive: on every object gongbao emits. */
export type Position = z.output<typeof positionSchema>;
/** One source piece of a text re-joined across a page break or a broken line (an element of `spans`). */
export type Span = Position;
/** `error`, `warning` or `info`. */
export type Severity = z.output<typeof severitySchema>;
/** A problem found in the input, with its code, severity and position (see the README's list of codes). */
export type Diagnostic = z.output<typeof diagnosticSchema>;
/** A numbering marker as read: `（三）` is `{ kind: "han-paren", value: 3, raw: "（三）" }`. */
export type Marker = z.output<typeof markerSchema>;
/** The kind of a numbering marker: `han-enum` (一、), `han-paren` (（一）), `arabic-enum` (1.), `circled` (①) … (see the README). */
export type MarkerKind = Marker["kind"];
/** What a line of the outline is: title, heading, paragraph, signature, date … (see the README). */
export type NodeRole = z.output<typeof nodeRoleSchema>;
/** A line (or a re-joined paragraph) of a document, with the lines it heads as children. */
export type OutlineNode = z.output<typeof outlineNodeSchema>;
/** A named unit (department, government) as printed and normalized. */
export type Unit = z.output<typeof unitSchema>;
/** When work is due: `2025年6月底前`, or ongoing. */
export type Deadline = z.output<typeof deadlineSchema>;
/** An enclosing numbered heading of a measure or task. */
export type PathEntry = z.output<typeof pathEntrySchema>;
/** A heading's number and title (`{ number: 2, title: "强化要素保障" }`). */
export type HeadingRef = z.output<typeof headingRefSchema>;
/** A responsibility note of a measure (`（责任单位：市发展改革委、市财政局）`). */
export type MeasureNote = z.output<typeof measureNoteSchema>;
/** A numbered measure (措施) of a policy document, with its responsible units. */
export type Measure = z.output<typeof measureSchema>;
/** A numbered task (任务) of a work plan, with lead officials and units. */
export type Task = z.output<typeof taskSchema>;
/** A chapter (第X章) or section (第X节) of a regulation. */
export type Division = z.output<typeof divisionSchema>;
/** An item (（一）) of an article's paragraph, with its sub-items. */
export type ArticleItem = z.output<typeof articleItemSchema>;
/** A paragraph (款) of an article. */
export type ArticleParagraph = z.output<typeof articleParagraphSchema>;
/** An article (第X条) of a law or regulation. */
export type Article = z.output<typeof articleSchema>;
/** A data row of a table read as column name → value. */
export type TableRecord = z.output<typeof tableRecordSchema>;
/** A table: columns, rows, positions of rows and cells, records. */
export type Table = z.output<typeof tableSchema>;
/** Opening hours of an outlet, as printed and as intervals. */
export type Hours = z.output<typeof hoursSchema>;
/** A service outlet (the bus-card outlet table): name, address, hours, services. */
export type Outlet = z.output<typeof outletSchema>;
/** Counts a document states of itself (`共…147个具体任务`). */
export type StatedCounts = z.output<typeof statedCountsSchema>;
/** A document number (文号): `洛政〔2025〕7号`. */
export type DocNumber = z.output<typeof docNumberSchema>;
/** The number of a decree (`国务院令第707号`). */
export type DecreeNumber = z.output<typeof decreeNumberSchema>;
/** A title and name: who signed or spoke. */
export type Signatory = z.output<typeof signatorySchema>;
/** What a decree's heading block says: authority, number, adoption, signature, effective date. */
export type Decree = z.output<typeof decreeSchema>;
/** A report's date, occasion and speaker (政府工作报告). */
export type Report = z.output<typeof reportSchema>;
/** The note about publication under a document's date (`（此件公开发布）`). */
export type Publication = z.output<typeof publicationSchema>;
/** One title of an attachment list, linked to its attachment. */
export type AttachmentListEntry = z.output<typeof attachmentListEntrySchema>;
/** The request a reply answers. */
export type InReplyTo = z.output<typeof inReplyToSchema>;
/** What a document is: notice, decree, law, regulation, reply … */
export type DocumentKind = z.output<typeof documentKindSchema>;
/** One event of a law's history (adopted, amended, revised …). */
export type HistoryEntry = z.output<typeof historyEntrySchema>;
/** The first adoption of a law, from its headnote. */
export type Adoption = z.output<typeof adoptionSchema>;
/** When a document takes effect, and what says so. */
export type EffectiveFrom = z.output<typeof effectiveFromSchema>;
/** A line of a printed table of contents (目录). */
export type TocEntry = z.output<typeof tocEntrySchema>;
/** A label/value pair a web page carries about a document (索引号, 发文机关 …). */
export type MetadataEntry = z.output<typeof metadataEntrySchema>;

/** The fields of a document as the schema states them; see `GazetteDocument`. */
export type DocumentFields = z.output<typeof documentSchema>;

/**
 * A document of the input: its head (title, kind, numbers, dates), its
 * outline, and what the extractors found (measures, tasks, articles, tables,
 * outlets), with its attachments as documents of their own.
 * A discriminated union on `kind` for the one field tied to a kind: a
 * `decree` always carries `decree` (`if (doc.kind === "decree") doc.decree.number`);
 * other kinds may carry it too (a regulation promulgated by a decree).
 * Other fields depend on what the text prints, not on the kind, so they stay optional.
 */
export type GazetteDocument = Omit<DocumentFields, "kind" | "decree" | "attachments"> & {
  /** Attachments (附件), each a document of its own. */
  attachments?: GazetteDocument[] | undefined;
} & ({ kind: "decree"; decree: Decree } | { kind: Exclude<DocumentKind, "decree">; decree?: Decree | undefined });

/** A line of an issue's masthead (title, number, date …). */
export type MastheadLine = z.output<typeof mastheadLineSchema>;
/** A line of an issue's editorial board. */
export type BoardEntry = z.output<typeof boardEntrySchema>;
/** A line of an issue's colophon (主办, 地址 …). */
export type ColophonEntry = z.output<typeof colophonEntrySchema>;
/** A gazette issue: title, year, number, serial, date, masthead, editorial board, colophon. */
export type Issue = z.output<typeof issueSchema>;
/** An entry of an issue's contents (目录), linked to its document. */
export type ContentsEntry = z.output<typeof contentsEntrySchema>;
/** A running header, page number or rule line: not content. */
export type Furniture = z.output<typeof furnitureSchema>;
/** A line no rule placed: kept, never lost. */
export type Unclassified = z.output<typeof unclassifiedSchema>;
/** What was read: name, encoding, format, length, bytes, SHA-256. */
export type Source = z.output<typeof sourceSchema>;

/** The result of `parse`: the issue, its contents, documents, furniture, unclassified lines and diagnostics. */
export type GongbaoResult = Omit<z.output<typeof resultSchema>, "documents"> & { documents: GazetteDocument[] };
