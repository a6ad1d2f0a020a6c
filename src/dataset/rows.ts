import type { GazetteDocument, GongbaoResult } from "../schema/result.js";

/** A row of a dataset file: column name → value (lists stay arrays; CSV joins them). */
export type Row = Record<string, string | number | boolean | null | string[]>;

export const ENTITIES = ["issues", "contents", "documents", "measures", "tasks", "articles", "outlets", "tables", "diagnostics"] as const;
export type Entity = (typeof ENTITIES)[number];
export type Rows = Record<Entity, Row[]>;

export function emptyRows(): Rows {
  return { issues: [], contents: [], documents: [], measures: [], tasks: [], articles: [], outlets: [], tables: [], diagnostics: [] };
}

/**
 * The rows of one parsed file, with stable ids that link each row to its
 * document and source file: `luoyang-gazette-2025-02#doc4/task147`. Ids use
 * the order of objects in the file, so they do not change between runs.
 */
export function rowsOf(result: GongbaoResult, fileId: string, file: string): Rows {
  const rows = emptyRows();
  const issueId = result.issue === null ? null : `${fileId}#issue`;
  if (result.issue !== null) {
    const issue = result.issue;
    rows.issues.push({ id: issueId as string, file, title: issue.title, year: issue.year, number: issue.number, serial: issue.serial, date: issue.date, documents: result.documents.length });
  }
  const visit = (document: GazetteDocument, id: string, parent: string | null, index: number) => {
    rows.documents.push({
      id,
      file,
      parent_id: parent,
      index,
      title: document.title,
      kind: document.kind,
      category: document.category ?? null,
      // A decree has no 文号: its decree number (国务院令第707号) fills the same columns, with no year.
      doc_number: document.docNumber?.text ?? document.decreeNumber?.text ?? null,
      doc_number_issuer: document.docNumber?.issuer ?? document.decreeNumber?.authority ?? null,
      doc_number_year: document.docNumber?.year ?? null,
      doc_number_seq: document.docNumber?.seq ?? document.decreeNumber?.number ?? null,
      date: document.date ?? null,
      issuer: document.issuer ?? null,
      recipients: document.recipients ?? [],
      line: document.position.start.line,
      measures: document.measures?.length ?? 0,
      tasks: document.tasks?.length ?? 0,
      articles: document.articles?.length ?? 0,
      attachments: document.attachments?.length ?? 0,
      issuers: document.issuers ?? (document.issuer === undefined ? [] : [document.issuer]),
      publication: document.publication?.value ?? null,
      adopted_on: document.adoption?.date ?? null,
      effective_from: document.effectiveFrom?.date ?? null,
      history: document.history?.length ?? 0,
      in_reply_to: document.inReplyTo?.title ?? null,
      in_reply_to_doc_number: document.inReplyTo?.docNumber?.text ?? null,
      cc: (document.cc ?? []).map((unit) => unit.name),
      printed_by: document.printedBy ?? null,
      printed_on: document.printedOn ?? null,
    });
    (document.measures ?? []).forEach((measure, at) => {
      rows.measures.push({
        id: `${id}/measure${at + 1}`,
        document_id: id,
        file,
        number: measure.number,
        section_number: measure.section?.number ?? null,
        section_title: measure.section?.title ?? null,
        text: measure.text,
        responsible_units: measure.responsibleUnits.map((unit) => unit.name),
        responsible_units_raw: measure.responsibleUnits.map((unit) => unit.raw),
        lead_units: (measure.leadUnits ?? []).map((unit) => unit.name),
        line: measure.position.start.line,
        cooperating_units: (measure.cooperatingUnits ?? []).map((unit) => unit.name),
        deadline: measure.deadline?.date ?? null,
        deadline_raw: measure.deadline?.raw ?? null,
      });
    });
    (document.tasks ?? []).forEach((task, at) => {
      rows.tasks.push({
        id: `${id}/task${at + 1}`,
        document_id: id,
        file,
        number: task.number,
        section_number: task.section?.number ?? null,
        section_title: task.section?.title ?? null,
        subsection_number: task.subsection?.number ?? null,
        subsection_title: task.subsection?.title ?? null,
        text: task.text,
        lead_officials: task.leadOfficials,
        lead_units: task.leadUnits.map((unit) => unit.name),
        lead_units_raw: task.leadUnits.map((unit) => unit.raw),
        responsible_units: task.responsibleUnits.map((unit) => unit.name),
        responsible_units_raw: task.responsibleUnits.map((unit) => unit.raw),
        line: task.position.start.line,
        cooperating_units: (task.cooperatingUnits ?? []).map((unit) => unit.name),
        deadline: task.deadline?.date ?? null,
        deadline_raw: task.deadline?.raw ?? null,
      });
    });
    (document.articles ?? []).forEach((article, at) => {
      rows.articles.push({
        id: `${id}/article${at + 1}`,
        document_id: id,
        file,
        number: article.number,
        sub: article.sub ?? null,
        chapter_number: article.chapter?.number ?? null,
        chapter_title: article.chapter?.title ?? null,
        section_number: article.section?.number ?? null,
        section_title: article.section?.title ?? null,
        text: article.text,
        paragraphs: article.paragraphs.length,
        items: article.paragraphs.reduce((sum, paragraph) => sum + paragraph.items.length, 0),
        line: article.position.start.line,
      });
    });
    (document.outlets ?? []).forEach((outlet, at) => {
      rows.outlets.push({
        id: `${id}/outlet${at + 1}`,
        document_id: id,
        file,
        seq: outlet.seq,
        name: outlet.name,
        address: outlet.address,
        hours_raw: outlet.hours.raw,
        hours_days: outlet.hours.days ?? null,
        hours_intervals: outlet.hours.intervals.map((interval) => `${interval.from}-${interval.to}`),
        hours_note: outlet.hours.note ?? null,
        services: outlet.services,
        line: outlet.position.start.line,
      });
    });
    (document.tables ?? []).forEach((table, at) => {
      rows.tables.push({
        id: `${id}/table${at + 1}`,
        document_id: id,
        file,
        columns: table.columns,
        row_count: table.rows.length,
        rows_json: JSON.stringify(table.rows),
        line: table.position.start.line,
      });
    });
    (document.attachments ?? []).forEach((attachment, at) => visit(attachment, `${id}/att${at + 1}`, id, at));
  };
  result.documents.forEach((document, index) => visit(document, `${fileId}#doc${index + 1}`, null, index));
  result.contents.forEach((entry, index) => {
    rows.contents.push({
      id: `${fileId}#contents${index + 1}`,
      issue_id: issueId,
      file,
      index,
      category: entry.category,
      title: entry.title,
      title_en: entry.titleEn ?? null,
      page: entry.page,
      document_id: entry.document === null ? null : `${fileId}#doc${entry.document + 1}`,
    });
  });
  result.diagnostics.forEach((diagnostic, index) => {
    rows.diagnostics.push({
      id: `${fileId}#diag${index + 1}`,
      file,
      document_id: diagnostic.document === undefined ? null : `${fileId}#doc${diagnostic.document + 1}`,
      code: diagnostic.code,
      severity: diagnostic.severity,
      message: diagnostic.message,
      line: diagnostic.position?.start.line ?? null,
      column: diagnostic.position?.start.column ?? null,
    });
  });
  return rows;
}

/** The diagnostic row of a file skipped as a whole (unreadable, no document, parser stopped). */
export function fileDiagnosticRow(fileId: string, file: string, code: string, severity: string, message: string): Row {
  return { id: `${fileId}#file`, file, document_id: null, code, severity, message, line: null, column: null };
}
