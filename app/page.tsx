import Link from "next/link";
import { fetchCountsByInstitutionKind, fetchDocuments, fetchFigureCountsByProvince, fetchOverview } from "@/lib/queries";
import { RegionChart } from "@/components/RegionChart";
import { InstitutionKindChart, type InstitutionKindDatum } from "@/components/InstitutionKindChart";
import { getLang } from "@/lib/lang";
import { DownloadLinks } from "@/components/DownloadLinks";
import { institutionName, kindName, placeName, t } from "@/lib/i18n";
import { NATIONAL_CODE } from "@/lib/extract/national";

export const dynamic = "force-dynamic"; // read the database at request time, not at build time

export default async function OverviewPage() {
  const lang = await getLang();
  const overview = fetchOverview();
  const byProvince = fetchFigureCountsByProvince();
  const byIK = fetchCountsByInstitutionKind();
  const docs = fetchDocuments();
  const stats = [
    ["documents", overview.documents],
    ["figures", overview.figures],
    ["verified", overview.verified],
    ["regions", overview.regions],
  ] as const;
  const kinds = [...new Set(byIK.map((r) => r.kind))];
  const ikData: InstitutionKindDatum[] = [...new Set(byIK.map((r) => r.institution))].map((inst) => ({
    institution: inst,
    name: institutionName(lang, inst),
    ...Object.fromEntries(byIK.filter((r) => r.institution === inst).map((r) => [r.kind, r.n])),
  }));
  return (
    <div className="space-y-8">
      <section>
        <h1 className="mb-1 text-2xl font-semibold">{t(lang, "siteName")}</h1>
        <p className="mb-3 text-stone-600">{t(lang, "tagline")}</p>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {stats.map(([k, v]) => (
            <div key={k} className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-500">{t(lang, k)}</dt>
              <dd className="text-2xl font-semibold" data-testid={`stat-${k}`}>{v}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="rounded border border-stone-200 bg-white p-4">
        <RegionChart
          data={byProvince.map((r) => ({ code: r.code, name: placeName(lang, { province: r.province || null, regionCode: r.code }), figures: r.figures }))}
          title={t(lang, "figuresByProvince")}
          description={t(lang, "countNote")}
          axisX={t(lang, "province")}
          axisY={t(lang, "numberOfFigures")}
        />
        <table className="mt-4 w-full text-sm" aria-label={`${t(lang, "chartData")}: ${t(lang, "figuresByProvince")}`}>
          <thead>
            <tr className="text-left text-stone-500">
              <th className="py-1">{t(lang, "province")}</th>
              <th className="py-1 text-right">{t(lang, "numberOfFigures")}</th>
              <th className="py-1 text-right">{t(lang, "verified")}</th>
            </tr>
          </thead>
          <tbody>
            {byProvince.map((r) => (
              <tr key={r.code || "unknown"} className="border-t border-stone-100">
                <td className="py-1">
                  {r.code ? (
                    <>
                      <Link className="text-blue-700 hover:underline" href={`/figures?region=${r.code}`} data-testid="province-link">
                        {placeName(lang, { province: r.province || null, regionCode: r.code })}
                      </Link>{" "}
                      {r.code !== NATIONAL_CODE && (
                        <Link className="text-xs text-stone-500 hover:underline" href={`/regions/${r.code}`}>
                          ({lang === "zh" ? "地区页" : "region page"})
                        </Link>
                      )}
                    </>
                  ) : (
                    t(lang, "unknown")
                  )}
                </td>
                <td className="py-1 text-right">{r.figures}</td>
                <td className="py-1 text-right">{r.verified}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mt-3">
          <DownloadLinks filters={{}} lang={lang} testId="downloads-overview" />
        </div>
      </section>

      <section className="rounded border border-stone-200 bg-white p-4">
        <InstitutionKindChart
          data={ikData}
          kinds={kinds.map((k) => ({ key: k, name: kindName(lang, k) }))}
          title={t(lang, "figuresByInstitution")}
          description={t(lang, "countNote")}
          axisX={t(lang, "institution")}
          axisY={t(lang, "numberOfFigures")}
        />
        <table className="mt-4 w-full text-sm" aria-label={`${t(lang, "chartData")}: ${t(lang, "figuresByInstitution")}`}>
          <thead>
            <tr className="text-left text-stone-500">
              <th className="py-1">{t(lang, "institution")}</th>
              <th className="py-1">{t(lang, "kind")}</th>
              <th className="py-1 text-right">{t(lang, "numberOfFigures")}</th>
            </tr>
          </thead>
          <tbody>
            {byIK.map((r) => (
              <tr key={`${r.institution}-${r.kind}`} className="border-t border-stone-100">
                <td className="py-1">{institutionName(lang, r.institution)}</td>
                <td className="py-1">{kindName(lang, r.kind)}</td>
                <td className="py-1 text-right">
                  <Link className="text-blue-700 hover:underline" href={`/figures?institution=${r.institution}&kind=${r.kind}`}>
                    {r.n}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2 className="mb-2 text-lg font-semibold">{t(lang, "documents")}</h2>
        <ul className="space-y-1 text-sm">
          {docs.map((d) => (
            <li key={d.id}>
              <Link href={`/documents/${d.id}`} className="text-blue-700 hover:underline">
                {d.title ?? d.id}
              </Link>{" "}
              <span className="text-stone-500">
                {[d.outlet, d.date].filter(Boolean).join(" · ")} · {d.figures} {lang === "zh" ? "条数字" : "figures"}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
