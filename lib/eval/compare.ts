// Predicted figures vs hand-verified gold: which match, which were missed,
// which were invented. A match is an overlapping span with the same value
// (the number was found); its exact span, unit and the other fields of
// matched figures are then scored one by one, so that a wrong unit shows as
// a unit error rather than vanishing into a miss.

import type { Excluded, GoldFigure } from "../gold/read";

export interface Predicted {
  doc: string;
  start: number;
  end: number;
  text: string;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: string;
  kind: string;
  label: string;
  metric: string;
  indicator: string;
  caseType: string | null;
  statistic: string;
  institution: string;
  province: string | null;
  city: string | null;
  county: string | null;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  sentence: string;
}

// metric is the full key; indicator, caseType and statistic its dimensions;
// period the normalised dates (start..end), the phrase being only a means.
export const FIELDS = ["span", "unit", "kind", "qualifier", "metric", "indicator", "caseType", "statistic", "institution", "region", "period"] as const;
export type Field = (typeof FIELDS)[number];

export interface Mismatch {
  field: Field;
  gold: unknown;
  predicted: unknown;
}

export interface DocScore {
  doc: string;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  fields: Record<Field, { correct: number; total: number }>;
  misses: (GoldFigure & { sentence: string; near: Predicted | null })[];
  falsePositives: (Predicted & { excluded: Excluded | null; near: GoldFigure | null })[];
  fieldErrors: { gold: GoldFigure; predicted: Predicted; mismatches: Mismatch[] }[];
  otherPredicted: number;
  otherGold: number;
  otherMissed: number;
  /** matched figures whose gold region the text itself names (what reading the text alone could find) */
  regionNamed: number;
  /** every predicted figure, for the table of indicators across documents */
  predictedFigures: Predicted[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const region = (x: { province: string | null; city: string | null; county: string | null }) => [x.province, x.city, x.county].map((v) => v ?? "").join("/");

function fieldValue(f: GoldFigure | Predicted, field: Field): unknown {
  if (field === "region") return region(f);
  if (field === "span") return `${f.start}–${f.end}`;
  if (field === "period") return `${f.periodStart ?? "?"}..${f.periodEnd ?? "?"}`;
  return (f as unknown as Record<string, unknown>)[field] ?? null;
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Score one document. `sentenceOf` gives the sentence around a gold span, so
 * that a miss can be shown where it stands.
 */
export function scoreDocument(
  doc: string,
  gold: GoldFigure[],
  predicted: Predicted[],
  excluded: Excluded[],
  sentenceOf: (start: number, end: number) => string,
  named: (g: GoldFigure) => boolean = () => true,
): DocScore {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as DocScore["fields"];
  const usedPred = new Set<number>();
  const pairs: [GoldFigure, Predicted][] = [];
  const misses: DocScore["misses"] = [];
  for (const g of gold) {
    // The predicted figure with the largest overlap that agrees on the value.
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      if (usedPred.has(i) || !overlaps(g, p) || !sameNumber(g.value, p.value)) return;
      const o = overlap(g, p);
      if (o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    if (best >= 0) {
      usedPred.add(best);
      pairs.push([g, predicted[best]]);
    } else {
      misses.push({ ...g, sentence: sentenceOf(g.start, g.end), near: predicted.find((p) => overlaps(g, p)) ?? null });
    }
  }
  const fieldErrors: DocScore["fieldErrors"] = [];
  for (const [g, p] of pairs) {
    const mismatches: Mismatch[] = [];
    for (const field of FIELDS) {
      const a = fieldValue(g, field);
      const b = fieldValue(p, field);
      fields[field].total++;
      if (a === b) fields[field].correct++;
      else mismatches.push({ field, gold: a, predicted: b });
    }
    if (mismatches.length) fieldErrors.push({ gold: g, predicted: p, mismatches });
  }
  const falsePositives = predicted
    .filter((_, i) => !usedPred.has(i))
    .map((p) => ({ ...p, excluded: excluded.find((x) => overlaps(x, p)) ?? null, near: gold.find((g) => overlaps(g, p)) ?? null }));
  const precision = ratio(pairs.length, predicted.length);
  const recall = ratio(pairs.length, gold.length);
  const otherPredicted = predicted.filter((x) => x.indicator === "other").length;
  const otherGold = gold.filter((x) => x.indicator === "other").length;
  const otherMissed = pairs.filter(([g, p]) => g.indicator !== "other" && p.indicator === "other").length;
  const regionNamed = pairs.filter(([g]) => named(g)).length;
  return { doc, gold: gold.length, predicted: predicted.length, matched: pairs.length, precision, recall, f1: f1(precision, recall), fields, misses, falsePositives, fieldErrors, otherPredicted, otherGold, otherMissed, regionNamed, predictedFigures: predicted };
}

export interface Report {
  documents: DocScore[];
  overall: { gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number; fields: Record<Field, { correct: number; total: number; accuracy: number }> };
  excludedReported: number;
  /** share of predicted figures the rules left as `other`, and of gold figures a reader did */
  otherPredicted: number;
  otherGold: number;
  /** share of matched figures a reader gave a key that the rules left `other` */
  otherMissed: number;
  /** share of matched figures whose gold region the text names: the ceiling of region read from the text alone */
  regionNamed: number;
}

export function summarise(docs: DocScore[]): Report {
  const sum = (k: "gold" | "predicted" | "matched") => docs.reduce((a, d) => a + d[k], 0);
  const g = sum("gold");
  const p = sum("predicted");
  const m = sum("matched");
  const fields = Object.fromEntries(
    FIELDS.map((f) => {
      const correct = docs.reduce((a, d) => a + d.fields[f].correct, 0);
      const total = docs.reduce((a, d) => a + d.fields[f].total, 0);
      return [f, { correct, total, accuracy: ratio(correct, total) }];
    }),
  ) as Report["overall"]["fields"];
  const precision = ratio(m, p);
  const recall = ratio(m, g);
  return {
    documents: docs,
    overall: { gold: g, predicted: p, matched: m, precision, recall, f1: f1(precision, recall), fields },
    excludedReported: docs.reduce((a, d) => a + d.falsePositives.filter((x) => x.excluded).length, 0),
    otherPredicted: ratio(docs.reduce((a, d) => a + d.otherPredicted, 0), p),
    otherGold: ratio(docs.reduce((a, d) => a + d.otherGold, 0), g),
    otherMissed: ratio(docs.reduce((a, d) => a + d.otherMissed, 0), m),
    regionNamed: ratio(docs.reduce((a, d) => a + d.regionNamed, 0), m),
  };
}

const pct = (x: number) => (x * 100).toFixed(1) + "%";
const mark = (sentence: string, text: string) => sentence.replace(text, `【${text}】`);

export interface PartReport {
  /** tuned or heldout (sources.json `part`) */
  part: string;
  title: string;
  report: Report;
}

/** The summary line of each part, as the CLI prints it last. */
export function summaryLine(p: PartReport): string {
  const o = p.report.overall;
  return `${p.part}: ${p.report.documents.length} documents, F1 ${pct(o.f1)} (precision ${pct(o.precision)}, recall ${pct(o.recall)}), ` + FIELDS.map((f) => `${f} ${pct(o.fields[f].accuracy)}`).join(", ") + `, other ${pct(p.report.otherPredicted)} of predicted (gold ${pct(p.report.otherGold)}; keyed by a reader but other by the rules ${pct(p.report.otherMissed)})`;
}

/** The report as Markdown: the same text is printed and written to docs/accuracy.md. */
export function reportToMarkdown(parts: PartReport[], command: string): string {
  const lines: string[] = [];
  lines.push("# Extraction accuracy", "");
  lines.push(
    `Generated by \`${command}\`: the extraction rules run over \`data/corpus\` and compared with the hand-written gold in \`data/gold\`. ` +
      "The tuned part holds the texts that rules may be written while reading; the held-out part (sources.json `part: heldout`) was never read while writing or tuning rules, so it says how the rules do on unseen text. " +
      "A figure matches when its span overlaps a gold span and the values are equal; the exact span, the unit and the other fields are scored on matched figures.",
    "",
  );
  lines.push("## Overall", "");
  lines.push("| part | documents | gold | predicted | matched | precision | recall | F1 | " + FIELDS.join(" | ") + " | other (predicted) | other (gold) | keyed by a reader, other by the rules | excluded reported |");
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- | " + FIELDS.map(() => "---").join(" | ") + " | --- | --- | --- | --- |");
  for (const { title, report: r } of parts) {
    const o = r.overall;
    lines.push(
      `| ${title} | ${r.documents.length} | ${o.gold} | ${o.predicted} | ${o.matched} | ${pct(o.precision)} | ${pct(o.recall)} | ${pct(o.f1)} | ` +
        FIELDS.map((f) => pct(o.fields[f].accuracy)).join(" | ") +
        ` | ${pct(r.otherPredicted)} | ${pct(r.otherGold)} | ${pct(r.otherMissed)} | ${r.excludedReported} |`,
    );
  }
  lines.push("", "Field accuracy is correct / matched. *metric* is the full key indicator[.caseType][@statistic] (data/metrics.json); *period* compares the normalised dates start..end. *other* is the share of figures whose indicator is `other`, among the rules' figures and among the gold; *keyed by a reader, other by the rules* is the share of matched figures the rules failed to name. *excluded reported* counts numbers of `excluded.jsonl` that the rules reported as figures.", "");
  for (const { title, report: r } of parts) {
    lines.push(`## ${title}: per document`, "");
    lines.push("| document | gold | predicted | matched | precision | recall | F1 | " + FIELDS.join(" | ") + " |");
    lines.push("| --- | --- | --- | --- | --- | --- | --- | " + FIELDS.map(() => "---").join(" | ") + " |");
    for (const d of r.documents) {
      lines.push(
        `| ${d.doc} | ${d.gold} | ${d.predicted} | ${d.matched} | ${pct(d.precision)} | ${pct(d.recall)} | ${pct(d.f1)} | ` +
          FIELDS.map((f) => (d.fields[f].total ? pct(d.fields[f].correct / d.fields[f].total) : "–")).join(" | ") +
          " |",
      );
    }
    lines.push("", `### ${title}: misses (in gold, not found)`, "");
    const misses = r.documents.flatMap((d) => d.misses);
    if (!misses.length) lines.push("None.");
    for (const m of misses) {
      lines.push(`- ${m.doc} @${m.start}–${m.end} \`${m.text}\` = ${m.value}${m.unit ?? ""}${m.near ? ` (found \`${m.near.text}\` = ${m.near.value}${m.near.unit ?? ""} instead)` : ""}: ${mark(m.sentence, m.text)}`);
    }
    lines.push("", `### ${title}: false positives (found, not in gold)`, "");
    const fps = r.documents.flatMap((d) => d.falsePositives);
    if (!fps.length) lines.push("None.");
    for (const p of fps) {
      const why = p.excluded ? ` — excluded as ${p.excluded.reason}` : p.near ? ` — gold has \`${p.near.text}\` = ${p.near.value}${p.near.unit ?? ""}` : "";
      lines.push(`- ${p.doc} @${p.start}–${p.end} \`${p.text}\` = ${p.value}${p.unit ?? ""}${why}: ${mark(p.sentence, p.text)}`);
    }
    lines.push("", `### ${title}: field errors on matched figures`, "");
    const errs = r.documents.flatMap((d) => d.fieldErrors);
    if (!errs.length) lines.push("None.");
    for (const e of errs) {
      lines.push(`- ${e.gold.doc} @${e.gold.start} \`${e.gold.text}\`: ` + e.mismatches.map((m) => `${m.field} gold \`${String(m.gold)}\` got \`${String(m.predicted)}\``).join("; "));
    }
    lines.push("");
  }
  return lines.join("\n");
}

/**
 * Every indicator the rules found, across the whole corpus, with the documents
 * and regions it appears in: the test that one measure has one key everywhere.
 */
export function indicatorTable(parts: PartReport[]): string {
  const rows = new Map<string, { figures: number; docs: Set<string>; regions: Set<string> }>();
  for (const p of parts) {
    for (const d of p.report.documents) {
      for (const f of d.predictedFigures) {
        if (f.indicator === "other") continue;
        const row = rows.get(f.metric) ?? { figures: 0, docs: new Set(), regions: new Set() };
        row.figures++;
        row.docs.add(f.doc.replace(/\.txt$/, ""));
        row.regions.add(f.province ? [f.province, f.city, f.county].filter(Boolean).join("") : "national or unknown");
        rows.set(f.metric, row);
      }
    }
  }
  const lines = ["## Indicators across documents", "", "Each full key the rules gave, with the documents and regions it appears in (both parts).", "", "| metric | figures | documents | regions |", "| --- | --- | --- | --- |"];
  const sorted = [...rows.entries()].sort((a, b) => b[1].docs.size - a[1].docs.size || b[1].figures - a[1].figures || a[0].localeCompare(b[0]));
  for (const [key, r] of sorted) lines.push(`| ${key} | ${r.figures} | ${r.docs.size}: ${[...r.docs].sort().join(", ")} | ${[...r.regions].sort().join(", ")} |`);
  return lines.join("\n") + "\n";
}
