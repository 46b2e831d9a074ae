import type { Metadata } from "next";
import Link from "next/link";
import { getLang } from "@/lib/lang";
import { fetchIndicatorIndex } from "@/lib/queries";
import { institutionName, metricName, t } from "@/lib/i18n";
import { INDICATORS } from "@/lib/indicators";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const lang = await getLang();
  return { title: `${lang === "zh" ? "指标" : "Indicators"} · ${t(lang, "siteName")}` };
}

const ORDER = ["court", "procuratorate", "police", "justice", "plac", "any", "government", "unknown"];

export default async function MetricsIndexPage() {
  const lang = await getLang();
  const zh = lang === "zh";
  const rows = await fetchIndicatorIndex();
  const withData = new Set(rows.map((r) => r.indicator));
  const institutions = ORDER.filter((i) => rows.some((r) => r.institution === i));
  return (
    <div className="space-y-6">
      <nav aria-label={zh ? "位置" : "Breadcrumb"} className="text-sm text-stone-500">
        <Link className="text-blue-700 hover:underline" href="/">{t(lang, "navOverview")}</Link>
        <span aria-hidden="true"> / </span>
        {zh ? "指标" : "Indicators"}
      </nav>
      <section>
        <h1 className="text-2xl font-semibold">{zh ? "指标" : "Indicators"}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {zh
            ? `指标依照各机构自己发布的统计（最高检主要办案数据、最高法审判执行数据等）设立，共${INDICATORS.length}个，其中${withData.size}个已有数字。每个指标页按地区、按时间展示报告的数值，并列出按案件类别的分项。`
            : `Indicators follow the statistics the bodies publish themselves (the SPP's main case data, the SPC's trial and enforcement data…): ${INDICATORS.length} in all, ${withData.size} with figures so far. Each indicator's page shows the reported values by place and over time, and its breakdown by case type.`}
        </p>
      </section>
      {institutions.map((inst) => (
        <section key={inst} className="rounded border border-stone-200 bg-white p-4" aria-labelledby={`inst-${inst}`}>
          <h2 id={`inst-${inst}`} className="mb-2 text-lg font-semibold">{institutionName(lang, inst)}</h2>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid={`indicators-${inst}`}>
              <thead>
                <tr className="text-left text-stone-500">
                  <th className="py-1 pr-2">{zh ? "指标" : "Indicator"}</th>
                  <th className="py-1 pr-2 text-right">{t(lang, "figures")}</th>
                  <th className="py-1 pr-2 text-right">{zh ? "地区" : "Places"}</th>
                  <th className="py-1 pr-2 text-right">{zh ? "时期" : "Periods"}</th>
                  <th className="py-1 text-right">{t(lang, "documents")}</th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((r) => r.institution === inst)
                  .sort((a, b) => b.figures - a.figures || a.indicator.localeCompare(b.indicator))
                  .map((r) => (
                    <tr key={r.indicator} className="border-t border-stone-100">
                      <td className="py-1 pr-2">
                        <Link className="text-blue-700 hover:underline" href={`/metrics/${encodeURIComponent(r.indicator)}`} data-testid="indicator-link">
                          {metricName(lang, r.indicator)}
                        </Link>
                        {zh ? null : <span className="ml-1 text-xs text-stone-400">{metricName("zh", r.indicator)}</span>}
                      </td>
                      <td className="py-1 pr-2 text-right tabular-nums">{r.figures}</td>
                      <td className="py-1 pr-2 text-right tabular-nums">{r.regions}</td>
                      <td className="py-1 pr-2 text-right tabular-nums">{r.periods}</td>
                      <td className="py-1 text-right tabular-nums">{r.documents}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <p className="text-sm">
        <Link className="text-blue-700 hover:underline" href={`/metrics/other`}>{zh ? "“其他”：没有指标键的数字" : "“Other”: figures no key fits"} →</Link>
      </p>
    </div>
  );
}
