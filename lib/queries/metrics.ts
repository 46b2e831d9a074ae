// Reads for one metric's page (/metrics/[key]): the metric as data/metrics.json
// defines it, and every figure of it, grouped by unit so that a chart only
// ever sets side by side figures measured in the same unit. Figures are
// listed one by one; nothing here adds them (their periods may overlap).

import { asc, count, eq, sql } from "drizzle-orm";
import { db } from "./db";
import { FIGURE_COLUMNS } from "./figures";
import { documents, figures } from "../db/schema";
import { metricInfo, type MetricInfo } from "../i18n";

/** The metric of data/metrics.json with this full key (including `other`), or null. */
export function lookupMetric(key: string): MetricInfo | null {
  return metricInfo(key);
}

export interface MetricFigure {
  id: string;
  documentId: string;
  documentTitle: string | null;
  documentDate: string | null;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: string;
  label: string | null;
  kind: string;
  institution: string;
  province: string | null;
  city: string | null;
  county: string | null;
  regionCode: string | null;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  verified: boolean;
}

export interface MetricUnitSeries {
  unit: string | null; // null: the figure has no unit (a bare ratio)
  figures: MetricFigure[];
}

export interface MetricOverview {
  metric: MetricInfo;
  figures: number;
  verified: number;
  regions: number;
  documents: number;
}

/** The metric with its counts of figures, or null when the key is not in data/metrics.json. */
export function fetchMetricOverview(key: string): MetricOverview | null {
  const metric = lookupMetric(key);
  if (!metric) return null;
  const row = db()
    .select({
      figures: count(),
      verified: sql<number>`coalesce(sum(${figures.verified}), 0)`,
      regions: sql<number>`count(distinct ${figures.regionCode})`,
      documents: sql<number>`count(distinct ${figures.documentId})`,
    })
    .from(figures)
    .where(eq(figures.metric, key))
    .get();
  return {
    metric,
    figures: row?.figures ?? 0,
    verified: row?.verified ?? 0,
    regions: row?.regions ?? 0,
    documents: row?.documents ?? 0,
  };
}

/**
 * Every figure of the metric, one series per unit (the unit with most figures
 * first); within a unit, ordered by region code, then period.
 */
export function fetchMetricFiguresByUnit(key: string): MetricUnitSeries[] {
  if (!lookupMetric(key)) return [];
  const rows = db()
    .select({
      ...FIGURE_COLUMNS,
      documentTitle: documents.title,
      documentDate: documents.date,
    })
    .from(figures)
    .innerJoin(documents, eq(documents.id, figures.documentId))
    .where(eq(figures.metric, key))
    .orderBy(asc(figures.regionCode), asc(figures.periodStart), asc(figures.periodEnd), asc(figures.documentId), asc(figures.start))
    .all();
  const byUnit = new Map<string, MetricUnitSeries>();
  for (const row of rows) {
    const k = row.unit ?? "";
    const s = byUnit.get(k) ?? { unit: row.unit, figures: [] };
    s.figures.push(row);
    byUnit.set(k, s);
  }
  return [...byUnit.values()].sort((a, b) => b.figures.length - a.figures.length || (a.unit ?? "").localeCompare(b.unit ?? ""));
}
