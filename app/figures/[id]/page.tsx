import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { permalinkOf } from "@/lib/permalink";
import { fetchFigure } from "@/lib/queries";
import { getLang } from "@/lib/lang";
import { Citation } from "@/components/Citation";
import { amount, metricName, t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const lang = await getLang();
  let f = null;
  try {
    f = await fetchFigure(decodeURIComponent(id));
  } catch {
    f = null;
  }
  return { title: f ? `${amount(lang, f.value, f.valueMax, f.unit)} · ${metricName(lang, f.metric)} · ${t(lang, "siteName")}` : t(lang, "notFound") };
}

export default async function FigurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const f = await fetchFigure(decodeURIComponent(id));
  if (!f) notFound();
  const lang = await getLang();
  return (
    <div className="rounded border border-stone-200 bg-white p-5">
      <Citation f={f} lang={lang} permalink={await permalinkOf(f.id)} />
    </div>
  );
}
