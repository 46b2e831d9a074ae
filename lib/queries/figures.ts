// Reads of figures: lists, counts and the citation of one figure.

import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "./db";
import { documents, figures, sentences } from "../db/schema";

export interface Overview {
  documents: number;
  figures: number;
  verified: number;
  regions: number;
}

export function fetchOverview(): Overview {
  const row = db()
    .select({
      figures: count(),
      verified: sql<number>`sum(${figures.verified})`,
      regions: sql<number>`count(distinct coalesce(${figures.regionCode}, ${figures.province}))`,
    })
    .from(figures)
    .get();
  const docs = db().select({ n: count() }).from(documents).get();
  return { documents: docs?.n ?? 0, figures: row?.figures ?? 0, verified: row?.verified ?? 0, regions: row?.regions ?? 0 };
}

export interface RegionCount {
  province: string;
  figures: number;
  verified: number;
}

/** How many figures each province reports (a count of figures, not a sum of their values). */
export function fetchFigureCountsByProvince(): RegionCount[] {
  return db()
    .select({
      province: sql<string>`coalesce(${figures.province}, '')`,
      figures: count(),
      verified: sql<number>`sum(${figures.verified})`,
    })
    .from(figures)
    .groupBy(figures.province)
    .orderBy(desc(count()), asc(figures.province))
    .all();
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  figures: number;
}

export function fetchDocuments(): DocumentSummary[] {
  return db()
    .select({
      id: documents.id,
      title: documents.title,
      outlet: documents.outlet,
      date: documents.date,
      figures: sql<number>`(select count(*) from ${figures} where ${figures.documentId} = ${documents.id})`,
    })
    .from(documents)
    .orderBy(asc(documents.id))
    .all();
}

export interface FigureFilter {
  province?: string;
  page: number;
  pageSize: number;
}

export interface FigureRow {
  id: string;
  documentId: string;
  text: string;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: string;
  kind: string;
  label: string | null;
  metric: string;
  institution: string;
  province: string | null;
  city: string | null;
  county: string | null;
  period: string | null;
  verified: boolean;
}

export function fetchFigures(filter: FigureFilter): { rows: FigureRow[]; total: number } {
  const where: SQL[] = [];
  if (filter.province) where.push(eq(figures.province, filter.province));
  const cond = where.length ? and(...where) : undefined;
  const total = db().select({ n: count() }).from(figures).where(cond).get()?.n ?? 0;
  const rows = db()
    .select({
      id: figures.id,
      documentId: figures.documentId,
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
    .where(cond)
    .orderBy(asc(figures.documentId), asc(figures.start))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .all();
  return { rows, total };
}

export interface Citation extends FigureRow {
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  documentTitle: string | null;
  outlet: string | null;
  date: string | null;
  ruleId: string;
}

export function fetchCitation(id: string): Citation | null {
  const row = db()
    .select({
      id: figures.id,
      documentId: figures.documentId,
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
      start: figures.start,
      end: figures.end,
      sentence: sentences.text,
      sentenceStart: sentences.start,
      documentTitle: documents.title,
      outlet: documents.outlet,
      date: documents.date,
      ruleId: figures.ruleId,
    })
    .from(figures)
    .innerJoin(sentences, eq(sentences.id, figures.sentenceId))
    .innerJoin(documents, eq(documents.id, figures.documentId))
    .where(eq(figures.id, id))
    .get();
  return row ?? null;
}
