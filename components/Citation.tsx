// The citation view of one figure: its sentence inside its paragraph with
// the figure's characters marked, what was read, where it comes from, the
// checks it takes part in, and a citation to copy. Offsets are code points.

import Link from "next/link";
import type { FigureDetail } from "@/lib/queries";
import { formatValue } from "@/lib/format";
import { amount, checkMessage, institutionName, kindName, metricName, periodLabel, placeName, qualifierName, t, type Lang } from "@/lib/i18n";
import { CopyButton } from "./CopyButton";
import { NATIONAL_CODE } from "@/lib/extract/national";

export function citationText(f: FigureDetail, lang: Lang, permalink: string): string {
  const where = [f.outlet, f.date].filter(Boolean).join(", ");
  const region = f.regionCode === NATIONAL_CODE ? placeName(lang, f) : [f.province, f.city, f.county].filter(Boolean).join("");
  if (lang === "zh") {
    return `“${f.sentence}”（${f.documentTitle ?? f.fileName}${where ? "，" + where : ""}）。${region}${f.text}：${metricName("zh", f.metric)}。政法数字，${permalink}`;
  }
  return `“${f.sentence}” (${f.documentTitle ?? f.fileName}${where ? ", " + where : ""}). ${f.text} = ${formatValue(f.value, f.valueMax, f.unit, f.kind)}, ${metricName("en", f.metric)}, ${region}. Zhengfa Figures, ${permalink}`;
}

export function Citation({ f, lang, permalink, titleId = "citation-title" }: { f: FigureDetail; lang: Lang; permalink: string; titleId?: string }) {
  const chars = Array.from(f.paragraph);
  const a = f.start - f.paragraphStart;
  const b = f.end - f.paragraphStart;
  const sa = f.sentenceStart - f.paragraphStart;
  const sb = sa + Array.from(f.sentence).length;
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="text-stone-500">{label}</dt>
      <dd className="min-w-0 break-words">{value}</dd>
    </>
  );
  const region = placeName(lang, f);
  const valueText = f.kind === "ratio" && f.unit === null ? formatValue(f.value, f.valueMax, f.unit, f.kind) : amount(lang, f.value, f.valueMax, f.unit);
  return (
    <article className="space-y-3" data-testid="citation">
      <h2 id={titleId} className="text-lg font-semibold">
        {valueText} · {metricName(lang, f.metric)}
      </h2>
      <p className="text-sm text-stone-600">
        {t(lang, "source")}:{" "}
        <Link href={`/documents/${encodeURIComponent(f.documentId)}${f.page > 1 ? `?page=${f.page}` : ""}#fig-${f.id}`} className="text-blue-700 hover:underline" data-testid="citation-document">
          {f.documentTitle ?? f.fileName}
        </Link>
        {f.outlet && <> · {f.outlet}</>}
        {f.date && (
          <>
            {" "}· <span data-testid="citation-date">{f.date}</span>
            {f.dateBasis && /^inferred/i.test(f.dateBasis) && (
              <span className="text-amber-800" title={lang === "en" ? f.dateBasis : undefined} data-testid="date-inferred">
                {" "}
                {lang === "zh" ? "（日期为推断，页面上没有印出）" : "(date inferred, not printed on the page)"}
              </span>
            )}
          </>
        )}
        {f.url && /^https?:\/\//.test(f.url) && (
          <>
            {" "}·{" "}
            <a href={f.url} className="break-all text-blue-700 hover:underline" rel="noopener noreferrer nofollow" data-testid="source-url">
              {lang === "zh" ? "原始网页" : "original page"}
            </a>
          </>
        )}
        {(f.author || f.authorTitle) && (
          <>
            {" "}· {t(lang, "author")}: {[f.author, f.authorTitle].filter(Boolean).join("，")}
          </>
        )}
      </p>
      <blockquote className="border-l-4 border-stone-300 pl-3 leading-relaxed text-stone-500" lang="zh-CN">
        {chars.slice(0, sa).join("")}
        <span className="text-stone-900" data-testid="citation-sentence">
          {chars.slice(sa, a).join("")}
          <mark className="rounded bg-[var(--color-mark)] px-0.5 font-semibold text-stone-900">{chars.slice(a, b).join("")}</mark>
          {chars.slice(b, sb).join("")}
        </span>
        {chars.slice(sb).join("")}
      </blockquote>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        {row(t(lang, "value"), valueText)}
        {row(t(lang, "kind"), kindName(lang, f.kind))}
        {row(t(lang, "metric"), `${metricName("zh", f.metric)} / ${metricName("en", f.metric)} (${f.metric})`)}
        {row(t(lang, "label"), f.label)}
        {row(t(lang, "qualifier"), qualifierName(lang, f.qualifier))}
        {row(t(lang, "period"), f.periodStart || f.periodEnd ? `${periodLabel(lang, f.periodStart, f.periodEnd)}${f.period ? ` (${f.period})` : ""}` : (f.period ?? "—"))}
        {row(t(lang, "institution"), institutionName(lang, f.institution))}
        {row(t(lang, "region"), region)}
        {row(t(lang, "rule"), <code className="text-xs break-all">{f.ruleId}</code>)}
        {row(
          t(lang, "verified"),
          <span className={f.verified ? "text-[var(--color-verified)]" : "text-[var(--color-unverified)]"} data-testid="citation-verified">
            {f.verified ? `✓ ${t(lang, "verified")}` : t(lang, "unverified")}
          </span>,
        )}
      </dl>
      {f.checks.length > 0 && (
        <section>
          <h3 className="text-sm font-medium">{t(lang, "checks")}</h3>
          <ul className="text-sm">
            {f.checks.map((c) => (
              <li key={c.message} className={c.passed ? "text-[var(--color-verified)]" : "text-red-700"}>
                {c.passed ? "✓" : "✗"} {checkMessage(lang, c.message)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="rounded bg-stone-100 p-2 text-sm">
        <h3 className="mb-1 font-medium">{t(lang, "citeAs")}</h3>
        {(["zh", "en"] as const).map((l) => (
          <div key={l} className="mb-1 flex items-start gap-2">
            <p className="flex-1 break-all" data-testid={`cite-${l}`}>
              {citationText(f, l, permalink)}
            </p>
            <CopyButton text={citationText(f, l, permalink)} label={t(lang, "copy")} done={t(lang, "copied")} />
          </div>
        ))}
        <p>
          {t(lang, "permalink")}:{" "}
          <a href={permalink} className="break-all text-blue-700 hover:underline" data-testid="permalink">
            {permalink}
          </a>
        </p>
      </section>
    </article>
  );
}
