import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getLang } from "@/lib/lang";
import { DownloadLinks } from "@/components/DownloadLinks";
import { RegionMetricRows } from "@/components/RegionMetricRows";
import { amount, metricName, periodLabel, regionName, t, type Lang } from "@/lib/i18n";
import { fetchRegionInfo, fetchRegionLatestValues, fetchSubRegionCounts, lookupRegion, type RegionInfo } from "@/lib/queries";

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
    zh: "地区名后是它报告的数字条数（不是数值之和）。",
    en: "After each name, how many figures it reports (a count, not a sum of values).",
  },
  byMetric: { zh: "各指标最新报告的数值", en: "The latest value of each indicator" },
  byMetricNote: {
    zh: "每个指标取本地区（先本级、后下级）最近一个时期报告的数值；数值链接到出处原句，指标名链接到该指标的跨地区、跨时期比较，条数链接到全部数字。不同指标、不同单位的数值从不相加。",
    en: "For each indicator, the value reported for the most recent period in this region (its own bodies first, then those below); the value links to its sentence, the indicator to its comparison across places and years, the count to all its figures. Values of different indicators or units are never added.",
  },
  latestValue: { zh: "最新数值", en: "Latest value" },
  allHere: { zh: "在数字页查看本地区全部数字", en: "All figures of this region on the explore page" },
  noFigures: { zh: "还没有报告本地区的数字。", en: "No figures have been reported for this region yet." },
  sub: { zh: "下级地区", en: "Sub-regions" },
} as const;

const s = (lang: Lang, x: { zh: string; en: string }) => x[lang];

function ownNote(lang: Lang, n: number, name: string): string {
  return lang === "zh" ? `另有 ${n} 条数字只报告到${name}本级，未归入下级地区。` : `${n} more figures are reported for ${name} as a whole, not for a sub-region.`;
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
  const region = await fetchRegionInfo(ref.code);
  if (!region) notFound();
  const lang = await getLang();
  const name = regionName(lang, region.name);
  const sub = await fetchSubRegionCounts(region.code);
  const latest = await fetchRegionLatestValues(region.code, region.prefix);

  const explore = (extra: Record<string, string> = {}) => `/figures?${new URLSearchParams({ region: region.code, ...extra })}`;
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

      {region.level !== "county" && sub.regions.length > 0 && (
        <section className="rounded border border-stone-200 bg-white p-4" aria-labelledby="sub-title">
          <h2 id="sub-title" className="font-medium">
            {name}
            {lang === "zh" ? "：" : ": "}
            {s(lang, subAreCities ? S.subCities : S.subCounties)}
          </h2>
          <p className="mb-2 text-sm text-stone-500">{s(lang, S.subNote)}</p>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" data-testid="sub-regions">
            {sub.regions.map((r) => (
              <li key={r.code}>
                <Link className="text-blue-700 hover:underline" href={`/regions/${r.code}`}>
                  {regionName(lang, r.name)}
                </Link>{" "}
                <span className="text-stone-500 tabular-nums">{r.figures}</span>
              </li>
            ))}
          </ul>
          {sub.ownFigures > 0 && <p className="mt-2 text-sm text-stone-500">{ownNote(lang, sub.ownFigures, name)}</p>}
        </section>
      )}

      {latest.length > 0 && (
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
                  <th scope="col" className="py-1 pr-3 text-right font-normal">{s(lang, S.latestValue)}</th>
                  <th scope="col" className="py-1 pr-3 font-normal">{t(lang, "region")}</th>
                  <th scope="col" className="py-1 pr-3 font-normal">{t(lang, "period")}</th>
                  <th scope="col" className="py-1 text-right font-normal">{t(lang, "figures")}</th>
                </tr>
              </thead>
              <RegionMetricRows
                unverified={t(lang, "unverified")}
                rows={latest.map(({ metric, figures: n, latest: f }) => ({
                  metric,
                  metricName: metricName(lang, metric),
                  figures: n,
                  figuresHref: explore({ metric }),
                  id: f.id,
                  value: amount(lang, f.value, f.valueMax, f.unit),
                  verified: !!f.verified,
                  placeCode: f.regionCode && f.regionCode !== region.code ? f.regionCode : null,
                  place: regionName(lang, f.county ?? f.city ?? f.province),
                  period: periodLabel(lang, f.periodStart, f.periodEnd),
                }))}
              />
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
