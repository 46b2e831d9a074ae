// Rows for the downloads: every codebook field of each figure matching the
// explore filters, in the explore page's order. `iterateExportRows` streams
// them from SQLite, so memory stays flat however many there are.

import { sql } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import { db } from "./db";
import { documents, figures, paragraphs, sentences } from "../db/schema";
import { orderOf, paragraphOfSentence, SENTENCE_TEXT, whereOf } from "./figures";
import type { FigureFilters } from "../filters";

export interface ExportRow {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  value: number;
  value_max: number | null;
  unit: string | null;
  qualifier: string;
  kind: string;
  label: string | null;
  metric: string;
  indicator: string;
  case_type: string | null;
  statistic: string;
  institution: string;
  province: string | null;
  city: string | null;
  county: string | null;
  region_code: string | null;
  period: string | null;
  period_start: string | null;
  period_end: string | null;
  sentence: string;
  prefix: string;
  suffix: string;
  rule: string;
  verified: boolean;
  document_title: string | null;
  outlet: string | null;
  date: string | null;
}

const FIELDS = {
  id: figures.id,
  doc: documents.fileName,
  start: figures.start,
  end: figures.end,
  text: figures.text,
  value: figures.value,
  value_max: figures.valueMax,
  unit: figures.unit,
  qualifier: figures.qualifier,
  kind: figures.kind,
  label: figures.label,
  metric: figures.metric,
  indicator: figures.indicator,
  case_type: figures.caseType,
  statistic: figures.statistic,
  institution: figures.institution,
  province: figures.province,
  city: figures.city,
  county: figures.county,
  region_code: figures.regionCode,
  period: figures.period,
  period_start: figures.periodStart,
  period_end: figures.periodEnd,
  sentence: SENTENCE_TEXT,
  prefix: figures.prefix,
  suffix: figures.suffix,
  rule: figures.ruleId,
  verified: figures.verified,
  document_title: documents.title,
  outlet: documents.outlet,
  date: documents.date,
};

/** The export's joins, filters and order around a selection (typed as the fields'; the CSV's own only goes to SQL). */
function from(f: FigureFilters, select: SelectedFields) {
  return db()
    .select(select as typeof FIELDS)
    .from(figures)
    .innerJoin(sentences, sql`${sentences.id} = ${figures.sentenceId}`)
    .innerJoin(paragraphs, paragraphOfSentence)
    .innerJoin(documents, sql`${documents.id} = ${figures.documentId}`)
    .where(whereOf(f))
    .orderBy(...orderOf(f));
}

const query = (f: FigureFilters) => from(f, FIELDS);

/** One page of rows (the JSON download). */
export function fetchExportPage(f: FigureFilters): ExportRow[] {
  return query(f).limit(f.pageSize).offset((f.page - 1) * f.pageSize).all();
}

/** Every matching row, one at a time (the XLSX and JSON Lines downloads). */
export function* iterateExportRows(f: FigureFilters): Generator<ExportRow> {
  const { keys, rows } = exportValues(f);
  for (const values of rows) {
    const row = Object.fromEntries(keys.map((k, i) => [k, values[i]])) as unknown as ExportRow;
    row.verified = Boolean(row.verified);
    yield row;
  }
}

/**
 * Every matching row as the array SQLite gives (no object per row: the CSV
 * download of a million figures), with the names of its columns in order.
 */
export function exportValues(f: FigureFilters): { keys: (keyof ExportRow)[]; rows: IterableIterator<unknown[]> } {
  // drizzle has no streaming read for better-sqlite3: run its SQL on a raw
  // statement and iterate, naming the columns in the order they were selected.
  const q = query(f);
  const { sql: text, params } = q.toSQL();
  const keys = Object.keys(q._.selectedFields) as (keyof ExportRow)[];
  const stmt = db().$client.prepare(text).raw(true);
  return { keys, rows: stmt.iterate(...params) as IterableIterator<unknown[]> };
}
