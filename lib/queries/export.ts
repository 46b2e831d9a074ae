// Rows for the downloads: every codebook field of each figure matching the
// explore filters, in the explore page's order. `iterateExportRows` streams
// them from either database, so memory stays flat however many there are.

import { sql } from "drizzle-orm";
import { all, batches, qb } from "./db";
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

/** The export's joins, filters and order. */
function query(f: FigureFilters) {
  return qb
    .select(FIELDS)
    .from(figures)
    .innerJoin(sentences, sql`${sentences.id} = ${figures.sentenceId}`)
    .innerJoin(paragraphs, paragraphOfSentence)
    .innerJoin(documents, sql`${documents.id} = ${figures.documentId}`)
    .where(whereOf(f))
    .orderBy(...orderOf(f));
}

/** One page of rows (the JSON download). */
export function fetchExportPage(f: FigureFilters): Promise<ExportRow[]> {
  return all(query(f).limit(f.pageSize).offset((f.page - 1) * f.pageSize));
}

/** Every matching row, one at a time (the XLSX and JSON Lines downloads). */
export async function* iterateExportRows(f: FigureFilters): AsyncGenerator<ExportRow> {
  const { keys, batches } = exportValues(f);
  for await (const rows of batches) {
    for (const values of rows) {
      const row = Object.fromEntries(keys.map((k, i) => [k, values[i]])) as unknown as ExportRow;
      row.verified = Boolean(row.verified); // SQLite's 0/1, PostgreSQL's boolean
      yield row;
    }
  }
}

/**
 * Every matching row as an array of its values, a batch at a time (no
 * object per row: the CSV download of a million figures), with the names of
 * its columns in order. Memory stays flat: SQLite's statement iterator, or a
 * PostgreSQL cursor (db.ts `batches`).
 */
export function exportValues(f: FigureFilters): { keys: (keyof ExportRow)[]; batches: AsyncGenerator<unknown[][]> } {
  const q = query(f);
  // The columns in the order they are selected: the order of FIELDS.
  return { keys: Object.keys(FIELDS) as (keyof ExportRow)[], batches: batches(q) };
}
