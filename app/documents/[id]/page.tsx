// The document reader: the source text, a page at a time, with every figure marked.

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fetchDocumentMeta, fetchDocumentPage } from "@/lib/queries";
import { getLang } from "@/lib/lang";
import { t } from "@/lib/i18n";
import { DocumentReader } from "@/components/DocumentReader";

export const dynamic = "force-dynamic"; // read the database at request time, not at build time

/** The id from the URL segment; a malformed escape is simply an unknown id. */
function idOf(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const doc = await fetchDocumentMeta(idOf(id));
  const lang = await getLang();
  return { title: `${doc ? (doc.title ?? doc.fileName) : t(lang, "notFound")} · ${t(lang, "siteName")}` };
}

const BAD_PAGE = {
  zh: "page 参数无效：应为 1 到 {m} 的整数；这里显示第 1 页。",
  en: "Invalid parameter page: a whole number from 1 to {m}; showing page 1.",
};

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const raw = (await searchParams).page;
  const meta = await fetchDocumentMeta(idOf(id));
  if (!meta) notFound();
  const lang = await getLang();
  // A page that is not a page of this document is said so, and the first is shown (as the explore page does with its parameters).
  const asked = raw === undefined ? 1 : typeof raw === "string" && /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : NaN;
  const page = asked >= 1 && asked <= meta.pages ? asked : 1;
  const data = await fetchDocumentPage(meta, page);
  return (
    <>
      {page !== asked && (
        <p role="alert" className="mb-4 rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">
          {BAD_PAGE[lang].replace("{m}", String(meta.pages))}
        </p>
      )}
      <DocumentReader data={data} lang={lang} />
    </>
  );
}
