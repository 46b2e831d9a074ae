// Checks of the hand-written gold against its source text: every span is the
// slice it claims, every field is of the vocabulary, nothing is counted twice,
// and every number of the text is either a figure or excluded with a reason.
// Pure: text and entries in, a list of problems out (empty when all is well).

import type { Excluded, GoldFigure } from "./read";
import { numberTokens, unaccounted } from "./coverage";
import { caseTypeOf, indicatorOf, metricKey, parseMetric, statisticOf } from "../indicators";

export const KINDS = ["cases", "persons", "person_times", "money", "percent", "duration", "rank", "ratio", "count"] as const;
export const QUALIFIERS = ["exact", "approx", "more_than", "less_than", "range"] as const;
export const GOLD_INSTITUTIONS = ["court", "procuratorate", "police", "justice", "plac", "government", "unknown"] as const;
/** docs/annotation.md, "An excluded line". */
export const REASONS = [
  "date", "ordinal", "slogan", "title", "hotline", "case_name", "anniversary", "participants",
  "prescription", "threshold", "idiom", "period", "structure", "name", "code", "repeat", "detail", "unit",
] as const;

export interface GoldProblem {
  doc: string;
  at: number | null;
  message: string;
}

const has = (list: readonly string[], v: unknown) => typeof v === "string" && list.includes(v);

/**
 * Check one document's gold. `chars` is the text as code points (BOM removed).
 */
export function checkDocumentGold(
  doc: string,
  chars: string[],
  gold: GoldFigure[],
  excluded: Excluded[],
): GoldProblem[] {
  const problems: GoldProblem[] = [];
  const say = (at: number | null, message: string) => problems.push({ doc, at, message });
  const slice = (s: number, e: number) => chars.slice(s, e).join("");

  for (const [what, list] of [["gold", gold], ["excluded", excluded]] as const) {
    for (const x of list) {
      if (!Number.isInteger(x.start) || !Number.isInteger(x.end) || x.start < 0 || x.end <= x.start || x.end > chars.length) {
        say(x.start, `${what} \`${x.text}\`: span [${x.start}, ${x.end}) is not inside the text`);
      } else if (slice(x.start, x.end) !== x.text) {
        say(x.start, `${what} \`${x.text}\`: the text at [${x.start}, ${x.end}) is \`${slice(x.start, x.end)}\``);
      }
    }
  }
  for (const g of gold) {
    const where = `gold \`${g.text}\``;
    if (typeof g.value !== "number" || !Number.isFinite(g.value)) say(g.start, `${where}: value ${String(g.value)} is not a number`);
    if (!has(KINDS, g.kind)) say(g.start, `${where}: kind ${String(g.kind)} is not one of ${KINDS.join(", ")}`);
    if (!has(QUALIFIERS, g.qualifier)) say(g.start, `${where}: qualifier ${String(g.qualifier)} is not one of ${QUALIFIERS.join(", ")}`);
    if ((g.qualifier === "range") !== (typeof g.value_max === "number")) say(g.start, `${where}: value_max is set exactly when the qualifier is range`);
    if (!has(GOLD_INSTITUTIONS, g.institution)) say(g.start, `${where}: institution ${String(g.institution)} is not one of ${GOLD_INSTITUTIONS.join(", ")}`);
    const dims = parseMetric(String(g.metric));
    if (!dims) say(g.start, `${where}: metric ${String(g.metric)} is not a key of data/metrics.json (indicator[.caseType][@statistic])`);
    else if (metricKey({ indicator: g.indicator, caseType: g.caseType, statistic: g.statistic }) !== g.metric) say(g.start, `${where}: metric ${g.metric} does not match indicator ${g.indicator}, caseType ${g.caseType}, statistic ${g.statistic}`);
    // Each dimension on its own, so that a full key in the indicator field is caught (police.….homicide with caseType null).
    if (g.indicator !== "other" && !indicatorOf(String(g.indicator))) say(g.start, `${where}: indicator ${String(g.indicator)} is not an indicator of data/metrics.json`);
    if (g.caseType !== null && !caseTypeOf(String(g.caseType))) say(g.start, `${where}: caseType ${String(g.caseType)} is not a case type of data/metrics.json`);
    // Decision 56: a case type its indicator does not list is not written; `other` lists none.
    if (g.caseType !== null && caseTypeOf(String(g.caseType)) && (g.indicator === "other" || !(indicatorOf(String(g.indicator))?.caseTypes.includes(String(g.caseType)) ?? true)))
      say(g.start, `${where}: caseType ${String(g.caseType)} is not one that ${String(g.indicator)} lists (decision 56)`);
    if (!statisticOf(String(g.statistic))) say(g.start, `${where}: statistic ${String(g.statistic)} is not a statistic of data/metrics.json`);
    for (const p of ["periodStart", "periodEnd"] as const) {
      const d = g[p];
      if (d !== null && (typeof d !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(d))) say(g.start, `${where}: ${p} ${String(d)} is not a date YYYY-MM-DD or null`);
    }
    if (g.periodStart && g.periodEnd && g.periodStart > g.periodEnd) say(g.start, `${where}: the period starts after it ends`);
    if (g.unit !== null && (typeof g.unit !== "string" || g.unit === "")) say(g.start, `${where}: unit must be a non-empty string or null`);
    if (typeof g.label !== "string" || !g.label) say(g.start, `${where}: label is empty`);
    if (g.doc !== doc) say(g.start, `${where}: doc is ${g.doc}`);
  }
  for (const x of excluded) {
    if (!has(REASONS, x.reason)) say(x.start, `excluded \`${x.text}\`: reason ${String(x.reason)} is not one of ${REASONS.join(", ")}`);
  }
  const all = [...gold.map((g) => ({ ...g, what: "gold" })), ...excluded.map((x) => ({ ...x, what: "excluded" }))].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1];
    const b = all[i];
    if (b.start < a.end) say(b.start, `${a.what} \`${a.text}\` @${a.start} and ${b.what} \`${b.text}\` @${b.start} overlap`);
  }
  for (const t of unaccounted(numberTokens(chars.join("")), all)) {
    say(t.start, `\`${t.text}\` (${slice(Math.max(0, t.start - 10), t.end + 6).replace(/\n/g, "⏎")}) is neither a gold figure nor excluded`);
  }
  return problems;
}
