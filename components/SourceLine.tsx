// The line under every chart (as Our World in Data puts one): how many
// reports its values come from, whose, when the pages are dated, that they
// are figures as reported and not official statistics, and where to get them.

import Link from "next/link";
import type { SourceSummary } from "@/lib/queries";
import { institutionName, type Lang } from "@/lib/i18n";

export function SourceLine({ lang, summary, figuresHref, downloadHref }: { lang: Lang; summary: SourceSummary; figuresHref: string; downloadHref: string }) {
  const zh = lang === "zh";
  const bodies = summary.bodies.map((b) => institutionName(lang, b)).join(zh ? "、" : ", ");
  const dates = summary.firstDate && summary.lastDate ? (summary.firstDate.slice(0, 4) === summary.lastDate.slice(0, 4) ? summary.firstDate.slice(0, 4) : `${summary.firstDate.slice(0, 4)}–${summary.lastDate.slice(0, 4)}`) : null;
  return (
    <p className="mt-2 text-xs leading-relaxed text-stone-500" data-testid="source-line">
      {zh ? "来源：" : "Source: "}
      {zh
        ? `${summary.reports}份报告${bodies ? `（${bodies}）` : ""}${dates ? `，发布于${dates}年` : ""}。均为各机构自报数字，不是官方统计数据。`
        : `${summary.reports} report${summary.reports === 1 ? "" : "s"}${bodies ? ` by ${bodies}` : ""}${dates ? `, published ${dates}` : ""}. Figures as reported by the bodies themselves, not official statistics. `}
      <Link className="text-blue-700 hover:underline" href={figuresHref}>
        {zh ? "查看这些数字" : "See the figures"}
      </Link>
      {zh ? "，" : " · "}
      <a className="text-blue-700 hover:underline" href={downloadHref}>
        {zh ? "下载（CSV）" : "download (CSV)"}
      </a>
      {zh ? "。" : ""}
    </p>
  );
}
