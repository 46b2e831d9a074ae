import Link from "next/link";
import { fetchDocuments, fetchFigureCountsByProvince, fetchOverview } from "@/lib/queries";
import { RegionChart } from "@/components/RegionChart";

export const dynamic = "force-dynamic"; // read the database at request time, not at build time

export default function OverviewPage() {
  const overview = fetchOverview();
  const byProvince = fetchFigureCountsByProvince();
  const docs = fetchDocuments();
  const stats = [
    ["文档 Documents", overview.documents],
    ["数字 Figures", overview.figures],
    ["已核验 Verified", overview.verified],
    ["地区 Regions", overview.regions],
  ] as const;
  return (
    <div className="space-y-8">
      <section>
        <h1 className="mb-3 text-2xl font-semibold">政法机关自报数字 Figures reported by courts, procuratorates and police</h1>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {stats.map(([k, v]) => (
            <div key={k} className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-500">{k}</dt>
              <dd className="text-2xl font-semibold" data-testid={`stat-${k.split(" ")[1].toLowerCase()}`}>{v}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="rounded border border-stone-200 bg-white p-4">
        <RegionChart data={byProvince} />
        <table className="mt-4 w-full text-sm" aria-label="各省份数字条数 Figures by province (chart data)">
          <thead>
            <tr className="text-left text-stone-500">
              <th className="py-1">省份 Province</th>
              <th className="py-1 text-right">数字条数 Figures</th>
              <th className="py-1 text-right">已核验 Verified</th>
            </tr>
          </thead>
          <tbody>
            {byProvince.map((r) => (
              <tr key={r.province} className="border-t border-stone-100">
                <td className="py-1">
                  <Link className="text-blue-700 hover:underline" href={`/figures?province=${encodeURIComponent(r.province)}`}>
                    {r.province || "未知 unknown"}
                  </Link>
                </td>
                <td className="py-1 text-right">{r.figures}</td>
                <td className="py-1 text-right">{r.verified}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2 className="mb-2 text-lg font-semibold">文档 Documents</h2>
        <ul className="space-y-1 text-sm">
          {docs.map((d) => (
            <li key={d.id}>
              <span className="font-mono text-stone-500">{d.id}</span> {d.title ?? "(无标题 untitled)"}{" "}
              <span className="text-stone-500">
                {[d.outlet, d.date].filter(Boolean).join(" · ")} · {d.figures} 条数字 figures
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
