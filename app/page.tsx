import type { Metadata } from "next";
import Link from "next/link";
import { fetchDataSummary, fetchHeadlines, fetchLatestValue, fetchMappableMetrics, fetchProvinceCounts, fetchProvinceYearValues, fetchSourceSummary, HEADLINE_INDICATORS } from "@/lib/queries";
import { getLang } from "@/lib/lang";
import { amount, institutionName, metricName, periodLabel, placeName, regionName, t, type Lang } from "@/lib/i18n";
import { ChinaMap } from "@/components/ChinaMap";
import { NATIONAL_CODE } from "@/lib/extract/national";
import { SourceLine } from "@/components/SourceLine";
import { MapTableRows } from "@/components/MapTableRows";
import { ValueLink } from "@/components/ValueLink";

export const dynamic = "force-dynamic"; // read the database at request time, not at build time

export async function generateMetadata(): Promise<Metadata> {
  const lang = await getLang();
  return { title: `${t(lang, "siteName")} · ${lang === "zh" ? "总览" : "Overview"}` };
}

const DEFAULT_MAP = "court.cases.concluded";

// Strings of this page only.
const S = {
  inData: { zh: "数据包含", en: "In the data" },
  headlines: { zh: "各机构最新报告的数值", en: "The latest values each kind of body reported" },
  headlinesNote: {
    zh: "每项是最近一个时期报告的数值，注明地区和时期；点击数值查看出处原句。",
    en: "Each is the value reported for the most recent period, with where and when; click a value for its source sentence.",
  },
  noValue: { zh: "尚无数字", en: "no figure yet" },
  mapTitle: { zh: "按省份", en: "By province" },
  mapNote: {
    zh: "地图只画各省（区、市）一级机构报告的全省全年数值，每省取最近一年；市、县的数字和其他时期长度的数字不在图上，因为放在一起无法比较。",
    en: "The map shows only values for a whole province over a calendar year, reported by its provincial bodies, the latest year for each; city and county figures and other period lengths are left off, since side by side they would not compare.",
  },
  choose: { zh: "选择指标", en: "Indicator" },
  show: { zh: "显示", en: "Show" },
  unknownMetric: { zh: "没有这个指标，已显示默认指标：", en: "No such indicator; showing the default:" },
  province: { zh: "省份", en: "Province" },
  year: { zh: "年份", en: "Year" },
  others: { zh: "其他数字", en: "Other figures" },
  national: { zh: "全国", en: "National" },
  legend: { zh: "数值", en: "Value" },
  noMapValue: { zh: "无全省全年数值", en: "no province-wide yearly value" },
  islands: { zh: "南海诸岛", en: "South China Sea Islands" },
  indicatorPage: { zh: "指标页（各地区、各时期）", en: "Indicator page (all places and periods)" },
  browse: { zh: "浏览", en: "Browse" },
  allIndicators: { zh: "全部指标", en: "All indicators" },
  allRegions: { zh: "全部地区", en: "All regions" },
  allDocuments: { zh: "全部文档", en: "All documents" },
  noData: { zh: "还没有任何省份报告这个指标的全年数值。", en: "No province has reported a yearly value of this indicator yet." },
} as const;

const s = (lang: Lang, k: keyof typeof S): string => S[k][lang];
const fromPlaces = (lang: Lang, f: number, r: number) => (lang === "zh" ? `共${f}条，来自${r}个地区` : `${f} ${f === 1 ? "figure" : "figures"} from ${r} ${r === 1 ? "place" : "places"}`);

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await getLang();
  const zh = lang === "zh";
  const summary = await fetchDataSummary();
  const headlines = await fetchHeadlines();
  const mappable = await fetchMappableMetrics();
  const asked = (await searchParams).map;
  const wanted = typeof asked === "string" ? asked : null;
  const known = new Set([...mappable.map((m) => m.metric), DEFAULT_MAP]);
  const mapMetric = wanted && known.has(wanted) ? wanted : DEFAULT_MAP;
  const values = await fetchProvinceYearValues(mapMetric);
  const counts = await fetchProvinceCounts(mapMetric);
  const national = await fetchLatestValue(mapMetric, NATIONAL_CODE);
  const mapSources = await fetchSourceSummary(values.map((v) => v.id));
  const name = metricName(lang, mapMetric);
  const years = summary.firstYear && summary.lastYear ? (summary.firstYear === summary.lastYear ? `${summary.firstYear}` : `${summary.firstYear}–${summary.lastYear}`) : null;

  return (
    <div className="space-y-8">
      <section>
        <h1 className="mb-1 text-2xl font-semibold">{t(lang, "siteName")}</h1>
        <p className="mb-2 text-stone-600">{t(lang, "tagline")}</p>
        <p className="text-sm text-stone-600" data-testid="data-summary">
          {s(lang, "inData")}
          {zh ? "：" : ": "}
          <Link className="text-blue-700 hover:underline" href="/documents">
            {zh ? `${summary.documents}份文档` : `${summary.documents} documents`}
          </Link>
          {zh ? "，" : ", "}
          {zh ? `${summary.bodies}个报告机构` : `${summary.bodies} reporting bodies`}
          {zh ? "，" : ", "}
          <Link className="text-blue-700 hover:underline" href="/regions">
            {zh ? `${summary.provinces}个省份${summary.national ? "及全国" : ""}` : `${summary.provinces} provinces${summary.national ? " and national bodies" : ""}`}
          </Link>
          {years && (zh ? `，${years}年发布` : `, published ${years}`)}
          {zh ? "。" : "."}
        </p>
      </section>

      <section aria-labelledby="headlines">
        <h2 id="headlines" className="text-lg font-semibold">{s(lang, "headlines")}</h2>
        <p className="mb-3 text-sm text-stone-500">{s(lang, "headlinesNote")}</p>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {Object.keys(HEADLINE_INDICATORS).map((inst) => (
            <div key={inst} className="rounded border border-stone-200 bg-white p-3" data-testid={`headline-${inst}`}>
              <h3 className="mb-2 text-sm font-semibold text-stone-700">{institutionName(lang, inst)}</h3>
              <dl className="space-y-3">
                {headlines
                  .filter((h) => h.institution === inst)
                  .map((h) => (
                    <div key={h.metric}>
                      <dt className="text-sm">
                        <Link className="hover:underline" href={`/metrics/${encodeURIComponent(h.metric)}`}>
                          {metricName(lang, h.metric)}
                        </Link>
                      </dt>
                      <dd className="text-sm">
                        {h.latest ? (
                          <>
                            <span className="text-lg">
                              <ValueLink id={h.latest.id}>{amount(lang, h.latest.value, h.latest.valueMax, h.latest.unit)}</ValueLink>
                            </span>
                            <span className="block text-xs text-stone-500">
                              {placeName(lang, h.latest)} · {periodLabel(lang, h.latest.periodStart, h.latest.periodEnd)}
                            </span>
                            <span className="block text-xs text-stone-400">{fromPlaces(lang, h.figures, h.regions)}</span>
                          </>
                        ) : (
                          <span className="text-stone-400">{s(lang, "noValue")}</span>
                        )}
                      </dd>
                    </div>
                  ))}
              </dl>
            </div>
          ))}
        </div>
      </section>

      <section className="rounded border border-stone-200 bg-white p-4" aria-labelledby="map-title">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="map-title" className="text-lg font-semibold">
            {s(lang, "mapTitle")}
            {zh ? "：" : ": "}
            {name}
          </h2>
          <form method="get" action="/" className="flex flex-wrap items-center gap-2 text-sm">
            <label htmlFor="map-metric">{s(lang, "choose")}</label>
            <select id="map-metric" name="map" defaultValue={mapMetric} className="max-w-[16rem] rounded border border-stone-300 bg-white px-2 py-1">
              {[...known].map((m) => (
                <option key={m} value={m}>
                  {metricName(lang, m)}
                  {mappable.find((x) => x.metric === m) ? ` (${mappable.find((x) => x.metric === m)!.provinces})` : ""}
                </option>
              ))}
            </select>
            <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
              {s(lang, "show")}
            </button>
          </form>
        </div>
        {wanted && wanted !== mapMetric && (
          <p className="mt-2 text-sm text-amber-800" role="status">
            {s(lang, "unknownMetric")} {name}
          </p>
        )}
        <p className="mt-1 text-sm text-stone-500">{s(lang, "mapNote")}</p>
        <div className="mt-3 grid gap-4 md:grid-cols-3">
          <div className="md:col-span-2">
            <ChinaMap
              testId="china-map"
              values={values.map((v) => ({ code: v.code, value: v.value, title: `${regionName(lang, v.province)} ${periodLabel(lang, v.periodStart, v.periodEnd)}: ${amount(lang, v.value, v.valueMax, v.unit)}` }))}
              text={{ label: `${s(lang, "mapTitle")}: ${name}`, legend: s(lang, "legend"), noValue: s(lang, "noMapValue"), islands: s(lang, "islands"), credit: lang === "zh" ? "底图：天地图" : "Outlines: Tianditu", provinceName: (_code, n) => regionName(lang, n) }}
            />
          </div>
          <div className="min-w-0">
            {values.length === 0 && <p className="text-sm text-stone-500">{s(lang, "noData")}</p>}
            <table className="w-full text-sm" aria-label={`${t(lang, "chartData")}: ${name}`} data-testid="map-table">
              <thead>
                <tr className="text-left text-stone-500">
                  <th className="py-1 pr-2">{s(lang, "province")}</th>
                  <th className="py-1 pr-2 text-right">{t(lang, "value")}</th>
                  <th className="py-1 pr-2">{s(lang, "year")}</th>
                  <th className="py-1 text-right">{s(lang, "others")}</th>
                </tr>
              </thead>
              <tbody>
                {national && (
                  <tr className="border-t border-stone-100">
                    <td className="py-1 pr-2">{s(lang, "national")}</td>
                    <td className="py-1 pr-2 text-right"><ValueLink id={national.id}>{amount(lang, national.value, national.valueMax, national.unit)}</ValueLink></td>
                    <td className="py-1 pr-2">{periodLabel(lang, national.periodStart, national.periodEnd)}</td>
                    <td className="py-1 text-right" />
                  </tr>
                )}
                <MapTableRows
                  rows={values.map((v) => ({
                    code: v.code,
                    province: regionName(lang, v.province),
                    id: v.id,
                    value: amount(lang, v.value, v.valueMax, v.unit),
                    year: v.year,
                    othersHref: `/figures?${new URLSearchParams({ metric: mapMetric, region: v.code })}`,
                    others: Math.max(0, (counts.get(v.code) ?? 0) - 1),
                  }))}
                />
              </tbody>
            </table>
            <p className="mt-3 text-sm">
              <Link className="text-blue-700 hover:underline" href={`/metrics/${encodeURIComponent(mapMetric)}`}>
                {s(lang, "indicatorPage")} →
              </Link>
            </p>
          </div>
        </div>
        <SourceLine lang={lang} summary={mapSources} figuresHref={`/figures?${new URLSearchParams({ metric: mapMetric })}`} downloadHref={`/api/figures.csv?${new URLSearchParams({ metric: mapMetric })}`} />
      </section>

      <section>
        <h2 className="mb-2 text-lg font-semibold">{s(lang, "browse")}</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <li><Link className="text-blue-700 hover:underline" href="/metrics">{s(lang, "allIndicators")} →</Link></li>
          <li><Link className="text-blue-700 hover:underline" href="/regions">{s(lang, "allRegions")} →</Link></li>
          <li><Link className="text-blue-700 hover:underline" href="/documents">{s(lang, "allDocuments")} →</Link></li>
          <li><Link className="text-blue-700 hover:underline" href="/figures">{t(lang, "navFigures")} →</Link></li>
        </ul>
      </section>
    </div>
  );
}
