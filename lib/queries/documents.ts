// Reads for the document reader (/documents/[id]): one document with its
// articles, sentences, figures and consistency checks. Offsets are code points
// of documents.body, as stored by the ingest.

import { asc, eq } from "drizzle-orm";
import { db } from "./db";
import type { FigureRow } from "./figures";
import { checks, documents, figures, sections, sentences } from "../db/schema";

export interface DocumentMeta {
  id: string;
  fileName: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  dateBasis: string | null;
  url: string | null;
  charCount: number;
  body: string;
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
}

export interface DocumentSentence {
  id: number;
  sectionId: number | null;
  paragraph: number;
  start: number;
  end: number;
  repeatOf: number | null;
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
  /** articles in page order */
  sections: DocumentSection[];
  /** sentences in text order */
  sentences: DocumentSentence[];
  /** figures in text order */
  figures: DocumentFigure[];
  checks: DocumentCheck[];
}

/** The document row alone, or null for an unknown id. */
export function fetchDocumentMeta(id: string): DocumentMeta | null {
  const row = db()
    .select({
      id: documents.id,
      fileName: documents.fileName,
      title: documents.title,
      outlet: documents.outlet,
      date: documents.date,
      dateBasis: documents.dateBasis,
      url: documents.url,
      charCount: documents.charCount,
      body: documents.body,
      warnings: documents.warnings,
    })
    .from(documents)
    .where(eq(documents.id, id))
    .get();
  return row ?? null;
}

export function fetchDocumentSections(id: string): DocumentSection[] {
  return db()
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
    })
    .from(sections)
    .where(eq(sections.documentId, id))
    .orderBy(asc(sections.ordinal))
    .all();
}

export function fetchDocumentSentences(id: string): DocumentSentence[] {
  return db()
    .select({
      id: sentences.id,
      sectionId: sentences.sectionId,
      paragraph: sentences.paragraph,
      start: sentences.start,
      end: sentences.end,
      repeatOf: sentences.repeatOf,
    })
    .from(sentences)
    .where(eq(sentences.documentId, id))
    .orderBy(asc(sentences.start), asc(sentences.id))
    .all();
}

export function fetchDocumentFigures(id: string): DocumentFigure[] {
  return db()
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
    .where(eq(figures.documentId, id))
    .orderBy(asc(figures.start), asc(figures.end))
    .all();
}

export function fetchDocumentChecks(id: string): DocumentCheck[] {
  return db()
    .select({
      id: checks.id,
      kind: checks.kind,
      figureIds: checks.figureIds,
      passed: checks.passed,
      message: checks.message,
    })
    .from(checks)
    .where(eq(checks.documentId, id))
    .orderBy(asc(checks.id))
    .all();
}

/** Everything the reader shows for one document, or null for an unknown id. */
export function fetchDocument(id: string): DocumentDetail | null {
  const document = fetchDocumentMeta(id);
  if (!document) return null;
  return {
    document,
    sections: fetchDocumentSections(id),
    sentences: fetchDocumentSentences(id),
    figures: fetchDocumentFigures(id),
    checks: fetchDocumentChecks(id),
  };
}
