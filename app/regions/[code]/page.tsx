import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getLang } from "@/lib/lang";
import { DownloadLinks } from "@/components/DownloadLinks";
import { institutionName, kindName, metricName, qualifierName, regionName, t, type Lang } from "@/lib/i18n";
import { formatValue } from "@/lib/format";
import {
  fetchRegionCountsByInstitutionKind,
  fetchRegionFiguresByMetric,
  fetchRegionInfo,
  fetchSubRegionCounts,
  lookupRegion,
  type RegionFigure,
  type RegionInfo,
} from "@/lib/queries";
import { CountBarChart, type CountDatum } from "@/components/RegionCharts";

export const dynamic = "force-dynamic"; // read the database at request time, not at build time

type Params = Promise<{ code: string }>;

// Strings of this page only (the shared ones come from lib/i18n.ts).
const S = {
  level: {
    province: { zh: "省级", en: "Province" },
    city: { zh: "地级", en: "Prefecture" },
    county: { zh: "县级", en: "County" },
  },
  code: { zh: "区划代码", en: "Division code" },
  home: { zh: "总览", en: "Overview" },
  subCities: { zh: "各地市报告的数字条数", en: "Figures reported, by prefecture" },
  subCounties: { zh: "各区县报告的数字条数", en: "Figures reported, by county" },
  subNote: {
    zh: "统计的是数字的条数，不是数值之和。点击柱形进入该地区的页面。",
    en: "This counts figures; it does not add their values. Click a bar to open that region's page.",
  },
  subAxisCity: { zh: "地市", en: "Prefecture" },
  subAxisCounty: { zh: "区县", en: "County" },
  noSub: { zh: "没有下级地区单独报告数字。", en: "No sub-region reports figures of its own." },
  ik: { zh: "机构 · 类型", en: "Institution · kind" },
  countAxis: { zh: "数字条数（条）", en: "Number of figures" },
  byMetric: { zh: "各指标的数字", en: "Figures by metric" },
  byMetricNote: {
    zh: "每个数值链接到它的出处原句；指标名链接到该指标的跨地区比较。不同指标、不同单位的数值从不相加。",
    en: "Each value links to its source sentence; each metric links to its comparison across regions. Values of different metrics or units are never added.",
  },
  allHere: { zh: "在数字页查看本地区全部数字", en: "All figures of this region on the explore page" },
  noFigures: { zh: "还没有报告本地区的数字。", en: "No figures have been reported for this region yet." },
  periodUnknown: { zh: "时期未知", en: "period unknown" },
  n: { zh: "条", en: "figures" },
  sub: { zh: "下级地区", en: "Sub-regions" },
} as const;

const s = (lang: Lang, x: { zh: string; en: string }) => x[lang];

function ownNote(lang: Lang, n: number, name: string): string {
  return lang === "zh" ? `另有 ${n} 条数字只报告到${name}本级，未归入下级地区。` : `${n} more figures are reported for ${name} as a whole, not for a sub-region.`;
}

function periodText(lang: Lang, f: RegionFigure): string {
  const dates =
    f.periodStart && f.periodEnd
      ? `${f.periodStart} – ${f.periodEnd}`
      : f.periodEnd
        ? (lang === "zh" ? `至${f.periodEnd}` : `to ${f.periodEnd}`)
        : f.periodStart
          ? (lang === "zh" ? `${f.periodStart}起` : `from ${f.periodStart}`)
          : null;
  if (lang === "zh") return f.period ? (dates ? `${f.period}（${dates}）` : f.period) : (dates ?? S.periodUnknown.zh);
  return dates ? (f.period ? `${dates} (${f.period})` : dates) : (f.period ?? S.periodUnknown.en);
}

/** The most specific name known for a figure's region. */
function figureRegion(lang: Lang, f: RegionFigure): string {
  return regionName(lang, f.county ?? f.city ?? f.province);
}

function fullName(lang: Lang, r: RegionInfo): string {
  return [...r.parents, r].map((p) => regionName(lang, p.name)).join(lang === "zh" ? " " : ", ");
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { code } = await params;
  const r = lookupRegion(code);
  const lang = await getLang();
  return { title: r ? `${regionName(lang, r.name)} · ${t(lang, "siteName")}` : t(lang, "notFound") };
}

export default async function RegionPage({ params }: { params: Params }) {
  const { code } = await params;
  const ref = lookupRegion(code);
  if (!ref) notFound();
  if (ref.code !== code) permanentRedirect(`/regions/${ref.code}`); // 13 or 1311 → the six-digit form
  const region = fetchRegionInfo(ref.code);
  if (!region) notFound();
  const lang = await getLang();
  const name = regionName(lang, region.name);
  const sub = fetchSubRegionCounts(region.code);
  const byIk = fetchRegionCountsByInstitutionKind(region.code);
  const byMetric = fetchRegionFiguresByMetric(region.code);

  const explore = (extra: Record<string, string> = {}) => `/figures?${new URLSearchParams({ region: region.code, ...extra })}`;
  const ikData: CountDatum[] = byIk.map((r) => ({
    key: `${r.institution}|${r.kind}`,
    label: `${institutionName(lang, r.institution)} · ${kindName(lang, r.kind)}`,
    figures: r.figures,
    verified: r.verified,
    href: explore({ institution: r.institution, kind: r.kind }),
    group: r.institution,
  }));
  const subData: CountDatum[] = sub.regions.map((r) => ({
    key: r.code,
    label: regionName(lang, r.name),
    figures: r.figures,
    verified: r.verified,
    href: `/regions/${r.code}`,
  }));
  const subAreCities = sub.regions.some((r) => r.level === "city");

  const stats: [string, number][] = [
    [t(lang, "figures"), region.figures],
    [t(lang, "verified"), region.verified],
    [t(lang, "documents"), region.documents],
    [s(lang, S.sub), sub.regions.length],
  ];

  return (
    <div className="space-y-8">
      <nav aria-label={lang === "zh" ? "地区层级" : "Region hierarchy"} className="text-sm text-stone-500">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link className="text-blue-700 hover:underline" href="/">
              {s(lang, S.home)}
            </Link>
          </li>
          {region.parents.map((p) => (
            <li key={p.code}>
              <span aria-hidden="true">/ </span>
              <Link className="text-blue-700 hover:underline" href={`/regions/${p.code}`}>
                {regionName(lang, p.name)}
              </Link>
            </li>
          ))}
          <li aria-current="page">
            <span aria-hidden="true">/ </span>
            {name}
          </li>
        </ol>
      </nav>

      <section>
        <h1 className="text-2xl font-semibold">
          {name}
          {lang === "en" && <span className="ml-2 text-lg font-normal text-stone-500">{region.name}</span>}
        </h1>
        <p className="mt-1 text-sm text-stone-500">
          {fullName(lang, region)} · {s(lang, S.level[region.level])} · {s(lang, S.code)} <span className="font-mono">{region.code}</span>
        </p>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {stats.map(([k, v]) => (
            <div key={k} className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-500">{k}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{v}</dd>
            </div>
          ))}
        </dl>
        {region.figures > 0 ? (
          <>
          <p className="mt-3 text-sm">
            <Link className="text-blue-700 hover:underline" href={explore()}>
              {s(lang, S.allHere)} →
            </Link>
          </p>
        <div className="mt-2">
          <DownloadLinks filters={{ region: region.code }} lang={lang} />
        </div>
          </>
        ) : (
          <p className="mt-3 rounded border border-stone-200 bg-white p-3 text-sm">{s(lang, S.noFigures)}</p>
        )}
      </section>

      {region.level !== "county" && region.figures > 0 && (
        <section className="rounded border border-stone-200 bg-white p-4" aria-label={s(lang, S.sub)}>
          {subData.length > 0 ? (
            <CountBarChart
              id="subregions"
              data={subData}
              text={{
                title: `${name}${lang === "zh" ? "：" : ": "}${s(lang, subAreCities ? S.subCities : S.subCounties)}`,
                description: s(lang, S.subNote),
                categoryAxis: s(lang, subAreCities ? S.subAxisCity : S.subAxisCounty),
                countAxis: s(lang, S.countAxis),
                figures: t(lang, "numberOfFigures"),
                verified: t(lang, "verified"),
                tableCaption: `${t(lang, "chartData")}: ${s(lang, subAreCities ? S.subCities : S.subCounties)}`,
              }}
            />
          ) : (
            <p className="text-sm text-stone-500">{s(lang, S.noSub)}</p>
          )}
          {subData.length > 0 && sub.ownFigures > 0 && <p className="mt-2 text-sm text-stone-500">{ownNote(lang, sub.ownFigures, name)}</p>}
        </section>
      )}

      {ikData.length > 0 && (
        <section className="rounded border border-stone-200 bg-white p-4" aria-label={t(lang, "figuresByInstitution")}>
          <CountBarChart
            id="institution-kind"
            data={ikData}
            text={{
              title: `${name}${lang === "zh" ? "：" : ": "}${t(lang, "figuresByInstitution")}`,
              description: t(lang, "countNote"),
              categoryAxis: s(lang, S.ik),
              countAxis: s(lang, S.countAxis),
              figures: t(lang, "numberOfFigures"),
              verified: t(lang, "verified"),
              tableCaption: `${t(lang, "chartData")}: ${t(lang, "figuresByInstitution")}`,
            }}
          />
        </section>
      )}

      {byMetric.length > 0 && (
        <section className="rounded border border-stone-200 bg-white p-4" aria-labelledby="by-metric-title" aria-describedby="by-metric-desc">
          <h2 id="by-metric-title" className="font-medium">
            {name}
            {lang === "zh" ? "：" : ": "}
            {s(lang, S.byMetric)}
          </h2>
          <p id="by-metric-desc" className="mb-2 text-sm text-stone-500">
            {s(lang, S.byMetricNote)}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="by-metric-table">
              <thead>
                <tr className="text-left text-stone-500">
                  <th scope="col" className="py-1 pr-3 font-normal">{t(lang, "metric")}</th>
                  <th scope="col" className="py-1 pr-3 text-right font-normal">{t(lang, "value")}</th>
                  <th scope="col" className="py-1 pr-3 font-normal">{t(lang, "label")}</th>
                  <th scope="col" className="py-1 pr-3 font-normal">{t(lang, "period")}</th>
                  <th scope="col" className="py-1 pr-3 font-normal">{t(lang, "region")}</th>
                  <th scope="col" className="py-1 font-normal">{t(lang, "verified")}</th>
                </tr>
              </thead>
              {byMetric.map((g) => (
                <tbody key={g.metric} className="border-t-2 border-stone-200">
                  {g.figures.map((f, i) => (
                    <tr key={f.id} className="border-t border-stone-100 align-top">
                      {i === 0 && (
                        <th scope="rowgroup" rowSpan={g.figures.length} className="py-1 pr-3 text-left font-normal">
                          <Link className="text-blue-700 hover:underline" href={`/metrics/${encodeURIComponent(g.metric)}`}>
                            {metricName(lang, g.metric)}
                          </Link>
                          {g.figures.length > 1 && (
                            <span className="block text-xs text-stone-500">
                              {g.figures.length} {s(lang, S.n)}
                            </span>
                          )}
                        </th>
                      )}
                      <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">
                        <Link className="text-blue-700 hover:underline" href={`/figures/${encodeURIComponent(f.id)}`} data-testid="figure-link">
                          {formatValue(f.value, f.valueMax, f.unit)}
                        </Link>
                        {f.qualifier !== "exact" && f.qualifier !== "range" && (
                          <span className="block text-xs text-stone-500">{qualifierName(lang, f.qualifier)}</span>
                        )}
                      </td>
                      <td className="py-1 pr-3">{f.label ?? "—"}</td>
                      <td className="py-1 pr-3">{periodText(lang, f)}</td>
                      <td className="py-1 pr-3 whitespace-nowrap">
                        {f.regionCode && f.regionCode !== region.code ? (
                          <Link className="text-blue-700 hover:underline" href={`/regions/${f.regionCode}`}>
                            {figureRegion(lang, f)}
                          </Link>
                        ) : (
                          figureRegion(lang, f)
                        )}
                      </td>
                      <td className={`py-1 ${f.verified ? "text-[var(--color-verified)]" : "text-[var(--color-unverified)]"}`}>
                        {f.verified ? t(lang, "verified") : t(lang, "unverified")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
