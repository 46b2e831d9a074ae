// Reads for one metric's page (/metrics/[key]): the metric as data/metrics.json
// defines it, and every figure of it, grouped by unit so that a chart only
// ever sets side by side figures measured in the same unit. Figures are
// listed one by one; nothing here adds them (their periods may overlap).

import { asc, count, eq, sql } from "drizzle-orm";
import { cachedQuery, get, qb } from "./db";
import { countTrue } from "./dialect";
import { FIGURE_COLUMNS } from "./figures";
import { documents, figures } from "../db/schema";
import { metricInfo, type MetricInfo } from "../i18n";

/** The metric of data/metrics.json with this full key (including `other`), or null. */
export function lookupMetric(key: string): MetricInfo | null {
  return metricInfo(key);
}

export interface MetricOverview {
  metric: MetricInfo;
  figures: number;
  verified: number;
  regions: number;
  documents: number;
}

/** The metric with its counts of figures, or null when the key is not in data/metrics.json. */
async function fetchMetricOverviewQuery(key: string): Promise<MetricOverview | null> {
  const metric = lookupMetric(key);
  if (!metric) return null;
  const row = await get(
    qb
      .select({
        figures: count(),
        verified: countTrue(figures.verified),
        regions: sql<number>`count(distinct ${figures.regionCode})`,
        documents: sql<number>`count(distinct ${figures.documentId})`,
      })
      .from(figures)
      .where(eq(figures.metric, key)),
  );
  return {
    metric,
    figures: row?.figures ?? 0,
    verified: row?.verified ?? 0,
    regions: row?.regions ?? 0,
    documents: row?.documents ?? 0,
  };
}

// Cached per database file (db.ts): what the pages import.
export const fetchMetricOverview = cachedQuery("fetchMetricOverview", fetchMetricOverviewQuery);
