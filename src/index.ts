/**
 * gongbao: Chinese government gazettes and official documents as typed,
 * validated JSON with source positions.
 */
export { DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_LINES, parse, parseEach, type ParseOptions } from "./parse.js";
export type { InputFormat } from "./input/detect.js";
export { parseFile } from "./parse-file.js";
export { parsePdf } from "./parse-pdf.js";
export { DIAGNOSTIC_CODES, type DiagnosticCode } from "./diagnostics.js";
export { MARKER_KINDS } from "./tokenize/types.js";
export {
  SCHEMA_VERSION,
  resultSchema,
  documentSchema,
  outlineNodeSchema,
  issueSchema,
  contentsEntrySchema,
  diagnosticSchema,
  positionSchema,
  measureSchema,
  taskSchema,
  articleSchema,
  tableSchema,
  outletSchema,
  type Adoption,
  type Article,
  type ArticleItem,
  type ArticleParagraph,
  type AttachmentListEntry,
  type BoardEntry,
  type ColophonEntry,
  type ContentsEntry,
  type Deadline,
  type Decree,
  type DecreeNumber,
  type Diagnostic,
  type Division,
  type DocNumber,
  type DocumentFields,
  type DocumentKind,
  type EffectiveFrom,
  type Furniture,
  type GazetteDocument,
  type GongbaoResult,
  type HeadingRef,
  type HistoryEntry,
  type Hours,
  type InReplyTo,
  type Issue,
  type Marker,
  type MarkerKind,
  type MastheadLine,
  type Measure,
  type MeasureNote,
  type MetadataEntry,
  type NodeRole,
  type OutlineNode,
  type Outlet,
  type PathEntry,
  type Point,
  type Position,
  type Publication,
  type Report,
  type Severity,
  type Signatory,
  type Source,
  type Span,
  type StatedCounts,
  type Table,
  type TableRecord,
  type Task,
  type TocEntry,
  type Unclassified,
  type Unit,
} from "./schema/result.js";
export { checkReportSchema, type CheckReport, type CheckedFileReport, type SeverityCounts } from "./schema/check-report.js";
export { generateCheckReportJsonSchema, generateJsonSchema, type JsonSchemaOptions } from "./schema/json-schema.js";
export { offsetsOf, withOffsets, type OffsetSpan, type OffsetsResult, type WithOffsets } from "./schema/offsets.js";
export { check } from "./check/check.js";
export type { CheckOptions, RuleSetting } from "./check/types.js";
export { readNumeral, type NumeralReading } from "./tokenize/numeral.js";
