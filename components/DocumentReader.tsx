// The document reader: where a document comes from, its articles, the text
// a page at a time with every figure marked, and the page's figures listed
// beside it. A server component throughout; the highlight tooltips are CSS only.

import Link from "next/link";
import { DownloadLinks } from "./DownloadLinks";
import type { DocumentDetail, DocumentFigure } from "@/lib/queries";
import { formatValue } from "@/lib/format";
import { checkMessage, dateBasisText, institutionName, metricName, qualifierName, t, type Lang } from "@/lib/i18n";
import { buildParagraphs, markClass, pageHref, ReaderText } from "./ReaderText";

const S = {
  back: { zh: "← 返回总览", en: "← Back to the overview" },
  dateBasis: { zh: "日期依据", en: "How the date is known" },
  fileName: { zh: "文件", en: "File" },
  characters: { zh: "{n} 字", en: "{n} characters" },
  contents: { zh: "本页文章", en: "Articles on this page" },
  contentsOfPage: { zh: "第 {n} 页的文章（全文共 {m} 篇）", en: "Articles on page {n} ({m} in the whole text)" },
  heading: { zh: "标题", en: "Heading" },
  untitled: { zh: "（无标题）", en: "(untitled)" },
  noArticles: { zh: "未识别出文章分段。", en: "No articles were recognised on this page." },
  noArticleStarts: { zh: "本页没有文章开头。", en: "No article begins on this page." },
  legend: { zh: "图例", en: "Legend" },
  legendVerified: { zh: "已核验的数字（与人工标注一致）", en: "Verified figure (matches the hand-made gold)" },
  legendUnverified: { zh: "未核验的数字（仅由规则读出）", en: "Unverified figure (read by the rules only)" },
  legendRepeat: { zh: "原网页重复刊登的段落", en: "Paragraph the page prints twice" },
  hint: {
    zh: "将鼠标移到高亮数字上，或用 Tab 键聚焦，可查看读出的数值和指标；点击打开出处。",
    en: "Hover over a highlighted figure, or focus it with Tab, to see what was read; follow it to open the citation.",
  },
  figureCount: { zh: "{n} 条数字", en: "{n} figures" },
  verifiedCount: { zh: "已核验 {n} 条", en: "{n} verified" },
  inText: { zh: "在原文中定位", en: "Show in the text" },
  noFiguresHere: { zh: "本文没有读出数字。", en: "No figures were read in this document." },
  warnings: { zh: "读取提示", en: "Notes from reading the file" },
  pageOf: { zh: "第 {n} 页，共 {m} 页", en: "Page {n} of {m}" },
  pages: { zh: "原文分页", en: "Pages of the text" },
  figuresOnPage: { zh: "本页 {n} 条，全文 {m} 条", en: "{n} on this page, {m} in all" },
} as const;

const s = (lang: Lang, key: keyof typeof S, n?: number, m?: number) => S[key][lang].replace("{n}", String(n ?? "")).replace("{m}", String(m ?? ""));

/** Pages to offer: the first, the last, and two either side of this one. */
function pageList(page: number, pages: number): (number | null)[] {
  const keep = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  keep.forEach((p, i) => {
    if (i > 0 && p - keep[i - 1] > 1) out.push(null); // a gap
    out.push(p);
  });
  return out;
}

/** Previous, numbered and next links between the pages of a long document; nothing for one page. */
function Pager({ page, pages, lang }: { page: number; pages: number; lang: Lang }) {
  if (pages <= 1) return null;
  const link = "rounded px-2 py-1 text-blue-700 hover:bg-stone-100 hover:underline";
  return (
    <nav aria-label={s(lang, "pages")} className="flex flex-wrap items-center gap-1 text-sm" data-testid="reader-pager">
      <span className="mr-2 text-stone-600">{s(lang, "pageOf", page, pages)}</span>
      {page > 1 && (
        <Link href={pageHref(page - 1)} className={link} rel="prev">
          ← {t(lang, "previous")}
        </Link>
      )}
      {pageList(page, pages).map((p, i) =>
        p === null ? (
          <span key={`gap-${i}`} className="px-1 text-stone-400">
            …
          </span>
        ) : p === page ? (
          <span key={p} aria-current="page" className="rounded bg-stone-800 px-2 py-1 text-white tabular-nums">
            {p}
          </span>
        ) : (
          <Link key={p} href={pageHref(p)} className={`${link} tabular-nums`}>
            {p}
          </Link>
        ),
      )}
      {page < pages && (
        <Link href={pageHref(page + 1)} className={link} rel="next">
          {t(lang, "next")} →
        </Link>
      )}
    </nav>
  );
}

function FigureList({ figures, first, lang }: { figures: DocumentFigure[]; first: number; lang: Lang }) {
  if (figures.length === 0) return <p className="text-sm text-stone-500">{s(lang, "noFiguresHere")}</p>;
  return (
    <ol className="divide-y divide-stone-100 text-sm" data-testid="document-figures">
      {figures.map((f, i) => (
        <li key={f.id} className="flex items-start gap-2 py-1.5">
          <span className="w-6 shrink-0 pt-0.5 text-right text-xs tabular-nums text-stone-400">{first + i + 1}</span>
          <Link href={`/figures/${f.id}`} prefetch={false} scroll={false} className="group min-w-0 flex-1" data-figure-id={f.id}>
            <span className="flex items-baseline gap-1.5">
              <span
                className={`font-semibold whitespace-nowrap text-blue-700 group-hover:underline ${f.verified ? "" : "italic"}`}
              >
                {formatValue(f.value, f.valueMax, f.unit, f.kind)}
              </span>
              {f.qualifier !== "exact" && f.qualifier !== "range" && (
                <span className="text-xs text-stone-500">{qualifierName(lang, f.qualifier)}</span>
              )}
              <span className={`text-xs ${f.verified ? "text-[var(--color-verified)]" : "text-[var(--color-unverified)]"}`}>
                <span aria-hidden="true">{f.verified ? "✓" : "◌"}</span>
                <span className="sr-only">{t(lang, f.verified ? "verified" : "unverified")}</span>
              </span>
            </span>
            <span className="block text-stone-700">{metricName(lang, f.metric)}</span>
            {f.label && <span className="block truncate text-xs text-stone-500">{f.label}</span>}
          </Link>
          <a
            href={`#fig-${f.id}`}
            className="shrink-0 rounded px-1 text-stone-400 hover:bg-stone-100 hover:text-stone-700"
            aria-label={`${s(lang, "inText")}: ${f.text}`}
          >
            ¶
          </a>
        </li>
      ))}
    </ol>
  );
}

export function DocumentReader({ data, lang }: { data: DocumentDetail; lang: Lang }) {
  const { document: doc, sections, figures, checks, page, totals, figuresBefore } = data;
  const paragraphs = buildParagraphs(data.paragraphs, figures, sections, page);
  const figureById = new Map(figures.map((f) => [f.id, f]));
  // A link to an anchor on another page carries the page.
  const onPage = (p: number, anchor: string) => `${p === page ? "" : pageHref(p)}#${anchor}`;
  // A long document lists the articles of the page it shows: a thousand rows on every page would outweigh the text.
  const toc = doc.pages > 1 ? sections.filter((sec) => sec.page === page) : sections;

  return (
    <article className="space-y-6" data-testid="document-reader" data-document-id={doc.id}>
      <header className="space-y-3">
        <Link href="/" className="text-sm text-blue-700 hover:underline">
          {s(lang, "back")}
        </Link>
        <h1 className="text-2xl leading-snug font-semibold [overflow-wrap:anywhere]">{doc.title ?? doc.fileName}</h1>
        <DownloadLinks filters={{ doc: doc.id }} lang={lang} />
        {/* minmax(0, 1fr) and anywhere-wrapping: a file name or an address has no break point, and at 390 px it pushed the column past the screen. */}
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm [&_dd]:[overflow-wrap:anywhere]">
          <dt className="text-stone-500">{t(lang, "outlet")}</dt>
          <dd>{doc.outlet ?? <span className="text-stone-500">{t(lang, "unknown")}</span>}</dd>
          <dt className="text-stone-500">{t(lang, "date")}</dt>
          <dd>{doc.date ?? <span className="text-stone-500">{t(lang, "unknown")}</span>}</dd>
          <dt className="text-stone-500">{s(lang, "dateBasis")}</dt>
          <dd className="text-stone-700">{dateBasisText(lang, doc.dateBasis) ?? "—"}</dd>
          {doc.url && /^https?:\/\//.test(doc.url) && (
            <>
              <dt className="text-stone-500">{t(lang, "source")}</dt>
              <dd className="break-all">
                <a href={doc.url} className="text-blue-700 hover:underline" rel="noopener noreferrer nofollow">
                  {doc.url}
                </a>
              </dd>
            </>
          )}
          <dt className="text-stone-500">{s(lang, "fileName")}</dt>
          <dd className="text-stone-600">
            <span className="font-mono text-xs">{doc.fileName}</span> · {s(lang, "characters", doc.charCount)} ·{" "}
            {s(lang, "figureCount", totals.figures)} · {s(lang, "verifiedCount", totals.verified)}
          </dd>
        </dl>
        {doc.warnings.length > 0 && (
          <div className="rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">
            <p className="font-medium">{s(lang, "warnings")}</p>
            <ul className="list-disc pl-5">
              {doc.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
      </header>

      <nav aria-labelledby="toc-title" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="toc-title" className="mb-2 text-base font-semibold">
          {doc.pages > 1 ? s(lang, "contentsOfPage", page, sections.length) : s(lang, "contents")}
        </h2>
        {toc.length === 0 ? (
          <p className="text-sm text-stone-500">{s(lang, doc.pages > 1 && sections.length > 0 ? "noArticleStarts" : "noArticles")}</p>
        ) : (
          <table className="w-full text-sm" data-testid="document-toc">
            <thead>
              <tr className="text-left text-stone-500">
                <th className="w-8 py-1 font-normal">#</th>
                <th className="py-1 font-normal">{s(lang, "heading")}</th>
                <th className="py-1 font-normal">{t(lang, "author")}</th>
                <th className="hidden py-1 font-normal sm:table-cell">{t(lang, "institution")}</th>
                <th className="py-1 text-right font-normal">{t(lang, "figures")}</th>
              </tr>
            </thead>
            <tbody>
              {toc.map((sec) => (
                <tr key={sec.id} className="border-t border-stone-100 align-top">
                  <td className="py-1 text-stone-400 tabular-nums">{sec.ordinal + 1}</td>
                  <td className="py-1 pr-3">
                    <a href={onPage(sec.page, `article-${sec.ordinal + 1}`)} className="text-blue-700 hover:underline">
                      {sec.heading ?? <span className="italic">{s(lang, "untitled")}</span>}
                    </a>
                  </td>
                  <td className="py-1 pr-3">
                    {sec.author && <span className="font-medium">{sec.author}</span>}
                    {sec.author && sec.authorTitle && <br />}
                    {sec.authorTitle && <span className="text-stone-600">{sec.authorTitle}</span>}
                    {!sec.author && !sec.authorTitle && <span className="text-stone-400">—</span>}
                  </td>
                  <td className="hidden py-1 pr-3 text-stone-600 sm:table-cell">{institutionName(lang, sec.institution)}</td>
                  <td className="py-1 text-right tabular-nums">{sec.figures}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </nav>

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <section aria-labelledby="legend-title" className="mb-5 rounded border border-stone-200 bg-white px-4 py-3 text-sm">
            <h2 id="legend-title" className="sr-only">
              {s(lang, "legend")}
            </h2>
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              <li className="flex items-center gap-2">
                <mark className={markClass(true)}>1207万人</mark>
                <span>{s(lang, "legendVerified")}</span>
              </li>
              <li className="flex items-center gap-2">
                <mark className={markClass(false)}>1207万人</mark>
                <span>{s(lang, "legendUnverified")}</span>
              </li>
              <li className="flex items-center gap-2">
                <span className="inline-block h-4 w-7 rounded border border-dashed border-stone-300 bg-stone-100" aria-hidden="true" />
                <span>{s(lang, "legendRepeat")}</span>
              </li>
            </ul>
            <p className="mt-2 text-xs text-stone-500">{s(lang, "hint")}</p>
          </section>
          <Pager page={page} pages={doc.pages} lang={lang} />
          <div className="my-3 rounded border border-stone-200 bg-white px-5 py-6 sm:px-8">
            <ReaderText paragraphs={paragraphs} page={page} lang={lang} />
          </div>
          <Pager page={page} pages={doc.pages} lang={lang} />
        </div>

        <aside aria-labelledby="figures-title" className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <div className="rounded border border-stone-200 bg-white p-4">
            <h2 id="figures-title" className="mb-1 text-base font-semibold">
              {t(lang, "figuresInDocument")}
              <span className="ml-2 rounded-full bg-stone-100 px-2 py-0.5 text-xs font-normal text-stone-600 tabular-nums">{totals.figures}</span>
            </h2>
            {doc.pages > 1 && <p className="mb-1 text-xs text-stone-500">{s(lang, "figuresOnPage", figures.length, totals.figures)}</p>}
            <FigureList figures={figures} first={figuresBefore} lang={lang} />
          </div>
          {checks.length > 0 && (
            <div className="mt-4 rounded border border-stone-200 bg-white p-4">
              <h2 className="mb-2 text-base font-semibold">{t(lang, "checks")}</h2>
              <ul className="space-y-1.5 text-xs" data-testid="document-checks">
                {checks.map((c) => (
                  <li key={c.id} className="flex gap-2">
                    <span className={`shrink-0 font-medium ${c.passed ? "text-[var(--color-verified)]" : "text-red-700"}`}>
                      {c.passed ? "✓" : "✗"} {t(lang, c.passed ? "passed" : "failed")}
                    </span>
                    <span className="min-w-0 text-stone-700 [overflow-wrap:anywhere]">
                      {checkMessage(lang, c.message)}{" "}
                      {c.figureIds
                        .filter((id) => figureById.has(id))
                        .map((id, i) => (
                          <a key={id} href={`#fig-${id}`} className="text-blue-700 hover:underline">
                            {i === 0 ? "" : " "}#{figuresBefore + figures.findIndex((f) => f.id === id) + 1}
                          </a>
                        ))}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </aside>
      </div>
    </article>
  );
}
