// Reads for the document reader (/documents/[id]): one page of a document
// (its paragraphs, figures and checks) with the document's articles. Offsets
// are code points of the document's text, as stored by the ingest; a page is
// read by its own rows, so a 50 MB document costs what one page costs.

import { and, asc, count, eq, gt, gte, lt, sql } from "drizzle-orm";
import { all, get, qb } from "./db";
import { countTrue } from "./dialect";
import type { FigureRow } from "./figures";
import { checks, documents, figures, paragraphs, sections } from "../db/schema";

export interface DocumentMeta {
  id: string;
  fileName: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  dateBasis: string | null;
  url: string | null;
  charCount: number;
  pages: number;
  warnings: string[];
}

export interface DocumentSection {
  id: number;
  ordinal: number;
  start: number;
  end: number;
  heading: string | null;
  author: string | null;
  authorTitle: string | null;
  institution: string;
  province: string | null;
  city: string | null;
  county: string | null;
  /** the reader's page where the article begins */
  page: number;
  /** figures read in the article */
  figures: number;
}

export interface DocumentParagraph {
  ordinal: number;
  start: number;
  end: number;
  text: string;
  repeatOf: number | null;
  /** the reader's page of the paragraph it repeats */
  repeatOfPage: number | null;
}

/** A figure of the reader: the listed row plus where it stands in the text. */
export interface DocumentFigure extends Omit<FigureRow, "documentId" | "regionCode" | "periodStart" | "periodEnd"> {
  sectionId: number | null;
  sentenceId: number;
  start: number;
  end: number;
}

export interface DocumentCheck {
  id: number;
  kind: string;
  figureIds: string[];
  passed: boolean;
  message: string;
}

export interface DocumentDetail {
  document: DocumentMeta;
  /** articles of the whole document, in text order */
  sections: DocumentSection[];
  /** the page shown, 1..document.pages */
  page: number;
  /** paragraphs of the page, in text order */
  paragraphs: DocumentParagraph[];
  /** figures of the page, in text order */
  figures: DocumentFigure[];
  /** checks with a figure on the page */
  checks: DocumentCheck[];
  /** figures of the whole document, and how many of them are verified */
  totals: { figures: number; verified: number };
  /** figures on the pages before this one (the page's list counts on from there) */
  figuresBefore: number;
}

/** The document row alone, or null for an unknown id. */
export async function fetchDocumentMeta(id: string): Promise<DocumentMeta | null> {
  if (id.includes("\u0000")) return null; // no id holds a NUL, and PostgreSQL refuses one in a parameter
  const row = await get(
    qb
    .select({
      id: documents.id,
      fileName: documents.fileName,
      title: documents.title,
      outlet: documents.outlet,
      date: documents.date,
      dateBasis: documents.dateBasis,
      url: documents.url,
      charCount: documents.charCount,
      pages: documents.pages,
      warnings: documents.warnings,
    })
    .from(documents)
    .where(eq(documents.id, id)),
  );
  return row ?? null;
}

export async function fetchDocumentSections(id: string): Promise<DocumentSection[]> {
  const rows = await all(
    qb
    .select({
      id: sections.id,
      ordinal: sections.ordinal,
      start: sections.start,
      end: sections.end,
      heading: sections.heading,
      author: sections.author,
      authorTitle: sections.authorTitle,
      institution: sections.institution,
      province: sections.province,
      city: sections.city,
      county: sections.county,
      // The page of the first paragraph ending after the article's start.
      // (Written out: drizzle leaves a one-table query's columns unqualified, which a subquery would take as its own.)
      page: sql<number>`coalesce((select p.page from paragraphs p where p.document_id = sections.document_id and p.end > sections.start order by p.end limit 1), 1)`,
    })
    .from(sections)
    .where(eq(sections.documentId, id))
    .orderBy(asc(sections.ordinal)),
  );
  // Figures per article in one pass over the document's figures (its index), not a count per article.
  const counts = new Map(
    (await all(qb.select({ sectionId: figures.sectionId, n: count() }).from(figures).where(eq(figures.documentId, id)).groupBy(figures.sectionId))).map((r) => [r.sectionId, r.n]),
  );
  return rows.map((r) => ({ ...r, figures: counts.get(r.id) ?? 0 }));
}

export function fetchDocumentParagraphs(id: string, page: number): Promise<DocumentParagraph[]> {
  return all(
    qb
    .select({
      ordinal: paragraphs.ordinal,
      start: paragraphs.start,
      end: paragraphs.end,
      text: paragraphs.text,
      repeatOf: paragraphs.repeatOf,
      repeatOfPage: sql<number | null>`(select o.page from paragraphs o where o.document_id = paragraphs.document_id and o.ordinal = paragraphs.repeat_of)`,
    })
    .from(paragraphs)
    .where(and(eq(paragraphs.documentId, id), eq(paragraphs.page, page)))
    .orderBy(asc(paragraphs.ordinal)),
  );
}

/** Figures whose start lies in [from, to) (no `to`: to the end): those of one page when given its paragraphs' span. */
export function fetchDocumentFigures(id: string, from = 0, to?: number): Promise<DocumentFigure[]> {
  return all(
    qb
    .select({
      id: figures.id,
      sectionId: figures.sectionId,
      sentenceId: figures.sentenceId,
      start: figures.start,
      end: figures.end,
      text: figures.text,
      value: figures.value,
      valueMax: figures.valueMax,
      unit: figures.unit,
      qualifier: figures.qualifier,
      kind: figures.kind,
      label: figures.label,
      metric: figures.metric,
      institution: figures.institution,
      province: figures.province,
      city: figures.city,
      county: figures.county,
      period: figures.period,
      verified: figures.verified,
    })
    .from(figures)
    // No bound past the end rather than a huge one: PostgreSQL's integer columns refuse a number past 2³¹.
    .where(and(eq(figures.documentId, id), gte(figures.start, from), to === undefined ? undefined : lt(figures.start, to)))
    .orderBy(asc(figures.start), asc(figures.end)),
  );
}

export function fetchDocumentChecks(id: string): Promise<DocumentCheck[]> {
  return all(
    qb
    .select({
      id: checks.id,
      kind: checks.kind,
      figureIds: checks.figureIds,
      passed: checks.passed,
      message: checks.message,
    })
    .from(checks)
    .where(eq(checks.documentId, id))
    .orderBy(asc(checks.id)),
  );
}

export async function fetchDocumentTotals(id: string): Promise<{ figures: number; verified: number }> {
  const row = await get(qb.select({ figures: count(), verified: countTrue(figures.verified) }).from(figures).where(eq(figures.documentId, id)));
  return { figures: row?.figures ?? 0, verified: row?.verified ?? 0 };
}

/**
 * What the reader shows of one page of a document, or null for an unknown
 * id. A page out of range is the caller's to refuse (it knows document.pages).
 */
export async function fetchDocument(id: string, page = 1): Promise<DocumentDetail | null> {
  const document = await fetchDocumentMeta(id);
  return document && fetchDocumentPage(document, page);
}

/** One page of a document whose row the caller has already read. */
export async function fetchDocumentPage(document: DocumentMeta, page: number): Promise<DocumentDetail> {
  const id = document.id;
  const paras = await fetchDocumentParagraphs(id, page);
  const from = paras[0]?.start ?? 0;
  // Up to the next page's first paragraph, so nothing between two pages is lost.
  const next = await get(
    qb
      .select({ start: paragraphs.start })
      .from(paragraphs)
      .where(and(eq(paragraphs.documentId, id), gt(paragraphs.page, page)))
      .orderBy(asc(paragraphs.ordinal))
      .limit(1),
  );
  const pageFigures = paras.length ? await fetchDocumentFigures(id, page === 1 ? 0 : from, next?.start) : [];
  const onPage = new Set(pageFigures.map((f) => f.id));
  // The rest is independent of one another: on PostgreSQL they go out at once.
  const [sectionRows, checkRows, totals, before] = await Promise.all([
    fetchDocumentSections(id),
    fetchDocumentChecks(id),
    fetchDocumentTotals(id),
    page === 1 || !paras.length ? null : get(qb.select({ n: count() }).from(figures).where(and(eq(figures.documentId, id), lt(figures.start, from)))),
  ]);
  return {
    document,
    sections: sectionRows,
    page,
    paragraphs: paras,
    figures: pageFigures,
    checks: checkRows.filter((c) => c.figureIds.some((f) => onPage.has(f))),
    totals,
    figuresBefore: before?.n ?? 0,
  };
}
