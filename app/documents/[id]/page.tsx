// The document reader: the whole source text with every figure marked.

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fetchDocument, fetchDocumentMeta } from "@/lib/queries";
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
  const doc = fetchDocumentMeta(idOf(id));
  const lang = await getLang();
  return { title: `${doc ? (doc.title ?? doc.fileName) : t(lang, "notFound")} · ${t(lang, "siteName")}` };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = fetchDocument(idOf(id));
  if (!data) notFound();
  const lang = await getLang();
  return <DocumentReader data={data} lang={lang} />;
}
