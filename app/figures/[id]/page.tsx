import { notFound } from "next/navigation";
import { permalinkOf } from "@/lib/permalink";
import { fetchFigure } from "@/lib/queries";
import { getLang } from "@/lib/lang";
import { Citation } from "@/components/Citation";

export const dynamic = "force-dynamic";

export default async function FigurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const f = fetchFigure(decodeURIComponent(id));
  if (!f) notFound();
  const lang = await getLang();
  return (
    <div className="rounded border border-stone-200 bg-white p-5">
      <Citation f={f} lang={lang} permalink={await permalinkOf(f.id)} />
    </div>
  );
}
