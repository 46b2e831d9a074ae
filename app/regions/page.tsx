import type { Metadata } from "next";
import Link from "next/link";
import { getLang } from "@/lib/lang";
import { fetchRegionTree, type RegionNode } from "@/lib/queries";
import { regionName, t, type Lang } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const lang = await getLang();
  return { title: `${lang === "zh" ? "地区" : "Regions"} · ${t(lang, "siteName")}` };
}

// Two levels here, provinces and prefectures: a prefecture's counties are on its own page, so
// this page stays a few hundred rows however many of the 3,000 counties report.
function Node({ n, lang }: { n: RegionNode; lang: Lang }) {
  const zh = lang === "zh";
  const count = n.own === n.all ? `${n.all}` : zh ? `${n.all}（本级${n.own}）` : `${n.all} (own ${n.own})`;
  const label = (
    <>
      <Link className="text-blue-700 hover:underline" href={`/regions/${n.code}`} data-testid="region-link">
        {regionName(lang, n.name)}
      </Link>{" "}
      <span className="text-stone-500 tabular-nums">{count}</span>
    </>
  );
  if (n.level !== "province" && n.children.length) {
    return (
      <li className="py-0.5">
        {label} <span className="text-xs text-stone-400">{zh ? `下辖${n.children.length}个县（区）报告` : `${n.children.length} counties or districts report`}</span>
      </li>
    );
  }
  if (!n.children.length) return <li className="py-0.5">{label}</li>;
  return (
    <li className="py-0.5">
      <details>
        <summary className="cursor-pointer">{label}</summary>
        <ul className="ml-5 border-l border-stone-200 pl-3">
          {n.children.map((c) => (
            <Node key={c.code} n={c} lang={lang} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export default async function RegionsIndexPage() {
  const lang = await getLang();
  const zh = lang === "zh";
  const tree = await fetchRegionTree();
  return (
    <div className="space-y-6">
      <nav aria-label={zh ? "位置" : "Breadcrumb"} className="text-sm text-stone-500">
        <Link className="text-blue-700 hover:underline" href="/">{t(lang, "navOverview")}</Link>
        <span aria-hidden="true"> / </span>
        {zh ? "地区" : "Regions"}
      </nav>
      <section>
        <h1 className="text-2xl font-semibold">{zh ? "地区" : "Regions"}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {zh
            ? "各地区报告的数字条数（含下辖地区）；括号里是本级机构自己报告的条数。条数不是数值之和。"
            : "How many figures each region's bodies report, its sub-regions included; in brackets, those of its own bodies. A count of figures, not a sum of values."}
        </p>
      </section>
      <section className="rounded border border-stone-200 bg-white p-4">
        <ul className="text-sm" data-testid="region-tree">
          {tree.provinces.map((p) => (
            <Node key={p.code} n={p} lang={lang} />
          ))}
        </ul>
        <p className="mt-3 text-sm text-stone-600">
          <Link className="text-blue-700 hover:underline" href="/figures?region=000000">{zh ? "全国" : "National bodies"}</Link> {tree.national}
          {tree.unknown > 0 && (zh ? `；地区未知：${tree.unknown}` : `; place unknown: ${tree.unknown}`)}
        </p>
      </section>
    </div>
  );
}
