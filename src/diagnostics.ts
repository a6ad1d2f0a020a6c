import type { Position } from "./util/position.js";

/**
 * Every diagnostic code, with its default severity and what it means.
 * - error: the result is unusable or wrong at this spot;
 * - warning: the input should change, or the parser had to guess;
 * - info: a repair or an observation, nothing to fix.
 */
export const DIAGNOSTIC_CODES = {
  "input-too-large": { severity: "error", description: "The input is larger than the size limit (maxInputBytes, 64 MiB by default); it was not parsed." },
  "result-too-large": { severity: "error", description: "The input has more non-blank lines than the limit (maxLines, 300,000 by default): its result would not fit the memory budget; it was not parsed." },
  "binary-input": { severity: "error", description: "The input is a binary file (a PDF, an office document, an image, an archive), recognized by its signature or its control bytes; it was not parsed." },
  "pdf-unreadable": { severity: "error", description: "A PDF (or one of its pages) could not be read: damaged, encrypted, or not a PDF. A page that fails alone is skipped and the others are read." },
  "pdf-no-text": { severity: "warning", description: "Pages of a PDF have no text layer, only images (a scan); their page numbers are listed. gongbao does no OCR." },
  "pdf-unmapped-text": { severity: "warning", description: "Glyphs of a PDF whose font gives no Unicode mapping; they read as U+FFFD, and `actual` is their share of the characters." },
  "empty-input": { severity: "error", description: "The input has no non-blank characters." },
  "invalid-bytes": { severity: "warning", description: "Bytes that do not decode in the chosen encoding; replaced with U+FFFD." },
  "html-too-deep": { severity: "warning", description: "HTML elements nested deeper than 512 levels; their tags were ignored and their text read as part of their ancestor at that depth." },
  "markdown-read-as-text": { severity: "warning", description: "A Markdown block nested too deep (more than 32 levels) or too busy (more than 256 emphasis delimiters or brackets) to parse in linear time; its lines were read as plain text." },
  "charset-mismatch": { severity: "warning", description: "The charset a page declares is contradicted by its bytes; the bytes were decoded as what they are." },
  "html-no-article-body": { severity: "warning", description: "No known article container in an HTML page; the text was read from the element densest in Chinese text (or the whole page)." },
  "numbering-typo": { severity: "warning", description: "A numbering marker with a printing error, read as the number it means (第十一一条 → 11)." },
  "repeated-character": { severity: "info", description: "A character printed on both sides of a page break (百分 / 分点) was read once." },
  "joined-lines": { severity: "info", description: "A paragraph or heading broken at a page end was re-joined." },
  "page-furniture": { severity: "info", description: "A running page header or page number was taken out of the text flow." },
  "contents-entry-not-found": { severity: "error", description: "A contents entry names a document that was not found in the body." },
  "contents-english-mismatch": { severity: "warning", description: "The English contents do not line up with the Chinese contents." },
  "names-run-together": { severity: "info", description: "Two names printed without a space between them were split." },
  "invalid-date": { severity: "error", description: "A date that does not exist (2025年2月30日)." },
  "fragment-reattached": { severity: "info", description: "A fragment printed before an article, ending the sentence the article breaks off, was re-attached to it." },
  "split-article": { severity: "info", description: "An article glued to the end of the line before it (…决定。第十六条…) was split off as an article of its own." },
  "unclassified-text": { severity: "warning", description: "Text that no stage could place; kept in `unclassified`." },
  "numbering-gap": { severity: "error", description: "A number is skipped in a numbered sequence (tasks, measures, articles, items…)." },
  "numbering-duplicate": { severity: "error", description: "A number appears twice in a row in a numbered sequence." },
  "numbering-out-of-order": { severity: "error", description: "A number is lower than the one before it in a numbered sequence." },
  "stated-count-mismatch": { severity: "error", description: "A document states a count (共细化为9个方面39项147个具体任务, 三十三条) that the extraction does not match." },
  "document-not-in-contents": { severity: "warning", description: "A document in the body is not listed in the contents." },
  "contents-page-order": { severity: "error", description: "Contents page numbers do not increase." },
  "task-missing-lead-unit": { severity: "error", description: "A task has no 牵头单位." },
  "task-missing-responsible-units": { severity: "info", description: "A task has no 责任单位." },
  "unit-empty": { severity: "error", description: "An empty unit in a unit list (two separators in a row)." },
  "unit-list-unsplit": { severity: "warning", description: "A unit that looks like several units that did not split (no separator between them)." },
  "doc-number-malformed": { severity: "error", description: "A 文号 that does not read as issuer〔year〕number号." },
  "unreadable-file": { severity: "error", description: "A file of a dataset run could not be read; it was skipped." },
  "parse-failed": { severity: "error", description: "The parser stopped on a file of a dataset run (it ran out of memory, say); the file was skipped." },
  "no-documents": { severity: "warning", description: "A file of a dataset run holds no document; it was skipped." },
  "toc-mismatch": { severity: "warning", description: "A law's printed table of contents (目录) does not match the body's 编/章/节: an entry the body lacks, a heading the 目录 lacks, or a heading titled differently." },
  "attachment-missing": { severity: "warning", description: "An attachment list names an attachment whose text is not in the document (common on web pages)." },
  "document-without-date": { severity: "warning", description: "A notice, reply or letter (or decision, opinion, announcement) printed with a 文号 or a signature has no date (成文日期) in its header, signature or metadata." },
  "note-not-read": { severity: "warning", description: "A numbered item carries a responsibility note (责任单位：…, …负责) that no extractor read: it is neither a measure nor a task." },
  "table-row-width": { severity: "error", description: "A table row has more or fewer cells than the header." },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type Severity = "error" | "warning" | "info";
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  position?: Position;
  /** Index into `documents` of the document the diagnostic is about. */
  document?: number;
  actual?: string;
  expected?: string;
}

/** Collects diagnostics; stages report here and never throw on content. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  /** Document index stamped on diagnostics reported while set. */
  document: number | undefined = undefined;

  report(
    code: DiagnosticCode,
    message: string,
    position?: Position,
    extra: { actual?: string; expected?: string; document?: number } = {},
  ): void {
    const diagnostic: Diagnostic = { code, severity: DIAGNOSTIC_CODES[code].severity, message };
    if (position !== undefined) diagnostic.position = position;
    const document = extra.document ?? this.document;
    if (document !== undefined) diagnostic.document = document;
    if (extra.actual !== undefined) diagnostic.actual = extra.actual;
    if (extra.expected !== undefined) diagnostic.expected = extra.expected;
    this.list.push(diagnostic);
  }
}
