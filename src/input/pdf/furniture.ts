import { PAGE_NUMBER } from "../../normalize/furniture.js";
import { fold } from "../../util/chars.js";
import type { PdfLine, PdfPage } from "./types.js";

/** The top and bottom bands of a page, as a share of its height, where running headers, footers and page numbers sit. */
export const BAND = 0.1;

/** A running header or page number stands apart from the text: more than this many of its font sizes from the nearest line of the body. */
const APART = 2.2;

/** A page number alone: `12`, `— 12 —`, `·12·`, `第12页`, `12/40`. */
const BARE_PAGE_NUMBER = /^[0-9]{1,4}$/;

export type PdfFurnitureKind = "running-header" | "page-number";

/** Whether a line lies in its page's top band (1), bottom band (-1) or the body (0). */
function inBand(line: PdfLine, page: PdfPage): -1 | 0 | 1 {
  if (line.y > page.height * (1 - BAND)) return 1;
  if (line.y < page.height * BAND) return -1;
  return 0;
}

/** The highest and lowest baselines of a page's lines outside the bands. */
function bodyExtent(page: PdfPage): { top: number; bottom: number } {
  let top = Number.NEGATIVE_INFINITY;
  let bottom = Number.POSITIVE_INFINITY;
  for (const line of page.lines) {
    if (inBand(line, page) !== 0) continue;
    top = Math.max(top, line.y);
    bottom = Math.min(bottom, line.y);
  }
  return { top, bottom };
}

/**
 * The band a line may be furniture in: its page's top (1) or bottom (-1)
 * band, and set apart from the body (a line of text that runs into a band,
 * at the leading of the text below or above it, is text); else 0.
 */
function bandOf(line: PdfLine, page: PdfPage, body: { top: number; bottom: number }): -1 | 0 | 1 {
  const band = inBand(line, page);
  if (band === 1 && line.y - body.top > APART * line.size) return 1;
  if (band === -1 && body.bottom - line.y > APART * line.size) return -1;
  return 0;
}

/** What a band line says with its numbers taken out: the same header on every page, whatever its page number. */
function repeatKey(line: PdfLine, band: -1 | 1): string {
  return `${band}:${fold(line.text).replace(/[0-9]+/g, "#").replace(/\s+/g, "")}`;
}

/**
 * Running headers, footers and page numbers, found by geometry: a line in the
 * top or bottom band of its page, set apart from the body, that is a page
 * number, or whose text (numbers aside) is printed in the same band on at
 * least two pages. A line in a band that is neither (a title set high on a
 * first page), or that runs on from the body at its leading (a 牵头单位 line
 * that tops two pages), stays text.
 */
export function findFurniture(pages: readonly PdfPage[]): Map<PdfLine, PdfFurnitureKind> {
  const counts = new Map<string, number>();
  const bodies = new Map(pages.map((page) => [page, bodyExtent(page)]));
  for (const page of pages) {
    const seen = new Set<string>();
    const body = bodies.get(page) as { top: number; bottom: number };
    for (const line of page.lines) {
      const band = bandOf(line, page, body);
      if (band === 0) continue;
      const key = repeatKey(line, band);
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const furniture = new Map<PdfLine, PdfFurnitureKind>();
  for (const page of pages) {
    const body = bodies.get(page) as { top: number; bottom: number };
    for (const line of page.lines) {
      const band = bandOf(line, page, body);
      if (band === 0) continue;
      const folded = fold(line.text).trim();
      if (BARE_PAGE_NUMBER.test(folded) || PAGE_NUMBER.test(folded)) furniture.set(line, "page-number");
      else if ((counts.get(repeatKey(line, band)) ?? 0) >= 2) furniture.set(line, "running-header");
    }
  }
  return furniture;
}
