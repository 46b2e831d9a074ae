// Sentence → number mentions: where a quantity is written, its value, unit
// and qualifier. Meaning (what is counted, by whom, when) comes later, in
// figures.ts. Dates, ordinals, formulas and numbers inside quotes or titles
// are recognised here and left out, because they are never quantities.

import type { Kind, Mention, Qualifier, Sentence } from "./types";
import { MULTIPLIER, foldWidth, parseFraction, parseNumeral, scale } from "./numbers";

// 4 598, 29 757: thousands set apart by a space, as some yearbooks print them.
// (21·8%: a middle dot for the decimal point, as some old pages print it, d65; only before a
// percent sign, since “3·15” and “12·4” name days.)
const AR = "(?:[0-9０-９]{1,3}(?: [0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+(?:[,，][0-9０-９]{3})*)(?:[.．][0-9０-９]+|·[0-9０-９]+(?=[%％]))?";
const ZH_DIGITS = "零〇一二两三四五六七八九十百千";
// 万 and 亿 inside a Chinese numeral belong to it (两万零五, 一亿三千万): the
// numeral parser reads them in place. A trailing multiplier after 余 (十余万) is the group's.
const ZH = `[${ZH_DIGITS}][${ZH_DIGITS}万亿]*(?:点[零〇一二三四五六七八九]+(?:万亿|万|亿)?)?`;
// (…and parts of ten thousand, in words or digits: 万分之三十点五, 万分之3.96, c88, a90.)
const FRACTION = `(?:百|千|[${ZH_DIGITS}]+)分之[${ZH_DIGITS}点]+|万分之(?:[${ZH_DIGITS}点]+|[0-9]+(?:\\.[0-9]+)?)`;

// Measure words, longest first so 人次 wins over 人 and 个月 over 个.
export const UNITS = [
  "个百分点", "个工作日", "工作日", "人次", "件次", "场次", "批次", "轮次", "辆次", "台次", "艘次", "架次", "个月", "小时", "分钟", "平方公里", "公里", "平方米", "延长米", "大类",
  "%", "％", "‰", "元", "件", "人", "名", "天", "日", "年", "个", "项", "份", "次", "条", "家",
  "起", "期", "块", "倍", "位", "篇", "届", "类", "场", "批", "所", "座", "户", "台", "辆",
  "笔", "宗", "例", "处", "部", "本", "张", "套", "支", "亩", "吨", "周", "岁", "轮", "米", "番", "万",
  // Weights seized, knives, scores (满意度96.28分): counts (decision 19).
  "千克", "公斤", "克", "把", "分",
  // Leaflets, books, banners and episodes handed out or made (宣传册28万余册, 条幅1500余幅, 短视频4集).
  "册", "幅", "集",
  // 锦旗13面; 降超6成 (tenths: 6成 is 60%).
  "面", "成",
  // 表扬信160余封; 拆除违法建设1432栋 (a58, a61); 子弹40882发, 雷管392枚, 烟花爆竹602箱 (882, 888).
  "封", "栋", "幢", "发", "枚", "箱",
  // 列管449种麻醉品, 收回假药180余种 (989, 863): kinds listed or seized, counted in digits (三种模式 in words is how work is organised).
  "种",
];
// (案 counts cases only right before the persons they hold: 提起公诉101案872人, c68.)
// (集 before 中 is 集中, not episodes: 米东执行110集中执行, c75.)
const UNIT_RE = UNITS.map((u) => (u === "集" ? "集(?!中)" : u)).join("|") + "|案(?=[0-9０-９]+(?:[ \u3000]?(?:余|多))?[ \u3000]?[人名])";

const PRE = "超过|不足|近|约|超|逾";
const POST = "以上|以下|以内|之内|左右|内";

// One candidate: qualifier, number, 余/多, multiplier, 余/多, optional range,
// optional space, unit, post-qualifier (outside the span).
const CANDIDATE = new RegExp(
  `(?<pre>${PRE})?` +
    `(?:(?<frac>${FRACTION})|(?<num>${AR}|${ZH})(?:[ \u3000]?(?<yu1>余|多))?(?:[ \u3000]?(?<mult>万亿|千万|万|亿))?(?<yu2>余|多)?` +
    `(?:[-~～—–至到](?<num2>${AR}|${ZH})(?<mult2>万亿|万|亿)?)?` +
    `(?:[ \u3000]?(?<unit>${UNIT_RE}))?)` +
    `(?<post>${POST})?`,
  "gy",
);

const ISO_DATE = /[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9.])/y;
const RATIO = /1[:：][0-9]+(?:\.[0-9]+)?/y;
const RANK = new RegExp(`第(?<num>${AR}|[${ZH_DIGITS}]+)(?<unit>名|位)?`, "y");
const RANK_BAND = new RegExp(`前(?<num>[0-9０-９]+|[${ZH_DIGITS}]+)(?<unit>名|位)?(?![0-9０-９${ZH_DIGITS}个年月日天季周项])`, "y");
// What says a 第 or 前 ranks something: a verb of ranking, a scope, or both.
const RANK_SCOPE = "全省|全市|全国|全区|全州|全县|全系统|系统内|同类|西部|东部|中部|西北|东北|华东|华南|全行业";
// (系列第二场新闻发布会: the second of a series, not a rank; 874.)
const RANKED_BEFORE = new RegExp(`(排名|排|位居|位列|居|(?<!系)列|进入)(${RANK_SCOPE})?$|(${RANK_SCOPE})$`);
const ROUND = new RegExp(`(?<pre>近|超过|超|逾|约)(?<mult>千万|百万|万|亿)(?<unit>元|人|件|起|户|次|人次)?(?![0-9０-９${ZH_DIGITS}])`, "y");
const HALF = /(?<pre>近|约|超过)?(?:一半|半数)(?![年月天日个小])/y;

export const KIND_OF_UNIT: Record<string, Kind> = {
  "%": "percent", "％": "percent", "‰": "percent", 个百分点: "percent",
  人: "persons", 名: "persons", 位: "persons", 人次: "person_times",
  元: "money", 件: "cases", 起: "cases", 案: "cases",
  天: "duration", 日: "duration", 年: "duration", 个月: "duration", 小时: "duration", 分钟: "duration", 周: "duration", 个工作日: "duration", 工作日: "duration",
  倍: "ratio", 番: "ratio",
};

/**
 * Character ranges inside “…”, 「…」, 《…》 and 〈…〉: names, titles, slogans.
 * A quotation that holds a clause break (“截止到9月底,随州市刑事立案4707起,…。”)
 * is somebody's words, not a name: its numbers are read like any others.
 */
const OPEN_QUOTE = /[“「《〈『]/g;
const CLOSE_OF: Record<string, string> = { "“": "”", "「": "」", "《": "》", "〈": "〉", "『": "』" };
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  OPEN_QUOTE.lastIndex = 0;
  for (let m = OPEN_QUOTE.exec(text); m; m = OPEN_QUOTE.exec(text)) {
    const j = text.indexOf(CLOSE_OF[m[0]], m.index + 1);
    if (j === -1) continue;
    if (m[0] === "“" && /[，,；;。！？!?]/.test(text.slice(m.index + 1, j))) continue;
    out.push([m.index, j + 1]);
    OPEN_QUOTE.lastIndex = j + 1;
  }
  // Straight quotes ("十项机制", 966) open and close in turn within a paragraph.
  if (text.includes('"')) for (const line of text.matchAll(/[^\n]+/g)) {
    const marks = [...line[0].matchAll(/"/g)].map((q) => line.index! + q.index!);
    for (let k = 0; k + 1 < marks.length; k += 2) {
      if (!/[，,；;。！？!?]/.test(text.slice(marks[k] + 1, marks[k + 1]))) out.push([marks[k], marks[k + 1] + 1]);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a[0] - b[0]) : out;
}

// Where a number, a qualifier or a rank can begin: the scanner jumps from one to the next.
const START = /[0-9０-９零〇一二两三四五六七八九十百千超不近约逾第前半万]/g;
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

/** A numeral as written, spaces between digit groups (4 598) taken out. */
function numeralValue(s: string): number | null {
  if (s.includes("·")) s = s.replace("·", ".");
  return parseNumeral(/[0-9０-９] [0-9０-９]/.test(s) ? s.replace(/ /g, "") : s);
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
    // 万 starts a number only as 万分之 (a part of ten thousand); elsewhere it follows one or is a word (万家).
    if (c === "万" && text[i + 1] !== "分") {
      i++;
      continue;
    }
    // Halves: 近半数知识产权纠纷, 又有一半案件 (decision 27)
    if (c === "一" || c === "半" || c === "近" || c === "约" || c === "超") {
      HALF.lastIndex = i;
      const h = HALF.exec(text);
      if (h && !inQuotes(st, i)) {
        add(st, { text: h[0], value: 50, valueMax: null, unit: "%", qualifier: qualifierOf(h.groups?.pre), kind: "percent", rule: "fraction" }, i, i + h[0].length);
        i += h[0].length;
        continue;
      }
    }
    // Half a year or month as a length: 为期半年, 历时半个月
    if (c === "半" && /(为期|历时|耗时|用时|仅用|用了)$/.test(text.slice(Math.max(0, i - 2), i)) && !inQuotes(st, i)) {
      const u = /^年/.test(text.slice(i + 1)) ? "年" : /^个月/.test(text.slice(i + 1)) ? "个月" : null;
      // 全国公安机关启动了为期半年的“百城禁毒会战” (d44): the set length of a campaign the whole country launched, told in a
      // city's report, is the frame of its figures, not its work (its own 为期三天的…行动 is, 888).
      if (u && /全国[^，,。；;]{0,10}(启动|部署|开展)了?为期$/.test(text.slice(Math.max(0, i - 20), i))) {
        skip(st, i, i + 1 + u.length, "period");
        i += 1 + u.length;
        continue;
      }
      if (u) {
        add(st, { text: "半" + u, value: 0.5, valueMax: null, unit: u, qualifier: "exact", kind: "duration", rule: "chinese" }, i, i + 1 + u.length);
        i += 1 + u.length;
        continue;
      }
    }
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
        const after = text.slice(i + r[0].length, i + r[0].length + 2);
        // 建立全国第一个…制度, 破获全省第一起…案: the first of its kind, a claim, not a place in a ranking.
        // (开创了多项全国第一: a set of firsts, b03.)
        // (始终把讲政治作为第一位要求: a priority, d11.)
        const idiom = /(放在|摆在|放到|作为|当作|当成|视为)$|(多项|多个|多次)(全国|全省|全市)?$/.test(before) || /^(方阵|梯队|序列|档|批|期|轮|届|个|起|例|家|宗|件)/.test(after);
        const ranked = !idiom && (r.groups.unit || RANKED_BEFORE.test(before));
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

    // Rank bands: 位居全国前15 (decision 25). Elsewhere 前 is 前10个月, 前三季度.
    if (c === "前") {
      RANK_BAND.lastIndex = i;
      const r = RANK_BAND.exec(text);
      const value = r?.groups ? numeralValue(r.groups.num) : null;
      // 各类犯罪位居前3位的依次是…: the head of a list, not a rank reached (801).
      // (排名前十的罪名: the band that picks what is compared, not a rank reached either, a32.)
      const listHead = r ? /^的?(依次是|依次为|分别是|分别为|是)|^的(罪名|案由|案件类型|地区|省份|城市)/.test(text.slice(i + r[0].length, i + r[0].length + 5)) : false;
      if (r?.groups && value !== null && !listHead && RANKED_BEFORE.test(text.slice(Math.max(0, i - 6), i)) && !inQuotes(st, i)) {
        add(st, { text: r[0], value, valueMax: null, unit: r.groups.unit ?? "名", qualifier: "less_than", kind: "rank", rule: "rank" }, i, i + r[0].length);
        i += r[0].length;
        continue;
      }
      i++;
      continue;
    }

    // Round sums with no digits: 近亿元, 超万人
    if (/[近超逾约]/.test(c)) {
      ROUND.lastIndex = i;
      const r = ROUND.exec(text);
      if (r?.groups && !inQuotes(st, i)) {
        // 10个省市的律师人数均已超过万人: the bar the places counted pass (990).
        if (PLACES_PASS.test(text.slice(Math.max(0, i - 30), i + (r.groups.pre?.length ?? 0)))) {
          skip(st, i, i + r[0].length, "threshold");
          i += r[0].length;
          continue;
        }
        const unit = r.groups.unit ?? null;
        add(st, { text: r[0], value: MULTIPLIER[r.groups.mult], valueMax: null, unit, qualifier: qualifierOf(r.groups.pre), kind: unit ? KIND_OF_UNIT[unit] ?? (unit === "元" ? "money" : "count") : "count", rule: "round" }, i, i + r[0].length);
        i += r[0].length;
        continue;
      }
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

    let value = numeralValue(num);
    if (value === null) continue;
    if (mult) value = scale(value, MULTIPLIER[mult]);
    let valueMax: number | null = null;
    if (g.num2) {
      const v2 = numeralValue(g.num2);
      if (v2 !== null) valueMax = g.mult2 ? scale(v2, MULTIPLIER[g.mult2]) : mult ? scale(v2, MULTIPLIER[mult]) : v2;
    }
    let kind: Kind = unit ? KIND_OF_UNIT[unit] ?? "count" : !mult && RATIO_INDEX.test(before) ? "ratio" : "count";
    if (unit === "元") kind = "money";
    // Tenths are percentages (decision 27's fractions in words): 四成 = 40%.
    if (unit === "成") {
      value = value * 10;
      if (valueMax !== null) valueMax = valueMax * 10;
      kind = "percent";
    }
    // 日 and 天 are one base unit (docs/annotation.md, decision 4).
    const baseUnit = unit === "日" ? "天" : unit === "％" || unit === "成" ? "%" : unit;
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
  // 分别高出整体刑事犯罪9.61个和30.43个百分点: the unit written once after the last value is the first's too; its 个 is
  // the start of 个百分点 (decision 22; reporter set r121).
  const ms = st.mentions;
  for (let k = ms.length - 2; k >= 0; k--) {
    if (ms[k].unit === "个" && ms[k + 1].unit === "个百分点" && /^\s*(和|、|及|与)\s*$/.test(text.slice(ms[k].end - sentence.start, ms[k + 1].start - sentence.start))) {
      ms[k] = { ...ms[k], unit: "个百分点", kind: "percent" };
    }
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

// Every caller passes a fresh literal: filling in its span in place spares a copy per number.
function add(st: ScanState, m: Omit<Mention, "start" | "end">, s: number, e: number) {
  const mention = m as Mention;
  mention.start = st.sentence.start + s;
  mention.end = st.sentence.start + e;
  st.mentions.push(mention);
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

const BODIES_PASS = /[0-9一二三四五六七八九十]+家[\u4e00-\u9fa5]{0,8}(法院|检察院|公安局|派出所|律师事务所)[^，,。；;0-9]{0,14}(数|量)(同比)?(上升|增长|下降|减少)?(均|都)?已?(超过|超|逾|不足)$/;
const PLACES_PASS = /[0-9一二三四五六七八九十]+个(省|市|省市|省份|地区)[^，,。；;]{0,12}(均|都)已?(超过|超)$/;

// Words of a bar an assessment sets; looked for in the sentence before its clause is cut out.
const THRESHOLD_WORDS = /达标分|达标线|合格线|及格线|申报条件|门槛/;

// Indexes reported without a unit, right before their value (604, 742, 946, 966, 988, a17):
// the procuratorate's and the courts' 案-件比 and the police's 万人发案率 are ratios, a score (综合指数, 均衡度) a count.
const RATIO_INDEXES = "案-?件比|万人发案率|萬人發案率";
const UNITLESS_INDEX = new RegExp(`(${RATIO_INDEXES}|综合指数|綜合指數|均衡度)[”"]?(为|是|达到|达|下降|上升|降至|降低|提高|增长|减少)?了?$`);
const RATIO_INDEX = new RegExp(`(${RATIO_INDEXES})[”"]?[\u4e00-\u9fa5]{0,2}$`);

function notAQuantity(c: Ctx): string | null {
  if (c.inQuotes) return "quoted";
  const value = numeralValue(c.num);
  if (value === null) return "unreadable";
  // Dates: 2020年8月, 9月23日, 2019年度, 今年1月至10月
  if (!c.zh && !c.mult && c.unit === "年" && value >= 1900 && value <= 2100) return "date";
  // ——20231225日在…第十六届人民代表大会: a date written without 年 and 月 (982).
  // (…and 202421日, 2024年2月1日 with one-digit month and day, c31: a year's digits then one to four more.)
  if (!c.zh && c.unit === "日" && /^(19|20)[0-9]{2}[0-9]{2,4}$/.test(c.num) && value >= 190011) return "date";
  if (!c.unit && DATE_AFTER.test(c.next)) return "date";
  if ((c.unit === "日" || c.unit === null) && /月$/.test(c.prev)) return "date";
  if (/^[:：][0-9]/.test(c.next) || /[0-9][:：-]$/.test(c.prev)) return "date";
  // 公民与法治 2024年4期: a periodical's issue of a year (b68).
  if (c.unit === "期" && !c.post && !c.hasQualifier && value <= 60 && /(19|20)[0-9]{2}年(第)?$/.test(c.before)) return "date";
  // 19日发布, 今天(27日), 8日举行: a day of the month. A count of days reads
  // 日 only in a time limit (七日内) or after a word of duration (历时30日).
  if (c.unit === "日" && !c.zh && !c.post && !c.hasQualifier && value >= 1 && value <= 31 && !/(历时|用时|耗时|为期|仅用|用了|平均|缩短|提前|期限|工作)$/.test(c.prev)) return "date";
  // A duration used as a time phrase for other figures: 13年来, 30多天来, 近一个月来
  if ((c.unit === "年" || c.unit === "天" || c.unit === "日" || c.unit === "个月" || c.unit === "周") && /^来/.test(c.next)) return "period";
  // 三个月内结案率为86%: the bound of a rate, not a length of time reported (b71).
  // (…and a rate of what is done within minutes or hours: 1分钟内派警率, d40; a79's reader kept 3日内破案率's days.)
  if ((c.unit === "个月" || c.unit === "天" || c.unit === "日") && (c.post === "内" || c.post === "以内") && /^(结案|审结|办结|执结)/.test(c.next)) return "threshold";
  if ((c.unit === "分钟" || c.unit === "小时") && (c.post === "内" || c.post === "以内") && /^[\u4e00-\u9fa5]{1,4}率/.test(c.next)) return "threshold";
  // 前10个月, 今年前三个月: the period of other figures
  if (c.unit === "个月" && /前$/.test(c.prev)) return "period";
  // 到现在的28年间,前14年即到2000年…;后14年逐年攀升 (d52): spans of years that frame the counts told in them.
  if (c.unit === "年" && !c.post && (/^间/.test(c.next) || (/(?<![提落])[前后]$/.test(c.prev) && /^(即|里|内|间|中|时间|逐年|，|,)/.test(c.next)))) return "period";
  // The window of a record, a claim without a figure: 近十年最高水平, 降至近20年最低
  if (c.unit === "年" && c.pre === "近" && /^(来)?(的)?(最|新高|新低)/.test(c.next)) return "period";
  // 交通事故致人死亡数27年最低 (c99): the years of a record are no figure, said without 近 too.
  if (c.unit === "年" && !c.pre && /^(来)?(的)?(最低|最高|最好|最少|最多|新高|新低)/.test(c.next)) return "period";
  // Bounds that qualify a noun: 20年以上案件, 判刑五年以上有期徒刑, 年龄40岁以下3865人
  if ((c.unit === "年" || c.unit === "岁") && (c.post === "以上" || c.post === "以下") && /^[\u4e00-\u9fa5]/.test(c.next) && !/^(的)?(时间|期间)/.test(c.next)) return "threshold";
  // 破获命案积案33起,其中,20年以上18起: the bracket of a breakdown.
  if (c.unit === "年" && (c.post === "以上" || c.post === "以下") && /^[0-9０-９]/.test(c.next)) return "threshold";
  if (c.unit === "岁" && /年龄$/.test(c.prev)) return "threshold";
  // 处理10人以上的群体性案件, 涉案100万元以上的案件: a bound of the cases that are counted.
  if (/^(人|名|件|起|元|万元|亿元)$/.test(c.unit ?? "") && (c.post === "以上" || c.post === "以下") && /^的[\u4e00-\u9fa5]/.test(c.next)) return "threshold";
  // How long one fugitive hid (潜逃25年的命案逃犯): a detail of one case (decision 29).
  // (…and how old the oldest cold case solved was: 攻克8起命案积案,其中案发时间最长达35年, c09.)
  // (…and how long one gang held its ground: 盘踞保山30余年、横行作恶的“乔氏家族”案, d43.)
  if (c.unit === "年" && (/(潜逃|在逃|逃亡|隐匿)$/.test(c.prev) || /案发时间最长(达|为)?$/.test(c.before) || (/(盘踞|称霸|横行)[\u4e00-\u9fa5]{0,4}$/.test(c.before) && /黑|恶|霸|家族|团伙/.test(c.text)))) return "detail";
  // 如…的被告人徐杨建被从重判处有期徒刑17年 (d54): one named defendant's sentence, a story's detail (decision 29).
  if (c.unit === "年" && /有期徒刑$/.test(c.before) && /被告人[\u4e00-\u9fa5]{2,4}(被|以|获)/.test(c.text.slice(0, c.at))) return "detail";
  // 平均1.3个工作日办理1件案件 (d62): the one case of a pace is its unit, the days are the figure.
  if (value === 1 && (c.unit === "件" || c.unit === "起") && /(个工作日|工作日|天|日|小时)(就|即|便)?(办理|办结|审结|结|处理|执结)了?$/.test(c.before)) return "unit";
  // 不足20平方米的厕所小家 (d55): the size of a home in a story.
  if (/^平方(米|公里)$/.test(c.unit ?? "") && /^的[\u4e00-\u9fa5]{0,4}(房|屋|家|间|厕所|宿舍|棚)/.test(c.next)) return "detail";
  // 一次死亡3人以上交通事故: the bar of the accidents counted (c11).
  if ((c.unit === "人" || c.unit === "名") && c.post === "以上" && /一次(性)?(死亡|伤亡|造成)$/.test(c.prev)) return "threshold";
  // Departments listed and then counted (整合政法委、信访、司法等7个常驻部门及9个轮驻部门)
  // say who takes part (decision 10), also the next group joined by 及.
  if ((c.unit === "个" || c.unit === "家") && /^[\u4e00-\u9fa5]{0,3}部门/.test(c.next) && (/、[^，,；;。]*等$/.test(c.before) || /部门(及|和|与)$/.test(c.before))) return "participants";
  // An age in a story (一名81岁的独居老人) describes one person, not the work.
  if (c.unit === "岁" && !/平均(年龄)?$/.test(c.before)) return "detail";
  // …等12家新闻媒体记者参加了会议: who attended, not work done.
  if ((c.unit === "家" || c.unit === "个") && /^[\u4e00-\u9fa5]{0,10}?(记者|代表|负责人)?(参加|出席|列席)(了)?(会议|发布会|活动)/.test(c.next)) return "participants";
  // 中国、吉尔吉斯斯坦等4个国家最高法院院长…致辞, 8个国家和国际组织…嘉宾参加: the countries at a forum (c53).
  if (c.unit === "个" && /^国家/.test(c.next) && /^[^。；;]{0,30}(致辞|嘉宾|出席|参加|参会|与会)/.test(c.next)) return "participants";
  // 经侦、治安、刑侦…6部门负责人回答了媒体记者提问 (b93): the departments that answered at the meeting.
  if (c.unit === "部" && /^门(的)?(负责人|主要负责人|相关负责人|有关负责人)/.test(c.next)) return "participants";
  // 组织开展“全省轮战300天,守护平安积石山”专项行动 (b93): a number inside a campaign's quoted name.
  if (/[“"][^”"。；;]{0,20}$/.test(c.before) && /^[^”"“。；;]{0,20}[”"](专项行动|专项斗争|行动|活动|工程|攻坚战)/.test(c.next)) return "title";
  // 包括米俊海等1件16人: the case named inside a count, a story's detail (decision 29).
  if (/包括[\u4e00-\u9fa5]{2,8}等$/.test(c.before) || (/包括[\u4e00-\u9fa5]{2,8}等[0-9]+件$/.test(c.before) && c.unit === "人")) return "detail";
  // Sittings of a committee: 八届九次、十次全会, 省十三次党代会
  if (c.unit === "次" && /^(全会|全体会议|会议|党代会|党代表大会|代表大会)/.test(c.next)) return "ordinal";
  // 117日下午 (a date whose 月 the page lost), 10日上午: a day, not a duration.
  if (c.unit === "日" && !c.post && /^(上午|下午|晚上?|早上|凌晨|中午)/.test(c.next)) return "date";
  // 唯一一个 (the only one, a82): 唯一 is a word, and 一个 after it counts nothing.
  if (c.zh && /唯$/.test(c.prev) && /^一/.test(c.num)) return "idiom";
  // ——2021年1228日在来安县…会议上 (b04): a month and day run together after the year.
  if (c.unit === "日" && !c.post && /年$/.test(c.prev) && /^(1[0-2]|[1-9])(0[1-9]|[12][0-9]|3[01])$/.test(c.num)) return "date";
  // 110日是第四个中国人民警察节 (1月10日, a79): a day that is a holiday.
  if (c.unit === "日" && !c.post && /^(是|为)[^，,。；;]{0,14}(节|纪念日|宣传日)/.test(c.next)) return "date";
  // 从…等六个方面回顾: how a report is organised, not a count of work.
  if ((c.unit === "个" || c.unit === "项") && /^方面/.test(c.next) && (/等$/.test(c.before) || /^方面(对|进行|回顾|总结|介绍)/.test(c.next))) return "structure";
  // 处以15日以下拘留, 处5年以下有期徒刑: the penalty the law lays down, not one given (a58).
  if ((c.post === "以下" || c.post === "以上") && /^(日|天|年)$/.test(c.unit ?? "") && /((?<!判)处以?|可|并处)$/.test(c.before) && /^(的)?(行政)?(拘留|有期徒刑|罚款)/.test(c.next)) return "prescription";
  // 确定人均不少于1元的经费: a minimum laid down, not a quantity reported (decision 12).
  if (/(确定|规定|要求)[^，,；;。]{0,10}(不少于|不低于|至少)$/.test(c.before)) return "prescription";
  // 考核达标分从850分增加到900分, 申报条件中…安全感指标从85%调整为90%以上: the bar of an assessment, not a result (decision 12).
  if (THRESHOLD_WORDS.test(c.text) && /(达标分|达标线|合格线|及格线|申报条件|门槛)[^，,；;。]*$/.test(c.text.slice(Math.max(0, c.at - 60), c.at))) return "threshold";
  // 围绕服务实体经济、防控金融风险、深化金融改革三项任务: the items just named, counted (845).
  if ((c.unit === "项" || c.unit === "个" || c.unit === "大") && /^(任务|重点|目标|举措|措施|原则|要求)/.test(c.next) && /、[^，,；;。]*$/.test(c.before)) return "structure";
  // 为期3年的扫黑除恶专项斗争, 这3个年头: the campaign's known years, a time said, not a figure (b70, d21).
  if ((c.unit === "年" && /为期$/.test(c.prev) && (/^的?扫黑除恶/.test(c.next) || /扫黑除恶专项斗争/.test(c.text.slice(0, c.at)))) || (c.unit === "个" && /^年头/.test(c.next))) return "period";
  // 这3个年头正是扫黑除恶专项斗争迅猛开展的3年: what years were, said of them (d21).
  if (c.unit === "年" && /正是[^，,；;。]*的$/.test(c.before)) return "period";
  // “黑老大”名下的13家公司股权: the holdings of one defendant, a story's detail (decision 29; d21).
  if (/^[家个套辆处]$/.test(c.unit ?? "") && /名下的?$/.test(c.before)) return "detail";
  // “三个90%,一个80%”核心指标: targets named by their numbers, in quotes (d20).
  if (c.unit === "%" && /[“"][^”"]*[一二三四五六七八九十两]个$/.test(c.before) && /^[^“"”]*[”"]/.test(c.next)) return "slogan";
  // 近三年共查办…, 近两年执行工作的成效: 近N年 frames what follows (848, 850), unless a span is measured (历时近3年).
  if (c.unit === "年" && c.pre === "近" && /^[\u4e00-\u9fa5]/.test(c.next) && !/(历时|用时|耗时|为期|长达|服刑|坚持|连续)$/.test(c.prev)) return "period";
  // 律师10人(含)以下的律师事务所, 律师11人至20人(含)的律师事务所: the bounds of a size band, not counts (844).
  if (/^[(（]含[)）](以下|以上)?的/.test(c.next) || /^(至|到|-|—)[0-9]+[人名件个家]?[(（]含[)）]/.test(c.next)) return "threshold";
  // 市委十三届十一次、十二次全会: a plenum's number, whatever stands between it and 全会.
  if (c.unit === "次" && (/届$/.test(c.prev) || /^、[^，,。；;]{0,8}(全会|全体会议|会议)/.test(c.next))) return "ordinal";
  // 侦破了超过20年的命案积案8起: the age of the cases counted, a bound of what is counted.
  if (c.unit === "年" && (c.pre === "超过" || c.pre === "超" || /超过\s*$/.test(c.prev)) && /^\s*的/.test(c.next)) return "threshold";
  // 对过去5年检察机关的工作进行了总结: 过去N年 names the period reviewed, not a duration counted.
  if (c.unit === "年" && /过去$/.test(c.prev) && !c.hasQualifier) return "period";
  // 生效案件1618件(包括20年案件今年生效): a year written short, set against 今年.
  if (c.unit === "年" && !c.zh && /^[0-9]{2}$/.test(c.num) && /^[^，,；;。]{0,6}今年/.test(c.next)) return "date";
  // 110日均接警9.3万起: 日均 is "a day on average", not a unit of the number before it (the 110 line).
  if (c.unit === "日" && /^均/.test(c.next)) return "no unit";
  // 9类涉恶案件, 八类严重暴力案件: the kinds a category holds, not a count.
  if (c.unit === "类" && /^[\u4e00-\u9fa5]/.test(c.next) && !/^类/.test(c.next)) return "category";
  // 教导员雷建平被抽调侦办专案1000余天: one person's story (decision 29).
  if (KIND_OF_UNIT[c.unit ?? ""] === "duration" && /(教导员|民警|辅警|法官|检察官|所长|队长|书记|主任|律师|调解员)[\u4e00-\u9fa5]{2,3}(被|在|同志|曾|已|始终|坚持|扎根)/.test(c.before)) return "detail";
  // 一成不变: an idiom.
  if (c.unit === "成" && /^不变/.test(c.next)) return "idiom";
  // 电动三四轮车: the wheels name a kind of vehicle, they count nothing (d37; 三轮车 in a72).
  if (c.unit === "轮" && /^(车|摩托|电动车|汽车)/.test(c.next)) return "idiom";
  // 位居前3位的依次是…: the head of a list (801).
  if (/前$/.test(c.prev) && /^的?(依次|分别)/.test(c.next)) return "ordinal";
  // 十分重大 (very), 9时30分 (a time): 分 is a score only after Arabic digits.
  if (c.unit === "分" && (c.zh || /[时点]$/.test(c.prev))) return c.zh ? "idiom" : "date";
  // 从近三年的增幅看: the window of a trend, a period of other figures
  if (c.unit === "年" && c.pre === "近" && /^的?(增幅|降幅|趋势|变化|平均)/.test(c.next)) return "period";
  // Programme names: 20项民生实事工程, 深州20件民生实事
  if (/^民生实事/.test(c.next)) return "title";
  // 为民办10件实事 (a programme's name, 986); 落实公安部…12条措施 (a named set of another body's measures, 983).
  if (c.unit === "件" && /办$/.test(c.prev) && /^实事/.test(c.next)) return "title";
  if (c.unit === "条" && /^(措施|意见|规定|举措)/.test(c.next) && /(落实|贯彻|执行|按照|依据)[^，,；;。]{0,24}$/.test(c.before)) return "title";
  // 持续抓好市局服务和保障“两个健康”60条: a policy named by its count of articles, kept to (d96). (Not the measures made:
  // 制定进一步服务保障“强省会”10条工作措施, a05.)
  if (c.unit === "条" && /[”"》]$/.test(c.before) && /(抓好|落实|贯彻|执行|实施)[^，,；;。]{0,20}$/.test(c.before) && !/^[\u4e00-\u9fa5]/.test(c.next)) return "title";
  // 500件以上 1人,400件以上 2人: the bound of a caseload band, before the persons in it (d80; decision 12).
  if (/^(件|起|宗)$/.test(c.unit ?? "") && (c.post === "以上" || c.post === "以下") && /^\s*[0-9０-９]+\s*(人|名)/.test(c.next)) return "threshold";
  // 24小时总处置率: the window a rate of handling is named for (d89; decision 30). (819's reader kept 24小時破案率's.)
  if ((c.unit === "小时" || c.unit === "分钟") && !c.post && /^[\u4e00-\u9fa5]{0,2}(处置|办结|到达|响应)率/.test(c.next)) return "unit";
  // 光明区尹某等人私改112户燃气管道案: a number inside one case's name (d92; decision 29).
  if (/某[\u4e00-\u9fa5]{0,3}等人[\u4e00-\u9fa5]{0,6}$/.test(c.before) && /^[\u4e00-\u9fa5]{1,10}案(等|、|[，,])/.test(c.next)) return "case_name";
  // 作为全国13个开展公益诉讼试点改革的省份之一: the pilot provinces a body was one of (d98; decision 10).
  if (/^[^，,；;。]{0,24}试点[^，,；;。]{0,12}之一/.test(c.next)) return "participants";
  // 统筹推进、注重实效、定期报告三项工作要求: a named set of requirements after its list (d85; figures.md's 七项任务).
  if (c.unit === "项" && /[\u4e00-\u9fa5]{2,6}(、[\u4e00-\u9fa5]{2,6})+$/.test(c.before) && /^(工作)?(要求|任务|原则)/.test(c.next)) return "slogan";
  // 所占分值由5分提高至10分: the weight of an item in an assessment, a rule of it (f01; decision 12).
  if (c.unit === "分" && /(分值|权重)[^，,；;。]{0,4}(由|从|为)?$|(分值|权重)[^，,；;。]{0,10}(提高|增加|调整|提升)(至|到)$/.test(c.before)) return "prescription";
  // “57万元被盗后,我很难受: one victim's loss in a quoted story (d78; decision 29).
  if (/[“"]$/.test(c.before) && /^被(盗|骗|抢)/.test(c.next)) return "detail";
  // Case names: 胡某某等27人涉黑案; 黄某等4人涉网恶势力团伙案 (867); 办理杜四龙等14人涉黑团伙…系列案件 (a73)
  // (Not a word that ends in 案: 开卡人2.8万多人和涉案电话卡开卡人125人, 953.)
  if (c.unit === "人" && (/^[\u4e00-\u9fa5]{0,4}(?<![涉办立报结破作备方档])案(?!件)/.test(c.next) || (/某+等$/.test(c.prev) && /^[\u4e00-\u9fa5]{0,12}案(?!件)/.test(c.next)) || (/(办理|审理|侦办|查办|的|、)[\u4e00-\u9fa5]{2,3}等$/.test(c.before) && /^(涉黑|涉恶|黑社会|恶势力|犯罪)?[\u4e00-\u9fa5]{0,4}(团伙|集团)/.test(c.next)) ||
    // 审结萧永通等16人黑社会性质组织案 (742): a case named by its defendants, its kind up to 案.
    (/(审结|审理|办理|侦办|查办|起诉|判处)[\u4e00-\u9fa5]{2,3}等$/.test(c.before) && /^[\u4e00-\u9fa5]{0,12}案(?![件例])/.test(c.next)) ||
    // 审结李峰等18人、程波等22人组织、领导、参加黑社会性质犯罪 (b82): named defendants of one case each.
    (/(审结|审理|判处|起诉|办理|、)[\u4e00-\u9fa5]{2,3}等$/.test(c.before) && /^(、[\u4e00-\u9fa5]{2,3}等[0-9]+人)*(组织、领导|组织、领导、参加|参加黑社会)/.test(c.next)))) return "case_name";
  // (…a name written with ·: 起诉了公安部督办的伊敏图尔荪·尼亚孜等15人组织、领导、参加黑社会性质组织案, d57.)
  if (c.unit === "人" && /[\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{1,6}等$/.test(c.before) && /^[^，,；;。]{0,20}案/.test(c.next)) return "case_name";
  // 成功办理了胡燕文利用天猫平台骗取400余名被害人钱财 (d57): the victims of one named case, a story's detail (decision 29).
  if ((c.unit === "名" || c.unit === "人") && /^被害人/.test(c.next) && /(办理|审理|起诉|判处|侦破|破获)了?[\u4e00-\u9fa5]{2,4}(利用|通过|冒充|以)/.test(c.text.slice(0, c.at))) return "detail";
  // 以梁某升等13人为首的“村霸”, 以周某等6人的“套路贷”: the members of one named gang in the cases shown (c20; decision 29).
  if ((c.unit === "人" || c.unit === "名") && /以[\u4e00-\u9fa5]{0,2}某[\u4e00-\u9fa5]{0,2}等$/.test(c.before) && /^(为首)?的/.test(c.next)) return "detail";
  // 访问量:1195: a page's counter (b79). (Not 阅读量超8.27亿人次, a reach counted in its unit: 944.)
  if (!/^(人次|次)$/.test(c.unit ?? "") && /(访问量|浏览量|浏览次数|浏览人数|点击量|阅读量|访问次数)[:：]?\s*$/.test(c.before)) return "code";
  // 最新评论共有 0 位网友发表了评论 (d03): a page's comment counter.
  if (/^\s*(位|条|个)?\s*网友(发表|参与)?了?评论/.test(c.next) || (c.unit === "位" && /^\s*网友/.test(c.next) && /评论/.test(c.before))) return "code";
  // 最高人民法院6个巡回法庭一季度新收…案件2922件 (d02): the courts that did the work, not a result (decision 10).
  if (c.unit === "个" && /^巡回法庭(一季度|上半年|前三季度|全年|今年|共|新收|受理|审结|办结)/.test(c.next)) return "structure";
  // Formulas: 1+4+N, 5+N
  if (/^[+＋]/.test(c.next) || /[+＋]$/.test(c.prev)) return "slogan";
  // Anniversaries and thresholds: 建党100周年, 60周岁以上
  if (/^周年|^周岁/.test(c.next) || (c.unit === "周" && /^年/.test(c.next))) return "anniversary";
  if (c.unit === "周" && /^岁/.test(c.next)) return "threshold";
  // Sessions and plenums: 十九届六中全会, 十八大, 二十大, 四中全会
  if (!c.unit && /^(大|中全会|次全会|届)/.test(c.next)) return "ordinal";
  if (c.unit === "届" && !/(承办|举办|召开|连续|共)$/.test(c.prev)) return "ordinal";
  // Round-the-clock: 24小时全天候
  // (…and 提供24小时免费法律咨询服务, a38; 进行24小时动态巡逻, c05.)
  // (…and 每天24小时在城区进行巡逻, c64: round the clock said after 每天, whatever follows.)
  if (c.unit === "小时" && value === 24 && (/^[“"]?(全天候|值班|在线|不间断|服务|热线|查控|巡逻|巡防|值守|监控|运行|开放|不打烊|动态|预警|线索|举报|待命)|^[\u4e00-\u9fa5]{0,4}(服务|咨询)/.test(c.next) || /(每天|每日|全天|昼夜)$/.test(c.prev))) return "idiom";
  // 省委巡视2成果 (892): a note's number before 成果, not 2成 (20 per cent).
  if (c.unit === "成" && /^(果|效|绩|员|立|为|功|本|熟|就|交|长)/.test(c.next)) return "code";
  // 发案时间最长的…故意杀人案距今已有35年: how old a case is, a detail of the cases solved (874).
  if (c.unit === "年" && /距今(已有|已经|已|有)?$/.test(c.prev)) return "detail";
  // 根治积弊30多年的村级乱象: how old an ill is, a detail of what was fixed (decision 29).
  if (c.unit === "年" && /积弊$/.test(c.before) && /^的/.test(c.next)) return "detail";
  // 上世纪90年代: a decade, a date.
  if (c.unit === "年" && /^代/.test(c.next)) return "date";
  // 律师人数超过1万人的省(区、市)有21个: a bound that names a class counted right after it, not a count.
  if (c.pre && /^(超过|不足)$/.test(c.pre) && (/^的[^0-9，,；;]{0,14}[0-9]+\s*[个個]/.test(c.next) || /^的[。.]?$/.test(c.next))) return "threshold";
  // 10个省市的律师人数均已超过万人: the bar the places counted pass (990).
  if ((c.pre === "超过" || c.pre === "超") && /(均|都)已?$/.test(c.prev) && PLACES_PASS.test(c.text.slice(Math.max(0, c.at - 30), c.at))) return "threshold";
  // 264家基层法院新收案件数超过1万件, 474家法院新收案件数同比上升超过50%: the bar the bodies counted pass (reporter set r09).
  if (c.pre && /^(超过|超|逾|不足)$/.test(c.pre) && BODIES_PASS.test(c.text.slice(Math.max(0, c.at - 40), c.at))) return "threshold";
  // 随驻单位1小时到达: how fast a rule says to arrive, not a time measured (994).
  if ((c.unit === "小时" || c.unit === "分钟") && /^内?(到达|赶到|到场|响应)/.test(c.next) && !/平均$/.test(c.prev)) return "prescription";
  // 确保相关力量 1小时内投入战位: the time a plan makes sure of, not one measured (d30).
  if ((c.unit === "小时" || c.unit === "分钟") && /^(内|以内|之内)$/.test(c.post ?? "") && /确保[^，,；;。]{0,12}$/.test(c.before)) return "prescription";
  // 2022年后10个月: a part of a year planned for, a period.
  if (c.unit === "个月" && /年(后|前)$/.test(c.before)) return "period";
  // 如4月3日,…叶某…淹没了邻居钱某的4亩瓜菜: an example told as a story, its measures details (decision 29).
  if (/^(如|例如|比如)/.test(c.text) && /[\u4e00-\u9fa5]某(?![些])/.test(c.text) && /亩|元|平方米|公斤|千克|岁|米/.test(c.unit ?? "")) return "detail";
  // One case's story (decision 29): 零陵汪某…被判处有期徒刑1年 (889); 账户冻结不到24小时,被告当庭支付700万元 (883).
  if ((c.unit === "年" || c.unit === "个月") && /(有期徒刑|拘役|管制)\s*$/.test(c.prev) && /[\u4e00-\u9fa5]某(?![些种])/.test(c.text.slice(0, c.at))) return "detail";
  if (/^(小时|分钟|天)$/.test(c.unit ?? "") && /^\s*[，,]\s*(被告|被执行人)/.test(c.next)) return "detail";
  if (/元$/.test(c.unit ?? "") && /(被告|被执行人)[^，,；;。]{0,6}(支付|给付|赔偿|履行|退还)了?\s*$/.test(c.before)) return "detail";
  // 24小时,“一保两促”跑出兑现“加速度”: a time in a subheading's slogan (883).
  if (/^(小时|分钟|天)$/.test(c.unit ?? "") && /^\s*$/.test(c.before) && /^\s*[，,]\s*“/.test(c.next)) return "slogan";
  // 百万元以上大案数: the bar of a kind of case, named in a list of indicators (899).
  // (…and 损失50万元以上案件破案率达到100%, b05.)
  // (…with 元 left out: 案损100万以上案件全部告破, d04.)
  // (…also with the kind of case between: 查办百万元以上贪污贿赂案件46人, d46.)
  if ((/元$/.test(c.unit ?? "") || (!c.unit && !!c.mult)) && c.post === "以上" && /^(的)?[\u4e00-\u9fa5]{0,8}?(大案|要案|案件|案)/.test(c.next)) return "threshold";
  // 化解20人以上群体性矛盾纠纷 (b09): the size that makes a dispute a group's.
  if (/^(人|户)$/.test(c.unit ?? "") && c.post === "以上" && /^(的)?群体性/.test(c.next)) return "threshold";
  // 该案涉及全国31个省,涉虚假环评文件10万余份 (b07): the size of one case, told after 该案 (decision 29).
  // (What the police did in it, 共抓获嫌疑犯28人, is counted.)
  if (/该案[^。；;]*$/.test(c.text.slice(0, c.at)) && /(涉及|涉案|涉)[^，,；;。]{0,12}$/.test(c.before)) return "detail";
  // 该系列案件…涉及投资者上千名; 该系列案上千名原告投资者…; 支持四名原告投资者…,获赔最多的一名投资者获赔金额达18万余元:
  // the parties and sums of one case or series told as a story (decision 29; d26).
  if (/^(人|名|位)$/.test(c.unit ?? "") && ((/该(系列)?案/.test(c.text.slice(0, c.at)) && /涉及[^，,；;。]{0,8}$/.test(c.before)) || /^(原告|被告(?!人)|投资者)/.test(c.next))) return "detail";
  if (/元$/.test(c.unit ?? "") && /(原告|被告|投资者|当事人)[^。；;]*获赔[^，,；;。]{0,8}$/.test(c.text.slice(0, c.at))) return "detail";
  // 从5月22日“全运会”倒计时100天开始: a countdown is a date (d16).
  if ((c.unit === "天" || c.unit === "日") && /倒计时$/.test(c.prev)) return "date";
  // 总量已不足五年前的二分之一: years before now name a moment, no figure (d16).
  if (c.unit === "年" && /^前的/.test(c.next)) return "period";
  // 12348天津法网: a hotline's number before the city's name (d25).
  if (c.unit === "天" && /^(12348|12345|12309|12368|12337|110|12110)$/.test(c.num) && /^津/.test(c.next)) return "hotline";
  // 《条例》施行20年以来, 实施20年: how long a law has been in force, the period of what follows (b03).
  if (c.unit === "年" && /(实施|施行|颁布实施|颁布)$/.test(c.prev)) return "period";
  // 专项行动自2021年5月8日起,历时5个月 (931); 过去的365天中 (995): how long a campaign or a year ran, a period.
  if (/^(个月|天|日|年)$/.test(c.unit ?? "") && /历时\s*$/.test(c.prev) && /行动|活动|专项/.test(c.text.slice(0, c.at))) return "period";
  if ((c.unit === "天" || c.unit === "日") && (value === 365 || value === 366) && /过去的?\s*$/.test(c.prev)) return "period";
  // 2025820日 (947): a date whose 年 and 月 the page lost.
  if (!c.zh && c.unit === "日" && /^(19|20)[0-9]{5,6}$/.test(c.num)) return "date";
  // (1名民警+3名辅警+N个网格员): how a named mechanism is staffed, not work done (953).
  if (/^[\u4e00-\u9fa5]{1,6}\+/.test(c.next) || /\+\s*$/.test(c.prev)) return "slogan";
  // 十人团伙跨省特大走私象牙案: the size of a gang in a case's name (876).
  if (c.unit === "人" && /^(犯罪)?团伙[^，,；;。]{0,20}案/.test(c.next)) return "detail";
  // 百余村民自发向公安机关赠送锦旗: a crowd in a story, not a count of work (878).
  if (!c.unit && /^(村民|群众|居民|市民|师生)(自发|赶来|围观|聚集)/.test(c.next)) return "detail";
  // 会同区工商联等11家单位研究制定, 与公安、检察、民政等10家单位合作: who took part (decision 10; a10, a13).
  if ((c.unit === "家" || c.unit === "个") && /^(单位|部门)/.test(c.next) && /(会同|联合|与|同|协调)[^，,；;。]{0,16}等$/.test(c.before)) return "participants";
  // 涉案标的额2亿余元、受害人300余名的王福东非法集资案, 涉案金额达2200余万元的黄家存等9人非法经营案: what one named case involved (decision 29; a13, a18).
  if (/^(元|万元|亿元|名|人)$/.test(c.unit ?? "") && /^[^，,；;。]{0,16}的[\u4e00-\u9fa5“”"0-9]{2,20}案(?!件)/.test(c.next)) return "detail";
  // 攻克33年、25年命案积案2起: how old the cases solved were, a detail of them (decision 29; a37).
  if (c.unit === "年" && /^(、[0-9]+年)*(的)?(命案)?积案/.test(c.next)) return "detail";
  // 某亚洲公司与某矿业公司标的额9000余万元的合同纠纷: what one case was about (decision 29; a39).
  if (/元$/.test(c.unit ?? "") && /某[\u4e00-\u9fa5]{0,8}(公司|企业|人)/.test(c.before) && /^的[\u4e00-\u9fa5]{0,8}(纠纷|案)/.test(c.next)) return "detail";
  // 全省百人以上律师事务所14家: the size that picks the firms counted, a bound (a40).
  if (c.zh && (c.post === "以上" || c.post === "以下") && /^[\u4e00-\u9fa5]/.test(c.next) && /^[百千万]$/.test(c.num)) return "threshold";
  // 省人大常委会、省高级人民法院、省人民检察院等三个工作报告; 惠阳、惠东和大亚湾三个县(区)法院: the items just named, counted (a42, a46, a43).
  const clauseBefore = c.zh && c.unit === "个" ? (c.before.split(/[，,；;。]/).pop() ?? "") : "";
  if (c.zh && c.unit === "个" && clauseBefore.includes("、") && (/等$/.test(clauseBefore) || /[和及与][\u4e00-\u9fa5]{1,6}$/.test(clauseBefore)) && /^[\u4e00-\u9fa5“"]/.test(c.next)) return "structure";
  // 超12个月未结案件比: the age that picks the cases, a bound (a17).
  if (c.unit === "个月" && (c.pre === "超" || c.pre === "超过") && /^(未结|的|以上)/.test(c.next)) return "threshold";
  // 一次死亡3人以上较大道路交通事故: the size that makes an accident 较大, a bound (a21).
  if ((c.post === "以上" || c.post === "以下") && /^(较大|重大|特大|一般)/.test(c.next)) return "threshold";
  // 入选法治浙江“重要窗口”实践100例: the name of a selection (a27).
  if (c.unit === "例" && /入选[^，,；;。]{0,24}$/.test(c.before)) return "title";
  // 涉案金额达数百万元: no number is said (a15).
  if (c.zh && /数$/.test(c.prev) && /^[百千万]/.test(c.num)) return "detail";
  // 例如,…劝阻一名八旬老人,避免其遭受960万元资金损失: an example told as a story (decision 29; a16).
  if (/^(如|例如|比如)/.test(c.text) && /一(名|位|户|家)/.test(c.text.slice(0, c.at)) && /元$/.test(c.unit ?? "")) return "detail";
  // (…and the persons and sums of one event told as an example: 如华安县发生一起…事件,死者家属…纠集30多人到县信访局上访, c84.)
  if (/^(如|例如|比如)/.test(c.text) && /发生一起/.test(c.text.slice(0, c.at)) && /^(元|万元|亿元|人|名)$/.test(c.unit ?? "")) return "detail";
  // 有重大贡献的最高将给予1万元奖励: the most a rule of rewards or fines allows is a rule, not a result (c87).
  if (/元$/.test(c.unit ?? "") && /最高[^，,；;。]{0,6}(给予|奖励|可获|获得|奖)$/.test(c.before)) return "prescription";
  // 收费不足1万元的案件, 收费在1万元以上不足5万元的案件: the bounds of a fee band, not sums (b27).
  if (/元$/.test(c.unit ?? "") && (c.pre === "不足" || c.pre === "超过" || c.post === "以上" || c.post === "以下") && (/^的[\u4e00-\u9fa5]{0,4}(案件|案|纠纷)/.test(c.next) || /^(不足|以下|至)[0-9.]+[万亿]?元的/.test(c.next))) return "threshold";
  // 5个关键词回顾2021年工作; 围绕学习教育、查纠整改、总结提升三个环节: the words or steps a text is built on, counted (d17).
  if ((c.unit === "个" || c.unit === "项") && (/^关键词/.test(c.next) || (/^(环节|步骤|阶段)/.test(c.next) && /、[^，,；;。]*$/.test(c.before)))) return "slogan";
  // 从服务高质量发展、维护公平正义、…、自觉接受监督六个方面全面回顾: the parts of a report just named, counted (b34).
  if ((c.unit === "个" || c.unit === "项") && /^方面[^，,；;。]{0,4}(对|进行|回顾|总结|介绍|汇报)/.test(c.next) && /、[^，,；;。]*$/.test(c.before)) return "structure";
  // 1天内破获两宗特大跨境贩毒案: a heading's story of one operation, how fast it went (decision 29; b35).
  if ((c.unit === "天" || c.unit === "日") && (c.post === "内" || /^内/.test(c.next)) && c.text.length <= 30 && !/[。；;]/.test(c.text) && /^\s*$/.test(c.text.slice(0, c.at))) return "detail";
  // 辖区面积不大,仅1.57平方公里; 密集分布着6个社区、3家医院和9所学校: what a beat is like, not work (decision 29; b15).
  if (/^平方(公里|千米|米)$/.test(c.unit ?? "") && /(辖区|轄區|区域|區域)[^；;。]{0,10}$/.test(c.text.slice(Math.max(0, c.at - 16), c.at))) return "detail";
  if (/^[个家所座处]$/.test(c.unit ?? "") && /分布[着著有][^，,；;。]*$/.test(c.before)) return "detail";
  // 如果哪天…接处警超过10起以上: a case supposed, not one counted (b15).
  if (/(如果|假如|要是|一旦)[^，,；;。]*$/.test(c.before)) return "threshold";
  // “凌晨3点,2个网友‘奔现’约见面…”: a story told from its hour (decision 29; b15).
  if (/^[“"「]?(凌晨|深夜|清晨|傍晚|晚上|夜里)[0-9一二三四五六七八九十]{1,2}[点時时](许|多|左右)?[，,]/.test(c.text) && /^[个名位]$/.test(c.unit ?? "") && c.at < 20) return "detail";
  // 梳理出A、B、C三个等级: the grades of a scale, how work is organised (b20).
  if (c.unit === "个" && /^(等级|档次|层级|级别)/.test(c.next)) return "structure";
  if (c.unit === "种" && c.zh) return "structure";
  // 万克案件41起、千克案件118起 (d44): 千克 is the unit itself, no number is said.
  if (c.zh && /^[百千]$/.test(c.num) && c.unit === "克") return "unit";
  if (c.zh) return chineseNotAQuantity(c, value);
  // A bare Arabic number with neither unit nor multiplier is a label or a
  // list marker (“1是…，4是…”), not a reported quantity, unless an index
  // that has no unit names it (案-件比为106.33, 综合指数为83.12).
  if (!c.unit && !c.mult && !UNITLESS_INDEX.test(c.before)) return "no unit";
  return null;
}

// Quoted items at the end of a text, joined by 、, 和, 及, 与: “A”和“B”.
const QUOTED_LIST = /(?:[“「][^“”「」]{1,30}[”」](?:[、和及与]|以及))*[“「][^“”「」]{1,30}[”」]$/;
/** How many quoted items end `before`: “A”和“B” → 2. */
function quotedListLength(before: string): number {
  const m = before.match(QUOTED_LIST);
  return m ? (m[0].match(/[“「]/g) ?? []).length : 0;
}
/** How many characters that list takes. */
function quotedListSpan(before: string): number {
  return before.match(QUOTED_LIST)?.[0].length ?? 0;
}

// Chinese numerals run through slogans and set phrases (两个确立, 三大使命,
// 一体化, 一站式); they are read as quantities only where the text gives a
// sign of counting: a qualifier, a large value with a measure word, a
// duration that something has continued, or a time limit.
function chineseNotAQuantity(c: Ctx, value: number): string | null {
  if (c.isRange && c.unit) return null; // 三至五年
  // 百日大排查, 百日攻坚, 三年行动: the name of a campaign.
  if ((c.unit === "日" || c.unit === "天" || c.unit === "年") && /^(大|攻坚|行动|会战|专项|清零|冲刺)/.test(c.next)) return "title";
  // 重庆实践十项行动, 五项工程: a programme's name, unless the text counts what it carries out (开展十项行动).
  if (c.unit === "项" && /^(行动|工程)/.test(c.next) && !/(开展|实施|推出|部署|推进)了?$/.test(c.before)) return "title";
  // 百日体悟, 百日行动: a hundred days names a campaign.
  if (c.num === "百" && (c.unit === "日" || c.unit === "天") && /^[\u4e00-\u9fa5]{2}/.test(c.next) && !c.hasQualifier) return "title";
  if (/^[一二两三四五六七八九]$/.test(c.num) && c.prev.endsWith("第")) return "ordinal";
  if (c.hasQualifier && (c.unit || c.mult || value >= 10)) return null;
  if (/连续$/.test(c.prev) && (c.unit === "年" || c.unit === "个月")) return null;
  // 六年连降: how long a result has held (decision 8)
  if (c.unit === "年" && /^连[降升增减涨续创]/.test(c.next)) return null;
  // 翻一番, 翻两番: doubling, a multiple
  if (c.unit === "番") return /翻$/.test(c.prev) ? null : "idiom";
  // 同比降四成, 破案率提升三成, 八成以上: tenths said in words after a change or a level (803).
  if (c.unit === "成" && (/(降|升|增|减|长|高|达|超|占|近|约|逾)了?$/.test(c.prev) || c.post)) return null;
  // 各一名: one of each of the kinds just listed
  if (c.unit && /各$/.test(c.prev)) return null;
  if ((c.unit === "日" || c.unit === "天" || c.unit === "个月" || c.unit === "小时") && c.post) return null;
  if (c.unit === "届" && /(承办|举办)$/.test(c.prev)) return null;
  // Things set up or handed in, counted right after the verb (上报八个配套方案),
  // or after the verb and what the things are for, within the clause
  // (建立法治督察与纪检监察监督协作配合五项机制).
  // (…新增两个民事审判团队, 推行了三项…改革举措: d62, d65.)
  if ((c.unit === "个" || c.unit === "项" || c.unit === "条") && value >= 2 && /(上报|出台|制定|建立|设立|组建|签订|推出|发布|确定|(新增|新建|推行)了?)$/.test(c.before)) return null;
  if ((c.unit === "个" || c.unit === "项" || c.unit === "条") && value >= 2 && /(出台|制定|建立|设立|组建|签订|推出)[^，,；;。：:“”《》「」]{2,20}$/.test(c.text.slice(Math.max(0, c.at - 24), c.at)) && /^(机制|制度|措施|举措|办法|规定|意见|文件|平台|团队)/.test(c.next)) return null;
  // 通报…三宗…典型案例 (d67): the cases a body holds up as examples, counted.
  if ((c.unit === "宗" || c.unit === "起" || c.unit === "件" || c.unit === "个") && value >= 2 && /^[^，,；;。]{0,14}典型案(例|件)/.test(c.next)) return null;
  // Rounds and sessions held: 共组织开展了三轮9次夏夜治安巡查
  if ((c.unit === "轮" || c.unit === "次" || c.unit === "场" || c.unit === "期" || c.unit === "批") && value >= 2 && /(开展|组织|举办|召开|进行|部署)了?$/.test(c.before)) return null;
  // Things achieved, named one by one in quotes and then counted: 成功申报“A”和“B”两个
  // 市级…项目. Without such a verb the quotes name a set (紧扣“一体化”和“高质量”两个关键).
  if ((c.unit === "个" || c.unit === "项") && value >= 2 && /[”」]$/.test(c.before)) {
    const window = c.text.slice(Math.max(0, c.at - 80), c.at);
    const n = quotedListLength(window);
    if (n === value && /(申报|获批|建成|创建|评为|获评|获得|完成|出台|制定)$/.test(window.slice(0, window.length - quotedListSpan(window)))) return null;
  }
  // Items just listed and then counted: 设立了院班子、中层干部、基层院长三个工作群,
  // …等三项法治建设指标. Not after a closing quote, where the list is a named set.
  // 服务三江源、祁连山、青海湖三个国家公园: the places named, then counted, take part (decision 10).
  if (c.unit === "个" && /、[^、“”《》「」，,。；;]{1,10}$/.test(c.before) && /^(国家公园|省份|省区|城市|地市|区县|县区|地区|国家)/.test(c.next)) return "participants";
  if ((c.unit === "个" || c.unit === "项") && value >= 2 && !/[”」》]$/.test(c.before) && (/等$/.test(c.before) || /、[^、“”《》「」，,。；;]{1,10}$/.test(c.before))) return null;
  if (value >= 10 && c.unit && !["年", "届", "大", "类"].includes(c.unit)) return null;
  return "slogan";
}
