// Sentence → number mentions: where a quantity is written, its value, unit
// and qualifier. Meaning (what is counted, by whom, when) comes later, in
// figures.ts. Dates, ordinals, formulas and numbers inside quotes or titles
// are recognised here and left out, because they are never quantities.

import type { Kind, Mention, Qualifier, Sentence } from "./types";
import { MULTIPLIER, foldWidth, parseFraction, parseNumeral, scale } from "./numbers";

const AR = "[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?";
const ZH_DIGITS = "零〇一二两三四五六七八九十百千";
// 万 and 亿 inside a Chinese numeral belong to it (两万零五, 一亿三千万): the
// numeral parser reads them in place. A trailing multiplier after 余 (十余万) is the group's.
const ZH = `[${ZH_DIGITS}][${ZH_DIGITS}万亿]*(?:点[零〇一二三四五六七八九]+(?:万亿|万|亿)?)?`;
const FRACTION = `(?:百|千|[${ZH_DIGITS}]+)分之[${ZH_DIGITS}点]+`;

// Measure words, longest first so 人次 wins over 人 and 个月 over 个.
export const UNITS = [
  "个百分点", "人次", "场次", "批次", "个月", "小时", "分钟", "公里", "平方米",
  "%", "％", "元", "件", "人", "名", "天", "日", "年", "个", "项", "份", "次", "条", "家",
  "起", "期", "块", "倍", "位", "篇", "届", "类", "场", "批", "所", "座", "户", "台", "辆",
  "笔", "宗", "例", "处", "部", "本", "张", "套", "支", "亩", "吨", "周", "岁", "万",
];
const UNIT_RE = UNITS.map((u) => u.replace("%", "%")).join("|");

const PRE = "超过|不足|近|约|超|逾";
const POST = "以上|以下|以内|之内|左右|内";

// One candidate: qualifier, number, 余/多, multiplier, 余/多, optional range,
// optional space, unit, post-qualifier (outside the span).
const CANDIDATE = new RegExp(
  `(?<pre>${PRE})?` +
    `(?:(?<frac>${FRACTION})|(?<num>${AR}|${ZH})(?<yu1>余|多)?(?<mult>万亿|千万|万|亿)?(?<yu2>余|多)?` +
    `(?:[-~～—–至到](?<num2>${AR}|${ZH})(?<mult2>万亿|万|亿)?)?` +
    `(?:[ \u3000]?(?<unit>${UNIT_RE}))?)` +
    `(?<post>${POST})?`,
  "gy",
);

const ISO_DATE = /[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9.])/y;
const RATIO = /1[:：][0-9]+(?:\.[0-9]+)?/y;
const RANK = new RegExp(`第(?<num>${AR}|[${ZH_DIGITS}]+)(?<unit>名|位)?`, "y");

export const KIND_OF_UNIT: Record<string, Kind> = {
  "%": "percent", "％": "percent", 个百分点: "percent",
  人: "persons", 名: "persons", 位: "persons", 人次: "person_times",
  元: "money", 件: "cases", 起: "cases",
  天: "duration", 日: "duration", 年: "duration", 个月: "duration", 小时: "duration", 分钟: "duration", 周: "duration",
  倍: "ratio",
};

/** Character ranges inside “…”, 「…」, 《…》 and 〈…〉: names, titles, slogans. */
const OPEN_QUOTE = /[“「《〈『]/g;
const CLOSE_OF: Record<string, string> = { "“": "”", "「": "」", "《": "》", "〈": "〉", "『": "』" };
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  OPEN_QUOTE.lastIndex = 0;
  for (let m = OPEN_QUOTE.exec(text); m; m = OPEN_QUOTE.exec(text)) {
    const j = text.indexOf(CLOSE_OF[m[0]], m.index + 1);
    if (j === -1) continue;
    out.push([m.index, j + 1]);
    OPEN_QUOTE.lastIndex = j + 1;
  }
  return out;
}

// Where a number, a qualifier or a rank can begin: the scanner jumps from one to the next.
const START = /[0-9０-９零〇一二两三四五六七八九十百千超不近约逾第]/g;
const ZH_START = /[零〇一二两三四五六七八九十百千]/;
// What may follow the first character of a Chinese number: more numerals,
// 余/多, a multiplier, 点, 分之, a range sign, or the first character of a unit.
const CONTINUES = new RegExp(`[${ZH_DIGITS}余多万亿点分至到\\-~～—–% ${[...new Set(UNITS.map((u) => u[0]))].join("")}]`);

const DATE_AFTER = /^(?:年(?:度|底|初|末|以来|上半年|下半年|[一二三四]季度|[0-9０-９一二三四五六七八九十]{1,2}月)?|月(?:份|底|初|中旬|上旬|下旬)?|日|号)/;

export interface Skipped {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface MentionResult {
  mentions: Mention[];
  skipped: Skipped[];
}

function isZh(s: string) {
  return !/[0-9０-９]/.test(s);
}

export function sentenceToMentions(sentence: Sentence, collectSkipped = false): MentionResult {
  const text = sentence.text;
  const st: ScanState = { sentence, quotes: null, mentions: [], skipped: [], collectSkipped };
  let i = 0;
  while (i < text.length) {
    START.lastIndex = i;
    const found = START.exec(text);
    if (!found) break;
    i = found.index;
    const c = text[i];
    // Fast path: a lone Chinese numeral inside a word (一体化, 统一, 千方百计)
    // is followed by nothing a number could continue with.
    if (ZH_START.test(c) && !CONTINUES.test(text[i + 1] ?? "")) {
      i++;
      continue;
    }

    // Ranks: 第三, 第18名 — only where the text says it ranks something.
    if (c === "第") {
      RANK.lastIndex = i;
      const r = RANK.exec(text);
      if (r?.groups) {
        const before = text.slice(Math.max(0, i - 6), i);
        const idiom = /(放在|摆在|放到)$/.test(before);
        const ranked = !idiom && r.groups.unit || /(排名|排|位居|位列|居|列)(全省|全市|全国|全区)?$|(全省|全市|全国|全区)$/.test(before);
        const value = parseNumeral(r.groups.num);
        // 连续第六年: how long a practice has run, a duration (annotation decision 8).
        if (!r.groups.unit && /连续$/.test(before) && text[i + r[0].length] === "年" && value !== null && !inQuotes(st, i)) {
          add(st, { text: r[0] + "年", value, valueMax: null, unit: "年", qualifier: "exact", kind: "duration", rule: "duration" }, i, i + r[0].length + 1);
          i += r[0].length + 1;
          continue;
        }
        if (ranked && value !== null && !inQuotes(st, i)) {
          add(st, { text: r[0], value, valueMax: null, unit: r.groups.unit ?? "名", qualifier: "exact", kind: "rank", rule: "rank" }, i, i + r[0].length);
        } else {
          skip(st, i, i + r[0].length, "ordinal");
        }
        i += r[0].length;
        continue;
      }
      i++;
      continue;
    }

    // ISO dates and clock times: 2021-10-09 09:05
    ISO_DATE.lastIndex = i;
    const iso = ISO_DATE.exec(text);
    if (iso) {
      skip(st, i, i + iso[0].length, "date");
      i += iso[0].length;
      continue;
    }

    // Ratios: 1:1.104
    RATIO.lastIndex = i;
    const ratio = RATIO.exec(text);
    if (ratio && !/[0-9]/.test(text[i - 1] ?? "")) {
      const [a, b] = foldWidth(ratio[0]).split(":").map(Number);
      add(st, { text: ratio[0], value: b / a, valueMax: null, unit: null, qualifier: "exact", kind: "ratio", rule: "ratio" }, i, i + ratio[0].length);
      i += ratio[0].length;
      continue;
    }

    CANDIDATE.lastIndex = i;
    const m = CANDIDATE.exec(text);
    if (!m || !m.groups || (!m.groups.num && !m.groups.frac)) {
      i++;
      continue;
    }
    const g = m.groups;
    const preLen = g.pre?.length ?? 0;
    const postLen = g.post?.length ?? 0;
    const spanStart = i;
    const spanEnd = i + m[0].length - postLen;
    const numStart = i + preLen;
    const next = text.slice(i + m[0].length);
    const prev = text.slice(Math.max(0, i - 4), i);
    const before = text.slice(Math.max(0, i - 16), i);
    const whole = m[0];
    i += m[0].length;
    if (!g.num && !g.frac) continue;

    // Fractions: 三分之一的干警, 百分之八十
    if (g.frac) {
      const value = parseFraction(g.frac);
      if (value !== null && !inQuotes(st, spanStart)) {
        add(st, { text: text.slice(spanStart, spanEnd), value, valueMax: null, unit: "%", qualifier: qualifierOf(g.pre, undefined, g.post), kind: "percent", rule: "fraction" }, spanStart, spanEnd);
      }
      continue;
    }

    const num = g.num!;
    const zh = isZh(num);
    let unit: string | null = g.unit ?? null;
    // The loose unit 万 (粉丝超1000万) is a multiplier with no unit.
    let mult: string | null = g.mult ?? null;
    if (unit === "万" && !mult) {
      mult = "万";
      unit = null;
    }

    // Reasons a number is not a quantity, checked from the cheapest.
    const reason = notAQuantity({ num, zh, unit, mult, pre: g.pre, post: g.post, prev, before, next, whole, text, at: numStart, inQuotes: inQuotes(st, spanStart), hasQualifier: !!(g.pre || g.yu1 || g.yu2), isRange: !!g.num2 });
    if (reason) {
      skip(st, spanStart, spanEnd, reason);
      continue;
    }

    let value = parseNumeral(num);
    if (value === null) continue;
    if (mult) value = scale(value, MULTIPLIER[mult]);
    let valueMax: number | null = null;
    if (g.num2) {
      const v2 = parseNumeral(g.num2);
      if (v2 !== null) valueMax = g.mult2 ? scale(v2, MULTIPLIER[g.mult2]) : mult ? scale(v2, MULTIPLIER[mult]) : v2;
    }
    let kind: Kind = unit ? KIND_OF_UNIT[unit] ?? "count" : "count";
    if (unit === "元") kind = "money";
    // 日 and 天 are one base unit (docs/annotation.md, decision 4).
    const baseUnit = unit === "日" ? "天" : unit === "％" ? "%" : unit;
    add(
      st,
      {
        text: text.slice(spanStart, spanEnd),
        value,
        valueMax,
        unit: baseUnit,
        qualifier: valueMax !== null ? "range" : qualifierOf(g.pre, g.yu1 ?? g.yu2, g.post),
        kind,
        rule: zh ? "chinese" : "arabic",
      },
      spanStart,
      spanEnd,
    );
  }
  return { mentions: st.mentions, skipped: st.skipped };
}

// Scanner state and helpers at module level: closures made per sentence
// cost more than the scanning itself on long documents.
interface ScanState {
  sentence: Sentence;
  quotes: [number, number][] | null; // computed on first need
  mentions: Mention[];
  skipped: Skipped[];
  collectSkipped: boolean;
}

function inQuotes(st: ScanState, i: number): boolean {
  st.quotes ??= quotedRanges(st.sentence.text);
  for (const [a, b] of st.quotes) if (i > a && i < b) return true;
  return false;
}

function add(st: ScanState, m: Omit<Mention, "start" | "end">, s: number, e: number) {
  st.mentions.push({ ...m, start: st.sentence.start + s, end: st.sentence.start + e });
}

function skip(st: ScanState, s: number, e: number, reason: string) {
  if (st.collectSkipped) st.skipped.push({ start: st.sentence.start + s, end: st.sentence.start + e, text: st.sentence.text.slice(s, e), reason });
}

function qualifierOf(pre?: string, yu?: string, post?: string): Qualifier {
  if (pre === "近" || pre === "约" || post === "左右") return "approx";
  if (pre === "不足" || post === "以下" || post === "以内" || post === "之内" || post === "内") return "less_than";
  if (pre === "超" || pre === "超过" || pre === "逾" || yu || post === "以上") return "more_than";
  return "exact";
}

interface Ctx {
  num: string;
  zh: boolean;
  unit: string | null;
  mult: string | null;
  pre?: string;
  post?: string;
  prev: string;
  before: string;
  next: string;
  whole: string;
  text: string;
  at: number;
  inQuotes: boolean;
  hasQualifier: boolean;
  isRange: boolean;
}

function notAQuantity(c: Ctx): string | null {
  if (c.inQuotes) return "quoted";
  const value = parseNumeral(c.num);
  if (value === null) return "unreadable";
  // Dates: 2020年8月, 9月23日, 2019年度, 今年1月至10月
  if (!c.zh && !c.mult && c.unit === "年" && value >= 1900 && value <= 2100) return "date";
  if (!c.unit && DATE_AFTER.test(c.next)) return "date";
  if ((c.unit === "日" || c.unit === null) && /月$/.test(c.prev)) return "date";
  if (/^[:：][0-9]/.test(c.next) || /[0-9][:：-]$/.test(c.prev)) return "date";
  // A duration used as a time phrase for other figures: 13年来
  if (c.unit === "年" && /^来/.test(c.next)) return "period";
  // Programme names: 20项民生实事工程, 深州20件民生实事
  if (/^民生实事/.test(c.next)) return "title";
  // Case names: 胡某某等27人涉黑案
  if (c.unit === "人" && /^[\u4e00-\u9fa5]{0,4}案(?!件)/.test(c.next)) return "case_name";
  // Formulas: 1+4+N, 5+N
  if (/^[+＋]/.test(c.next) || /[+＋]$/.test(c.prev)) return "slogan";
  // Anniversaries and thresholds: 建党100周年, 60周岁以上
  if (/^周年|^周岁/.test(c.next) || (c.unit === "周" && /^年/.test(c.next)) || (c.unit === "岁" && /^以上|^以下/.test(c.next))) return "anniversary";
  if (c.unit === "周" && /^岁/.test(c.next)) return "threshold";
  // Sessions and plenums: 十九届六中全会, 十八大, 二十大, 四中全会
  if (!c.unit && /^(大|中全会|次全会|届)/.test(c.next)) return "ordinal";
  if (c.unit === "届" && !/(承办|举办|召开|连续|共)$/.test(c.prev)) return "ordinal";
  // Round-the-clock: 24小时全天候
  if (c.unit === "小时" && value === 24 && /^全天候/.test(c.next)) return "idiom";
  if (c.zh) return chineseNotAQuantity(c, value);
  // A bare Arabic number with neither unit nor multiplier is a label or a
  // list marker (“1是…，4是…”), not a reported quantity.
  if (!c.unit && !c.mult) return "no unit";
  return null;
}

// Chinese numerals run through slogans and set phrases (两个确立, 三大使命,
// 一体化, 一站式); they are read as quantities only where the text gives a
// sign of counting: a qualifier, a large value with a measure word, a
// duration that something has continued, or a time limit.
function chineseNotAQuantity(c: Ctx, value: number): string | null {
  if (c.isRange && c.unit) return null; // 三至五年
  if (/^[一二两三四五六七八九]$/.test(c.num) && c.prev.endsWith("第")) return "ordinal";
  if (c.hasQualifier && (c.unit || c.mult || value >= 10)) return null;
  if (/连续$/.test(c.prev) && (c.unit === "年" || c.unit === "个月")) return null;
  if ((c.unit === "日" || c.unit === "天" || c.unit === "个月" || c.unit === "小时") && c.post) return null;
  if (c.unit === "届" && /(承办|举办)$/.test(c.prev)) return null;
  // Things set up or handed in, counted right after the verb: 上报八个配套方案.
  if ((c.unit === "个" || c.unit === "项" || c.unit === "条") && value >= 2 && /(上报|出台|制定|建立|设立|组建|签订|推出|发布|确定)$/.test(c.before)) return null;
  // Items just listed and then counted: 设立了院班子、中层干部、基层院长三个工作群,
  // …等三项法治建设指标. Not after a closing quote, where the list is a named set.
  if ((c.unit === "个" || c.unit === "项") && value >= 2 && !/[”」》]$/.test(c.before) && (/等$/.test(c.before) || /、[^、“”《》「」，,。；;]{1,10}$/.test(c.before))) return null;
  if (value >= 10 && c.unit && !["年", "届", "大", "类"].includes(c.unit)) return null;
  return "slogan";
}
