// The source sentence of a figure with the figure's own characters marked.
// Offsets are code points, so the sentence is split as code points too.

import type { Citation as CitationData } from "@/lib/queries";
import { formatValue } from "@/lib/format";

export function Citation({ c }: { c: CitationData }) {
  const chars = Array.from(c.sentence);
  const a = c.start - c.sentenceStart;
  const b = c.end - c.sentenceStart;
  return (
    <section aria-labelledby="citation-title" className="mb-6 rounded border border-stone-300 bg-white p-4 shadow-sm" data-testid="citation">
      <h2 id="citation-title" className="mb-2 text-base font-semibold">
        出处 Source: {c.documentTitle ?? c.documentId}
        <span className="ml-2 text-sm font-normal text-stone-500">
          {[c.outlet, c.date].filter(Boolean).join(" · ")}
        </span>
      </h2>
      <blockquote className="border-l-4 border-stone-300 pl-3 text-lg leading-relaxed" data-testid="citation-sentence">
        {chars.slice(0, a).join("")}
        <mark className="rounded bg-[var(--color-mark)] px-0.5">{chars.slice(a, b).join("")}</mark>
        {chars.slice(b).join("")}
      </blockquote>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <dt className="text-stone-500">数值 Value</dt>
        <dd>{formatValue(c.value, c.valueMax, c.unit)}</dd>
        <dt className="text-stone-500">统计对象 Counts</dt>
        <dd>{c.label}</dd>
        <dt className="text-stone-500">指标 Metric</dt>
        <dd>{c.metric}</dd>
        <dt className="text-stone-500">核验 Verified</dt>
        <dd className={c.verified ? "text-[var(--color-verified)]" : "text-[var(--color-unverified)]"}>
          {c.verified ? "已核验 verified" : "未核验 unverified"}
        </dd>
        <dt className="text-stone-500">规则 Rule</dt>
        <dd>{c.ruleId}</dd>
        <dt className="text-stone-500">位置 Offsets</dt>
        <dd>
          {c.documentId} [{c.start}, {c.end})
        </dd>
      </dl>
    </section>
  );
}
