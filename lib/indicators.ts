// The indicator vocabulary of data/metrics.json: what a figure measures
// (indicator), the kind of case it is restricted to (caseType) and what is
// done to the measure (statistic), as separate dimensions the way SDMX and
// the W3C Data Cube separate measure and dimension. `metric` is their one
// full key, indicator[.caseType][@statistic], so that two figures a
// statistician would put in one column have equal metric.

import vocabulary from "../data/metrics.json";

export interface Indicator {
  key: string;
  zh: string;
  en: string;
  institution: string; // court, procuratorate, police, justice, plac, or any
  kind: string;
  unit: string | null;
  official: string;
  definition: string;
  parent: string | null;
  caseTypes: string[];
  synonyms: string[];
  /** counted at a moment (调解员, 网格员), not over a period: a figure of it has an end date and no start */
  stock?: boolean;
}
export interface CaseType {
  key: string;
  zh: string;
  en: string;
  words: string[];
}
export interface Statistic {
  key: string;
  zh: string;
  en: string;
  unit: string | null;
  definition: string;
}

const v = vocabulary as unknown as { indicators: Indicator[]; caseTypes: CaseType[]; statistics: Statistic[] };
export const INDICATORS: Indicator[] = v.indicators;
export const CASE_TYPES: CaseType[] = v.caseTypes;
export const STATISTICS: Statistic[] = v.statistics;
export const OTHER = "other";

const INDICATOR = new Map(INDICATORS.map((i) => [i.key, i]));
const CASE_TYPE = new Map(CASE_TYPES.map((c) => [c.key, c]));
const STATISTIC = new Map(STATISTICS.map((s) => [s.key, s]));

export const indicatorOf = (key: string) => INDICATOR.get(key) ?? null;
export const caseTypeOf = (key: string) => CASE_TYPE.get(key) ?? null;
export const statisticOf = (key: string) => STATISTIC.get(key) ?? null;

export interface Dimensions {
  indicator: string;
  caseType: string | null;
  statistic: string;
}

/** The full key: `court.cases.concluded.criminal@yoy_pct`; `other` stays `other`. */
export function metricKey({ indicator, caseType, statistic }: Dimensions): string {
  if (indicator === OTHER) return OTHER;
  return `${indicator}${caseType ? `.${caseType}` : ""}${statistic && statistic !== "value" ? `@${statistic}` : ""}`;
}

/** The dimensions of a full key, or null when any part is not in the vocabulary. */
export function parseMetric(key: string): Dimensions | null {
  if (key === OTHER) return { indicator: OTHER, caseType: null, statistic: "value" };
  const [measure, statistic = "value", ...rest] = key.split("@");
  if (rest.length || !STATISTIC.has(statistic)) return null;
  if (INDICATOR.has(measure)) return { indicator: measure, caseType: null, statistic };
  const dot = measure.lastIndexOf(".");
  const indicator = measure.slice(0, dot);
  const caseType = measure.slice(dot + 1);
  if (!INDICATOR.has(indicator) || !CASE_TYPE.has(caseType)) return null;
  return { indicator, caseType, statistic };
}

export const isMetricKey = (key: string) => parseMetric(key) !== null;

/** The key this one is a part of (its indicator without the case type, or the indicator's parent); null for a whole. */
export function parentMetric(key: string): string | null {
  const d = parseMetric(key);
  if (!d || d.indicator === OTHER) return null;
  if (d.caseType) return metricKey({ ...d, caseType: null });
  const parent = INDICATOR.get(d.indicator)?.parent;
  return parent ? metricKey({ indicator: parent, caseType: null, statistic: d.statistic }) : null;
}

/** A readable name of a full key: 审结案件（刑事）· 同比增减% / Cases concluded (criminal) · change on a year earlier, %. */
export function metricName(lang: "zh" | "en", key: string): string {
  const d = parseMetric(key);
  if (!d) return key;
  if (d.indicator === OTHER) return lang === "zh" ? "其他" : "Other";
  const name = INDICATOR.get(d.indicator)![lang];
  // (A case type the indicator's own name already says adds nothing: 打掉涉黑涉恶组织, not 打掉涉黑涉恶组织（涉黑涉恶）.)
  const named = d.caseType && INDICATOR.get(d.indicator)!.zh.includes(CASE_TYPE.get(d.caseType)!.zh);
  const ct = d.caseType && !named ? CASE_TYPE.get(d.caseType)![lang] : null;
  const st = d.statistic !== "value" ? STATISTIC.get(d.statistic)![lang] : null;
  const withCase = ct ? (lang === "zh" ? `${name}（${ct}）` : `${name} (${ct.charAt(0).toLowerCase()}${ct.slice(1)})`) : name;
  return st ? `${withCase} · ${lang === "zh" ? st : st.charAt(0).toLowerCase() + st.slice(1)}` : withCase;
}

/** The kind a figure of this key has: a change or a share is a percentage whatever the indicator counts. */
export function metricKind(key: string): string | null {
  const d = parseMetric(key);
  if (!d || d.indicator === OTHER) return null;
  if (["yoy_pct", "yoy_pp", "change_pct", "change_pp", "avg_growth_pct", "share"].includes(d.statistic)) return "percent";
  if (d.statistic === "rank") return "rank";
  if (d.statistic === "ratio_to_benchmark") return "ratio";
  if (d.statistic === "streak") return "duration";
  return INDICATOR.get(d.indicator)!.kind;
}
