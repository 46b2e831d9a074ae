import type { Metadata } from "next";
import Link from "next/link";
import { DocumentRows } from "@/components/DocumentRows";
import { getLang } from "@/lib/lang";
import { DOCUMENTS_PAGE_SIZE, fetchDocumentsPage } from "@/lib/queries";
import { institutionName, placeName, t } from "@/lib/i18n";
import { NATIONAL_CODE } from "@/lib/extract/national";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const lang = await getLang();
  return { title: `${t(lang, "documents")} · ${t(lang, "siteName")}` };
}

export default async function DocumentsIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await getLang();
  const zh = lang === "zh";
  const raw = (await searchParams).page;
  const asked = typeof raw === "string" && /^[1-9][0-9]{0,6}$/.test(raw) ? Number(raw) : 1;
  const { rows, total } = await fetchDocumentsPage(asked);
  const pages = Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE));
  const page = Math.min(asked, pages);
  const badPage = raw !== undefined && (typeof raw !== "string" || !/^[1-9][0-9]{0,6}$/.test(raw));
  return (
    <div className="space-y-6">
      <nav aria-label={zh ? "位置" : "Breadcrumb"} className="text-sm text-stone-500">
        <Link className="text-blue-700 hover:underline" href="/">{t(lang, "navOverview")}</Link>
        <span aria-hidden="true"> / </span>
        {t(lang, "documents")}
      </nav>
      <section>
        <h1 className="text-2xl font-semibold">{t(lang, "documents")}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {zh ? `共${total}份，按发布日期从近到远。` : `${total} in all, newest first.`}
        </p>
        {badPage && <p className="mt-1 text-sm text-amber-800" role="status">{zh ? "页码无效，已显示第1页。" : "Invalid page number; showing page 1."}</p>}
      </section>
      <section className="rounded border border-stone-200 bg-white p-4">
        <div className="overflow-x-auto">
          {/* Cells padded and rows ruled by the table's CSS; plain links, not 50 hydrated and prefetched ones. */}
          <table className="w-full text-sm [&_td]:py-1 [&_td]:pr-2 [&_tbody_tr]:border-t [&_tbody_tr]:border-stone-100 [&_tbody_tr]:align-top" data-testid="documents-table">
            <thead>
              <tr className="text-left text-stone-500">
                <th className="py-1 pr-2">{zh ? "标题" : "Title"}</th>
                {/* On a phone the outlet gives way, and the date and reporting body go under the title, so the title keeps a readable
                    width and the link to the original stays on the screen. */}
                <th className="hidden py-1 pr-2 sm:table-cell">{t(lang, "outlet")}</th>
                <th className="hidden py-1 pr-2 sm:table-cell">{t(lang, "date")}</th>
                <th className="hidden py-1 pr-2 sm:table-cell">{zh ? "报告机构" : "Reporting body"}</th>
                <th className="whitespace-nowrap py-1 pr-2 text-right">{t(lang, "figures")}</th>
                <th className="whitespace-nowrap py-1">{zh ? "原文" : "Original"}</th>
              </tr>
            </thead>
            <DocumentRows
              link={zh ? "链接" : "link"}
              rows={rows.map((d) => ({
                id: d.id,
                title: d.title ?? d.id,
                outlet: d.outlet?.replace(/ \(.*$/, "") ?? null,
                date: d.date ?? "—",
                inferred: d.dateBasis && /^inferred/.test(d.dateBasis) ? { label: zh ? "（推断）" : "(inferred)", title: zh ? undefined : d.dateBasis } : null,
                institution: d.institution ? institutionName(lang, d.institution) : null,
                place: d.regionCode ? (d.regionCode === NATIONAL_CODE ? (zh ? "全国" : "National") : placeName(lang, { province: d.province, regionCode: d.regionCode })) : null,
                figures: d.figures,
                url: d.url && /^https?:\/\//.test(d.url) ? d.url : null,
              }))}
            />
          </table>
        </div>
        {pages > 1 && (
          <nav className="mt-3 flex items-center gap-4 text-sm" aria-label={zh ? "分页" : "Pages"}>
            {page > 1 && <Link className="text-blue-700 hover:underline" href={`/documents?page=${page - 1}`}>{t(lang, "previous")}</Link>}
            <span>{zh ? `第${page}页，共${pages}页` : `Page ${page} of ${pages}`}</span>
            {page < pages && <Link className="text-blue-700 hover:underline" href={`/documents?page=${page + 1}`}>{t(lang, "next")}</Link>}
          </nav>
        )}
      </section>
    </div>
  );
}
