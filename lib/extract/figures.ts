// Mentions + context → figures: the label that says what is counted, the
// indicator, case type and statistic the rules read from it, and who
// reports it, where and when.

import type { Figure, Mention, Paragraph, Section, Sentence } from "./types";
import { bodyBefore, lastPeriod, lastPeriodUpTo, normalisePeriod, periodsOf } from "./context";
import { NATIONAL_CODE } from "./national";
import { CAUGHT_ALONE, classify, namesOnlyACaseType } from "./rules";
import { indicatorOf, metricKey, type Dimensions } from "../indicators";

// Clause boundaries inside a sentence. Brackets are not among them: in
// 比全省平均值(113.09天)少13.57天 the bracket belongs to the comparison.
const CLAUSE = /[，,；;：:、。！？]/;
// The stops a figure's clause and its label read back to, as sets of UTF-16 units:
// looked up once per character, without making a one-character string each time.
const units = (chars: string) => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
const SENTENCE_STOPS = units("。；;！？");
const CLAUSE_STOPS = units("，,；;：:。！？");
/** The index of the last character of `stops` in `text` before `at`, or -1. */
function lastStop(text: string, at: number, stops: Set<number>): number {
  let i = at - 1;
  while (i >= 0 && !stops.has(text.charCodeAt(i))) i--;
  return i;
}
// Measure words after which the counted thing is named: 3380个单元网格.
const NOUN_FOLLOWS = new Set(["个", "项", "家", "份", "条", "块", "类", "名", "篇", "期", "届", "场次", "%", null]);

// 件 counts cases, but also letters, payments, documents served, opinions
// issued, rules and documents drafted, notarial acts and leads: those are
// plain counts (figures.md, hard cases; decisions 19 and 26). The clause
// decides when the label is only a verb (原有制度113件,拟保留36件).
const NOT_CASES = /(来信|来访|缴费|送达|证据交换|反馈|监管意见|意见建议|规范性文件|文件|规章|法规|制度|公证|事项|线索|提案|议案|业务|警情|接警达?|接警量|报警|报警电话|电话|来电|处警|出警|问题|求助|法律咨询|咨询|决策|决策议题|议题|办证|文物|政府合同|征求意见|合法性审核|合同审查|证件|证照|身份证|护照|通行证|驾驶证|行驶证|居住证|户口|办件|信息|稿件|简报|案例|违法行为|隐患|法律事务|援助事务|诉求|物品|合同协议|法律论证)$/;
const THINGS = "规范性文件|文件|规章|法规|制度|公证事项|线索|重大决策|案例";
// The thing named right after the number (113件制度), or a list's whole named
// before its parts (原113件制度中,拟保留36件、废止27件).
// (…or the cases chosen as examples: 9件获评全国典型案例, 22件案件获评…, d32, c44: a count of examples, decision 26.)
const THINGS_AFTER = new RegExp(`^(${THINGS}|(案件|案例)?(获评|入选|被评为|写入))`);
const THINGS_LIST = new RegExp(`(${THINGS})中[，,]`);

// 宗 is a plain measure (安全隐患问题12宗) except where it counts cases or
// disputes, as 件 does (调解矛盾纠纷约3.9万宗; decision 19).
const CASE_THINGS = /(案件?|纠纷|争议|矛盾|不稳定因素)$/;

function kindOf(m: Mention, label: string, after: string, clause: string, before: string): Mention["kind"] {
  // 每十万人命案发生数为0.46起, 万人受援数18.8件: cases per head of population are a rate (a95, b33).
  if (m.kind === "cases" && PER_CAPITA.test(before)) return "ratio";
  // (…破获了40宗积案: the thing may be named after the number, a16.)
  if (m.unit === "宗" && m.kind === "count" && (CASE_THINGS.test(label) || /^(命案)?积案|^案件?/.test(after))) return "cases";
  if (m.kind === "cases" && (NOT_CASES.test(label) || THINGS_AFTER.test(after) || THINGS_LIST.test(clause))) return "count";
  if (impliedYuan(m, label, before)) return "money";
  return m.kind;
}

// 帮助农民工讨薪8.2亿: a sum with 万/亿 and no unit, after words that name
// money, is in yuan.
const MONEY_NOUNS = "讨薪|欠薪|工资|金额|标的额?|资金|损失|赃款|罚款|罚金|救助金|执行到位";
const MONEY_WORDS = new RegExp(`(${MONEY_NOUNS})$`);
// (…also right before the number, with a verb between: 涉案金额达580亿, 挽回群众直接损失近1亿, 投入1000多万打造…; c87, 995, c89.)
const MONEY_BEFORE = new RegExp(`(${MONEY_NOUNS}|投入|投资)(达到?|为|约|共|累计)?$`);
const PER_CAPITA = /(每[十百千]?万人|万人)[\u4e00-\u9fa5]{0,8}(数|率)(为|达到?)?$/;
function impliedYuan(m: Mention, label: string, before: string): boolean {
  return m.unit === null && m.kind === "count" && /[万亿]$/.test(m.text) && (MONEY_WORDS.test(label) || MONEY_BEFORE.test(before));
}

/**
 * 受理案件57876件、审结46407件,同比分别增长18.28%、9.9%: each change after
 * 分别 belongs to the measure in the same place of the list before it.
 * Returns a label for those mentions, "" for the others.
 */
function respectively(sentence: Sentence, mentions: Mention[], labels: string[], targetOf: number[] = []): string[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const rel = m.start - sentence.start;
    let from = rel;
    while (from > 0 && !/[，,；;。]/.test(sentence.text[from - 1])) from--;
    const lead = sentence.text.slice(from, rel);
    // 审结刑事案件、严重暴力犯罪案件再降11.4%和7.3%: without 分别, a list of as many measures as changes after one change word (a75).
    const bare = !lead.includes("分别");
    if (bare && !BARE_CHANGE.test(lead)) continue;
    // The run of mentions joined by 、 that starts here.
    let j = i;
    // (同比分别 下降39.39% 38.88%: a space alone may join them too, a32.)
    // (…同比分别下降18.4%27.2%: or nothing at all between two percentages, a79.)
    // (271件365人,分别同比下降7.2%、上升1.7%: or 、 and the next item's own change word, after 分别, b74.)
    while (j + 1 < mentions.length && (/^\s*(、和|[、和及与])\s*$|^\s+$/.test(sentence.text.slice(mentions[j].end - sentence.start, mentions[j + 1].start - sentence.start)) || (!bare && /^[、和及](上升|下降|增长|减少|增加|提高|降低|提升)$/.test(sentence.text.slice(mentions[j].end - sentence.start, mentions[j + 1].start - sentence.start)))) || (j + 1 < mentions.length && mentions[j].unit === "%" && mentions[j + 1].unit === "%" && mentions[j].end === mentions[j + 1].start)) j++;
    const run = j - i + 1;
    // 刑事案件发案数、治安案件受理数同比分别下降18.4%、18.8%: the measures are named, not counted;
    // so are they after other figures of the sentence (…标的额304亿余元;…接报刑事、治安警情同比分别下降).
    let named = namedMeasures(lead.replace(/^[，,]/, ""), run, bare);
    // 破获案件数、抓获作案成员数、追赃挽损数,同比去年分别上升46.1%、30.1%和15%: the list of measures may end
    // its own clause, with no number in it, before the clause of the changes (c56).
    if (!named && !bare && /^[，,]?(同比(去年|上年)?|与(去年|上年)(同期)?相比)?(均)?分别/.test(lead) && from > 1) {
      let prevFrom = from - 1;
      while (prevFrom > 0 && !/[，,；;。]/.test(sentence.text[prevFrom - 1])) prevFrom--;
      const listed = sentence.text.slice(prevFrom, from - 1);
      if (listed.includes("、") && !/[0-9０-９]/.test(listed)) named = namedMeasures(listed + lead.replace(/^[，,]/, "").replace(/^(同比(去年|上年)?|与(去年|上年)(同期)?相比)/, "同比"), run, bare);
    }
    if (bare) {
      if (named && run >= 2) for (let r = 0; r < run; r++) labels[i + r] = named[r];
      i = j;
      continue;
    }
    const measures: number[] = [];
    // (…新收82.44万件(另有上年旧存12.74万件),审执结94.46万件…,同比分别上升: an aside in brackets is not in the list, a36.)
    for (let k = 0; k < i; k++) if (mentions[k].kind !== m.kind && !/[(（][^)）]*$/.test(sentence.text.slice(0, mentions[k].start - sentence.start))) measures.push(k);
    if (named || measures.length < run) {
      if (named) for (let r = 0; r < run; r++) labels[i + r] = named[r];
      // (扰乱公共秩序和“黄、赌、毒”案件分别下降16.4%和3.5%: measures the rules cannot tell apart still share the change
      // word, so the items after the first are changes too, not levels named 和, c88.)
      else if (run >= 2 && /(上升|下降|增长|减少|增加|提高|降低|提升|回落|下滑)(了)?$/.test(lead)) for (let r = 1; r < run; r++) labels[i + r] = lead.replace(/^[，,]/, "");
      i = j;
      continue;
    }
    const targets = measures.slice(measures.length - run);
    for (let r = 0; r < run; r++) {
      const t = mentions[targets[r]];
      labels[i + r] = `${labelFor(sentence, t, targets[r] > 0 ? mentions[targets[r] - 1] : null, null)}${lead.replace(/^[，,]/, "")}`;
      targetOf[i + r] = targets[r];
    }
    i = j;
  }
  return labels;
}

// The head of a list item up to its verb of work (全国法院审结).
const LIST_VERB_HEAD = /^[^、]{0,10}?(审结|受理|新收|办结|审执结|执结|起诉|批准逮捕|批捕|破获|侦破|查处)/;
// A change word that ends a clause's lead, with no 分别 (再降, 同比下降).
const BARE_CHANGE = /(同比|较上年|比上年)?(再|又|均)?(上升|下降|增长|增加|减少|提高|降低|降|升)了?$/;

// The four indices of road traffic accidents, in the order the police report them.
const TRAFFIC_INDICES = ["交通事故起数", "交通事故死亡人数", "交通事故受伤人数", "交通事故直接财产损失"];

/**
 * The labels of changes said of a list of measures (公路事故起数、死亡人数同比分别
 * 下降9.8%和21.7%): one list item and the change words for each, when the
 * list has as many items as there are changes. A bare qualifier in the list
 * (刑事、治安警情) takes the noun of the last item.
 */
export function namedMeasures(lead: string, run: number, bare = false): string[] | null {
  // (…同比2019年分别下降: a base year said after 同比, d96.)
  const cut = bare ? lead.search(BARE_CHANGE) : lead.search(/(与[0-9]{4}年|与去年|与上年|比上年|较上年|比去年|较去年|同比[0-9]{4}年)?(同期)?(同比)?(均)?分别/);
  if (cut <= 0) return null;
  const head = lead.slice(0, cut);
  const words = lead.slice(cut);
  if (run === 4 && /交通事故四项指数$/.test(head)) return TRAFFIC_INDICES.map((t) => t + words);
  // 刑事案件同比、环比分别下降33.42%、28.69%: one measure, on a year earlier and on the period before.
  const pair = head.match(/^(.+?)同比[、和及]环比$/);
  if (pair && run === 2) return [`${pair[1]}同比${words.replace(/^分别/, "")}`, `${pair[1]}环比${words.replace(/^分别/, "")}`];
  // (故意伤害与街面盗抢类警情分别同比下降: 与 joins two items as 和 does, a03.)
  const items = head.split(/、|和|及|与/).map((x) => x.trim());
  if (items.length !== run || items.some((x) => !x)) return null;
  // (影响公众安全感的入室盗窃、抢劫、抢夺等侵财类案件: what the first item is said to be, up to 的, is no part of its name, d48.)
  items[0] = items[0].replace(/^[^、，,]{2,16}的(?=[\u4e00-\u9fa5“”"]{2,8}$)/, "");
  // (受理提请批捕案件数和人数: the bare 人数 counts what the item before it counts, b26.)
  for (let k = 1; k < run; k++) if (/^(人数|件数)$/.test(items[k]) && /(案件数|件数|人数)$/.test(items[k - 1])) items[k] = items[k - 1].replace(/(案件数|件数|人数)$/, items[k]);
  const noun = items[run - 1].replace(/环比$/, "").match(/(案件|警情|犯罪|事故)$/)?.[1];
  // 全省命案、“两抢”案件、入室盗窃案件发案数…分别下降: the count an item names is that of the items
  // before it that name none (毒品刑事案件、…、赌博刑事案件破案数、抓获犯罪嫌疑人数…分别上升, 869).
  // (…、传统侵财警情数: the reports counted, d88.)
  const counts = items.map((x) => x.match(/(发案数|立案数|破案数|发案量|发案|警情数|警情量)$/)?.[1]);
  const countAfter = (k: number) => counts.slice(k + 1).find((c, d) => c || /(数|量|率)$/.test(items[k + 1 + d])) ?? undefined;
  // (审结刑事案件、严重暴力犯罪案件再降: the verb of the first item is the others' too, a75.)
  const verb = bare ? items[0].match(LIST_VERB_HEAD)?.[0] : undefined;
  if (verb) for (let k = 1; k < run; k++) if (!LIST_VERB_HEAD.test(items[k])) items[k] = verb + items[k];
  // (山东省刑事、治安警情: a place before the first qualifier does not make it a measure.)
  // (全市刑事类、治安类、纠纷类、打架斗殴类警情环比分别下降: …nor 类 after it, c09.)
  return items.map((x, k) => {
    const count = k < run - 1 && !/(数|量|率|发案)$/.test(x) ? countAfter(k) : undefined;
    // (…、电信网络诈骗、传统侵财警情: an item that is a kind of crime and nothing more takes the noun too, d88.)
    return (count ? x + count : noun && (x.length <= 4 || /(刑事|治安|民事|行政|民商事|交通)类?$/.test(x) || namesOnlyACaseType(x)) && !/(案件|警情|犯罪|事故|数|量|额|率)$/.test(x) ? x + noun : x) + words;
  });
}

export interface FigureContext {
  docDate: string | null;
  /** the year the report covers, when its title says so (reporter.ts reportYearOf) */
  reportYear?: number | null;
  /** where the text says its changes are year-on-year from there on (指同比,下同); -1 when it does not */
  yoyFrom?: number;
  /** the year a work report read to a people's congress reviews (reporter.ts congressYearOf) */
  congressYear?: number | null;
  /** the years a white paper presented in the opening covers (reporter.ts publishedSpanOf) */
  publishedSpan?: { start: string; end: string } | null;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** index into sections for each sentence (both are in text order) */
  sectionOfSentence: number[];
  text: string;
  /** the framing period up to the last sentence asked about (framingPeriod's memory: one entry, as sentences are read in order) */
  periodUpTo?: { k: number; section: number; period: string | null } | null;
  /** what the last sentence measured, for one that goes on with 其中 (…调解员13000人。其中,人大代表710人) */
  carry?: { paragraph: number; level: Dimensions; unit: string | null } | null;
  /** per section: whether it reports on the 扫黑除恶 campaign while it ran (inCampaign) */
  campaign?: boolean[];
  /** the one kind of case a court's document is about, when its title says so (caseTopicOf) */
  caseTopic?: string | null;
  /** a text headed by the campaign against organised crime (gangTopicOf) */
  gangTopic?: boolean;
  /** an article whose lead names the campaign's three years (campaignYearsLead) */
  campaignYears?: boolean;
  /** the one crime a police release is about, when its headline says so (policeTopicOf) */
  policeTopic?: string | null;
  /** a court's text whose 受理 counts leave the cases carried over out (acceptedMeansNew) */
  acceptedIsNew?: boolean;
  /** a court's text whose 收案 counts hold the cases carried over (receivedMeansAccepted) */
  receivedIsAccepted?: boolean;
}

// The kinds of case a court's white paper or report on one kind names in its title, and their case types.
const CASE_TOPICS: [RegExp, string][] = [
  [/知识产权/, "ip"],
  [/劳动争议|劳动人事争议/, "civil"],
  [/少年|未成年人/, "juvenile"],
];

/**
 * The kind of case a document is about, when its title (its first line, or a
 * 《…》 title in its first paragraph: 广东高院发布《2022年度广东法院知识产权司法保护状况》白皮书)
 * names a white paper or report on one kind of case.
 */
export function caseTopicOf(paragraphs: { text: string }[]): string | null {
  const first = paragraphs[0]?.text ?? "";
  // (A title run together with the text after it ends at its 白皮书: 上海市浦东新区人民法院2017年度劳动争议审判白皮书为助力….)
  const runTogether = first.slice(0, 60).match(/^[^，,。]*白皮书/)?.[0] ?? "";
  // (…or a press conference on the state of one kind, named in the lead: 举行2021年全省法院知识产权司法保护状况新闻发布会, c80.)
  const lead = paragraphs.slice(0, 3).map((p) => p.text).join("\n");
  const conference = [...lead.matchAll(/[^，,。；;\n]{2,30}?司法保护状况(?:新闻)?发布会/g)].map((t) => t[0]);
  const titles = [first.length <= 80 ? first : runTogether, ...[...first.matchAll(/《([^》]{4,40})》/g)].map((t) => t[1]), ...conference];
  for (const t of titles) {
    if (!/(白皮书|审判|司法保护|状况|情况)/.test(t)) continue;
    const hit = CASE_TOPICS.filter(([re]) => re.test(t));
    if (hit.length === 1) return hit[0][1];
  }
  return null;
}

/**
 * The one crime a police release is about, when its headline (its first
 * line) names fraud: 新疆警方“断卡”“断流”遏制电诈犯罪… (861), 上半年内蒙古自治区
 * 公安机关共破获电诈案件1670起 (865). Given to the police's figures only.
 */
export function policeTopicOf(paragraphs: { text: string }[]): string | null {
  // (…or a headline's second line, 3万问题银行卡开卡人被惩戒 / 广州上半年诈骗刑事案件、电诈警情“双下降”, 953; 通讯网络诈骗, d04.)
  const headlines = paragraphs.slice(0, 2).map((p) => p.text).filter((t, i) => i === 0 || t.length <= 40);
  return headlines.some((t) => t.length <= 80 && /电诈|电信网络诈骗|电信诈骗|网络诈骗|通讯网络诈骗|通信网络诈骗|反诈|断卡/.test(t)) ? "telecom_fraud" : null;
}

const countOf = (digits: string, wan: string | undefined) => Number(digits) * (wan ? 10000 : 1);

/**
 * Whether a court's text uses 受理 for the cases received in the period (新收)
 * rather than for 旧存 + 新收 (decision 35's court.cases.accepted). It says so
 * when it concludes more cases than it 受理 in one breath (受理一审金融犯罪案件1217件,
 * 审结一审金融犯罪案件1328件, 845; 受理各类案191780件,办结196906件(含旧存), 841): no court
 * concludes more than it had. Or when it gives one count as 新收 in one place and
 * as 受理 in another (45017件, 835).
 */
export function acceptedMeansNew(text: string): boolean {
  for (const m of text.matchAll(/受理([^。；;0-9其]{0,20}?)([0-9]+(?:\.[0-9]+)?)(万)?件[，,、]?[^。；;0-9其]{0,4}?(?:审结|办结|结案|审执结)[^。；;0-9其]{0,14}?([0-9]+(?:\.[0-9]+)?)(万)?件(?=[，,；;。、(（]|$)/g)) {
    if (countOf(m[4], m[5]) > countOf(m[2], m[3])) return true;
  }
  const received = new Set([...text.matchAll(/新收[^。；;0-9]{0,16}?([0-9]+(?:\.[0-9]+)?万?件)/g)].map((m) => m[1]));
  return received.size > 0 && [...text.matchAll(/受理[^。；;0-9]{0,16}?([0-9]+(?:\.[0-9]+)?万?件)/g)].some((m) => received.has(m[1]));
}

/**
 * A court's text whose 收案 is the docket (旧存 + 新收, decision 35's
 * court.cases.accepted) rather than the cases received: its clearance rate is
 * concluded over 收案 (收案12244件,结案10625件,结案率86.78%, a81; 全年收案86.7万件,
 * 结案81.3万件,结案率93.9%, b53), and a 结案率 is concluded over the docket. The
 * readers of 807 and 850 read 收案 so by the same arithmetic.
 */
export function receivedMeansAccepted(text: string): boolean {
  for (const m of text.matchAll(/收案(?:数|总数)?(?:为|达)?([0-9]+(?:\.[0-9]+)?)(万)?件[，,、]\s*(?:结案|审结|审执结|办结)(?:数|总数)?(?:为|达)?([0-9]+(?:\.[0-9]+)?)(万)?件[，,、]\s*结案率(?:为|达|达到)?([0-9]+(?:\.[0-9]+)?)%/g)) {
    const received = countOf(m[1], m[2]);
    const concluded = countOf(m[3], m[4]);
    if (!(received > 0) || concluded > received) continue;
    // The rate as said, against the ratio within what the rounding of each count allows.
    const slack = (s: string, wan: string | undefined, v: number) => (wan ? 0.5 * 10 ** -(s.split(".")[1]?.length ?? 0) * 10_000 : 0.5) / v;
    const ratio = (100 * concluded) / received;
    const said = Number(m[5]);
    const tolerance = ratio * (slack(m[1], m[2], received) + slack(m[3], m[4], concluded)) + 0.5 * 10 ** -(m[5].split(".")[1]?.length ?? 0);
    if (Math.abs(ratio - said) <= tolerance) return true;
  }
  return false;
}

/** A day's average. */
const DAILY = /日均|平均每天|平均每日|每天|每日/;

/** A body's rate said with 为 alone (全州检察机关为, 全州综治办为, 市中院为). */
const BODY_RATE = /^(其中[，,]?)?(全州|该州|全市|该市|全省|全区|全县|市|县|区|州)?(公安机关|检察机关|审判机关|司法行政机关|政法机关|综治办|法院|检察院|公安局|司法局|中院|高院)[均则]?为$/;

// The counts of cases and persons that a campaign's text gives to the campaign.
const GANG_COUNTS = /^(court\.cases\.(concluded|accepted|new)|court\.sentenced\.persons|procuratorate\.(arrests\.approved|prosecution\.decided)(_cases)?|procuratorate\.cases\.handled|police\.(criminal_cases\.(solved|filed)|suspects\.(arrested|punished)))$/;

/**
 * A text headed by the campaign against organised crime (保山市打掉黑恶团伙25个…,
 * 永州市扫黑办…, 大同市扫黑除恶专项斗争…): the counts of every body in it that say
 * no kind of their own are the campaign's (c13, b73, a22, 945; decision 43).
 */
export function gangTopicOf(paragraphs: { text: string }[]): boolean {
  const first = paragraphs[0]?.text ?? "";
  return first.length <= 80 && /扫黑除恶|打黑除恶|黑恶|涉黑涉恶|扫黑办/.test(first);
}

/**
 * An article whose lead names the three years of the campaign against organised crime (海南省扫黑除恶专项斗争
 * 2021年第一次新闻发布会…经过三年持续攻坚, d08): its 截至 in the spring after the campaign counts from the campaign's start.
 */
export function campaignYearsLead(text: string): boolean {
  return /扫黑除恶专项斗争[^。]{0,60}(三年|3年)|(三年|3年)[^。]{0,30}(攻坚|打击|斗争)[^。]{0,60}扫黑除恶|扫黑除恶[^。]{0,60}(三年|3年)/.test(text.slice(0, 600));
}

/**
 * Whether an article reports on the campaign against organised crime while it
 * ran (扫黑除恶专项斗争, 2018–2020): its cumulative counts run from the
 * campaign's start. Known once per section.
 */
/** Whether the text is dated while the campaign ran (2018–2020). */
function campaignYear(ctx: FigureContext): boolean {
  const year = ctx.docDate ? Number(ctx.docDate.slice(0, 4)) : null;
  return year !== null && year >= 2018 && year <= 2020;
}

function inCampaign(ctx: FigureContext, section: number): boolean {
  ctx.campaign ??= [];
  if (ctx.campaign[section] === undefined) {
    const s = ctx.sections[section];
    ctx.campaign[section] = !!s && campaignYear(ctx) && /扫黑除恶专项斗争/.test(ctx.text.slice(s.start, s.end));
  }
  return ctx.campaign[section];
}

/**
 * Years given one to a value: 2011年至2016年,安全感分别为96.71%、97.55%…;
 * 2015年、2016年、2017年收结案分别为:3075件、2823件,3813件、3513件,…
 * (a pair a year). The years hold for every 分别 list of the sentence; a
 * list is the values right after 分别, one after another; it is read only
 * when it has one or two values a year.
 */
const NO_YEARS: readonly (number | null)[] = [];

function yearsRespectively(sentence: Sentence, mentions: Mention[]): readonly (number | null)[] {
  const t = sentence.text;
  if (!t.includes("分别")) return NO_YEARS;
  const out: (number | null)[] = mentions.map(() => null);
  // (2013至2015年,各年度…分别为: the first year said without 年, d35.)
  const span = t.match(/([0-9]{4})年?(?:至|到|—|–|-)([0-9]{4})年/);
  const list = t.match(/(?:[0-9]{4}年[、，,和及]){1,}[0-9]{4}年/);
  let years: number[] = [];
  let from = 0;
  if (list && (!span || list.index! < span.index!)) {
    years = list[0].match(/[0-9]{4}/g)!.map(Number);
    from = list.index! + list[0].length;
  } else if (span) {
    const a = Number(span[1]);
    const b = Number(span[2]);
    if (b > a && b - a < 12) years = Array.from({ length: b - a + 1 }, (_, k) => a + k);
    from = span.index! + span[0].length;
  }
  if (years.length < 2) return out;
  const opener = /分别(?:为|是|达到|达|占)?[:：]?\s*$/;
  // …分别为379人、294人、259人,…同比分别下降了22.43%和11.9%: one change fewer than the years, each of a year after the first (d35).
  const changes = /同比分别(?:下降|上升|增长|减少|增加)了?\s*$/;
  for (let i = 0; i < mentions.length; i++) {
    const rel = mentions[i].start - sentence.start;
    const before = t.slice(Math.max(from, rel - 8), rel);
    const ofChanges = rel >= from && changes.test(before);
    if (rel < from || (!opener.test(before) && !ofChanges)) continue;
    let j = i;
    while (j + 1 < mentions.length && /^\s*[、，,和及]\s*$/.test(t.slice(mentions[j].end - sentence.start, mentions[j + 1].start - sentence.start))) j++;
    const n = j - i + 1;
    if (ofChanges) {
      if (n === years.length - 1) for (let k = i; k <= j; k++) out[k] = years[k - i + 1];
    } else {
      const per = n === years.length ? 1 : n === 2 * years.length ? 2 : 0;
      if (per) for (let k = i; k <= j; k++) out[k] = years[Math.floor((k - i) / per)];
    }
    i = j;
  }
  return out;
}

/** Since work began on a day the text does not say (全面开展公益诉讼工作以来,): ending the words before a 截至, or opening the sentence before. */
const SINCE_UNDATED = "(开展|工作|活动|斗争|行动|试点|实施)[^，,；;。0-9]{0,6}以来[，,]";
const ENDS_SINCE_UNDATED = new RegExp(`${SINCE_UNDATED}\\s*$`);
const OPENS_SINCE_UNDATED = new RegExp(`^[^，,。；;]{0,40}?${SINCE_UNDATED}`);

// 2月25日,保山市公安局举行…聘任仪式,聘请了1万名监督员: a figure of an event held on the day its sentence
// names, with no time phrase of its own, is of that day (c13, c81, c82). Not at a press conference, where
// the figures given are of the work reported.
const EVENT_DAY = /(?:^|[，,。\s])(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日(?:上午|下午|晚上?)?[，,][^。；;]{0,60}?(?:举行|举办|闭幕|开幕)/;
const AT_A_PRESS_CONFERENCE = /发布会|通气会|新闻|通报/;
/** An act done at an event, right before its count: 发布10个, 集中向16名受害群众返还, 当场向…发放, …发还给15名. */
const ACT_AT_EVENT = /(当场|现场|集中|并|又)?(发布|公布|返还|发还|退还|发放|颁发)(了)?[^，,；;。0-9]{0,12}$/;
/** The event held, in the sentence before the figure: …举行…返还仪式, 召开新闻发布会, 发布会19日在京举行, 当天, 当场. */
// (Not 现场 alone: 组织开展“集中退赃月”活动,…现场退还 is a month's work, 955.)
// (…and what a meeting itself did: 会议还发布了8件…典型案例, d99.)
const EVENT_HELD = /(举行|举办|召开)(了)?[^，,；;。]{0,40}(会|仪式|活动)|(会|仪式|活动)[^，,；;。]{0,8}(举行|召开|举办)|当天|当日|当场|(会议|会上)(还|同时|并|上)?(发布|公布|通报)/;

/** The day of the event a sentence names (1月26日下午,…举行; 20日,…召开), else the day the lead gives (the page's dateline). */
function eventDayOf(before: string, docDate: string | null): string | null {
  if (!docDate) return null;
  // (The last day said: 中国甘肃网1月27日讯(…)1月26日下午,…举行, c41.)
  const full = [...before.matchAll(/(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日/g)].pop();
  if (full) return dayOfThePage(full[1], Number(full[2]), Number(full[3]), docDate);
  return /^\d{4}-\d{2}-\d{2}$/.test(docDate) ? docDate : null;
}

/** A month and day said (with its year or without) as an ISO date; without one, of the page's year, or of the year
 * before when the month is later in the year than the page's. Null for a day that does not exist. */
function dayOfThePage(year: string | undefined, month: number, day: number, docDate: string): string | null {
  const y = year ? Number(year) : Number(docDate.slice(0, 4)) - (/^\d{4}-\d{2}/.test(docDate) && month > Number(docDate.slice(5, 7)) ? 1 : 0);
  const date = new Date(Date.UTC(y, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
}

// 较上年同期破案858起, 比去年同期抓获779人: a level of the same span a year earlier, said with its verb.
const BASE_WITH_VERB = /^[，,\s]*(较|比)(上年|去年)同期(破案|破现案|破获|侦破|抓获|立案|发案|受理|新收|审结|结案|办结|执结|批捕|起诉|共|为|有)[\u4e00-\u9fa5]{0,3}$/;

/** The day of the event a sentence names before `rel`, as an ISO date, or null. */
function eventDay(before: string, docDate: string | null): string | null {
  const m = EVENT_DAY.exec(before);
  if (!m || !docDate || AT_A_PRESS_CONFERENCE.test(before)) return null;
  return dayOfThePage(m[1], Number(m[2]), Number(m[3]), docDate);
}

/** Bodies and staff a place has (公证处, 鉴定人, 派出所): named right after a count of them. */
const BODIES_OR_STAFF = /^(公证处|公证机构|公证员|司法鉴定机构|鉴定机构|鉴定人|律师事务所|律所|律师|基层法律服务所|法律服务所|法律服务工作者|司法所|派出所|人民法庭|法庭|调解组织|调委会|人民调解委员会|人民调解员|调解员|法官|检察官|民警|辅警|监狱|戒毒所|看守所)([0-9０-９]|[，,；;。、]|$)/;

/**
 * Whether a figure is counted at a moment rather than over its period: an
 * indicator the vocabulary marks stock, cases still pending (法定审限内未结案比),
 * what a place has (全省现有人民陪审员22730名, 全区有19所监狱) and the next items
 * of such a list (…,2个病犯管理所,1个警官学校; 全市12家公证处144名公证员), up
 * to a verb of work done.
 */
function isStock(sentence: Sentence, m: Mention, rel: number, label: string, indicator: string, statistic: string, previous: Mention | null, previousStock: boolean): boolean {
  // 新成立行业性调委会38个, 新增…工作站17个, 新聘专职人民调解员664名: what was added in the period, not what is had (410, 969, 923).
  if (/新(成立|建|增|聘|设)/.test(label)) return false;
  if (indicatorOf(indicator)?.stock || /未结/.test(label) || /^(全[省市县区州旗盟]|全国)?(现有|拥有|具有)/.test(label)) return true;
  // 专职律师50.47万多人, 其中合伙所603家: the lawyers or firms of a kind, a part no key names (decision 52), are had at a moment as all are.
  // (…律师党员3207人, 县域执业律师人数为2584人, 执业律师中担任人大代表、政协委员的275人: b27, 985.)
  if (/^[人名家个所]$/.test(m.unit ?? "") && /律师|律所|(合伙|个人|国资|合作)所$/.test(label) && !/办|代理|参与|参加|提供|接待|调解|化解|选派|组织|派出|安排|动员|培训|指派|聘请|新|服务|受理|承办|值班|出庭|辩护|获|表彰|评为/.test(label)) return true;
  // 四川省律师中有博士895人,…硕士5239人; 现有律师中,中共党员14593人: the lawyers a place has, by degree or party, are had at a
  // moment as all its lawyers are (b27, a40).
  if (/^[人名]$/.test(m.unit ?? "") && /(现有|执业|全省|全市|全区)?律师(队伍)?中[，,]?(有)?[^。]*$/.test(sentence.text.slice(0, rel)) && !/办|代理|参与|提供|接待|调解|化解|新增|新发展|培训/.test(label)) return true;
  // 机动车保有量达2484万辆, 监控总量突破30万, 现行有效规范性文件53件: a level held at a moment (832, 605, 408);
  // so is a coverage (公职律师人员覆盖率达54%, b99; a20's 覆盖率为69%), a staffing or building rate (人员配备率分别达到88%, c59; 建成率分别达99%, a71).
  if (/(保有量|总量)(已|达|达到|突破|超过|为)?$|现行有效[^，,；;。]{0,12}$|(覆盖|配备|建成)率(分别)?(已|达|达到|为)?$/.test(label)) return true;
  const t = sentence.text;
  const sincePrevious = previous ? t.slice(previous.end - sentence.start, rel) : "";
  // 中共党员14593人,占全省律师总数的40.95%,同比增长19.74%: a stock's share and its change are of the same moment.
  if (previousStock && /^(share|yoy_|change_)/.test(statistic) && /^[，,、\s]*(分别)?(同比|较|比|占|增长|上升|下降|减少|增加)[^；;。]{0,20}$/.test(sincePrevious) && !/[0-9]{4}年|以来|期间|全年/.test(sincePrevious)) return true;
  if (previousStock && /^[个所家座处支名人]$/.test(m.unit ?? "") && /^[^，,；;。]{0,14}(?:[，,](其中)?[^，,；;。]{0,14})?$/.test(sincePrevious) && !/办|受理|化解|调解|审结|破获|抓获|查处|起诉|累计|新增|新建|开展|接收|解除|接送|培养|培育|新|选聘|提供|推出|帮助|服务|参与|[0-9]{4}年/.test(sincePrevious)) return true;
  // 全省共有司法所1629个, 实有民警448人, 全国已配备专职法制员1.6万名: what a place has, named right before the count (910, a90, c40).
  // (Not those something happened to: 共有308名民警…因公牺牲, 共有26个集体…获表彰, 共有236名…投案.)
  const had = /^[个所家座处支]$/.test(m.unit ?? "") ? /(共有|实有|已配备)[\u4e00-\u9fa5（）()]{1,14}$/ : /^[名人]$/.test(m.unit ?? "") ? /(实有|已配备|在职|在册)[\u4e00-\u9fa5（）()]{1,14}$/ : null;
  // (…超过1万人的省(区、市)有23个, 司法厅党委管理的党组织有447个: bodies or places a place has, said with 有 right before the count, 844, 959.)
  const hadJustBefore = /^[个所家座处支]$/.test(m.unit ?? "") && /(?<![所没拥具占])有$/.test(label);
  if ((had?.test(label) || hadJustBefore) && !/办|受理|化解|调解|审结|破获|抓获|查处|起诉/.test(label) && !/^[^；;。]{0,30}(获|被评|表彰|牺牲|负伤|受伤|病故|投案|荣立|受到|立功|取得)/.test(t.slice(m.end - sentence.start))) return true;
  // 全市12家公证处144名公证员, 全市39个司法鉴定机构519名鉴定人: a place's count of its bodies or staff, said
  // with nothing done, is what it has (920).
  if (/^[个所家座处支名人]$/.test(m.unit ?? "") && /(^|[，,；;。：:\s])(全[省市县区州旗盟]|全国)(共)?$/.test(t.slice(Math.max(0, rel - 6), rel)) && BODIES_OR_STAFF.test(t.slice(m.end - sentence.start))) return true;
  // 四川省律师中有博士895人: a population's members of one kind, at its moment (b27).
  if (/^[人名]$/.test(m.unit ?? "") && /(律师|法官|检察官|民警|辅警|调解员|公证员|队伍|人员)中有[\u4e00-\u9fa5]{0,6}$/.test(t.slice(Math.max(0, rel - 16), rel))) return true;
  // 全省共有9名民警…因公牺牲 counts what happened: only bodies and places are had; not those
  // that something happened to (共有26个集体…获表彰) or that meet a bar (超过300件的省有9个, 有9个省…的).
  return (
    /(?:^|[^没])有\s*$/.test(t.slice(Math.max(0, rel - 4), rel)) &&
    /^[个所家座处支]$/.test(m.unit ?? "") &&
    !/的[^，,；;。]{0,12}有\s*$/.test(t.slice(Math.max(0, rel - 16), rel)) &&
    !/^[^；;。]{0,30}(获|被评为|受到|荣获|被授予|的)/.test(t.slice(m.end - sentence.start))
  );
}

/** The verbs of each body's own work that another body does not say of itself. */
const OTHERS_WORK: Partial<Record<string, RegExp>> = {
  police: /^[^，,]*(起诉|提起公诉|批捕|批准逮捕|审结|判决|宣判)/,
  // (…法院已判决14人;打掉黑社会性质犯罪团伙1个21人: gangs broken up are not the court's, reporter set r159.)
  court: /^[^，,]*(起诉|提起公诉|批捕|批准逮捕|破获|抓获|刑拘|打掉|摧毁|打击处理)/,
  procuratorate: /^[^，,]*(审结|判决|宣判|破获|抓获|刑拘|打掉|摧毁|打击处理)/,
};

/** The paragraph's sentences before this one. */
function paragraphBefore(ctx: FigureContext, sentenceIndex: number): string {
  let text = "";
  const paragraph = ctx.sentences[sentenceIndex].paragraph;
  // A few sentences back are enough; a paragraph of a 50 MB file may be very long.
  for (let k = sentenceIndex - 1; k >= 0 && ctx.sentences[k].paragraph === paragraph && text.length < 2000; k--) text = ctx.sentences[k].text + text;
  return text;
}

function labelFor(sentence: Sentence, m: Mention, previous: Mention | null, previousLabel: string | null): string {
  const rel = m.start - sentence.start;
  let from = rel;
  // (审结一、二审涉黑涉恶案件8件: the 、 of 一、二审 joins two instances, it ends no clause, 866.)
  while (from > 0 && (!CLAUSE.test(sentence.text[from - 1]) || (sentence.text[from - 1] === "、" && /一$/.test(sentence.text.slice(0, from - 1)) && /^二审/.test(sentence.text.slice(from))))) from--;
  // (…同比分别大幅上升 8.22、【28.26 个百分点】: a bare number before 、 is the first of two changes said with one unit; the
  // label runs back across it to its change word, which statisticOf then reads, d88.)
  if (/^\s*$/.test(sentence.text.slice(from, rel)) && sentence.text[from - 1] === "、" && /(上升|下降|增长|减少|增加|提高|降低|提升)\s*[0-9]+(\.[0-9]+)?\s*$/.test(sentence.text.slice(0, from - 1))) {
    from--;
    while (from > 0 && !CLAUSE.test(sentence.text[from - 1])) from--;
  }
  if (previous && previous.end - sentence.start > from) from = previous.end - sentence.start;
  let before = sentence.text.slice(from, rel).trim();
  // 31件39人, 12件、15人, 下降8.37%、28.30%: a number right after another, or
  // joined to it by 、 or 和 alone, counts the same thing as the first.
  // (…、 52.6%, with a space the page kept, a90; …11.9%、和1.6%, c33.)
  if (before === "" && previous && previousLabel && /^(\s*(、和|[、和])\s*)?$/.test(sentence.text.slice(previous.end - sentence.start, rel))) return previousLabel;
  // Drop the time phrase that opens a clause: 截至目前,全市法院受理案件
  before = before.replace(/^(今年以来|近年来|目前|截至目前)/, "");
  let after = "";
  // The counted thing named after the number (3380个单元网格), or, when the
  // words before say nothing (全市850余人次参加…培训), what follows.
  const weak = before.replace(/^(全市|全省|全县|全区|共|累计|先后)+/, "").length === 0;
  const rest = sentence.text.slice(m.end - sentence.start);
  // 刑事立案数(同比下降13.4%)和破获刑事案件数: a number that closes brackets names nothing after them.
  // (满意度达94% 连续七年提升: a rate said with 达 is complete; what follows is another clause, a51.)
  const complete = m.unit === "%" && !weak && /(达|达到|为)$/.test(before);
  // (在去年下降25%的基础上,又下降12.97%: 基础上 names nothing counted, d63.)
  if ((NOUN_FOLLOWS.has(m.unit) || weak) && !complete && !/^[)）]/.test(rest) && !/^的?(基础上|前提下)/.test(rest)) {
    const stop = rest.search(weak ? /[，,；;：:。！？（(]/ : /[，,；;：:、。！？（(]/);
    after = rest.slice(0, stop === -1 ? rest.length : stop).replace(/^(的|以上|左右|内)/, "").slice(0, 24);
    // (1046个司法所、633个律师事务所、118个公证处: a list's item ends where the next number starts.)
    const next = after.search(/、\s*[0-9０-９]/);
    if (next >= 0) after = after.slice(0, next);
  }
  // Brackets cut by the number (比全省平均值(113.09天)少) are not part of what is counted.
  return (before + after).trim().replace(/^[)）\s]+|[(（\s]+$/g, "");
}

export function mentionsToFigures(sentenceIndex: number, mentions: Mention[], ctx: FigureContext): Omit<Figure, "start" | "end" | "sentenceStart" | "sentenceEnd" | "prefix" | "suffix" | "text">[] & { start: number; end: number; text: string }[] {
  const sentence = ctx.sentences[sentenceIndex];
  const section = ctx.sections[ctx.sectionOfSentence[sentenceIndex]];
  const out = [];
  let previous: Mention | null = null;
  let previousLabel: string | null = null;
  let previousPhrase = "";
  // The last keyed level of each unit in the sentence: what a list item without a verb counts.
  const lastOfUnit = new Map<string, { end: number; level: Dimensions }>();
  // Where the last level of each unit that no key names ends (件, and 人 for 人 and 名).
  const lastUnnamedOfUnit = new Map<string, number>();
  let partEnd: number | null = null; // where the last part no key names ends
  let previousKind: Mention["kind"] | null = null;
  let previousStock = false;
  let previousUnnamed = false;
  let previousPerHead = false;
  // The level before a bracket, while the figures inside it are read.
  let outer: Dimensions | null | undefined;
  // The last level of the sentence: what a bare 同比上升 or 占…% after it measures.
  // A sentence that opens with 其中 lists parts of the last figure of the sentence before.
  const continues = !!ctx.carry && ctx.carry.paragraph === sentence.paragraph && /^\s*(其中|含)/.test(sentence.text);
  let level: Dimensions | null = continues ? ctx.carry!.level : null;
  let previousPart = false;
  // Whether the last count of cases in this sentence was a part no key names (withCaseType's afterPart).
  let casesPart = false;
  // Whether the figure just before was a part no key names (classify's justAfterPart).
  let previousUnkeyedPart = false;
  let partUnit: string | null = null;
  // The end of the last level dated to the last year of its sentence's span (下降至15.8万起): its 降幅 after it is of that year too.
  let reachedEnd = -1;
  // Each change of a list said 分别 after the figures it is of (…12016件17462人,同比分别下降39.39%、38.88%): the figure it pairs with,
  // whose level it is of (件 and 人 counted apart, a32).
  const targetOf: number[] = [];
  const labels = respectively(sentence, mentions, mentions.map(() => ""), targetOf);
  const levelAt: (Dimensions | undefined)[] = [];
  const yearOfEach = yearsRespectively(sentence, mentions);
  // The paragraph before this sentence, read once and only if a rule asks for it.
  let earlierText: string | null = null;
  const earlier = () => (earlierText ??= paragraphBefore(ctx, sentenceIndex));
  // The topic ends before the first figure's own clause (依法严厉打击严重刑事犯罪,共查办职务犯罪6件8人 is about
  // serious crime; 职务犯罪 is that count's), unless that clause names a campaign, which heads the whole sentence
  // (扫黑除恶专项斗争开展以来,共打掉…; 全市打击电信网络诈骗犯罪破案…).
  const head = mentions.length ? sentence.text.slice(0, mentions[0].start - sentence.start) : "";
  const cut = Math.max(head.lastIndexOf("，"), head.lastIndexOf(",")) + 1;
  // (…违法犯罪警情数、刑事立案数和道路交通事故亡人数同比分别下降: a list of measures is no topic of them all, a30.)
  const topic = cut > 0 && !/扫黑|涉黑|涉恶|黑恶|电信|网络诈骗|电诈|未成年/.test(head.slice(cut)) ? head.slice(0, cut) : labels[0] ? "" : head;
  // The subheading over the paragraph: the nearest short line within three paragraphs before it.
  let heading = "";
  for (let k = sentence.paragraph - 1; k >= 0 && k >= sentence.paragraph - 3; k--) {
    const t = ctx.paragraphs[k].text;
    if (t.length <= 20 && !/[。；;，,]/.test(t)) {
      heading = t;
      break;
    }
  }
  for (const [i, m] of mentions.entries()) {
    const label: string = labels[i] || labelFor(sentence, m, previous, previousLabel);
    const rel = m.start - sentence.start;
    const named = bodyBefore(sentence.text, rel, section.region);
    // 截至2020年12月底,全省公安机关共打掉…;起诉涉黑涉恶案件2600余件: a part after a semicolon whose verb is another
    // body's work, naming no body of its own, is no longer the police's (d21): the reporter's again.
    const segmentStart = Math.max(sentence.text.lastIndexOf("；", rel), sentence.text.lastIndexOf(";", rel));
    const segment = segmentStart >= 0 ? sentence.text.slice(segmentStart + 1, rel) : "";
    // (The verb first: it is the cheaper test, and most parts after a semicolon fail it.)
    const othersWork = !!named && segment !== "" && (OTHERS_WORK[named.institution]?.test(segment) ?? false) && !bodyBefore(segment, segment.length, section.region);
    // 提出抗诉2061件,…;法院同期审结1062件; 提起公诉2598人,法院已判决2470人: in a procuratorate's report the courts'
    // rulings are the responses to its protests and prosecutions, its own work's measure (decision 32; a87, c14, d61, 207).
    const response = named?.institution === "court" && section.institution === "procuratorate";
    const body = othersWork || response ? null : named;
    const institution = body?.institution ?? section.institution;
    // Region is the reporter's jurisdiction (decision 15): a subordinate body
    // named in the sentence (合肥法院 in 安徽高院's report) does not change it.
    const region = section.region.province || section.region.code === NATIONAL_CODE ? section.region : body?.region ?? section.region;
    // The clause up to the number, across earlier numbers: 排名全省168个县市区第18名.
    const clause = sentence.text.slice(lastStop(sentence.text, rel, SENTENCE_STOPS) + 1, rel);
    // 制定规范性文件9件,其中3件已印发: a part counts what its whole counts.
    const part: boolean = !!previous && !!previousKind && previous.unit === m.unit && /其中[^，,；;。]{0,4}$/.test(sentence.text.slice(previous.end - sentence.start, rel));
    // For what it measures, a part is wider: 其中,人大代表710人、政协委员29人 (the list after 其中 is all parts).
    const between = previous ? sentence.text.slice(previous.end - sentence.start, rel) : "";
    // The brackets closed: the level before them is back.
    if (outer !== undefined && /[)）]/.test(between)) {
      level = outer;
      outer = undefined;
    }
    // A part's own share (…3865人,占30%;) does not end the list of parts.
    const partOf: boolean =
      (!!previous && previous.unit === m.unit && /其中[，,]?[^，,；;。]{0,10}$/.test(between)) ||
      (previousPart && partUnit === m.unit && /^[，,；;、和及][^，,；;。]{0,10}$/.test(between)) ||
      (!previous && continues && ctx.carry!.unit === m.unit && /^\s*(其中|含)[，,]?[^，,；;。]{0,10}$/.test(sentence.text.slice(0, rel))) ||
      // (…律师事务所539家,比2015年增长25.3%,其中,合伙所277家: a whole's change between it and its parts, b62.)
      (!!previous && previous.unit === "%" && (lastOfUnit.get(m.unit ?? "")?.end ?? -1) >= sentence.start && /^[^；;。]{0,30}[0-9.]+%[，,]\s*其中[，,]?[^，,；;。]{0,10}$/.test(sentence.text.slice(lastOfUnit.get(m.unit ?? "")!.end - sentence.start, rel)));
    if (partOf) partUnit = m.unit;
    previousPart = partOf || (previousPart && m.unit === "%" && /^[，,]?占/.test(between));
    // (…刑事法律援助案件242宗、行政法律援助案件1宗、法律帮助804宗: a list's next item in 宗 counts what the one before counts, d14.)
    const listedCases: boolean = m.unit === "宗" && previous?.unit === "宗" && previousKind === "cases" && /^\s*[、，,]\s*[^，,；;。、0-9]{0,10}$/.test(between);
    const kind: Mention["kind"] = part ? previousKind! : listedCases ? "cases" : kindOf(m, label, sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 6), clause, sentence.text.slice(Math.max(0, m.start - sentence.start - 16), m.start - sentence.start));
    const rest = sentence.text.slice(m.end - sentence.start);
    const clauseEnd = rest.search(CLAUSE);
    const after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    // The words before the number across 、 (审结贪污、贿赂、渎职等职务犯罪1068件): the label stops at 、.
    let from = lastStop(sentence.text, rel, CLAUSE_STOPS) + 1;
    if (previous && previous.end - sentence.start > from) from = previous.end - sentence.start;
    // A label given along a list (…、…同比分别下降) already names its own measure;
    // a number right after another (5069件7018人) counts the same thing in another unit.
    const pair = !!previous && /^[件起宗]$/.test(previous.unit ?? "") && /^[人名]$/.test(m.unit ?? "") && /^\s*、?\s*$/.test(between);
    // (…633个律师事务所、118个公证处: the words between are what the number before counts, not this one's.)
    const nounOfPrevious = !!previous && NOUN_FOLLOWS.has(previous.unit) && previous.unit !== "%" && /^[\u4e00-\u9fa5]+、\s*$/.test(between);
    const phrase = labels[i] ? label : previous && (between === "" || pair) ? previousPhrase : nounOfPrevious ? label : sentence.text.slice(from, rel);
    previousPhrase = phrase;
    // 侦办涉黑案件45起、恶势力集团案件168起; 审结涉黑案件33件490人、涉恶案件108件;
    // 起诉…人身权犯罪182人,…侵财犯罪1472人: an item of a list shares the verb of the first item in its unit.
    const same = lastOfUnit.get(m.unit ?? "");
    const sinceSame = same ? sentence.text.slice(same.end - sentence.start, rel) : "";
    // (受理各类刑事案件1814件,结案率为93.94%;各类民商事案件19401件,结案率为95.66%;行政案件290件: items of one
    // kind each after a semicolon, each with its rate, share the first item's verb too, d28.)
    const listed =
      !!same &&
      ((/^[^；;。]{1,60}$/.test(sinceSame) && (/、[^，,；;。]{1,20}$/.test(sinceSame) || /^[^；;。]*[，,][^，,；;。]{1,24}(犯罪|案件)$/.test(sinceSame.trimEnd()))) ||
        (/^[^；;。]{0,30}[；;]\s*(各类)?[\u4e00-\u9fa5]{1,6}案件$/.test(sinceSame.trimEnd()) && !!same.level.caseType));
    // 同比件数下降0.3%、人数上升0.8%: a change of the count in 件 or in 人 said before it.
    // …97件134人,去年同期为197件375人: a base quoted in the same units as the levels before it.
    // …同比上升4.9%(件): a change marked with the unit it counts in (a06).
    const marked = /^[(（](件|件数)[)）]/.test(rest) ? "件" : /^[(（](人|人数)[)）]/.test(rest) ? "人" : null;
    const countedUnit = marked === "件" || /件数[^，,；;。、]{0,6}$/.test(label) ? "件" : marked === "人" || /人数[^，,；;。、]{0,6}$/.test(label) ? "人" : null;
    const counted = countedUnit === "件" ? lastOfUnit.get("件") : countedUnit === "人" ? (lastOfUnit.get("人") ?? lastOfUnit.get("名")) : /同期(为|是)$/.test(label) || (pair && /同期(为|是)$/.test(previousLabel ?? "")) ? lastOfUnit.get(m.unit ?? "") : undefined;
    // 涉及借款类纠纷案件466件,涉及标的总额1亿元,案件数同比增长42.9%: the count in 件 the change names is a level no key
    // names, said after the last keyed one: the change is that level's, other (reporter set r08).
    const countedUnnamed = !!countedUnit && (lastUnnamedOfUnit.get(countedUnit) ?? -1) > (lastOfUnit.get(countedUnit)?.end ?? -1);
    // …开展监督195件次,同比上升12.5%: a change right after a level the rules cannot name is that level's, not an earlier one's (a06);
    // so are a part and a rank of it (16项…指标,其中11项优于全国均值、3项位居全国前五, a09).
    const ofUnnamed =
      previousUnnamed &&
      // (…宣告无罪1039人,占0.08%: the share right after such a figure is its own, d18.)
      (/^[，,]\s*(同比|环比)?(上升|下降|增长|减少|增加|提高|降低)了?$/.test(between) || /^[，,]\s*占[^，,；;。0-9]{0,12}$/.test(between) || partOf || (m.rule === "rank" && /^[^，,；;。]{0,8}$/.test(between)) ||
        // (…and its base in brackets: 发出支持起诉意见书38件(2021年同期15件), 932.)
        /^\s*[(（](去年|上年|[0-9]{4}年)同期(为|是)?$/.test(between));
    const paired = targetOf[i] !== undefined ? levelAt[targetOf[i]] : undefined;
    // A measure named in a list of 分别 stands alone in its clause: 道路交通事故亡人数 gives no case type to 刑事立案数 beside it (a30).
    const listClause = labels[i] && targetOf[i] === undefined ? clause.slice(0, Math.max(clause.lastIndexOf("，"), clause.lastIndexOf(",")) + 1) + label : clause;
    // 结案20865件,结案率78.54%,其中一审案件19541件: a part in 件 is of the last count in 件, not of the rate between (a72).
    const partOfCount = /^其中/.test(label) && level && kind !== "percent" && indicatorOf(level.indicator)?.kind === "percent" ? lastOfUnit.get(m.unit ?? "")?.level : undefined;
    const classified = classify({ label, phrase, clause: listClause, sentence: sentence.text, after, kind, unit: m.unit, institution, part: partOf, topic, heading, paragraphBefore: earlier, at: rel, listed: listed ? same!.level : undefined, pair, afterPart: casesPart, justAfterPart: previousUnkeyedPart }, paired ?? (countedUnnamed ? null : counted?.level) ?? partOfCount ?? (ofUnnamed || countedUnnamed ? null : level));
    let { ruleId } = classified;
    let { caseType, statistic, indicator } = classified;
    // The whole a part no key names belongs to: the rules' own, or the one of a part read so here (of-part below).
    let whole = classified.whole;
    // 金融案件一审收案总数116.79万件,一审结案总数119.98万件: a count said with its verb alone right after a part no key
    // names is of the same part (d27; decision 50).
    // The words since a part no key names, when this figure comes right after it (the part's own figures follow).
    const sincePart = partEnd !== null && previous !== null && previous.end === partEnd ? sentence.text.slice(partEnd - sentence.start, rel) : null;
    if (indicator !== "other" && statistic === "value" && sincePart !== null && previous!.unit === m.unit && /^[，,、]\s*(一审|二审|再审)?(结案|收案|审结|受理|新收|办结|执结|结)(总数|数)?(为|达)?$/.test(sincePart)) {
      whole = indicator;
      indicator = "other";
      caseType = null;
      ruleId = `${ruleId}:of-part`;
    }
    // 审结刑事案件300人, 审结贪污贿赂、渎职等案件55人: persons said right after a court's concluded cases, with no count
    // of the cases between, are the persons those cases sentenced (decision 51), of the cases' kind (c31).
    const concludedWords = indicator === "other" && kind === "persons" ? (listClause.split(/[，,；;：:]/).pop() ?? "") : "";
    if (indicator === "other" && kind === "persons" && statistic === "value" && institution === "court" && /^(共|依法)?(审结|判决)[^，,；;。]*(案件|案)$/.test(concludedWords) && (concludedWords.endsWith(label) || label === "")) {
      const cases = classify({ label: concludedWords, phrase, clause: listClause, sentence: sentence.text, after, kind: "cases", unit: "件", institution, part: partOf, topic, heading, paragraphBefore: earlier, at: rel, listed: undefined, pair: false, afterPart: casesPart }, ofUnnamed ? null : level);
      if (cases.indicator === "court.cases.concluded" && cases.statistic === "value") {
        indicator = "court.sentenced.persons";
        caseType = cases.caseType && indicatorOf(indicator)?.caseTypes.includes(cases.caseType) ? cases.caseType : null;
      }
    }
    // 公安机关满意度为90.92%,…;全州检察机关为95.11%: a body's rate said with 为 alone after another body's named
    // rate in the sentence is the same measure, the body's own (c39; decision 14 gives it the body).
    const sameRate = lastOfUnit.get(m.unit ?? "")?.level;
    if (indicator === "other" && statistic === "value" && kind === "percent" && sameRate && sameRate.statistic === "value" && indicatorOf(sameRate.indicator)?.kind === "percent" && BODY_RATE.test(label)) {
      indicator = sameRate.indicator;
      caseType = sameRate.caseType;
    }
    // 破获盗窃案4532起,抓获犯罪嫌疑人3584名; 打处黄赌团伙439个,抓获犯罪嫌疑人3080名: the suspects caught right after
    // the police's count of one kind of case or gang are of that kind (c28; decision 43).
    const casesBefore = i > 0 ? levelAt[i - 1] : undefined;
    if (indicator === "police.suspects.arrested" && caseType === null && statistic === "value" && casesBefore?.caseType && /^police\.(criminal_cases\.solved|gangs\.destroyed)$/.test(casesBefore.indicator) && CAUGHT_ALONE.test(label) && /^[，,、]\s*$/.test(sentence.text.slice(mentions[i - 1].end - sentence.start, rel - label.length)) && indicatorOf(indicator)?.caseTypes.includes(casesBefore.caseType)) {
      caseType = casesBefore.caseType;
    }
    // 在2018年河南全省公众安全感调查中,西峡县位列河南省第一位: a rank in a survey of the sense of security is that
    // indicator's rank (a68, a54), when no other level stands between.
    if (statistic === "rank" && indicator === "other" && (institution === "plac" || institution === "police") && /安全感[^。；;]{0,12}(调查|测评|测评结果|民调)中?[，,]?[^。；;0-9]{0,16}$/.test(sentence.text.slice(previous ? previous.end - sentence.start : 0, rel))) {
      indicator = "plac.sense_of_security";
      caseType = null;
    }
    // A headline's bare change (“五一”期间南昌市刑事警情下降30.8%) that the body gives again with 同比 is year on year (c05, 984, 903).
    if (statistic.startsWith("change_") && sentence.paragraph < 3 && ctx.paragraphs[sentence.paragraph].text.length <= 80 && !/[较比与]|高于|低于|高出/.test(label)) {
      const body = ctx.text.slice(ctx.paragraphs[sentence.paragraph].end);
      const said = body.indexOf(m.text);
      if (said > 0 && /同比[^，,；;。0-9]{0,8}$/.test(body.slice(Math.max(0, said - 12), said))) {
        statistic = statistic.replace("change_", "yoy_");
      }
    }
    // A day's average (日均接警4万余起, 平均每天接报警1840余起, 平均每天结案56件) is no count of the period,
    // and no key counts by the day (705, 803, 819, 997); a change of it is still the measure's change (984).
    // 适用认罪认罚从宽制度审结案件1992件 in a court's report: the court's cases, not the procuratorate's measure of the same
    // words (895, d31); no tuned text keys a court's figure with a procuratorate's key.
    if (institution === "court" && indicator.startsWith("procuratorate.")) {
      indicator = "other";
      caseType = null;
      ruleId = `${ruleId}:not-the-court's`;
    }
    if (statistic === "value" && indicator !== "other" && DAILY.test(label) && indicatorOf(indicator)?.kind !== "percent") {
      indicator = "other";
      caseType = null;
    }
    // 法官人均收案358件、结案327件 (or ,结案240件; not 挂职干部人均收案449件,结案449件, 859): the item after a judge's average is one too, the per-judge indicator's.
    if (statistic === "value" && /^(结案|办结|审结)$/.test(label) && /法官人均(收案|受案|受理|受理案件)[0-9.]+件[、，,](结案|办结|审结)$/.test(sentence.text.slice(Math.max(0, rel - 30), rel))) {
      indicator = "court.cases.per_judge";
      caseType = null;
    }
    // 人均受案38.65件, 人均收案352件: an average per head is no count of the whole, and no key but the judges'
    // concluded cases counts per head (c83, c93); so are its changes (同比上升13.81% after it).
    // (Not 嫌疑人均同比上升: the 人 of 嫌疑人 and 均, "both".)
    const perHead = /(?<!疑)人均/.test(label) && indicator !== "other" && !/per_|_per/.test(indicator);
    if (perHead || (statistic !== "value" && previousPerHead && /^[，,]\s*(同比|环比)?(上升|下降|增长|减少|增加|提高|降低)了?$/.test(between))) {
      indicator = "other";
      caseType = null;
    }
    // 交通事故次、伤、亡、损四项指标分别下降: a count of indicators is none of them (decision 36).
    if (m.unit === "项" && /^指标/.test(sentence.text.slice(m.end - sentence.start))) {
      indicator = "other";
      caseType = null;
      statistic = "value";
    }
    // 新收…案件142467件,涉案标的额1664.21亿元: the sum at stake of cases received is not the indicator's, which
    // counts the cases concluded (审结…139078件,涉案标的额1445.32亿元 is).
    // (…nor is the sum at stake of a part no key names: 审结金融案件24285件,标的额139.3亿元, b47; decision 50.)
    // (…or said after a part's count and its change: 2022年新收170999件(a part),同比增长20.03%,涉案标的额1449.52亿元, 845.)
    const ofPart = (sincePart !== null && /^[，,]\s*(涉案)?标的/.test(sincePart)) || (casesPart && /^(涉案)?标的/.test(label));
    if (indicator === "court.cases.amount_in_dispute" && statistic === "value" && ((level && /^court\.cases\.(new|accepted)$/.test(level.indicator)) || ofPart)) {
      indicator = "other";
      caseType = null;
    }
    // (…and the money recovered of such a part: 执结涉农民工工资案件6400余件,执行到位金额2.30亿元, d10;
    // 打击拒不支付劳动报酬犯罪,共破案41起,追回拖欠工资1294万元, d12.)
    if (statistic === "value" && ((sincePart !== null && indicator === "court.enforcement.amount_recovered" && /^[，,]\s*(执行)?到位(金额|款)/.test(sincePart)) || (casesPart && indicator === "court.enforcement.amount_recovered" && /^(执行)?到位(金额|款)/.test(label)) || (sincePart !== null && /^(police|any)\.losses\.recovered$/.test(indicator) && /^[，,]\s*(共|累计)?(追回|挽回|追缴)[^，,；;。]{0,8}$/.test(sincePart)))) {
      indicator = "other";
      caseType = null;
    }
    // A court's white paper on one kind of case (浦东法院劳动争议审判白皮书): its figures are of that kind unless they say another;
    // so are a police release's on fraud, but for its fraud indicators, whose case type is themselves (decision 44).
    // (Not crime at large said in so many words: 宁夏电诈案件发案数降至近5年最低值's 刑事案件发案数连续三年下降, reporter set r24.)
    const topicType =
      caseType === null && indicator !== "other" && !/刑事案件|刑事发案|各类(刑事)?案件/.test(label)
        ? institution === "court"
          ? ctx.caseTopic
          : institution === "police" && !indicator.startsWith("police.fraud.")
            ? ctx.policeTopic
            : null
        : null;
    if (topicType && indicatorOf(indicator)?.caseTypes.includes(topicType)) {
      caseType = topicType;
    } else if (ctx.gangTopic && caseType === null && GANG_COUNTS.test(indicator) && indicatorOf(indicator)?.caseTypes.includes("gang")) {
      caseType = "gang";
    }
    // In a text whose 受理 is 新收 (acceptedMeansNew), its 受理 counts and their changes are new cases;
    // not one that says it holds the cases carried over (受理各类案件4913件(含旧存122件)).
    if (indicator === "court.cases.accepted" && ctx.acceptedIsNew && !/^[(（]含(上年|去年)?旧存/.test(rest)) {
      indicator = "court.cases.new";
    }
    // …and in one whose 收案 is the docket (receivedMeansAccepted), its 收案 counts and their changes are the docket.
    else if (indicator === "court.cases.new" && ctx.receivedIsAccepted && !ctx.acceptedIsNew && /收案/.test(label) && !/新收/.test(label)) {
      indicator = "court.cases.accepted";
    }
    // (A part no key names still lends its list the whole's verb: …等案件9644件,危害食品药品安全犯罪案件292件, 992.)
    partEnd = indicator === "other" && whole && statistic === "value" ? m.end : partEnd;
    if (indicator === "other" && whole && statistic === "value") lastOfUnit.set(m.unit ?? "", { end: m.end, level: { indicator: whole, caseType: null, statistic } });
    if (indicator === "other" && !whole && statistic === "value") lastUnnamedOfUnit.set(m.unit === "名" ? "人" : (m.unit ?? ""), m.end);
    if (indicator !== "other" && statistic === "value") {
      lastOfUnit.set(m.unit ?? "", { end: m.end, level: { indicator, caseType, statistic } });
      levelAt[i] = { indicator, caseType, statistic };
    }
    // 受理各类案件4913件(含旧存122件),同比下降5.6%: a figure in brackets is an aside; a change after them is the level's before it.
    const aside = /^[^(（]*[)）]/.test(sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 30)) && /[(（][^)）]*$/.test(sentence.text.slice(0, rel));
    // 职务犯罪1件1人,普通刑事案件279件331人,审结170件: a sibling part no key names ends the kind of the part before it.
    if (indicator === "other" && !aside && ruleId.endsWith("/listed-unkeyed") && level?.caseType) {
      level = { ...level, caseType: null };
      if (ctx.carry) ctx.carry = { ...ctx.carry, level };
    }
    if (indicator !== "other" && !aside) {
      level = { indicator, caseType, statistic };
      // (A change after its level leaves the level to carry: 共立盗窃案件19342起,同比下降1.1%。其中,入室盗窃案件4609起, c33.)
      const sameLevel = statistic !== "value" && ctx.carry?.paragraph === sentence.paragraph && ctx.carry.level.statistic === "value" && ctx.carry.level.indicator === indicator && ctx.carry.level.caseType === caseType;
      if (!sameLevel) ctx.carry = { paragraph: sentence.paragraph, level, unit: m.unit };
    } else if (indicator === "other" && statistic === "value" && !aside && m.kind === "percent" && level?.statistic === "value" && indicatorOf(level.indicator)?.kind === "percent") {
      // …发回改判率平均为2.8%;三个月内结案率为86%,同比前五年提高了5%: a rate no key names stands between a
      // rate and the change after it, which is of the rate next to it (b71).
      level = null;
      ctx.carry = null;
    } else if (aside) {
      // …(调解结案211件,调撤率为70%,同比上升了6.72个百分点): inside the brackets a change is of the level there (807).
      if (outer === undefined) outer = level;
      if (indicator !== "other") level = { indicator, caseType, statistic };
    }
    // Period: the phrase nearest before the figure in its sentence, else in an
    // earlier sentence of the same paragraph (docs/annotation.md, decision 16).
    let period = periodPhraseAt(ctx, sentenceIndex, rel);
    // A headline's figure (群众安全感达99.17%, 北京法院…近31万件) that says no period is the figure the
    // article's body gives again: of the body's period there (840, 929, 984).
    if (!period && inHeadline(ctx, sentence.paragraph)) period = restatedPeriod(ctx, sentenceIndex, m.text);
    // 全年 with no year said before it: the year of the report; so is a 全年
    // said after a phrase of several years (三年来,…全年破获…, 968).
    const before = sentence.text.slice(0, rel);
    // (…and one said after a part of the year: 但因为上半年办案数量降幅过大,全年受理…12016件, a32.)
    // (Not a base compared with: 比去年全年上升1.5个百分点, 840.)
    if (/全年/.test(before) && !/(去年|上年|前年)全年[^，,；;。]*$/.test(before) && (!period || (before.lastIndexOf(period) < before.lastIndexOf("全年") && /^(近|过去)?[0-9一二三四五六七八九十]{1,2}年(来|间|以来)$|^近年来$|^(今年)?(上半年|[一二三]季度|前[一二三]季度)$/.test(period)))) period = "全年";
    let normalised = normalisePeriod(period, ctx.docDate);
    // 行动期间 (d50): the span of the campaign the text named before, from the day it began to the day it ended.
    if (period && CAMPAIGN_SPAN.test(period) && !normalised.start && !normalised.end) normalised = campaignSpanBefore(ctx, sentenceIndex) ?? normalised;
    // None anywhere before it, in a work report read to a congress: the year the report reviews (no phrase is said).
    if (!period && ctx.congressYear) normalised = { start: `${ctx.congressYear}-01-01`, end: `${ctx.congressYear}-12-31` };
    // …or in an article presenting a white paper on some years (《…白皮书(2016-2020)》): those years (d34).
    else if (!period && ctx.publishedSpan) normalised = ctx.publishedSpan;
    // A 以来 or 目前 that runs to the page's day, in an article presenting a period's data that ended before it (发布了2021年1月至6月
    // 全国检察机关主要办案数据;…刑法修正案(十一)自今年3月1日施行以来): to the end of that period, the data's day (c22). (Not the
    // years of a white paper presented: its 自2018年以来 runs to the page's day, d66.)
    else if (period && ctx.publishedSpan && ctx.publishedSpan.start.slice(0, 4) === ctx.publishedSpan.end.slice(0, 4) && normalised.end && normalised.end === ctx.docDate && ctx.publishedSpan.end < normalised.end && /以来|至今|目前|截至今|截止今/.test(period) && (!normalised.start || normalised.start <= ctx.publishedSpan.end)) normalised = { start: normalised.start, end: ctx.publishedSpan.end };
    // …or in a report on a year written after it (现将…2017年度重点工作任务完成情况报告如下, posted in 2018): that year (905).
    else if (!period && ctx.reportYear && ctx.docDate && Number(ctx.docDate.slice(0, 4)) > ctx.reportYear) normalised = { start: `${ctx.reportYear}-01-01`, end: `${ctx.reportYear}-12-31` };
    // The day of an event its sentence names, when the sentence says no time phrase of its own before the figure.
    const held = /日/.test(before) ? eventDay(before, ctx.docDate) : null;
    if (held && !lastPeriod(before)) normalised = { start: held, end: held };
    // …and what is done at the event its sentence names, a press conference included (集中向16名受害群众返还; 并发布10个…典型
    // 案例; 当场向…发放): of the event's day, which its sentence or the lead gives (c41, d73, c85, d75, d78). Not a count the
    // act is said over a period of (今年以来共返还…), unless that period only describes what is handed over (今年前5个月追回的…发还给).
    else if (statistic === "value" && ACT_AT_EVENT.test(before.slice(-16)) && EVENT_HELD.test(before)) {
      const said = lastPeriod(before);
      const since = said ? before.slice(before.lastIndexOf(said) + said.length) : "";
      const day = eventDayOf(before, ctx.docDate);
      if (day && (!said || /^[^，,；;。]{0,10}的[^，,；;。]*(发布|公布|返还|发还|退还|发放|颁发)/.test(since))) normalised = { start: day, end: day };
    }
    // 全面开展公益诉讼工作以来,截至2018年12月: a date reached since work began on a day not said counts from no known start (c74).
    if (period && /^截[至止]/.test(period) && normalised.start) {
      const at = before.lastIndexOf(period);
      // (…or opening the sentence before, in the same paragraph: …工作以来,张家界市两级检察院…。截至2018年12月,…)
      const previousOpens = at === 0 && sentenceIndex > 0 && ctx.sentences[sentenceIndex - 1].paragraph === sentence.paragraph && OPENS_SINCE_UNDATED.test(ctx.sentences[sentenceIndex - 1].text);
      if ((at > 0 && ENDS_SINCE_UNDATED.test(before.slice(Math.max(0, at - 40), at))) || previousOpens) normalised = { start: null, end: normalised.end };
    }
    // 截至12月底 with no year, in a review of 2006 dated only as of 2007 (a yearbook): the year the article names before it.
    if (period && /^截[至止](到)?[0-9一二三四五六七八九十]{1,2}月/.test(period) && ctx.docDate && /^\d{4}$/.test(ctx.docDate)) {
      const year = yearBefore(ctx, sentenceIndex, sentence.text.slice(0, rel));
      if (year && String(year) !== ctx.docDate.slice(0, 4)) normalised = normalisePeriod(period.replace(/^截[至止](到)?/, (w) => `${w}${year}年`), ctx.docDate);
    }
    // 一年来, 全年 of a report on 2017 published in July 2018: the year reported on.
    // So does 2023年以来 of a report on 2023 (赞皇县人民法院2023年度工作报告, posted in April 2024).
    const docYear = ctx.docDate ? Number(ctx.docDate.slice(0, 4)) : null;
    if (ctx.reportYear && period && (/^(全年|这一年|一年来|过去一年)$/.test(period) || (period === `${ctx.reportYear}年以来` && docYear !== null && docYear > ctx.reportYear))) normalised = { start: `${ctx.reportYear}-01-01`, end: `${ctx.reportYear}-12-31` };
    // 上半年…完成年度目标任务【35000人次】的75%: a target set for the year is the year's (b66).
    const target = /(年度|全年)?目标任务数?$|(年度|全年)目标$/.test(before);
    if (target && normalised.end) {
      const year = normalised.end.slice(0, 4);
      normalised = { start: `${year}-01-01`, end: `${year}-12-31` };
    }
    // 较上年同期2378起: a base quoted as a level is the same period a year earlier.
    // …去年同期为200件377人: so is the base of a level the rules leave unnamed.
    // (A base that names its year, 比2012年的【5453起】 and 比2015年【7起】, is of that year: the same span in the year it names,
    // not a year before the figure's own, reporter set r123, c49.)
    const namedBaseYear = ruleId.endsWith("/base") ? before.trimEnd().match(/(?:比|较|与)([0-9]{4})年(?:同期)?的?$|[(（]([0-9]{4})年同期(?:为|是)?$/)?.slice(1).find(Boolean) : undefined;
    const inYear = (d: string | null) => (d && namedBaseYear ? `${namedBaseYear}${d.slice(4)}` : d);
    // 与2016年(收案12244件,结案10625件,结案率86.78%)相比: the levels of the year compared with, given in brackets (a81).
    const bracketYear = statistic === "value" ? before.match(/(?:与|较|比|同)([0-9]{4})年(?:同期)?\s*[(（][^)）]*$/)?.[1] : undefined;
    if (namedBaseYear) normalised = { start: inYear(normalised.start), end: inYear(normalised.end) };
    else if (bracketYear && normalised.start && normalised.end) normalised = { start: `${bracketYear}${normalised.start.slice(4)}`, end: `${bracketYear}${normalised.end.slice(4)}`.replace(/-02-29$/, "-02-28") };
    // (…and one said with its verb: 破获…1106起,较上年同期破案858起上升28.9%; 较上年同期抓获779人, 608.)
    else if (ruleId.endsWith("/base") || /同期(为|是)$/.test(label) || (pair && /同期(为|是)$/.test(previousLabel ?? "")) || (statistic === "value" && BASE_WITH_VERB.test(label))) normalised = { start: yearEarlier(normalised.start), end: yearEarlier(normalised.end) };
    // A level quoted at either end of a change (不捕率从2021年41.7%上升至64.1%;
    // 从2013年的5384人降至2021年的3154人) is the level of the year it names.
    const quoted = levelYear(sentence.text.slice(0, rel), after);
    if (quoted) normalised = /^[0-9]{4}$/.test(quoted) ? { start: `${quoted}-01-01`, end: `${quoted}-12-31` } : normalisePeriod(quoted, ctx.docDate);
    // 在全省排位由第五位跃居第三位 (c39), 已从上年的第4位跃升到第3位 (801): the rank moved from is the base's, the year
    // the sentence compares with (比2011年) or the year before.
    if (statistic === "rank" && normalised.start && normalised.end && /(由|从)(上年的?|去年的?|[0-9]{4}年的?)?$/.test(before) && /^(跃居|跃升|上升|升至|提升|前移|下降|降至|后退|退居)(到|至|为)?第/.test(after)) {
      const said = before.match(/(?:由|从)([0-9]{4})年的?$/)?.[1] ?? sentence.text.slice(0, rel).match(/(?:比|较|与)([0-9]{4})年/)?.[1];
      normalised = said ? { start: `${said}${normalised.start.slice(4)}`, end: `${said}${normalised.end.slice(4)}`.replace(/-02-29$/, "-02-28") } : { start: yearEarlier(normalised.start), end: yearEarlier(normalised.end) };
    }
    // 2021年以来,…截止2023年10月31日,新收…共479986件: a 截至 after a 以来 in its sentence ends the span that one opens.
    if (period && /^截[至止]/.test(period) && normalised.end) {
      const since = (phrasesOf(ctx, sentenceIndex).filter((x) => x.index < rel && x.text !== period).map((x) => x.text).filter((t) => /^[0-9]{4}年(?:[0-9]{1,2}月)?(?:份)?以来$/.test(t)).pop());
      const from = since ? normalisePeriod(since, ctx.docDate).start : null;
      if (from && from < normalised.end) normalised = { start: from, end: normalised.end };
    }
    // 2017年至2021年,全省刑事立案从24.1万起下降至15.8万起、降幅34.3%: over a span of years, the level a
    // change reaches (and its size said right after it) is the last year's, the level it starts from the first's.
    const span = !quoted ? period?.match(/^([0-9]{4})年?(?:至|到|—|–|-)([0-9]{4})年$/) : null;
    if (span) {
      const head = sentence.text.slice(0, rel);
      const year = /(上升|下降|降|升|提高|提升|增加|减少|增长)(至|到)$/.test(head) || (reachedEnd === previous?.end && /[、，,](降幅|升幅|增幅|降低|提高)(为|达)?$/.test(head.slice(-6))) ? span[2] : /(从|由)$/.test(head) ? span[1] : null;
      if (year) {
        normalised = { start: `${year}-01-01`, end: `${year}-12-31` };
        if (year === span[2]) reachedEnd = m.end;
      }
    }
    // 发出支持起诉意见书38件(2021年同期15件): the level of the same period in the year it names.
    const samePeriod = sentence.text.slice(0, rel).match(/(?:[(（]|较|比|与)([0-9]{4})年同期(?:为|是|的)?$/);
    if (samePeriod && normalised.start && normalised.end) {
      const back = Number(normalised.start.slice(0, 4)) - Number(samePeriod[1]);
      normalised = { start: yearsEarlier(normalised.start, back), end: yearsEarlier(normalised.end, back) };
    }
    // A streak (连续六年, 连续14个月) runs back from the end of its frame; so
    // does the level it holds over those years (连续4年保持【98%】以上).
    const streak = statistic === "streak" ? streakPeriod(m, normalised.end) : streakHeld(out.at(-1), previous, sentence.text.slice(previous ? previous.end - sentence.start : 0, rel));
    if (streak) normalised = streak;
    else if (statistic === "streak") normalised = { start: null, end: null };
    // A stock (调解员 a city has, 未结案件) is counted at a moment, the period's
    // end; so are its change on a year earlier and its shares.
    // 截至目前, 截至9月3日, 截至2019年3月底 in a campaign's report (扫黑除恶专项斗争,
    // 2018–2020) count from the campaign's start, which the text does not say; so does
    // its 三年来 or 两年来 (983: the campaign's years, not three calendar years back).
    if (period && /^([两二三]年(来|以来)|近[两二三]年来)$/.test(period) && inCampaign(ctx, ctx.sectionOfSentence[sentenceIndex])) normalised = { start: null, end: normalised.end };
    // (The campaign's when the article is about it (its title) or the paragraph names it: a police release's
    // 截至目前 of the year's work, in a paragraph that does not, is the year's (d13); 截至目前 in a white paper's
    // paragraph on its 扫黑除恶破袭战 is the campaign's (d15), and so is 截至2020年12月底 in a review of it written
    // later (d21); a headline line naming it is no such paragraph, 984.)
    const paragraphText = ctx.paragraphs[sentence.paragraph].text;
    // (…and so is 截至2021年3月17日,共打掉涉黑涉恶犯罪团伙 in the spring after it ended, in an article whose lead
    // names the campaign's three years: its press conference, d08.)
    const campaignHere = /专项(斗争|行动)|行动”?开展以来/.test(paragraphText) || ((campaignYear(ctx) || /^20(18|19|20)-/.test(normalised.end ?? "")) && /扫黑除恶|涉黑涉恶/.test(paragraphText) && paragraphText.length > 40) || (inCampaign(ctx, ctx.sectionOfSentence[sentenceIndex]) && (!!ctx.gangTopic || /黑恶/.test(paragraphText))) ||
      (!!ctx.campaignYears && /^2021-0[1-6]/.test(normalised.end ?? "") && /黑恶|涉黑|涉恶/.test(paragraphText));
    // 截至12月24日 in an article on a campaign's press conference whose start the text gives before (自10月份专项行动开展以来,
    // c62; 自今年2月底…教育整顿启动以来, 949): from that start, as its readers dated it.
    if (period && /^截[至止]/.test(period) && !campaignHere && normalised.end && CAMPAIGN_LEAD.test(ctx.paragraphs.slice(0, 3).map((p) => p.text).join("\n").slice(0, 300))) {
      const began = campaignStart(ctx.text.slice(Math.max(0, sentence.start + rel - 5000), sentence.start + rel), ctx.docDate, true);
      if (began && began < normalised.end) normalised = { start: began, end: normalised.end };
    }
    if (period && /^截[至止]/.test(period) && campaignHere) {
      // …unless the paragraph says the day it began (从2016年12月1日起,…组织开展…专项行动。…截至3月31日, 878).
      const paragraph = ctx.paragraphs[sentence.paragraph].text;
      const began = campaignStart(paragraph.slice(0, Math.max(0, paragraph.indexOf(sentence.text)) + rel), ctx.docDate);
      // (A campaign named for its year, “昆仑2021”专项行动, runs from that year's start, c65.)
      const namedYear = !began && normalised.end ? paragraph.match(/[“"]([\u4e00-\u9fa5]{1,8})((?:19|20)[0-9]{2})[”"](?:专项行动|行动)/)?.[2] : undefined;
      const yearStart = namedYear && namedYear === normalised.end!.slice(0, 4) ? `${namedYear}-01-01` : null;
      normalised = { start: began && normalised.end && began < normalised.end ? began : yearStart, end: normalised.end };
    }
    const docDay = ctx.docDate && /^\d{4}-\d{2}-\d{2}$/.test(ctx.docDate) ? ctx.docDate : null;
    // 行动以来 of a campaign the text says began on a day (专项行动自2021年5月8日起, 931): from that day.
    // …and 开展以来 or 行动期间 of one the text has dated before it (从今年6月24日开始,…开展夏季治安打击整治行动, 843).
    if (period && /^(专项)?行动(以来|期间)$|^开展以来$/.test(period) && !normalised.start) {
      // (The text's last few thousand characters before the figure: a 50 MB file is not read again per figure.)
      const began = campaignStart(ctx.text.slice(Math.max(0, sentence.start + rel - 5000), sentence.start + rel), ctx.docDate);
      // (Its 期间 runs, as far as the text knows, to the day it reports.)
      if (began && (!normalised.end || began < normalised.end)) normalised = { start: began, end: normalised.end ?? (docDay && began < docDay ? docDay : null) };
    }
    // 2011年至2016年,…分别为96.71%、97.55%…: each value is its own year's.
    if (yearOfEach[i]) normalised = { start: `${yearOfEach[i]}-01-01`, end: `${yearOfEach[i]}-12-31` };
    // A figure with no time said in such an article counts the campaign so far (decision 47).
    if (!period && !normalised.start && !normalised.end && docDay && inCampaign(ctx, ctx.sectionOfSentence[sentenceIndex])) normalised = { start: null, end: docDay };
    // 与2020年同期相比增长10.33% in a report on 2021年1-8月: a base the year before is a year-on-year change (decision 37).
    // (较2020年同期34211件上升12.70%: the base may stand before a quoted level in the same clause.)
    const changed = /^(change|yoy)_(pct|pp|abs)$/.test(statistic);
    const ownClause = changed ? sentence.text.slice(Math.max(0, rel - 60), rel).split(/[，,；;。]/).pop() ?? "" : "";
    // (比2015年上升27.73% in a report on 2016: so is a base year said without 同期, 892.)
    const baseYear = /^change_(pct|pp|abs)$/.test(statistic) ? ownClause.match(/(?:较|比|与)([0-9]{4})年(?:同期)?/)?.[1] : undefined;
    if (baseYear && normalised.start && Number(baseYear) === Number(normalised.start.slice(0, 4)) - 1) {
      statistic = statistic.replace("change_", "yoy_");
    }
    // (…and 同比2019年分别下降 in a review of 2021: a year said after 同比 that is not the year before is another base, d96.)
    const afterYoy = /^yoy_(pct|pp|abs)$/.test(statistic) ? ownClause.match(/同比([0-9]{4})年/)?.[1] : undefined;
    const reference = normalised.end ?? normalised.start ?? ctx.docDate;
    if (afterYoy && reference && Number(afterYoy) !== Number(reference.slice(0, 4)) - 1) statistic = statistic.replace("yoy_", "change_");
    // 上升22.81%(指同比,下同): a text that says once that its changes are year-on-year makes every bare change after it so (d18).
    if (/^change_(pct|pp|abs)$/.test(statistic) && !/[较比与]|高于|低于|高出/.test(label)) {
      ctx.yoyFrom ??= ctx.text.search(/指同比[，,、]?\s*下同/);
      if (ctx.yoyFrom >= 0 && ctx.yoyFrom < m.end + 12) statistic = statistic.replace("change_", "yoy_");
    }
    // 同比前五年分别上升39.82%: a five-year report's base is the five years before, not a year earlier.
    if (/^yoy_(pct|pp|abs)$/.test(statistic) && /(较|比|同比|与)前[两二三四五六七八九十]年/.test(ownClause)) {
      statistic = statistic.replace("yoy_", "change_");
    }
    // (A part no key names is counted as its whole is: 其中合伙所603家 at the moment of 律师事务所760家, decision 52.)
    const stock: boolean = !target && isStock(sentence, m, rel, label, indicator === "other" && whole ? whole : indicator, statistic, previous, previousStock);
    const periodStart = stock ? null : normalised.start;
    // A stock the text gives no moment for (建成41个公共法律服务中心) is counted as of the page's date (decision 48).
    const periodEnd = stock && !normalised.start && !normalised.end && docDay ? docDay : normalised.end;
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      value: m.value,
      valueMax: m.valueMax,
      unit: kind === "money" && m.kind === "count" && m.unit === null ? "元" : m.unit,
      // 约占73.47%: 约 before 占 qualifies the share it cuts off from the number (c27; 11 tuned figures read so).
      qualifier: m.qualifier === "exact" && m.kind === "percent" && /约占[^，,；;。%]{0,24}$/.test(sentence.text.slice(Math.max(0, rel - 30), rel)) ? "approx" : m.qualifier,
      kind,
      label,
      // The full key of the dimensions, after every reading above has had its say.
      metric: metricKey({ indicator, caseType, statistic }),
      indicator,
      caseType,
      statistic,
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
    previousUnnamed = indicator === "other" && !whole && statistic === "value" && kind !== "percent";
    previousPerHead = statistic === "value" && /(?<!疑)人均/.test(label) && indicator === "other";
    if (kind === "cases" && statistic === "value") casesPart = indicator === "other" && !!whole;
    previousUnkeyedPart = indicator === "other" && !!whole && statistic === "value";
    previous = m;
    previousLabel = label;
    previousKind = kind;
    previousStock = stock;
  }
  pairChanges(sentence, out);
  shareListVerb(sentence, out);
  return out;
}

// The verb after a list of counted groups: 为…50名残疾人、124名老年人、…8名军人军属提供法律援助.
const LIST_PREDICATE = /提供|担任|参加|参与|获得|荣获|受到|接受|完成|被评|被授予|入选|签订|办理/;

/**
 * 为1038名困难群众、50名残疾人、…、8名军人军属提供法律援助; 2756名律师、367名基层法律服务工作者担任村(居)法律顾问:
 * groups listed with 、, each a number and its noun, share the verb said after the last of them, and so what it
 * counts, whatever its noun alone would name (律师); a list of nouns alone (1046个司法所、633个律师事务所) has no
 * verb after it, and each item keeps its own.
 */
function shareListVerb(sentence: Sentence, out: { start: number; end: number; unit: string | null; label: string; indicator: string; caseType: string | null; statistic: string; metric: string; ruleId: string }[]) {
  for (let j = out.length - 1; j > 0; j--) {
    const last = out[j];
    if (last.indicator === "other" || last.statistic !== "value" || !NOUN_FOLLOWS.has(last.unit) || last.unit === "%" || !LIST_PREDICATE.test(last.label)) continue;
    let i = j;
    while (i > 0 && out[i - 1].unit === last.unit && /^[\u4e00-\u9fa5]{1,10}、\s*$/.test(sentence.text.slice(out[i - 1].end - sentence.start, out[i].start - sentence.start))) i--;
    if (i === j) continue;
    // The first item's own words before it: none but its scope or the 为 of the verb after (全省2756名律师、…担任).
    const lead = sentence.text.slice(0, out[i].start - sentence.start);
    const bare = /^(全省|全市|全县|全区|全州|全国|共有|共|累计|先后|为|向|对)*$/.test(lead.slice(lead.search(/[^，,；;：:。]*$/)).trim());
    for (let k = bare ? i : i + 1; k < j; k++) {
      const f = out[k];
      if (f.statistic !== "value" || f.indicator === last.indicator) continue;
      f.indicator = last.indicator;
      f.caseType = last.caseType;
      f.metric = last.metric;
      f.ruleId = `${f.ruleId.split("/")[0]}/listed-before-verb`;
    }
    j = i;
  }
}

/** The last year the article says as a period before a figure (2006年,全省法院…), looking back at most 40 sentences of its section. */
function yearBefore(ctx: FigureContext, k: number, before: string): number | null {
  const section = ctx.sectionOfSentence[k];
  const yearIn = (text: string) => {
    const p = framePeriod(text);
    const m = p?.match(/^([0-9]{4}) ?年/);
    return m ? Number(m[1]) : null;
  };
  const here = yearIn(before);
  if (here) return here;
  for (let i = k - 1; i >= 0 && i >= k - 40 && ctx.sectionOfSentence[i] === section; i--) {
    const y = yearIn(ctx.sentences[i].text);
    if (y) return y;
  }
  return null;
}

// The time phrases of the sentences asked about, found once per sentence: a sentence's figures
// and the figures of the sentences after it in its paragraph all look there.
const PHRASES = new WeakMap<FigureContext, Map<number, ReturnType<typeof periodsOf>>>();
function phrasesOf(ctx: FigureContext, k: number): ReturnType<typeof periodsOf> {
  let bySentence = PHRASES.get(ctx);
  if (!bySentence) PHRASES.set(ctx, (bySentence = new Map()));
  let phrases = bySentence.get(k);
  if (!phrases) {
    const text = ctx.sentences[k].text;
    // (同比增幅接近2014年的3倍: a year a multiple is of is the base compared with, no period of the figures, d18.)
    // (完成对…6个部门近5年来法治建设情况的专项检查: the years of what was inspected, no period of the work said after it, d41.)
    phrases = periodsOf(text).filter(
      (p) =>
        !(/^[0-9]{4}年$/.test(p.text) && /^(同期)?的[0-9一二三四五六七八九十两.]+(多)?倍/.test(text.slice(p.index + p.text.length))) &&
        !(/^(近|过去)[0-9一二三四五六七八九十]{1,2}年来?$/.test(p.text) && /^[\u4e00-\u9fa5]{2,12}(情况|工作)的/.test(text.slice(p.index + p.text.length))),
    );
    // Only the paragraph being read is asked about again: keep the cache small in a long document.
    if (bySentence.size > 64) bySentence.clear();
    bySentence.set(k, phrases);
  }
  return phrases;
}

/** The year (or a part of it: 2022年上半年) of a level quoted as the start or end of a change, when the sentence names it. */
function levelYear(before: string, after: string): string | null {
  const at = before.match(/(?:从|由|至|到)([0-9]{4})年(上半年|下半年|[一二三四]季度|第[一二三四]季度)?的?$/);
  if (at) return at[2] ? `${at[1]}年${at[2]}` : at[1];
  // 不诉率从15.6%上升至: the base year said once for the list (从2021年41.7%上升至64.1%、不诉率从…).
  if (/从$/.test(before) && /^(上升|下降|降|升|提高|提升)(至|到)/.test(after)) {
    const said = before.match(/从([0-9]{4})年[^。；;]*$/);
    if (said) return said[1];
  }
  return null;
}

/** The years or months a streak counts, ending where its frame ends (decision 46). */
function streakPeriod(m: Mention, end: string | null): { start: string; end: string } | null {
  if (!end || !Number.isInteger(m.value) || m.value < 1) return null;
  const y = Number(end.slice(0, 4));
  if (m.unit === "年") return { start: `${y - m.value + 1}-01-01`, end };
  if (m.unit === "个月" || m.unit === "月") {
    const first = y * 12 + Number(end.slice(5, 7)) - 1 - (m.value - 1);
    return { start: `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, "0")}-01`, end };
  }
  return null;
}

/** A level held over a streak said right before it in the same clause (连续两年超过3000万件). */
function streakHeld(last: { statistic: string; periodStart: string | null; periodEnd: string | null } | undefined, previous: Mention | null, between: string): { start: string | null; end: string | null } | null {
  if (!last || !previous || last.statistic !== "streak" || !last.periodStart) return null;
  return !/[位排列名]/.test(between) && /^(保持|超过|突破|实现)?[^，,；;。、第]{0,4}$/.test(between) ? { start: last.periodStart, end: last.periodEnd } : null;
}

const yearsEarlier = (d: string, n: number) => `${Number(d.slice(0, 4)) - n}${d.slice(4)}`.replace(/-02-29$/, "-02-28");
const yearEarlier = (d: string | null) => (d ? yearsEarlier(d, 1) : null);

/**
 * The last period phrase of the section up to sentence `k`. Sentences are
 * asked about in text order, so the answer for the last one is kept and the
 * next walks on from it: a long section is read once, not once per figure,
 * and nothing is kept per sentence.
 */
// 开展2018年度立法项目申报工作: a year named as an attribute of a thing does not frame what follows.
// (2024年度共接受法律咨询 is a period: 年度 before 共, 全, 累计… begins a clause.)
const ATTRIBUTIVE_YEAR = /[0-9]{4}年度(?![共全累我本各在以内中,，、])[\u4e00-\u9fa5]/g;
// 《法治政府建设实施纲要(2015-2020年)》: the years of a title may date its own sentence's
// figures (a plan's tasks) but do not frame the paragraphs after it.
const TITLE = /《[^》]*》/g;
const framePeriod = (text: string) => lastPeriod(text.replace(TITLE, (t) => "#".repeat(t.length)).replace(ATTRIBUTIVE_YEAR, (y) => "#".repeat(y.length)));

const CAMPAIGN_SPAN = /^(专项)?(行动|活动|会战|整治|战役)期间$/;

/**
 * The last campaign named with both its first and its last day (自5月6日…专项行动启动至5月27日止) in the
 * sentences before `k` of the same article, looking back at most 60 sentences (a long document
 * that says 行动期间 often, with no such campaign, must not be read again from its start each time).
 */
function campaignSpanBefore(ctx: FigureContext, k: number): { start: string; end: string } | null {
  const section = ctx.sectionOfSentence[k];
  for (let i = k - 1; i >= Math.max(0, k - 60) && ctx.sectionOfSentence[i] === section; i--) {
    // (…or two days said with the campaign in their sentence: 去年9月1日至12月31日,全省公安机关开展了为期4个月的…专项行动, reporter set r110.)
    const campaignNamed = /(行动|会战|整治|战役)/.test(ctx.sentences[i].text);
    for (const p of [...phrasesOf(ctx, i)].reverse()) {
      if (!/(开展|启动|开始|部署|实施)/.test(p.text) && !(campaignNamed && /[0-9]{1,2}月[0-9]{1,2}日(至|到|—|–|-)/.test(p.text))) continue;
      const n = normalisePeriod(p.text, ctx.docDate);
      if (n.start && n.end) return { start: n.start, end: n.end };
    }
  }
  return null;
}

/** The half or year ahead that work is planned for (为下半年工作打下了良好的基础, 安排部署下半年重点工作, c97): it frames no figure after it. */
function plannedAhead(phrase: string, text: string): boolean {
  return /^(下半年|明年|下一年)$/.test(phrase) && new RegExp(`${phrase}(的)?(重点)?(各项)?(工作|任务)`).test(text);
}

/** 在2023年“两打”专项行动中受到表彰: a year said of a named event is when it was, no frame for what follows (d11). */
function namesAnEvent(p: { text: string; index: number }, text: string): boolean {
  return /^[0-9]{4}年$/.test(p.text) && /^\s*[“"「]/.test(text.slice(p.index + p.text.length));
}

/** 扫黑除恶工作完成上半年“双清零”目标: the half a target was set for frames no figure after it (887: 今年前七个月's data). */
function namesATarget(p: { text: string; index: number }, text: string): boolean {
  return /^(上半年|下半年|全年|年度)$/.test(p.text) && /^[^，,。；;0-9]{0,10}目标/.test(text.slice(p.index + p.text.length));
}

/**
 * The period phrase governing the figure at `rel` of sentence `k`: the nearest
 * before it in its sentence, else in an earlier sentence of the same paragraph
 * (decision 16); none in the paragraph, the period that frames the article, the
 * last one said before it in the same section (a report's 2014年1至9月, 今年以来).
 */
function periodPhraseAt(ctx: FigureContext, k: number, rel: number): string | null {
  const sentence = ctx.sentences[k];
  let period = lastPeriodUpTo(sentence.text, phrasesOf(ctx, k), rel);
  if (period === undefined) period = lastPeriod(sentence.text.slice(0, rel));
  for (let j = k - 1; !period && j >= 0 && ctx.sentences[j].paragraph === sentence.paragraph; j--) {
    const t = ctx.sentences[j].text;
    period = lastPeriodUpTo(t, phrasesOf(ctx, j).filter((p) => !plannedAhead(p.text, t)), t.length) ?? null;
  }
  return period || framingPeriod(ctx, k - 1, ctx.sectionOfSentence[k]);
}

/** A headline line: one of the first paragraphs, short, with no full stop. */
function inHeadline(ctx: FigureContext, paragraph: number): boolean {
  const t = ctx.paragraphs[paragraph].text;
  return paragraph < 3 && t.length <= 80 && !/[。；;]/.test(t);
}

/**
 * The period of a headline's figure where the body of its article says the
 * same number again (the first time, outside the headline lines), or null.
 */
function restatedPeriod(ctx: FigureContext, k: number, number: string): string | null {
  // (Not a rank or an unnumbered word: 第一 or 两成 said again need not be the same figure.)
  if (!/[0-9]/.test(number)) return null;
  const { paragraph } = ctx.sentences[k];
  const section = ctx.sectionOfSentence[k];
  for (let j = k + 1; j < ctx.sentences.length && ctx.sectionOfSentence[j] === section; j++) {
    const s = ctx.sentences[j];
    if (s.paragraph === paragraph || inHeadline(ctx, s.paragraph)) continue;
    const at = s.text.indexOf(number);
    // (The whole number: not 199.17% for 99.17%.)
    if (at < 0 || /[0-9.．]/.test(s.text.charAt(at - 1))) continue;
    const period = periodPhraseAt(ctx, j, at);
    // framingPeriod remembers the last sentence asked about; the headline's own sentence is earlier.
    ctx.periodUpTo = null;
    return period;
  }
  return null;
}

function framingPeriod(ctx: FigureContext, k: number, section: number): string | null {
  if (k < 0 || ctx.sectionOfSentence[k] !== section) return null;
  const last = ctx.periodUpTo;
  // Go on from the last sentence asked about when it is earlier in the same section; else from the section's start.
  let j: number;
  let current: string | null;
  if (last && last.section === section && last.k <= k) {
    j = last.k;
    current = last.period;
  } else {
    j = k;
    while (j >= 0 && ctx.sectionOfSentence[j] === section) j--;
    current = null;
  }
  for (let i = j + 1; i <= k; i++) {
    const text = ctx.sentences[i].text;
    // Without a title or an attributive year to mask, the sentence's phrases found for its figures serve.
    // (A line that is only a period in brackets, a data sheet's subtitle (2023年 4季度), frames what follows: d01.)
    const subtitle = text.match(/^\s*[(（]([^()（）]{2,20})[)）]\s*$/)?.[1];
    // (…and a heading that opens with a year said without 年: 2025 全省法院工作持续发展进步, a09.)
    const yearHeading = text.match(/^\s*((?:19|20)[0-9]{2})\s+[\u4e00-\u9fa5]{2,30}\s*$/)?.[1];
    const phrase = yearHeading ? `${yearHeading}年` : subtitle && lastPeriod(subtitle) === subtitle.trim() ? subtitle.trim() : /《|年度/.test(text) ? framePeriod(text) : (lastPeriodUpTo(text, phrasesOf(ctx, i).filter((p) => !plannedAhead(p.text, text) && !namesAnEvent(p, text) && !namesATarget(p, text)), text.length) ?? null);
    // (党的十八大以来,党中央…: a congress said of the party's work frames no later paragraph of the report's own figures, 003.)
    // (严惩黑恶势力犯罪,三年来,一审审结涉黑案210件: years said for one topic inside a paragraph of a report
    // framed by one year (2020年,…) frame no later paragraph; said where the paragraph opens, they do, d10.)
    const frame = current ? normalisePeriod(current, ctx.docDate) : null;
    const oneYear = !!frame?.start && !!frame.end && frame.start.slice(0, 4) === frame.end.slice(0, 4);
    const topicYears = oneYear && !!phrase && /^(近|过去)?([2-9]|[1-9][0-9]|[二三四五六七八九十两]|十[一二三四五六七八九]|[二三四五六七八九]十)年(来|以来|间)$/.test(phrase) && (i === 0 || ctx.sentences[i - 1].paragraph === ctx.sentences[i].paragraph || text.indexOf(phrase) > 12);
    current = phrase && !/大(召开)?以来$/.test(phrase) && !topicYears ? phrase : current;
  }
  ctx.periodUpTo = { k, section, period: current };
  return current;
}

/**
 * 批捕1.2万人、起诉2.3万人,同比下降64%和32.6%: changes listed after one change
 * word, joined by 和 or 、 without 分别, go with the levels before them in order.
 */
function pairChanges(sentence: Sentence, out: { start: number; end: number; text: string; unit: string | null; indicator: string; caseType: string | null; statistic: string; metric: string; ruleId: string }[]) {
  // (Not an aside in brackets: 新收…(另有上年旧存12.74万件),审执结…,同比分别上升…, a36.)
  const levels = out.filter((f) => f.statistic === "value" && f.indicator !== "other" && !/[(（][^)）]*$/.test(sentence.text.slice(0, f.start - sentence.start)));
  for (let i = 0; i < out.length; i++) {
    if (out[i].statistic === "value") continue;
    let j = i;
    while (j + 1 < out.length && /^\s*[和、及]\s*$/.test(sentence.text.slice(out[j].end - sentence.start, out[j + 1].start - sentence.start))) j++;
    const k = j - i + 1;
    // A rate (结案率93.41%) changes in points, so a change in per cent is not its change.
    const percentChange = /_pct$/.test(out[i].statistic);
    const notRates = levels.filter((f) => f.end <= out[i].start && !(percentChange && f.unit === "%"));
    // (…unless the list needs the rate too: 受理…件,审执结…件,结案率99.37%,较上一个五年分别上升44.05%、67.15%、14.79%, b34.)
    const all = levels.filter((f) => f.end <= out[i].start);
    const before = notRates.length < k && all.length === k ? all : notRates;
    // …接报刑事、治安警情同比分别下降33.37%、23.39%: a lead that names the measures has said whose they are.
    const rel = out[i].start - sentence.start;
    let from = rel;
    while (from > 0 && !/[，,；;。]/.test(sentence.text[from - 1])) from--;
    const named = k >= 2 && namedMeasures(sentence.text.slice(from, rel), k) !== null;
    // 办结153794件,结案率96.61%,同比分别上升28.06%和0.25个百分点 (892): changes in per cent and in
    // points, each with the nearest level it can be a change of (points: a rate), in order.
    const mixed = k >= 2 && !named ? pairMixed(out.slice(i, j + 1), levels.filter((f) => f.end <= out[i].start), out[i].statistic) : false;
    if (mixed) {
      i = j;
      continue;
    }
    if (k >= 2 && before.length >= k && !named) {
      const statistic = out[i].statistic;
      const ruleKind = out[i].ruleId.split("/")[1] ?? "";
      for (let n = 0; n < k; n++) {
        const lv = before[before.length - k + n];
        const f = out[i + n];
        f.indicator = lv.indicator;
        f.caseType = lv.caseType;
        f.statistic = statistic;
        f.metric = metricKey({ indicator: lv.indicator, caseType: lv.caseType, statistic });
        f.ruleId = `${f.ruleId.split("/")[0]}/${ruleKind}/paired`;
      }
    }
    i = j;
  }
}

type Paired = { start: number; end: number; unit: string | null; indicator: string; caseType: string | null; statistic: string; metric: string; ruleId: string };
const changeUnit = (unit: string | null) => (unit === "%" || unit === "倍" ? "pct" : unit && /百分点/.test(unit) ? "pp" : "abs");
/**
 * A list of changes in different units (per cent and points) paired back to the levels
 * before it: points with a rate, per cent with a count, each change keeping its own unit's
 * statistic. False (nothing changed) when the units are all alike or a change finds no level.
 */
function pairMixed(changes: Paired[], levels: Paired[], statistic: string): boolean {
  if (new Set(changes.map((c) => changeUnit(c.unit))).size < 2) return false;
  const fits = (c: Paired, lv: Paired) => (changeUnit(c.unit) === "pp" ? lv.unit === "%" : changeUnit(c.unit) === "pct" ? lv.unit !== "%" : lv.unit === c.unit);
  const pairs: [Paired, Paired][] = [];
  let p = levels.length - 1;
  for (let n = changes.length - 1; n >= 0; n--) {
    while (p >= 0 && !fits(changes[n], levels[p])) p--;
    if (p < 0) return false;
    pairs.push([changes[n], levels[p--]]);
  }
  const base = statistic.replace(/_(pct|pp|abs)$/, "");
  const ruleKind = changes[0].ruleId.split("/")[1] ?? "";
  for (const [c, lv] of pairs) {
    c.indicator = lv.indicator;
    c.caseType = lv.caseType;
    c.statistic = `${base}_${changeUnit(c.unit)}`;
    c.metric = metricKey({ indicator: lv.indicator, caseType: lv.caseType, statistic: c.statistic });
    c.ruleId = `${c.ruleId.split("/")[0]}/${ruleKind}/paired`;
  }
  return true;
}

/** The day a campaign began, as a paragraph says it before a figure (从2016年12月1日起,…开展…专项行动), or null. */
function campaignStart(paragraphBefore: string, docDate: string | null, monthToo = false): string | null {
  // (…or names the campaign first: 专项行动自2021年5月8日起,历时5个月, 931.)
  const m =
    paragraphBefore.match(/(?:从|自)(?:([0-9]{4})年|今年)?([0-9]{1,2})月([0-9]{1,2})日(?:起|开始)[^。；;]{0,40}?(?:开展|启动|部署|实施)[^。；;]{0,30}?(?:专项行动|专项斗争|行动)/) ??
    paragraphBefore.match(/(?:专项行动|专项斗争)[”」]?[^。；;，,]{0,6}?(?:从|自|于)(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日(?:起|启动|开始|开展)/);
  if (m) {
    const year = m[1] ?? docDate?.slice(0, 4);
    return year ? `${year}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : null;
  }
  if (!monthToo) return null;
  // 自10月份专项行动开展以来 (c62), 自今年2月底全国第一批政法队伍教育整顿启动以来 (949): a campaign begun in a month said,
  // from its first day (its last at 月底).
  const mm = paragraphBefore.match(/(?:从|自)(?:([0-9]{4})年|今年)?([0-9]{1,2})月(份|初|底)?[^。；;，,]{0,30}?(?:专项行动|专项斗争|教育整顿|会战|行动)[^。；;，,]{0,6}?(?:开展|启动|实施|部署)(?:以来|至今)/);
  const year = mm ? (mm[1] ?? docDate?.slice(0, 4)) : null;
  if (!mm || !year) return null;
  const month = Number(mm[2]);
  if (month < 1 || month > 12) return null;
  const day = mm[3] === "底" ? new Date(Date.UTC(Number(year), month, 0)).getUTCDate() : 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A lead that names a campaign's press conference (“秋冬会战”新闻发布会, 教育整顿第一次新闻发布会, 专项行动首战阶段新闻发布会). */
const CAMPAIGN_LEAD = /(专项行动|专项斗争|教育整顿|会战|百日行动|攻坚行动|集中行动)[^。；;]{0,30}?(新闻发布会|通报会|新闻通气会)/;
