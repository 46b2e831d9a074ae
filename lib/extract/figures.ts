// Mentions + context → figures: the label that says what is counted, the
// metric a rule names for it, and who reports it, where and when.

import type { Figure, Mention, Paragraph, Section, Sentence } from "./types";
import { bodyBefore, lastPeriod, normalisePeriod } from "./context";
import { metricOf } from "./rules";

// Clause boundaries inside a sentence. Brackets are not among them: in
// 比全省平均值(113.09天)少13.57天 the bracket belongs to the comparison.
const CLAUSE = /[，,；;：:、。！？]/;
// Measure words after which the counted thing is named: 3380个单元网格.
const NOUN_FOLLOWS = new Set(["个", "项", "家", "份", "条", "块", "类", "名", "篇", "期", "届", "%", null]);

export interface FigureContext {
  docDate: string | null;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  text: string;
}

function labelFor(sentence: Sentence, m: Mention, previous: Mention | null, previousLabel: string | null): string {
  const rel = m.start - sentence.start;
  let from = rel;
  while (from > 0 && !CLAUSE.test(sentence.text[from - 1])) from--;
  if (previous && previous.end - sentence.start > from) from = previous.end - sentence.start;
  let before = sentence.text.slice(from, rel).trim();
  // 31件39人: the second number counts the same thing as the first.
  if (before === "" && previous && previous.end === m.start && previousLabel) return previousLabel;
  // Drop the time phrase that opens a clause: 截至目前,全市法院受理案件
  before = before.replace(/^(今年以来|近年来|目前|截至目前)/, "");
  let after = "";
  if (NOUN_FOLLOWS.has(m.unit)) {
    const rest = sentence.text.slice(m.end - sentence.start);
    const stop = rest.search(/[，,；;：:、。！？（(]/);
    after = rest.slice(0, stop === -1 ? rest.length : stop).replace(/^(的|以上|左右)/, "").slice(0, 16);
  }
  return (before + after).trim();
}

export function mentionsToFigures(sentenceIndex: number, mentions: Mention[], ctx: FigureContext): Omit<Figure, "start" | "end" | "sentenceStart" | "sentenceEnd" | "prefix" | "suffix" | "text">[] & { start: number; end: number; text: string }[] {
  const sentence = ctx.sentences[sentenceIndex];
  const section = ctx.sections.findLast((s) => s.start <= sentence.start) ?? ctx.sections[0];
  const out = [];
  let previous: Mention | null = null;
  let previousLabel: string | null = null;
  for (const m of mentions) {
    const label = labelFor(sentence, m, previous, previousLabel);
    const rel = m.start - sentence.start;
    const body = bodyBefore(sentence.text, rel, section.region);
    const institution = body?.institution ?? section.institution;
    const region = body?.region ?? section.region;
    const { metric, ruleId } = metricOf({ label, sentence: sentence.text, kind: m.kind, unit: m.unit });
    // Period: the phrase nearest before the figure in its sentence, else in an
    // earlier sentence of the same paragraph (docs/annotation.md, decision 16).
    let period = lastPeriod(sentence.text.slice(0, rel));
    if (!period) {
      for (let k = sentenceIndex - 1; k >= 0 && ctx.sentences[k].paragraph === sentence.paragraph; k--) {
        period = lastPeriod(ctx.sentences[k].text);
        if (period) break;
      }
    }
    const { start: periodStart, end: periodEnd } = normalisePeriod(period, ctx.docDate);
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      value: m.value,
      valueMax: m.valueMax,
      unit: m.unit,
      qualifier: m.qualifier,
      kind: m.kind,
      label,
      metric,
      institution,
      province: region.province,
      city: region.city,
      county: region.county,
      regionCode: region.code,
      period,
      periodStart,
      periodEnd,
      ruleId: `${m.rule}/${ruleId}`,
      section: section.ordinal,
      sentence: sentenceIndex,
    });
    previous = m;
    previousLabel = label;
  }
  return out;
}
