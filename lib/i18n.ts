// Interface language: Chinese by default, English on request. The choice
// lives in a cookie so server components render in it; every string the
// pages show comes from here, as do metric and region names in English.

import { pinyin } from "pinyin-pro";
import { INDICATORS, OTHER, indicatorOf, metricKind, metricName as nameOfMetric, parseMetric } from "./indicators";
import { NATIONAL_CODE } from "./extract/national";

import type { Lang } from "./lang-cookie";
export { LANG_COOKIE, type Lang } from "./lang-cookie";

export function langOf(value: string | undefined | null): Lang {
  return value === "en" ? "en" : "zh";
}

const STRINGS = {
  siteName: { zh: "政法数字", en: "Zhengfa Figures" },
  tagline: { zh: "政法机关自报数字，逐条可溯源", en: "Figures reported by courts, procuratorates and police, each traced to its sentence" },
  navOverview: { zh: "总览", en: "Overview" },
  navFigures: { zh: "数字", en: "Figures" },
  navIndicators: { zh: "指标", en: "Indicators" },
  navRegions: { zh: "地区", en: "Regions" },
  navData: { zh: "下载", en: "Data" },
  switchTo: { zh: "English", en: "中文" },
  switchLabel: { zh: "切换到英文界面", en: "Switch to Chinese" },
  documents: { zh: "文档", en: "Documents" },
  figures: { zh: "数字", en: "Figures" },
  verified: { zh: "已核验", en: "Verified" },
  unverified: { zh: "未核验", en: "Unverified" },
  regions: { zh: "地区", en: "Regions" },
  value: { zh: "数值", en: "Value" },
  unit: { zh: "单位", en: "Unit" },
  label: { zh: "统计对象", en: "What is counted" },
  metric: { zh: "指标", en: "Metric" },
  kind: { zh: "类型", en: "Kind" },
  institution: { zh: "机构", en: "Institution" },
  region: { zh: "地区", en: "Region" },
  period: { zh: "时期", en: "Period" },
  qualifier: { zh: "限定", en: "Qualifier" },
  document: { zh: "文档", en: "Document" },
  rule: { zh: "规则", en: "Rule" },
  checks: { zh: "一致性检查", en: "Consistency checks" },
  source: { zh: "出处", en: "Source" },
  citeAs: { zh: "引用", en: "Cite as" },
  copy: { zh: "复制", en: "Copy" },
  copied: { zh: "已复制", en: "Copied" },
  close: { zh: "关闭", en: "Close" },
  permalink: { zh: "永久链接", en: "Permalink" },
  all: { zh: "全部", en: "All" },
  search: { zh: "搜索", en: "Search" },
  searchPlaceholder: { zh: "搜索原文，如“受理案件”", en: "Search the text, e.g. 受理案件" },
  apply: { zh: "筛选", en: "Apply" },
  clearFilters: { zh: "清除筛选", en: "Clear filters" },
  previous: { zh: "上一页", en: "Previous" },
  next: { zh: "下一页", en: "Next" },
  noFigures: { zh: "没有符合条件的数字。", en: "No figures match these filters." },
  widen: { zh: "可以去掉一些筛选条件，或清除全部筛选。", en: "Remove a filter, or clear them all." },
  invalidParam: { zh: "参数无效", en: "Invalid parameter" },
  author: { zh: "作者/发布机构", en: "Author or reporting body" },
  outlet: { zh: "来源", en: "Outlet" },
  date: { zh: "日期", en: "Date" },
  figuresByProvince: { zh: "各省份报告的数字条数", en: "Figures reported, by province" },
  figuresByInstitution: { zh: "各机构、各类型的数字条数", en: "Figures by institution and kind" },
  countNote: { zh: "统计的是数字的条数，不是数值之和。点击柱形查看这些数字。", en: "This counts figures; it does not add their values. Click a bar to see them." },
  chartData: { zh: "图表数据", en: "Chart data" },
  numberOfFigures: { zh: "数字条数", en: "Number of figures" },
  province: { zh: "省份", en: "Province" },
  sort: { zh: "排序", en: "Sort" },
  download: { zh: "下载", en: "Download" },
  downloadView: { zh: "下载当前结果", en: "Download these rows" },
  readDocument: { zh: "阅读原文", en: "Read the document" },
  figuresInDocument: { zh: "本文数字", en: "Figures in this document" },
  compareAcross: { zh: "跨地区、跨时期比较", en: "Compared across regions and periods" },
  unknown: { zh: "未知", en: "unknown" },
  passed: { zh: "通过", en: "passed" },
  failed: { zh: "不一致", en: "failed" },
  notFound: { zh: "找不到", en: "Not found" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

const INSTITUTIONS: Record<string, { zh: string; en: string }> = {
  court: { zh: "法院", en: "Courts" },
  procuratorate: { zh: "检察院", en: "Procuratorates" },
  police: { zh: "公安", en: "Police" },
  justice: { zh: "司法行政", en: "Justice bureaus" },
  plac: { zh: "政法委", en: "Political-legal committees" },
  government: { zh: "政府", en: "Governments" },
  any: { zh: "各类机构", en: "Any body" },
  unknown: { zh: "未知", en: "Unknown" },
};

const KINDS: Record<string, { zh: string; en: string }> = {
  cases: { zh: "案件数", en: "Cases" },
  persons: { zh: "人数", en: "Persons" },
  person_times: { zh: "人次", en: "Person-times" },
  money: { zh: "金额", en: "Money" },
  percent: { zh: "比例", en: "Percentages" },
  duration: { zh: "时长", en: "Durations" },
  rank: { zh: "排名", en: "Ranks" },
  ratio: { zh: "比率", en: "Ratios" },
  count: { zh: "其他计数", en: "Other counts" },
};

const QUALIFIERS: Record<string, { zh: string; en: string }> = {
  exact: { zh: "确数", en: "exact" },
  approx: { zh: "约数", en: "approximately" },
  more_than: { zh: "以上/余", en: "more than" },
  less_than: { zh: "以下/不足", en: "less than" },
  range: { zh: "区间", en: "range" },
};

export const institutionName = (lang: Lang, key: string) => (INSTITUTIONS[key] ?? INSTITUTIONS.unknown)[lang];
export const kindName = (lang: Lang, key: string) => (KINDS[key] ?? { zh: key, en: key })[lang];
export const qualifierName = (lang: Lang, key: string) => (QUALIFIERS[key] ?? { zh: key, en: key })[lang];
export const INSTITUTION_KEYS = Object.keys(INSTITUTIONS);
export const KIND_KEYS = Object.keys(KINDS);

export interface MetricInfo {
  key: string;
  zh: string;
  en: string;
  kind: string;
  institution: string;
}
/** The indicators of data/metrics.json, and other: the rows of the codebook's vocabulary. */
export const METRICS: MetricInfo[] = [
  ...INDICATORS.map((i) => ({ key: i.key, zh: i.zh, en: i.en, kind: i.kind, institution: i.institution })),
  { key: OTHER, zh: "其他", en: "Other", kind: "count", institution: "unknown" },
];

/** A full metric key (indicator[.caseType][@statistic]) described, or null when the vocabulary does not parse it. */
export function metricInfo(key: string): MetricInfo | null {
  const d = parseMetric(key);
  if (!d) return null;
  if (d.indicator === OTHER) return METRICS[METRICS.length - 1];
  const ind = indicatorOf(d.indicator)!;
  return { key, zh: nameOfMetric("zh", key), en: nameOfMetric("en", key), kind: metricKind(key) ?? ind.kind, institution: ind.institution };
}

export function metricName(lang: Lang, key: string): string {
  return nameOfMetric(lang, key);
}

// English region names: the province list is short and has settled English
// names; below it, Hanyu Pinyin of the name with the suffix translated.
const PROVINCES_EN: Record<string, string> = {
  北京市: "Beijing", 天津市: "Tianjin", 河北省: "Hebei", 山西省: "Shanxi", 内蒙古自治区: "Inner Mongolia", 辽宁省: "Liaoning",
  吉林省: "Jilin", 黑龙江省: "Heilongjiang", 上海市: "Shanghai", 江苏省: "Jiangsu", 浙江省: "Zhejiang", 安徽省: "Anhui",
  福建省: "Fujian", 江西省: "Jiangxi", 山东省: "Shandong", 河南省: "Henan", 湖北省: "Hubei", 湖南省: "Hunan", 广东省: "Guangdong",
  广西壮族自治区: "Guangxi", 海南省: "Hainan", 重庆市: "Chongqing", 四川省: "Sichuan", 贵州省: "Guizhou", 云南省: "Yunnan",
  西藏自治区: "Tibet", 陕西省: "Shaanxi", 甘肃省: "Gansu", 青海省: "Qinghai", 宁夏回族自治区: "Ningxia", 新疆维吾尔自治区: "Xinjiang",
  台湾省: "Taiwan", 香港特别行政区: "Hong Kong", 澳门特别行政区: "Macao",
};
const SUFFIX_EN: [RegExp, string][] = [
  [/自治州$/, " Autonomous Prefecture"], [/自治县$/, " Autonomous County"], [/地区$/, " Prefecture"], [/新区$/, " New Area"],
  [/市$/, ""], [/区$/, " District"], [/县$/, " County"], [/旗$/, " Banner"], [/盟$/, " League"],
];

export function regionNameEn(name: string): string {
  if (PROVINCES_EN[name]) return PROVINCES_EN[name];
  for (const [re, suffix] of SUFFIX_EN) {
    if (re.test(name) && name.replace(re, "").length >= 1) {
      const base = pinyin(name.replace(re, ""), { toneType: "none", type: "array" }).join("");
      return base.charAt(0).toUpperCase() + base.slice(1) + suffix;
    }
  }
  const base = pinyin(name, { toneType: "none", type: "array" }).join("");
  return base.charAt(0).toUpperCase() + base.slice(1);
}

export function regionName(lang: Lang, name: string | null): string {
  if (!name) return lang === "zh" ? "未知" : "unknown";
  return lang === "zh" ? name : regionNameEn(name);
}

/** Where a figure is from: 河北省 衡水市, 全国 for a national body's figure, 未知 when nobody knows. */
export function placeName(lang: Lang, f: { province: string | null; city?: string | null; county?: string | null; regionCode?: string | null }): string {
  if (f.regionCode === NATIONAL_CODE) return lang === "zh" ? "全国" : "National";
  const parts = [f.province, f.city, f.county].filter((n): n is string => !!n);
  return parts.length ? parts.map((n) => regionName(lang, n)).join(lang === "zh" ? " " : ", ") : regionName(lang, null);
}

// English names of the units figures are reported in (the Chinese unit is shown as written).
const UNITS_EN: Record<string, [string, string]> = {
  件: ["case", "cases"], 起: ["case", "cases"], 宗: ["case", "cases"], 人: ["person", "persons"], 名: ["person", "persons"], 人次: ["person-time", "person-times"],
  元: ["yuan", "yuan"], 天: ["day", "days"], 日: ["day", "days"], 年: ["year", "years"], 个月: ["month", "months"], 小时: ["hour", "hours"], 分钟: ["minute", "minutes"],
  次: ["time", "times"], 场: ["session", "sessions"], 场次: ["session", "sessions"], 个: ["item", "items"], 项: ["item", "items"], 份: ["copy", "copies"],
  家: ["unit", "units"], 条: ["item", "items"], 处: ["site", "sites"], 个百分点: ["percentage point", "percentage points"], 分: ["point", "points"],
  千克: ["kg", "kg"], 公斤: ["kg", "kg"], 克: ["g", "g"], 吨: ["tonne", "tonnes"], 万: ["", ""],
  件次: ["case-time", "case-times"], 批次: ["batch", "batches"], 平方公里: ["km²", "km²"], 公里: ["km", "km"], 平方米: ["m²", "m²"], 延长米: ["m", "m"], 米: ["m", "m"],
  大类: ["category", "categories"], 类: ["category", "categories"], 期: ["issue", "issues"], 块: ["piece", "pieces"], 倍: ["times", "times"], 位: ["person", "persons"],
  篇: ["article", "articles"], 届: ["session", "sessions"], 批: ["batch", "batches"], 所: ["institution", "institutions"], 座: ["building", "buildings"], 户: ["household", "households"],
  台: ["unit", "units"], 辆: ["vehicle", "vehicles"], 笔: ["transaction", "transactions"], 例: ["case", "cases"], 部: ["item", "items"], 本: ["volume", "volumes"],
  张: ["sheet", "sheets"], 套: ["set", "sets"], 支: ["gun", "guns"], 亩: ["mu", "mu"], 周: ["week", "weeks"], 岁: ["year of age", "years of age"], 轮: ["round", "rounds"],
  番: ["doubling", "doublings"], 把: ["item", "items"], 面: ["banner", "banners"], 通: ["call", "calls"],
};

/** The unit in the interface language: 件 in Chinese, "cases" in English. */
export function unitName(lang: Lang, unit: string | null, value = 2): string {
  if (!unit) return "";
  if (lang === "zh" || unit === "%") return unit;
  const en = UNITS_EN[unit];
  return en ? en[value === 1 ? 0 : 1] : unit;
}

/** A reported amount in the interface language: 57,876件 / 57,876 cases, 98.87%. */
export function amount(lang: Lang, value: number, valueMax: number | null, unit: string | null): string {
  const n = (x: number) => x.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 4 });
  const v = `${n(value)}${valueMax !== null ? `–${n(valueMax)}` : ""}`;
  if (!unit) return v;
  if (unit === "%") return `${v}%`;
  return lang === "zh" ? `${v}${unit}` : `${v} ${unitName(lang, unit, value)}`;
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A period from its dates: 2023年 / 2023, 2022年上半年 / H1 2022, 2020年1—10月 / Jan–Oct 2020, 截至2021年12月31日 / to 31 Dec 2021. */
export function periodLabel(lang: Lang, start: string | null, end: string | null): string {
  const zh = lang === "zh";
  if (!start && !end) return zh ? "时期未知" : "period unknown";
  const day = (iso: string) => (zh ? `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日` : `${Number(iso.slice(8, 10))} ${MONTHS_EN[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`);
  if (!start) return zh ? `截至${day(end!)}` : `to ${day(end!)}`;
  if (!end) return zh ? `${day(start)}起` : `from ${day(start)}`;
  const [y1, m1, d1] = [start.slice(0, 4), Number(start.slice(5, 7)), Number(start.slice(8, 10))];
  const [y2, m2] = [end.slice(0, 4), Number(end.slice(5, 7))];
  const monthEnd = new Date(Date.UTC(Number(y2), m2, 0)).getUTCDate() === Number(end.slice(8, 10));
  if (d1 === 1 && monthEnd) {
    if (y1 === y2 && m1 === 1 && m2 === 12) return zh ? `${y1}年` : y1;
    if (y1 === y2 && m1 === 1 && m2 === 6) return zh ? `${y1}年上半年` : `H1 ${y1}`;
    if (y1 === y2 && m1 === 7 && m2 === 12) return zh ? `${y1}年下半年` : `H2 ${y1}`;
    if (y1 === y2 && m2 - m1 === 2 && (m1 - 1) % 3 === 0) return zh ? `${y1}年第${(m1 + 2) / 3}季度` : `Q${(m1 + 2) / 3} ${y1}`;
    if (y1 === y2 && m1 === m2) return zh ? `${y1}年${m1}月` : `${MONTHS_EN[m1 - 1]} ${y1}`;
    if (y1 === y2) return zh ? `${y1}年${m1}—${m2}月` : `${MONTHS_EN[m1 - 1]}–${MONTHS_EN[m2 - 1]} ${y1}`;
    if (m1 === 1 && m2 === 12) return zh ? `${y1}—${y2}年` : `${y1}–${y2}`;
  }
  return zh ? `${day(start)}至${day(end)}` : `${day(start)} – ${day(end)}`;
}

/**
 * How a page's date is known. sources.json says it in English prose; in
 * Chinese the interface gives its kind: printed on the page or in the text,
 * read from the address, or inferred.
 */
export function dateBasisText(lang: Lang, basis: string | null): string | null {
  if (!basis) return null;
  if (lang === "en") return basis;
  if (/^inferred/i.test(basis) || /\binferred\b/i.test(basis.split(/[;.]/)[0])) return "推断：页面上没有印出日期";
  if (/^(from )?the (url|address)/i.test(basis)) return "取自网页地址";
  return "页面或正文印有日期";
}

/**
 * A consistency check's message (lib/extract/checks.ts writes it in English,
 * with the figures as written) in the interface language: 1,234件 ≤ 5,000件
 * (a within b) → 1,234件 ≤ 5,000件（a 是 b 的一部分）.
 */
export function checkMessage(lang: Lang, message: string): string {
  if (lang === "en") return message;
  return message
    .replace(/ \((\S+) within (\S+)\)$/, "（$1 是 $2 的一部分）")
    .replace(/ does not match /, " 与计算结果不符：")
    .replace(/ matches /, " 与计算结果相符：");
}

