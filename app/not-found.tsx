import Link from "next/link";
import { getLang } from "@/lib/lang";
import { t } from "@/lib/i18n";

export default async function NotFound() {
  const lang = await getLang();
  return (
    <div className="rounded border border-dashed border-stone-300 p-8 text-center" data-testid="not-found">
      <h1 className="mb-2 text-xl font-semibold">{t(lang, "notFound")} (404)</h1>
      <p className="text-stone-600">
        {lang === "zh" ? "没有这个页面：地址里的编号可能有误。" : "There is no such page: the id in the address may be wrong."}{" "}
        <Link href="/figures" className="text-blue-700 hover:underline">
          {t(lang, "navFigures")}
        </Link>
      </p>
    </div>
  );
}
