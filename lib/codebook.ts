// The codebook: every published field of a figure, with its type and a
// description in Chinese and English. The /data page shows it; the
// downloads (issue 6) describe their columns from it.

export interface Field {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  zh: string;
  en: string;
  unit?: string;
}

export const FIELDS: Field[] = [
  { name: "id", type: "string", zh: "数字的永久编号：文档编号-起点-终点", en: "Permanent id of the figure: document id, start and end" },
  { name: "doc", type: "string", zh: "来源文件名", en: "Source file name" },
  { name: "start", type: "integer", zh: "数字在原文中的起点（Unicode 码位，不含 BOM）", en: "Start of the figure in the source text (Unicode code points, BOM removed)", unit: "code point" },
  { name: "end", type: "integer", zh: "数字在原文中的终点（不含）", en: "End of the figure in the source text, exclusive", unit: "code point" },
  { name: "text", type: "string", zh: "原文中的数字字符", en: "The figure's characters as written" },
  { name: "value", type: "number", zh: "数值，换算为基本单位（16.4万元 → 164000）", en: "Value in base units (16.4万元 → 164000)" },
  { name: "value_max", type: "number", zh: "区间的上限；非区间为空", en: "Upper end of a range; empty otherwise" },
  { name: "unit", type: "string", zh: "基本单位，如 件、人、元、%、天", en: "Base unit as written: 件 (cases), 人 (persons), 元 (yuan), %, 天 (days)…" },
  { name: "qualifier", type: "string", zh: "限定：exact 确数、approx 约数、more_than 以上、less_than 以下、range 区间", en: "exact, approx, more_than, less_than or range" },
  { name: "kind", type: "string", zh: "类型：cases、persons、person_times、money、percent、duration、rank、ratio、count", en: "cases, persons, person_times, money, percent, duration, rank, ratio or count" },
  { name: "label", type: "string", zh: "原句中说明统计对象的文字", en: "The words of the sentence that say what is counted" },
  { name: "metric", type: "string", zh: "完整指标键：指标[.案件类型][@统计量]（见指标表），同一列可比的数字键相同；无对应为 other", en: "The full key indicator[.case_type][@statistic] (see the vocabulary): figures a statistician would put in one column have equal keys; other when none fits" },
  { name: "indicator", type: "string", zh: "指标：所计量的对象及其计数单位，仿照官方统计（如 court.cases.concluded 审结案件）", en: "Indicator: what is measured, with its counting unit, after the official statistics (e.g. court.cases.concluded)" },
  { name: "case_type", type: "string", zh: "案件类型：限定指标的案件范围（如 criminal 刑事）；空为不限", en: "Case type restricting the indicator (e.g. criminal); empty for all cases" },
  { name: "statistic", type: "string", zh: "统计量：value 数值、yoy_pct 同比%、yoy_pp 同比百分点、share 占比、rank 排名等", en: "Statistic: value, yoy_pct (change on a year earlier, %), yoy_pp (percentage points), share, rank…" },
  { name: "institution", type: "string", zh: "报告机构：court、procuratorate、police、justice、plac、government、unknown", en: "Reporting institution: court, procuratorate, police, justice, plac (政法委), government or unknown" },
  { name: "province", type: "string", zh: "报告机构所在省级行政区", en: "Province of the reporting body" },
  { name: "city", type: "string", zh: "地级行政区", en: "Prefecture" },
  { name: "county", type: "string", zh: "县级行政区", en: "County" },
  { name: "region_code", type: "string", zh: "GB/T 2260 行政区划代码（已知的最细一级）；全国性机关的数字为 000000；空为地区不明", en: "GB/T 2260 division code of the most specific level known; 000000 for national bodies' figures; empty when the place is not known" },
  { name: "period", type: "string", zh: "数字所属时期，照原文", en: "The period the figure covers, as written" },
  { name: "period_start", type: "date", zh: "时期起始日（可据文档日期推定时）", en: "Start date of the period, where the document's date allows" },
  { name: "period_end", type: "date", zh: "时期结束日", en: "End date of the period" },
  { name: "sentence", type: "string", zh: "数字所在句子", en: "The sentence holding the figure" },
  { name: "prefix", type: "string", zh: "引文定位：数字前至多 32 个字符", en: "Quote selector: up to 32 code points before the figure" },
  { name: "suffix", type: "string", zh: "引文定位：数字后至多 32 个字符", en: "Quote selector: up to 32 code points after the figure" },
  { name: "rule", type: "string", zh: "产生该数字的抽取规则", en: "The extraction rule that produced the figure" },
  { name: "verified", type: "boolean", zh: "是否经人工核验（与金标准一致）", en: "Whether a person verified it (it matches the hand-verified gold)" },
  { name: "document_title", type: "string", zh: "文档标题", en: "Document title" },
  { name: "outlet", type: "string", zh: "来源媒体", en: "Outlet" },
  { name: "date", type: "string", zh: "文档日期（ISO 8601，精度以可知为限）", en: "Document date (ISO 8601, reduced to the precision known)" },
  { name: "permalink", type: "string", zh: "该数字的永久链接", en: "The figure's permanent address" },
];

export const LICENCE = {
  zh: "数据（抽取结果、金标准、代码表）以 CC BY 4.0 发布；引用的原文片段版权归原发布者所有，仅为研究和核对而引用。",
  en: "The data (extracted figures, gold files, codebook) are published under CC BY 4.0; the quoted excerpts remain their publishers' copyright and are quoted for research and checking.",
};
