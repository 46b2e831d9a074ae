// Reads for the charts of reported values: the latest value of a headline
// indicator, one value per province for the map, series over time, the
// breakdown of an indicator, and the index of indicators. Every chart is
// drawn from these aggregates, never from a list of all figures, and no
// query adds figures up: a value shown is a value some body reported.

import { sql } from "drizzle-orm";
import { all, cachedQuery, get } from "./db";
import { joinDistinct, same, sortKey } from "./dialect";
import { indicatorOf, INDICATORS } from "../indicators";
import { NATIONAL_CODE } from "../extract/national";
import { regionRange } from "../filters";
import type { FigureRow } from "./figures";

/** A reported value with where and when, enough to draw it and link its citation. */
export interface ReportedValue
  extends Pick<
    FigureRow,
    "id" | "metric" | "value" | "valueMax" | "unit" | "qualifier" | "institution" | "province" | "city" | "county" | "regionCode" | "period" | "periodStart" | "periodEnd" | "verified" | "documentId"
  > {
  documentTitle: string | null;
  documentDate: string | null;
}

// Aliases quoted: PostgreSQL folds an unquoted one to lower case.
// A province's whole is what a body of the province reports (or one of unknown level), not a
// municipality's intermediate court, whose region is the municipality: the map's condition.
const PROVINCE_WIDE = sql.raw(`f.region_code like '__0000' and (d.level is null or d.level in ('provincial', 'national'))`);

const VALUE_COLUMNS = sql.raw(`f.id, f.metric, f.value, f.value_max as "valueMax", f.unit, f.qualifier, f.institution, f.province, f.city, f.county,
  f.region_code as "regionCode", f.period, f.period_start as "periodStart", f.period_end as "periodEnd", f.verified,
  f.document_id as "documentId", d.title as "documentTitle", d.date as "documentDate"`);

/** The newest page first (a page of no known date last, on either database). */
const newestPage = () => sortKey(sql`d.date`, "desc");

const asValue = (r: Record<string, unknown>): ReportedValue => ({ ...(r as unknown as ReportedValue), verified: !!r.verified });

// The indicators the overview leads with, by institution: the counts each body's own releases lead with.
export const HEADLINE_INDICATORS: Record<string, string[]> = {
  court: ["court.cases.accepted", "court.cases.concluded"],
  procuratorate: ["procuratorate.arrests.approved", "procuratorate.prosecution.decided"],
  police: ["police.criminal_cases.solved", "police.suspects.arrested"],
  justice: ["justice.mediation.disputes", "justice.legal_aid.cases"],
  // (Groups broken up always carry their kind, decision 39: the headline is black and evil groups together.)
  plac: ["plac.sense_of_security", "plac.anti_gang.organisations.gang"],
};

/**
 * The latest value reported for a metric: a national body's before a
 * province's before any other (a headline is the widest figure there is),
 * then the one whose period ends last, then the newest page.
 */
async function fetchLatestValueQuery(metric: string, regionCode?: string): Promise<ReportedValue | null> {
  const row = await get<Record<string, unknown>>(sql`
    select ${VALUE_COLUMNS} from figures f join documents d on d.id = f.document_id
    where f.metric = ${metric} ${regionCode ? sql`and f.region_code = ${regionCode}` : sql``}
    order by case when f.region_code = ${NATIONAL_CODE} then 0 when f.region_code like '__0000' then 1 else 2 end,
      f.period_end is null, f.period_end desc, ${newestPage()}, f.id
    limit 1`);
  return row ? asValue(row) : null;
}

/** The figures of a metric reported for the most recent periods, newest first (a bounded list for its page). */
async function fetchLatestValuesQuery(metric: string, limit = 30): Promise<ReportedValue[]> {
  return (
    await all<Record<string, unknown>>(sql`
      select ${VALUE_COLUMNS} from figures f join documents d on d.id = f.document_id
      where f.metric = ${metric}
      order by f.period_end is null, f.period_end desc, ${newestPage()}, f.id
      limit ${limit}`)
  ).map(asValue);
}

export interface Headline {
  institution: string;
  metric: string;
  latest: ReportedValue | null;
  /** how many figures of the metric there are, from how many places */
  figures: number;
  regions: number;
}

async function fetchHeadlinesQuery(): Promise<Headline[]> {
  const out: Headline[] = [];
  for (const [institution, metrics] of Object.entries(HEADLINE_INDICATORS)) {
    for (const metric of metrics) {
      const c = await get<{ figures: number; regions: number }>(sql`
        select count(*) as figures, count(distinct region_code) as regions from figures where metric = ${metric}`);
      out.push({ institution, metric, latest: await fetchLatestValue(metric), figures: c?.figures ?? 0, regions: c?.regions ?? 0 });
    }
  }
  return out;
}

/** The unit a metric is mostly reported in (a chart never mixes units). */
async function mainUnitQuery(metric: string): Promise<string | null> {
  const row = await get<{ unit: string | null }>(sql`
    select unit from figures where metric = ${metric} group by unit order by count(*) desc, ${sortKey(sql`unit`, "asc")} limit 1`);
  return row?.unit ?? null;
}

export interface ProvinceValue extends ReportedValue {
  /** the province's GB/T 2260 code */
  code: string;
  year: number;
}

/**
 * One value per province for the map: a figure reported for the whole
 * province (its body is provincial: region code = the province's code), over
 * one calendar year, in the metric's main unit; the latest year each
 * province reported. Values of other scopes (a city's, a county's) and
 * other period lengths are not on the map: side by side they would not compare.
 */
async function fetchProvinceYearValuesQuery(metric: string, unit?: string | null): Promise<ProvinceValue[]> {
  return fetchYearValues(metric, unit === undefined ? await mainUnit(metric) : unit, "province", 40);
}

/**
 * The latest calendar-year value of each region that reported one (any
 * level: a province, a city, a county), largest first: the bars of an
 * indicator page. One period length, one unit: the bars compare.
 */
async function fetchRegionYearValuesQuery(metric: string, unit?: string | null, limit = 20): Promise<ProvinceValue[]> {
  return (await fetchYearValues(metric, unit === undefined ? await mainUnit(metric) : unit, "any", limit)).sort((a, b) => b.value - a.value);
}

async function fetchYearValues(metric: string, unit: string | null, scope: "province" | "any", limit: number): Promise<ProvinceValue[]> {
  const rows = await all<Record<string, unknown>>(sql`
    select * from (
      select ${VALUE_COLUMNS}, f.region_code as code, cast(substr(f.period_start, 1, 4) as integer) as year,
        -- The latest year; within it the largest value: a province's whole (全省法院), not a part
        -- of it that shares the key (the high court's own cases).
        row_number() over (partition by f.region_code order by f.period_end desc, f.value desc, ${newestPage()}, f.id) as n
      from figures f join documents d on d.id = f.document_id
      where f.metric = ${metric} and ${same(sql`f.unit`, unit)} and f.region_code is not null and f.region_code <> ${NATIONAL_CODE}
        ${scope === "province" ? sql`and ${PROVINCE_WIDE}` : sql``}
        and substr(f.period_start, 6) = '01-01' and substr(f.period_end, 6) = '12-31'
        and substr(f.period_start, 1, 4) = substr(f.period_end, 1, 4)
    ) as latest where n = 1 order by value desc, code limit ${limit}`);
  return rows.map((r) => ({ ...asValue(r), code: r.code as string, year: r.year as number })).sort((a, b) => a.code.localeCompare(b.code));
}

/** The metrics (levels of a whole indicator) that some province reported for a calendar year: what the map can show. */
function fetchMappableMetricsQuery(): Promise<{ metric: string; provinces: number }[]> {
  return all<{ metric: string; provinces: number }>(sql`
    select metric, count(distinct region_code) as provinces from figures f join documents d on d.id = f.document_id
    where statistic = 'value' and case_type is null and indicator <> 'other'
      and ${PROVINCE_WIDE} and region_code <> ${NATIONAL_CODE}
      and substr(period_start, 6) = '01-01' and substr(period_end, 6) = '12-31' and substr(period_start, 1, 4) = substr(period_end, 1, 4)
    group by metric order by provinces desc, metric`);
}

/** How many figures of the metric each province's bodies reported, at any scope and period: what the map leaves out. */
async function fetchProvinceCountsQuery(metric: string): Promise<Map<string, number>> {
  const rows = await all<{ code: string; n: number }>(sql`
    select substr(region_code, 1, 2) || '0000' as code, count(*) as n from figures
    where metric = ${metric} and region_code is not null and region_code <> ${NATIONAL_CODE}
    group by 1`);
  return new Map(rows.map((r) => [r.code, r.n]));
}

// How long a period is, in the words a chart uses to keep lengths apart.
export type PeriodLength = "year" | "half" | "quarter" | "month" | "other" | "moment";

export function periodLength(start: string | null, end: string | null): PeriodLength {
  if (!end) return "other";
  if (!start) return "moment";
  const [y1, m1, d1] = start.split("-").map(Number);
  const [y2, m2] = end.split("-").map(Number);
  const months = (y2 - y1) * 12 + (m2 - m1) + 1;
  const wholeMonths = d1 === 1 && end === monthEnd(end);
  if (!wholeMonths) return "other";
  if (months === 12 && m1 === 1) return "year";
  if (months === 6 && (m1 === 1 || m1 === 7)) return "half";
  if (months === 3 && (m1 - 1) % 3 === 0) return "quarter";
  if (months === 1) return "month";
  return "other";
}

function monthEnd(iso: string): string {
  const [y, m] = iso.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${iso.slice(0, 8)}${String(last).padStart(2, "0")}`;
}

export interface SeriesPoint extends ReportedValue {
  length: PeriodLength;
}

const MAX_POINTS = 12;

export interface RegionSeries {
  regionCode: string;
  length: PeriodLength;
  points: SeriesPoint[];
}

/**
 * Values over time: for the regions with the most distinct periods, one
 * series per region and period length (a year is never joined to a
 * quarter), one point per period (the newest page when several report it).
 * Only series of two or more periods are returned.
 */
async function fetchTimeSeriesQuery(metric: string, unitArg?: string | null, maxSeries = 8): Promise<RegionSeries[]> {
  const unit = unitArg === undefined ? await mainUnit(metric) : unitArg;
  const rows = await all<Record<string, unknown>>(sql`
    select * from (
      select ${VALUE_COLUMNS},
        row_number() over (partition by f.region_code, f.period_start, f.period_end order by ${newestPage()}, f.id) as n
      from figures f join documents d on d.id = f.document_id
      where f.metric = ${metric} and ${same(sql`f.unit`, unit)} and f.region_code is not null
        and f.period_end is not null
        and f.region_code in (
          select region_code from figures
          where metric = ${metric} and ${same(sql`unit`, unit)} and region_code is not null and period_end is not null
          group by region_code having count(distinct coalesce(period_start, '') || period_end) >= 2
          order by count(distinct coalesce(period_start, '') || period_end) desc, region_code limit ${maxSeries * 3})
    ) as points where n = 1 order by "regionCode", "periodEnd"`);
  const series = new Map<string, RegionSeries>();
  for (const r of rows) {
    const v = asValue(r);
    const length = periodLength(v.periodStart, v.periodEnd);
    const key = `${v.regionCode}|${length}`;
    const s = series.get(key) ?? { regionCode: v.regionCode!, length, points: [] };
    s.points.push({ ...v, length });
    series.set(key, s);
  }
  return [...series.values()]
    .filter((s) => s.length !== "other" && s.points.length >= 2)
    // The latest twelve periods of each: a chart and its table stay the same size however long the record.
    .map((s) => ({ ...s, points: s.points.slice(-MAX_POINTS) }))
    .sort((a, b) => b.points.length - a.points.length || a.regionCode.localeCompare(b.regionCode))
    .slice(0, maxSeries);
}

export interface BreakdownRow {
  metric: string;
  /** a case type of the indicator, or a child indicator */
  part: { caseType: string | null; indicator: string };
  figures: number;
  regions: number;
  latest: ReportedValue | null;
}

/**
 * The parts of an indicator: its case types (审结刑事案件 of 审结案件) and its
 * child indicators, each with its latest value. Parts are shown beside the
 * whole, never added to it.
 */
async function fetchBreakdownQuery(indicator: string, statistic = "value"): Promise<BreakdownRow[]> {
  const children = INDICATORS.filter((i) => i.parent === indicator).map((i) => i.key);
  const rows = await all<{ metric: string; indicator: string; caseType: string | null; figures: number; regions: number }>(sql`
    select metric, indicator, case_type as "caseType", count(*) as figures, count(distinct region_code) as regions from figures
    where statistic = ${statistic} and ((indicator = ${indicator} and case_type is not null) or indicator in (${sql.join(children.length ? children.map((c) => sql`${c}`) : [sql`''`], sql`, `)}))
    group by metric, indicator, case_type order by figures desc, metric limit 40`); // a metric names its indicator and case type: the same groups as by metric alone
  const out: BreakdownRow[] = [];
  for (const r of rows) out.push({ metric: r.metric, part: { caseType: r.caseType, indicator: r.indicator }, figures: r.figures, regions: r.regions, latest: await fetchLatestValue(r.metric) });
  return out;
}

export interface IndicatorIndexRow {
  indicator: string;
  institution: string;
  figures: number;
  regions: number;
  periods: number;
  documents: number;
}

/** Every indicator with figures, with how many places and periods report it (the /metrics index). */
async function fetchIndicatorIndexQuery(): Promise<IndicatorIndexRow[]> {
  const rows = await all<{ indicator: string; figures: number; regions: number; periods: number; documents: number }>(sql`
    select indicator, count(*) as figures, count(distinct region_code) as regions,
      count(distinct coalesce(period_start, '') || '..' || coalesce(period_end, '')) as periods, count(distinct document_id) as documents
    from figures where indicator <> 'other' group by indicator order by indicator`);
  return rows.map((r) => ({ ...r, institution: indicatorOf(r.indicator)?.institution ?? "unknown" }));
}

export interface DataSummary {
  documents: number;
  bodies: number;
  provinces: number;
  national: boolean;
  firstYear: number | null;
  lastYear: number | null;
}

/** What is in the data, in one line: documents, reporting bodies, provinces, the years the pages were published. */
async function fetchDataSummaryQuery(): Promise<DataSummary> {
  const row = await get<{ documents: number; bodies: number; provinces: number; national: number; firstYear: number | null; lastYear: number | null }>(sql`
    select (select count(*) from documents) as documents,
      (select count(*) from (select distinct institution, coalesce(region_code, '') from sections) as b) as bodies,
      (select count(distinct substr(region_code, 1, 2)) from figures where region_code is not null and region_code <> ${NATIONAL_CODE}) as provinces,
      (select count(*) > 0 from figures where region_code = ${NATIONAL_CODE}) as national,
      (select cast(min(substr(date, 1, 4)) as integer) from documents where date is not null) as "firstYear",
      (select cast(max(substr(date, 1, 4)) as integer) from documents where date is not null) as "lastYear"`);
  return { documents: row?.documents ?? 0, bodies: row?.bodies ?? 0, provinces: row?.provinces ?? 0, national: !!row?.national, firstYear: row?.firstYear ?? null, lastYear: row?.lastYear ?? null };
}

export interface SourceSummary {
  reports: number;
  bodies: string[];
  firstDate: string | null;
  lastDate: string | null;
}

/** Where a chart's figures come from: how many reports, which bodies, the dates of the pages. */
async function fetchSourceSummaryQuery(ids: string[]): Promise<SourceSummary> {
  if (!ids.length) return { reports: 0, bodies: [], firstDate: null, lastDate: null };
  const row = await get<{ reports: number; bodies: string | null; firstDate: string | null; lastDate: string | null }>(sql`
    select count(distinct f.document_id) as reports, ${joinDistinct(sql`f.institution`)} as bodies, min(d.date) as "firstDate", max(d.date) as "lastDate"
    from figures f join documents d on d.id = f.document_id
    where f.id in (${sql.join(ids.slice(0, 500).map((id) => sql`${id}`), sql`, `)})`);
  return { reports: row?.reports ?? 0, bodies: (row?.bodies ?? "").split(",").filter(Boolean).sort(), firstDate: row?.firstDate ?? null, lastDate: row?.lastDate ?? null };
}

export interface RegionLatest {
  metric: string;
  figures: number;
  latest: ReportedValue;
}

/**
 * For one region (and the regions under it), the latest level of each
 * indicator its bodies reported (changes and shares are on the indicator's page), with how many figures of it there are: the
 * region page's table of values, one row per measure.
 */
async function fetchRegionLatestValuesQuery(code: string, prefix: string, limit = 60): Promise<RegionLatest[]> {
  const rows = await all<Record<string, unknown>>(sql`
    select * from (
      select ${VALUE_COLUMNS}, count(*) over (partition by f.metric) as figures,
        -- The region's own bodies first, then the latest period.
        row_number() over (partition by f.metric order by f.region_code <> ${code}, f.period_end is null, f.period_end desc, ${newestPage()}, f.id) as n
      from figures f join documents d on d.id = f.document_id
      where f.region_code >= ${regionRange(prefix)[0]} and f.region_code < ${regionRange(prefix)[1]} and f.indicator <> 'other' and f.statistic = 'value'
    ) as latest where n = 1 order by figures desc, metric limit ${limit}`);
  return rows.map((r) => ({ metric: r.metric as string, figures: r.figures as number, latest: asValue(r) }));
}

// Cached per database file (db.ts): what the pages import.
export const fetchLatestValue = cachedQuery("fetchLatestValue", fetchLatestValueQuery);
export const fetchLatestValues = cachedQuery("fetchLatestValues", fetchLatestValuesQuery);
export const fetchHeadlines = cachedQuery("fetchHeadlines", fetchHeadlinesQuery);
export const mainUnit = cachedQuery("mainUnit", mainUnitQuery);
export const fetchProvinceYearValues = cachedQuery("fetchProvinceYearValues", fetchProvinceYearValuesQuery);
export const fetchRegionYearValues = cachedQuery("fetchRegionYearValues", fetchRegionYearValuesQuery);
export const fetchTimeSeries = cachedQuery("fetchTimeSeries", fetchTimeSeriesQuery);
export const fetchBreakdown = cachedQuery("fetchBreakdown", fetchBreakdownQuery);
export const fetchMappableMetrics = cachedQuery("fetchMappableMetrics", fetchMappableMetricsQuery);
export const fetchProvinceCounts = cachedQuery("fetchProvinceCounts", fetchProvinceCountsQuery);
export const fetchIndicatorIndex = cachedQuery("fetchIndicatorIndex", fetchIndicatorIndexQuery);
export const fetchDataSummary = cachedQuery("fetchDataSummary", fetchDataSummaryQuery);
export const fetchRegionLatestValues = cachedQuery("fetchRegionLatestValues", fetchRegionLatestValuesQuery);
// Kept like the charts it describes: an indicator page asks for one per chart (3 ms of its 34 at a million figures).
export const fetchSourceSummary = cachedQuery("fetchSourceSummary", fetchSourceSummaryQuery);
