import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLang } from "@/lib/lang";
import { DownloadLinks } from "@/components/DownloadLinks";
import { institutionName, kindName, regionName, t, type Lang, placeName } from "@/lib/i18n";
import { NATIONAL_CODE } from "@/lib/extract/national";
import { formatValue } from "@/lib/format";
import { fetchMetricFiguresByUnit, fetchMetricOverview, lookupMetric, type MetricFigure } from "@/lib/queries";
import { MetricChart, type MetricBarDatum, type MetricChartText } from "@/components/MetricChart";

export const dynamic = "force-dynamic"; // read the database at request time, not at build time

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
  home: { zh: "总览", en: "Overview" },
  key: { zh: "指标键", en: "Metric key" },
  regions: { zh: "地区数", en: "Regions" },
  allFigures: { zh: "在数字页查看本指标的全部数字", en: "All figures of this metric on the explore page" },
  chartTitle: { zh: "各地区、各时期的数值", en: "values by region and period" },
  chartDesc: {
    zh: "每根柱形是一条数字，标注其地区和时期；各条数字的时期可能重叠，所以从不相加。蓝色为已核验，橙色为未核验。点击柱形查看出处原句。",
    en: "Each bar is one figure, labelled by its region and period; periods may overlap, so figures are never added. Blue: verified; orange: unverified. Click a bar to see its source sentence.",
  },
  rangeNote: { zh: "区间数值的柱形画到下限。", en: "A range is drawn to its lower bound." },
  regionPeriod: { zh: "地区 · 时期", en: "Region · period" },
  labelRegion: { zh: "统计对象 · 地区", en: "What is counted · region" },
  valueAxis: { zh: "数值", en: "Value" },
  noUnit: { zh: "无单位", en: "no unit" },
  severalUnits: {
    zh: "本指标的数字有多种单位；每种单位单独一张图，不同单位的数值不放在一起比较。",
    en: "Figures of this metric come in several units; each unit has its own chart, and values in different units are not compared.",
  },
  other: {
    zh: "“其他”收纳没有合适指标键的数字，它们统计的对象各不相同，请对照“统计对象”一栏阅读。",
    en: "“Other” holds figures no metric key fits; they count different things, so read each with its “what is counted” column.",
  },
  noFigures: { zh: "还没有这个指标的数字。", en: "No figures of this metric yet." },
  periodUnknown: { zh: "时期未知", en: "period unknown" },
  source: { zh: "出处", en: "Source" },
  open: { zh: "查看出处", en: "Cite" },
  yes: { zh: "已核验", en: "verified" },
  no: { zh: "未核验", en: "unverified" },
  kindInst: { zh: "类型与机构", en: "Kind and institution" },
} as const;

// English glosses of the units reported, shown beside the Chinese unit.
const UNIT_EN: Record<string, string> = {
  件: "cases", 起: "cases", 人: "persons", 人次: "person-times", 天: "days", 元: "yuan", 分钟: "minutes",
  个月: "months", 年: "years", 次: "times", 场次: "sessions", "%": "percent", 份: "copies", 项: "items", 个: "items",
};

const s = (lang: Lang, x: { zh: string; en: string }) => x[lang];

function unitText(lang: Lang, unit: string | null): string {
  if (!unit) return s(lang, S.noUnit);
  return lang === "en" && UNIT_EN[unit] ? `${unit}, ${UNIT_EN[unit]}` : unit;
}

function dates(f: MetricFigure, lang: Lang): string | null {
  if (f.periodStart && f.periodEnd) return `${f.periodStart} – ${f.periodEnd}`;
  if (f.periodEnd) return lang === "zh" ? `至${f.periodEnd}` : `to ${f.periodEnd}`;
  if (f.periodStart) return lang === "zh" ? `${f.periodStart}起` : `from ${f.periodStart}`;
  return null;
}

/** Short period for a bar's label: the phrase in Chinese, the dates in English. */
function periodShort(lang: Lang, f: MetricFigure): string {
  if (lang === "en") return dates(f, lang) ?? f.period ?? S.periodUnknown.en;
  if (!f.period) return dates(f, lang) ?? S.periodUnknown.zh;
  // 今年1月至10月 is relative to the report: add the year the dates resolve it to.
  const year = (f.periodEnd ?? f.periodStart)?.slice(0, 4);
  return year && !/\d{4}/.test(f.period) ? `${f.period}（${year}）` : f.period;
}

/** The period in full, for the tooltip and the table. */
function periodFull(lang: Lang, f: MetricFigure): string {
  const d = dates(f, lang);
  if (lang === "zh") return f.period ? (d ? `${f.period}（${d}）` : f.period) : (d ?? S.periodUnknown.zh);
  return d ? (f.period ? `${d} (${f.period})` : d) : (f.period ?? S.periodUnknown.en);
}

function clip(x: string, n: number): string {
  const chars = Array.from(x);
  return chars.length > n ? `${chars.slice(0, n - 1).join("")}…` : x;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const key = await metricParam(params);
  const m = lookupMetric(key);
  const lang = await getLang();
  return { title: m ? `${m[lang]} · ${t(lang, "siteName")}` : t(lang, "notFound") };
}

export default async function MetricPage({ params }: { params: Params }) {
  const key = await metricParam(params);
  const overview = fetchMetricOverview(key);
  if (!overview) notFound();
  const lang = await getLang();
  const m = overview.metric;
  const name = m[lang];
  const series = fetchMetricFiguresByUnit(m.key);
  const isOther = m.key === "other";

  const stats: [string, number][] = [
    [t(lang, "figures"), overview.figures],
    [t(lang, "verified"), overview.verified],
    [s(lang, S.regions), overview.regions],
    [t(lang, "documents"), overview.documents],
  ];

  return (
    <div className="space-y-8">
      <nav aria-label={lang === "zh" ? "位置" : "Breadcrumb"} className="text-sm text-stone-500">
        <Link className="text-blue-700 hover:underline" href="/">
          {s(lang, S.home)}
        </Link>
        <span aria-hidden="true"> / </span>
        {t(lang, "metric")}
      </nav>

      <section>
        <h1 className="text-2xl font-semibold">
          {m.zh} <span className="text-lg font-normal text-stone-500">{m.en}</span>
        </h1>
        <p className="mt-1 text-sm text-stone-500">
          {s(lang, S.key)} <span className="font-mono">{m.key}</span> · {t(lang, "kind")}: {kindName(lang, m.kind)} · {t(lang, "institution")}:{" "}
          {institutionName(lang, m.institution)}
        </p>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {stats.map(([k, v]) => (
            <div key={k} className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-500">{k}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{v}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm">
          <Link className="text-blue-700 hover:underline" href={`/figures?${new URLSearchParams({ metric: m.key })}`}>
            {s(lang, S.allFigures)} →
          </Link>
        </p>
        <div className="mt-2">
          <DownloadLinks filters={{ metric: m.key }} lang={lang} />
        </div>
        {isOther && <p className="mt-2 text-sm text-stone-600">{s(lang, S.other)}</p>}
        {series.length > 1 && <p className="mt-2 text-sm text-stone-600">{s(lang, S.severalUnits)}</p>}
      </section>

      {series.length === 0 && <p className="rounded border border-stone-200 bg-white p-3 text-sm">{s(lang, S.noFigures)}</p>}

      {series.map((u, i) => {
        const unit = unitText(lang, u.unit);
        const hasRange = u.figures.some((f) => f.valueMax !== null);
        const data: MetricBarDatum[] = u.figures.map((f) => {
          const place = f.regionCode === NATIONAL_CODE ? placeName(lang, f) : regionName(lang, f.county ?? f.city ?? f.province);
          const category = isOther ? [clip(f.label ?? "—", 12), place] : [place, periodShort(lang, f)];
          return {
            id: f.id,
            href: `/figures/${encodeURIComponent(f.id)}`,
            category: clip(category.join(" · "), 26),
            value: f.value,
            display: formatValue(f.value, f.valueMax, f.unit),
            number: formatValue(f.value, f.valueMax, null),
            region: placeName(lang, f),
            regionHref: f.regionCode && f.regionCode !== NATIONAL_CODE ? `/regions/${f.regionCode}` : null,
            period: periodFull(lang, f),
            document: f.documentTitle ? `${f.documentTitle} (${f.documentId})` : f.documentId,
            label: f.label,
            verified: f.verified,
          };
        });
        const title =
          lang === "zh" ? `${name}：${S.chartTitle.zh}（单位：${unit}）` : `${name}: ${S.chartTitle.en} (unit: ${unit})`;
        const text: MetricChartText = {
          title,
          description: [s(lang, S.chartDesc), hasRange ? s(lang, S.rangeNote) : ""].filter(Boolean).join(lang === "zh" ? "" : " "),
          categoryAxis: s(lang, isOther ? S.labelRegion : S.regionPeriod),
          valueAxis: `${s(lang, S.valueAxis)}${lang === "zh" ? `（${unit}）` : ` (${unit})`}`,
          value: t(lang, "value"),
          unit: t(lang, "unit"),
          unitValue: u.unit ?? "—",
          region: t(lang, "region"),
          period: t(lang, "period"),
          document: t(lang, "document"),
          verified: t(lang, "verified"),
          yes: s(lang, S.yes),
          no: s(lang, S.no),
          label: t(lang, "label"),
          source: s(lang, S.source),
          open: s(lang, S.open),
          tableCaption: `${t(lang, "chartData")}: ${title}`,
        };
        return (
          <section key={u.unit ?? ""} className="rounded border border-stone-200 bg-white p-4" aria-label={title}>
            <MetricChart id={`metric-unit-${i}`} data={data} text={text} showLabel={isOther} />
          </section>
        );
      })}
    </div>
  );
}
