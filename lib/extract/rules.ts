// What a figure measures, as three dimensions (lib/indicators.ts): the
// statistic (a level, a change on a year earlier, a share, a rank…) read
// from the words that end its label; the indicator read from the rest of
// the label by phrase family (审结/结案/办结/审执结, 批捕/批准逮捕, 破获/侦破…);
// the case type from the case-type words of the label. A change or a share
// whose label names nothing (…36.7万人，同比上升18.5%) measures the figure
// before it. Every rule carries examples that must and must not reach it;
// rules.test.ts runs them. A figure no rule names keeps indicator `other`.

import { CASE_TYPES, indicatorOf, metricKey, type Dimensions } from "../indicators";
import type { Kind } from "./types";

export interface RuleInput {
  label: string; // the words before the number in its clause (and after, for 个/项 counts)
  clause?: string; // the sentence from its last 。；; up to the number, earlier numbers included
  sentence: string;
  /** the words right after the number, to the end of its clause (连续5年【下降】) */
  after?: string;
  /** the words before the number across 、, when the label stops at one (审结贪污、贿赂、渎职等职务犯罪) */
  phrase?: string;
  /** a part of the figure before it (其中3件): counts what its whole counts */
  part?: boolean;
  /** a count of persons right after a count of cases (破获刑事案件7620件、7151人): the persons of that work */
  pair?: boolean;
  /** the level of the list this figure is an item of (侦办涉黑案件45起、恶势力集团案件168起): what names no verb counts what the first item counts */
  listed?: Dimensions;
  /** the cases counted just before it in the sentence were a part no key names (侦办食药环…案件2596起,…抓获犯罪嫌疑人3293人) */
  afterPart?: boolean;
  /** the figure right before it was a part no key names (其中合伙所2.82万多家,占73.16%): a bare share or change after it is that part's */
  justAfterPart?: boolean;
  /** the sentence before its first number: a topic that restricts all its figures (常态化扫黑除恶斗争中,…) */
  topic?: string;
  /** the subheading over the paragraph (1、收案情况): what a bare breakdown (刑事案件262件) counts */
  heading?: string;
  /** the paragraph's sentences before this one, asked for only when needed: where a supervision figure's 民事 or 行政 is said (民事生效裁判监督…,提出抗诉1800余件) */
  paragraphBefore?: () => string;
  /** where the number stands in `sentence` */
  at?: number;
  institution?: string;
  kind: Kind;
  unit: string | null;
}

export interface Classified extends Dimensions {
  metric: string;
  ruleId: string;
  /** for a part no key names (decision 50): the whole's indicator, which the next items of its list share the verb of */
  whole?: string;
}

// ---------------------------------------------------------------- statistic

interface StatisticRule {
  id: string;
  /** the statistic, or a function of the unit for changes (%, 个百分点, or a count) */
  statistic: string | ((unit: string | null) => string);
  /** the words that say it, at the end of the label; removed to leave the measure */
  tail: RegExp;
  kinds?: Kind[];
  /** the words after the number must say this */
  after?: RegExp;
  examples: { match: [string, Kind, string | null, string?][]; noMatch: [string, Kind, string | null, string?][] };
}

// 增幅为10%, 年均降幅达20%, 同比多收5.4万件, 比前五年多收案4019件: the change word may be followed by 为/达, or 多/少 by the verb.
const CHANGE_WORD = "(?:上升|下降|增长|增加|减少|提高|提升|降低|下滑|回落|拉升|攀升|缩短|缩小|扩大|收窄|高出|低出|超出|(?:增幅|降幅|减幅|升幅|涨幅)(?:为|达到?|是|在)?|(?:多|少)(?:[收结办破立]案?)?|高|低|降|升)了?";
const byUnit = (pct: string, pp: string, abs: string) => (unit: string | null) => (unit === "%" || unit === "倍" || unit === "成" ? pct : unit && /百分点/.test(unit) ? pp : abs);

export const STATISTIC_RULES: StatisticRule[] = [
  {
    id: "stat.avg_growth",
    statistic: "avg_growth_pct",
    kinds: ["percent"],
    // (…or a rate: 与2015年同期相比,年均增长率为14.36%, b22.)
    tail: new RegExp(`年均(分别)?(${CHANGE_WORD}|(?:增长|下降|增|降)率(?:为|达到?|是)?)$`),
    examples: { match: [["涉港澳知识产权案件年均分别增长", "percent", "%"], ["收案数与2015年同期相比,年均增长率为", "percent", "%"]], noMatch: [["同比分别增长", "percent", "%"]] },
  },
  {
    // 环比: on the period just before (a quarter, a month), not on a year earlier.
    id: "stat.period_on_period",
    statistic: byUnit("change_pct", "change_pp", "change_abs"),
    kinds: ["percent", "ratio", "cases", "persons", "person_times", "money", "count"],
    tail: new RegExp(`环比(分别)?${CHANGE_WORD}$`),
    examples: { match: [["刑事案件环比下降", "percent", "%"]], noMatch: [["刑事案件同比下降", "percent", "%"]] },
  },
  {
    id: "stat.yoy",
    statistic: byUnit("yoy_pct", "yoy_pp", "yoy_abs"),
    kinds: ["percent", "ratio", "cases", "persons", "person_times", "money", "count", "duration"],
    tail: new RegExp(`(同比|比上年|较上年|比去年|较去年|比上年同期|较上年同期|与上年同期相比|与去年同期相比|比去年同期|较去年同期|比上一年|较上一年|比前一年|较前一年|相比(去年|上年)(同期)?|(与|较|比)(上年|去年)同期的?[^，,；;。]{1,12}?相比)[^，,；;。]{0,6}?(分别)?${CHANGE_WORD}$`),
    examples: {
      match: [["全国检察机关批准和决定逮捕各类犯罪嫌疑人同比下降", "percent", "%"], ["与上年同期的审判执行案件数量相比上升", "percent", "%"], ["审结分别比上年上升", "percent", "%"], ["同比增加", "percent", "个百分点"], ["刑事案件同比减少", "cases", "件"], ["相比去年增加", "cases", "件"]],
      noMatch: [["较2018年下降", "percent", "%"], ["不捕率", "percent", "%"]],
    },
  },
  {
    id: "stat.versus",
    statistic: byUnit("change_pct", "change_pp", "change_abs"),
    kinds: ["percent", "ratio", "cases", "persons", "money", "count", "duration"],
    tail: new RegExp(`((较|比|与)[^，,；;。]{1,14}?|(高于|低于|高出|低出|多于|少于)[^，,；;。]{0,14}?|)(分别)?${CHANGE_WORD}$|(高于|低于|高出|低出)[^，,；;。]{1,14}$`),
    examples: {
      match: [["较2018年下降", "percent", "%"], ["高于总体刑事犯罪不捕率", "percent", "个百分点"], ["八类严重暴力案件破案率提升", "percent", "个百分点"], ["比全省平均值少", "duration", "天"], ["发案率平均下降", "percent", "%"]],
      noMatch: [["不捕率", "percent", "%"], ["同比下降", "percent", "%"]],
    },
  },
  {
    // 减时限比例为50%, 减材料比例为66% (862): how much was cut, a change on the level before.
    id: "stat.cut_share",
    statistic: "change_pct",
    kinds: ["percent"],
    tail: /^(压|缩)?减(?!刑)[\u4e00-\u9fa5]{0,4}比例(为|达|达到)?$/,
    examples: { match: [["减时限比例为", "percent", "%"], ["压减材料比例达", "percent", "%"]], noMatch: [["调解成功比例为", "percent", "%"], ["减刑比例为", "percent", "%"]] },
  },
  {
    id: "stat.ratio_to_benchmark",
    statistic: "ratio_to_benchmark",
    kinds: ["ratio", "percent"],
    // 是2007年的4.21倍 (892): a multiple of a base year's level.
    // (…是自治区平均数的2.5倍, 是前三年的2.4倍: d62, d61.)
    tail: /(是|为|相当于)(全国|全省|全市|全区|自治区|同期)?平均(数|值|水平)?的$|(是|为|相当于)([0-9]{4}年(同期)?|前[一二三四五六七八九十两]年)的$/,
    examples: { match: [["一线办案法官年人均结案是全国平均数的", "ratio", "倍"], ["是2007年的", "ratio", "倍"], ["是自治区平均数的", "ratio", "倍"], ["是前三年的", "ratio", "倍"]], noMatch: [["比全省平均值", "duration", "天"]] },
  },
  {
    id: "stat.benchmark",
    statistic: "benchmark",
    tail: /(比|较|低于|高于|少于|多于)?(全国|全省|全市)平均(值|数|水平)(为)?$/,
    examples: { match: [["比全省平均值", "duration", "天"]], noMatch: [["是全国平均数的", "ratio", "倍"]] },
  },
  {
    id: "stat.share",
    statistic: "share",
    kinds: ["percent"],
    tail: /(占[^，,；;。]{0,24}?(的)?(比例|比重)?|占比)(为|达|达到|超过)?$/,
    examples: { match: [["占总结案数的", "percent", "%"], ["对审查逮捕案件提出引导侦查意见占比", "percent", "%"], ["其中一类占", "percent", "%"]], noMatch: [["不捕率为", "percent", "%"]] },
  },
  {
    id: "stat.rank",
    statistic: "rank",
    kinds: ["rank"],
    // (在全省排位由第五位跃居第三位; 在全省排位保持全省第四位: a rank's move, both ends, c39.)
    tail: /((在)?(全国|全省|全市|全州|全区)(的)?(排位|排名))?(位居|位列|居于|跃居|升至|居|排名|排位|排在|排|列|为|均为|并居|保持)?(全国|全省|全市|全州|西部|中国全国|全区)?(由|从)?(第)?$/,
    examples: { match: [["该市执行质效总体排名全省", "rank", "名"], ["实质化解率居西部", "rank", "名"], ["在全省排位由", "rank", "位"], ["在全省排位由第五位跃居", "rank", "位"]], noMatch: [["排名全省", "count", "项"]] },
  },
  {
    id: "stat.streak",
    statistic: "streak",
    kinds: ["duration"],
    tail: /(连续|连)$/,
    examples: { match: [["命案现案连续", "duration", "年"]], noMatch: [["开展为期", "duration", "年"]] },
  },
  {
    id: "stat.streak_after",
    statistic: "streak",
    kinds: ["duration"],
    tail: /$/,
    after: /^(连降|连续下降|连续上升|连增|保持|实现|均|来)?/,
    examples: { match: [["刑事发案实现", "duration", "年", "连降"]], noMatch: [["开展为期", "duration", "年", ""]] },
  },
];

const LISTED_CHANGE_END = /[和、及][0-9.]+%?$/;
const LISTED_CHANGE = new RegExp(`^(.*?${CHANGE_WORD})[和、及][0-9.]+%?$`);
const BARE_CHANGE = new RegExp(`^(.*?${CHANGE_WORD})\\s*[0-9]+(\\.[0-9]+)?\\s*[和、及]$`);

/** The statistic a label's last words say, and the measure before them. */
export function statisticOf(label: string, kind: Kind, unit: string | null, after = ""): { statistic: string; measure: string; ruleId: string } {
  // (A space before the number ends no word: 比上个五年分别增长 126.88%, d60.)
  label = label.trimEnd();
  // 同比下降64%和32.6%: the label of 64% runs on to the next number; its change word ends before 和.
  // (Both looked for only when the label ends so: the lazy scan of every change word is the costly part.)
  const cut = LISTED_CHANGE_END.test(label) ? label.match(LISTED_CHANGE) : null;
  if (cut) label = cut[1];
  // 同比下降84.61和【86.64%】, 分别回落32.1和【10.2个百分点】: the first of two changes said with one unit, its number bare;
  // the second's label ends at that number (b08, 840).
  const bare = /[和、及]$/.test(label) ? label.match(BARE_CHANGE) : null;
  if (bare) label = bare[1];
  for (const rule of STATISTIC_RULES) {
    if (rule.kinds && !rule.kinds.includes(kind)) continue;
    if (rule.id === "stat.streak_after") {
      if (!/^(连降|连续下降|连续上升|连升|连增)/.test(after)) continue;
    }
    const m = label.match(rule.tail);
    if (!m) continue;
    // A change word alone (下降) counts only with a unit that can change: a percentage, points, or after a count.
    const statistic = typeof rule.statistic === "string" ? rule.statistic : rule.statistic(unit);
    // (刑事案件分别同比下降: 分别 said before 同比 is not part of the measure, a80.)
    return { statistic, measure: label.slice(0, m.index).trim().replace(/(分别|均)$/, ""), ruleId: rule.id };
  }
  return { statistic: "value", measure: label, ruleId: "stat.value" };
}

// ---------------------------------------------------------------- indicator

export interface IndicatorRule {
  id: string;
  indicator: string;
  /** the measure (label without its statistic words) must say this */
  measure: RegExp;
  /** …and must not say this */
  not?: RegExp;
  /** the whole sentence must say this (the measure named earlier: 执行, 认罪认罚) */
  sentence?: RegExp;
  /** …or, with this, the paragraph's sentences before it (涉河湖公益诉讼案件线索12件。…共立案11件, 896) */
  paragraph?: boolean;
  /** kinds of a level (statistic value); changes, shares and ranks take any kind */
  kinds?: Kind[];
  /** only for figures reported by these institutions */
  institutions?: string[];
  /** a level's units (services counted in 件 are matters handled; in 项 they are kinds of matter) */
  units?: RegExp;
  examples: { match: RuleInput[]; noMatch: RuleInput[] };
}

const ex = (label: string, kind: Kind, unit: string | null = null, sentence = label, institution?: string): RuleInput => ({ label, kind, unit, sentence, institution });
const r = (
  indicator: string,
  measure: RegExp,
  opts: Partial<Pick<IndicatorRule, "not" | "sentence" | "paragraph" | "kinds" | "institutions" | "units">> & { id?: string },
  match: RuleInput[],
  noMatch: RuleInput[],
): IndicatorRule => ({ id: opts.id ?? indicator, indicator, measure, not: opts.not, sentence: opts.sentence, paragraph: opts.paragraph, kinds: opts.kinds, institutions: opts.institutions, units: opts.units, examples: { match, noMatch } });

const COURTS = ["court"];
const PROCURATORATES = ["procuratorate"];
const POLICE = ["police", "plac", "unknown", "government"];
const NOT_COURT = ["procuratorate", "police", "justice", "plac", "government", "unknown"];
// In a police report 起诉 is the police's transfer for prosecution (移送起诉), not the procuratorate's decision.
const NOT_COURT_OR_POLICE = NOT_COURT.filter((i) => i !== "police");

/** The procuratorate's investigations of all duty crime (decision 66): 立案侦查职务犯罪, 查办各类职务犯罪案件, 立案查办贪污贿赂、渎职侵权犯罪. */
const DUTY_CRIME_INVESTIGATED = /(立案侦查|立案查办|立查|查办)(了)?(各类|各种)?(涉嫌)?(职务犯罪|贪污贿赂[、和及与]渎职侵权(等)?(职务)?犯罪|贪污贿赂犯罪[、和及与]渎职侵权犯罪)(案件?|嫌疑人|犯罪嫌疑人)?$/;

export const INDICATOR_RULES: IndicatorRule[] = [
  // Rates first: their names hold the words of their counts (不捕率 ⊃ 不捕).
  r("procuratorate.arrests.non_arrest_rate", /不(批)?捕率|不批准逮捕率/, { kinds: ["percent"] }, [ex("不捕率为", "percent", "%")], [ex("不捕", "persons", "人")]),
  r("procuratorate.prosecution.non_prosecution_rate", /不(起)?诉率/, { kinds: ["percent"] }, [ex("不起诉率", "percent", "%"), ex("不诉率", "percent", "%")], [ex("决定不起诉", "persons", "人")]),
  // (…适用认罪认罚从宽制度办结案件1661件2085人,适用比率由25.81%提高到88.24%, reporter set r179.)
  r("procuratorate.plea_leniency.rate", /认罪认罚.*(适用率|占)|^(总体)?适用(比)?率(达|为|达到|由)?$/, { kinds: ["percent"], sentence: /认罪认罚/ }, [ex("适用认罪认罚从宽制度审结人数占同期审结人数的", "percent", "%"), ex("总体适用率", "percent", "%", "认罪认罚从宽制度落地落实,总体适用率86.32%"), ex("适用率达", "percent", "%", "依法适用认罪认罚从宽制度,适用率达86.8%")], [ex("缓刑适用率", "percent", "%")]),
  // (Not the share of determinate recommendations, 提出确定刑量刑建议占量刑建议提出数的95%, reporter set r104.)
  r("procuratorate.sentencing_recommendations.adoption_rate", /量刑建议/, { kinds: ["percent"], not: /^(?!.*采纳).*确定刑/ }, [ex("法院采纳数占同期提出量刑建议数的", "percent", "%")], [ex("采纳率", "percent", "%")]),
  r("procuratorate.retrial_recommendations.adoption_rate", /采纳率/, { kinds: ["percent"], sentence: /再审检察建议[^。；;]*采纳率/ }, [ex("采纳率", "percent", "%", "提出再审检察建议1000件,采纳率70%")], [ex("法院同期采纳率", "percent", "%", "对民事执行活动违法行为提出检察建议1万件,法院同期采纳率98%")]),
  r("procuratorate.recommendations.adoption_rate", /采纳率|回复整改率/, { kinds: ["percent"] }, [ex("法院同期采纳率", "percent", "%")], [ex("量刑建议采纳率", "percent", "%")]),
  // 发出诉前检察建议2375件,行政机关整改1923件,整改率81% (863): the recommendations' rate, where the sentence names them.
  r("procuratorate.recommendations.adoption_rate", /^整改率$/, { id: "procuratorate.recommendations.adoption_rate:rectified", kinds: ["percent"], sentence: /检察建议[^。；;]*整改率/ }, [ex("整改率", "percent", "%", "发出诉前检察建议2375件,行政机关整改1923件,整改率81%")], [ex("整改率", "percent", "%", "排查安全隐患1200处,整改率98%")]),
  r("procuratorate.prosecution.conviction_rate", /有罪判决率/, { kinds: ["percent"] }, [ex("有罪判决率为", "percent", "%")], [ex("不诉率为", "percent", "%")]),
  r("procuratorate.public_interest.court_support_rate", /裁判支持率/, { kinds: ["percent"] }, [ex("同期法院一审裁判支持率", "percent", "%")], [ex("采纳率", "percent", "%")]),
  // 法院判决8件,胜诉率达100% of a procuratorate's public-interest suits (884).
  r("procuratorate.public_interest.court_support_rate", /胜诉率/, { id: "procuratorate.public_interest.court_support_rate:won", kinds: ["percent"], sentence: /公益诉讼|起诉至法院/, institutions: NOT_COURT }, [ex("胜诉率达", "percent", "%", "已起诉至法院24件,法院判决8件,胜诉率达100%", "procuratorate")], [ex("胜诉率达", "percent", "%", "代理行政诉讼案件24件,胜诉率达100%", "justice")]),
  // (抗诉改变率90.3%, 法院审结后改变率79.9%: the share the court changed, named as a rate, b76.)
  r("procuratorate.supervision.outcome_share", /占审结数|抗诉(后)?改变率|审结后改变率/, { kinds: ["percent"], sentence: /抗诉|再审/ }, [ex("占审结数的", "percent", "%", "提出抗诉,法院再审改判、发回重审、和解撤诉、调解占审结数的70%")], [ex("占总结案数的", "percent", "%")]),
  r("court.cases.clearance_ratio", /结收案?比/, { kinds: ["percent"] }, [ex("全市法院结收比", "percent", "%"), ex("结收案比为", "percent", "%")], [ex("结案率", "percent", "%")]),
  r("court.enforcement.completion_rate", /执行完毕率|执行(标的)?到位率|实际执结率/, { kinds: ["percent"] }, [ex("执行到位率", "percent", "%"), ex("执行标的到位率", "percent", "%")], [ex("结案率", "percent", "%")]),
  r("procuratorate.detention_rate", /羁押率/, { kinds: ["percent"] }, [ex("诉前羁押率", "percent", "%")], [ex("不捕率", "percent", "%")]),
  r("police.visibility_rate", /见警率/, { kinds: ["percent"] }, [ex("见警率", "percent", "%")], [ex("破案率", "percent", "%")]),
  // (Not a court's own 执行信访办结率, one of its enforcement targets, b90, d20.)
  r("plac.petitions.resolution_rate", /信访[^，,]*(化解|办结)率/, { kinds: ["percent"], not: /执行信访/ }, [ex("信访积案化解率", "percent", "%")], [ex("矛盾纠纷化解率", "percent", "%"), ex("执行信访办结率", "percent", "%")]),
  r("court.cases.within_time_limit_rate", /审限内结案率|法定期限内结案率/, { kinds: ["percent"] }, [ex("法定审限内结案率", "percent", "%"), ex("法定期限内结案率", "percent", "%")], [ex("结案率为", "percent", "%")]),
  // 执结率 is the enforcement cases' clearance rate (执结2341件,执结率79.71%; 979, a01); 实际执结率 is caught above.
  // (三个月内结案率为86%: the share concluded within months, which no key counts, b71.)
  r("court.cases.clearance_rate", /结案率|执结率/, { kinds: ["percent"], not: /个月内|[日天]内|法定期限内/ }, [ex("全市法院结案率", "percent", "%"), ex("执行案件执结率", "percent", "%")], [ex("法定审限内结案率", "percent", "%"), ex("法定期限内结案率", "percent", "%"), ex("实际执结率", "percent", "%"), ex("三个月内结案率", "percent", "%")]),
  r("court.cases.appeal_rate", /上诉率/, { kinds: ["percent"] }, [ex("上诉率为", "percent", "%")], [ex("改判发回率", "percent", "%")]),
  r("court.cases.reversal_rate", /改判发回率|发改率|发回重审改判率|发回改判率|改判[、和及]?发回(重审)?率/, { kinds: ["percent"] }, [ex("二审改判发回率为", "percent", "%"), ex("一审案件上诉被改判、发回重审率为", "percent", "%"), ex("发回重审改判率", "percent", "%")], [ex("上诉率", "percent", "%")]),
  r("court.cases.acceptance_rate", /息诉率|服判率/, { kinds: ["percent"] }, [ex("生效裁判息诉率为", "percent", "%"), ex("一审服判息诉率", "percent", "%")], [ex("上诉率", "percent", "%")]),
  // (…said in full, with or without 率: 民事审判案件的调解撤诉达到了59.8%, d45.)
  r("court.cases.mediated_or_withdrawn_rate", /调撤率|调解撤诉率?/, { kinds: ["percent"] }, [ex("调撤率", "percent", "%"), ex("民事审判案件的调解撤诉达到了", "percent", "%")], [ex("调解成功率", "percent", "%")]),
  r("court.cases.mediated_or_withdrawn_rate", /调解率/, { kinds: ["percent"], institutions: COURTS, id: "court.cases.mediation_rate", not: /诉前|成功/ }, [ex("调解率", "percent", "%", "", "court")], [ex("诉前调解率", "percent", "%", "", "court")]),
  r("court.mediation.pre_litigation_rate", /诉前调解(成功)?率|先行调解(成功)?率/, { kinds: ["percent"] }, [ex("实现知识产权案件诉前调解率", "percent", "%")], [ex("调解成功率", "percent", "%")]),
  r("court.filing.on_the_spot_rate", /当场.*立案率|当场(登记)?立案(量|数)占(全部)?(登记)?立案(量|数|总数)的?$/, { kinds: ["percent"] }, [ex("当场登记立案率", "percent", "%"), ex("全市法院当场立案量占立案量的", "percent", "%")], [ex("登记立案", "cases", "件")]),
  r("court.sentenced.heavy_rate", /重刑(适用)?率/, { kinds: ["percent"] }, [ex("重刑适用率较其他刑事案件", "percent", "个百分点")], [ex("缓刑适用率", "percent", "%")]),
  r("court.sentenced.suspended_rate", /缓刑适用率/, { kinds: ["percent"] }, [ex("缓刑适用率", "percent", "%")], [ex("重刑适用率", "percent", "%")]),
  r("police.criminal_cases.clearance_rate", /破案率|侦破率/, { kinds: ["percent"] }, [ex("八类案件破案率", "percent", "%"), ex("命案侦破率保持", "percent", "%")], [ex("结案率", "percent", "%")]),
  r("justice.mediation.success_rate", /调解成功率|调处成功率/, { kinds: ["percent"], not: /矛盾纠纷/ }, [ex("调委会调解成功率", "percent", "%")], [ex("诉前调解率", "percent", "%")]),
  r("plac.disputes.resolution_rate", /化解率|矛盾纠纷[^，,]{0,4}(调处成功率|调解率)/, { kinds: ["percent"] }, [ex("矛盾纠纷排查化解率保持在", "percent", "%"), ex("矛盾纠纷调处成功率", "percent", "%"), ex("矛盾纠纷调解率达", "percent", "%")], [ex("调解成功率", "percent", "%")]),
  // (Not the crimes that bear on it: 影响公众安全感的入室盗窃、抢劫、抢夺等侵财类案件同比分别下降7.2%, d48.)
  r("plac.sense_of_security", /安全感|群众安全指数/, { kinds: ["percent"], not: /影响[^，,；;。]{0,8}安全感的/ }, [ex("全省公众安全感保持在", "percent", "%"), ex("全国群众安全指数达", "percent", "%")], [ex("群众满意度达", "percent", "%"), ex("影响公众安全感的侵财类案件同比分别下降", "percent", "%")]),
  // Satisfaction with one service (接处警满意度指数, 窗口服务满意度, a11) is not the public's survey of safety and the bodies.
  // (Not the satisfaction with one service: 交通管理满意度, 企业对事项处置满意度, 群众接谈满意率.)
  r("plac.satisfaction", /满意度|满意率/, { kinds: ["percent"], not: /热线|回访|接处警|窗口|提案|议案|交通管理|事项|处置|接谈|服务/ }, [ex("群众满意度达", "percent", "%"), ex("平安建设满意度达到", "percent", "%")], [ex("安全感达", "percent", "%")]),

  // Procuratorates: 全国检察机关主要办案数据. 不捕/不起诉 before 批捕/起诉.
  r("procuratorate.conditional_non_prosecution", /附条件不起诉/, { kinds: ["persons"], not: /含附条件/ }, [ex("附条件不起诉", "persons", "人")], [ex("不起诉", "persons", "人")]),
  r("procuratorate.arrests.not_approved_cases", /不(批准逮捕|批捕|捕)|不批准和不予(决定)?逮捕|不予(决定)?逮捕/, { kinds: ["cases"], institutions: PROCURATORATES }, [ex("依法不批捕", "cases", "件", "", "procuratorate")], [ex("依法不批捕", "persons", "人", "", "procuratorate")]),
  r("procuratorate.prosecution.not_prosecuted_cases", /不(起)?诉/, { kinds: ["cases"], institutions: PROCURATORATES, not: /不诉率|不起诉率/ }, [ex("依法不起诉", "cases", "件", "", "procuratorate")], [ex("依法不起诉", "persons", "人", "", "procuratorate")]),
  r("procuratorate.arrests.not_approved", /不(批准逮捕|批捕|捕)|不批准和不予(决定)?逮捕|不予(决定)?逮捕/, { kinds: ["persons"], not: /复议|复核/ }, [ex("不捕", "persons", "人"), ex("依法不批捕", "persons", "人"), ex("不批准和不予决定逮捕", "persons", "人")], [ex("不起诉", "persons", "人")]),
  r("procuratorate.prosecution.not_prosecuted", /不(起)?诉/, { kinds: ["persons"], not: /不诉率|不起诉率|复议|复核/ }, [ex("决定不起诉", "persons", "人")], [ex("不捕", "persons", "人")]),
  r("procuratorate.arrests.reviewed_cases", /审查逮捕|受理[^，,；;]{0,8}提请(批准)?(逮捕|批捕)/, { kinds: ["cases"], not: /审结/ }, [ex("共办理审查逮捕案件", "cases", "件")], [ex("办理审查起诉案件", "cases", "件")]),
  r("procuratorate.arrests.reviewed", /审查逮捕|受理[^，,；;]{0,8}提请(批准)?(逮捕|批捕)/, { kinds: ["persons"], not: /审结/ }, [ex("受理审查逮捕", "persons", "人")], [ex("受理审查起诉", "persons", "人")]),
  // (…and 作出逮捕决定94件167人, the cases of the persons the 逮捕 rule below counts, reporter set r283.)
  r("procuratorate.arrests.approved_cases", /批准和决定逮捕|批准逮捕|决定逮捕|批捕|(作出|做出)逮捕决定/, { kinds: ["cases"], institutions: PROCURATORATES, not: /不批|审查逮捕/ }, [ex("作出逮捕决定", "cases", "件", "", "procuratorate"), ex("经审查后批准逮捕", "cases", "件", "", "procuratorate")], [ex("不批准逮捕", "cases", "件", "", "procuratorate")]),
  // 扫黑办, 政法委 reports give each body's work: 批准逮捕涉黑涉恶案件148件283人 is the procuratorate's (b73),
  // as the persons beside it are (not the police's 提请批准逮捕).
  r("procuratorate.arrests.approved_cases", /批准和决定逮捕|批准逮捕|决定逮捕|批捕/, { id: "procuratorate.arrests.approved_cases:reported", kinds: ["cases"], institutions: ["plac", "government", "unknown"], not: /不批|审查逮捕|提请/ }, [ex("批准逮捕涉黑涉恶案件", "cases", "件", "批准逮捕涉黑涉恶案件148件283人", "plac")], [ex("提请批准逮捕", "cases", "件", "", "plac"), ex("批准逮捕", "cases", "件", "", "police")]),
  // 福建检察上半年逮捕各类犯罪嫌疑人7063人 (a67): 逮捕 said by a procuratorate is its decision.
  r("procuratorate.arrests.approved", /逮捕/, { id: "procuratorate.arrests.approved:procuratorate", kinds: ["persons"], institutions: PROCURATORATES, not: /提请|不予|不(批准)?逮捕|不捕|执行逮捕|审查逮捕|复议|复核|追捕|追加逮捕|监督/ }, [ex("福建检察上半年逮捕各类犯罪嫌疑人", "persons", "人", "福建检察上半年逮捕各类犯罪嫌疑人7063人", "procuratorate")], [ex("受理提请逮捕", "persons", "人", "受理提请逮捕120人", "procuratorate")]),
  // 刑事拘留604人,逮捕368人: the arrests a police report lists beside its detentions are the procuratorate's approved
  // arrests, whoever reports them (decision 35; 878, 918, 834, a22, c20).
  r("procuratorate.arrests.approved", /^[，,、]?\s*(共|依法)?逮捕(各类|涉黑涉恶|涉黑恶)?(犯罪嫌疑人|嫌疑人|犯罪人员|人员)?(数|人数)?$|^逮捕(犯罪)?嫌疑人数$/, { id: "procuratorate.arrests.approved:police", kinds: ["persons", "percent"], institutions: ["police", "plac"], sentence: /刑事拘留|刑拘|移送起诉|移送审查起诉|作案成员|破获|破案/ }, [ex("逮捕", "persons", "人", "刑事拘留604人,逮捕368人", "police"), ex("逮捕", "persons", "人", "共破获各类刑事案件3479起,抓获作案成员2000人、逮捕658人", "police")], [ex("逮捕", "persons", "人", "抓获逃犯185人,逮捕368人", "police"), ex("执行逮捕", "persons", "人", "刑事拘留604人,执行逮捕368人", "police")]),
  r("procuratorate.arrests.approved", /批准和决定逮捕|批准逮捕|决定逮捕|批捕/, { kinds: ["persons"], not: /复议|复核/ }, [ex("全国检察机关共批准和决定逮捕各类犯罪嫌疑人", "persons", "人"), ex("共批捕各类犯罪嫌疑人", "persons", "人")], [ex("不批捕", "persons", "人")]),
  r("procuratorate.prosecution.received_cases", /受理([^，,。；;]{0,8}?机关)?移送(审查)?起诉/, { id: "procuratorate.prosecution.received_cases:transferred", kinds: ["cases"] }, [ex("受理移送审查起诉案件", "cases", "件"), ex("共受理侦查机关移送审查起诉案件", "cases", "件"), ex("全区审查起诉部门受理移送起诉各类案件", "cases", "件")], [ex("移送审查起诉", "cases", "件")]),
  // (Not a stage at which lawyers help: 审查起诉阶段认罪认罚法律帮助案件, a legal aid centre's, reporter set r113.)
  r("procuratorate.prosecution.received_cases", /审查起诉/, { kinds: ["cases"], not: /移送|审结|阶段|法律帮助|法律援助/ }, [ex("共办理审查起诉案件", "cases", "件")], [ex("移送审查起诉", "persons", "人")]),
  r("procuratorate.prosecution.received", /审查起诉/, { kinds: ["persons"], not: /移送|审结|阶段|法律帮助|法律援助/ }, [ex("受理审查起诉", "persons", "人")], [ex("移送审查起诉", "persons", "人")]),
  // 受理区监委移送审查起诉职务犯罪案件21人: what the procuratorate receives, whoever sends it.
  // 全省检察机关共受理职务犯罪1136人,起诉883人: duty crimes come to the procuratorate from the 监委 for prosecution (b80).
  r("procuratorate.prosecution.received", /^(全[省市区县]检察机关)?(共)?受理(监委移送的?)?职务犯罪$/, { id: "procuratorate.prosecution.received:duty_crime", kinds: ["persons"], institutions: PROCURATORATES }, [ex("全省检察机关共受理职务犯罪", "persons", "人", "", "procuratorate")], [ex("受理职务犯罪线索", "count", "件", "", "procuratorate")]),
  r("procuratorate.prosecution.received", /受理[^，,]{0,10}移送(审查)?起诉/, { id: "procuratorate.prosecution.received:sent", kinds: ["persons"], institutions: PROCURATORATES }, [ex("受理区监委移送审查起诉职务犯罪案件", "persons", "人", "", "procuratorate"), ex("全区审查起诉部门受理移送起诉各类案件", "persons", "人", "", "procuratorate")], [ex("移送审查起诉", "persons", "人", "", "procuratorate")]),
  r("procuratorate.duty_crime.received", /监委移送|监察(机关|委员会)移送/, { kinds: ["cases", "persons"], not: /^起诉|审查起诉/ }, [ex("办理监委移送职务犯罪案件", "cases", "件")], [ex("决定起诉", "persons", "人"), ex("起诉省、市监委移送和省院交办的职务犯罪", "cases", "件"), ex("受理区监委移送审查起诉职务犯罪案件", "persons", "人")]),
  // 从起诉罪名看,排在第一位的是危险驾驶罪263281人 (987, the 最高检's quarterly release): the persons prosecuted for a crime,
  // ranked among the crimes prosecuted.
  r("procuratorate.prosecution.decided", /(排在?第[一二三四五六七八九十]+位的?是|其次是|依次是|[，,、])?[\u4e00-\u9fa5]{2,16}罪$/, { id: "procuratorate.prosecution.decided:by-crime", kinds: ["persons"], sentence: /从起诉罪名(看|来看|分析)/ }, [ex("排在第一位的是危险驾驶罪", "persons", "人", "从起诉罪名看,排在第一位的是危险驾驶罪263281人")], [ex("排在第一位的是危险驾驶罪", "persons", "人", "从批捕罪名看,排在第一位的是危险驾驶罪263281人")]),
  r("procuratorate.prosecution.decided", /决定起诉|提起公诉|起诉|公诉/, { kinds: ["persons"], not: /公益诉讼|(?<!监委|监察委员会|监察委)移送|不起诉|审查起诉|支持[^，,]{0,6}起诉|起诉率|追加起诉|二审公诉/, institutions: NOT_COURT_OR_POLICE }, [ex("共决定起诉", "persons", "人"), ex("起诉各类刑事犯罪", "persons", "人")], [ex("提起公益诉讼", "cases", "件"), ex("移送审查起诉", "persons", "人")]),
  // 已起诉至法院24件, 向法院提起诉讼22件 in a public-interest sentence (884): suits, not prosecutions.
  r("procuratorate.public_interest.suits", /起诉至法院|向法院提起(民事|行政)?诉讼/, { id: "procuratorate.public_interest.suits:to_court", kinds: ["cases"], sentence: /公益诉讼/, institutions: NOT_COURT }, [ex("已起诉至法院", "cases", "件", "共发现公益诉讼案件线索1343件,立案1081件,已起诉至法院24件")], [ex("已起诉至法院", "cases", "件", "审查起诉刑事案件1343件,已起诉至法院24件")]),
  r("procuratorate.prosecution.decided_cases", /决定起诉|提起公诉|起诉/, { kinds: ["cases"], not: /公益诉讼|移送|不起诉|审查起诉|支持[^，,]{0,6}起诉|^(向法院)?提起(民事|行政)?诉讼$|(社会组织|行政机关|当事人|原告|被害人|消费者)[^，,]{0,4}提起(民事|行政)?诉讼/, institutions: PROCURATORATES }, [ex("严惩影响群众安全感犯罪,共起诉", "cases", "件", "共起诉250件", "procuratorate")], [ex("提起公益诉讼", "cases", "件", "提起公益诉讼", "procuratorate"), ex("有关社会组织提起诉讼", "cases", "件", "支持行政机关、有关社会组织提起诉讼", "procuratorate")]),
  r("procuratorate.public_interest.pre_suit", /诉前(程序|检察建议|建议)|督促[^，,]{0,8}在诉前(依法)?履职/, { kinds: ["cases", "count"] }, [ex("以诉前程序办理公益诉讼案件", "cases", "件"), ex("全省检察院发出诉前检察建议", "cases", "件"), ex("发出诉前检察建议", "count", "份")], [ex("提起公益诉讼", "cases", "件")]),
  r("procuratorate.public_interest.suits", /提起[^，,]*公益诉讼|公益诉讼[^，,]*起诉|^(向法院)?提起(民事|行政)?诉讼$/, { kinds: ["cases"], sentence: /公益诉讼/, paragraph: true, institutions: NOT_COURT }, [ex("全国检察机关共提起公益诉讼", "cases", "件")], [ex("立案办理公益诉讼案件", "cases", "件")]),
  // (公益诉讼检察案件 and 各类公益诉讼案件 name the branch among the procuratorate's cases handled, as 刑事检察案件 does:
  // 办理民事检察案件1978件,…,办理公益诉讼检察案件1130件, 958, 998, 907.)
  r("procuratorate.public_interest.filed", /公益诉讼/, { kinds: ["cases"], institutions: NOT_COURT, not: /四大检察|公益诉讼检察案件|各类公益诉讼/ }, [ex("全国检察机关共立案办理公益诉讼案件", "cases", "件"), ex("其中民事公益诉讼类立案", "cases", "件")], [ex("提起公益诉讼", "cases", "件")]),
  // 共摸排各类公益诉讼案件线索3186件,立案办理2459件 (860): cases filed, in a sentence on public-interest work.
  r("procuratorate.public_interest.filed", /^([0-9]{4}年|今年[^，,]{0,6}?)?(全[省市区县州国])?(检察机关)?(共|分别)?立案(办理)?$/, { id: "procuratorate.public_interest.filed:bare", kinds: ["cases"], sentence: /公益诉讼/, paragraph: true, institutions: PROCURATORATES }, [ex("立案办理", "cases", "件", "全市检察机关共摸排各类公益诉讼案件线索3186件,立案办理2459件", "procuratorate")], [ex("立案办理", "cases", "件", "全市检察机关受理控告申诉线索3186件,立案办理2459件", "procuratorate")]),
  r("procuratorate.judgment_supervision.concluded", /生效裁判(的)?监督|生效裁判的监督力度,办结/, { kinds: ["cases"] }, [ex("全国检察机关共办结民事生效裁判监督案件", "cases", "件")], [ex("提出抗诉", "cases", "件")]),
  r("procuratorate.recommendations.trial_violations", /审判活动(中的?)?违法[^，,]*(检察建议|纠正)|审违类检察建议|^提出检察建议$|^提出纠正(意见)?$/, { kinds: ["cases", "count"], sentence: /审判活动(中的?)?违法|审违类/ }, [ex("对民事审判活动违法行为提出检察建议", "cases", "件")], [ex("对民事执行活动违法行为提出检察建议", "cases", "件")]),
  r("procuratorate.recommendations.enforcement_violations", /执行活动违法|执行监督类检察建议/, { kinds: ["cases"] }, [ex("对行政执行活动违法行为提出检察建议", "cases", "件"), ex("执行监督类检察建议发出", "cases", "件"), ex("针对民事执行活动违法提出监督意见", "cases", "件")], [ex("对民事审判活动违法行为提出检察建议", "cases", "件")]),
  // 提出抗诉和再审检察建议735件: protests and retrial recommendations counted together are the supervision opinions (c69).
  r("procuratorate.judgment_supervision.opinions", /抗诉[和、及与]再审检察建议|抗诉、再审建议/, { id: "procuratorate.judgment_supervision.opinions:both", kinds: ["cases"], institutions: PROCURATORATES }, [ex("提出抗诉和再审检察建议", "cases", "件", "", "procuratorate"), ex("提出抗诉、再审检察建议", "cases", "件", "", "procuratorate")], [ex("提出再审检察建议", "cases", "件", "", "procuratorate")]),
  r("procuratorate.retrial_recommendations", /再审类?检察建议/, { kinds: ["cases"], not: /裁定再审后/ }, [ex("提出再审检察建议", "cases", "件"), ex("再审类检察建议发出", "cases", "件")], [ex("提出抗诉", "cases", "件")]),
  r("procuratorate.protests", /抗诉/, { kinds: ["cases"] }, [ex("其中向法院提出抗诉", "cases", "件")], [ex("再审检察建议", "cases", "件")]),
  r("procuratorate.judgment_supervision.opinions", /监督意见/, { kinds: ["cases"], institutions: PROCURATORATES, not: /严重违法|执行活动/ }, [ex("提出监督意见", "cases", "件", "提出监督意见", "procuratorate")], [ex("提出抗诉", "cases", "件", "提出抗诉", "procuratorate")]),
  r("procuratorate.investigation_supervision.filing_cases", /(开展|办理)立案监督/, { kinds: ["cases"] }, [ex("开展立案监督工作", "cases", "件")], [ex("监督后公安机关已立案", "cases", "件")]),
  r("procuratorate.investigation_supervision.serious_violations", /严重违法问题/, { kinds: ["cases"] }, [ex("针对严重违法问题提出监督意见", "cases", "件")], [ex("对侦查活动违法问题提出纠正意见", "count", "件次")]),
  r("procuratorate.supervision.changed", /改判|发回重审|再审后改变/, { kinds: ["cases"], institutions: PROCURATORATES.concat("unknown"), sentence: /抗诉|再审检察建议/ }, [ex("法院对民事再审检察建议裁定再审后改判", "cases", "件", "法院对民事再审检察建议裁定再审后改判", "procuratorate")], [ex("提出再审检察建议", "cases", "件", "提出再审检察建议", "procuratorate")]),
  r("procuratorate.retrial_recommendations.adopted", /裁定再审$|采纳再审检察建议/, { kinds: ["cases"], sentence: /再审检察建议/ }, [ex("法院同期裁定再审", "cases", "件", "提出再审检察建议1000件,法院同期裁定再审500件")], [ex("提出再审检察建议", "cases", "件")]),
  r("procuratorate.custody_review.released", /(释放|变更)强制措施|羁押必要性审查/, { kinds: ["persons"] }, [ex("监督办案机关释放或变更强制措施", "persons", "人")], [ex("不起诉", "persons", "人")]),
  r("procuratorate.cases.case_ratio", /案-?件比/, { kinds: ["ratio"] }, [ex("优化降低“案-件比”至", "ratio")], [ex("比", "ratio")]),
  r("procuratorate.plea_leniency.cases", /认罪认罚|适用$/, { kinds: ["cases"], sentence: /认罪认罚/, not: /法律帮助|法律援助|值班律师/ }, [ex("审查适用", "cases", "件", "认罪认罚从宽制度落地落实,审查适用2840件3482人")], [ex("审查适用", "cases", "件", "速裁程序审查适用10件")]),
  r("procuratorate.plea_leniency.persons", /认罪认罚|适用$/, { kinds: ["persons"], sentence: /认罪认罚/ }, [ex("审查适用", "persons", "人", "认罪认罚从宽制度落地落实,审查适用2840件3482人")], [ex("审查适用", "persons", "人", "速裁程序审查适用10人")]),
  r("procuratorate.investigation_supervision.filing", /立案监督|监督立案|监督撤案|监督公安机关(立案|撤案)|监督后公安机关|建议(公安(机关)?)?撤销案件/, { kinds: ["cases"] }, [ex("监督后公安机关已立案", "cases", "件"), ex("监督立案", "cases", "件"), ex("建议公安撤销案件", "cases", "件")], [ex("立案办理公益诉讼", "cases", "件"), ex("开展立案监督工作", "cases", "件"), ex("撤销案件", "cases", "件")]),
  r("procuratorate.investigation_supervision.corrections", /纠正意见|纠正侦查活动违法/, { kinds: ["cases", "count"] }, [ex("对侦查活动违法问题提出纠正意见", "count", "件次")], [ex("纠正漏捕", "persons", "人")]),
  // 针对侦查活动违法行为,提出纠正12545件 (a87): the corrections the sentence says are of the investigation.
  r("procuratorate.investigation_supervision.corrections", /^提出纠正$/, { id: "procuratorate.investigation_supervision.corrections:sentence", kinds: ["cases", "count"], sentence: /侦查活动(中的?)?违法/ }, [ex("提出纠正", "cases", "件", "针对侦查活动违法行为,提出纠正12545件")], [ex("提出纠正", "cases", "件", "针对刑事审判活动中违法行为,提出纠正1475件")]),
  r("procuratorate.investigation_supervision.missed_arrests", /纠正漏捕|追捕|追加逮捕/, { kinds: ["persons"] }, [ex("纠正漏捕", "persons", "人"), ex("追捕涉黑漏犯", "persons", "人"), ex("追加逮捕", "persons", "人")], [ex("纠正漏诉", "persons", "人")]),
  r("procuratorate.investigation_supervision.missed_prosecutions", /纠正漏诉|追诉|追加起诉/, { kinds: ["persons"] }, [ex("纠正漏诉", "persons", "人"), ex("追加起诉", "persons", "人")], [ex("纠正漏捕", "persons", "人")]),
  r("procuratorate.early_intervention", /提前介入|引导侦查/, { kinds: ["cases"] }, [ex("提前介入", "cases", "件")], [ex("开展自行补充侦查", "cases", "件")]),
  r("procuratorate.supplementary_investigation", /补充侦查/, { kinds: ["cases"], not: /退回/ }, [ex("开展自行补充侦查", "cases", "件")], [ex("提前介入", "cases", "件")]),
  // (A court’s 诉前…化解行政争议 is its pre-litigation mediation, a36.)
  r("procuratorate.administrative_disputes.resolved", /行政争议/, { kinds: ["cases"], institutions: NOT_COURT }, [ex("促进行政争议实质性化解", "cases", "件")], [ex("化解信访积案", "cases", "件")]),
  r("procuratorate.false_litigation", /虚假诉讼|假官司/, { kinds: ["cases"] }, [ex("监督纠正虚假诉讼", "cases", "件"), ex("发现“假官司”", "cases", "件")], [ex("提出抗诉", "cases", "件")]),
  r("procuratorate.judicial_aid.amount", /救助金/, { kinds: ["money"], institutions: NOT_COURT }, [ex("发放救助金", "money", "元")], [ex("司法救助案件", "cases", "件")]),
  r("procuratorate.judicial_aid.cases", /司法救助/, { kinds: ["cases"], institutions: NOT_COURT }, [ex("提起司法救助案件", "cases", "件")], [ex("发放救助金", "money", "元")]),
  r("procuratorate.hearings", /听证/, { kinds: ["cases", "count"], not: /等$|等工作|经验/, institutions: PROCURATORATES }, [ex("全市开展公开听证案件", "cases", "件", "全市开展公开听证案件", "procuratorate"), ex("开展公开听证", "count", "次", "", "procuratorate")], [ex("信访积案", "cases", "件", "信访积案", "procuratorate"), ex("案件管理、检察听证、生态保护等工作在全国、全省作经验交流", "count", "项", "", "procuratorate")]),
  r("procuratorate.petitions.handled", /来信|信访/, { kinds: ["cases", "count"], institutions: PROCURATORATES }, [ex("成功化解信访积案", "cases", "件", "成功化解信访积案", "procuratorate")], [ex("公开听证案件", "cases", "件", "公开听证案件", "procuratorate")]),
  r("procuratorate.cases.by_leaders", /院领导/, { kinds: ["cases"], institutions: PROCURATORATES }, [ex("全国检察机关入额院领导共办理案件", "cases", "件", "", "procuratorate")], [ex("办理各类案件", "cases", "件", "", "procuratorate")]),
  r("procuratorate.complaints.handled", /控告申诉/, { kinds: ["cases", "count"] }, [ex("办理控告申诉案件", "cases", "件")], [ex("群众来信", "count", "件")]),
  r("procuratorate.state_compensation", /国家赔偿|刑事赔偿/, { kinds: ["cases"], institutions: PROCURATORATES }, [ex("办理国家赔偿案件", "cases", "件", "", "procuratorate")], [ex("办理国家赔偿案件", "cases", "件", "", "court")]),
  // 对交付执行履职不当提出书面纠正, 监督执行财产刑, 强制医疗, 死刑临场监督 (604, 848, 914): the supervision of punishments carried out.
  // (In 件, as the key counts: the persons corrected, 提出纠正10790人, are another column, which six of eight tuned readers keyed other.)
  r("procuratorate.execution_supervision", /刑罚执行|监管活动|减刑|假释|监外执行|超期羁押|财产刑|社区矫正[^，,]*(监督|违法)|(?<!民事|行政)执行活动|交付执行|强制医疗|临场监督/, { kinds: ["cases", "count"], institutions: PROCURATORATES }, [ex("纠正减刑、假释、暂予监外执行不当", "cases", "件", "", "procuratorate")], [ex("社区矫正对象", "persons", "人", "", "procuratorate"), ex("纠正减刑、假释、暂予监外执行不当", "persons", "人", "", "procuratorate")]),
  // 开展对司法工作人员相关职务犯罪侦查工作,立案14人 (b80): the cases the clause before names.
  r("procuratorate.judicial_staff_crimes", /^立案(侦查)?$/, { id: "procuratorate.judicial_staff_crimes:filed", kinds: ["persons"], institutions: PROCURATORATES, sentence: /司法工作人员[^。；;]*职务犯罪/ }, [ex("立案", "persons", "人", "开展对司法工作人员相关职务犯罪侦查工作,立案14人,起诉9人。", "procuratorate")], [ex("立案", "persons", "人", "立案侦查职务犯罪14人。", "procuratorate")]),
  r("procuratorate.judicial_staff_crimes", /司法工作人员|司法人员[^，,]{0,6}职务犯罪/, { kinds: ["persons"], institutions: PROCURATORATES }, [ex("立案侦查司法工作人员相关职务犯罪", "persons", "人", "", "procuratorate"), ex("直接立案查处司法人员职务犯罪", "persons", "人", "", "procuratorate")], [ex("决定起诉", "persons", "人", "", "procuratorate")]),
  // 立案侦查职务犯罪288人, 共查办职务犯罪6件8人, 共立案查办贪污贿赂犯罪和渎职侵权犯罪255人 (210, 829, d46; decision 66): the
  // procuratorate's own investigations of all duty crime, until they passed to the 监委 in 2018. Corruption alone, dereliction
  // alone, a field or a rank are parts no key names (decision 52): the words allowed between the verb and 职务犯罪 say all of it.
  r("procuratorate.duty_crime.investigated_cases", DUTY_CRIME_INVESTIGATED, { kinds: ["cases"], institutions: PROCURATORATES, not: /司法工作人员|司法人员|监委|监察/ }, [ex("立案侦查职务犯罪案件", "cases", "件", "", "procuratorate"), ex("去年全市检察机关共查办职务犯罪案件", "cases", "件", "", "procuratorate"), ex("立案侦查贪污贿赂、渎职侵权等职务犯罪案件", "cases", "件", "", "procuratorate")], [ex("立案侦查贪污贿赂犯罪案件", "cases", "件", "", "procuratorate"), ex("立案侦查交通、市政、能源等工程建设领域职务犯罪", "cases", "件", "", "procuratorate"), ex("起诉职务犯罪", "cases", "件", "", "procuratorate")]),
  r("procuratorate.duty_crime.investigated", DUTY_CRIME_INVESTIGATED, { kinds: ["persons"], institutions: PROCURATORATES, not: /司法工作人员|司法人员|监委|监察/ }, [ex("全国检察机关共立案侦查职务犯罪", "persons", "人", "", "procuratorate"), ex("共立查各类职务犯罪嫌疑人", "persons", "人", "", "procuratorate"), ex("深圳检察机关共立案查办贪污贿赂犯罪和渎职侵权犯罪", "persons", "人", "", "procuratorate")], [ex("立案侦查司法工作人员相关职务犯罪", "persons", "人", "", "procuratorate"), ex("查办涉黑涉恶涉霸村干部", "persons", "人", "", "procuratorate"), ex("深圳市检察机关2013年立案查办贪污贿赂犯罪", "persons", "人", "", "procuratorate")]),
  r("procuratorate.complaints.handled", /申诉/, { kinds: ["cases"], institutions: PROCURATORATES, id: "procuratorate.complaints.appeals" }, [ex("办理刑事申诉案件", "cases", "件", "", "procuratorate")], [ex("办理刑事申诉案件", "cases", "件", "", "court")]),
  r("procuratorate.recommendations.issued", /检察建议/, { kinds: ["cases", "count"], not: /诉前|再审/ }, [ex("制发社会治理检察建议", "cases", "件")], [ex("提出再审检察建议", "cases", "件")]),
  // 办理刑事、民事、行政、公益诉讼“四大检察”案件8846件 (873): every case of the four branches.
  r("procuratorate.cases.handled", /四大检察|办理[^，,]*案件|办理[^，,]*各类(刑事)?犯罪$|办案|查办[^，,]*(犯罪|案件)|受理[^，,]*监督案件|(刑事|民事|行政|公益诉讼)(检察)?类?案件$|受理(各类|[^，,]*检察[^，,]*)案件/, { kinds: ["cases"], institutions: PROCURATORATES, not: /支持[^，,]{0,6}起诉|普通刑事(犯罪)?案件$|(立案侦查|立案查办|立查|查办)[^，,]*(贪污|贿赂|渎职|职务犯罪)/ }, [ex("全省检察机关共办理各类案件", "cases", "件", "", "procuratorate"), ex("其中刑事案件", "cases", "件", "", "procuratorate")], [ex("办理涉营商案件", "persons", "人", "", "procuratorate"), ex("办理各类案件", "cases", "件", "", "court")]),

  // Courts: 审判执行工作数据, 司法统计.
  r("court.cases.by_leaders", /院庭长|院领导/, { kinds: ["cases"], institutions: COURTS }, [ex("全市法院院庭长结案", "cases", "件", "", "court")], [ex("全市法院结案", "cases", "件", "", "court")]),
  r("court.cases.per_judge", /人均(结案|办案|办结)/, { kinds: ["cases"] }, [ex("员额法官人均结案", "cases", "件"), ex("法官人均结案数", "cases", "件")], [ex("审结", "cases", "件")]),
  r("court.cases.pending", /未结|^存案$/, { kinds: ["cases"], institutions: COURTS }, [ex("尚有各类未结案", "cases", "件", "", "court")], [ex("审结", "cases", "件", "", "court")]),
  r("court.cases.carried_over", /旧存/, { kinds: ["cases"] }, [ex("旧存", "cases", "件")], [ex("新收", "cases", "件")]),
  // 收案 is the courts' word for cases received (新收), not for 受理 (旧存 + 新收).
  // 法官人均收案358件: a judge's average, not the courts' count (figures.ts gives its 、结案327件 the per-judge indicator).
  // 收结案数位居全省第五: a rank or milestone of cases received and concluded together is of neither (841, 895, b13: other).
  // (办理司法确认案件1257件, 巡回办理案件10154件: a procedure's or a circuit's cases are a part of no key, b97, 938, a75.)
  r("court.cases.new", /新收|收案|收结案|共收[^，,]*案件/, { kinds: ["cases"], institutions: COURTS, not: /人均|收结案数/ }, [ex("全年新收各类案件", "cases", "件", "", "court"), ex("收案情况刑事案件", "cases", "件", "", "court")], [ex("受理", "cases", "件", "", "court"), ex("收结案数位居全省", "cases", "件", "", "court")]),
  r("court.cases.mediated_or_withdrawn", /调撤|以调解结案|调解撤诉|调解结案|^[(（]?撤诉$/, { kinds: ["cases"], institutions: COURTS }, [ex("全年调撤案件", "cases", "件", "", "court")], [ex("审结", "cases", "件", "", "court")]),
  // (…and 诉前委派调解案件11240件、调解成功4560件, c17.)
  r("court.mediation.pre_litigation", /^(调解)?成功$/, { id: "court.mediation.pre_litigation:success", kinds: ["cases"], sentence: /诉前(委派|委托)?调解[^。；;]*调解成功/ }, [ex("调解成功", "cases", "件", "全年诉前调解案件1930件,调解成功1625件"), ex("调解成功", "cases", "件", "诉前委派调解案件11240件、调解成功4560件")], [ex("调解成功", "cases", "件", "全年人民调解案件1930件,调解成功1625件")]),
  r("court.mediation.pre_litigation", /诉前(纠纷)?(调解|化解|解纷|成功化解)|通过诉前调解/, { kinds: ["cases"], not: /诉前调解案件$/ }, [ex("诉前成功化解各类纠纷", "cases", "件"), ex("诉前解纷", "cases", "件"), ex("全市法院诉前调解纠纷", "cases", "件")], [ex("调解成功", "cases", "件"), ex("全年诉前调解案件", "cases", "件")]),
  r("court.filing.registered", /登记立案|立案登记/, { kinds: ["cases"] }, [ex("共登记立案", "cases", "件")], [ex("刑事立案", "cases", "起")]),
  // 一网通办 and 全市通办 are a government's services online, not a court's filing (862).
  // (A court's own: 在全省交警系统率先推出…通办 is the police's service, reporter set r171.)
  r("court.filing.online", /网上立案|跨域立案|通办/, { kinds: ["cases", "count"], institutions: COURTS, not: /一网通办|全市通办|事项/ }, [ex("川渝通办量", "cases", "件", "", "court")], [ex("登记立案", "cases", "件", "", "court"), ex("法律援助和公证类共", "count", "个", "法律援助和公证类共28个事项实现全市通办", "court"), ex("通办", "count", "台", "", "police")]),
  r("court.enforcement.dishonest_debtors", /失信被执行人|失信(人)?名单|失信惩戒/, { kinds: ["persons", "person_times"] }, [ex("纳入失信被执行人名单", "persons", "人")], [ex("限制高消费", "person_times", "人次")]),
  r("court.enforcement.consumption_restricted", /限制高消费|限高|限制消费/, { kinds: ["persons", "person_times"] }, [ex("限制高消费", "person_times", "人次")], [ex("纳入失信被执行人名单", "persons", "人")]),
  r("court.hearings.live_streamed", /庭审直播|直播庭审/, { kinds: ["count", "cases"] }, [ex("庭审直播", "count", "场")], [ex("网上开庭", "count", "场")]),
  r("court.mediation.online", /在线调解|网上调解|在线解纷/, { kinds: ["cases"] }, [ex("在线调解", "cases", "件"), ex("在线解纷", "cases", "件")], [ex("诉前调解", "cases", "件")]),
  r("court.judicial_aid", /司法救助/, { kinds: ["money"], institutions: COURTS }, [ex("发放司法救助金", "money", "元", "", "court")], [ex("发放司法救助金", "money", "元", "", "procuratorate")]),
  r("court.sentenced.non_custodial", /非监禁刑|免予刑事处罚/, { kinds: ["persons"] }, [ex("判处非监禁刑", "persons", "人"), ex("依法判处缓刑、管制和免予刑事处罚", "persons", "名")], [ex("判处罪犯", "persons", "人")]),
  // 审理 beside 审结 in one sentence counts the cases heard, not those concluded (全年共审理案件94314件,审结80524件).
  r("court.cases.accepted", /审理/, { id: "court.cases.accepted:heard", kinds: ["cases"], institutions: COURTS, sentence: /审理[^。；;]*[0-9][^。；;]*审结/, not: /审结|时长|天数|周期/ }, [ex("全年共审理案件", "cases", "件", "全年共审理案件94314件,审结80524件", "court")], [ex("审理知识产权案件", "cases", "件", "审理知识产权案件5.6万件", "court"), ex("审结", "cases", "件", "全年共审理案件94314件,审结80524件", "court")]),
  r("court.cases.concluded", /审结|结案|办结|审执结|执结|审、执结|已结|严惩|惩处|惩治|打击|审理|判处|办理|^(全国|全省|全市|全区|全州|全县|各级|两级|三级)?(法院|审判机关|人民法院)?(一审|二审)?判决$|(已|依法)?宣判[^，,；;。]*(案件|案)$/, { kinds: ["cases"], institutions: COURTS, not: /标的|人均|结案率|未结|受理|新收|收结案数|司法确认|巡回/ }, [ex("审执结", "cases", "件", "", "court"), ex("全市法院办结", "cases", "件", "", "court"), ex("我们全年执结案件", "cases", "件", "", "court")], [ex("审结", "cases", "件", "", "procuratorate"), ex("收结案数位居全省", "cases", "件", "", "court"), ex("办理司法确认案件", "cases", "件", "", "court"), ex("巡回办理案件", "cases", "件", "", "court")]),
  // 执行涉企业案件300余件: 执行 as the verb, cases enforced to their end.
  r("court.cases.concluded", /^执行[^，,、]{0,12}案件$/, { id: "court.cases.concluded:enforced", kinds: ["cases"], institutions: COURTS }, [ex("执行涉企业案件", "cases", "件", "", "court")], [ex("执行涉企业案件", "cases", "件", "", "police"), ex("受理执行案件", "cases", "件", "", "court")]),
  // 扫黑办, 政法委 reports give the courts' outcomes: 判决12件, 审结涉黑案件33件.
  // (In a procuratorate's report 审结218件278人,其中批准逮捕219人 is its own review concluded, b08: only a judgment is the court's.)
  r("court.cases.concluded", /^(法院|审判机关)?(一审|二审)?判决/, { id: "court.cases.concluded:reported_to_procuratorate", kinds: ["cases"], institutions: ["procuratorate"], not: /审查(起诉|逮捕)|生效/ }, [ex("判决", "cases", "件", "起诉涉恶案件17件58人、判决12件31人", "procuratorate")], [ex("审结", "cases", "件", "审结218件278人,其中批准逮捕219人", "procuratorate")]),
  r("court.cases.concluded", /^(法院|审判机关)?(一审|二审)?(判决|审结)/, { id: "court.cases.concluded:reported", kinds: ["cases"], institutions: ["plac", "police", "government", "unknown"], not: /审查(起诉|逮捕)|生效/ }, [ex("判决", "cases", "件", "审查起诉涉恶案件17件58人、判决12件31人", "plac")], [ex("判决", "persons", "人", "", "plac"), ex("判决生效各类刑事犯罪案件", "cases", "件", "", "procuratorate")]),
  // (A 政法委's or a government's text that reports the courts' 审理…,审结…: the cases heard, d15.)
  r("court.cases.accepted", /^(法院|审判机关)?(一审|二审)?审理/, { id: "court.cases.accepted:heard_reported", kinds: ["cases"], institutions: ["plac", "government", "unknown"], sentence: /审理[^。；;]*[0-9][^。；;]*审结/, not: /审结|时长|天数|周期/ }, [ex("审理涉黑涉恶案件", "cases", "件", "审理涉黑涉恶案件117件,审结80件288人", "plac")], [ex("审理涉黑涉恶案件", "cases", "件", "审理涉黑涉恶案件117件", "plac"), ex("公安机关审理", "cases", "件", "公安机关审理案件117件,审结80件", "plac")]),
  r("court.cases.accepted", /受理|受案/, { kinds: ["cases"], institutions: COURTS }, [ex("全市法院受理案件", "cases", "件", "", "court")], [ex("受理审查起诉", "persons", "人", "", "procuratorate")]),
  // (有期徒刑三年以上重刑2621人: a bar of three years is not the key's five, d34.)
  r("court.sentenced.heavy", /([五十]|[0-9]+)年以上|[五十]年有期徒刑以上|重刑/, { kinds: ["persons"], sentence: /判处|重刑/, not: /率|(?:[一二两三四]|(?<![0-9])[1-4])年以上/ }, [ex("其中判刑五年以上直至死刑的", "persons", "人", "判处罪犯1000人,其中判刑五年以上直至死刑的200人")], [ex("判处罪犯", "persons", "人"), ex("有期徒刑三年以上重刑", "persons", "人", "一审生效判决3545件6075人中,有期徒刑三年以上重刑2621人")]),
  // 在册社区服刑人员326名,其中,缓刑316名,假释3名: those under community corrections by what brought them there, not sentences.
  r("justice.community_corrections", /^[(（]?(其中)?(缓刑|假释|暂予监外执行|管制)/, { id: "justice.community_corrections:parts", kinds: ["persons"], sentence: /(社区矫正|社区服刑|在册服刑)[^。；;]*其中/ }, [ex("缓刑", "persons", "名", "在册社区服刑人员326名,其中,缓刑316名")], [ex("依法从宽判处缓刑", "persons", "人", "判处罪犯1000人,其中缓刑100人")]),
  r("court.sentenced.suspended", /缓刑/, { kinds: ["persons"] }, [ex("依法从宽判处缓刑", "persons", "人")], [ex("判处罪犯", "persons", "人")]),
  // A court's 对…N名被告人依法追究刑事责任 counts those it sentenced; the police's and procurators' 追究 is not a sentence.
  r("court.sentenced.persons", /被告人[^，,]*追究刑事责任/, { id: "court.sentenced.persons:liability", kinds: ["persons"], institutions: COURTS }, [ex("对恶意欠薪的被告人依法追究刑事责任", "persons", "名", "", "court")], [ex("对恶意欠薪的被告人依法追究刑事责任", "persons", "名", "", "police"), ex("依法追究刑事责任", "persons", "人", "", "court")]),
  // (法院已判决2470人, 现已判决3件6人, 法院做出有罪判决111人, 县法院一审判决…3宗22人: c14, a22, 868, c20.)
  r("court.sentenced.persons", /判处|生效判决|判决生效|生效裁判|判决发生法律效力|给予刑事处罚|严惩|惩处|惩治|审理|(?<![抓破缉查侦])获刑|^[县市区省]?(法院|审判机关)?(现已|已经|已)?(作出|做出)?(有罪|一审)?判决$|受到法律制裁/, { kinds: ["persons"], not: /量刑建议/ }, [ex("判处罪犯", "persons", "人"), ex("判决发生法律效力", "persons", "人"), ex("法院生效裁判", "persons", "人"), ex("法院已判决", "persons", "人", "提起公诉2598人,法院已判决2470人", "procuratorate"), ex("法院做出有罪判决", "persons", "人", "共提起公诉136人,法院做出有罪判决111人", "procuratorate"), ex("判决生效各类刑事犯罪案件204件", "persons", "人", "判决生效各类刑事犯罪案件204件249人", "procuratorate"), ex("判决", "persons", "人"), ex("罪犯受到法律制裁", "persons", "名")], [ex("不起诉", "persons", "人"), ex("抓获刑事犯罪人员", "persons", "人")]),
  // 政法委 reports give the courts' sums too (全年审结金融纠纷案件6.3万件,标的额1585.7亿元; decision 35).
  r("court.cases.amount_in_dispute", /^标的(额|金额)?$/, { id: "court.cases.amount_in_dispute:reported", kinds: ["money"], institutions: ["plac", "government", "unknown"], sentence: /审结[^。；;]*标的/ }, [ex("标的额", "money", "元", "全年审结金融纠纷案件6.3万件,标的额1585.7亿元", "plac")], [ex("标的额", "money", "元", "签约项目标的额1585.7亿元", "plac")]),
  // 受理民商事案件7579件,…审结7060件,涉案金额29.62亿元: what a court's civil cases are about (b25); not a crime's sum.
  r("court.cases.amount_in_dispute", /^涉案(金额|标的额?)$/, { id: "court.cases.amount_in_dispute:civil", kinds: ["money"], institutions: COURTS, sentence: /(民商事|民事|商事)[^。；;]*涉案(金额|标的)/ }, [ex("涉案金额", "money", "元", "受理民商事案件7579件,审结7060件,涉案金额29.62亿元", "court")], [ex("涉案金额", "money", "元", "审结非法集资案件12件,涉案金额3亿元", "court")]),
  r("court.cases.amount_in_dispute", /标的/, { kinds: ["money"], not: /到位/, institutions: COURTS }, [ex("结案标的额", "money", "元", "", "court")], [ex("执行到位金额", "money", "元", "", "court"), ex("执行到位标的金额", "money", "元", "", "court")]),
  // (兑现 alone is a reward paid, 兑现举报奖励近10万元 (c19, b45), unless it pays enforcement money: 兑现执行款.)
  r("court.enforcement.amount_recovered", /执行到位|到位金额|到位标的|兑现[^，,]{0,10}(执行款|案款|标的)/, { kinds: ["money"] }, [ex("执行到位金额", "money", "元"), ex("执行到位标的金额", "money", "元", "", "court")], [ex("结案标的额", "money", "元"), ex("同时为提供线索的群众兑现举报奖励", "money", "元")]),
  r("court.enforcement.avg_days", /执行[^，,]*平均(用时|办理时间)|平均执行(天数|用时)/, { kinds: ["duration"] }, [ex("执行结案平均用时", "duration", "天")], [ex("平均审理时长控制在", "duration", "天")]),
  r("court.cases.avg_duration", /平均审理(时长|天数|周期)|^平均用时$|结案平均用时|平均结案(时间|天数|用时|周期)|案件平均办理时间/, { kinds: ["duration"], not: /执行/ }, [ex("平均审理时长控制在", "duration", "天"), ex("平均结案时间由88天下降到", "duration", "天"), ex("已结案件平均办理时间为", "duration", "天", "", "court")], [ex("执行结案平均用时", "duration", "天")]),
  r("court.enforcement.detentions", /拘留/, { kinds: ["persons"], institutions: COURTS }, [ex("传唤拘留被执行人", "persons", "人", "", "court"), ex("决定司法拘留", "persons", "人", "", "court")], [ex("抓获犯罪嫌疑人", "persons", "人", "", "police")]),
  r("court.mediation.organisations", /入驻调解组织|对接[^，,]*法院的调解组织/, { kinds: ["count"] }, [ex("人民法院调解平台入驻调解组织", "count", "个")], [ex("入驻调解员", "persons", "人")]),
  r("court.mediation.mediators", /调解员/, { kinds: ["persons"], sentence: /入驻|特邀|对接[^。；;]*法院的调解/ }, [ex("入驻调解员", "persons", "人"), ex("调解员", "persons", "名", "人民法院调解平台入驻调解组织1万个、调解员2.2万名", "court")], [ex("人民调解员", "persons", "人"), ex("调解员", "persons", "名", "全市有调解员", "court")]),
  r("court.ip.damages_avg", /平均判赔/, { kinds: ["money"] }, [ex("广东法院知识产权民事案件平均判赔数额", "money", "元")], [ex("最高判赔额", "money", "元")]),
  r("court.punitive_damages.cases", /惩罚性赔偿/, { kinds: ["cases"] }, [ex("依法适用惩罚性赔偿严惩侵权人", "cases", "件")], [ex("平均判赔", "money", "元")]),
  r("court.service.delivered", /送达/, { kinds: ["count", "cases"], institutions: COURTS }, [ex("成功送达", "count", "次", "", "court")], [ex("审结", "cases", "件", "", "court")]),
  r("court.online.hearings", /网上开庭|在线庭审/, { kinds: ["count", "cases"] }, [ex("网上开庭", "count", "场")], [ex("网上立案", "cases", "件")]),
  r("court.judges", /员额法官$|法官(共)?有$/, { kinds: ["persons"] }, [ex("全市法院员额法官", "persons", "人")], [ex("判处罪犯", "persons", "人")]),

  // 检察机关提起公诉27件110人 in a police report: the procuratorate named with its work.
  r("procuratorate.prosecution.decided_cases", /检察(机关|院)[^，,]{0,6}(提起公诉|起诉)$/, { id: "procuratorate.prosecution.decided_cases:named", kinds: ["cases"], not: /公益诉讼|不起诉|审查起诉|支持[^，,]{0,6}起诉/ }, [ex("检察机关提起公诉", "cases", "件", "", "police")], [ex("检察机关审查起诉", "cases", "件", "", "police")]),
  r("procuratorate.prosecution.decided_cases", /(^|共)(起诉|提起公诉)/, { id: "procuratorate.prosecution.decided_cases:reported", kinds: ["cases"], institutions: ["plac", "government", "unknown"], not: /公益诉讼|移送|不起诉/ }, [ex("全省共起诉涉黑涉恶案件", "cases", "件", "", "plac")], [ex("全省共起诉涉黑涉恶案件", "cases", "件", "", "police")]),
  // 全省法院“黑财”案件立案515件: the courts' cases filed, whoever reports them.
  r("court.cases.new", /法院[^，,]*立案$/, { id: "court.cases.new:reported", kinds: ["cases"], not: /登记立案|网上立案/ }, [ex("全省法院“黑财”案件立案", "cases", "件", "", "plac")], [ex("全省法院登记立案", "cases", "件", "", "court")]),
  // 审结 is the courts' word: a 政法委 or police page counting cases 审结 reports the courts' figure.
  r("court.cases.concluded", /审结[^，,]*(案件|犯罪)/, { kinds: ["cases"], institutions: ["plac", "police", "government", "unknown"], not: /审查|认罪认罚/, id: "court.cases.concluded.reported" }, [ex("全市共审结有组织犯罪团伙案件", "cases", "起", "", "plac")], [ex("全市共审结有组织犯罪团伙案件", "cases", "起", "", "procuratorate")]),

  // Police and public security (whoever reports them).
  r("police.criminal_cases.solved", /破获|侦破|破案|破(现|积)案|侦办[^，,]*案件|攻破|攻克|查处[^，,]*刑事案件|(?<!立案)查处(?![^，,]*(治安|行政|交通|违纪|腐败|保护伞))[^，,]*(犯罪|涉黄|涉赌|黄赌毒|涉毒|毒品|涉黑|涉恶|污染)[^，,]*案件|(^|[全共])(查)?破(?![坏产])(?:[\u4e00-\u9fa5]|[“"][^”"]{1,8}[”"]){1,12}案(件)?$/, { kinds: ["cases"], not: /法院|立案侦办|相关案件/ }, [ex("破获刑事案件", "cases", "起"), ex("全市共破刑事案件", "cases", "件"), ex("共查破涉毒案件", "cases", "起"), ex("侦破八类严重暴力犯罪案件", "cases", "起"), ex("集中攻破命案积案", "cases", "起")], [ex("刑事立案", "cases", "起"), ex("侦办相关案件", "cases", "起"), ex("侦办走私犯罪案件", "cases", "起")]),
  // 共立刑案5849起,破2076起; 命案立17起、破17起: the police's short 立 and 破, said as a pair.
  r("police.criminal_cases.solved", /^(共)?破$/, { id: "police.criminal_cases.solved:short", kinds: ["cases"], sentence: /立[^。；;]{0,8}[0-9][^。；;]*破[0-9]/ }, [ex("破", "cases", "起", "上半年全市共立刑案5849起,破2076起")], [ex("破", "cases", "起", "攻坚克难,破2076起")]),
  // 30起命案全部告破 (d58): the cases said after the number, all solved, are cases solved.
  r("police.criminal_cases.solved", /^(现行|现)?(命案|[\u4e00-\u9fa5“”"]{1,10}案件?)(全部|均已?|已全部|已经全部)(告破|侦破|破获|破案)$/, { id: "police.criminal_cases.solved:all", kinds: ["cases"] }, [ex("命案全部告破", "cases", "起"), ex("盗窃案件均已告破", "cases", "起")], [ex("命案告破", "cases", "起"), ex("命案全部审结", "cases", "件")]),
  r("police.criminal_cases.occurred_per_100k", /每(十)?万人|万人(发案|命案|刑事)/, { kinds: ["percent", "count", "ratio", "cases"] }, [ex("每十万人命案发案数降幅", "percent", "%")], [ex("刑事发案", "cases", "起")]),
  // (生产安全事故、死亡人数同比分别下降: deaths in accidents at work are no traffic deaths, b85; the sentence must say 交通 then.)
  r("police.traffic.deaths", /死亡|亡人/, { kinds: ["persons", "percent"], sentence: /交通|^(?![^。；;]*(生产安全|安全生产))[^。；;]*事故/, not: /死亡[0-9一二三四五六七八九十]+人以上/ }, [ex("死亡人数", "percent", "%", "道路交通事故起数、死亡人数同比分别下降")], [ex("死亡人数", "persons", "人", "火灾")]),
  r("police.traffic.injuries", /受伤|^伤$/, { kinds: ["persons", "percent"], sentence: /交通|事故/ }, [ex("受伤人数", "percent", "%", "交通事故受伤人数同比下降"), ex("伤", "persons", "人", "交通事故73起,死亡52人,伤99人")], [ex("死亡人数", "percent", "%", "交通事故"), ex("重伤", "persons", "人", "交通事故")]),
  r("police.traffic.losses", /直接财产损失/, { kinds: ["money", "percent"] }, [ex("直接财产损失", "percent", "%")], [ex("挽回经济损失", "money", "元")]),
  // 道路交通事故四项指数…,事故起数下降2.4%,…财产损失下降12.5% (882): the index's parts named short.
  // (…and 道路交通事故起数、亡人数、损失数同比分别下降0.3%、26.5%、27.7%, c09.)
  r("police.traffic.losses", /^(财产损失|损失数|损失额|经济损失$)/, { id: "police.traffic.losses:index", kinds: ["money", "percent"], sentence: /交通事故/ }, [ex("财产损失下降", "percent", "%", "全省道路交通事故四项指数明显下降,事故起数下降2.4%,财产损失下降12.5%"), ex("损失数", "percent", "%", "今年以来,全市道路交通事故起数、亡人数、损失数同比分别下降0.3%、26.5%、27.7%。")], [ex("财产损失下降", "percent", "%", "电信诈骗案件财产损失下降12.5%")]),
  r("police.traffic.accidents", /^事故起数/, { id: "police.traffic.accidents:index", kinds: ["percent"], sentence: /交通事故/ }, [ex("事故起数下降", "percent", "%", "全省道路交通事故四项指数明显下降,事故起数下降2.4%")], [ex("事故起数下降", "percent", "%", "全省安全生产事故起数下降2.4%")]),
  r("police.drugs.seized", /(缴获|查获|收缴)[^，,]*(毒品|冰毒|海洛因|大麻|氯胺酮|摇头丸|K粉)/, { kinds: ["count", "money"] }, [ex("缴获各类毒品", "count", "千克")], [ex("查处吸毒人员", "persons", "人")]),
  r("police.drugs.users", /吸毒/, { kinds: ["persons", "person_times"], not: /现有|新发现|在册|强制隔离戒毒|维持治疗/ }, [ex("查处吸毒人员", "persons", "人")], [ex("缴获毒品", "count", "千克")]),
  r("police.weapons.seized", /枪支|(手|步|猎|气)枪/, { kinds: ["count"] }, [ex("收缴各类枪支", "count", "支"), ex("缴获仿64手枪", "count", "支")], [ex("缴获毒品", "count", "千克")]),
  // Calls passed on (推送化解纠纷类警情, 分流非警务类警情) and the time taken to answer them are not the calls received (a03).
  r("police.calls.received", /接警|接处警|110|接报警|^处警$/, { kinds: ["count", "cases", "person_times"], not: /110(刑事|治安)|推送|分流|时间|时长|满意/ }, [ex("全市110接处警", "count", "起")], [ex("刑事警情", "cases", "起"), ex("110接处警时间平均缩短", "percent", "%")]),
  r("police.fugitives.arrested", /逃犯|在逃人员|潜逃/, { kinds: ["persons"] }, [ex("抓获上网逃犯", "persons", "名"), ex("抓获在逃人员", "persons", "人")], [ex("抓获犯罪嫌疑人", "persons", "人")]),
  r("police.suspects.transferred", /移送(审查)?起诉|^起诉/, { kinds: ["persons"], institutions: ["police"], id: "police.suspects.transferred:police" }, [ex("起诉涉诈嫌疑人", "persons", "名", "", "police")], [ex("起诉涉诈嫌疑人", "persons", "名", "", "procuratorate")]),
  r("police.suspects.transferred", /移送(审查)?起诉|移诉/, { kinds: ["persons"] }, [ex("移送审查起诉", "persons", "人"), ex("移诉境外回流诈骗嫌疑人", "persons", "人")], [ex("决定起诉", "persons", "人")]),
  r("police.suspects.punished", /打击处理|打处|刑事拘留|刑拘|刑事打击|刑事强制措施|(?<!对)行政处罚|查处[^，,]*(嫌疑人|违法犯罪人员)/, { kinds: ["persons"], institutions: POLICE.concat("police") }, [ex("刑事打处", "persons", "人"), ex("打击处理违法犯罪嫌疑人员", "persons", "人")], [ex("抓获犯罪嫌疑人", "persons", "人")]),
  r("police.suspects.arrested", /抓获|抓捕|缉捕/, { kinds: ["persons"] }, [ex("抓获犯罪嫌疑人", "persons", "人"), ex("(挂牌督办案件)抓捕犯罪嫌疑人", "persons", "人")], [ex("抓获逃犯", "persons", "人")]),
  // “两抢”案件同比下降40.9%: a change of a kind of crime, with no verb, in a police report is of the cases that occurred.
  r("police.criminal_cases.occurred", /案件$/, { id: "police.criminal_cases.occurred:changes", kinds: [], institutions: ["police", "plac"], not: /破获|侦破|侦办|查处|办理|受理|立案|办结|审结|起诉|批捕|治安|行政|民事|公益|刑事案件$/ }, [ex("“两抢”案件同比下降", "percent", "%", "", "police")], [ex("“两抢”案件", "cases", "起", "", "police"), ex("破获电诈案件同比上升", "percent", "%", "", "police")]),
  r("police.incidents.public_order", /治安(类)?警情/, { kinds: ["cases", "count"] }, [ex("治安警情", "cases", "起")], [ex("刑事警情", "cases", "起")]),
  // 两抢警情, 入室盗窃警情, 涉黑恶警情, 黄赌毒警情 (843, 849, 984): incidents of a crime, criminal incidents.
  r("police.incidents.criminal", /刑事(类)?警情|违法犯罪警情|案件类警情|诈骗?警情|(^|推动|全市|全省)警情$|(两抢|双抢|盗窃|盗抢|抢劫|抢夺|故意伤害|黑恶|涉黑涉恶|黄赌毒|侵财)[”"」]?(类|等[\u4e00-\u9fa5]{0,4})?警情/, { kinds: ["cases", "count"], not: /立案/ }, [ex("刑事警情", "cases", "起"), ex("街面盗抢类警情", "cases", "起"), ex("盗窃等街面警情", "cases", "起"), ex("其中刑事类警情约占", "percent", "%"), ex("全区社会治安呈现案件类警情", "cases", "起")], [ex("治安警情", "cases", "起"), ex("纠纷类警情约占", "percent", "%")]),
  // 刑事类警情中的“两抢”类警情…今年上半年共接报305起: calls of crime received, named earlier in the sentence.
  r("police.incidents.criminal", /接报$/, { id: "police.incidents.criminal:received", kinds: ["cases", "count"], sentence: /(刑事|两抢|盗窃|诈骗|侵财|抢劫|抢夺)[”"」]?类?警情/ }, [ex("今年上半年共接报", "cases", "起", "“两抢”类警情呈现持续下降态势,今年上半年共接报305起")], [ex("共接报", "cases", "起", "求助类警情共接报305起")]),
  // Other calls (纠纷类警情, 求助类警情, 无效警情) are calls received, not incidents of crime.
  r("police.calls.received", /警情/, { id: "police.calls.received:kinds", kinds: ["count", "cases"], not: /推送|分流|立案|重复警情/ }, [ex("纠纷类警情约占", "percent", "%"), ex("全年接报各类警情", "count", "起")], [ex("刑事类警情约占", "percent", "%"), ex("全年分流非警务类警情", "cases", "起")]),
  r("police.public_order_cases.handled", /治安(行政)?案件/, { kinds: ["cases"], institutions: POLICE, not: /发案/ }, [ex("查处治安案件", "cases", "起"), ex("受理治安行政案件", "cases", "起"), ex("治安案件受理数", "cases", "起")], [ex("刑事案件", "cases", "起")]),
  // (涉黄赌毒刑事、行政案件 in a police bureau's report: its 行政案件 are public-order cases, a11.)
  r("police.public_order_cases.handled", /^(涉[^，,]{1,4})?行政案件/, { id: "police.public_order_cases.handled:administrative", kinds: ["cases"], institutions: ["police"] }, [ex("涉黄赌毒行政案件", "cases", "件", "涉黄赌毒行政案件100件", "police")], [ex("行政诉讼案件", "cases", "件", "行政诉讼案件100件", "police"), ex("行政案件", "cases", "件", "行政案件100件", "court")]),
  r("police.criminal_cases.filed", /立[^，,]{0,8}案件|(^|[共全])立(各类)?[^，,]{0,16}案件$|立[^，,]{0,6}刑事案$|^立[\u4e00-\u9fa5]{2,10}(?<![积命])案$|刑事立案|(^|[^登])立案(数|量|起数)?$|立刑事案件|立案侦办/, { kinds: ["cases"], not: /登记|公益诉讼|监督|网上|立案办理|法院|检察/, institutions: POLICE, sentence: /^(?![^。]*(纪检|纪委|监委|监察机关|保护伞))/ }, [ex("全省共立刑事案件", "cases", "起"), ex("随州市刑事立案", "cases", "起"), ex("立八类案件", "cases", "件"), ex("公安机关共立破坏社会主义市场经济秩序案件", "cases", "起")], [ex("共登记立案", "cases", "件"), ex("共立案", "cases", "件", "纪检监察机关坚决查处“保护伞”,共立案30件31人")]),
  r("police.criminal_cases.filed", /立刑案$|[案共]立$/, { id: "police.criminal_cases.filed:short", kinds: ["cases"], institutions: POLICE, sentence: /立[^。；;]{0,8}[0-9][^。；;]*破[0-9]/ }, [ex("上半年全市共立刑案", "cases", "起", "上半年全市共立刑案5849起,破2076起"), ex("其中命案立", "cases", "起", "其中命案立17起、破17起")], [ex("建立", "cases", "起", "建立17起")]),
  // (现行刑案同比下降15.1%: 刑案 is short for 刑事案件, reporter set r111.)
  r("police.criminal_cases.occurred", /发案|刑事案件(起数)?$|(?<![破立侦])刑案(数|起数)?$|案件起数|犯罪$|命案(数量|起数|数)?$|(^|全[省市县区州])发(生)?[\u4e00-\u9fa5]{1,10}案件(数|起数)?$/, { kinds: ["cases"], institutions: POLICE }, [ex("刑事发案", "cases", "起"), ex("全市刑事案件", "cases", "起"), ex("全市发电信诈骗案件数", "cases", "起")], [ex("破获刑事案件", "cases", "起")]),
  // (Not the documents a title names the words in: 出台《依法惩处涉黑涉恶犯罪…》等规范性文件20余个, reporter set r259.)
  r("plac.anti_gang.organisations", /涉黑|涉恶|黑社会|恶势力|黑恶/, { kinds: ["count"], not: /线索|文件|《[^》]*》等?$/ }, [ex("全国共打掉涉黑组织", "count", "个"), ex("打掉恶势力集团", "count", "个")], [ex("打掉犯罪团伙", "count", "个"), ex("他们研究制订出台《依法惩处涉黑涉恶犯罪战果统计、强化协作配合工作机制》等规范性文件", "count", "个")]),
  // A den destroyed (捣毁赌博窝点679处) is not a gang, unless gangs are counted with it (打掉涉电诈团伙和窝点).
  // (Dens and workshops broken up, 捣毁制毒工场77个, are places, not groups.)
  r("police.gangs.destroyed", /打掉|摧毁|捣毁|团伙$|集团$/, { kinds: ["count"], not: /^(?!.*团伙).*(窝点|工场|工厂|作坊|据点)/ }, [ex("打掉犯罪团伙", "count", "个"), ex("全市打掉涉电诈团伙和窝点", "count", "个")], [ex("打掉涉黑组织", "count", "个"), ex("捣毁赌博窝点", "count", "处"), ex("捣毁制毒工场", "count", "个")]),
  r("plac.anti_gang.assets", /涉案资产|涉案资金|黑财|黑恶.*(资产|财产)/, { kinds: ["money"], sentence: /黑|恶/ }, [ex("查封、扣押、冻结涉案资产", "money", "元", "全国扫黑办:查封、扣押、冻结涉案资产")], [ex("追赃挽损", "money", "元")]),
  // 开展扫黑除恶专项斗争,三年来,…扣押非法资产1.95亿元 (872): the campaign's assets, in a sentence on it.
  r("plac.anti_gang.assets", /(查封|扣押|冻结)[^，,]{0,6}非法资产/, { id: "plac.anti_gang.assets:illegal", kinds: ["money"], sentence: /扫黑|黑恶/ }, [ex("扣押非法资产", "money", "元", "开展扫黑除恶专项斗争,共打掉黑恶势力犯罪团伙25个,扣押非法资产1.95亿元")], [ex("扣押非法资产", "money", "元", "打击非法集资,扣押非法资产1.95亿元")]),
  // (返还冻结涉案资金9667万余元: money given back to victims is recovered, whatever held it before, b81.)
  // 打掉涉黑恶犯罪团伙17个,…,查封扣押冻结资产1.52亿元; 查封、冻结、扣押涉黑案件财物价值273万元: property seized where the
  // sentence is about gangs is the anti-gang campaign's (504, c21, c76, b86 and 956's readers keyed it so).
  r("plac.anti_gang.assets", /(查封|扣押|冻结)[^，,；;]{0,10}(资产|财产|财物|资金|物品)/, { id: "plac.anti_gang.assets:seized", kinds: ["money"], sentence: /涉黑|涉恶|黑恶|黑社会|扫黑|恶势力/, not: /止付|返还|发还/ }, [ex("查封扣押冻结资产", "money", "元", "本市全年新打掉涉黑恶犯罪团伙17个,查封扣押冻结资产1.52亿元")], [ex("冻结涉案资金", "money", "元", "破获电信网络诈骗案件100起,冻结涉案资金1亿元")]),
  r("police.assets.seized", /查封|冻结|扣押|查扣/, { kinds: ["money"], not: /止付|返还|发还/ }, [ex("查封、冻结、扣押涉案资金", "money", "元", "")], [ex("挽回经济损失", "money", "元"), ex("返还冻结涉案资金", "money", "元")]),
  r("plac.anti_gang.officials", /保护伞|腐败/, { kinds: ["persons"] }, [ex("查处涉黑涉恶腐败及“保护伞”", "persons", "人")], [ex("抓获犯罪嫌疑人", "persons", "人")]),
  // 查处涉黑恶公职人员17人, 给予党纪政务处分13人 in a sentence on the campaign: the officials it reached.
  r("plac.anti_gang.officials", /处分|移送司法|公职人员|党员干部|村“?两委”?/, { id: "plac.anti_gang.officials:sentence", kinds: ["persons"], not: /取消|候选人/, sentence: /保护伞|涉黑|涉恶|黑恶/ }, [ex("查处涉黑恶公职人员", "persons", "人", "查处涉黑恶公职人员17人"), ex("给予党纪政务处分", "persons", "人", "对涉嫌“保护伞”问题的13人给予党纪政务处分13人")], [ex("给予党纪政务处分", "persons", "人", "查处违纪违法干警,给予党纪政务处分13人"), ex("抓获涉黑涉恶犯罪嫌疑人", "persons", "人", "抓获涉黑涉恶犯罪嫌疑人741人")]),
  r("plac.anti_gang.supervised_cases", /督办的?案件|挂牌督办的?$|督办(公安|检察|审判)机关的$/, { kinds: ["cases"] }, [ex("全国扫黑办挂牌督办的案件", "cases", "起"), ex("全国扫黑办挂牌督办的", "cases", "起"), ex("中央扫黑除恶第19督导组督办公安机关的", "cases", "件")], [ex("破获案件", "cases", "起")]),
  // 为国家避免直接经济损失: what a procuratorate's public-interest cases saved, not money stopped on its way to fraudsters (863).
  // (Not a justice bureau's: 帮助困难群众挽回或避免经济损失 is what its legal aid won back, reporter set r73.)
  r("police.fraud.funds_intercepted", /拦截[^，,]*资金|止付|^止损$|避免[^，,]*损失/, { kinds: ["money"], institutions: POLICE, not: /受援人|当事人|为国家/ }, [ex("成功拦截受害人资金", "money", "元"), ex("避免经济损失", "money", "元")], [ex("挽回经济损失", "money", "元"), ex("为国家避免直接经济损失", "money", "元")]),
  // (…成功预警阻断受骗群众2950人次, reporter set r135.)
  r("police.fraud.intercepted", /劝阻|拦截|阻断|避免[^，,；;。]{0,4}(群众)?受骗/, { kinds: ["persons", "person_times"] }, [ex("成功拦截劝阻群众", "persons", "名"), ex("避免了群众受骗", "persons", "名")], [ex("抓获犯罪嫌疑人", "persons", "人")]),
  // (…and what is handed back to victims at an event: 现场向多名受害群众发还案值200多万元, d78.)
  r("police.losses.recovered", /挽回|挽损|返还|发还|退还|追赃|追回|追缴(被骗|涉案|诈骗)?(资金|赃款|款)/, { kinds: ["money"], institutions: POLICE }, [ex("为群众挽回经济损失", "money", "元", "", "police"), ex("追回被骗资金", "money", "元", "", "police"), ex("追缴被骗资金", "money", "元", "", "police")], [ex("挽回经济损失", "money", "元", "", "procuratorate")]),
  // (日均投入巡防警力1.2万人次: a daily average, no total of the period, a30.)
  r("police.officers.deployed", /警力|民辅警|出动|累计投入$|^辅警$/, { kinds: ["person_times", "persons"], not: /日均|牺牲|负伤|受伤|殉职/, institutions: POLICE }, [ex("共出动警力", "person_times", "人次"), ex("全州累计投入", "person_times", "人次"), ex("辅警", "person_times", "人次")], [ex("参训", "person_times", "人次"), ex("日均精准投入巡防警力", "person_times", "人次")]),
  r("police.fraud.losses", /损失|案损|被骗金额/, { kinds: ["money", "percent"], sentence: /电诈|诈骗|案损|被骗/, not: /挽回|避免|挽损/ }, [ex("损失", "percent", "%", "电诈警情、立案、损失同比分别下降")], [ex("挽回损失", "money", "元", "电诈")]),
  r("police.events.secured", /大型活动|安保/, { kinds: ["count"] }, [ex("烟花晚会、演唱会等大型活动安全顺利举办", "count", "场")], [ex("清查各类场所", "count", "家")]),
  // (The leads received, gathered, handed down or passed on are not the leads checked and concluded: 受理涉黑涉恶违法犯罪线索2914条, c68;
  // 共收到各类涉黑恶线索219件, 818; 移送“保护伞”线索29条, 823; 已作出核查结论2079条 is the concluded count, c68.)
  r("plac.anti_gang.leads", /线索|核查结论/, { kinds: ["count", "cases"], sentence: /黑|恶/, not: /^(?![^，,；;]*(办结|核查|核结|查结|结论|查实|办理))[^，,；;]*(受理|收到|接到|收集|掌握|下发|交办|移送|移交|举报|转交|梳理)/ }, [ex("累计办结各类线索", "count", "件", "扫黑除恶:累计办结各类线索"), ex("已作出核查结论", "count", "条", "扫黑除恶:受理涉黑涉恶线索2914条,已作出核查结论2079条")], [ex("报送调解线索", "count", "条", "调解"), ex("2018年全年共受理涉黑涉恶违法犯罪线索", "count", "条", "扫黑除恶"), ex("移送“保护伞”线索", "count", "条", "涉黑涉恶")]),
  // (…and the violations counted as such: 共查处酒驾违法行为15起, reporter set r320.)
  r("police.traffic.drink_driving", /饮酒驾驶|醉酒驾驶|酒驾|醉驾/, { kinds: ["cases", "persons", "count"], not: /检查点|卡点|点位|宣传|专项(行动|整治)$|整治$|行动$/ }, [ex("查处醉酒驾驶", "cases", "起"), ex("共查处酒驾违法行为", "count", "起")], [ex("交通事故", "cases", "起"), ex("设置酒驾检查点", "count", "个"), ex("全区统一开展酒驾醉驾专项整治", "count", "次")]),
  // (Not the disputes or lawsuits over accidents a court or a mediator handles: 交通事故纠纷6569件, 机动车交通事故案件2237件, b09, a72, d19.)
  r("police.traffic.accidents", /交通事故|(公路|道路)(交通)?事故/, { kinds: ["cases", "percent"], not: /纠纷|案件|责任/ }, [ex("较大以上交通事故", "cases", "起")], [ex("醉酒驾驶", "cases", "起"), ex("交通事故纠纷", "cases", "件"), ex("机动车交通事故案件", "cases", "件")]),
  // (Not the risks of graft a procuratorate helps remove, 协助排除廉政隐患, reporter set r205.)
  r("police.hazards.rectified", /隐患/, { kinds: ["count"], not: /廉政/ }, [ex("排查整改安全隐患", "count", "处")], [ex("清查各类场所", "count", "家")]),
  // (A justice bureau's inspection of units' law enforcement, 督察检查了9家单位, is no police sweep: b99, other.)
  r("police.places.inspected", /清查|(检查|排查)[^，,]*(场所|单位|站点|校园|学校|企业|门店)/, { kinds: ["count"], institutions: POLICE }, [ex("清查各类场所", "count", "家"), ex("按照要求检查校园", "count", "家次"), ex("排查重点场所", "count", "处")], [ex("排查整改安全隐患", "count", "处"), ex("配合区依法治区办实地督察检查了", "count", "家", "配合区依法治区办实地督察检查了9家单位", "justice")]),
  r("police.anti_fraud_app.registrations", /反诈/, { kinds: ["persons"], sentence: /APP|App|app/ }, [ex("全市“国家反诈中心APP”注册人数", "persons", "人", "全市“国家反诈中心APP”注册人数")], [ex("抓获犯罪嫌疑人", "persons", "人")]),
  // (Matters handled, in 件, 笔 or 人次: not 78项户籍业务 offered, 19个出入境窗口 or 46本驾驶证 revoked, none of which the tuned readers keyed so.)
  r("police.public_service.items", /户籍|出入境|身份证|驾驶证|证件/, { kinds: ["count", "person_times"], institutions: POLICE, units: /^(件|笔|人次|次|张|份)$/ }, [ex("办理户籍业务", "count", "件", "", "police")], [ex("清查各类场所", "count", "家", "", "police")]),
  r("police.service.items", /办理事项|服务事项|办件/, { kinds: ["count"], institutions: POLICE, units: /^(件|件次|笔|人次|次)$/ }, [ex("累计支撑群众办理事项", "count", "件次", "", "police")], [ex("清查各类场所", "count", "家", "", "police")]),

  // Justice administration: 人民调解, 法律援助, 公证, 司法鉴定, 行政复议.
  r("justice.mediation.disputes", /人民调解[^，,]*(调解|调处)[^，,]*纠纷/, { kinds: ["cases"], not: /成功/, id: "justice.mediation.disputes.people" }, [ex("全国人民调解组织调解各类矛盾纠纷", "cases", "件", "", "court")], [ex("排查化解矛盾纠纷", "cases", "件", "", "plac")]),
  // (…and 调处: 全市共排查调处各类矛盾纠纷17128件,调处成功17356件,成功率98.5%, a 庆阳 page found in session 24.)
  r("justice.mediation.success_rate", /^(调解|调处)?成功率$/, { kinds: ["percent"], sentence: /调解|调处/, id: "justice.mediation.success_rate.short" }, [ex("成功率", "percent", "%", "共调解案件1000件,调解成功980件,成功率98%"), ex("成功率", "percent", "%", "全市共排查调处各类矛盾纠纷17128件,调处成功17356件,成功率98.5%")], [ex("成功率", "percent", "%", "破案成功率")]),
  // (In 个 or 家, not 批次: 人民调解组织共接待群众773批次 counts visits, reporter set r125.)
  r("justice.mediation.committees", /调委会|调解委员会|调解组织|调解工作室/, { kinds: ["count"], units: /^(个|家|所|处|支)$/ }, [ex("全市共有调解委员会", "count", "个"), ex("全市共建立人民调解组织", "count", "个")], [ex("入驻调解组织", "count", "个")]),
  r("justice.mediation.mediators", /调解员|调解人员/, { kinds: ["persons"] }, [ex("现有人民调解员", "persons", "人"), ex("哈尔滨市有调解人员", "persons", "名")], [ex("入驻调解员", "persons", "人")]),
  r("justice.mediation.prevented_escalation", /防止|制止/, { kinds: ["cases"], institutions: ["justice", "plac"] }, [ex("防止民转刑案件", "cases", "件", "", "justice"), ex("防止民间纠纷引起自杀", "cases", "件", "", "plac")], [ex("调解各类纠纷", "cases", "件", "", "justice"), ex("防止民转刑案件", "persons", "人", "", "justice")]),
  r("justice.mediation.successful", /调解成功|成功(调处|调解)|调处成功/, { kinds: ["cases", "count"], institutions: ["justice", "unknown", "plac"] }, [ex("全市人民调解组织共成功调处各类矛盾纠纷", "cases", "件", "", "justice"), ex("调解成功", "cases", "件", "", "justice")], [ex("调解各类纠纷", "cases", "件", "", "justice")]),
  // 成功化解矛盾纠纷382件 in a 司法局's report (d70): its mediators' successes; a 政法委's 成功化解 is disputes resolved.
  r("justice.mediation.successful", /成功化解/, { id: "justice.mediation.successful:settled", kinds: ["cases", "count"], institutions: ["justice"] }, [ex("成功化解矛盾纠纷", "cases", "件", "", "justice")], [ex("成功化解矛盾纠纷", "cases", "件", "", "plac")]),
  // (…and 化解纠纷 said without 矛盾, by a 司法局 on its mediators' work: 今年1—7月,共化解纠纷6308件, reporter set r235.)
  // (Not the disputes lawyers settle at petition desks: 接访化解纠纷8024件, d59.)
  r("justice.mediation.disputes", /调解|调处|化解(矛盾)?纠纷/, { kinds: ["cases"], institutions: ["justice"], not: /接访|信访/ }, [ex("全年共调解各类民间纠纷", "cases", "件", "", "justice"), ex("共化解纠纷", "cases", "件", "", "justice")], [ex("排查化解矛盾纠纷", "cases", "件", "", "plac"), ex("接访化解纠纷", "cases", "件", "", "justice")]),
  r("justice.legal_aid.stations", /工作站|联络点/, { kinds: ["count"], sentence: /法律援助/ }, [ex("新建法律援助工作站", "count", "个", "新建法律援助工作站")], [ex("法律援助案件", "cases", "件")]),
  // (Not a court's 12368 litigation-service line, 943.)
  r("justice.hotline.calls", /12348|热线|接听来电/, { kinds: ["person_times", "count"], not: /12368|诉讼服务热线/ }, [ex("12348热线接听群众咨询", "person_times", "人次")], [ex("法律咨询", "person_times", "人次")]),
  // 12348热线平台…2024年度共接受法律咨询16万人次: what the hotline answered.
  // (Not the services of every platform together, 总计提供服务, 三大平台…总量, 各级实体平台共计服务: d25, 960, b43.)
  r("justice.hotline.calls", /咨询|来电|服务$/, { id: "justice.hotline.calls:sentence", not: /中心|站|工作室|接待|平台|总计|总量|合计/, kinds: ["person_times", "count"], sentence: /^(?![^。]*法律援助[^。]*咨询[0-9.万]+人次[^。]*(接听|接受)[^。]*热线)[^]*?(12348[^。；;]*(热线|平台|法律服务网)|热线)/ }, [ex("2024年度共接受法律咨询", "person_times", "人次", "12348公共法律服务热线平台持续优化提升,2024年度共接受法律咨询16万人次以上")], [ex("接受法律咨询", "person_times", "人次", "法律援助中心接受法律咨询1万人次"), ex("海口共接待群众咨询", "person_times", "人次", "2015年,海口共接待群众咨询17362人次,办理法律援助案件9024件;“12348”热线法律咨询覆盖面不断扩大")]),
  r("justice.legal_aid.recipients", /^受援人(总)?(数|次)|^(全国|全省|全市|全区|全县)?(法律援助)?受援人(达到?|为|共计?)?$/, { id: "justice.legal_aid.recipients:times", kinds: ["person_times"] }, [ex("受援人数", "person_times", "人次"), ex("受援人总数达", "person_times", "人次"), ex("法律援助受援人达", "person_times", "人次")], [ex("接待来电来访咨询", "person_times", "人次")]),
  // (援助困难群众512人 after the legal-aid cases of its sentence, 954.)
  r("justice.legal_aid.recipients", /法律援助|讨薪|受援人|受援对象|受援群众|援助[^，,；;。]{0,4}(群众|人员|对象|农民工)/, { kinds: ["persons"], sentence: /法律援助|讨薪|受援/, not: /信息员|联络员|律师|工作人员|志愿者|机构人员|专职人员/ }, [ex("提供了法律援助", "persons", "人"), ex("援助困难群众", "persons", "人", "全区受理法律援助案件476起,援助困难群众512人")], [ex("法律援助案件", "cases", "件"), ex("援助困难群众", "persons", "人", "全区救助困难群众,援助困难群众512人")]),
  r("justice.legal_aid.cases", /法律援助/, { kinds: ["cases"] }, [ex("全年共办理法律援助案件", "cases", "件")], [ex("新建法律援助工作站", "count", "个")]),
  // 法律援助中心…,全年结案115件: a justice body's cases closed, in a sentence about legal aid.
  r("justice.legal_aid.cases", /(结案|办结|办理|受理)(各类)?(案件)?$/, { id: "justice.legal_aid.cases:sentence", kinds: ["cases"], institutions: ["justice"], sentence: /法律援助/ }, [ex("全年结案", "cases", "件", "法律援助中心开展工作,全年结案115件", "justice")], [ex("全年结案", "cases", "件", "公证处全年结案115件", "justice")]),
  r("justice.legal_aid.consultations", /咨询/, { kinds: ["person_times", "count"], institutions: ["justice"] }, [ex("全市法律援助中心接待群众法律咨询", "person_times", "人次", "", "justice")], [ex("法律援助案件", "cases", "件", "", "justice")]),
  // (2756名律师、367名基层法律服务工作者担任村(居)法律顾问: those serving as advisers, however named before, b79, 923.)
  r("justice.legal_advisers", /法律顾问|担任村|担任社区/, { kinds: ["persons"] }, [ex("全省村(居)法律顾问", "persons", "名")], [ex("法律明白人", "persons", "名")]),
  r("justice.legal_literacy", /法律明白人/, { kinds: ["persons"] }, [ex("新培育法律明白人", "persons", "名")], [ex("法律顾问", "persons", "名")]),
  // 其中,合伙所277家、国资所44家、个人所218家 (b62): the kinds of law firm are law firms.
  // (其中合伙所603家, 个人所146家: firms of a form are a part no key names, decision 52.)
  r("justice.law_firms", /律师事务所|律所/, { kinds: ["count"], not: /代表机构|驻华|驻内地|驻大陆|执业证|许可证|合伙制|个人制|国资|合作制|(合伙|个人|合作)(律师事务)?所/ }, [ex("全市律师事务所", "count", "家")], [ex("执业律师", "persons", "人"), ex("律师事务所(含分所)执业证许可证", "count", "份")]),
  // The lawyers of a kind (专职律师, 女律师, 律师党员, 县域执业律师, 律师中有博士…) are a part no key names, stocks
  // included (985; decision 52, which reversed the reading of b62, a40, b27 that keyed them as all lawyers).
  r("justice.lawyers.count", /律师$|执业律师|律师(队伍|人数)(发展到|达到|达|增至|增长到)?$|律师(合计|总数)/, { kinds: ["persons"], not: /(专职|兼职|法律援助|公职|公司|女|社会|县域|少数民族|青年|涉外|党员|高学历|军队|外国|港澳台)(执业)?律师|律师(党员|中)|学历|学位|博士|硕士/ }, [ex("全市执业律师", "persons", "人"), ex("律师队伍发展到", "persons", "人")], [ex("律师事务所", "count", "家"), ex("律师代理案件中", "persons", "人"), ex("其中专职律师", "persons", "人"), ex("律师党员", "persons", "人")]),
  r("justice.arbitration.cases", /仲裁/, { kinds: ["cases"] }, [ex("仲裁委员会受理仲裁案件", "cases", "件")], [ex("行政复议", "cases", "件")]),
  r("justice.drug_rehabilitation", /戒毒/, { kinds: ["persons", "person_times"], not: /社区戒毒/ }, [ex("收治强制隔离戒毒人员", "persons", "人")], [ex("社区矫正对象", "persons", "人")]),
  // (Counted in 个, not 件: 县公共法律服务中心已受理事项662件 are matters the centre took in, reporter set r199.)
  r("justice.public_legal_service.centres", /公共法律服务(中心|站|工作站|工作室|实体平台|室)/, { kinds: ["count"], units: /^(个|家|所|处)$/, not: /来电|接听|热线/ }, [ex("建成公共法律服务中心", "count", "个")], [ex("法律援助工作站", "count", "个")]),
  r("justice.notarisation.fees", /收费/, { kinds: ["money"], sentence: /公证/ }, [ex("收费", "money", "元", "全市公证机构办理各类公证1万件,收费500万元")], [ex("业务收入", "money", "元", "司法鉴定")]),
  r("justice.forensic_appraisal.revenue", /收入/, { kinds: ["money"], sentence: /司法鉴定/ }, [ex("业务收入", "money", "元", "全市司法鉴定机构办理司法鉴定案件100件,业务收入50万元")], [ex("收费", "money", "元", "公证")]),
  r("justice.notarisation", /公证/, { kinds: ["count", "cases"], not: /^[^办]*公证(处|员)[^办]*$/ }, [ex("共办理各类公证事项", "count", "件")], [ex("司法鉴定案件", "cases", "件")]),
  r("justice.forensic_appraisal", /司法鉴定|鉴定案件/, { kinds: ["cases", "count"], not: /机构$|党支部|减免/ }, [ex("全市司法鉴定机构办理司法鉴定案件", "cases", "件")], [ex("公证", "count", "件"), ex("全市司法鉴定机构", "count", "个")]),
  r("justice.lawyers.cases", /律师[^，,]*(办案|办理)/, { kinds: ["cases"] }, [ex("全市律师办案", "cases", "件")], [ex("法律援助案件", "cases", "件")]),
  // 全国律师办理各类法律事务1274.4万多件 (844): the matters lawyers handled, counted in 件 of no case; not when the
  // sentence gives their cases apart (共办理各类法律事务409490件次,办理各类案件584005件, b43).
  r("justice.lawyers.cases", /律师[^，,]*办理[^，,]*(法律事务|法律业务|业务)$/, { id: "justice.lawyers.cases:affairs", kinds: ["count"], sentence: /^(?![^。；;]*办理[^，,；;。]{0,6}案件[0-9０-９])/ }, [ex("全国律师办理各类法律事务", "count", "件", "2022年,全国律师办理各类法律事务1274.4万多件。")], [ex("全国公证机构办理各类公证业务", "count", "件"), ex("全省律师共办理各类法律事务", "count", "件", "2017年以来,全省律师共办理各类法律事务409490件次,办理各类案件584005件。")]),
  r("justice.administrative_review", /行政复议/, { kinds: ["cases"] }, [ex("受理行政复议案件", "cases", "件")], [ex("行政诉讼案件", "cases", "件")]),
  // (Those received, released or reoffending in the period are flows, not the stock under correction: 累计接收社区服刑人员22872人, c77.)
  // (…现在册服刑人员13774人 in a text on 社区矫正: those serving in the community, reporter set r173.)
  r("justice.community_corrections", /社区矫正|社区服刑人员|在册服刑人员|^在矫(人员|对象)?$/, { kinds: ["persons"], not: /佩戴|电子监控|定位|监控|接收|解除|重新犯罪|新增|入矫|列管/, sentence: /社区矫正|社区服刑|在册服刑/ }, [ex("社区矫正对象", "persons", "人"), ex("在矫人员", "persons", "人", "全省已经累计接收社区矫正人员7.59万人,在矫人员3.09万人"), ex("全区在册社区服刑人员", "persons", "名"), ex("在矫", "persons", "人", "2018年,全省累计接收社区服刑人员22872人,解除22255人,在矫24862人")], [ex("对全区重点社区服刑人员进行手机定位监控", "persons", "名", "现在册社区服刑人员162人,对全区重点社区服刑人员进行手机定位监控69名"), ex("调解员", "persons", "人"), ex("共为社区服刑人员佩戴了电子监控设备", "persons", "名"), ex("累计接收社区服刑人员", "persons", "人")]),
  // (A campaign's leading group or a 政法委 issuing documents is no justice bureau's review of them: c01, other.)
  r("justice.normative_documents", /规范性文件/, { kinds: ["count"], institutions: ["justice", "government", "unknown"] }, [ex("制定规范性文件", "count", "件")], [ex("公证", "count", "件"), ex("印发实施方案等规范性文件", "count", "个", "印发实施方案等规范性文件", "plac")]),

  // 政法委: 平安建设, 综治, 矛盾纠纷.
  r("plac.petitions.resolved", /信访积案|积案化解/, { kinds: ["cases"] }, [ex("积案化解", "cases", "件", "", "plac"), ex("化解信访积案", "cases", "件", "", "plac")], [ex("排查化解矛盾纠纷", "cases", "件", "", "plac")]),
  r("justice.legal_aid.recovered", /挽回|讨薪|追回/, { kinds: ["money"], institutions: ["justice"] }, [ex("挽回群众经济损失", "money", "元", "", "justice")], [ex("挽回群众经济损失", "money", "元", "", "police")]),
  r("plac.key_areas.supervised", /挂牌督办|重点地区|挂牌整治/, { kinds: ["count"] }, [ex("挂牌督办省级", "count", "个"), ex("挂牌督办省级社会治安重点地区和突出问题", "count", "个")], [ex("挂牌督办的案件", "cases", "起")]),
  r("court.enforcement.property_disposed", /处置[^，,]*(房产|财产|资产)|司法拍卖|网络拍卖|成交金额/, { kinds: ["count", "money"], institutions: COURTS }, [ex("处置房产", "count", "套", "", "court")], [ex("处置房产", "count", "套", "", "plac")]),
  // Disputes screened, taken in or that arose (排查/受理/发生矛盾纠纷) are not disputes resolved (809, 837, 890, 951, 993).
  // (The 政法委's and police's count: disputes a court, a justice bureau or a procuratorate resolved are
  // their own mediation's, keyed by their rules or other; on the tuned part this rule was right on 1 of 24 of those.)
  r("plac.disputes.resolved", /化解|调解|调处|矛盾纠纷/, { kinds: ["cases"], institutions: POLICE, not: /信访|诉前|行政争议|^[^化调]*(排查|受理|发生|预防)(出)?(各类|可能[^，,]*的)?(矛盾)?纠纷$/ }, [ex("全市排查化解矛盾纠纷", "cases", "起"), ex("化解矛盾", "cases", "件")], [ex("化解信访积案", "cases", "件"), ex("全年排查受理各类矛盾纠纷", "cases", "起"), ex("全县发生各类矛盾纠纷", "cases", "件")]),
  // (…and 安全生产事故, the words the other way round: 安全生产事故总量、死亡人数分别下降22%, 872.)
  r("plac.work_safety.accidents", /生产安全事故|安全生产事故|安全事故/, { kinds: ["cases", "percent"] }, [ex("生产安全事故起数", "percent", "%"), ex("安全生产事故总量分别下降", "percent", "%")], [ex("交通事故", "cases", "起")]),
  r("plac.fires", /火灾/, { kinds: ["cases", "percent"] }, [ex("火灾起数", "percent", "%")], [ex("生产安全事故", "cases", "起")]),
  r("plac.grid.events", /网格[^，,]*事件|上报[^，,]*事件/, { kinds: ["count", "cases"] }, [ex("网格员上报处置事件", "count", "件")], [ex("划分网格", "count", "个")]),
  r("plac.petitions.received", /接待[^，,]*信访|接访/, { kinds: ["person_times", "count", "persons"] }, [ex("市县两级领导干部接待信访群众", "person_times", "人次")], [ex("化解矛盾", "cases", "件")]),
  r("plac.grid.workers", /网格员/, { kinds: ["persons"] }, [ex("配备专兼职网格员", "persons", "名")], [ex("划分网格", "count", "个")]),
  r("plac.grid.cells", /网格/, { kinds: ["count"] }, [ex("划分网格", "count", "个")], [ex("配备专兼职网格员", "persons", "名")]),
  r("plac.centres", /综治中心/, { kinds: ["count"], not: /知晓率/ }, [ex("建成三级综治中心", "count", "个")], [ex("划分网格", "count", "个")]),
  r("plac.investment", /投入|投资/, { kinds: ["money"], not: /法律援助/ }, [ex("全县累计投入资金", "money", "元"), ex("为铁路公安投资", "money", "元")], [ex("挽回经济损失", "money", "元"), ex("全省投入法律援助经费达", "money", "元")]),

  // Any body.
  // 我市3个集体、2名个人荣获…先进集体、先进个人; 2个单位和2名个人荣获…表现突出单位和个人 (816).
  // (2个部门、7名干警分别荣获全市法院先进庭室、先进个人: the divisions honoured, d07.)
  r("any.awards.collective", /(集体|单位|部门|庭室|科室|处室)$|(集体|单位)[^，,]*荣获/, { id: "any.awards.collective:honoured", kinds: ["count"], sentence: /荣获|获评|被评为|授予|(受到|获)[^，,。]{0,10}(表彰|表扬|奖励)/ }, [ex("部门", "count", "个", "2个部门、7名干警分别荣获全市法院先进庭室、先进个人"), ex("我市集体", "count", "个", "我市3个集体、2名个人荣获全国公共法律服务工作先进集体、先进个人"), ex("全省检察机关集体", "count", "个", "全省检察机关77个集体、191名个人受到省部级以上表彰奖励"), ex("单位和2名个人荣获全国“八五”普法中期表现突出单", "count", "个", "2个单位和2名个人荣获全国“八五”普法中期表现突出单位和个人"), ex("全市法院共有集体", "count", "个", "全市法院共有102个集体、170名个人获市级以上表彰")], [ex("我市集体", "count", "个", "我市3个集体参加培训"), ex("共有人民调解组织", "count", "个", "全市共有人民调解组织3个,荣获先进集体")]),
  // 授予全国公安系统一级英模2名, 选树“公安楷模”个人2名、集体6个, “最美基层民警”20人 (a33); not 选树政法英模 at large (949).
  r("any.awards.individual", /[一二三]级英模|楷模[”"」]?个人|最美[^，,]{0,6}(民警|警察|辅警|法官|检察官)/, { id: "any.awards.individual:heroes", kinds: ["persons"] }, [ex("授予(追授)全国公安系统一级英模", "persons", "名"), ex("“最美基层民警”", "persons", "人")], [ex("选树政法英模和先进典型", "persons", "人")]),
  r("any.awards.collective", /楷模[”"」]?[^，,]{0,6}集体/, { id: "any.awards.collective:heroes", kinds: ["count"] }, [ex("选树宣传全国“公安楷模”个人2名、集体", "count", "个")], [ex("选树宣传全国“公安楷模”个人", "persons", "名")]),
  // 9个集体和23人次获自治区级以上表彰 (d06): the persons (or times persons were) honoured beside the collectives.
  r("any.awards.individual", /(集体|单位)(和|及|、)$/, { id: "any.awards.individual:beside_collectives", kinds: ["persons", "person_times"], sentence: /(荣获|获|受到)[^，,。；;]{0,12}(表彰|表扬|奖励|荣誉)/ }, [ex("集体和", "person_times", "人次", "9个集体和23人次获自治区级以上表彰")], [ex("集体和", "persons", "人", "9个集体和23人参加培训")]),
  r("any.awards.individual", /个人[^，,]*荣获/, { id: "any.awards.individual:honoured", kinds: ["persons"] }, [ex("个人荣获全国公共法律服务工作先进集体、先进个人", "persons", "名")], [ex("个人", "persons", "名", "2名个人参加培训")]),
  // 市中级人民法院执行局1名同志被评为全省法院先进个人; 基层法院1名执行局长被评为全国优秀法官 (d90): persons named to an individual honour.
  r("any.awards.individual", /(被评为|评为|荣获|获评|被授予)[^，,]{0,16}(先进个人|优秀[^，,]{0,4}(法官|检察官|民警|警察|辅警|干警|公务员|律师|调解员)|先进工作者|劳动模范|办案标兵|办案能手)/, { id: "any.awards.individual:named", kinds: ["persons"] }, [ex("市中级人民法院执行局同志被评为全省法院先进个人", "persons", "名"), ex("基层法院执行局长被评为全国优秀法官", "persons", "名")], [ex("执行局长参加全省法院先进个人评选培训", "persons", "名")]),
  r("any.awards.collective", /集体[^，,]*(表彰|表扬|奖)|集体(获|受到)/, { kinds: ["count"] }, [ex("集体获省级以上表彰表扬", "count", "个")], [ex("个人获省级以上表彰表扬", "persons", "名")]),
  r("any.awards.individual", /个人[^，,]*(表彰|表扬|奖)|个人(获|受到)|(干警|民警|辅警|检察官|法官|干部|职工)[^，,]{0,4}(获|受到)[^，,]*(表彰|表扬|荣誉|奖)/, { kinds: ["persons", "count"], not: /个人[^，,]*(集体|单位)[^，,]*(表彰|表扬|奖)/ }, [ex("个人获省级以上表彰表扬", "persons", "名"), ex("干警获县级以上荣誉", "persons", "名"), ex("优秀辅警受到表彰", "persons", "名")], [ex("集体获省级以上表彰表扬", "count", "个")]),
  // (…and 典型案件 a case was chosen as: 13件案件获评全国全省典型案件, d81; not cases of a typical kind solved, 破获…九类涉恶典型案件, c76.)
  r("any.typical_cases", /典型案例|指导性案例|案例入选|入选[^，,]{0,12}案例|(获评|入选|评为)[^，,]{0,16}典型案件/, { kinds: ["count", "cases"] }, [ex("案例被评为全国典型案例", "count", "个"), ex("案件获评全国检察机关指导性案例", "cases", "件"), ex("案例入选全国法院年度案例", "count", "个"), ex("案件获评全国全省典型案件", "cases", "件")], [ex("典型案件", "cases", "起"), ex("破获公安部明确的九类涉恶典型案件", "cases", "起")]),
  r("any.training", /培训|参训/, { kinds: ["person_times", "persons", "count"] }, [ex("组织各类培训", "count", "次"), ex("参训", "person_times", "人次")], [ex("普法宣传", "count", "次")]),
  // 为5000余家企业开展法律宣讲 (b62): the enterprises reached are not events.
  r("any.legal_publicity", /普法|法治宣传|法律宣讲|法治宣讲|法制宣讲|法制宣传|法律[六七八]进|进企业、进农村|宣传单|宣传物件|读本|明白卡|(禁毒|反诈|防诈|扫黑除恶)宣传|巡讲|送法|法律大集|法治讲座|法律讲座|宣传宣讲|以案释法|宣传活动|发放[^，,]*(宣传|读本|手册|明白卡|资料)/, { kinds: ["count", "person_times"], not: /为(企业|单位|学校|村|社区)/ }, [ex("开展法治巡讲", "count", "次"), ex("深入开展禁毒宣传", "count", "场次")], [ex("全区律师累计为企业开展法律宣讲", "count", "家", "全区律师累计为5000余家企业开展法律宣讲"), ex("培训", "count", "次"), ex("禁毒", "count", "次")]),
  // 法律宣传19场次, 法治教育56场, “法律进校园”活动906场次, 法治文艺汇演8场, 印发宣传材料5000余份 (b33, b44, 879, 894, a76): events and
  // materials of legal publicity, counted in 场, 次 or 份 (not 法治教育基地12个, a place).
  r("any.legal_publicity", /法律宣传|法治教育|法制教育|法治文艺|法律进[\u4e00-\u9fa5“”"]{2,3}|进校园|宣传材料|宣传资料|法治课|知识测试卷/, { id: "any.legal_publicity:events", kinds: ["count", "person_times"], units: /^(场|场次|次|期|份|册|张)$/, not: /基地|阵地|场所|学校|中心/ }, [ex("法律宣传", "count", "场次"), ex("开展“线上+线下”法治教育", "count", "场"), ex("印发宣传材料", "count", "份")], [ex("建成法治教育基地", "count", "个"), ex("法治教育基地", "count", "次")]),
  // 营造扫黑除恶的舆论氛围,共发送短信35万余条,LED显示屏推送17万余条次; 下发…宣传海报、折页14万张 (a54, a64): the messages and materials of a publicity drive.
  r("any.legal_publicity", /短信|显示屏|推送|广播|新媒体|版面|展板|海报|折页|宣传片|微动漫/, { id: "any.legal_publicity:materials", kinds: ["count"], sentence: /宣传|普法|舆论/, not: /平台|用户|粉丝|关注/ }, [ex("共发送短信", "count", "条", "积极营造扫黑除恶的舆论氛围,共发送短信35万余条"), ex("设置了大型宣传版面", "count", "块")], [ex("共发送短信", "count", "条", "向群众发送预警短信12万条")]),
  r("any.losses.recovered", /挽回|追回|追缴|追讨|挽损/, { kinds: ["money"] }, [ex("挽回经济损失和追缴赃款赃物", "money", "元", "", "procuratorate")], [ex("投入资金", "money", "元")]),
];

/** A label that is only the base of a comparison, quoted as a level: 较上年同期, 比去年同期的. */
// (…and one in brackets after its level: 受理各类案件2732件(2018年同期2051件), reporter set r304.)
export const BASE = /(较|比|与)(上年|去年|[0-9]{4}年)(同期)?(的)?$|(去年|上年|[0-9]{4}年)同期(为|是)$|[(（](去年|上年|[0-9]{4}年)同期(为|是)?$/;

/** Words that name no measure: scope, time and connectives left when a change's label is cut (全国检察机关, 同比, 其中). */
// (…在2024年同比下降30.56%的基础上同比再降22.32%: 的基础上 names no measure of its own, reporter set r184.)
// (…and the years of a change said between levels by year: 分别为989人、1099人、1248人,2021年较2020年增长11.1%, reporter set r281.)
const EMPTY_MEASURE = /^(其中|共|累计|合计|全年|今年|去年|同期|全国|全省|全市|全县|全区|检察机关|法院|公安机关|各类|分别|均|使|已|实现|与\d{4}年|\d{4}年(较|比|与)?|件数|人数|案件数|的基础上|基础上|、|,|，|\s)*$/;

// The persons counted with a count of cases (破获刑事案件7620件、7151人; 判决…25件143人).
// A verb in an item names its own work: the item is not the list's.
const LIST_VERB = /起诉|批捕|逮捕|审结|判处|判决|破获|侦破|抓获|受理|办理|立案|查处|侦办|打掉|打击|惩处|严惩|整治|排查/;

// A verb whose object follows the number (查处9.3万余起酒驾).
// (造成11人死亡,43人受伤: the persons an accident left dead or hurt, c86; 共发生141起命案: what occurred, 605.)
const AFTER_VERB = /(查处|查获|破获|侦破|抓获|办理|受理|审结|发生|检查|清查|整治|排查|共有|现有|建成|建立|设立|成立|举办|开展|组织|造成)的?$/;

export const PERSONS_OF: Record<string, string> = {
  "police.criminal_cases.solved": "police.suspects.arrested",
  "court.cases.concluded": "court.sentenced.persons",
  "procuratorate.prosecution.decided_cases": "procuratorate.prosecution.decided",
  "procuratorate.arrests.approved_cases": "procuratorate.arrests.approved",
  "procuratorate.prosecution.received_cases": "procuratorate.prosecution.received",
  "procuratorate.arrests.reviewed_cases": "procuratorate.arrests.reviewed",
};

// A kind of gang crime an indicator does not break down by counts under gang crime (恶势力集团案件 of 侦办).
const BROADER: Record<string, string> = { mafia: "gang", evil_forces: "gang" };

// The case types' words in a trie, UTF-16 unit by unit: a measure is read once for all of
// them (it is asked for nearly every figure), not once per word, and a look-up allocates nothing.
interface WordNode {
  next: Map<number, WordNode>;
  /** the case types (their order in the vocabulary) whose word ends here */
  types: number[];
}
const CASE_WORDS: WordNode = { next: new Map(), types: [] };
CASE_TYPES.forEach((c, i) => {
  for (const w of c.words) {
    let node = CASE_WORDS;
    for (let k = 0; k < w.length; k++) {
      const unit = w.charCodeAt(k);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), types: [] }));
      node = child;
    }
    node.types.push(i);
  }
});

/** Each case-type word in a measure, as the case type it names or the broader one allowed (the trie read once). */
function* caseWordsIn(measure: string, allowed: string[]): Generator<{ key: string; len: number; order: number; at: number }> {
  for (let i = 0; i < measure.length; i++) {
    let node: WordNode | undefined = CASE_WORDS;
    for (let j = i; j < measure.length; j++) {
      node = node.next.get(measure.charCodeAt(j));
      if (!node) break;
      for (const t of node.types) {
        const c = CASE_TYPES[t];
        const key = allowed.includes(c.key) ? c.key : BROADER[c.key] && allowed.includes(BROADER[c.key]) ? BROADER[c.key] : null;
        if (key) yield { key, len: j - i + 1, order: t, at: i };
      }
    }
  }
}

// Decision 62: a single property crime is its own case type (盗窃 theft, 诈骗 fraud, 抢劫, 抢夺, “两抢”);
// a list of several of them is the group, property crime (盗窃、诈骗犯罪嫌疑人), as 盗抢骗 and 侵财 are.
const PROPERTY_CRIMES = new Set(["theft", "fraud", "robbery", "snatching", "robbery_snatching"]);
/** The eight serious violent crimes (八类严重暴力犯罪, 刑法第十七条) as a list names them. */
const EIGHT_VIOLENT = /^(?:(?:故意)?杀人|放火|爆炸|强奸|绑架|抢劫|投放危险物质|投毒|故意伤害(?:致人)?(?:重伤|死亡)(?:或死亡)?|故意致人(?:重伤|死亡)|致人重伤)$/;
// Kinds whose words name every crime of the kind (危险驾驶 and 交通肇事 are all traffic crime), unlike a group such as
// 破坏环境资源保护 whose examples (滥伐盗采) no word of ours names.
const NAMED_IN_FULL = new Set([...PROPERTY_CRIMES, "traffic", "homicide", "gambling", "firearms"]);

/** The case types a text names, each word read once at its longest (电信网络诈骗 is not also 诈骗); single property crimes count as their group. */
function kindsIn(text: string, allowed: string[]): Set<string> {
  const kinds = new Set<string>();
  for (const k of kindsAsSaid(text, allowed)) kinds.add(PROPERTY_CRIMES.has(k) && allowed.includes("property") ? "property" : k);
  return kinds;
}

/** The group a list of property crimes makes (抢劫、抢夺 are “两抢”; 盗窃、诈骗 property crime); null for one crime. */
function propertyGroup(text: string, allowed: string[]): string | null {
  const crimes = [...kindsAsSaid(text, allowed)].filter((k) => PROPERTY_CRIMES.has(k) || k === "property");
  if (crimes.length < 2) return null;
  if (crimes.length === 2 && crimes.includes("robbery") && crimes.includes("snatching") && allowed.includes("robbery_snatching")) return "robbery_snatching";
  return allowed.includes("property") ? "property" : null;
}

/** The case types a text names, each word read once at its longest. */
function kindsAsSaid(text: string, allowed: string[]): Set<string> {
  const kinds = new Set<string>();
  // The words come by where they start: the longest at a start is the word, and the next is read after it.
  let best: { key: string; len: number; at: number } | null = null;
  let next = 0;
  for (const w of caseWordsIn(text, allowed)) {
    if (best && w.at !== best.at) {
      kinds.add(best.key);
      next = best.at + best.len;
      best = null;
    }
    if (w.at >= next && (!best || w.len > best.len)) best = w;
  }
  if (best) kinds.add(best.key);
  return kinds;
}

/** A list of several kinds of crime, none named for them all (电信网络诈骗、网络赌博、涉黑涉恶等领域违法犯罪); 故意杀人、抢劫等严重暴力犯罪 names one. */
function severalKinds(text: string, allowed: string[]): boolean {
  const etc = text.lastIndexOf("等");
  if (etc > 0 && caseTypeIn(text.slice(etc + 1), allowed)) return false;
  return text.includes("、") && kindsIn(text, allowed).size >= 2;
}

function caseTypeIn(measure: string, allowed: string[]): string | null {
  // 社会治安 is public order at large (全区社会治安呈现案件类警情…下降), not the 治安 cases;
  // 审判执行案件 are all the courts' cases, tried and enforced, not enforcement alone (828).
  // So are 诉讼执行案件, a court's suits and enforcement together (892).
  // (政治安全 is political security: its 治安 is no public order, 974.)
  // (The 反诈骗中心 is a body: 在市反诈骗中心和全市警方的努力下,…诈骗警情 are all frauds, 940.)
  // (治安系统, 治安总队: the police's public-order department, whose work is not public-order cases alone, reporter set r134.)
  if (/社会治安|政治安全|审判执行|诉讼执行|反诈骗?中心|治安(系统|总队|支队|大队|部门)/.test(measure)) measure = measure.replace(/社会治安/g, "社会").replace(/政治安全/g, "政安").replace(/(审判|诉讼)执行/g, "审执").replace(/反诈骗?中心/g, "中心").replace(/治安(系统|总队|支队|大队|部门)/g, "$1");
  // 审结一、二审刑事案件: both instances, so no instance (reporter set r86).
  if (/一[、和及]?二审/.test(measure)) measure = measure.replace(/一[、和及]?二审/g, "");
  // 刑事、民事、行政、公益诉讼“四大检察”案件: all four branches, no one kind.
  if (measure.includes("四大检察")) return null;
  // 非法集资、养老诈骗、电信网络诈骗等涉众型经济犯罪: the kind after 等 is the list's, its examples are parts of it (866).
  const etc = measure.lastIndexOf("等");
  if (etc > 0 && etc < measure.length - 1) {
    const head = caseTypeIn(measure.slice(etc + 1), allowed);
    if (head) return head;
    // 故意伤害、两抢一盗、强奸、涉赌、涉毒等…犯罪案件 (877): examples of several kinds are crimes, of no one kind
    // (withCaseType makes such a count a part, other: decision 50).
    if (allowed.includes("criminal") && /犯罪|罪案/.test(measure.slice(etc + 1)) && kindsIn(measure.slice(0, etc), allowed).size >= 2) return "criminal";
  }
  // The longest word wins: 一审刑事 before 刑事, 民商事 before 民事, 命案积案 before 命案;
  // between words of one length, the case type listed first in the vocabulary.
  // (诉讼案件, a court's trials without its enforcement, gives way to any other kind said with it:
  // 民事诉讼案件 are civil, 行政诉讼案件 administrative; 非诉讼 cases are none of them. Decision 60.)
  // (A kind said with a branch is the kind, whatever the words' lengths: 涉外刑事案件 are foreign cases (113), 涉外民商事
  // foreign (a75), 民事二审 second instance (101, d02), 涉企类行政案件 the enterprises' (799); not so for 执行: 执行涉企业案件
  // are enforcement cases, 850.)
  let best: { key: string; len: number; order: number } | null = null;
  for (const w of caseWordsIn(measure, allowed)) {
    if (w.key === "litigation" && (measure[w.at - 1] === "非" || (best && best.key !== "litigation"))) continue;
    const topical = !BROAD.has(w.key) && !!best && BRANCHES.has(best.key);
    const broadAfter = BRANCHES.has(w.key) && !!best && !BROAD.has(best.key);
    if (!best || topical || (best.key === "litigation" && w.key !== "litigation") || (!broadAfter && (w.len > best.len || (w.len === best.len && w.order < best.order)))) best = w;
  }
  // 起诉黑恶势力“保护伞”42人: the gangs' protectors, named by the gangs they shield (b80); not with their corruption (decision 44).
  // (…or named alone: 审结涉“保护伞”案件159件, d43.)
  if ((best === null || best.key === "gang") && allowed.includes("gang_protection") && /保护伞/.test(measure) && !/腐败/.test(measure)) return "gang_protection";
  if (best && PROPERTY_CRIMES.has(best.key)) return propertyGroup(measure, allowed) ?? best.key;
  if (best) return best.key;
  // 审结医保骗保犯罪案件 (813): a crime the vocabulary has no type for is a crime (withCaseType makes it a part, other: decision 50).
  if (allowed.includes("criminal") && /犯罪案件|罪案件/.test(measure)) return "criminal";
  // 执结 is concluded enforcement; 执行案件 is caught by the word 执行. 审结、执结 and 审、执结 are 审执结.
  if (allowed.includes("enforcement") && /执结/.test(measure) && !/审执结|审结?、执结/.test(measure)) return "enforcement";
  return null;
}

// The rules a level of each kind can reach, in order: most rules are of other kinds,
// and a regular expression costs more than a look-up.
const RULES_BY_KIND = new Map<Kind, IndicatorRule[]>();
function rulesFor(kind: Kind, statistic: string): IndicatorRule[] {
  if (statistic !== "value") return INDICATOR_RULES;
  let list = RULES_BY_KIND.get(kind);
  if (!list) RULES_BY_KIND.set(kind, (list = INDICATOR_RULES.filter((r) => !r.kinds || r.kinds.includes(kind))));
  return list;
}

// The rules whose measure, kind and institution fit, by those inputs: a report says the same
// measures again and again, and testing some 300 expressions for each figure is a twentieth of the
// extraction's time. Only the sentence conditions are checked per figure. (Bounded: cleared when full.)
const CANDIDATES = new Map<string, Map<string, IndicatorRule[]>>();
let candidatesKept = 0;
function candidates(measure: string, input: RuleInput, statistic: string): IndicatorRule[] {
  const institution = input.institution ?? "unknown";
  // 平均审理天数同比缩短8.2天: a change in days is a change of a duration, not of the cases it names.
  const durationChange = input.kind === "duration" && /^(天|日|个工作日|工作日|小时)$/.test(input.unit ?? "") && statistic.endsWith("_abs");
  // (Two levels: a key joined with the measure was flattened and hashed anew at every call.)
  const key = `${input.kind}\u0001${statistic}\u0001${institution}\u0001${durationChange ? 1 : 0}`;
  let byMeasure = CANDIDATES.get(key);
  if (!byMeasure) CANDIDATES.set(key, (byMeasure = new Map()));
  let list = byMeasure.get(measure);
  if (list) return list;
  list = [];
  for (const rule of rulesFor(input.kind, statistic)) {
    if (rule.institutions && !rule.institutions.includes(institution)) continue;
    if (durationChange && rule.kinds && !rule.kinds.includes("duration")) continue;
    if (!rule.measure.test(measure)) continue;
    if (rule.not && rule.not.test(measure)) continue;
    list.push(rule);
  }
  if (++candidatesKept > 50_000) {
    CANDIDATES.clear();
    candidatesKept = 1;
    CANDIDATES.set(key, (byMeasure = new Map()));
  }
  byMeasure.set(measure, list);
  return list;
}

function matchIndicator(measure: string, input: RuleInput, statistic: string): IndicatorRule | null {
  // A level must be of the indicator's kind (件 and 人 are different columns); a change, share or rank of it need not,
  // but one of a measure that says which column it is (提请批捕案件数和人数同比分别下降) keeps to it (b26).
  const list = candidates(measure, input, statistic);
  const column = statistic === "value" ? null : /人数$/.test(measure) ? "persons" : /(件数|案件数)$/.test(measure) ? "cases" : null;
  const ordered = column ? [...list.filter((r) => r.kinds?.includes(column)), ...list.filter((r) => !r.kinds?.includes(column))] : list;
  for (const rule of ordered) {
    if (rule.sentence && !rule.sentence.test(input.sentence) && !(rule.paragraph && rule.sentence.test(input.paragraphBefore?.() ?? ""))) continue;
    if (rule.units && statistic === "value" && !rule.units.test(input.unit ?? "")) continue;
    // Matters or events the vocabulary counts in 件, 次 or 场 are not counted in 个, 项 or 家: 6项公证业务 are kinds of
    // service, 7个法律援助窗口 places, 4个党支部 bodies (920, c48, 944).
    // (Documents are counted in either: 6个涉青少年教育的规范性文件, 879.)
    if (statistic === "value" && /^(个|项|家|所|处|座)$/.test(input.unit ?? "") && /^(件|件次|次|场|条|人次)$/.test(indicatorOf(rule.indicator)?.unit ?? "") && !/^[^，,；;。]{0,14}文件/.test(input.after ?? "")) continue;
    return rule;
  }
  return null;
}

// 件 and 人 are different columns: a part in 件 is not a part of a count of persons.
const sameKind = (indicator: string, kind: Kind) => {
  const k = indicatorOf(indicator)?.kind;
  return !k || k === kind || !["cases", "persons"].includes(k) || !["cases", "persons"].includes(kind);
};

const other = (statistic: string, ruleId: string): Classified => ({ indicator: "other", caseType: null, statistic, metric: "other", ruleId });
// A part of a whole no key names (decision 50): other, remembering the whole for the items listed after it.
const part = (statistic: string, ruleId: string, whole: string): Classified => ({ ...other(statistic, ruleId), whole });

// A measure that is only a case type (其中刑事案件, 民商事案件, 公益诉讼检察案件): the
// breakdown of the indicator before it.
// (其中抢劫案246起; “两抢”案件: 案 alone and quotes around the word, a31, 838.)
const CASE_TYPE_ONLY = new RegExp(`^(其中|含|)([“"]?(${CASE_TYPES.flatMap((c) => c.words).sort((a, b) => b.length - a.length).join("|")})[”"]?(、|和|及)?)+(检察)?(案件|案|犯罪|类)?$`);
/** Words that name a kind of case and nothing more (电信网络诈骗, 涉黑涉恶案件, 其中刑事案件). */
export const namesOnlyACaseType = (words: string) => CASE_TYPE_ONLY.test(words);

function named(indicator: string, caseType: string | null, statistic: string, ruleId: string): Classified {
  return { indicator, caseType, statistic, metric: metricKey({ indicator, caseType, statistic }), ruleId };
}

const BROAD = new Set(["criminal", "civil", "administrative", "civil_commercial", "enforcement", "litigation"]);
/** The branches of the courts' and procuratorates' work, which a kind said with them narrows. */
const BRANCHES = new Set(["criminal", "civil", "administrative", "civil_commercial", "criminal_first_instance", "civil_first_instance", "administrative_first_instance"]);
// (新收各类一审行政案件1120件,审结962件,结案率为85.9%: an instance said with a broad type carries as the type does, c90.)
const FIRST_INSTANCE = ["criminal_first_instance", "civil_first_instance", "administrative_first_instance"];
// Decision 43: what a list or a topic is about carries along it (未成年人, 涉黑涉恶,
// 电信网络诈骗, 执行, 民事…); a breakdown kind named for one figure (治安, 八类,
// 命案积案, 盗抢骗) does not.
const CARRY = new Set(["environment", "food_drug", "cyber", "epidemic", "personal_info", "firearms", "juvenile", "against_minors", "gang", "mafia", "evil_forces", "gang_protection", "telecom_fraud", "elder_fraud", "enterprise", "duty_crime", "drugs", "ip", "bankruptcy", "financial", "private_lending", "contract", "public_interest", "foreign", "hk_macao_taiwan", ...BROAD, ...FIRST_INSTANCE]);

const NOT_CRIMINAL = new Set(["civil", "administrative", "civil_commercial", "bankruptcy", "financial", "private_lending", "contract", "enforcement", "litigation"]);

// A topic that heads a sentence (严惩杀人、抢劫等严重暴力犯罪,起诉36323人) restricts by any crime it names.
const TOPICAL = new Set([...CARRY, "violent", "homicide", "economic", "property", ...PROPERTY_CRIMES, "traffic", "vice", "gambling"]);

/** The rule's indicator with the case type its words, its list or its sentence's topic give. */
const SUPERVISION = /^procuratorate\.(protests|retrial_recommendations|judgment_supervision|supervision\.(outcome_share|changed)|recommendations\.(trial|enforcement)_violations)/;

/** The case type the head of a clause says (紧扣扫黑除恶收官目标,起诉241人), of the kinds that restrict a topic. */
/** A clause's head: its words from the last semicolon to its first number. */
function clauseHead(clause: string | undefined): string {
  if (!clause) return "";
  const from = Math.max(clause.lastIndexOf("；"), clause.lastIndexOf(";")) + 1;
  // (The first number that is no date: 2023年,严厉打击…犯罪,批捕61人.)
  const digit = clause.slice(from).search(/[0-9０-９]+(?![0-9０-９]*(年|月|日))/);
  return digit < 0 ? clause.slice(from) : clause.slice(from, from + digit);
}

function clauseTopicOf(clause: string | undefined, caseTypes: string[]): string | null {
  const head = clauseHead(clause);
  if (head.length < 4 || head.includes("各类")) return null;
  let topical = TOPICAL_OF.get(caseTypes);
  if (!topical) TOPICAL_OF.set(caseTypes, (topical = caseTypes.filter((c) => TOPICAL.has(c) && !BROAD.has(c) && c !== "property" && !PROPERTY_CRIMES.has(c) && c !== "gang_protection")));
  return topical.length ? caseTypeIn(head, topical) : null;
}
/** Each indicator's case types that a clause's head may give, worked out once. */
const TOPICAL_OF = new WeakMap<string[], string[]>();

/** 受理民事案件…,其中一审案件19541件: a part said 一审 is the first instance of the type carried along (a72). */
// (审结民商事案件38621件,…一审结案标的额82.7亿元: the vocabulary's civil first instance takes 一审民商事 too, b97.)
function firstInstance(caseType: string | null, words: string, indicator: string): string | null {
  if (!caseType || !/^(civil|civil_commercial|criminal|administrative)$/.test(caseType) || !/一审/.test(words)) return caseType;
  const first = `${caseType.replace("_commercial", "")}_first_instance`;
  return indicatorOf(indicator)?.caseTypes.includes(first) ? first : caseType;
}

// The words of a topic after the verb: 涉房地产…案件, …纠纷案件, …类案件, …领域案件.
// (Not 审判类案件, all the cases tried; a named crime is withCaseType's unkeyed-group.)
// (…and the kinds of case the courts name that no case type covers: 审结金融案件, 审结海事案件, b47.)
const COURT_TOPIC_PART = /(审结|受理|新收|办结|审理)[^，,；;。]*?(涉[\u4e00-\u9fa5、]{2,12}|[\u4e00-\u9fa5、]{2,12}(纠纷|(?<!审判|诉讼|执行|民事|刑事|行政)类|领域)|(金融|证券|期货|海事|海商|减刑、假释)(、(金融|证券|期货|海事|海商))*(类)?)(案件|案)?$/;

/** A year-on-year base said in words (同比, 比上年, 与去年同期…). */
const YOY_BASE = /同比|比上年|较上年|与上年|与去年|较去年|比去年|上年同期|去年同期/;

/** Crime at large, not a group of crimes: 严重刑事犯罪, 刑事犯罪, 违法犯罪. */
const GENERIC_CRIME = /^(严重|重大|多发性?|突出|一般|普通)?(刑事)?(违法)?$/;
const ALL_CASE_TYPES = CASE_TYPES.map((c) => c.key);

// The counts a part of which no key names is other (decision 50): cases and persons of the courts, the procuratorate and the police.
// What such a count is said with, and the words that make it a count of all (各类刑事案件, 全部, 所有).
const COUNT_VERB = /^.*?(审结|审理|受理|新收|判决|判处|办理|起诉|批捕|逮捕|破获|侦破|侦办|查处|抓获)/;
const SAID_OF_ALL = /各类|全部|所有/;
/** Cases above a sum (万元以上, 5万元以上, 百万元以上): a part by size. */
const ABOVE_A_SUM = /[0-9一二三四五六七八九十百千万]+万?元以上/;
/** Suspects caught, said with no kind of their own (…,抓获犯罪嫌疑人3293人; 累计抓获2.3万人). */
export const CAUGHT_ALONE = /^[，,、]?\s*(共|累计|先后|依法)?(抓获|抓捕)(犯罪嫌疑人|嫌疑人|涉案人员|违法犯罪嫌疑人)?$/;
// Case types whose instances (一审, 二审) no case type names, and the kinds of contract dispute (decision 59).
const NO_INSTANCE_TYPE = new Set(["financial", "private_lending", "contract", "bankruptcy", "litigation"]);
const CONTRACT_KIND = /(买卖|借款|租赁|承揽|服务|劳务|劳动|保险|建设工程|施工|运输|技术|委托|赠与|合伙|保证)合同纠纷/;
/** A count of one kind of contract dispute, earlier in the sentence: 审理买卖合同纠纷案件共计448件. */
const CONTRACT_KIND_COUNTED = new RegExp(`${CONTRACT_KIND.source}(案件)?[^，,；;。0-9]{0,6}[0-9]`);
// An instance of one of those kinds said in the sentence (新收一审金融商事案件), by the vocabulary's own words; and the
// enforcement cases of financial disputes, a part of the enforcement cases (845).
const INSTANCE_OF_KIND = new RegExp(`[一二]审[^，,；;。]{0,6}(${CASE_TYPES.filter((c) => NO_INSTANCE_TYPE.has(c.key)).flatMap((c) => c.words).join("|")})|金融执行案件`);
const PART_COUNTS = /^(court\.cases\.(concluded|accepted|new)|court\.sentenced\.persons|procuratorate\.(arrests\.approved|prosecution\.decided|prosecution\.received|duty_crime\.investigated)(_cases)?|procuratorate\.cases\.handled|police\.(criminal_cases\.(solved|filed|occurred)|suspects\.(arrested|punished)))$/;

/** Food, drugs and the environment (and IP) named together: several kinds of crime, no one case type. */
const SEVERAL_FIELDS = /食药环|环食药|食品药品环境|环境食品药品|食品、药品、环境|环境、食品、药品|食品药品、环境/;
const FOREIGN = /涉外|涉港澳台?|涉台/;
const FOREIGN_G = new RegExp(FOREIGN.source, "g");
const WAY_OF_CONCLUDING = /(判决|裁定|驳回|撤诉|速裁|简易程序|普通程序|小额诉讼|其他方式|并案)[^，,；;。]{0,10}(结案|审结|办结)/;

/** One case named with its number or name in quotes, in the clause just before (or opening the figure's own). */
const ONE_CASE_BEFORE = /(侦办|破获|侦破|破获了|侦破了)[^。；;，,]{0,8}[“"][^”"]{1,20}(案[”"]|[”"][^。；;，,]{0,12}(专案|案|系列案))[，,]?[^。；;，,]{0,12}$/;

/** A noun, its first verb and count, then a second verb alone: 其中命案立17起、破17起. */
const SHARED_NOUN = /(命案|[\u4e00-\u9fa5]{1,8}案件?)(立案?|发案|发生|受理|新收)[0-9０-９]+(起|件|宗)[、，,]\s*(破案?|破获|侦破|告破|审结|结案|办结|执结)$/;

/** court of court.cases.concluded. */
const domainOf = (indicator: string) => indicator.slice(0, indicator.indexOf(".") >>> 0);

function withCaseType(rule: IndicatorRule, words: string, input: RuleInput, previous: Dimensions | null, statistic: string, statRule: string): Classified {
  const ind = indicatorOf(rule.indicator)!;
  // A list in one sentence keeps its case type (受理执行案件21750件,已结17619件;
  // 批准逮捕未成年犯罪嫌疑人…,不捕…), within one body's statistics.
  const sameDomain = !!previous && domainOf(previous.indicator) === domainOf(rule.indicator);
  // (Not to a count of 各类 cases: 查办职务犯罪6件8人;共批准逮捕各类刑事犯罪案件57件72人.)
  // (Nor a civil or administrative type to a count of crimes: 审结…民事案件6218件,审结危害食品药品安全犯罪案件8件, 866.)
  // 其中命案立17起、破17起 (918): a kind said once before two verbs' counts is the second's too, carried or not.
  const sharedNoun = !!previous?.caseType && SHARED_NOUN.test(input.sentence.slice(0, input.at ?? 0));
  const inherited =
    previous?.caseType && (CARRY.has(previous.caseType) || sharedNoun) && ind.caseTypes.includes(previous.caseType) && sameDomain && !/各类/.test(words) && !(NOT_CRIMINAL.has(previous.caseType) && /犯罪/.test(words)) &&
    // (…破获食品药品安全犯罪案件1.7万余起,破获刑事犯罪案件1.2万起: an item said 刑事 is all crimes again.)
    !(!BROAD.has(previous.caseType) && /刑事/.test(words)) &&
    // (一审审结公安行政案件1986件,一审审结…民政教育等社会保障类案件2598件: an item with its own verb and a topic of its own no case type names, 799.)
    !(/^court\./.test(rule.indicator) && COURT_TOPIC_PART.test(words) && !caseTypeIn(words.replace(COUNT_VERB, ""), ind.caseTypes))
      ? previous.caseType
      : null;
  // A topic restricts by what it is about (扫黑除恶, 电信网络诈骗), not by a broad type (刑事检察 heads a whole release).
  // 扫黑除恶, 电信网络诈骗 restrict the whole sentence; a crime named in the topic
  // (严重暴力犯罪) only its own clause, and not a count of 各类 cases.
  const sameClause = !!input.topic && !!input.clause && input.clause.includes(input.topic.replace(/[，,\s]+$/, "")) && !/各类/.test(words);
  // (依法严打电信网络诈骗、网络赌博、涉黑涉恶、环食药等领域违法犯罪: a topic of several kinds restricts to none, a30.)
  const several = !!input.topic && severalKinds(input.topic, ind.caseTypes);
  // (…加强社会面治安管控和交通安全管理,…,其中刑事案件(警情)发案数较节前下降47.31%: crime at large said in so many words
  // takes a campaign's kind (扫黑除恶, 电信网络诈骗), not a crime named in the topic, reporter set r147.)
  const atLarge = /刑事案件|刑事发案/.test(words);
  const topicalType = input.topic && !several ? caseTypeIn(input.topic, ind.caseTypes.filter((c) => (CARRY.has(c) || (sameClause && !atLarge && TOPICAL.has(c))) && !BROAD.has(c))) : null;
  // (经过近三年的扫黑除恶专项斗争,…打掉黑社会性质组织12个;…;破获民生侵财类案件1900余起,打掉团伙28个: a part of the
  // sentence after a semicolon that names another kind of crime has left the sentence's topic behind, d13.)
  const segmentStart = topicalType && input.at !== undefined ? Math.max(input.sentence.lastIndexOf("；", input.at), input.sentence.lastIndexOf(";", input.at)) : -1;
  const segmentKinds = segmentStart >= (input.topic?.length ?? 0) ? kindsIn(input.sentence.slice(segmentStart + 1, input.at), ALL_CASE_TYPES) : null;
  // (破获各类刑事案件3714起 names crime at large, no other kind: the topic still holds, d08.)
  // (…全省侦办涉黑案件10起;依法严打各类违法犯罪,破获刑事案件11.08万起: nor one that turns to crime of every kind
  // in a clause before the count's own, 783.)
  const segmentLead = segmentKinds ? input.sentence.slice(segmentStart + 1, input.at).replace(/[^，,]*$/, "") : "";
  const otherKind = (!!segmentKinds && [...segmentKinds].some((k) => !BROAD.has(k)) && !segmentKinds.has(topicalType!)) || /各类[^，,；;。]{0,4}(违法犯罪|刑事犯罪|犯罪)/.test(segmentLead);
  const topical = otherKind ? null : topicalType;
  // (成功攻克57起命案积案: the kind named right after the number is the figure's own, 874.)
  const namedAfter = input.after?.match(/^[^，,；;。、(（]{0,8}(积案|案件|案)/)?.[0];
  // (办理危害公共安全、破坏市场经济秩序等各类犯罪137件: crimes named as examples of 各类 are all crimes, b14.)
  const allCrimes = /等各类(刑事)?犯罪(案件)?$/.test(words) && ind.caseTypes.includes("criminal");
  // (审理执行各类涉京冀案件: 执行 said as a verb beside 审理 is no enforcement case type, c71.)
  // (共收刑事、民商事、行政一审、…、申诉复查等各类案件321146件: kinds listed before 等各类案件 are all the cases, 801.)
  const allCases = /等各类(案件|案)$/.test(words);
  const ownWords = allCrimes ? "criminal" : allCases ? null : caseTypeIn(words.replace(/审理[、和及与]?执行(?!案件)/g, "审理"), ind.caseTypes) ?? (namedAfter ? caseTypeIn(namedAfter, ind.caseTypes) : null);
  // (端掉涉黑、涉恶犯罪团伙5个: the list's first word is the groups' too, both kinds, c19.)
  const own = ownWords === "evil_forces" && ind.caseTypes.includes("gang") && /涉黑[、和及与]涉恶/.test(input.sentence) ? "gang" : ownWords;
  // 全省共起诉涉黑涉恶案件215件…,一审审结162件、二审审结115件: the instance does not override what the list is about.
  // 紧扣扫黑除恶收官目标,起诉241人; 从严从快打击电信网络诈骗…犯罪,审理案件6479件: the head of the
  // figure's own clause (after the last ；) says what it counts, when its words do not.
  // (打掉黑社会组织4个,恶势力犯罪集团8个,一般犯罪团伙31个: 一般 sets a group apart from the list's kind, b19.)
  // (二、未成年人检察主要办案数据 over 审查逮捕受理10人: a section's heading restricts its figures as a topic does, b51.)
  // (Only a section's heading, numbered or naming work (…工作, …数据), not a highlight line that is itself a figure.)
  const section = !!input.heading && (/^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|[0-9]+[.、])/.test(input.heading) || /(工作|情况|数据)$/.test(input.heading)) && !/[0-9０-９%]/.test(input.heading.replace(/^\s*[0-9]+[.、]/, ""));
  const headed = !own && section && !severalKinds(input.heading!, ind.caseTypes) ? caseTypeIn(input.heading!, ind.caseTypes.filter((c) => CARRY.has(c) && !BROAD.has(c))) : null;
  // (…涉恶犯罪集团48个、其他犯罪团伙428个: the others are none of the list's kind, d15.)
  const carried = /(一般|其他|其它)(刑事)?(违法)?(犯罪)?(团伙|集团|案件)/.test(words)
    ? null
    : // (共打掉恶势力犯罪团伙4个,刑事案件发案数连续三年下降: crime at large is of no kind the clause's head names, reporter set r24.)
      inherited ?? topical ?? (own || several || /刑事案件|刑事发案/.test(words) || (input.clause && severalKinds(input.clause, ind.caseTypes)) ? null : clauseTopicOf(input.clause, ind.caseTypes)) ?? headed;
  // A part no key names (decision 50): other, remembering the whole's indicator.
  const asPart = (why: string) => part(statistic, `${statRule}/${rule.id}:${why}`, rule.indicator);
  // 审结涉外知识产权案件2268件, 涉港澳知识产权案件840件: a kind of case that is also foreign is a part of both, a part no key
  // names (109; decision 50). (涉外民商事, 涉外刑事: foreign cases of a broad type are the foreign cases.)
  if (ind.caseTypes.includes("foreign") && FOREIGN.test(words)) {
    const rest = kindsIn(words.replace(FOREIGN_G, "#"), ind.caseTypes);
    if ([...rest].some((k) => !BROAD.has(k) && k !== "foreign" && k !== "hk_macao_taiwan")) return asPart("foreign-kind");
  }
  // 共化解婚姻家庭纠纷13414起、邻里纠纷17521起: disputes of one kind are a part of those mediated, no key (c84, b09,
  // reporter set r126; decision 50); 医疗纠纷 has a case type, and 矛盾纠纷, 民间纠纷 are all of them.
  if (/^(justice\.mediation\.(disputes|successful)|plac\.disputes\.resolved)$/.test(rule.indicator) && statistic === "value") {
    const kind = words.match(/([\u4e00-\u9fa5、]{2,10})纠纷(案件)?$/)?.[1] ?? "";
    if (kind && !/(矛盾|各类|各种|民间|社会|一般|疑难|重大|复杂|突出|信访|排查|化解|调解|调处|受理|群众|相关|上述|此类|各项)$|^(矛盾|各类)/.test(kind) && !caseTypeIn(words, ind.caseTypes)) return asPart("dispute-kind");
  }
  // 判决结案1163件, 撤诉及按撤诉处理结案346件, 速裁结案12045件, 适用简易程序和速裁程序结案的1628件: the cases concluded
  // one way or by one procedure are a part no key names (826, 004, c93; decision 50); 调解 and 调撤 have their own key (decision 55).
  if (rule.indicator === "court.cases.concluded" && WAY_OF_CONCLUDING.test(words) && !/调解|调撤/.test(words)) return asPart("way-of-concluding");
  // 制定侵犯商业秘密刑事案件证据指引,依法办理相关案件328件 (c92); 聚焦…红色资源系列保护,办理相关案件20件 (d32): the cases
  // of a topic no case type names are a part of the body's cases (decision 50); of a topic that names one, that kind.
  if (statistic === "value" && !own && !carried && !!input.topic && input.topic.replace(/[0-9０-９]{4}年(度)?|今年|去年|以来|全年|上半年|下半年|[，,、\s]/g, "").length >= 4 && /(办理|审结|审理|办结)相关(案件|犯罪)$/.test(words) && /^(procuratorate|court)\./.test(rule.indicator)) return asPart("related-to-topic");
  // 预计全年新收案件将达近56万件, 2018年该院受案或将超过5500件: a forecast is no figure reported, whatever it counts (a55, 807).
  if (/预计|或将|有望/.test(words)) return other(statistic, `${statRule}/${rule.id}:forecast`);
  // 共排查化解纠纷12196起,化解12008起: the disputes found, when the count resolved follows, are not resolved ones (c56, 904).
  if (rule.indicator === "plac.disputes.resolved" && statistic === "value" && /排查/.test(words) && input.at !== undefined && /^[0-9０-９.,万余多]+\s*[件起宗个]?[^，,；;。]{0,2}[，,、]\s*(成功|已|共)?化解(成功)?[0-9０-９]/.test(input.sentence.slice(input.at))) {
    return other(statistic, `${statRule}/${rule.id}:found`);
  }
  // 侦办走私犯罪案件4600余起: cases of one crime the vocabulary has no case type for are a part
  // of the cases solved, not all of them; without a key they are other (a headline read them as the total).
  // (…also said without 案件: 破获长江水域突出违法犯罪6700余起, a33; decision 50.)
  // (…and 侦办各类走私犯罪案件5719起: all of one kind is still a part of all crimes, a33.)
  // (…and the cases named after the number: 破获21起偷渡违法犯罪案件, 869; 破获5起地下钱庄案件, c87.)
  const solvedWords = /(侦办|破获|侦破)(了)?$/.test(words) && namedAfter && /案件$/.test(namedAfter) ? words + namedAfter : words;
  if (rule.indicator === "police.criminal_cases.solved" && !own && !carried && /(侦办|破获|侦破)[\u4e00-\u9fa5]{2,12}犯罪(案件)?$/.test(solvedWords) && !/(侦办|破获|侦破)(各类)?(刑事|违法犯罪|犯罪|一批|现行)/.test(solvedWords)) {
    return asPart("unkeyed-crime");
  }
  // 起诉破坏金融管理秩序犯罪458人, 起诉制假售假等犯罪嫌疑人508人, 审结职务侵占犯罪20件: the arrests, prosecutions and
  // judgments of a crime no case type names are a part of the body's whole, as the police's are (c92, c55, b47; decision 50).
  if (/^(procuratorate\.(arrests\.approved|prosecution\.decided)(_cases)?|court\.cases\.concluded|court\.sentenced\.persons)$/.test(rule.indicator) && !own && !carried && statistic === "value") {
    const crime = words.match(/(起诉|提起公诉|批准逮捕|批捕|审结|判处)(了)?([\u4e00-\u9fa5、“”"]{2,16}?)(犯罪|罪)(案件|嫌疑人|犯罪嫌疑人|被告人|罪犯)?$/)?.[3];
    if (crime && !/^(各类|各种|全部|所有|刑事|一般|普通|严重|重大|涉嫌|上述|此类|该类|其他|其它|相关|现行|违法|新型|多发性?|[“"”]|、)+$/.test(crime) && !/各类|上述|此类/.test(crime)) return asPart("unkeyed-crime");
  }
  // 共破获寻衅滋事案件2.9万起: cases of one offence no case type names are a part too (decision 50).
  // (…and one offence said with the words that weigh it: 破获重大地下钱庄案件5起, c87; not 破获重大案件 or 重特大刑事案件.)
  const offence = solvedWords.replace(/(侦办|破获|侦破)(了)?(重大|大要|重特大|特大|系列|串并)+(?=[\u4e00-\u9fa5“”"]{2,10}案件$)/, "$1");
  if (rule.indicator === "police.criminal_cases.solved" && !own && !carried && statistic === "value" && /(侦办|破获|侦破)(了)?[\u4e00-\u9fa5“”"]{2,10}案件$/.test(offence) && !/(侦办|破获|侦破)(了)?[^，,；;。]*(各类|各种|刑事|违法犯罪|犯罪|一批|一大批|现行|现案|积案|陈年|历年|年内|重大|大要|重特大|特大|系列|串并|相关|涉案|其他|此类|该类|上述|外省|外地|本地|跨省|跨区域)[^，,；;。]*案件$|(侦办|破获|侦破)(了)?案件$/.test(offence)) {
    return asPart("unkeyed-offence");
  }
  // 破获拐卖儿童积案31起; 先后侦破15起部省督办案件; 破获1起公安部目标案件: the cold cases of one crime, and the cases
  // a ministry supervises or targets, are a part of the cases solved (917, 942, a37; decision 50).
  if (rule.indicator === "police.criminal_cases.solved" && !own && !carried && statistic === "value" &&
    (/(侦办|破获|侦破)(了)?[\u4e00-\u9fa5“”"]{2,8}积案$/.test(words) && !/(侦办|破获|侦破)(了)?(各类|历年|陈年|一批|重大|刑事|现行|命案)[\u4e00-\u9fa5]{0,4}积案$/.test(words) ||
     /(督办|目标|挂牌|指定)(案件|案)$/.test(words + (input.after?.match(/^[\u4e00-\u9fa5]{0,12}?(督办|目标|挂牌)(案件|案)/)?.[0] ?? "")))) {
    return asPart("kind-of-cases");
  }
  // 集中打击整治“飙车炸街”违法犯罪行为,破获违法犯罪案件9.1万起: the cases of an offence the clause before names,
  // in quotes after 打击整治, are a part (a33; decision 50), not a campaign's (开展“雷霆”专项行动,破获…) whole.
  if (rule.indicator === "police.criminal_cases.solved" && !own && !carried && /(打击|整治)[^，,；;。]{0,4}[“"][^”"]{2,8}[”"](违法犯罪|犯罪|问题)(行为)?[，,]\s*$/.test(input.topic ?? "")) return asPart("quoted-offence");
  // …,抓获犯罪嫌疑人3293人 after cases that are a part (侦办食药环知森领域刑事案件2596起): the suspects of that part (874, b54; decision 50).
  if (rule.indicator === "police.suspects.arrested" && !own && !carried && statistic === "value" && input.afterPart && CAUGHT_ALONE.test(words)) return asPart("part-suspects");
  // 251家律师事务所建立独立党组织, 8个律师事务所免费代写法律文书, 与3家律师事务所签订了法律顾问聘用合同: the firms that did
  // something are a part of the firms, no key (d05, d59, 986, c49; decision 52).
  if (rule.indicator === "justice.law_firms" && /(律师事务所|律所)[^，,；;。]{0,4}(建立|成立|设立|签订|开展|参与|提供|免费|代写|获|被|承接|加入)|^与[^，,；;。]{0,6}(律师事务所|律所)/.test(words)) return other(statistic, `${statRule}/${rule.id}:firms-that-did`);
  // …侦办涉江违法犯罪案件1429起,…打掉犯罪团伙127个; 重拳打击…文物犯罪,先后破获案件40余起,打掉团伙18个: the gangs of such a part too (a83, c32, d63; decision 50).
  if (rule.indicator === "police.gangs.destroyed" && !own && !carried && statistic === "value" && input.afterPart && /^[，,、]?\s*(共|累计|先后|并)?(打掉|摧毁|捣毁|端掉)(犯罪|违法犯罪)?团伙$/.test(words)) return asPart("part-gangs");
  // 成功破获“4.01特大婚恋交友诈骗”案,抓获违法犯罪嫌疑人510名 (d04); 侦办“11·07专案”抓获嫌疑人280人 (b05): the suspects of one
  // case named before them in their clause or the one before are a part of the suspects caught (decision 50).
  if (rule.indicator === "police.suspects.arrested" && statistic === "value" && CAUGHT_ALONE.test(words.replace(/^(侦办|破获|侦破)?[“"][^”"]{1,20}[”"](专案|案|系列案)?/, "")) && ONE_CASE_BEFORE.test(input.sentence.slice(0, input.at ?? 0))) return asPart("suspects-of-one-case");
  // 打架斗殴类、纠纷类警情环比分别下降; 接交通事故警情3256起: the calls of one kind are a part no key names (decision 50);
  // their shares of all calls (纠纷类警情约占17%) are still shares of the calls received (803).
  if (rule.id === "police.calls.received:kinds" && statistic !== "share" && /((?<!各)类|打架|斗殴|纠纷|交通事故|求助|火灾)[^，,；;。、]{0,4}警情/.test(words)) return asPart("kind-of-calls");
  // (…and 其中无效警情880万余起, 处警12万余起, 处置各类有效警情304万起: calls that were or were not real, or answered by a patrol, 705, 803, d40; decision 52.)
  if (rule.indicator === "police.calls.received" && statistic === "value" && /无效|有效|(?<!接)处警|报警类/.test(words)) return asPart("kind-of-answer");
  // 新收一审金融商事案件479986件, 审结买卖合同纠纷案件100481件: an instance of a kind that has no instance type of its own, and a
  // kind of contract dispute, are parts no key names (decision 59; 845, 813), not the kind's whole.
  // (…and an instance said after the kind: 受理金融商事案件1922件,审结1760件。其中,一审案件审结574件, c27.)
  const kind = [own, carried, sameDomain ? previous?.caseType : null].find((k) => !!k && NO_INSTANCE_TYPE.has(k));
  if ((PART_COUNTS.test(rule.indicator) || rule.indicator === "court.cases.amount_in_dispute") && kind && (/[一二]审|再审/.test(words) || (kind === "contract" && CONTRACT_KIND.test(words)))) return asPart("part-of-kind");
  // 审理买卖合同纠纷案件共计448件,其中2021年旧存38件,2022年新收410件,审结447件,结案率达99.77%,平均审理天数36.67天: what is said
  // after a count of one kind of contract dispute, with no kind of its own, is of that part too (d91; decisions 59, 50).
  if (/^court\.cases\./.test(rule.indicator) && !own && (!carried || carried === "contract") && input.at !== undefined && CONTRACT_KIND_COUNTED.test(input.sentence.slice(0, input.at)) && !CONTRACT_KIND.test(words)) return asPart("after-contract-kind");
  // (新收金融执行案件233548件: the enforcement cases of financial disputes, a part of the enforcement cases, 845.)
  if (PART_COUNTS.test(rule.indicator) && statistic === "value" && /金融执行案件/.test(words)) return asPart("part-of-kind");
  // …审结一审金融商事案件139078件,涉案标的额1445.32亿元;2022年新收170999件: a count said with its verb alone, after a count of
  // cases that was a part no key names, is of the same part (845; decisions 50, 59).
  // (Only after an instance of such a kind: not after a list of examples, 新收各类民事、行政…等案件2922件,…,审结1909件, d02.)
  if (/^court\.cases\.(concluded|accepted|new)$/.test(rule.indicator) && statistic === "value" && input.afterPart && !own && /^([0-9]{4}年)?(截[至止][0-9]{1,2}月[0-9]{1,2}日)?(共)?(新收|审结|受理|结案|收案|执结)$/.test(words) &&
    INSTANCE_OF_KIND.test(input.sentence.slice(0, input.at ?? input.sentence.length))) return asPart("after-part");
  // 侦办食药环知森领域刑事案件100起: food, drugs, environment, IP and forests together, several kinds (874, b54; decision 50).
  // (…and said in another order or in full: 环食药领域刑事案件破案数, 破获环境食品药品领域刑事案件1100余起, 查处食品、药品、环境和知识产权
  // 犯罪案件370起; or in the clause's head: 全链条打击“食药环”领域违法犯罪,全年破案数、抓获数同比分别上升22.7%、20.1%, 869, b93, c28, a79;
  // not crime at large said after a head that lists them among others: …环食药等领域违法犯罪,破获刑事案件5.3万起, a30.)
  if (PART_COUNTS.test(rule.indicator) && (SEVERAL_FIELDS.test(words) || (!own && !carried && SEVERAL_FIELDS.test(input.clause ?? "") && !/刑事案件|各类/.test(words)))) return asPart("several-kinds");
  // 审结涉外、涉港澳台案件752件: two kinds named side by side, with no group after 等, are counted together: a part no key names (c06, b77).
  if (PART_COUNTS.test(rule.indicator) && statistic === "value" && own && !/等/.test(words) && /^涉[\u4e00-\u9fa5]{1,4}、涉[\u4e00-\u9fa5]{1,6}(案件|犯罪|纠纷)/.test(words.replace(COUNT_VERB, "")) && severalKinds(words, ind.caseTypes)) return asPart("two-kinds");
  // 起诉寄递毒品和枪支弹药爆炸物犯罪68人: two kinds joined by 和 or 及, with no group after 等, are counted together too (209).
  if (PART_COUNTS.test(rule.indicator) && statistic === "value" && own && !/等|各类|全部|所有/.test(words)) {
    const joined = words.replace(COUNT_VERB, "").match(/^([\u4e00-\u9fa5“”"]{2,12})(和|及|以及|与)([\u4e00-\u9fa5“”"]{2,14})(案件|犯罪|纠纷)/);
    const left = joined ? caseTypeIn(joined[1], ind.caseTypes) : null;
    const right = joined ? caseTypeIn(joined[3], ind.caseTypes) : null;
    if (left && right && left !== right && !BROAD.has(left) && !BROAD.has(right) && ![left, right].includes("gang_protection")) return asPart("joined-kinds");
  }
  // 利用天网工程视频监控系统破案5325起; 通过快速处置抓获违法犯罪嫌疑人2000余名; 破现案814起, 侦破现行案件1088起:
  // the cases solved or suspects caught by one means, or the current cases alone, are a part of the whole (605, 803,
  // b58, 608, a43; decision 50); their clearance rate (现案破案率) is still the rate.
  if (/^police\./.test(rule.indicator) && PART_COUNTS.test(rule.indicator) && /(利用|通过|依托|借助|运用)[^，,；;。]{1,16}(破案|破获|侦破|抓获|立案)[^，,；;。]{0,12}$|(破|立|侦破|破获)现案[^，,；;。]{0,6}$|现行案件$/.test(words)) return asPart("by-means");
  // 审结危险驾驶、寻衅滋事等案件1379件; 审结故意伤害、“两抢一盗”、强奸等案件94件: a list of examples with no group after
  // 等 that a case type names is a part of the whole no key names (decision 50; 900, d22).
  if (PART_COUNTS.test(rule.indicator) && statistic === "value" && !carried) {
    const examples = words.match(/[\u4e00-\u9fa5“”"]{2,}、[^，,；;。]{2,}等([^，,；;。等]{0,12}?)(案件|犯罪|纠纷)$/);
    // (Examples of one kind keep it: 养老诈骗、…等案件, 滥用职权、玩忽职守等渎职犯罪.)
    // (…nor the examples of the very crime the indicator counts: 立案侦查贪污贿赂、渎职侵权等职务犯罪案件, decision 66.)
    const ownCrime = /^procuratorate\.duty_crime\./.test(rule.indicator) && caseTypeIn(`${examples?.[1] ?? ""}犯罪`, ALL_CASE_TYPES) === "duty_crime";
    if (examples && !ownCrime && !/各类|全部|所有/.test(examples[1]) && !caseTypeIn(examples[1], ind.caseTypes) && (!caseTypeIn(words, ind.caseTypes) || severalKinds(words, ind.caseTypes))) return asPart("examples");
  }
  // 破万元以上诈骗案件538起, 破5万元以上诈骗案件223起: the cases above a sum are a part by size no key names (d82; decision 52).
  if (PART_COUNTS.test(rule.indicator) && statistic === "value" && ABOVE_A_SUM.test(words)) return asPart("by-size");
  // 其中法定不起诉0人,犯罪情节轻微不起诉65人,证据不足不起诉5人; 附条件不起诉27件: non-prosecutions of one legal ground are parts
  // no key names (a19, 932, b08; decision 52). (Not the whole that says it includes one: 决定不起诉(含附条件不起诉)48件55人, 604.)
  if (/^procuratorate\.prosecution\.not_prosecuted(_cases)?$/.test(rule.indicator) && statistic === "value" && /(法定|相对|酌定|存疑|情节轻微|证据不足|附条件|不构成犯罪|刑事和解后?|绝对)[^，,；;。]{0,4}不起诉|不起诉[^，,；;。]{0,2}(法定|相对|酌定|存疑)/.test(words.replace(/[(（]含[^)）]*[)）]/g, ""))) return asPart("kind-of-non-prosecution");
  // (…and so non-arrests of one ground: 其中无社会危险性不捕20人,证据不足不捕8人.)
  if (/^procuratorate\.arrests\.not_approved(_cases)?$/.test(rule.indicator) && statistic === "value" && /(无社会危险性|无逮捕必要|证据不足|不构成犯罪|存疑|绝对|相对)[^，,；;。]{0,4}(不批准逮捕|不予逮捕|不批捕|不捕)/.test(words.replace(/[(（]含[^)）]*[)）]/g, ""))) return asPart("kind-of-non-arrest");
  // 村(居)民调委会972个、乡镇(街道)调委会49个, 规范化调委会2180个, 行业性专业性调解组织214个: committees of a level or kind are
  // parts no key names (405, 910, 996, 404; decision 52); all the committees (各类人民调解组织, 人民调解委员会1127个) are the whole.
  if (rule.indicator === "justice.mediation.committees" && statistic === "value" && /(村|居|乡镇|镇|街道|社区|企事业|企业|单位|行业性|专业性|规范化|个人|品牌|交通事故|医疗|医患|劳动|物业|婚姻|律师|其他|其它)[^，,；;。]{0,10}(调委会|调解委员会|调解组织|调解工作室|调解室)/.test(words) && !/各类|全部|所有/.test(words)) return asPart("kind-of-committees");
  // 30岁以下的律师, 律师11人至20人(含)的律师事务所, 百人以上律师事务所, 三级律师, 专职人民调解员, 一级…人民调解员: lawyers,
  // firms and mediators of an age, size, grade or kind are parts no key names (844, 950, a40, a76, 720, c84; decision 52).
  if (/^justice\.(lawyers\.count|law_firms|mediation\.(mediators|committees))$/.test(rule.indicator) && statistic === "value" &&
    /[0-9０-９一二三四五六七八九十]+岁|岁(以下|以上|及以下|及以上)|[0-9０-９]+人\s*[(（]?含?[)）]?\s*(以下|以上|至)|百人以上|[一二三四]级|助理律师|(?<!兼)专职(?!兼)|(?<!专)兼职|军队|公司律师|公职律师|法律援助律师/.test(words)) return asPart("kind-of-staff");
  // 给予党纪政务处分775人、组织处理646人, 移送司法68人, 查处厅级“保护伞”7人: the officials by what was done to them or by rank are
  // parts of those dealt with (a93, c21, d08; decision 52).
  // (Only after the count they are part of: 累计处理1421人,其中…; 立案16件16人,给予…处分13人.)
  if (rule.indicator === "plac.anti_gang.officials" && statistic === "value" && /处分|移送司法|组织处理|开除|投案|自首|厅级|处级|科级|村[“"]?两委/.test(words) && /(立案|处理|查处)[^。；;]{0,30}[0-9０-９]+(人|名)/.test(input.sentence.slice(0, input.at ?? 0))) return asPart("officials-by-outcome");
  // 办理安全生产领域公益诉讼案件196件, 国有财产保护、国有土地使用权出让领域公益诉讼435件: public-interest cases of a field
  // no case type of the key names are a part (209, 603, 830; decisions 52, 56).
  if (/^procuratorate\.public_interest\./.test(rule.indicator) && statistic === "value" && !own && !carried && /[\u4e00-\u9fa5]{2,}领域[^，,；;。]{0,8}公益诉讼/.test(words)) return asPart("field");
  // 办理民事执行监督案件49件, 受理民事审判活动监督案件6148件, 行政非诉执行专项监督,办理案件287件: a procuratorate's cases of one
  // line of supervision are a part of all it handled (981, 855, 823; decision 52).
  if (rule.indicator === "procuratorate.cases.handled" && statistic === "value" && /(民事|行政)(审判|执行|非诉执行|生效裁判)[^，,；;。]{0,8}监督/.test(words + (input.clause ?? ""))) return asPart("line-of-work");
  // 办理农民工法律援助案件128件, 其中欠薪类法律援助案件9000餘件, 为脱贫对象办理法律援助案件172件: legal aid for one group of
  // recipients, or one kind of dispute, is a part no key names (d53, 944, c48, c63, c95, a78; decision 52). By case kind
  // (刑事、民事法律援助案件) it is the case type's.
  if (rule.indicator === "justice.legal_aid.cases" && statistic === "value" && /(农民工|农民|涉农|欠薪|讨薪|劳动争议|脱贫|贫困|信访|交办|残疾|老年|妇女|军人|退役)[^，,；;。0-9]{0,10}法律援助/.test(words)) return asPart("recipients");
  // Parts no key names by age: 1年以上长期未结案件0件, 其中3年以上未结案件1件 (938; decision 52).
  if (rule.indicator === "court.cases.pending" && /[0-9一二三四五六七八九十两半]+(个月|年)以上/.test(words)) return asPart("by-age");
  // A court's total split into suits with enforcement and the rest (decision 53): 其中受理诉讼执行案件156455件…;受理非诉案件2731件
  // (892): after 其中, or after the suits in a sentence that names 非诉, each side is a part. (Suits alone, 其中诉讼案件结案1127件,
  // are the case type litigation: decision 60.)
  const suitsAt = input.sentence.indexOf("诉讼执行案件");
  if (/^court\.cases\./.test(rule.indicator) &&
    (/^(其中)?(受理|新收|审结|办结|审执结)?(诉讼执行|非诉)案件/.test(words.replace(/^[，,\s]*/, "")) && /其中|非诉/.test(words) ||
      (suitsAt >= 0 && /非诉/.test(input.sentence) && (input.at ?? 0) > suitsAt))) return asPart("litigation-split");
  // 劳动争议案件共计收案2403件: a court's labour disputes are a part no case type names (826; decision 54).
  if (/^court\.cases\./.test(rule.indicator) && /劳动争议|劳动人事争议/.test(words)) return asPart("labour");
  // 调解结案211件,撤诉97件,调撤率为70%: mediation and withdrawal said apart, beside their total or rate, are parts (807, 826; decision 55).
  if (rule.indicator === "court.cases.mediated_or_withdrawn" && !/调撤|调解撤诉|调解或撤诉/.test(words) && (/调撤率|调撤案件/.test(input.sentence) || (/调解结案/.test(input.sentence) && /撤诉/.test(input.sentence)))) return asPart("mediation-or-withdrawal");
  // 起诉侵害在校学生的暴力犯罪1万余人; 对“盗抢骗”等多发性侵财犯罪批捕763人: the procuratorate's arrests or
  // prosecutions of a group of crimes no case type of the indicator names are a part of its whole (decision 50).
  if (/^procuratorate\.(arrests\.approved|prosecution\.decided)(_cases)?$/.test(rule.indicator) && !own && !carried && /[\u4e00-\u9fa5”"]{2,}犯罪(案件)?(批准和决定逮捕|批准逮捕|决定逮捕|批捕|逮捕|决定起诉|提起公诉|起诉)?$/.test(words) && !/(各类|刑事|全部|所有|一批|普通)(犯罪)?(案件)?(批准和决定逮捕|批准逮捕|决定逮捕|批捕|逮捕|决定起诉|提起公诉|起诉)?$|犯罪嫌疑人/.test(words)) {
    return asPart("unkeyed-crime");
  }
  // 严厉打击危害国家安全、政治安全和邪教活动等犯罪,起诉21人; 从严打击盗抢骗、黄赌毒犯罪,起诉67人: the arrests
  // and prosecutions of a group of crimes the clause's head names, with no case type or several, are a part too
  // (982, 974, 957; decision 50); not those after all crimes (依法严厉打击严重刑事犯罪,批捕…).
  // (…and the police's: 强力打击欺诈骗保犯罪,破获案件540余起,抓获犯罪嫌疑人570名, b65; 重拳打击…等文物犯罪,先后破获案件40余起, c32.)
  if (((/^procuratorate\.(arrests\.approved|prosecution\.decided)(_cases)?$/.test(rule.indicator) && /^(共|累计|依法)?(批准和决定逮捕|批准逮捕|决定逮捕|批捕|逮捕|决定起诉|提起公诉|起诉)$/.test(words)) ||
      (/^police\.(criminal_cases\.solved|suspects\.arrested)$/.test(rule.indicator) && (/^[，,、]?\s*(共|累计|先后|依法)?(破获|侦破|侦办|查破|破)(案件)?$|^[，,、]?\s*(共|累计|先后|依法)?破案$/.test(words) || CAUGHT_ALONE.test(words)))) &&
    !own && statistic === "value") {
    const TOPIC_CRIME = /(打击|惩治|严惩|惩处|整治)([^，,；;。]{2,48}?)(犯罪|案件)(活动|行为|专项工作|专项行动|专项活动)?[，,]/;
    // (…or the words since the clause's last number, when an earlier figure stands before the topic:
    // 制定落实20项措施…,组织开展打击防范文物犯罪专项工作,起诉230人, c92.)
    const since = (input.clause ?? "").replace(/^[^]*[0-9０-９]/, "");
    const head = TOPIC_CRIME.test(clauseHead(input.clause)) ? clauseHead(input.clause) : since;
    const said = head.match(TOPIC_CRIME);
    const group = said ? said[2] + said[3] : "";
    // (A group named after 等 is what the examples are: 故意杀人、抢劫等严重刑事犯罪 is crime at large, …等严重暴力犯罪 violent;
    // a kind the vocabulary has, for any indicator (涉疫犯罪), is read as the kind, not as a part.)
    const named = group.slice(group.lastIndexOf("等") + 1);
    const namedWords = named.replace(/(犯罪|案件)$/, "");
    const generic = /各类/.test(head) || (namedWords !== "" && GENERIC_CRIME.test(namedWords)) || (named !== group && !BROAD.has(caseTypeIn(named, ALL_CASE_TYPES) ?? "criminal"));
    if (group && !generic && (kindsIn(group, ALL_CASE_TYPES).size >= 2 || !caseTypeIn(group, ALL_CASE_TYPES))) return asPart("unkeyed-topic-crime");
  }
  // 严惩重大责任事故、危险驾驶等危害公共安全行为,审结相关案件1.95万件: the cases of a topic whose examples stand
  // under a group no case type names are a part too (d10; decision 50), whatever kind one example is.
  if (/^court\.cases\.(concluded|accepted|new)$/.test(rule.indicator) && !own && statistic === "value" && /(审结|审理|受理|办结|审执结)(了)?(相关|此类|该类|这类|上述)(各类)?(案件|犯罪案件)$/.test(words)) {
    const group = (input.topic ?? "").match(/([^，,；;。]*、[^，,；;。]*)等([^，,；;。等]{1,16})[，,]?\s*$/);
    // (Not examples under crime at large, 侵害企业权益、诋毁企业信誉等犯罪: their own kind holds, 813.)
    const named = group?.[2].replace(/(违法犯罪|犯罪|案件|行为|活动)+$/, "") ?? "";
    if (group && named !== "" && !GENERIC_CRIME.test(named) && !caseTypeIn(group[2], ind.caseTypes)) return asPart("unkeyed-topic-group");
  }
  // 判处五年以下有期徒刑541913人: the persons of one band of sentences are a part of those sentenced (d18; decision 50);
  // the heavy band (五年以上…至死刑) has its own key.
  // (Not 判处159名罪犯有期徒刑: the band said after the number is what all of them got, 871.)
  if (rule.indicator === "court.sentenced.persons" && statistic === "value" && /判处[^，,；;。0-9]{0,12}(有期徒刑|拘役|管制|死刑|无期徒刑|罚金|缓刑)[^，,；;。0-9]{0,6}$/.test(input.sentence.slice(0, input.at ?? 0))) return asPart("sentence-band");
  // 审结涉房地产、物业纠纷案件2297件; 审结涉农纠纷案件58件: cases of one topic the vocabulary has no case type
  // for are a part of the cases concluded, not all of them: other (a65, a75, a39), as the police's unkeyed crimes are;
  // 各类 before such a topic (审结各类涉农案件1654件, b97; 受理各类金融案件421841件, reporter set r285) counts all of
  // that topic, still a part.
  if (/^court\.cases\.(concluded|accepted|new)$/.test(rule.indicator) && !own && !carried && input.kind === "cases" && statistic === "value" && COURT_TOPIC_PART.test(words) && !/(各类|全部|所有)(?!涉|金融|证券|期货|海事|海商)/.test(words)) {
    return asPart("unkeyed-topic");
  }
  // 全省法院金融案件一审收案总数116.79万件: the kind the courts name but no case type covers, said before the verb (d27).
  if (/^court\.cases\.(concluded|accepted|new)$/.test(rule.indicator) && !carried && statistic === "value" && (!own || own === "second_instance" || /一审/.test(words)) && /(金融|证券|期货|海事|海商)(类)?案件[^，,；;。]{0,8}(收案|结案|受理|审结|新收|办结)/.test(words)) {
    return asPart("unkeyed-kind-before-verb");
  }
  // 审理跨境赌博案件27件, 审理借款、保险、票据等案件6.09万件: cases the words right before 案件 set apart
  // from the rest, by a kind no case type names, are a part of the courts' count too (decision 50).
  // (Not the words of a count of all: 各类案件, 诉讼案件, 新收案件, 一审案件, 非诉案件, nor a second verb: 受理和审结各类案件.)
  const qualified = words.match(/(?:审结|受理|新收|办结|审理|结案|收案|执结)(?:了|共)?([\u4e00-\u9fa5“”"、]{2,14})(?:案件|案)$/)?.[1];
  // (执结涉农民工工资案件6400余件: enforcement said only by its verb, of cases set apart, d10.)
  const byVerbOnly = own === "enforcement" && !!qualified && /执结/.test(words) && !caseTypeIn(qualified, ind.caseTypes);
  if (/^court\.cases\.(concluded|accepted|new)$/.test(rule.indicator) && (!own || byVerbOnly) && !carried && input.kind === "cases" && statistic === "value" && qualified && !/^(各|全部|所有|诉讼|审判|审执|新收|新|旧存|存量|积存|未结|已结|一审|二审|再审|普通|一般|相关|全市|全省|全县|全区|本院|该院)/.test(qualified) && !/^[\u4e00-\u9fa5]{0,4}(法院|院)$|各类|非诉|审|结/.test(qualified)) {
    return asPart("unkeyed-qualifier");
  }
  // 审结故意伤害、强奸、两抢一盗等犯罪案件160件; 审结教育、医疗、劳动争议等案件1489件: kinds named as
  // examples of a group with no key are a part too, whatever 犯罪 says of them (b25).
  // 审结医保骗保犯罪案件30件; 审结故意伤害、两抢一盗、强奸、涉赌、涉毒等…犯罪案件261件: a crime or crimes no
  // case type names are a part of the whole, other (decision 50), not all crimes (as 877's first reading had them).
  const afterVerb = words.replace(COUNT_VERB, "");
  if (own === "criminal" && !carried && statistic === "value" && !/刑事|各类|全部|所有/.test(words) && /[\u4e00-\u9fa5“”"、]{2,}(的)?(犯罪|罪)(案件|案)?$/.test(afterVerb)) {
    return asPart("unkeyed-group");
  }
  // 审结涉城市更新行政诉讼案件849件: civil or administrative cases of a topic no case type names are a part (912; decision 50).
  const topicOfBranch = (own === "administrative" || own === "civil" || own === "civil_commercial") && !carried && statistic === "value" ? afterVerb.match(/^涉([\u4e00-\u9fa5]{2,8}?)(行政诉讼|行政|民事|民商事)(纠纷)?(案件|案)$/) : null;
  if (topicOfBranch && !caseTypeIn(`涉${topicOfBranch[1]}`, ALL_CASE_TYPES)) return asPart("topic-of-branch");
  // 起诉故意杀人、故意伤害、强奸等侵犯公民人身权犯罪182人; 审结危险驾驶、寻衅滋事等案件1379件: examples of
  // several kinds, or of kinds no case type names, under a group no case type names, are a part no key
  // names, whoever counts them (decision 50). A group named after 等 (…等侵财犯罪, …等严重暴力犯罪) keeps its type.
  // (The label stops at 、; the examples are read back from the whole phrase: 依法打击危险驾驶、交通肇事等危害公共安全犯罪723件, c02.)
  const examplesSaid = input.phrase && input.phrase.length > words.length && input.phrase.endsWith(words) ? input.phrase : words;
  const listed = PART_COUNTS.test(rule.indicator) && statistic === "value" && !SAID_OF_ALL.test(examplesSaid) ? examplesSaid.match(/([^，,；;。]*、[^，,；;。]*)等([^，,；;。等]{0,16})$/) : null;
  // (The group's words without 违法 or 案件 too: 涉疫情违法犯罪 is 涉疫情犯罪, c99.)
  const group = listed ? listed[2].replace(/^的/, "").replace(/(违法犯罪|犯罪|案件|行为|活动|罪)+$/, "").replace(/^[“"]|[”"]$/g, "") : "";
  if (listed && !caseTypeIn(listed[2], ind.caseTypes) && !caseTypeIn(group + "犯罪", ind.caseTypes) && !/贪污、(贿赂|受贿)|有毒、有害/.test(listed[1])) {
    const items = listed[1].replace(COUNT_VERB, "").split(/、|和|及/).filter((x) => x.trim());
    // 批准逮捕故意杀人、放火、爆炸、强奸、绑架等犯罪嫌疑人25769人: examples that are all among the eight serious violent
    // crimes, under no group of their own, are violent crime (decision 63; d24, a99, 812).
    if (ind.caseTypes.includes("violent") && items.length >= 2 && items.every((x) => EIGHT_VIOLENT.test(x.replace(/^[涉“"\s]+|[”"\s]+$/g, "").replace(/(犯罪|罪|案件|案)$/, ""))) && /^(的)?(犯罪|刑事犯罪|案件|犯罪案件|刑事案件|犯罪嫌疑人|嫌疑人|罪犯|被告人)?$/.test(listed[2].trim())) {
      return named(rule.indicator, "violent", statistic, `${statRule}/${rule.id}:eight-violent`);
    }
    // 依法打击危险驾驶、交通肇事等危害公共安全犯罪723件; 严惩故意伤害、寻衅滋事、毒品犯罪等危害社会治安犯罪245件: what is
    // counted is the group named after 等, whatever kind its examples are; a group no case type names is a part (decision 50).
    if (group.length >= 2 && !GENERIC_CRIME.test(group) && !caseTypeIn(listed[2], ALL_CASE_TYPES) && !caseTypeIn(group + "犯罪", ALL_CASE_TYPES) && /(犯罪|罪|案件)$/.test(listed[2])) return asPart("examples-under-group");
    // (Examples of one kind with others no word names, 污染环境、滥伐盗采等犯罪, are that kind.)
    const itemKinds = items.map((x) => caseTypeIn(x, ind.caseTypes));
    // (Single property crimes listed together are property crime, one kind: 盗窃、诈骗等犯罪.)
    const kinds = new Set(itemKinds.filter((k) => k && !BROAD.has(k)).map((k) => (PROPERTY_CRIMES.has(k!) ? "property" : k)));
    // (抢劫 is a robbery and a violent crime: 抢劫、绑架、强奸、故意致人重伤等 are violent crimes, 812.)
    if (kinds.has("violent")) ["property", "homicide"].forEach((k) => kinds.delete(k));
    if (kinds.size > 1) return asPart("unkeyed-examples");
    // 起诉杀人、抢劫、强奸、绑架等犯罪2535人: one property crime among crimes no case type names is an example, not what
    // the list counts (decision 62; 污染环境、滥伐盗采 are one kind's examples, a robbery beside a murder is not).
    // (So is a traffic crime beside 寻衅滋事: 审结危险驾驶、寻衅滋事等案件1379件, 900. The words of these kinds name
    // all their crimes, so a crime no word names is of another kind.)
    if (!kinds.has("violent") && itemKinds.some((k) => k && NAMED_IN_FULL.has(k)) && itemKinds.some((k) => !k)) return asPart("unkeyed-examples");
  }
  // (A kind carried from the list before, or found among the examples themselves, is no key of the group.)
  const examples = words.match(/([^，,；;。]*、[^，,；;。]*)等[\u4e00-\u9fa5“”"]{0,10}(案件|案)$/)?.[1];
  const exampleKind = !carried || BROAD.has(carried) || (!!examples && caseTypeIn(examples, [carried]) === carried);
  if (/^court\.cases\.(concluded|accepted|new)$/.test(rule.indicator) && (!own || own === "criminal") && exampleKind && input.kind === "cases" && statistic === "value" && examples && !/各类|全部|所有|刑事/.test(words)) {
    return asPart("unkeyed-kinds");
  }
  // 查处涉黑涉恶腐败和“保护伞”349人: corruption and protection together are the officials' indicator
  // itself (decision 44); 保护伞 alone (查处“保护伞”4件4人) is the part that protected gangs.
  let caseType = own === "second_instance" && carried ? carried : own ?? carried;
  // (一审审结刑事案件4.7万件: 一审 said before the verb makes the own type a first instance too, c61.)
  if (!own || (own === caseType && /一审[^，,；;。、]{0,4}(审结|受理|新收|审理|结案|收案)/.test(words))) caseType = firstInstance(caseType, words, rule.indicator);
  // The procuratorate's supervision of civil or administrative judgments names its
  // branch once (今年1至6月,共办结行政生效裁判监督案件…。提出再审检察建议139件): the nearest one said.
  if (!caseType && SUPERVISION.test(rule.indicator)) {
    const before = (input.paragraphBefore?.() ?? "") + input.sentence.slice(0, input.at ?? input.sentence.length);
    // (…or 刑事, where the indicator counts criminal cases too: 针对刑事审判活动中违法行为,提出纠正, a87.)
    const said = [...before.matchAll(/(民事|行政|刑事)(?:生效裁判|检察|诉讼监督|审判|执行|监督|抗诉)/g)].pop();
    const both = said && /民事[、和及与]?行政|行政[、和及与]?民事/.test(before.slice(Math.max(0, said.index! - 3), said.index! + 5));
    const type = said ? ({ 民事: "civil", 行政: "administrative", 刑事: "criminal" } as const)[said[1] as "民事" | "行政" | "刑事"] : null;
    if (type && !both && ind.caseTypes.includes(type)) caseType = type;
  }
  if (rule.indicator === "plac.anti_gang.officials" && caseType === "gang_protection" && (/腐败/.test(words) || (!/保护伞/.test(words) && /腐败/.test(input.topic ?? "")))) {
    return named(rule.indicator, null, statistic, `${statRule}/${rule.id}`);
  }
  return named(rule.indicator, caseType, statistic, `${statRule}/${rule.id}`);
}

/**
 * What a figure measures. `previous` is the last figure of the same sentence
 * that measures something: a change, share or part that names nothing
 * measures that one, and a list keeps its case type.
 */
export function classify(input: RuleInput, previous: Dimensions | null = null): Classified {
  const c = classifyMeasure(input, previous);
  if (c.indicator === "other" && (c.statistic === "rank" || c.statistic === "streak")) return pollRank(c, input);
  if (!c.caseType || !PROPERTY_CRIMES.has(c.caseType) || input.at === undefined) return c;
  // …,盗窃、诈骗犯罪嫌疑人105人: the measure is read from its last 、, but the item is the whole list of
  // crimes before the number, property crime (decision 62); not in a 分别 list, whose items are one crime each.
  const listed = input.sentence.slice(0, input.at).split(/[，,；;。0-9０-９]/).pop()!;
  const group = /分别/.test(listed) ? null : propertyGroup(listed, indicatorOf(c.indicator)!.caseTypes);
  return group ? { ...c, caseType: group, metric: metricKey({ indicator: c.indicator, caseType: group, statistic: c.statistic }) } : c;
}

/**
 * 民调排名岳阳县市第1名; 在…群众满意度测评中,检察机关位列第一; 群众安全感…开原市分列全省第一: a rank or streak whose clause
 * names no measure of its own, after a poll of satisfaction or of the sense of security said before it in its clause, is
 * that poll's (b61, b68, b41, c39, 004). The nearer of the two, when both are said.
 */
function pollRank(c: Classified, input: RuleInput): Classified {
  const before = input.sentence.slice(0, input.at ?? 0).split(/[；;。]/).pop()!;
  const satisfied = Math.max(before.lastIndexOf("满意度"), before.lastIndexOf("满意率"), before.lastIndexOf("民调"), before.lastIndexOf("民意调查"));
  const safe = before.lastIndexOf("安全感");
  if (satisfied < 0 && safe < 0) return c;
  // (Not a rank of some other measure said after the poll: 满意度调查中,…收结案数位居全省第五.)
  const after = before.slice(Math.max(satisfied, safe));
  if (/[0-9０-９]|案件|案数|收案|结案|破案|发案|警情|指标|考核|考评|评估|绩效|知晓|率|工作[^，,]{0,4}(排名|位居|位列)/.test(after.replace(/^(满意度|满意率|民调|民意调查|安全感)/, ""))) return c;
  // (A poll of both, 安全感满意度调查, 群众安全感和满意度: the sense of security, named first, a54.)
  const both = safe >= 0 && satisfied > safe && satisfied - safe <= 4 && /^安全感(和|与|及|、)?(满意度|满意率)/.test(before.slice(safe));
  const indicator = safe > satisfied || both ? "plac.sense_of_security" : "plac.satisfaction";
  return { ...c, indicator, caseType: null, metric: metricKey({ indicator, caseType: null, statistic: c.statistic }), ruleId: `${c.ruleId}/poll` };
}

function classifyMeasure(input: RuleInput, previous: Dimensions | null): Classified {
  // 审(执)结45290件: 审执结 with its 执 in brackets.
  if (/审[(（]执[)）]结/.test(input.label)) input = { ...input, label: input.label.replace(/审[(（]执[)）]结/g, "审执结"), phrase: input.phrase?.replace(/审[(（]执[)）]结/g, "审执结") };
  // 审结、执结3013.3万件; 审、执结173.32万件: one count of cases tried and enforced (审执结), not enforcement alone.
  // (Also a label a 分别 list gives back: 审、执结36254件,同比分别上升…6.44%.)
  if (/^执结/.test(input.label) && (/审结?、执结/.test(input.phrase ?? input.label) || (/分别/.test(input.label) && /审结?、执结/.test(input.sentence)))) input = { ...input, label: "审" + input.label };
  // 审结执结623531件: 审结 and 执结 run together are the one count 审执结 (b22).
  if (/审结执结/.test(input.label)) input = { ...input, label: input.label.replace(/审结执结/g, "审执结") };
  // 开展立案(撤案)监督: a short alternative in brackets inside a word is left out (a87).
  if (/[\u4e00-\u9fa5][(（][\u4e00-\u9fa5]{1,3}[)）][\u4e00-\u9fa5]/.test(input.label)) input = { ...input, label: input.label.replace(/([\u4e00-\u9fa5])[(（][\u4e00-\u9fa5]{1,3}[)）](?=[\u4e00-\u9fa5])/g, "$1") };
  // 同比(和去年同期相比)下降59.4%: an aside in brackets that restates the base is not part of the label (a67).
  if (/[(（][^)）]{0,12}(相比|同期)[^)）]{0,6}[)）]/.test(input.label)) input = { ...input, label: input.label.replace(/[(（][^)）]{0,12}(相比|同期)[^)）]{0,6}[)）]/g, "") };
  let { statistic, measure, ruleId: statRule } = statisticOf(input.label, input.kind, input.unit, input.after ?? "");
  // 批准逮捕上述犯罪嫌疑人26人 (829: the kinds a sentence before listed), 严厉打击抢劫、故意伤害等暴力犯罪和盗窃、抢夺、诈骗等
  // 多发性侵财犯罪,共审结上述案件513件 (876: two groups): the cases of the kinds listed, a part no key names. (One group
  // listed in the sentence is read as the topic: 重点打击盗窃、抢劫、抢夺、诈骗等多发性侵财犯罪,审结上述案件1115件, 742.)
  if (/上述(的)?(犯罪嫌疑人|案件|犯罪|罪犯)/.test(measure) && !/各类|全部/.test(measure) && (!input.topic || !caseTypeIn(input.topic, ALL_CASE_TYPES) || /等[\u4e00-\u9fa5]{1,10}(犯罪|案件)(和|及|以及)[^，,；;。]*等[\u4e00-\u9fa5]{1,10}(犯罪|案件)/.test(input.topic))) return other(statistic, `${statRule}/aforesaid`);
  // 批捕扶贫领域犯罪13人,起诉20人 (802); 批准逮捕上述犯罪嫌疑人26人,起诉27人 (829): the next step said with its verb
  // alone, right after a part no key names, is of the same part.
  // (Said right after it: not after a clause of its own, 起诉21人;从严从重惩治故意杀人、抢劫等严重暴力犯罪,起诉215人, 974.)
  if (
    statistic === "value" &&
    input.justAfterPart &&
    /^[，,、；;\s]*(依法)?(批准逮捕|批捕|起诉|提起公诉|审结|判决|判处)$/.test(measure) &&
    /[0-9０-９一二三四五六七八九十百千万亿余多]\s*(人|件|名)[，,、；;]\s*(依法)?(批准逮捕|批捕|起诉|提起公诉|审结|判决|判处)\s*$/.test(input.sentence.slice(0, input.at ?? 0))
  )
    return other(statistic, `${statRule}/step-of-part`);
  // 刑事案件与2019年同比下降: the year compared with is not part of what is measured.
  measure = measure.replace(/(与|较|比)[0-9]{4}年(同期)?(相比)?$/, "");
  // 警情240起,与去年同比下降30.8%: the year before said with 同比 is the change's base, no measure (c05).
  if (statistic.startsWith("yoy_")) measure = measure.replace(/^[，,\s]*(与|较|比|和)(去年|上年)(同期)?(相比)?$/, "");
  // 日均警情与2015年同比下降62.6%: a base year said is another base, even with 同比 (decision 37).
  if (statistic.startsWith("yoy_") && /(与|较|比)[0-9]{4}年(同期)?(相比)?同比/.test(input.label)) {
    statistic = statistic.replace("yoy_", "change_");
    statRule = "stat.versus.year";
  }
  // 与上年相比,刑事案件下降20%: the base said earlier in the sentence makes a bare change year-on-year.
  // (…同比下降了11.42%,其中抢劫案246起,下降48.43%;抢夺案146起,下降了55.33%: so does a base said before a breakdown's 其中,
  // for each of its items after a semicolon, a31.)
  const sentenceBefore = input.sentence.slice(0, input.at ?? input.sentence.length);
  const breakdown = sentenceBefore.lastIndexOf("其中");
  const listBase = breakdown > 0 && YOY_BASE.test(sentenceBefore.slice(0, breakdown)) && !/[较比与][^，,；;。]{0,8}[0-9]{4}年|环比/.test(sentenceBefore.slice(breakdown));
  if (statRule === "stat.versus" && !/[较比与]|高于|低于|高出|低出/.test(input.label) && (YOY_BASE.test(input.clause ?? "") || listBase)) {
    statistic = statistic.replace("change_", "yoy_");
    statRule = "stat.yoy.clause";
  }
  // 以不足全市6%的人员,办理了全市13%的案件; 办理了全区法院七分之一的案件 (a47, 859, a77, 410): a percentage of a whole
  // the text names just before it (全市, 全区法院), said of what follows 的, is a share of that whole.
  // (Not 是全区三个达标率100%的中级法院之一: a rate's level, d06.)
  if (statistic === "value" && input.kind === "percent" && /^的/.test(input.after ?? "") && /全(国|省|市|区|县|州)(法院|检察院|检察机关|公安机关)?(不足|超过|不到|近|约|达)?$/.test(sentenceBefore)) {
    statistic = "share";
    statRule = "stat.share.of-whole";
  }
  // 纠纷占法院纠纷总量比例从2019年的90%下降到2022年的64%; 涉罪未成年人数占刑事受案人数比率逐年下降,审查逮捕人数从4.8%下降到3.09%
  // (858, d35): the levels at either end of a share's change are shares.
  if (statistic === "value" && input.kind === "percent" && /占[^。；;]{0,30}(比例|比率|比重)/.test(sentenceBefore) && /((从|由)([0-9]{4}年的?)?|(下降|上升|提高|降低|增长|增加|减少|降|升)(到|至)([0-9]{4}年的?)?)$/.test(sentenceBefore)) {
    statistic = "share";
    statRule = "stat.share.change-ends";
  }
  // A rate named in full before its share words (认罪认罚…审结人数占同期…的) is that rate's level, not a share.
  if (statistic === "share") {
    // (…审结21554人,占同期审查起诉案件审结人数的78.9%: the persons named in the clause before, a67, a57.)
    const plea = previous?.indicator === "procuratorate.plea_leniency.persons" && /^占[^，,；;]*审结人数/.test(input.label);
    const rate = plea ? INDICATOR_RULES.find((r) => r.indicator === "procuratorate.plea_leniency.rate")! : matchIndicator(input.label, input, "value");
    if (rate && indicatorOf(rate.indicator)?.kind === "percent") {
      statistic = "value";
      measure = input.label;
      statRule = "stat.value";
    }
  }
  // 刑事、治安警情同比下降; 刑事、治安案件发案率平均下降20%: criminal and public-order reports or cases said together, with no 分别,
  // are read as the criminal count with no kind (as 003, 929, 984 read them; c76's reader keyed the sum other).
  const spoken = input.phrase ?? input.label;
  const together = /分别|其中/.test(spoken) ? null : spoken.match(/(刑事|刑事类)[、和及与](治安|治安类)(警情|案件)[^、，,；;。]*$/);
  if (together && input.institution !== "court" && input.institution !== "procuratorate") return named(/警情/.test(together[0]) ? "police.incidents.criminal" : "police.criminal_cases.occurred", null, statistic, `${statRule}/criminal-and-public-order`);
  // 控告申诉690件,其他861件: the rest of a breakdown, after its named parts, is no measure of its own (c03, 205).
  if (/^(其他|其它|其余)(案件|类|事项)?$/.test(measure.trim())) return other(statistic, `${statRule}/rest`);
  // 批捕起诉各类刑事犯罪1.01万人; 不捕不诉3563人: two measures counted together, no key's (744; decision 36).
  // (Not each of a list said 分别: 批捕、起诉…分别为…)
  if (/(批捕|批准逮捕)(和|及|与)?(起诉|提起公诉)|不捕不诉/.test(measure) && !/分别/.test(input.clause ?? "") && !/、/.test(measure)) return other(statistic, `${statRule}/two-measures`);
  const done = (indicator: string, caseType: string | null, rule: string) => named(indicator, caseType, statistic, `${statRule}/${rule}`);
  const fromRule = (rule: IndicatorRule, words: string) => withCaseType(rule, words, input, previous, statistic, statRule);
  // (A breakdown in brackets after its whole: 提起公益诉讼案件36件(行政案件25件,…), a02.)
  // (涉恶案11件64人: 案 alone names the cases counted in 件, not the persons beside them.)
  // (收案中,一审案件21503件: an instance alone names a part as a case type does, 801.)
  const caseOnly = (input.kind === "cases" || !/[^件]案$/.test(measure)) && (CASE_TYPE_ONLY.test(measure.replace(/^[(（]?(全年|全市|全省|共)?/, "")) || /^(其中)?(一审|二审|再审)(案件)?$/.test(measure));
  // Items of a list of measures (刑事、治安案件同比分别下降) are parallel, not parts of the one before,
  // unless 其中 opens the list (立案261件,…,其中盗窃、诈骗案件同比分别下降4.1%、47.6%, a11).
  const lead = input.at !== undefined ? input.sentence.slice(0, input.at) : "";
  const among = /^\s*其中/.test(lead.slice(Math.max(lead.lastIndexOf("，"), lead.lastIndexOf(",")) + 1));
  // (…打掉58个重大侵财犯罪团伙,…,入室盗窃案件比去年同期下降10%: cases are no breakdown of a count of gangs, reporter set r148.)
  // (…现行命案破案率达到97.36%,…,涉枪犯罪下降了30.1%: nor of a rate, r207.)
  const casesOfNoCases = /(案件?|犯罪)$/.test(measure) && !!previous && !["cases", "persons"].includes(indicatorOf(previous.indicator)?.kind ?? "");
  if (caseOnly && previous && previous.indicator !== "other" && !casesOfNoCases && (!/分别/.test(input.label) || among)) {
    const ind = indicatorOf(previous.indicator)!;
    const ct = caseTypeIn(measure, ind.caseTypes);
    // 治安案件 is the police's own count, not a kind of criminal case (decision 43).
    // …490人、涉恶案件108件: a breakdown counts what its whole counts (件 is not 人).
    const sameKind = statistic !== "value" || ind.kind === input.kind;
    // …,其中刑事检察7890件,民事、行政检察635件: two kinds counted together are a part no key names (c03; decision 50).
    const item = lead.slice(Math.max(lead.lastIndexOf("，"), lead.lastIndexOf(","), lead.lastIndexOf("；"), lead.lastIndexOf(";")) + 1).replace(/^\s*其中/, "");
    if (ct && sameKind && statistic === "value" && /^[\u4e00-\u9fa5]{2,6}、[\u4e00-\u9fa5]{2,8}$/.test(item) && severalKinds(item, ind.caseTypes)) return part(statistic, `${statRule}/several-kinds`, previous.indicator);
    if (ct && sameKind && !(ct === "public_order" && matchIndicator(measure, input, statistic))) return done(previous.indicator, ct, "breakdown");
  }
  if (caseOnly && !previous && input.heading) {
    const r4 = matchIndicator(input.heading + measure, input, "value");
    if (r4) return fromRule(r4, measure);
  }
  // 收案中,一审案件21503件; 全省法院审结的知识产权案件中,民事案件118697件: the clause names what the breakdown counts.
  if (caseOnly && !previous && input.clause && /中[，,]/.test(input.clause)) {
    const r5 = matchIndicator(input.clause, input, "value");
    if (r5) return fromRule(r5, input.clause);
  }
  // 判处缓刑、管制和免予刑事处罚8989名: sentences not served in prison, of which 缓刑 is one.
  if (/缓刑$/.test(measure) && /缓刑[、和及](管制|免予刑事处罚|单处罚金)/.test(input.sentence)) {
    const r0 = INDICATOR_RULES.find((r) => r.indicator === "court.sentenced.non_custodial")!;
    return { ...fromRule(r0, measure), ruleId: `${statRule}/${r0.id}/with_others` };
  }
  // 审结医保骗保犯罪案件30件58人: the persons of a part no key names are that part too (decision 50).
  if (input.pair && previous?.indicator === "other" && statistic === "value") return other(statistic, `${statRule}/persons_of_other`);
  // 命案连续【10年】全破: a streak of clearing, named after the number, is the clearance rate's, whatever counts before it (b58).
  if (statistic === "streak" && /^(?:实现)?((?:现行)?命案)?(全破|全部侦破|全部破获)/.test(input.after ?? "")) {
    const rate = INDICATOR_RULES.find((r) => r.indicator === "police.criminal_cases.clearance_rate")!;
    return { ...fromRule(rate, measure), ruleId: `${statRule}/${rate.id}/streak_after` };
  }
  // 发布了内蒙古公益诉讼十大案例和【八件】典型案例 (reporter set r270): cases named 典型案例 right after the number are typical
  // cases, whatever work the label names before them.
  if (statistic === "value" && /^(宗|起|件|个)$/.test(input.unit ?? "") && /^[^，,；;。]{0,30}?(典型案例|指导性案例)/.test(input.after ?? "") && /发布|公布|评选|入选/.test(measure)) return done("any.typical_cases", null, "typical-after");
  const rule = matchIndicator(measure, input, statistic);
  // 诉讼案件收案2559件(含旧存133件): 收案 that holds the cases carried over is what was accepted (旧存 + 新收).
  // (…and 共审理各类案件2603件(含旧存): cases tried said with what was carried over are the cases accepted too, c67.)
  if ((rule?.indicator === "court.cases.new" || (rule?.indicator === "court.cases.concluded" && /审理/.test(measure) && !/审结|结案|办结|执结/.test(measure))) && /^[(（]含(上年|去年)?旧存/.test(input.after ?? "")) {
    return fromRule(INDICATOR_RULES.find((r) => r.indicator === "court.cases.accepted")!, measure);
  }
  // An item of a list that shares the verb of the list's first item in its unit.
  const ofList = (listed: Dimensions): Classified => {
    const listedType = caseTypeIn(measure, indicatorOf(listed.indicator)!.caseTypes);
    // (…、殴打他人案件45.3万起: an item naming an offence no case type names is a part, decision 50.)
    // (…、涉赌涉黄犯罪案件1964件: crimes of no type (criminal only by 犯罪案件) are such a part too, d10.)
    if ((!listedType || (listedType === "criminal" && !/刑事/.test(measure))) && PART_COUNTS.test(listed.indicator) && /^[\u4e00-\u9fa5“”"]{2,}(案件|犯罪)$/.test(measure.trim()) && !/^(其中)?(刑事|各类|其他|治安|相关|上述)?(犯罪)?(案件|犯罪)$|^(其中)?(一审|二审|再审|申诉|执行|民事|行政|刑事)/.test(measure.trim()))
      return other(statistic, `${statRule}/listed-unkeyed`);
    // (…、破5万元以上诈骗案件223起: an item above a sum is a part by size, as the first was, d82.)
    if (PART_COUNTS.test(listed.indicator) && statistic === "value" && ABOVE_A_SUM.test(measure)) return other(statistic, `${statRule}/listed-by-size`);
    return done(listed.indicator, listedType, "listed");
  };
  // 破获涉枪涉爆刑事案件40件、盗窃破坏“三电”设施刑事案件21件: an item after 、 that names only its cases, no verb,
  // counts what the list's first item counts (solved), not the cases that occurred (930).
  const itemOfList = rule?.indicator === "police.criminal_cases.occurred" && statistic === "value" && !!input.listed && /^police\.(criminal_cases\.(solved|filed))$/.test(input.listed.indicator) && !LIST_VERB.test(measure) && !/发案|发生/.test(measure) && /、$/.test(input.sentence.slice(0, input.at ?? 0).replace(/[\u4e00-\u9fa5“”"]*$/, ""));
  if (itemOfList) return ofList(input.listed!);
  // (…;执行案件8876件: a list's item that is only a kind of case counts what the list's first item counts, d28.)
  if (statistic === "value" && input.listed && input.listed.caseType && input.listed.indicator !== "other" && CASE_TYPE_ONLY.test(measure.replace(/^各类/, "").trim()) && /[；;]\s*(各类)?[\u4e00-\u9fa5]{1,6}$/.test(input.sentence.slice(0, input.at ?? 0))) return ofList(input.listed);
  // 摧毁黑社会性质组织2个、犯罪集团3个: criminal groups listed right after mafia-type organisations are the anti-gang groups too (c76).
  if (statistic === "value" && input.listed?.indicator === "plac.anti_gang.organisations" && /^(犯罪|恶势力犯罪)?(集团|团伙)$/.test(measure.trim()) && /、$/.test(input.sentence.slice(0, input.at ?? 0).replace(/[\u4e00-\u9fa5]*$/, ""))) return done("plac.anti_gang.organisations", caseTypeIn(measure, indicatorOf("plac.anti_gang.organisations")!.caseTypes) ?? "gang", "listed-groups");
  // (…and a rate said right after it with no whole of its own: 其中,一审案件审结574件,调撤率达55.05%, c27; decision 52.)
  // (Only after an instance of a kind that has none: after 调解结案211件,撤诉97件 the 调撤率 is the whole's, 807, decision 55.)
  if (statistic === "value" && input.kind === "percent" && input.justAfterPart && previous?.caseType && NO_INSTANCE_TYPE.has(previous.caseType) && /^[，,\s]*[\u4e00-\u9fa5]{1,6}率(达到|达|为)?$/.test(measure)) return other(statistic, `${statRule}/rate-of-part`);
  if (rule) return fromRule(rule, measure);
  // 收案数与2015年同期相比,年均增长率为14.36%: a change whose label holds only the change names
  // what changes before the base it is compared with (b22).
  if (statistic !== "value" && EMPTY_MEASURE.test(measure) && input.clause) {
    const compared = input.clause.match(/^(?:[^，,；;。]*[，,])?([^，,；;。]+?)(?:与|较|比|同)[^，,；;。]{0,12}相比[，,]/);
    const r6 = compared ? matchIndicator(compared[1], input, statistic) : null;
    if (r6) return fromRule(r6, compared![1]);
  }
  // 全市现行命案【100%】侦破; 现行命案连续【九年】全破: the clearance rate (or its streak), named after the number.
  if ((input.kind === "percent" && statistic === "value") || statistic === "streak") {
    // 连续【6年】实现命案全破: so is a streak whose clearance follows it.
    const cleared = (input.after ?? "").match(/^(?:实现)?((?:现行)?命案)?(侦破|破获|全破|破案|告破)/);
    if (cleared) {
      const rate = INDICATOR_RULES.find((r) => r.indicator === "police.criminal_cases.clearance_rate")!;
      return { ...fromRule(rate, measure + (cleared[1] ?? "")), ruleId: `${statRule}/${rate.id}/after` };
    }
    // 连续【19天】刑事案件零发案: a run of days with no case is the cases that occurred (b15).
    const none = statistic === "streak" && (input.after ?? "").match(/^(?:实现)?((?:刑事|[“"][^”"]{1,6}[”"])?(?:案件|命案|[\u4e00-\u9fa5]{1,4}案))?(?:实现)?零发(案|生)(?!的)/);
    if (none) {
      const occurred = INDICATOR_RULES.find((r) => r.indicator === "police.criminal_cases.occurred")!;
      return { ...fromRule(occurred, none[1] ?? ""), ruleId: `${statRule}/${occurred.id}/none_after` };
    }
    // 现行命案连续8年全破,连续【5年】实现发案不过百: a run of years of few cases is the cases that occurred too (b65).
    const few = statistic === "streak" && (input.after ?? "").match(/^(?:实现)?((?:刑事)?(?:案件|命案))?发案(?:数|量)?(?:不过|不超过|低于|控制在|下降|持续下降|同比下降)/);
    if (few) {
      // …of the crimes whose clearing the streak before it counted (命案).
      if (!few[1] && previous?.indicator === "police.criminal_cases.clearance_rate" && previous.caseType) return done("police.criminal_cases.occurred", previous.caseType, "few_after");
      const occurred = INDICATOR_RULES.find((r) => r.indicator === "police.criminal_cases.occurred")!;
      return { ...fromRule(occurred, measure + (few[1] ?? "")), ruleId: `${statRule}/${occurred.id}/few_after` };
    }
  }
  // …批捕率74.32%,同比上升0.95个百分点: a change in points is a rate's; after a rate with no key it is not the count's before it.
  const pointsOfCount = /百分点/.test(input.unit ?? "") && !!previous && indicatorOf(previous.indicator)?.kind !== "percent";
  // (…其中合伙所2.82万多家,占73.16%: the share of a part no key names is the part's, other too; decision 52.)
  if (statistic !== "value" && input.justAfterPart && (EMPTY_MEASURE.test(measure) || /^[，,\s]*占$/.test(measure))) return other(statistic, `${statRule}/of-part`);
  // 排在第二位的是盗窃罪150922人: a rank said before what it ranks is not the rank of the level before it (987).
  if (statistic === "rank" && /^的?是/.test(input.after ?? "")) return other(statistic, `${statRule}/rank-of-next`);
  if (statistic !== "value" && previous && previous.indicator !== "other" && EMPTY_MEASURE.test(measure) && !pointsOfCount) {
    return done(previous.indicator, previous.caseType, "previous");
  }
  // 98%以上案件经一、二审裁判后服判息诉: the share of cases that accepted their judgments, named after the number (reporter set r116).
  if (input.kind === "percent" && statistic === "value" && input.at !== undefined && /^[0-9.]+\s*[%％](以上|左右)?的?[^，,；;。0-9]{0,4}案件[^，,；;。0-9]{0,16}服判息诉/.test(input.sentence.slice(input.at, input.at + 40))) {
    const accepted = INDICATOR_RULES.find((r) => r.indicator === "court.cases.acceptance_rate")!;
    return { ...withCaseType(accepted, measure, input, previous, statistic, statRule), ruleId: `${statRule}/${accepted.id}/after` };
  }
  // The label stopped at 、: read the words back to the clause's start.
  if (input.phrase && input.phrase !== input.label) {
    const wider = statisticOf(input.phrase, input.kind, input.unit, input.after ?? "").measure;
    const r2 = matchIndicator(wider, input, statistic);
    if (r2) return fromRule(r2, wider);
  }
  // A rate whose name stands earlier in the clause (全省公众安全感连续四年保持在98%).
  // …,平安创建知晓率达到94.14%: a rate named in the label is its own measure, not the one before it.
  if (input.kind === "percent" && statistic === "value" && input.clause && !/率/.test(measure)) {
    // (The nearest such name first: 群众安全感从…提高到99.14%,政法队伍满意度从85.5%提高到【95.92%】, 928.)
    const nearest = input.clause.slice(input.clause.search(/[^，,；;]*$/));
    const r3 = (nearest && nearest !== input.clause ? matchIndicator(nearest, input, statistic) : null) ?? matchIndicator(input.clause, input, statistic);
    // (入室盗窃案件、涉车盗窃案件破案率分别为83.7%: the kind of case is the label's, or its own clause's (…,抢劫案件破案率连续4年实现100%),
    // not the kinds of the whole sentence before it, c32.)
    if (r3 && indicatorOf(r3.indicator)?.kind === "percent") {
      const kinds = indicatorOf(r3.indicator)!.caseTypes;
      const own = input.clause.slice(Math.max(input.clause.lastIndexOf("，"), input.clause.lastIndexOf(","), input.clause.lastIndexOf("；"), input.clause.lastIndexOf(";")) + 1);
      return fromRule(r3, caseTypeIn(measure, kinds) ? measure : caseTypeIn(own, kinds) ? own : input.clause);
    }
  }
  // 全省法院收案全国降幅最大,同比下降11.3%; 全市法院新收案件多年来首次出现下降,降幅达14.7%: a change with no level before it,
  // of a measure its sentence names earlier, with no number between (783, d36).
  if (/_(pct|pp)$/.test(statistic) && (!previous || previous.indicator === "other") && input.at !== undefined && EMPTY_MEASURE.test(measure.replace(/^(降幅|增幅|升幅|涨幅)(达|为|达到)?/, ""))) {
    const before = input.sentence.slice(0, input.at).replace(/[^，,；;。]*$/, "");
    const subject = before.slice(Math.max(before.lastIndexOf("；"), before.lastIndexOf(";"), before.lastIndexOf("。")) + 1);
    // (Only a clause of change words alone: not 较大以上事故下降35%, a part named, nor 同比分别上升, several measures, b93, a90.)
    const changeWords = input.sentence.slice(before.length, input.at);
    const r9 = /^(同比|较上年同期|较去年同期|比上年|比去年|与[0-9]{4}年同期相比|较[0-9]{4}年同期)?(上升|下降|增长|减少|降幅|增幅|升幅)了?(达到|达|为)?\s*$/.test(changeWords) && subject && !/[0-9０-９]/.test(subject) ? matchIndicator(subject, input, statistic) : null;
    if (r9 && indicatorOf(r9.indicator)?.kind !== "percent") return { ...fromRule(r9, subject), ruleId: `${statRule}/${r9.id}/subject_before` };
  }
  // 刑事立案从24.1万起下降至15.8万起: the level reached measures what the change is of.
  // (…with the year of the level reached: 从2018年4600多人上升至2022年【8700多人】, reporter set r301.)
  if (statistic === "value" && previous && previous.indicator !== "other" && /^(下降|上升|增长|减少|提高|提升|降低|降|升|增加)(至|到)([0-9]{4}年的?)?$/.test(measure)) {
    return done(previous.indicator, previous.caseType, "reached");
  }
  // 政法机关满意度:公安局97.29%,全州第9位;检察院98.78%: the rate named at the head of the list.
  if (input.kind === "percent" && statistic === "value") {
    const head = input.sentence.slice(0, Math.max(0, input.sentence.length - (input.after?.length ?? 0))).match(/([^。；;，,：:]{2,16})[：:][^：:]*$/)?.[1];
    const r8 = head ? matchIndicator(head, input, statistic) : null;
    if (r8 && indicatorOf(r8.indicator)?.kind === "percent") return { ...fromRule(r8, head!), ruleId: `${statRule}/${r8.id}/list_head` };
  }
  // 立案2457起,较上年同期2378起: the base quoted beside a level is that level's indicator (a year earlier).
  if (statistic === "value" && previous && previous.indicator !== "other" && BASE.test(input.label)) {
    return done(previous.indicator, previous.caseType, "base");
  }
  // 调解委员会4598个,其中一类占88.5%,二类占11.5%: the shares of a whole's parts.
  const nextShare = statistic === "share" && previous?.statistic === "share" && measure.length <= 4;
  if (statistic === "share" && (input.part || /^其中/.test(measure) || nextShare) && previous && previous.indicator !== "other") {
    // (调解委员会4598个,其中一类占88.5%: the share of a part no key names is other, decision 52.)
    const named = measure.replace(/^[(（]?(其中)?[，,、\s]*/, "").replace(/占$/, "");
    // (Not a share said without 其中, of a whole its clause names: 受援人中,农民工占52.4%, 924.)
    if (/^[(（]?其中/.test(measure) && named !== "" && !caseTypeIn(named, indicatorOf(previous.indicator)!.caseTypes) && !/院|局|庭|队|本级|基层|中级/.test(named)) return other(statistic, `${statRule}/part_share-unkeyed`);
    return done(previous.indicator, previous.caseType, "part_share");
  }
  // 破获命案积案33起,其中20年以上18起; 审结59件,其中维持32件; 判处3599人,其中处级干部164人: a part of the courts',
  // procuratorates' or police's cases or persons that names no case type, instance or body is one no key names (decision 50).
  const partWords = measure.replace(/^[(（]?(其中)?[，,、\s]*/, "");
  // (…and an instance of a kind that has no instance type: 受理金融商事案件1922件,审结1760件。其中,一审案件审结574件, c27; decision 59.)
  if ((input.part || /^其中/.test(measure)) && previous?.caseType && NO_INSTANCE_TYPE.has(previous.caseType) && /[一二]审|再审/.test(partWords)) return part(statistic, `${statRule}/part-of-kind`, previous.indicator);
  // (…and a part of any other whole, a stock included: 其中合伙所603家, 其中专职律师8515人, 985; decision 52.)
  if ((input.part || /^其中/.test(measure)) && previous && previous.indicator !== "other" && statistic === "value" && sameKind(previous.indicator, input.kind) &&
    partWords !== "" && !caseTypeIn(partWords, indicatorOf(previous.indicator)!.caseTypes) && !/一审|二审|再审|首执|首次执行|执恢|院|局|庭|(?<!合伙|个人|国资|合作)所|队|本级|基层|中级/.test(partWords)) {
    return part(statistic, `${statRule}/unkeyed-part`, previous.indicator);
  }
  // 制定规范性文件9件,其中3件已印发; 其中人大代表710人: a part counts what its whole counts.
  // (Not a count of another kind after cases or persons: 人均结案310.4件。…18项指标…。其中13项优于…, d06.)
  const wholeKind = previous ? indicatorOf(previous.indicator)?.kind : undefined;
  if ((input.part || /^其中/.test(measure)) && previous && previous.indicator !== "other" && statistic === "value" && sameKind(previous.indicator, input.kind) && !((wholeKind === "cases" || wholeKind === "persons") && input.kind === "count")) {
    return done(previous.indicator, firstInstance(previous.caseType, measure, previous.indicator), "part");
  }
  if (input.pair && previous && PERSONS_OF[previous.indicator] && statistic === "value") {
    return done(PERSONS_OF[previous.indicator], previous.caseType && indicatorOf(PERSONS_OF[previous.indicator])!.caseTypes.includes(previous.caseType) ? previous.caseType : null, "persons_of");
  }
  // (…公共法律服务中心138个、工作站1904个、工作点26969个: a bare noun after 、 counts what the list's first item counts, a71.)
  const bareItem = /^(个|家|所|处)$/.test(input.unit ?? "") && /^[\u4e00-\u9fa5]{2,4}$/.test(measure.trim()) && /、$/.test((input.sentence.slice(0, input.at ?? 0).match(/[^，,；;。]*$/)?.[0] ?? "").slice(0, -measure.trim().length));
  if (input.listed && input.listed.indicator !== "other" && statistic === "value" && (/(案件|犯罪|犯罪嫌疑人|组织|团伙|集团)$/.test(measure.trimEnd()) || bareItem) && !LIST_VERB.test(measure)) {
    return ofList(input.listed);
  }
  // 查处【9.3万余起】酒驾, 【11名】干警获县级以上荣誉: what is counted is said after the number.
  // A share of a base named in its clause (1835件法律援助案件受援人中,农民工占52.4%): of that base.
  const base = statistic === "share" && !previous?.statistic?.startsWith("share") ? input.clause?.match(/([^，,；;。]{2,16})中[，,][^，,；;。]*$/)?.[1] : undefined;
  if (base) {
    const r7 = matchIndicator(base, input, statistic);
    if (r7) return { ...fromRule(r7, base), ruleId: `${statRule}/${r7.id}/base_of_share` };
  }
  // 2个集体【5人次】获国家级表彰: the persons of a collective-and-individual pair of awards (880).
  if (statistic === "value" && /^(人次|人|名)$/.test(input.unit ?? "") && /集体$/.test(measure) && /^(获|荣获|受到)[^，,；;。]{0,16}(表彰|表扬|荣誉|奖)/.test(input.after ?? "")) {
    return done("any.awards.individual", null, "awards.pair");
  }
  // 通报…三宗扫黑除恶专项斗争典型案例 (d67): cases counted before the words that say they are examples.
  if (statistic === "value" && /^(宗|起|件|个)$/.test(input.unit ?? "") && /^[^，,；;。]{0,14}(典型案例|指导性案例)/.test(input.after ?? "")) return done("any.typical_cases", null, "typical-after");
  // Only after a bare verb or no words at all: 县级【10支】专项普法工作队 counts teams, not what they do.
  const head = input.clause !== undefined ? (input.clause.split(/[，,；;：:、。]/).pop() ?? "") : measure;
  // 对129名犯罪情节较轻、认罪认罚、社会危害性不大的被告人依法适用缓刑: after 对, the whole clause says what was done.
  const after = input.after?.replace(/[(（][^)）]{0,12}[)）]/g, "");
  // (What follows the last 的 is the verb phrase: 认罪认罚 before it describes the persons.)
  const clauseAfter = () => (input.after ? input.sentence.slice(input.sentence.indexOf(input.after, input.at ?? 0)).match(/^[^，,；;。]{2,60}/)?.[0].split("的").pop() : undefined);
  // (So after 将 or 把: 共将668名被执行人纳入失信人名单.)
  const said = /^(共|依法)?(对|将|把|为)$/.test(head) && input.after ? clauseAfter() : after?.match(/^[\u4e00-\u9fa5]{2,16}/)?.[0];
  if (statistic === "value" && said && !/米|克|吨|亩/.test(input.unit ?? "") && (EMPTY_MEASURE.test(head) || AFTER_VERB.test(head) || /^(共|依法)?(对|将|把|为)$/.test(head))) {
    const r6 = matchIndicator(measure + said, input, statistic);
    if (r6) return { ...fromRule(r6, measure + said), ruleId: `${statRule}/${r6.id}/after` };
  }
  return other(statistic, `${statRule}/unnamed`);
}
