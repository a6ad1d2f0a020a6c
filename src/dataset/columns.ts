import type { Entity } from "./rows.js";

/**
 * Column types of each dataset file, for the Frictionless descriptor. `from`
 * names the schema property a column is read from (`Definition.path`), so the
 * descriptor's type is derived from the published JSON Schema; columns
 * without `from` are made by the dataset (ids, counts).
 */
export interface Column {
  name: string;
  from?: string;
  type?: "string" | "integer" | "array";
  description?: string;
}

const id: Column = { name: "id", type: "string", description: "Stable id: file#docN/kindK" };
const file: Column = { name: "file", type: "string", description: "Source file, relative to the input folder" };
const documentId: Column = { name: "document_id", type: "string", description: "Id of the document (in documents)" };
const line: Column = { name: "line", type: "integer", description: "1-based line of the object in its source file" };

export const COLUMNS: Record<Entity, Column[]> = {
  issues: [id, file, { name: "title", from: "Issue.title" }, { name: "year", from: "Issue.year" }, { name: "number", from: "Issue.number" }, { name: "serial", from: "Issue.serial" }, { name: "date", from: "Issue.date" }, { name: "documents", type: "integer" }],
  contents: [id, { name: "issue_id", type: "string" }, file, { name: "index", type: "integer" }, { name: "category", from: "ContentsEntry.category" }, { name: "title", from: "ContentsEntry.title" }, { name: "title_en", from: "ContentsEntry.titleEn" }, { name: "page", from: "ContentsEntry.page" }, { name: "document_id", type: "string" }],
  documents: [
    id,
    file,
    { name: "parent_id", type: "string", description: "The document an attachment belongs to" },
    { name: "index", type: "integer" },
    { name: "title", from: "Document.title" },
    { name: "kind", from: "Document.kind" },
    { name: "category", from: "Document.category" },
    { name: "doc_number", from: "DocNumber.text" },
    { name: "doc_number_issuer", from: "DocNumber.issuer" },
    { name: "doc_number_year", from: "DocNumber.year" },
    { name: "doc_number_seq", from: "DocNumber.seq" },
    { name: "date", from: "Document.date" },
    { name: "issuer", from: "Document.issuer" },
    { name: "recipients", from: "Document.recipients" },
    line,
    { name: "measures", type: "integer" },
    { name: "tasks", type: "integer" },
    { name: "articles", type: "integer" },
    { name: "attachments", type: "integer" },
    { name: "issuers", from: "Document.issuers" },
    { name: "publication", from: "Publication.value" },
    { name: "adopted_on", from: "Adoption.date" },
    { name: "effective_from", from: "EffectiveFrom.date" },
    { name: "history", type: "integer", description: "Events of the headnote's history (adopted, amended, revised …)" },
    { name: "in_reply_to", from: "InReplyTo.title" },
    { name: "in_reply_to_doc_number", from: "DocNumber.text" },
    { name: "cc", type: "array", description: "版记: the units copied to (抄送), normalized names" },
    { name: "printed_by", from: "Document.printedBy" },
    { name: "printed_on", from: "Document.printedOn" },
  ],
  measures: [id, documentId, file, { name: "number", from: "Measure.number" }, { name: "section_number", from: "HeadingRef.number" }, { name: "section_title", from: "HeadingRef.title" }, { name: "text", from: "Measure.text" }, { name: "responsible_units", from: "Measure.responsibleUnits" }, { name: "responsible_units_raw", from: "Measure.responsibleUnits" }, { name: "lead_units", from: "Measure.leadUnits" }, line, { name: "cooperating_units", from: "Measure.cooperatingUnits" }, { name: "deadline", from: "Deadline.date" }, { name: "deadline_raw", from: "Deadline.raw" }],
  tasks: [
    id,
    documentId,
    file,
    { name: "number", from: "Task.number" },
    { name: "section_number", from: "HeadingRef.number" },
    { name: "section_title", from: "HeadingRef.title" },
    { name: "subsection_number", from: "HeadingRef.number" },
    { name: "subsection_title", from: "HeadingRef.title" },
    { name: "text", from: "Task.text" },
    { name: "lead_officials", from: "Task.leadOfficials" },
    { name: "lead_units", from: "Task.leadUnits" },
    { name: "lead_units_raw", from: "Task.leadUnits" },
    { name: "responsible_units", from: "Task.responsibleUnits" },
    { name: "responsible_units_raw", from: "Task.responsibleUnits" },
    line,
    { name: "cooperating_units", from: "Task.cooperatingUnits" },
    { name: "deadline", from: "Deadline.date" },
    { name: "deadline_raw", from: "Deadline.raw" },
  ],
  articles: [id, documentId, file, { name: "number", from: "Article.number" }, { name: "sub", from: "Article.sub" }, { name: "chapter_number", from: "HeadingRef.number" }, { name: "chapter_title", from: "HeadingRef.title" }, { name: "section_number", from: "HeadingRef.number" }, { name: "section_title", from: "HeadingRef.title" }, { name: "text", from: "Article.text" }, { name: "paragraphs", type: "integer" }, { name: "items", type: "integer" }, line],
  outlets: [id, documentId, file, { name: "seq", from: "Outlet.seq" }, { name: "name", from: "Outlet.name" }, { name: "address", from: "Outlet.address" }, { name: "hours_raw", from: "Hours.raw" }, { name: "hours_days", from: "Hours.days" }, { name: "hours_intervals", type: "array", description: "HH:MM-HH:MM" }, { name: "hours_note", from: "Hours.note" }, { name: "services", from: "Outlet.services" }, line],
  tables: [id, documentId, file, { name: "columns", from: "Table.columns" }, { name: "row_count", type: "integer" }, { name: "rows_json", type: "string", description: "The rows, as a JSON array of arrays of cells" }, line],
  diagnostics: [id, file, documentId, { name: "code", from: "Diagnostic.code" }, { name: "severity", from: "Diagnostic.severity" }, { name: "message", from: "Diagnostic.message" }, line, { name: "column", type: "integer" }],
};
