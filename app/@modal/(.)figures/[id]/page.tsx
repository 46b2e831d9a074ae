// Opening /figures/[id] from within the site shows the citation as a dialog
// over the current page; opening the address directly shows the full page.

import { notFound } from "next/navigation";
import { fetchFigure } from "@/lib/queries";
import { getLang } from "@/lib/lang";
import { t } from "@/lib/i18n";
import { Citation } from "@/components/Citation";
import { CitationDialog } from "@/components/CitationDialog";
import { permalinkOf } from "@/lib/permalink";

export const dynamic = "force-dynamic";

export default async function FigureModal({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const f = await fetchFigure(decodeURIComponent(id));
  if (!f) notFound();
  const lang = await getLang();
  return (
    <CitationDialog closeLabel={t(lang, "close")} labelledBy="dialog-citation-title">
      <Citation f={f} lang={lang} permalink={await permalinkOf(f.id)} titleId="dialog-citation-title" />
    </CitationDialog>
  );
}
