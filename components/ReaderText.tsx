// The source text of one document, paragraph by paragraph, with every figure
// marked at its exact characters. Offsets are code points of the document, so
// each paragraph is handled as an array of code points, never as UTF-16.
// Tooltips are pure CSS (shown on :hover and :focus-visible; above the figure,
// or pinned to the bottom of the screen on narrow ones so they never run off
// it); the link's aria-label carries the same reading for assistive technology.

import Link from "next/link";
import type { DocumentFigure, DocumentParagraph, DocumentSection } from "@/lib/queries";
import { formatValue } from "@/lib/format";
import { metricName, qualifierName, t, type Lang } from "@/lib/i18n";

const S = {
  repeat: { zh: "重复段落", en: "Repeated paragraph" },
  repeatOf: { zh: "与第 {n} 段重复", en: "repeats paragraph {n}" },
  repeatNote: {
    zh: "原网页重复刊登了这一段，这里照原样显示。",
    en: "The page prints this paragraph again; it is shown as in the source.",
  },
  article: { zh: "第 {n} 篇", en: "Article {n}" },
  sourceText: { zh: "原文", en: "Source text" },
} as const;

const s = (lang: Lang, key: keyof typeof S, n?: number) => S[key][lang].replace("{n}", String(n ?? ""));

export type Segment = { kind: "text"; text: string } | { kind: "figure"; text: string; figure: DocumentFigure };

export interface ReaderParagraph {
  /** 0-based, counting non-blank lines: the same numbering as sentences.paragraph */
  index: number;
  start: number;
  end: number;
  segments: Segment[];
  /** the earlier paragraph this one repeats, and the reader's page it is on */
  repeatOf: { index: number; page: number } | null;
  /** articles that begin at this paragraph */
  sectionsStarting: DocumentSection[];
  /** a line of an article's heading (shown in bold) */
  isHeading: boolean;
}

/**
 * Cut one page's paragraphs into plain text and figure spans. Offsets are
 * code points of the document; each paragraph is split into code points on
 * its own, so a page costs its own length whatever the document's.
 */
export function buildParagraphs(paras: DocumentParagraph[], figures: DocumentFigure[], sections: DocumentSection[], page: number): ReaderParagraph[] {
  // The paragraph holding a code-point offset (binary search, paragraphs in text order).
  const paragraphAt = (offset: number): number | null => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < paras[mid].start) hi = mid - 1;
      else if (offset >= paras[mid].end) lo = mid + 1;
      else return mid;
    }
    return null;
  };

  // Articles start at the first paragraph ending after their start offset.
  const sectionsAt = new Map<number, DocumentSection[]>();
  for (const sec of sections) {
    if (sec.page !== page) continue;
    const k = paras.findIndex((r) => r.end > sec.start);
    if (k === -1) continue;
    sectionsAt.set(k, [...(sectionsAt.get(k) ?? []), sec]);
  }

  // The first short lines of an article that make up its recognised heading.
  const headingLines = new Set<number>();
  for (const [k, secs] of sectionsAt) {
    for (const sec of secs) {
      if (!sec.heading) continue;
      for (let j = k; j < Math.min(k + 3, paras.length); j++) {
        if (paras[j].end - paras[j].start > 60 || !sec.heading.includes(paras[j].text)) break;
        headingLines.add(j);
      }
    }
  }

  const figuresAt = new Map<number, DocumentFigure[]>();
  for (const f of [...figures].sort((x, y) => x.start - y.start || x.end - y.end)) {
    const k = paragraphAt(f.start);
    if (k === null) continue;
    figuresAt.set(k, [...(figuresAt.get(k) ?? []), f]);
  }

  return paras.map((r, k) => {
    const chars = Array.from(r.text);
    const at = (offset: number) => offset - r.start; // document offset → index in this paragraph
    const segments: Segment[] = [];
    let cursor = r.start;
    for (const f of figuresAt.get(k) ?? []) {
      // Overlapping spans cannot both be links; the later one stays in the side list only.
      if (f.start < cursor) continue;
      const end = Math.min(f.end, r.end);
      if (f.start > cursor) segments.push({ kind: "text", text: chars.slice(at(cursor), at(f.start)).join("") });
      segments.push({ kind: "figure", text: chars.slice(at(f.start), at(end)).join(""), figure: f });
      cursor = end;
    }
    if (cursor < r.end) segments.push({ kind: "text", text: chars.slice(at(cursor)).join("") });
    return {
      index: r.ordinal,
      start: r.start,
      end: r.end,
      segments,
      repeatOf: r.repeatOf === null ? null : { index: r.repeatOf, page: r.repeatOfPage ?? page },
      sectionsStarting: sectionsAt.get(k) ?? [],
      isHeading: headingLines.has(k),
    };
  });
}

const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");

/** What a figure was read as, in one line for screen readers. */
export function figureReading(lang: Lang, f: DocumentFigure): string {
  const parts = [
    formatValue(f.value, f.valueMax, f.unit, f.kind),
    `${t(lang, "metric")}${colon(lang)}${metricName(lang, f.metric)}`,
  ];
  if (f.label) parts.push(`${t(lang, "label")}${colon(lang)}${f.label}`);
  parts.push(t(lang, f.verified ? "verified" : "unverified"));
  return parts.join(lang === "zh" ? "；" : "; ");
}

// The figures' styles are named in globals.css (fig-*): a page holds hundreds of figures, and its
// HTML and RSC payload carry each class string twice per figure (300–560 kB on dense pages).
export const markClass = (verified: boolean) => (verified ? "fig-mark" : "fig-mark-unverified");

function FigureMark({ f, text, lang }: { f: DocumentFigure; text: string; lang: Lang }) {
  return (
    <Link
      href={`/figures/${f.id}`}
      id={`fig-${f.id}`}
      aria-label={figureReading(lang, f)}
      prefetch={false}
      scroll={false}
      className="fig-link"
      data-figure-id={f.id}
      data-verified={f.verified ? "true" : "false"}
    >
      <mark className={markClass(f.verified)}>{text}</mark>
      <span
        aria-hidden="true"
        className="fig-tip"
      >
        <span className="block text-sm font-semibold">
          {formatValue(f.value, f.valueMax, f.unit, f.kind)}
          {f.qualifier !== "exact" && <span className="ml-1 font-normal text-stone-300">({qualifierName(lang, f.qualifier)})</span>}
        </span>
        <span className="block">
          <span className="text-stone-400">{t(lang, "metric")}{colon(lang)}</span>
          {metricName(lang, f.metric)}
        </span>
        {f.label && (
          <span className="block">
            <span className="text-stone-400">{t(lang, "label")}{colon(lang)}</span>
            {f.label}
          </span>
        )}
        <span className={`mt-0.5 block ${f.verified ? "text-green-300" : "text-amber-300"}`}>
          {f.verified ? "✓ " : "◌ "}
          {t(lang, f.verified ? "verified" : "unverified")}
        </span>
      </span>
    </Link>
  );
}

function sectionCaption(lang: Lang, sec: DocumentSection): string {
  const who = [sec.author, sec.authorTitle].filter(Boolean).join(lang === "zh" ? "，" : ", ");
  return [s(lang, "article", sec.ordinal + 1), who].filter(Boolean).join(" · ");
}

/** A link to another page of the same document ("?page=N", nothing for the first). */
export const pageHref = (page: number) => (page === 1 ? "?" : `?page=${page}`);

export function ReaderText({ paragraphs, page, lang }: { paragraphs: ReaderParagraph[]; page: number; lang: Lang }) {
  return (
    <div className="text-[1.0625rem] leading-loose text-stone-800" data-testid="reader-text" aria-label={s(lang, "sourceText")} role="region">
      {paragraphs.map((p) => (
        <div key={p.index}>
          {p.sectionsStarting.map((sec) => (
            <p
              key={sec.id}
              id={`article-${sec.ordinal + 1}`}
              className={`${p.index === paragraphs[0].index ? "" : "mt-8 border-t border-stone-200 pt-3"} mb-2 scroll-mt-4 text-xs font-medium tracking-wide text-stone-500`}
            >
              {sectionCaption(lang, sec)}
            </p>
          ))}
          {p.repeatOf === null ? (
            <p id={`p-${p.index + 1}`} className={`mb-3 scroll-mt-4 ${p.isHeading ? "text-lg font-semibold text-stone-900" : ""}`} data-paragraph={p.index}>
              {p.segments.map((seg, i) => (seg.kind === "text" ? seg.text : <FigureMark key={i} f={seg.figure} text={seg.text} lang={lang} />))}
            </p>
          ) : (
            <div className="mb-3 rounded border border-dashed border-stone-300 bg-stone-100/70 px-3 py-2" data-repeat-of={p.repeatOf.index}>
              <p className="mb-1 text-xs text-stone-500">
                <span className="mr-1 rounded bg-stone-200 px-1.5 py-0.5 font-medium text-stone-700">{s(lang, "repeat")}</span>
                <a href={`${p.repeatOf.page === page ? "" : pageHref(p.repeatOf.page)}#p-${p.repeatOf.index + 1}`} className="text-blue-700 hover:underline">
                  {s(lang, "repeatOf", p.repeatOf.index + 1)}
                </a>
                <span className="ml-1">{s(lang, "repeatNote")}</span>
              </p>
              <p id={`p-${p.index + 1}`} className="scroll-mt-4 text-stone-500" data-paragraph={p.index}>
                {p.segments.map((seg, i) => (seg.kind === "text" ? seg.text : <FigureMark key={i} f={seg.figure} text={seg.text} lang={lang} />))}
              </p>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
