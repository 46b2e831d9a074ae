// Types that flow between the extraction stages. Offsets inside the stages
// are UTF-16 indices of the JS string; the last stage converts them to code
// points, the unit every published offset uses.

export type Institution = "court" | "procuratorate" | "police" | "justice" | "plac" | "government" | "unknown";
export type Kind = "cases" | "persons" | "person_times" | "money" | "percent" | "duration" | "rank" | "ratio" | "count";
export type Qualifier = "exact" | "approx" | "more_than" | "less_than" | "range";

export interface Region {
  province: string | null;
  city: string | null;
  county: string | null;
  code: string | null; // GB/T 2260, six digits, of the most specific level known
}

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  text: string;
  /** index of an earlier paragraph this one repeats verbatim (whole, or as its tail or its head) */
  repeatOf: number | null;
  /** an item of a page's list of links to other articles (相关新闻 / - 2021-12-22庆阳西峰警方…): no figures of this text */
  link?: true;
}

export interface Sentence extends Span {
  paragraph: number;
  text: string;
  /** ordinal of the section (article) holding it; set by extractText */
  section?: number;
}

export interface Section extends Span {
  ordinal: number;
  heading: string | null;
  author: string | null;
  authorTitle: string | null;
  institution: Institution;
  region: Region;
  period: string | null;
}

/** A number as read from the text, before context gives it meaning. */
export interface Mention extends Span {
  text: string;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: Qualifier;
  kind: Kind;
  rule: string; // which reading rule matched (arabic, chinese, rank, ratio, …)
}

export interface Figure {
  start: number; // code points
  end: number;
  text: string;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: Qualifier;
  kind: Kind;
  label: string;
  /** indicator[.caseType][@statistic] (lib/indicators.ts) */
  metric: string;
  indicator: string;
  caseType: string | null;
  statistic: string;
  institution: Institution;
  province: string | null;
  city: string | null;
  county: string | null;
  regionCode: string | null;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  ruleId: string;
  sentenceStart: number;
  sentenceEnd: number;
  prefix: string;
  suffix: string;
  section: number; // ordinal of the section
  sentence: number; // index into the sentence list
}

export interface ExtractedDocument {
  text: string;
  sections: (Section & { start: number; end: number })[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  figures: Figure[];
  /** consistency checks between figures of one article (checks.ts) */
  checks: import("./checks").CheckResult[];
  /** problems the extraction could not resolve: recorded, never guessed away */
  errors: string[];
}
