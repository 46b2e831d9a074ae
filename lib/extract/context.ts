// Paragraphs → sections (articles) with their reporting body, and the
// sentence-level context a figure inherits: institution, region, period.

import type { Institution, Paragraph, Region, Section } from "./types";
import { NO_REGION, resolveRegion } from "./gazetteer";
import { HOLIDAY_WORDS, holidayBreak } from "./holidays";

// Office words that make a line an author's title.
const OFFICE = /(书记|院长|检察长|厅长|局长|区长|县长|市长|州长|省长|主任|常委|委员|部长|庭长|所长|主席)/;
// Bodies that make a short line an organisation byline.
const ORG_LINE = /^[\u4e00-\u9fa5]{2,20}(人民法院|人民检察院|中级人民法院|高级人民法院|政法委|政法委员会|公安局|公安厅|司法局|司法厅)$/;
const NAME = /^[\u4e00-\u9fa5]{2,4}$/;
const SENTENCE_PUNCT = /[。，,；;！？!?：:]/;

/** The institution a phrase speaks for (a title line, or 全市法院 in a sentence). */
export function institutionOf(phrase: string): Institution | null {
  // Order matters: 政法委 titles mention 法 and 公安 heads are also 副市长.
  if (/政法委|扫黑办|扫黑除恶专项斗争领导小组|教育整顿|综治|社会治安综合治理/.test(phrase)) return "plac";
  if (/检察/.test(phrase)) return "procuratorate";
  // (高院, 中院: a high or intermediate court said short, 广东高院, 海南中院, reporter set r240.)
  if (/法院|法庭|审判|^[高中]?院$/.test(phrase)) return "court";
  // (德江交警, 全省各级禁毒部门: the police's traffic and anti-drug departments, reporter set r170, r172.)
  if (/公安|警察|派出所|警方|交警|禁毒部门/.test(phrase)) return "police";
  if (/司法厅|司法局|司法行政|司法所|法律援助中心/.test(phrase)) return "justice";
  if (/(区|县|市|省)长|人民政府|政府/.test(phrase)) return "government";
  return null;
}

// A body named as the subject of a passage: 安徽法院, 上海市检察机关, 浙江公安机关,
// 全市法院, 该院. Group 1 is the place, group 2 the body.
const BODY = /([\u4e00-\u9fa5]{0,8}?)(法院|审判机关|检察机关|检察院|公安机关|公安|司法行政机关|司法行政系统|司法局|司法厅|政法机关|政法委)/g;

function isShortLine(p: Paragraph) {
  return p.text.length <= 40 && !SENTENCE_PUNCT.test(p.text);
}

interface Byline {
  at: number; // paragraph index where the section starts (its heading)
  author: string | null;
  title: string | null;
  byline: number; // paragraph index of the byline itself
}

/** Find bylines: "张三 某省某市委常委、政法委书记", "张三" + title line, or an organisation line. */
function findBylines(paragraphs: Paragraph[]): Byline[] {
  const out: Byline[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const t = paragraphs[i].text;
    let author: string | null = null;
    let title: string | null = null;
    const oneLine = t.match(/^([\u4e00-\u9fa5]{2,4})[ \u3000]+([\u4e00-\u9fa5、（）()]{4,40})$/);
    if (oneLine && OFFICE.test(oneLine[2])) {
      author = oneLine[1];
      title = oneLine[2];
    } else if (NAME.test(t) && i + 1 < paragraphs.length && OFFICE.test(paragraphs[i + 1].text) && isShortLine(paragraphs[i + 1])) {
      author = t;
      title = paragraphs[i + 1].text;
    } else if (ORG_LINE.test(t) && i > 0 && isShortLine(paragraphs[i - 1]) && !ORG_LINE.test(paragraphs[i - 1].text)) {
      // An organisation byline stands under a heading; alone at the top of a
      // page it is the site's name (中共灵璧县委政法委员会), not an author.
      title = t;
    } else {
      continue;
    }
    // The heading: up to two short lines just above the byline.
    let at = i;
    while (at > 0 && i - at < 2 && isShortLine(paragraphs[at - 1]) && !findsByline(paragraphs[at - 1].text)) at--;
    out.push({ at, author, title, byline: i });
    if (author && title && !oneLine) i++;
  }
  return out;
}

function findsByline(t: string) {
  return ORG_LINE.test(t) || /^[\u4e00-\u9fa5]{2,4}[ \u3000]+/.test(t) && OFFICE.test(t);
}

// Headings of articles that carry no byline: the reporting body is the subject
// of the first paragraph (近年来，上海市检察机关…). Only a named place counts,
// so a subheading followed by 四地政法机关 does not start an article.
/** 记者从江苏省高级人民法院获悉: the 从 that opens a source's name before a province or city, no part of the place (not 贵州's 从江县, 799). */
const SOURCE_FROM = /^([^，,。]*?(记者|据))?从(?=[\u4e00-\u9fa5]{1,6}(省|市|自治区))/;

/** A verb of working together at either end of the words before a body: 会同公安, 会同省法院. */
const WORKING_WITH = /(会同|联合|配合|协助|协同|督促|建议)$|^(会同|联合|配合|协助|协同|督促|建议)/;

/**
 * 在为期两天的荆州市政法委系统…培训班上, 松滋综治工作法得到荆州市推介: a body named as the holder of the
 * occasion (a training, a meeting) at which the text's subject was praised is not who reports (834).
 * `before`: the text before the body's name with its place words; `after`: the text after the body.
 */
export function atItsOccasion(before: string, after: string): boolean {
  return /在[^，,。]{0,8}$/.test(before) && /^[^，,。]{0,30}(培训班|会议|大会|座谈会|现场会|推进会|研讨会|论坛)上/.test(after);
}

/**
 * 海口市公安局琼山分局, 兰州市公安局安宁分局: a city's police branch named for one of its districts is that
 * district's police. `after`: the text right after the city's body. The district and the branch's words, or null.
 */
export function branchDistrict(region: Region, after: string): { region: Region; words: string } | null {
  if (!region.city || region.county) return null;
  const branch = after.match(/^局?([\u4e00-\u9fa5]{2,4}?)(?:公安)?分局/);
  const district = branch ? resolveRegion(branch[1], region, true) : null;
  return district?.county && district.city === region.city ? { region: district, words: branch![0] } : null;
}

function bodyInOpening(text: string): { institution: Institution; region: Region; body: string } | null {
  const opening = text.slice(0, 80);
  BODY.lastIndex = 0;
  for (let m = BODY.exec(opening); m; m = BODY.exec(opening)) {
    // 在凌海市委和锦州市检察院的坚强领导下: the bodies that lead the work, not the one that reports it.
    if (/^的?(坚强|正确|有力|大力)?(领导|指导|监督|支持|关心)/.test(opening.slice(m.index + m[0].length))) continue;
    if (atItsOccasion(opening.slice(Math.max(0, m.index - 8), m.index) + m[1], opening.slice(m.index + m[0].length))) continue;
    // 全州检察机关 is the whole prefecture's, a scope and not 广西's 全州县 (a02): it names no place.
    if (/^全[省市州县区盟旗]/.test(m[1]) && !/^全州县|^全椒/.test(m[1])) continue;
    // 会同公安、法院打掉…: a verb of working together, not 湖南's 会同县 (b44).
    // (…and 会同省法院、省公安厅…开展, the verb before 省: c92.)
    if (WORKING_WITH.test(m[1])) continue;
    const region = resolveRegion(m[1].replace(SOURCE_FROM, ""), NO_REGION, true);
    const institution = institutionOf(m[2]);
    // (兰州市公安局安宁分局: the district's police, c41.)
    const branch = region ? branchDistrict(region, opening.slice(m.index + m[0].length)) : null;
    if (region && institution) return { institution, region: branch?.region ?? region, body: m[0] + (branch?.words ?? "") };
  }
  return null;
}

const PERIOD_FRAME = /^(今年以来|今年|去年以来|近年来|近期|[0-9]{4}年以来)/;

/**
 * `fallback`: who reports the page (reporter.ts: sources.json, else the text),
 * standing in for a byline the text does not carry.
 */
export function paragraphsToSections(paragraphs: Paragraph[], text: string, fallback: { institution: Institution; region: Region } | null = null, declared = false): Section[] {
  const bylines = findBylines(paragraphs);
  const starts: { at: number; author: string | null; title: string | null; institution: Institution; region: Region; subheading?: boolean }[] = [];
  for (const b of bylines) {
    const title = b.title ?? "";
    starts.push({
      at: b.at,
      author: b.author,
      title: b.title,
      institution: institutionOf(title) ?? "unknown",
      region: resolveRegion(title, NO_REGION, true) ?? NO_REGION,
    });
  }
  // Articles without a byline: a short heading line followed by a paragraph
  // whose opening names a body in a named place.
  const nearByline = new Set(starts.flatMap((s) => [s.at, s.at + 1, s.at + 2, s.at + 3]));
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    if (!isShortLine(paragraphs[i]) || isShortLine(paragraphs[i + 1])) continue;
    if (nearByline.has(i)) continue;
    const body = bodyInOpening(paragraphs[i + 1].text);
    if (body) starts.push({ at: i, author: null, title: body.body, institution: body.institution, region: body.region, subheading: true });
  }
  starts.sort((a, b) => a.at - b.at);
  // A heading over the same body as the article it is in (在打击战线重拳出击 / 唐山市公安局紧盯…, 931)
  // is a subheading of that article, not the start of another: its period frame goes on.
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k];
    if (!s.subheading) continue;
    const before = k > 0 ? starts[k - 1] : fallback ? { institution: fallback.institution, region: fallback.region } : null;
    if (before && before.institution === s.institution && before.region.code !== null && before.region.code === s.region.code) starts.splice(k, 1);
  }
  if (!starts.length || starts[0].at > 0) {
    starts.unshift({ at: 0, author: null, title: null, institution: "unknown", region: NO_REGION });
  }

  const sections: Section[] = [];
  let pageRegion: Region = NO_REGION;
  starts.forEach((start, k) => {
    let s = start;
    const first = paragraphs[s.at];
    const last = k + 1 < starts.length ? paragraphs[starts[k + 1].at - 1] : paragraphs[paragraphs.length - 1];
    if (!first || !last) return;
    const headingLines = [];
    for (let j = s.at; j < paragraphs.length && isShortLine(paragraphs[j]) && !findsByline(paragraphs[j].text) && j < s.at + 2; j++) {
      headingLines.push(paragraphs[j].text);
    }
    // The page's own opening is the body sources.json declares, when it does: a body its first
    // lines name (荆州市政法委's training, where 松滋市's work was praised: 834) does not override it.
    if (declared && s.at === 0 && fallback) s = { ...s, institution: fallback.institution !== "unknown" ? fallback.institution : s.institution, region: fallback.region.province ? fallback.region : s.region };
    // Byline-less opening sections take the region of the page if they find none.
    if (s.region.province) pageRegion = s.region;
    let bodyStart = s.at + 1;
    while (bodyStart < paragraphs.length && isShortLine(paragraphs[bodyStart])) bodyStart++;
    const opening = bodyStart < paragraphs.length ? paragraphs[bodyStart].text : "";
    const frame = opening.match(PERIOD_FRAME);
    sections.push({
      ordinal: k,
      start: first.start,
      end: last.end,
      heading: headingLines.join(" ") || null,
      author: s.author,
      authorTitle: s.title,
      institution: s.institution !== "unknown" ? s.institution : fallback?.institution ?? "unknown",
      region: s.region.province ? s.region : pageRegion.province ? pageRegion : fallback?.region ?? NO_REGION,
      period: frame ? frame[1] : null,
    });
  });
  void text;
  return sections;
}

/**
 * The body a sentence names as the subject of the clause holding `at`
 * (全市法院受理…, 截至目前,安徽法院审结…). Only a body that opens a clause
 * counts: 向法院提出, 为铁路公安投资 name an object, not the reporter.
 */
export function bodyBefore(sentence: string, at: number, within: Region): { institution: Institution; region: Region | null } | null {
  const head = sentence.slice(0, at);
  let found: { institution: Institution; region: Region | null } | null = null;
  let foundEnd = 0;
  BODY.lastIndex = 0;
  for (let m = BODY.exec(head); m; m = BODY.exec(head)) {
    const institution = institutionOf(m[2]);
    if (!institution) continue;
    // 今年1至11月全区公安机关: the match may start inside the date before the body.
    const dateEnd = m[1].match(/^(月份?|日|年度?)/)?.[0].length ?? 0;
    const before = head.slice(0, m.index + dateEnd);
    const clauseOpening = before.slice(Math.max(before.search(/[^，,；;：:。]*$/), 0));
    if (!CLAUSE_OPENING.test(clauseOpening)) continue;
    // A court or the police answering supervision (法院同期采纳率, 法院再审改判,
    // 公安机关提请复议复核) measure the supervising procuratorate's work (decision 32).
    const rest = head.slice(m.index + m[0].length);
    if (institution === "court" && /^(同期)?(采纳|一审裁判支持|裁定再审|对[^，,]*检察建议|再审|改判|生效裁判|(做出|作出)?有罪判决)/.test(rest)) continue;
    if (institution === "police" && /^(提请复议|提请复核|监督)/.test(rest)) continue;
    // 已起诉至法院24件,法院判决8件 (884): the court's rulings on a procuratorate's public-interest suits are the procuratorate's figures.
    if (institution === "court" && /^(判决|开庭|审结|裁判|宣判)/.test(rest) && /起诉至法院|向法院提起|提起[^，,。；;]{0,6}诉讼/.test(sentence.slice(0, m.index))) continue;
    // The match starts at the clause's first character: words that open a clause are not the place.
    // (记者从江苏省…: SOURCE_FROM; 从江县人民法院 keeps its 从.)
    const place = m[1].slice(dateEnd).replace(/^(据|此外|同时|目前|今年以来|近年来|今年)/, "").replace(SOURCE_FROM, "");
    // A national body named in a sentence (最高人民法院、司法部召开…) is a host or a source, not the page's reporter.
    if (/最高(人民)?$/.test(place)) continue;
    // 指派律师在龙华区检察院为…提供法律帮助: a body named as where the work is done is not who does it.
    if (/[在赴到向]|(起诉|移送|提交|报送|诉)至$/.test(place)) continue;
    // 建议法院适用简易程序审理1427件 (881): the body a procuratorate advises is the object, not the reporter.
    if (/(建议|提请|督促|要求|商请|会同|联合|配合|协助)$/.test(place)) continue;
    // (该区公安部门共破获…: the place the text is about, said as 该区, c89.)
    // (我市, 我旗, 全旗: the reporter's own place, said as the text's own; 全州 and 全盟 are the prefecture's, below.)
    const generic = /^(全国|全省|全市|全区|全县|全旗|省|市|县|区)?(各级|两级)?$|^(该|本|我)[省市县区州旗盟]?$/.test(place);
    const region = generic ? null : resolveRegion(place, within, true);
    // 全州检察机关 in a 黔东南州 text: the whole prefecture (全州, 全盟), unless the text is of the place so named (全州县, 桂林市).
    const wholePrefecture = !generic && !region && /^(全州|全盟|州|盟)(各级|两级)?$/.test(place);
    // 组织公安: a verb, not a place; but a court or procuratorate is named as one
    // (成渝金融法院), never with a verb or a connective in its name (其中向法院).
    if (!generic && !wholePrefecture && !region && !(/^(法院|检察院|审判机关)$/.test(m[2]) && place.length >= 2 && !/[向对为在与经由把被将从其和并及]/.test(place))) continue;
    found = { institution, region };
    foundEnd = m.index + m[0].length;
  }
  // …县法院一审判决涉黑涉恶案件3宗22人;县纪委监委立案涉黑涉恶腐败和“保护伞”71件: a clause whose subject is the
  // discipline commission, a body outside the courts, procuratorates and police, is not the body named before it (c20, d21).
  if (found && /[，,；;。]\s*[\u4e00-\u9fa5]{0,6}(纪委|监委|纪检监察)/.test(head.slice(foundEnd))) return null;
  return found;
}

// What may stand before the subject at the start of a clause.
// (…or a quotation's first word: “全县公安机关共打掉…” said at a 政法委's press conference, b37.)
const CLAUSE_OPENING = /^\s*[“"「]?(据|今年以来|近年来|目前|截至目前|今年|同时|此外|[0-9]{4}年(至今年上半年|以来)?|今年[0-9]{1,2}(月)?[至到—–-][0-9]{1,2}月)?$/;

// Time phrases that govern a figure, as written. The longest forms first.
const Y = "(?:[0-9]{4} ?年|今年|去年|上年|本年)";
const M = "[0-9一二三四五六七八九十]{1,2}";
// (Not 十一五期间, a five-year plan: the quote or the holiday's word is followed by 期间 or a word for the days off.)
const HOLIDAY_WORD = HOLIDAY_WORDS.join("|");
const HOLIDAY_DAYS_OFF = `[”"]?(?:期间|(?:节假日|节日|小长假|长假|假期|黄金周)(?:期间)?)`;
const HOLIDAY = new RegExp(`(?:[0-9]{4} ?年|今年|去年)?[“"]?(?:${HOLIDAY_WORD})${HOLIDAY_DAYS_OFF}`);
// The holidays said bare (国庆假期, 春节期间), looked for again only in a text that speaks of days off.
const HOLIDAY_DAYS = /期间|假期|长假|黄金周|节假日|节日/;
const ANY_HOLIDAY = new RegExp(HOLIDAY.source, "g");
const PERIOD = new RegExp(
  [
    // 2023年 4季度 (d01, a data sheet's heading): a quarter in a digit, after a space.
    `[0-9]{4} ?年 ?第?[1-4]季度`,
    // “五一”节假日期间, 2017年春节期间 (c05, c86): a public holiday's days off (holidays.ts). (Said bare, 国庆假期 and
    // 春节期间 start with characters too common to be among this scanner's first ones: periodsOf looks for them apart.)
    `${HOLIDAY.source}`,
    // 2015年5月至当年底 (c90): from a month to the end of that year.
    `[0-9]{4}年${M}月(?:份)?(?:至|到)(?:当年|年)底`,
    // 2022年1月1日至2023年6月30日: two days said in full.
    // (A court's statistical year, 2023年12月21日~2024年12月20日 in 800, joins them with a tilde.)
    `[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日(?:至|到|—|–|-|~|～)(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日`,
    // 今年6月24日开展“夏季行动”至今: a campaign from the day it began to the document's day.
    // (2018年8月21日正式立案以来, d26: any short verb phrase after the day.)
    `(?:自|从)?(?:[0-9]{4}年|今年)[0-9]{1,2}月[0-9]{1,2}日起?[^，,。；;0-9]{0,16}?(?:至今|以来)`,
    // 自9月23日百日攻坚行动开展以来 (b12): a day of the document's year, the campaign named before its verb.
    `(?:自|从)[0-9]{1,2}月[0-9]{1,2}日起?[^，,。；;0-9]{0,16}?(?:开展|启动|部署|实施)(?:以来|至今)`,
    // 自5月6日兴宁区法院“清案月”专项行动启动至5月27日止 (d50): a campaign from the day it began to the day it ended.
    `(?:自|从)[0-9]{1,2}月[0-9]{1,2}日[^，,。；;0-9]{0,24}?(?:开展|启动|开始|部署|实施)(?:至|到)[0-9]{1,2}月[0-9]{1,2}日止?`,
    // 自6月25日以来 (c09): from a day said without a campaign to the document's day.
    `(?:自|从)(?:[0-9]{4}年|今年)?[0-9]{1,2}月[0-9]{1,2}日起?(?:以来|至今)`,
    // 2019年4月至2022年3月 (c27): months of two years (自2019年1月至2020年9月 too, d20).
    // 从2018年1月至2020年6月30日 (reporter set r140): from a month to a day of a later year.
    `(?:自|从)?[0-9]{4}年[0-9]{1,2}月(?:份)?(?:至|到)[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日`,
    `(?:自|从)?[0-9]{4}年${M}月(?:份)?(?:至|到|—|–|-)[0-9]{4}年${M}月(?:份|底)?`,
    // 2020年12月至今年11月, and the page's 202012月至今年11月 with 年 left out (830): to a month of the report's year.
    `[0-9]{4}年?[0-9]{1,2}月(?:份)?(?:至|到)今年${M}月(?:份|底)?`,
    // 截至2022年3月,三年共受理… (c27): the years counted back from the month said.
    `截[至止](?:到)?[0-9]{4}年${M}月(?:份|底)?[，,](?:近|过去)?${M}年`,
    // 自6月份开展该行动以来 (c28): from a month of the document's year, when a campaign began (not 自3月以来,结合党史…, 833).
    `自${M}月(?:份|初)?(?:开展|启动|部署|实施)[^，,。；;0-9]{0,12}?以来`,
    // 今年1月至9月15日 (884): from a month's first day, or a day, to a day.
    `${Y}?[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:至|到|—|–|-)[0-9]{1,2}月[0-9]{1,2}日`,
    // 7月18日至27日 (b78): days of one month.
    `${Y}?[0-9]{1,2}月[0-9]{1,2}日(?:至|到|—|–|-)[0-9]{1,2}日`,
    // 今年前七个月 (887): the year's first months.
    `${Y}?前${M}个月`,
    `${Y}?${M}(?:月(?:份)?)?(?:至|到|-|—|–|~|～)${M}月(?:份)?(?:底)?`,
    `${Y}(?:${M}月)?(?:份)?至(?:今年|去年|[0-9]{4}年)?(?:${M}月(?:份)?|上半年|下半年|前[一二三四]季度|底|今)?`,
    `[0-9]{4}年[—–-][0-9]{4}年`,
    // (2020年来,…: 以来 said short, a26.)
    `${Y}(?:${M}月)?(?:份)?(?:以来|来(?=[，,]))`,
    `${Y}?(?:上半年|下半年|前[一二三四]季度|[一二三四]季度|第[一二三四]季度)`,
    `${Y}(?:${M}月(?:份)?|度)`,
    // 截至去年底, 截至年底 (c21, c18): the end of a year, the document's or the one before.
    `截[至止](?:到)?(?:去年|今年)?(?:年底|年末|底)(?=[，,])`,
    `截[至止](?:到)?(?:目前|本月[0-9]{1,2}日|(?:[0-9]{4}年|今年)?[0-9]{1,2}月[0-9]{1,2}日|今年${M}月(?:底)?|[0-9]{4}年${M}月(?:份|底)?|${M}月(?:底|份)?)`,
    // 自2018年1月全国开展扫黑除恶专项斗争工作开展以来: a start said with its month, the 以来 after the campaign's name.
    // (自今年8月初开展“两严一降”(即严打、严防、发案数量下降)治安整治专项行动以来, a31: a campaign's name in full, with its gloss.)
    `自(?:[0-9]{4}年|今年|去年)(?:${M}月(?:底|初)?)?[^，,。；;]{0,40}?以来`,
    // 自2015年7月,吉林省公益诉讼试点工作开展以来 (863): the start, a comma, then what began.
    // (自今年5月,全市法院实施立案登记制以来, a55: a month of this year too.)
    `自(?:[0-9]{4}年|今年)(?:${M}月)?[，,][^，,。；;]{2,24}?(?:开展|启动|实施|部署)[^，,。；;]{0,12}以来`,
    "自[0-9]{4}年(?:以来)?",
    // 自疫情发生以来 (a43): since an event the text does not date.
    "自[^，,。；;0-9]{2,12}?以来",
    "到[0-9]{4}年底",
    // 打黑除恶专项斗争开展以来至 2019 年底 (a45): from a start not said to a year's end.
    "(?:开展|启动|部署|实施)?以来至 ?[0-9]{4} ?年底",
    // 1978至1987年 (a48): years said as a span, the first without 年.
    // (…or with a dash: 2017-2021年,受理各类案件82976件, b34.)
    "[0-9]{4}(?:至|到|-|—|–)[0-9]{4}年",
    // 三年多以来 (881): more than N years, read as N.
    // (两年来 too, 850.)
    // (…and years said as anniversaries: 公益诉讼检察制度实施五周年来, d81.)
    `(?:过去|近)?[0-9一二三四五六七八九十两]{1,2}周?年多?(?:以来|来|间)`,
    // (…and 在过去的一年, c14.)
    `过去的?[一二三四五六七八九十]年`,
    // (Not 2020年前,…实现精准化的工作目标: a deadline, a20.)
    // (Nor 在2024年首次下降基础上再降5.2%: a base, a75.)
    "[0-9]{4} ?年度?(?!前|[^，,。；;]{0,8}基础上)",
    // A month said alone before a comma (7月,全国扫黑办派出…): that month of the document's year.
    `(?<![0-9一二三四五六七八九十年至到-])${M}月(?:份)?(?=[，,])`,
    // 5月份立案1296起 (865): 月份 says a month, never a day, wherever it stands.
    // (5月份中旬,…召开 is a day of a story, not a period.)
    `(?<![0-9一二三四五六七八九十年至到-])${M}月份(?![0-9一二三四五六七八九十至到底以中上下初末前后起开])`,
    // A five-year plan's years (“十四五”期间) and a campaign's (专项行动开展以来, 30多天来).
    "“?十[一二三四五]五”?(?:期间|时期|以来)",
    // 党的十八大以来 (c63): since a party congress, whose opening day is known.
    "(?:十[六七八九]|二十)大(?:召开)?以来",
    "(?:开展|启动|部署|实施|开通|上线|推行)以来",
    // 行动以来,全市共破获刑事案件5760起 (931): since the campaign the text is about began;
    // 在专项行动期间 (309): its days, which the text does not say.
    "(?<![流运移调出举发启推自])(?:专项)?行动(?:以来|期间)",
    // 开展扫黑除恶专项斗争工作以来: the campaign named between the verb and 以来.
    "(?:开展|启动|部署|实施)[^，,。；;0-9]{2,16}?(?:斗争|行动|工作|活动)以来",
    // 从3月20日到6月30日: days of a campaign, in the document's year.
    // (…with the hours of the first and last day: 1月27日0时至2月2日11时, c86.)
    `(?:从|自)?[0-9]{1,2}月[0-9]{1,2}日(?:[0-9]{1,2}时)?(?:至|到|—|-)[0-9]{1,2}月[0-9]{1,2}日(?:[0-9]{1,2}时)?`,
    "[0-9一二三四五六七八九十]+多?(?:天|日|个多?月)(?:以)?来",
    // 该中心成立半年来 (873), 项目落户宁夏半年来 (reporter set r249): the half year since something began, its start unsaid.
    // (Not 数据显示,半年来: a half-year's release, b30, which its frame dates.)
    "(?<=(?:成立|落户|开展|启动|实施|运行|开通|挂牌|组建|设立|建成|投入使用)[^，,。；;]{0,6})半年(?:以)?来",
    // The quarter before the document's (上季度全区群众安全感达98.34%, said in December).
    "上(?:一|个)?季度",
    // (Not 延续近年来高水平运行态势, 创近年来新高: the years a level is compared with, a69, a66.)
    // (当前 only as a time, not 针对当前国际金融危机背景下: a73.)
    "今年以来|(?<!延续|保持|继续|创|为)近年来|近期|目前|迄今|当前(?=[，,\\s全共已我各])|今年|去年",
    // “百日会战”以来 (a66): since a campaign named in quotes, which the text does not date.
    "“[^”，,。；;]{2,10}(?:会战|战役|攻坚战|行动|攻坚)”以来",
    // A year looked back on (这一年,我们受理案件…): the year the report covers.
    "(?<![\\u4e00-\\u9fa5])这一年",
  ]
    // Every phrase starts with one of these characters: checked first, the 30 forms are tried at few places (7% of the extraction's time).
    .join("|")
    .replace(/^/, "(?=[0-9一二三四五六七八九十两今去上下本自从前第截到过近“开启部实推目迄当这行专以半])(?:")
    .concat(")"),
  "g",
);

/** A level and then how it changed (1120元放宽了13.4%; 90.49%提高2.81个百分点): the level is a comparison's base. */
const BASE_LEVEL_THEN_CHANGE = /^[0-9０-９.,，万亿余多%％]+[\u4e00-\u9fa5]{0,2}?(放宽|上升|下降|增长|减少|增加|提高|降低|提升|回落)/;

// Compiled once: normalisePeriod runs for every figure.
const HOLIDAY_READ = new RegExp(`^([0-9]{4}年|今年|去年)?[“"]?(${HOLIDAY_WORD})${HOLIDAY_DAYS_OFF}$`);
const MONTHS = new RegExp(`^([0-9]{4}年|今年|去年|上年|本年)?(${M})(?:月(?:份)?)?(?:至|到|-|—|–|~|～)(${M})月(?:份)?(?:底)?$`);
const FIRST_MONTHS = new RegExp(`^([0-9]{4}年|今年|去年|上年|本年)?前(${M})个月$`);
const ONE_MONTH = new RegExp(`^([0-9]{4}年|今年|去年)(${M})月(?:份)?$`);
const UP_TO_MONTH = new RegExp(`^截[至止](?:到)?(?:([0-9]{4}年|今年)?(${M})月(?:份|底)?)$`);

const DAYS_WITH_HOURS = /(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日\s*[0-9]{1,2}[:：][0-9]{2}\s*(?:至|到|—|-)\s*(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:\s*[0-9]{1,2}[:：][0-9]{2})?/g;
const SINCE_NEW_YEAR_OR_UP_TO = /(?<![0-9一二三四五六七八九十]月)(?<![0-9]{4}年|今年|去年)(年初以来|年初至今|(?<=^|[，,。；;：:\s])至[0-9一二三四五六七八九十]{1,2}月(?:底|末))/g;

const CAMPAIGN_FOR = /(?:自|从)(?:[0-9]{4}年|今年|去年)?(?:年初|[0-9一二三四五六七八九十]{1,2}月(?:份|初)?)(?:开始|起)[，,]?[^。；;“”"]{0,30}?为期(?:半年|一年|[0-9一二三四五六七八九十两]{1,2}个月)的/g;
// 在为期三年的扫黑除恶专项斗争中 (948, b70), 为期3年的扫黑除恶专项斗争,自此拉开序幕 (d21): the campaign named by its
// length in years, its calendar years 2018–2020 (decision 47).
const SAOHEI_THREE_YEARS = /为期(?:三|3)年的扫黑除恶专项斗争|(?<![0-9一二三四五六七八九十])三年扫黑除恶专项斗争/g;
const CAMPAIGN_FOR_READ = /^(?:自|从)([0-9]{4}年|今年|去年)?(?:年初|([0-9一二三四五六七八九十]{1,2})月(?:份|初)?)(?:开始|起)[^为]*为期(半年|一年|([0-9一二三四五六七八九十两]{1,2})个月)的$/;

/** A time phrase found in a text; `until`: where a phrase that sets the scene of its own clauses stops holding. */
export interface TimePhrase {
  index: number;
  end: number;
  text: string;
  until?: number;
}

/** Every time phrase of a text, as the scanner finds them (before the checks of lastPeriodUpTo). */
export function periodsOf(text: string): TimePhrase[] {
  const out: TimePhrase[] = [];
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) out.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
  // 年初以来 (今年以来) and a clause's 至5月底 (截至5月底), looked for apart: 年 and 至 are too common among the scanner's
  // first characters (reporter set r124, r118).
  if (text.includes("年初") || text.includes("至")) {
    let added = false;
    for (const m of text.matchAll(SINCE_NEW_YEAR_OR_UP_TO)) {
      const index = m.index! + (m[0].length - m[1].length);
      if (!out.some((o) => o.index <= index && index < o.end)) {
        out.push({ index, end: index + m[1].length, text: m[1] });
        added = true;
      }
    }
    if (added) out.sort((a, b) => a.index - b.index);
  }
  // 自今年年初开始,我省公安机关开展了为期3个月的“春雷行动”,其间… (d63): a campaign's start and length, one phrase.
  if (text.includes("为期")) {
    for (const m of text.matchAll(CAMPAIGN_FOR)) {
      const index = m.index!;
      const end = index + m[0].length;
      for (let i = out.length - 1; i >= 0; i--) if (out[i].index < end && out[i].end > index) out.splice(i, 1);
      out.push({ index, end, text: m[0] });
    }
    out.sort((a, b) => a.index - b.index);
  }
  if (text.includes("扫黑除恶专项斗争")) {
    for (const m of text.matchAll(SAOHEI_THREE_YEARS)) {
      const index = m.index!;
      const end = index + m[0].length;
      for (let i = out.length - 1; i >= 0; i--) if (out[i].index < end && out[i].end > index) out.splice(i, 1);
      // 在…中 sets the scene of its own clauses only: not after the next ；, nor in a later sentence (b70).
      const scene = text[index - 1] === "在" && text[end] === "中";
      const stop = scene ? text.slice(end).search(/[；;。]/) : -1;
      out.push(scene ? { index, end, text: m[0], until: stop < 0 ? text.length : end + stop } : { index, end, text: m[0] });
    }
    out.sort((a, b) => a.index - b.index);
  }
  // 10月1日00:00至4日12:00 (reporter set r147): days with the hours of the clock.
  if (text.includes(":") || text.includes("：")) {
    for (const m of text.matchAll(DAYS_WITH_HOURS)) {
      if (!out.some((o) => o.index <= m.index! && m.index! < o.end)) out.push({ index: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
    out.sort((a, b) => a.index - b.index);
  }
  if (HOLIDAY_DAYS.test(text)) {
    for (const m of text.matchAll(ANY_HOLIDAY)) {
      if (!out.some((o) => o.index <= m.index! && m.index! < o.end)) out.push({ index: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
    out.sort((a, b) => a.index - b.index);
  }
  return out;
}

/**
 * The last time phrase of `text` before `upto` (the one nearest the figure),
 * as written, from the phrases periodsOf found in the whole text: a sentence
 * is scanned once for all its figures. Undefined when a phrase runs across
 * `upto` (the caller then scans the text before it).
 */
export function lastPeriodUpTo(text: string, phrases: TimePhrase[], upto: number): string | null | undefined {
  let last: string | null = null;
  let lastOfCases = false; // the last phrase was a year said of where cases came from (2021年新收)
  const brackets = phrases.length > 0 && (text.includes("(") || text.includes("（"));
  for (const m of phrases) {
    if (m.index >= upto) break;
    if (m.end > upto) return undefined;
    // (A phrase that sets the scene of its own clauses only, ended before the figure.)
    if (m.until !== undefined && m.until < upto) continue;
    // A year followed by more date (2020年8月20日) is a date, not a period.
    const after = text.slice(m.end, Math.min(m.end + 6, upto));
    if (/^([0-9]{1,2}月)?[0-9]{1,2}日/.test(after) && !/^截/.test(m.text)) continue;
    // The base of a comparison (比去年同期, 较2022年, 与2019年同比) is not the period of the figure.
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    // (…but the base's own level, said right after it, is of that year: 较2014年的【1120元】放宽了13.4%, 969; 比2011年的【90.49%】提高, c39.)
    const baseLevel = /[比较]/.test(before) && /^([0-9]{4}年|去年)$/.test(m.text) && /^的$/.test(text.slice(m.end, upto)) && BASE_LEVEL_THEN_CHANGE.test(text.slice(upto));
    if (baseLevel) {
      last = m.text;
      continue;
    }
    if (/^(同期|同比)/.test(after) || /[比较与从和同]/.test(before)) continue;
    // 2022年全年,…共计448件,其中2021年旧存38件,2022年新收410件; 2023年1月至3月,…其中2022年旧存1件,2023年新收125件: a year
    // said of where cases came from, after the period the sentence counts, is no period of its own (d91).
    // (Not one of a list of such years, each its own period: 其中2021年新收…;2022年新收…, 845.)
    const yearOfCases = /^[0-9]{4}年$/.test(m.text) && /^(共|累计)?(旧存|新收|结转|存案)/.test(after);
    if (last && yearOfCases && !lastOfCases) continue;
    lastOfCases = yearOfCases;
    // (…and a base said with what it was: 相比专项斗争开展前的2017年分别下降, d84.)
    if (/(相比|相较|对比|比|较)[^，,；;。0-9]{1,16}的$/.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // (收案数已超过2014年全年收案总数: a bar passed, a46.)
    if (/(超过|高于|低于|多于|少于|超出)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // 是2007年的4.21倍 (892): the year a multiple is of is a base too.
    if (/[是为]/.test(before) && /^的/.test(after)) continue;
    // (包括20年案件今年生效): a time phrase inside brackets closed before the figure is an aside's.
    if (brackets) {
      const opened = Math.max(text.lastIndexOf("(", m.index), text.lastIndexOf("（", m.index));
      const closedBefore = Math.max(text.lastIndexOf(")", m.index), text.lastIndexOf("）", m.index));
      if (opened > closedBefore && /[)）]/.test(text.slice(m.end, upto))) continue;
    }
    // 近10年来首降至万起以下: the window of a record, not a period for what follows (decision 31).
    // (…and 近10年来命案发案首次降到200宗以下: the thing that fell named before 首次, a88.)
    // (近十年来我市杀人案件首次降到300起以下: the thing named may take up to ten characters, c33.)
    const further = text.slice(m.end, Math.min(m.end + 14, upto));
    if (/(年(来|以来|间)|大以来)$/.test(m.text) && /^([\u4e00-\u9fa5]{0,10}首次|首|最|的最|新低|新高)/.test(further)) continue;
    // 这是继2003年以来,连续4年保持“八类”案件稳中有降: the start of a streak remarked on, not a period for what follows (c33).
    if (/年以来$/.test(m.text) && /^[，,]连续/.test(further)) continue;
    // 立案数自去年6月以来连续6个月同比下降,为群众累计拦截…: the start of a streak frames its own clause, not those after it (c79).
    if (/以来$/.test(m.text)) {
      const clauseEnd = text.slice(m.end, upto).search(/[，,；;]/);
      if (clauseEnd >= 0 && /连续/.test(text.slice(m.end, m.end + clauseEnd))) continue;
    }
    // 筛查1990年以来“假减暂”案140万余件: the years of the cases screened, not the period of the work (a89).
    if (/年以来$/.test(m.text) && /^[“"「]/.test(after)) continue;
    // 重视目前案件对人民群众的满意度: 目前 describing a noun frames no figure after it (a72).
    if (m.text === "目前" && /^(案件|工作|形势|情况|阶段)/.test(after)) continue;
    // …降至2021年的3154人: the year of a quoted level, not a period for what follows.
    if (/[至到]/.test(before) && /^的?[0-9]/.test(after)) continue;
    last = m.text;
  }
  return last;
}

/** The last time phrase in `text` (the one nearest the figure), as written. */
export function lastPeriod(text: string): string | null {
  return lastPeriodUpTo(text, periodsOf(text), text.length) ?? null;
}

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function smallNumber(w: string): number | null {
  if (/^[0-9]+$/.test(w)) return Number(w);
  if (w === "十") return 10;
  if (/^十[一二三四五六七八九]$/.test(w)) return 10 + CN[w[1]];
  if (/^[一二三四五六七八九]十$/.test(w)) return CN[w[0]] * 10;
  return CN[w] ?? null;
}

/**
 * Normalise a period phrase to ISO dates using the document's date
 * (docs/annotation.md): a year, a quarter, months, a half, 以来 (to the
 * document's date), N年来 (the N years before a report of January to March,
 * else up to its date), 目前 (a moment: no start).
 */
export function normalisePeriod(phrase: string | null, docDate: string | null): { readonly start: string | null; readonly end: string | null } {
  if (!phrase) return NO_DATES;
  // 年初以来 is 今年以来; a clause's 至5月底 is 截至5月底.
  if (phrase === "年初以来" || phrase === "年初至今") phrase = "今年以来";
  else if (/^至[0-9一二三四五六七八九十]{1,2}月(底|末)$/.test(phrase)) phrase = `截${phrase.replace(/末$/, "底")}`;
  // A document's figures ask for its few phrases again and again: each is read once (9% of the figure pass).
  const key = `${phrase}\u0001${docDate}`;
  let dates = PERIODS_READ.get(key);
  if (!dates) {
    if (PERIODS_READ.size >= 5000) PERIODS_READ.clear();
    PERIODS_READ.set(key, (dates = Object.freeze(readPeriod(phrase, docDate))));
  }
  return dates;
}

/** The opening days of the party congresses a report counts from (党的十八大以来). */
const CONGRESS_OPENED: Record<string, string> = { 十六: "2002-11-08", 十七: "2007-10-15", 十八: "2012-11-08", 十九: "2017-10-18", 二十: "2022-10-16" };

const NO_DATES = Object.freeze({ start: null, end: null });
const PERIODS_READ = new Map<string, { readonly start: string | null; readonly end: string | null }>();

function readPeriod(phrase: string, docDate: string | null): { start: string | null; end: string | null } {
  // (The hours of a span of days say nothing of its dates: 1月27日0时至2月2日11时.)
  // (A quarter in a digit, 2023年 4季度, is the quarter in words.)
  const p = phrase.replace(/ /g, "").replace(/^(?:自|从)([0-9]{1,2}月[0-9]{1,2}日)[^，,。；;0-9]*?(?:开展|启动|开始|部署|实施)(至|到)([0-9]{1,2}月[0-9]{1,2}日)止?$/, "$1$2$3").replace(/^(自|从)(?=[0-9]{4}年[0-9一二三四五六七八九十]{1,2}月(?:份)?(?:至|到|—|–|-)[0-9]{4}年)/, "").replace(/日[0-9]{1,2}时/g, "日").replace(/日[0-9]{1,2}[:：][0-9]{2}/g, "日").replace(/^([0-9]{4}年第?)([1-4])季度$/, (_, y: string, q: string) => `${y}${"一二三四"[Number(q) - 1]}季度`);
  const docYear = docDate ? Number(docDate.slice(0, 4)) : null;
  const docMonth = docDate && docDate.length >= 7 ? Number(docDate.slice(5, 7)) : null;
  const monthToDay = p.match(/^(?:自|从)?([0-9]{4})年([0-9]{1,2})月(?:份)?(?:至|到)([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/);
  if (monthToDay) {
    const [, y1, m1, y2, m2, d2] = monthToDay.map(Number);
    const day = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    return { start: day(y1, m1, 1), end: day(y2, m2, d2) };
  }
  // A moment is only as exact as the date: 2020-11 cannot end a period.
  const docDay = docDate && /^\d{4}-\d{2}-\d{2}$/.test(docDate) ? docDate : null;
  const yearOf = (w: string | undefined): number | null =>
    !w ? docYear : /^[0-9]{4}年$/.test(w) ? Number(w.slice(0, 4)) : w === "今年" || w === "本年" ? docYear : w === "去年" || w === "上年" ? (docYear ? docYear - 1 : null) : null;
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  // 截至12月20日 said without a year in a report of 15 January is last year's 20 December (876):
  // a day more than a month after the document's date has not come yet.
  const yearNotAhead = (w: string | undefined, mo: number, d: number): number | null => {
    const y = yearOf(w);
    if (w || !y || docMonth === null || mo < 1 || mo > 12) return y;
    const known = Date.UTC(y, docMonth - 1, docDay ? Number(docDay.slice(8, 10)) : lastDay(y, docMonth));
    return Date.UTC(y, mo - 1, d) - known > 31 * 86_400_000 ? y - 1 : y;
  };
  const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const months = (y: number | null, a: number, b: number) => (y && a >= 1 && b <= 12 && a <= b ? { start: iso(y, a, 1), end: iso(y, b, lastDay(y, b)) } : { start: null, end: null });
  const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

  // 为期三年的扫黑除恶专项斗争: 2018 to 2020, or to the document's day while it ran.
  if (/^(为期(三|3)年的|三年)扫黑除恶专项斗争$/.test(p)) return { start: "2018-01-01", end: docDay && docDay < "2020-12-31" ? docDay : "2020-12-31" };
  // 自今年年初开始,…开展了为期3个月的…: from the start for that many months (d63, d44).
  let m = p.match(CAMPAIGN_FOR_READ);
  if (m) {
    const y0 = yearOf(m[1]);
    const mo = m[2] ? smallNumber(m[2]) ?? 0 : 1;
    const n = m[3] === "半年" ? 6 : m[3] === "一年" ? 12 : smallNumber(m[4]) ?? 0;
    // A month later than the document's, said with no year, is last year's (从去年10月开始 names it; 从10月开始 in March does not).
    const y = y0 && !m[1] && docMonth !== null && mo > docMonth ? y0 - 1 : y0;
    if (y && mo >= 1 && mo <= 12 && n >= 1) {
      const endMonth = mo + n - 1;
      const ey = y + Math.floor((endMonth - 1) / 12);
      const em = ((endMonth - 1) % 12) + 1;
      return { start: iso(y, mo, 1), end: iso(ey, em, lastDay(ey, em)) };
    }
  }
  m = p.match(HOLIDAY_READ);
  if (m) {
    // The year said, else the document's; a break that would begin after the document's date is last year's.
    const said = m[1] ? yearOf(m[1].replace(/ /g, "")) : null;
    let days = (said ?? docYear) !== null ? holidayBreak(m[2], (said ?? docYear)!) : null;
    if (days && !said && docDay && days.start > docDay && docYear) days = holidayBreak(m[2], docYear - 1);
    return days ?? { start: null, end: null };
  }
  m = p.match(MONTHS);
  if (m) return months(yearOf(m[1]), smallNumber(m[2]) ?? 0, smallNumber(m[3]) ?? 0);
  m = p.match(/^([0-9]{4}年|今年|去年|上年|本年)?([0-9]{1,2})月(?:([0-9]{1,2})日)?(?:至|到|—|–|-)([0-9]{1,2})月([0-9]{1,2})日$/);
  if (m) {
    const y = yearOf(m[1]);
    const [m1, d1, m2, d2] = [Number(m[2]), m[3] ? Number(m[3]) : 1, Number(m[4]), Number(m[5])];
    if (y && m1 >= 1 && m2 <= 12 && m1 <= m2 && d1 <= lastDay(y, m1) && d2 <= lastDay(y, m2)) return { start: iso(y, m1, d1), end: iso(y, m2, d2) };
  }
  m = p.match(FIRST_MONTHS);
  if (m) return months(yearOf(m[1]), 1, smallNumber(m[2]) ?? 0);
  m = p.match(/^([0-9]{4}年|今年|去年)至(今年|去年|[0-9]{4}年)?(上半年|下半年|今)?$/);
  if (m) {
    const y1 = yearOf(m[1]);
    const y2 = m[2] ? yearOf(m[2]) : docYear;
    if (y1 && y2) {
      const end = m[3] === "上半年" ? iso(y2, 6, 30) : m[3] === "下半年" ? iso(y2, 12, 31) : m[2] && !m[3] && y2 !== docYear ? iso(y2, 12, 31) : m[2] && !m[3] ? iso(y2, 12, 31) : docDay;
      return { start: iso(y1, 1, 1), end };
    }
  }
  m = p.match(/^(?:开展|启动|部署|实施)?以来至 ?([0-9]{4}) ?年底$/);
  if (m) return { start: null, end: iso(Number(m[1]), 12, 31) };
  m = p.match(/^([0-9]{4})年?(?:[—–-]|至|到)([0-9]{4})年$/);
  if (m) return { start: iso(Number(m[1]), 1, 1), end: iso(Number(m[2]), 12, 31) };
  m = p.match(/^([0-9]{4}年|今年|去年|上年|本年)?(上半年|下半年|前([一二三四])季度|第?([一二三四])季度)$/);
  if (m) {
    let y = yearOf(m[1]);
    if (!y) return { start: null, end: null };
    // 上半年 said without a year in a report of 28 January is last year's: a half that has not ended is not reported on (a32).
    const lastMonth = m[2] === "上半年" ? 6 : m[2] === "下半年" ? 12 : m[3] ? QUARTER[m[3]] * 3 : QUARTER[m[4]] * 3;
    if (!m[1] && docYear === y && docMonth !== null && docMonth + 1 < lastMonth - 2) y -= 1;
    if (m[2] === "上半年") return months(y, 1, 6);
    if (m[2] === "下半年") return months(y, 7, 12);
    if (m[3]) return months(y, 1, QUARTER[m[3]] * 3);
    const q = QUARTER[m[4]];
    return months(y, q * 3 - 2, q * 3);
  }
  m = p.match(/^([0-9]{4}年|今年|去年|上年|本年)(度)?$/);
  if (m) {
    const y = yearOf(m[1]);
    if (y) return { start: iso(y, 1, 1), end: m[1] === "今年" && docDay ? docDay : iso(y, 12, 31) };
  }
  m = p.match(ONE_MONTH);
  if (m) {
    const mo = smallNumber(m[2]) ?? 0;
    return months(yearOf(m[1]), mo, mo);
  }
  m = p.match(new RegExp(`^(${M})月(?:份)?$`));
  if (m && docYear) {
    const mo = smallNumber(m[1]) ?? 0;
    // A month later than the document's is last year's.
    return months(docMonth !== null && mo > docMonth ? docYear - 1 : docYear, mo, mo);
  }
  // 2022年1月1日至2023年6月30日: from the one day to the other.
  const days = p.match(/^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日(?:至|到|—|–|-|~|～)(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日$/);
  if (days) {
    const [y1, m1, d1, m2, d2] = [days[1], days[2], days[3], days[5], days[6]].map(Number);
    const y2 = days[4] ? Number(days[4]) : y1;
    if (m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && d1 >= 1 && d1 <= lastDay(y1, m1) && d2 >= 1 && d2 <= lastDay(y2, m2)) return { start: iso(y1, m1, d1), end: iso(y2, m2, d2) };
  }
  // 今年6月24日开展“夏季行动”至今: from that day to the document's.
  // (自9月23日百日攻坚行动开展以来, b12: the year unsaid is the document's, or the last when the day is later than the page.)
  // (…and 自6月25日以来 said with no verb, c09.)
  const fromDay = p.match(/^(?:自|从)?([0-9]{4}年|今年)?([0-9]{1,2})月([0-9]{1,2})日起?(?:[^，,。；;0-9]*?(?:开展|启动|部署|实施)[^，,。；;0-9]*?)?(?:至今|以来)$/) ?? p.match(/^(?:自|从)?([0-9]{4}年|今年)([0-9]{1,2})月([0-9]{1,2})日起?[^，,。；;0-9]{1,16}?(?:至今|以来)$/);
  if (fromDay) {
    const mo = Number(fromDay[2]);
    const d = Number(fromDay[3]);
    const y = fromDay[1] ? yearOf(fromDay[1]) : docYear && docDay && iso(docYear, mo, 1) > docDay ? docYear - 1 : docYear;
    if (y && mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo)) return { start: iso(y, mo, d), end: docDay };
  }
  // 2019年4月至2022年3月: from the first month's first day to the second's last.
  m = p.match(new RegExp(`^([0-9]{4})年(${M})月(?:份)?(?:至|到|—|–|-)([0-9]{4})年(${M})月(?:份|底)?$`));
  if (m) {
    const [y1, m1, y2, m2] = [Number(m[1]), smallNumber(m[2]) ?? 0, Number(m[3]), smallNumber(m[4]) ?? 0];
    if (m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && iso(y1, m1, 1) <= iso(y2, m2, 1)) return { start: iso(y1, m1, 1), end: iso(y2, m2, lastDay(y2, m2)) };
  }
  // 2020年12月至今年11月 (830, whose page drops the 年): 今年 is the year the report was written, the one before
  // the page's date when that month had not come yet (a report of November posted on 4 January).
  m = p.match(new RegExp(`^([0-9]{4})年?([0-9]{1,2})月(?:份)?(?:至|到)今年(${M})月(?:份|底)?$`));
  if (m && docYear) {
    const [y1, m1, m2] = [Number(m[1]), Number(m[2]), smallNumber(m[3]) ?? 0];
    const y2 = docMonth !== null && m2 > docMonth + 1 ? docYear - 1 : docYear;
    if (m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && iso(y1, m1, 1) <= iso(y2, m2, 1)) return { start: iso(y1, m1, 1), end: iso(y2, m2, lastDay(y2, m2)) };
  }
  // 截至2022年3月,三年共…: the N years that end with that month.
  m = p.match(new RegExp(`^截[至止](?:到)?([0-9]{4})年(${M})月(?:份|底)?[，,](?:近|过去)?(${M})年$`));
  if (m) {
    const [y, mo, n] = [Number(m[1]), smallNumber(m[2]) ?? 0, smallNumber(m[3]) ?? 0];
    if (mo >= 1 && mo <= 12 && n >= 1) return mo === 12 ? { start: iso(y - n + 1, 1, 1), end: iso(y, 12, 31) } : { start: iso(y - n, mo + 1, 1), end: iso(y, mo, lastDay(y, mo)) };
  }
  // 自6月份开展该行动以来: from that month of the document's year (or the year before, when the month is later than the page).
  m = p.match(new RegExp(`^自(${M})月(?:份|初)?(?:开展|启动|部署|实施)[^，,。；;0-9]*?以来$`));
  if (m && docYear) {
    const mo = smallNumber(m[1]) ?? 0;
    const y = docMonth !== null && mo > docMonth ? docYear - 1 : docYear;
    if (mo >= 1 && mo <= 12) return { start: iso(y, mo, 1), end: docDay };
  }
  // 自今年2月底…启动以来: from the end of that month.
  const monthEnd = p.match(/^自(?:([0-9]{4})年|(今年|去年))([0-9]{1,2})月底/);
  if (monthEnd) {
    const y = monthEnd[1] ? Number(monthEnd[1]) : yearOf(monthEnd[2]);
    const mo = Number(monthEnd[3]);
    if (y && mo >= 1 && mo <= 12) return { start: iso(y, mo, lastDay(y, mo)), end: docDay };
  }
  // (2021年6月至今, c96: a month to the document's day, as 以来 says it.)
  m = p.match(/^([0-9]{4}年|今年|去年)(?:([0-9]{1,2})月)?(?:份)?(?:以?来|至今)$|^自(?:([0-9]{4})年|(今年|去年))(?:([0-9]{1,2})月(?:初)?)?(?:以来|[，,]?[^，,。；;]*以来)?$/);
  if (m) {
    const y = m[3] ? Number(m[3]) : m[4] ? yearOf(m[4]) : yearOf(m[1]);
    if (m[5]) m[2] = m[5];
    // In a report of January to March, 2023年以来 runs to the end of the year reported on.
    // So does one of the year before in a text dated only by its year (2024年以来,… in a review dated 2025, a23).
    const end = docYear && docMonth !== null && docMonth <= 3 && y && y < docYear ? iso(docYear - 1, 12, 31) : docYear && docMonth === null && y === docYear - 1 ? iso(y, 12, 31) : docDay;
    // 自2018年开展扫黑除恶专项斗争以来: the year a campaign began, not its day, gives no start (c20).
    if (y && !m[2] && /^自[0-9]{4}年(?:开展|启动|部署|实施)/.test(p)) return { start: null, end };
    if (y) return { start: iso(y, m[2] ? Number(m[2]) : 1, 1), end };
  }
  m = p.match(/^(?:过去的?|近)?([0-9一二三四五六七八九十两]{1,2})周?年多?(?:以来|来|间)?$/);
  if (m && docYear && !/^[0-9]{4}$/.test(m[1])) {
    const n = smallNumber(m[1]);
    // (A year's summary, dated to its 31 December (summaryDate), counts its N years up to that year: 一年来 is the year, b44.)
    const yearEnd = docDay === iso(docYear, 12, 31);
    // (过去的一年 in a text dated only by its year is the year before it, 877.)
    if (n && docMonth === null && /^过去/.test(p)) return { start: iso(docYear - n, 1, 1), end: iso(docYear - 1, 12, 31) };
    // (一年来, 过去一年 of a review published by June are the year before, as the readers of 872 and b94 dated them.)
    if (n === 1 && docMonth !== null && docMonth <= 6 && !/^近/.test(p)) return { start: iso(docYear - 1, 1, 1), end: iso(docYear - 1, 12, 31) };
    if (n) return docMonth !== null && docMonth <= 3 ? { start: iso(docYear - n, 1, 1), end: iso(docYear - 1, 12, 31) } : { start: iso(docYear - n + (yearEnd ? 1 : 0), 1, 1), end: docDay };
  }
  m = p.match(/^截[至止](?:到)?(去年|今年)?(?:年底|年末|底)$/);
  if (m && docYear) {
    // 截至年底 in a page of the next spring is the year before's end; in December, its own year's.
    const y = m[1] === "去年" ? docYear - 1 : m[1] === "今年" || docMonth === null || docMonth === 12 ? docYear : docYear - 1;
    return { start: null, end: iso(y, 12, 31) };
  }
  m = p.match(UP_TO_MONTH);
  if (m) {
    const mo = smallNumber(m[2]) ?? 0;
    const y = yearNotAhead(m[1], mo, 1);
    // 截至9月底 of a year's work counts from the year's start.
    if (y && mo >= 1 && mo <= 12) return { start: iso(y, 1, 1), end: iso(y, mo, lastDay(y, mo)) };
  }
  m = p.match(/^截[至止](?:到)?([0-9]{4}年|今年)?([0-9]{1,2})月([0-9]{1,2})日$/);
  if (m) {
    const y = yearNotAhead(m[1], Number(m[2]), Number(m[3]));
    // 截至7月31日 of a year's work counts from 1 January, as 截至9月底 does.
    if (y) return { start: iso(y, 1, 1), end: iso(y, Number(m[2]), Number(m[3])) };
  }
  // 截止到本月23日 in a page of 29 December 2017: the page's month (b69).
  m = p.match(/^截[至止](?:到)?本月([0-9]{1,2})日$/);
  if (m && docYear && docMonth && Number(m[1]) >= 1 && Number(m[1]) <= lastDay(docYear, docMonth)) return { start: iso(docYear, 1, 1), end: iso(docYear, docMonth, Number(m[1])) };
  // 截至目前 of a year's work, in a review written at the year's end (November, December), counts from its
  // 1 January (a stock drops the start, figures.ts). Said earlier in the year it counts what has been done
  // so far, from a start the text does not say (截至目前,已报送调解案例110条 in January, 410; 截至目前,全市公安机关
  // 共破获刑事案件572起 in July, c19; 904 in June, c91 in March, as their readers dated them).
  if (/^截[至止](到)?目前$/.test(p) && docYear && (docMonth === null || docMonth >= 11)) return { start: iso(docYear, 1, 1), end: docDay };
  // 近年来: years the text does not count, up to its date (as every reader of 810, 923, 928 and 977 dated it).
  if (/^(截[至止](到)?目前|目前|迄今|当前|近年来|近几年来|近些年来)$/.test(p)) return { start: null, end: docDay };
  m = p.match(/^([0-9]{4})年([0-9一二三四五六七八九十]{1,2})月(?:份)?(?:至|到)(?:当年|年)底$/);
  if (m && smallNumber(m[2])) return { start: iso(Number(m[1]), smallNumber(m[2])!, 1), end: iso(Number(m[1]), 12, 31) };
  m = p.match(/^(十[六七八九]|二十)大(?:召开)?以来$/);
  if (m) return { start: CONGRESS_OPENED[m[1]], end: docDay };
  m = p.match(/^“?十([一二三四五])五”?(?:期间|时期|以来)$/);
  if (m) {
    const first = 2006 + (CN[m[1]] - 1) * 5; // 十一五 is 2006–2010
    const planEnd = iso(first + 4, 12, 31);
    // To the document's date while the plan runs, else to its last day.
    const end = docDay && docDay < planEnd ? docDay : docYear !== null && docYear > first + 4 ? planEnd : docDay;
    return { start: iso(first, 1, 1), end };
  }
  // Since a campaign began, or for some days: its start is not said; it runs to the document's date.
  if ((/以来$|[天日月]来$/.test(p) || /^半年来$/.test(p)) && !/[0-9]{4}年|今年|去年/.test(p)) return { start: null, end: docDay };
  if (p === "今年以来" && docYear) return { start: iso(docYear, 1, 1), end: docDay };
  m = p.match(/^(?:从|自)?([0-9]{1,2})月([0-9]{1,2})日(?:至|到|—|-)([0-9]{1,2})月([0-9]{1,2})日$/);
  if (m && docYear) return { start: iso(docYear, Number(m[1]), Number(m[2])), end: iso(docYear, Number(m[3]), Number(m[4])) };
  // 7月18日至27日: days of one month, of the document's year unless one is said.
  m = p.match(/^(?:([0-9]{4})年|今年)?([0-9]{1,2})月([0-9]{1,2})日(?:至|到|—|–|-)([0-9]{1,2})日$/);
  if (m && (m[1] || docYear) && Number(m[3]) <= Number(m[4])) {
    const y = m[1] ? Number(m[1]) : docYear!;
    return { start: iso(y, Number(m[2]), Number(m[3])), end: iso(y, Number(m[2]), Number(m[4])) };
  }
  if (/^上(一|个)?季度$/.test(p) && docYear && docMonth !== null) {
    const q = Math.ceil(docMonth / 3) - 1;
    return q >= 1 ? months(docYear, q * 3 - 2, q * 3) : months(docYear - 1, 10, 12);
  }
  if ((p === "全年" || p === "这一年") && docYear) return docMonth !== null && docMonth <= 3 ? months(docYear - 1, 1, 12) : months(docYear, 1, 12);
  return { start: null, end: null };
}
