import type { Metadata } from "next";
import Link from "next/link";
import { fetchFacetCounts, fetchFigures, lookupRegion, type FacetCount } from "@/lib/queries";
import { filtersToSearch, parseFilters, type SortKey } from "@/lib/filters";
import { formatValue } from "@/lib/format";
import { DownloadLinks } from "@/components/DownloadLinks";
import { FiguresTableRows } from "@/components/FiguresTableRows";
import { getLang } from "@/lib/lang";
import { amount, institutionName, kindName, metricName, periodLabel, placeName, regionName, t, type Lang } from "@/lib/i18n";
import { NATIONAL_CODE } from "@/lib/extract/national";

export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

const COLUMNS: { key: SortKey; label: Parameters<typeof t>[1] }[] = [
  { key: "value", label: "value" },
  { key: "label", label: "label" },
  { key: "metric", label: "metric" },
  { key: "institution", label: "institution" },
  { key: "region", label: "region" },
  { key: "period", label: "period" },
  { key: "verified", label: "verified" },
  { key: "document", label: "document" },
];

/** Options with the count each would give, the selected one kept even when the other filters leave it none. */
function withCounts(counts: FacetCount[], name: (key: string) => string, selected?: string): [string, string][] {
  // No count (null): the other filters leave too many figures to count on every request.
  const out: [string, string][] = counts.map((c) => [c.key, c.n === null ? name(c.key) : `${name(c.key)} (${c.n})`]);
  if (selected && !counts.some((c) => c.key === selected)) out.push([selected, counts.some((c) => c.n === null) ? name(selected) : `${name(selected)} (0)`]);
  return out;
}

function Select({ name, label, value, options, lang }: { name: string; label: string; value?: string; options: [string, string][]; lang: Lang }) {
  return (
    <label className="flex flex-col text-xs text-stone-600">
      {label}
      <select name={name} defaultValue={value ?? ""} className="mt-0.5 max-w-48 rounded border border-stone-300 bg-white px-1 py-1 text-sm text-stone-900">
        <option value="">{t(lang, "all")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  const lang = await getLang();
  return { title: `${t(lang, "navFigures")} · ${t(lang, "siteName")}` };
}

export default async function ExplorePage({ searchParams }: { searchParams: Search }) {
  const lang = await getLang();
  const { filters: f, errors } = parseFilters(await searchParams);
  const { rows, total, more } = await fetchFigures(f);
  const facets = await fetchFacetCounts(f);
  const pages = Math.max(1, Math.ceil(total / f.pageSize));
  const active = (["region", "institution", "kind", "metric", "period", "doc", "verified", "q"] as const).filter((k) => f[k] !== undefined);
  const sortLink = (key: SortKey) => `/figures${filtersToSearch(f, { sort: key === "document" ? undefined : key, dir: f.sort === key && f.dir === "asc" ? "desc" : undefined, page: undefined })}`;
  const regionLabel = (code: string) => (code === NATIONAL_CODE ? placeName(lang, { province: null, regionCode: code }) : regionName(lang, lookupRegion(code)?.name ?? code));
  const regionOptions = withCounts(facets.region, regionLabel, f.region);

  return (
    <div>
      <h1 className="mb-3 text-2xl font-semibold">{t(lang, "navFigures")}</h1>
      <form method="get" action="/figures" className="mb-4 flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3" role="search" aria-label={t(lang, "apply")}>
        <label className="flex flex-col text-xs text-stone-600">
          {t(lang, "search")}
          <input name="q" type="search" defaultValue={f.q ?? ""} placeholder={t(lang, "searchPlaceholder")} className="mt-0.5 w-56 rounded border border-stone-300 px-2 py-1 text-sm text-stone-900" />
        </label>
        <Select name="region" label={t(lang, "region")} value={f.region} options={regionOptions} lang={lang} />
        <Select name="institution" label={t(lang, "institution")} value={f.institution} options={withCounts(facets.institution, (k) => institutionName(lang, k), f.institution)} lang={lang} />
        <Select name="kind" label={t(lang, "kind")} value={f.kind} options={withCounts(facets.kind, (k) => kindName(lang, k), f.kind)} lang={lang} />
        <Select name="metric" label={t(lang, "metric")} value={f.metric} options={withCounts(facets.metric, (k) => metricName(lang, k), f.metric)} lang={lang} />
        <Select name="period" label={t(lang, "period")} value={f.period} options={withCounts(facets.period, (p) => p, f.period)} lang={lang} />
        <Select name="verified" label={t(lang, "verified")} value={f.verified === undefined ? undefined : String(f.verified)} options={withCounts(facets.verified, (k) => t(lang, k === "true" ? "verified" : "unverified"), f.verified === undefined ? undefined : String(f.verified))} lang={lang} />
        {/* A document is chosen from its page or the documents index, not from a list of every document. */}
        {f.doc && <input type="hidden" name="doc" value={f.doc} />}
        {f.sort !== "document" && <input type="hidden" name="sort" value={f.sort} />}
        {f.dir !== "asc" && <input type="hidden" name="dir" value={f.dir} />}
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800">
          {t(lang, "apply")}
        </button>
        {active.length > 0 && (
          <Link href="/figures" className="text-sm text-blue-700 hover:underline">
            {t(lang, "clearFilters")}
          </Link>
        )}
      </form>

      {errors.map((e) => (
        <p key={e.param} role="alert" className="mb-2 rounded bg-red-50 p-2 text-sm text-red-800" data-testid="param-error">
          {t(lang, "invalidParam")}: {e.message}
        </p>
      ))}

      {f.doc && (
        <p className="mb-2 text-sm text-stone-600">
          {t(lang, "document")}
          {lang === "zh" ? "：" : ": "}
          <Link className="text-blue-700 hover:underline" href={`/documents/${encodeURIComponent(f.doc)}`}>{rows[0]?.documentTitle ?? f.doc}</Link>{" "}
          <Link className="text-blue-700 hover:underline" href={`/figures${filtersToSearch(f, { doc: undefined, page: undefined })}`}>
            ({lang === "zh" ? "去掉" : "remove"})
          </Link>
        </p>
      )}
      <p className="mb-2 text-xs text-stone-500" data-testid="verified-legend">
        <span className="font-semibold text-green-800" aria-hidden="true">✓</span> {lang === "zh" ? "已核验：一个人对照原文核对过这个数字（数值、单位、位置）。" : "Verified: a person checked this figure against the source text (value, unit, where it stands)."}
      </p>
      <p className="mb-2 text-sm text-stone-600" data-testid="figures-summary" aria-live="polite">
        {more ? (lang === "zh" ? `超过 ${total} 条` : `more than ${total} figures`) : lang === "zh" ? `共 ${total} 条` : `${total} figures`}
        {pages > 1 && (lang === "zh" ? `，第 ${f.page}/${pages}${more ? "+" : ""} 页` : `, page ${f.page} of ${pages}${more ? "+" : ""}`)}
      </p>
      {more && (
        <p className="mb-2 text-xs text-stone-500" data-testid="search-bound">
          {lang === "zh" ? `只列出最先匹配的 ${total} 条；多写几个字，或用筛选缩小范围。下载包含全部匹配。` : `Only the first ${total} matches are listed; type more, or narrow it with the filters. The downloads hold every match.`}
        </p>
      )}

      {rows.length > 0 && (
        <div className="mb-2">
          <DownloadLinks filters={f} lang={lang} />
        </div>
      )}
      {rows.length === 0 ? (
        <div className="rounded border border-dashed border-stone-300 p-6 text-center text-stone-600" data-testid="empty">
          <p>{t(lang, "noFigures")}</p>
          {active.length > 0 && (
            <p className="mt-1 text-sm">
              {t(lang, "widen")}{" "}
              {active.map((k) => (
                <Link key={k} href={`/figures${filtersToSearch(f, { [k]: undefined, page: undefined })}`} className="mx-1 text-blue-700 hover:underline">
                  − {k}
                </Link>
              ))}
              <Link href="/figures" className="ml-2 text-blue-700 hover:underline">
                {t(lang, "clearFilters")}
              </Link>
            </p>
          )}
        </div>
      ) : (
        <div className="overflow-x-auto">
          {/* Cells padded and rows ruled by the table's CSS, not a class on each of 500 cells. */}
          <table className="w-full border-collapse bg-white text-sm [&_td]:p-2 [&_tbody_tr]:border-b [&_tbody_tr]:border-stone-100 [&_tbody_tr]:align-top" data-testid="figures-table">
            <thead>
              <tr className="border-b border-stone-300 text-left text-stone-500">
                {COLUMNS.map((c) => (
                  <th key={c.key} className="p-2" aria-sort={f.sort === c.key ? (f.dir === "asc" ? "ascending" : "descending") : undefined}>
                    <Link href={sortLink(c.key)} className="hover:underline">
                      {t(lang, c.label)}
                      {f.sort === c.key ? (f.dir === "asc" ? " ▲" : " ▼") : ""}
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <FiguresTableRows
              verified={t(lang, "verified")}
              unverified={t(lang, "unverified")}
              rows={rows.map((r) => ({
                id: r.id,
                value: r.kind === "ratio" && r.unit === null ? formatValue(r.value, r.valueMax, r.unit, r.kind) : amount(lang, r.value, r.valueMax, r.unit),
                label: r.label,
                metric: metricName(lang, r.metric),
                institution: institutionName(lang, r.institution),
                regionCode: r.regionCode && r.regionCode !== NATIONAL_CODE ? r.regionCode : null,
                place: placeName(lang, r),
                period: r.periodStart || r.periodEnd ? periodLabel(lang, r.periodStart, r.periodEnd) : "—",
                periodWords: r.period && lang === "en" ? r.period : null,
                verified: !!r.verified,
                documentId: r.documentId,
                documentTitle: r.documentTitle ?? r.documentId,
                documentDate: r.documentDate ?? null,
              }))}
            />
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav className="mt-4 flex gap-4 text-sm" aria-label={lang === "zh" ? "分页" : "Pagination"}>
          {f.page > 1 && <Link href={`/figures${filtersToSearch(f, { page: f.page - 1 })}`}>← {t(lang, "previous")}</Link>}
          <span>
            {f.page} / {pages}
            {more ? "+" : ""}
          </span>
          {f.page < pages && <Link href={`/figures${filtersToSearch(f, { page: f.page + 1 })}`}>{t(lang, "next")} →</Link>}
        </nav>
      )}
    </div>
  );
}

