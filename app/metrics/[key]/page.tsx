import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLang } from "@/lib/lang";
import { DownloadLinks } from "@/components/DownloadLinks";
import { ChinaMap } from "@/components/ChinaMap";
import { SourceLine } from "@/components/SourceLine";
import { RecentFiguresRows } from "@/components/RecentFiguresRows";
import { MetricChart, type MetricBarDatum, type MetricChartText } from "@/components/MetricChart";
import { TimeSeriesChart, type SeriesLine } from "@/components/TimeSeriesChart";
import { amount, institutionName, kindName, metricName, periodLabel, placeName, regionName, t, unitName, type Lang } from "@/lib/i18n";
import { indicatorOf, parentMetric, parseMetric } from "@/lib/indicators";
import { NATIONAL_CODE } from "@/lib/extract/national";
import {
  fetchBreakdown,
  fetchLatestValues,
  fetchMetricOverview,
  fetchProvinceYearValues,
  fetchRegionYearValues,
  fetchSourceSummary,
  fetchTimeSeries,
  lookupMetric,
  mainUnit,
  type PeriodLength,
  type ReportedValue,
} from "@/lib/queries";

export const dynamic = "force-dynamic"; // read the database at request time, not at build time

/** Figures listed under "latest": the rest are a click away on the explore page, and the page stays small. */
const RECENT = 20;

type Params = Promise<{ key: string }>;

// A full key holds @ (court.cases.concluded@yoy_pct), which a link may send escaped.
const metricParam = async (params: Params) => {
  const { key } = await params;
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
};

// Strings of this page only (the shared ones come from lib/i18n.ts).
const S = {
  indexes: { zh: "指标", en: "Indicators" },
  key: { zh: "指标键", en: "Key" },
  official: { zh: "对应官方统计", en: "Follows the official statistic" },
  partOf: { zh: "属于", en: "Part of" },
  regions: { zh: "地区数", en: "Places" },
  allFigures: { zh: "在数字页查看本指标的全部数字", en: "All figures of this indicator on the explore page" },
  byRegion: { zh: "各地区", en: "By place" },
  mapNote: {
    zh: "地图只画省级机构报告的全省全年数值，每省取最近一年。",
    en: "The map shows values for a whole province over a calendar year, reported by provincial bodies, the latest year for each.",
  },
  barsTitle: { zh: "各地区最近一个全年的数值", en: "The latest calendar-year value of each place" },
  barsDesc: {
    zh: "每个地区（省、市或县）一根柱形，取其最近一年报告的全年数值，注明年份；只比较全年数值，半年、季度的数字在下面的时间序列里。蓝色为已核验，橙色为未核验。点击柱形查看出处原句。",
    en: "One bar per place (a province, a city or a county): the value it reported for its latest calendar year, with the year; only yearly values are compared here, half-years and quarters are in the series below. Blue: verified; orange: unverified. Click a bar for its source sentence.",
  },
  noYearValues: { zh: "还没有任何地区报告这个指标的全年数值。", en: "No place has reported a calendar-year value of this indicator yet." },
  overTime: { zh: "历年变化", en: "Over time" },
  seriesDesc: {
    zh: "每条线是一个地区，每个点是该地区报告的一个时期的数值；不同长度的时期（全年、半年、季度）分开画，从不相连。点击点或表中数值查看出处原句。",
    en: "A line per place, a point per period it reported; periods of different lengths (years, halves, quarters) are drawn apart and never joined. Click a point or a value in the table for its source sentence.",
  },
  noSeries: { zh: "还没有哪个地区报告过两个以上同样长度的时期。", en: "No place has reported two or more periods of the same length yet." },
  lengths: {
    zh: { year: "全年数值", half: "半年数值", quarter: "季度数值", month: "月度数值", other: "其他时期", moment: "时点数值" },
    en: { year: "yearly values", half: "half-yearly values", quarter: "quarterly values", month: "monthly values", other: "other periods", moment: "values at a moment" },
  },
  breakdown: { zh: "分项", en: "Breakdown" },
  breakdownNote: {
    zh: "按案件类别和下级指标分开列出，与总数并列，从不相加；各项的时期和地区可能不同，请看每一项注明的地区和时期。",
    en: "By case type and by the indicators under this one, beside the whole and never added to it; each part's latest value has its own place and period.",
  },
  part: { zh: "分项", en: "Part" },
  latest: { zh: "最新数值", en: "Latest value" },
  whereWhen: { zh: "地区 · 时期", en: "Where · when" },
  count: { zh: "条数 / 地区", en: "Figures / places" },
  recent: { zh: "最近报告的数字", en: "Most recently reported figures" },
  recentNote: { zh: (n: number) => `共${n}条，按时期从近到远列出前${RECENT}条。`, en: (n: number) => `${n} in all; the ${RECENT} latest by period are listed.` },
  other: {
    zh: "“其他”收纳没有合适指标键的数字，它们统计的对象各不相同，所以这里不画图，只列出数字。",
    en: "“Other” holds figures no key fits; they count different things, so nothing is charted here, only listed.",
  },
  noFigures: { zh: "还没有这个指标的数字。", en: "No figures of this indicator yet." },
  open: { zh: "查看出处", en: "Cite" },
  yes: { zh: "已核验", en: "verified" },
  no: { zh: "未核验", en: "unverified" },
  islands: { zh: "南海诸岛", en: "South China Sea Islands" },
  noMapValue: { zh: "无全省全年数值", en: "no province-wide yearly value" },
} as const;

type Plain = { [K in keyof typeof S]: (typeof S)[K] extends { zh: string; en: string } ? K : never }[keyof typeof S];
const s = (lang: Lang, k: Plain): string => (S[k] as { zh: string; en: string })[lang];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const key = await metricParam(params);
  const m = lookupMetric(key);
  const lang = await getLang();
  return { title: m ? `${m[lang]} · ${t(lang, "siteName")}` : t(lang, "notFound") };
}

const citeHref = (id: string) => `/figures/${encodeURIComponent(id)}`;

export default async function MetricPage({ params }: { params: Params }) {
  const key = await metricParam(params);
  const overview = await fetchMetricOverview(key);
  if (!overview) notFound();
  const lang = await getLang();
  const zh = lang === "zh";
  const m = overview.metric;
  const name = m[lang];
  const dims = parseMetric(m.key);
  const ind = dims ? indicatorOf(dims.indicator) : null;
  const isOther = m.key === "other";
  const unit = await mainUnit(m.key);
  const parent = parentMetric(m.key);

  const stats: [string, number][] = [
    [t(lang, "figures"), overview.figures],
    [t(lang, "verified"), overview.verified],
    [s(lang, "regions"), overview.regions],
    [t(lang, "documents"), overview.documents],
  ];
  const figuresHref = `/figures?${new URLSearchParams({ metric: m.key })}`;
  const csvHref = `/api/figures.csv?${new URLSearchParams({ metric: m.key })}`;

  const provinceValues = isOther ? [] : await fetchProvinceYearValues(m.key, unit);
  const regionValues = isOther ? [] : await fetchRegionYearValues(m.key, unit);
  const series = isOther ? [] : await fetchTimeSeries(m.key, unit);
  const breakdown = !isOther && dims && !dims.caseType ? await fetchBreakdown(dims.indicator, dims.statistic) : [];
  const recent = await fetchLatestValues(m.key, RECENT);

  const unitText = unit ? (zh ? unit : unitName(lang, unit)) : "";
  const bars: MetricBarDatum[] = regionValues.map((v) => ({
    id: v.id,
    href: citeHref(v.id),
    // The place's own name (越秀区, not 广东省 广州市 越秀区) keeps the label short; the table has the full place.
    category: `${v.regionCode === NATIONAL_CODE ? placeName(lang, v) : regionName(lang, v.county ?? v.city ?? v.province)} · ${v.year}`,
    value: v.value,
    display: amount(lang, v.value, v.valueMax, v.unit),
    number: amount(lang, v.value, v.valueMax, null),
    region: placeName(lang, v),
    regionHref: v.regionCode ? `/regions/${v.regionCode}` : null,
    period: periodLabel(lang, v.periodStart, v.periodEnd),
    document: v.documentTitle ?? v.documentId,
    label: null,
    verified: v.verified,
  }));
  const barText: MetricChartText = {
    title: `${name}${zh ? "：" : ": "}${s(lang, "barsTitle")}${unitText ? (zh ? `（${unitText}）` : ` (${unitText})`) : ""}`,
    description: s(lang, "barsDesc"),
    categoryAxis: zh ? "地区 · 年份" : "Place · year",
    valueAxis: `${t(lang, "value")}${unitText ? (zh ? `（${unitText}）` : ` (${unitText})`) : ""}`,
    value: t(lang, "value"),
    unit: t(lang, "unit"),
    unitValue: unitText || "—",
    region: t(lang, "region"),
    period: t(lang, "period"),
    document: t(lang, "document"),
    verified: t(lang, "verified"),
    yes: s(lang, "yes"),
    no: s(lang, "no"),
    label: t(lang, "label"),
    source: t(lang, "source"),
    open: s(lang, "open"),
    tableCaption: `${t(lang, "chartData")}: ${s(lang, "barsTitle")}`,
  };

  const lengths = [...new Set(series.map((x) => x.length))] as PeriodLength[];
  // Where each chart's points come from, read before the page is drawn (a query is awaited here, not in a callback of the JSX).
  const seriesSources = new Map(await Promise.all(lengths.map(async (len) => [len, await fetchSourceSummary(series.filter((x) => x.length === len).flatMap((x) => x.points.map((p) => p.id)))] as const)));
  const lineOf = (v: ReportedValue) => ({
    id: v.id,
    href: citeHref(v.id),
    t: Date.parse(`${v.periodEnd}T00:00:00Z`),
    period: periodLabel(lang, v.periodStart, v.periodEnd),
    display: amount(lang, v.value, v.valueMax, v.unit),
    value: v.value,
    verified: v.verified,
  });

  return (
    <div className="space-y-8">
      <nav aria-label={zh ? "位置" : "Breadcrumb"} className="text-sm text-stone-500">
        <Link className="text-blue-700 hover:underline" href="/">
          {t(lang, "navOverview")}
        </Link>
        <span aria-hidden="true"> / </span>
        <Link className="text-blue-700 hover:underline" href="/metrics">
          {s(lang, "indexes")}
        </Link>
        <span aria-hidden="true"> / </span>
        {name}
      </nav>

      <section>
        <h1 className="text-2xl font-semibold">
          {m.zh} <span className="text-lg font-normal text-stone-500">{m.en}</span>
        </h1>
        <p className="mt-1 text-sm break-words text-stone-500">
          {s(lang, "key")} <span className="font-mono">{m.key}</span> · {t(lang, "kind")}: {kindName(lang, m.kind)} · {t(lang, "institution")}: {institutionName(lang, m.institution)}
          {unit && ` · ${t(lang, "unit")}: ${unitText}`}
        </p>
        {ind && (
          <p className="mt-1 text-sm text-stone-600">
            {/* The vocabulary's definitions are written in English; in Chinese the official name says what is counted. */}
            {!zh && `${ind.definition} `}
            {ind.official && (
              <>
                {s(lang, "official")}
                {zh ? "：" : ": "}
                <span lang="zh-CN">{ind.official}</span>
              </>
            )}
          </p>
        )}
        {parent && (
          <p className="mt-1 text-sm">
            {s(lang, "partOf")}
            {zh ? "：" : ": "}
            <Link className="text-blue-700 hover:underline" href={`/metrics/${encodeURIComponent(parent)}`}>
              {metricName(lang, parent)}
            </Link>
          </p>
        )}
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {stats.map(([k, v]) => (
            <div key={k} className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-500">{k}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{v}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm">
          <Link className="text-blue-700 hover:underline" href={figuresHref}>
            {s(lang, "allFigures")} →
          </Link>
        </p>
        <div className="mt-2">
          <DownloadLinks filters={{ metric: m.key }} lang={lang} />
        </div>
        {isOther && <p className="mt-2 text-sm text-stone-600">{s(lang, "other")}</p>}
      </section>

      {overview.figures === 0 && <p className="rounded border border-stone-200 bg-white p-3 text-sm">{s(lang, "noFigures")}</p>}

      {!isOther && overview.figures > 0 && (
        <section className="rounded border border-stone-200 bg-white p-4" aria-labelledby="by-region">
          <h2 id="by-region" className="text-lg font-semibold">
            {s(lang, "byRegion")}
          </h2>
          {provinceValues.length > 0 && (
            <div className="mt-2 max-w-2xl">
              <p className="text-sm text-stone-500">{s(lang, "mapNote")}</p>
              <ChinaMap
                testId="metric-map"
                values={provinceValues.map((v) => ({ code: v.code, value: v.value, title: `${regionName(lang, v.province)} ${v.year}: ${amount(lang, v.value, v.valueMax, v.unit)}` }))}
                text={{ label: `${name}: ${s(lang, "byRegion")}`, legend: t(lang, "value"), noValue: s(lang, "noMapValue"), islands: s(lang, "islands"), credit: lang === "zh" ? "底图：天地图" : "Outlines: Tianditu", provinceName: (_c, n) => regionName(lang, n) }}
              />
            </div>
          )}
          {bars.length > 0 ? (
            <div className="mt-4">
              <MetricChart id="metric-by-region" data={bars} text={barText} />
              <SourceLine lang={lang} summary={await fetchSourceSummary(bars.map((b) => b.id))} figuresHref={figuresHref} downloadHref={csvHref} />
            </div>
          ) : (
            <p className="mt-2 text-sm text-stone-500">{s(lang, "noYearValues")}</p>
          )}
        </section>
      )}

      {!isOther && overview.figures > 0 && (
        <section className="rounded border border-stone-200 bg-white p-4" aria-labelledby="over-time">
          <h2 id="over-time" className="text-lg font-semibold">
            {s(lang, "overTime")}
          </h2>
          {lengths.length === 0 && <p className="mt-2 text-sm text-stone-500">{s(lang, "noSeries")}</p>}
          {lengths.map((len) => {
            const lines: SeriesLine[] = series
              .filter((x) => x.length === len)
              .map((x) => ({ key: x.regionCode, name: placeName(lang, x.points[0]), points: x.points.map(lineOf) }));
            const title = `${name}${zh ? "：" : ": "}${S.lengths[lang][len]}${unitText ? (zh ? `（${unitText}）` : ` (${unitText})`) : ""}`;
            return (
              <div key={len} className="mt-4">
                <TimeSeriesChart
                  id={`series-${len}`}
                  lines={lines}
                  years={len === "year"}
                  lang={lang}
                  text={{ title, description: s(lang, "seriesDesc"), region: t(lang, "region"), period: t(lang, "period"), value: t(lang, "value"), source: t(lang, "source"), open: s(lang, "open"), tableCaption: `${t(lang, "chartData")}: ${title}` }}
                />
                <SourceLine lang={lang} summary={seriesSources.get(len)!} figuresHref={figuresHref} downloadHref={csvHref} />
              </div>
            );
          })}
        </section>
      )}

      {breakdown.length > 0 && (
        <section className="rounded border border-stone-200 bg-white p-4" aria-labelledby="breakdown">
          <h2 id="breakdown" className="text-lg font-semibold">
            {s(lang, "breakdown")}
          </h2>
          <p className="text-sm text-stone-500">{s(lang, "breakdownNote")}</p>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-sm" data-testid="breakdown">
              <thead>
                <tr className="text-left text-stone-500">
                  <th className="py-1 pr-2">{s(lang, "part")}</th>
                  <th className="py-1 pr-2 text-right">{s(lang, "latest")}</th>
                  <th className="py-1 pr-2">{s(lang, "whereWhen")}</th>
                  <th className="py-1 text-right">{s(lang, "count")}</th>
                </tr>
              </thead>
              <tbody>
                {breakdown.map((b) => (
                  <tr key={b.metric} className="border-t border-stone-100">
                    <td className="py-1 pr-2">
                      <Link className="text-blue-700 hover:underline" href={`/metrics/${encodeURIComponent(b.metric)}`}>
                        {metricName(lang, b.metric)}
                      </Link>
                    </td>
                    <td className="py-1 pr-2 text-right tabular-nums">
                      {b.latest && (
                        <Link className="text-blue-700 hover:underline" href={citeHref(b.latest.id)}>
                          {amount(lang, b.latest.value, b.latest.valueMax, b.latest.unit)}
                        </Link>
                      )}
                    </td>
                    <td className="py-1 pr-2 text-stone-600">{b.latest && `${placeName(lang, b.latest)} · ${periodLabel(lang, b.latest.periodStart, b.latest.periodEnd)}`}</td>
                    <td className="py-1 text-right text-stone-500">
                      {b.figures} / {b.regions}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {recent.length > 0 && (
        <section className="rounded border border-stone-200 bg-white p-4" aria-labelledby="recent">
          <h2 id="recent" className="text-lg font-semibold">
            {s(lang, "recent")}
          </h2>
          <p className="text-sm text-stone-500">{S.recentNote[lang](overview.figures)}</p>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-sm" data-testid="recent-figures">
              <thead>
                <tr className="text-left text-stone-500">
                  <th className="py-1 pr-2 text-right">{t(lang, "value")}</th>
                  <th className="py-1 pr-2">{t(lang, "region")}</th>
                  <th className="py-1 pr-2">{t(lang, "period")}</th>
                  <th className="py-1">{t(lang, "document")}</th>
                </tr>
              </thead>
              <RecentFiguresRows
                unverified={s(lang, "no")}
                rows={recent.map((v) => ({
                  id: v.id,
                  value: amount(lang, v.value, v.valueMax, v.unit),
                  verified: !!v.verified,
                  place: placeName(lang, v),
                  period: periodLabel(lang, v.periodStart, v.periodEnd),
                  documentId: v.documentId,
                  documentTitle: v.documentTitle ?? v.documentId,
                  documentDate: v.documentDate ?? null,
                }))}
              />
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
