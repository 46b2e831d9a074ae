// Download what a view shows: the same filters, in each format.

import { filtersToSearch, type FigureFilters } from "@/lib/filters";
import type { Lang } from "@/lib/i18n";
import { xlsxMaxRows } from "@/lib/export/limits";

export function DownloadLinks({ filters, lang, testId = "downloads" }: { filters: Partial<FigureFilters>; lang: Lang; testId?: string }) {
  const search = filtersToSearch({ ...filters, page: undefined });
  // JSON Lines holds every figure of the view; the paged JSON API is on the data page.
  const formats: [string, string][] = [
    ["csv", "CSV"],
    ["xlsx", lang === "zh" ? `Excel（至多${xlsxMaxRows()}条）` : `Excel (up to ${xlsxMaxRows()} rows)`],
    ["ndjson", "JSON"],
  ];
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm" data-testid={testId}>
      <span className="text-stone-600">{lang === "zh" ? "下载这些数字：" : "Download these figures:"}</span>
      {formats.map(([ext, name]) => (
        <a key={ext} href={`/api/figures.${ext}${search}`} download={`figures.${ext}`} className="rounded border border-stone-300 bg-white px-2 py-0.5 text-blue-700 hover:bg-stone-50" data-format={ext}>
          {name}
        </a>
      ))}
    </p>
  );
}
