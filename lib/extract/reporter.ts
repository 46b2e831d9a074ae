// Who reports a page's figures and where, and when the page is dated: from
// data/sources.json when it has an entry (it wins), else from the text
// itself: the title, dateline (本报讯, 讯), 来源 line and byline, the first
// subject (全市法院, 省公安厅, 龙江法院) and a signature at the end, resolved with
// the gazetteer, national bodies (最高人民法院) included.

import type { Institution, Paragraph, Region } from "./types";
import { NATIONAL, NO_REGION, dominantRegion, placeScores, prefectureNamed, resolveRegion, type PlaceScores } from "./gazetteer";
import { atItsOccasion, branchDistrict, institutionOf, lastPeriod, normalisePeriod } from "./context";

export interface Reporter {
  institution: Institution;
  region: Region;
  /** national bodies: their figures belong to no province */
  national: boolean;
  /** the words it was read from, for a conflict message */
  evidence: string;
}

export interface DeclaredReporter {
  institution: string | null;
  level: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
}

const NATIONAL_BODIES: [RegExp, Institution][] = [
  [/最高人民法院|最高法(?!律)/, "court"],
  [/最高人民检察院|最高检/, "procuratorate"],
  // 公安部门, 司法部门: departments in general, not the ministries.
  [/公安部(?!门)/, "police"],
  [/司法部(?!门)/, "justice"],
  [/中央政法委|全国扫黑办|全国扫黑除恶专项斗争领导小组/, "plac"],
];

// A named body (浙江省高级人民法院, 随州市公安局, 龙江法院, 广东高院) or a scope (全省法院,
// 全市公安机关, 省公安厅, 市司法局, 我院). Group 1: the place or scope word; group 2: the body.
const BODY =
  /([\u4e00-\u9fa5]{0,12}?)(高级人民法院|中级人民法院|人民法院|人民检察院|检察院|公安分局|公安局|公安厅|司法局|司法厅|法律援助中心|委政法委|政法委员会|政法委|扫黑除恶专项斗争领导小组办公室|扫黑除恶专项斗争领导小组|扫黑办|教育整顿领导小组办公室|教育整顿办|综治中心|高院|中院|法院|(?<=[我本该])院|检察机关|公安机关|公安|(?<=[\u4e00-\u9fa5]{2})警方|(?<=[\u4e00-\u9fa5]{2})交警|禁毒部门|政法系统|政法机关|司法行政系统|司法行政机关|司法行政|司法系统)/g;
// A scope word at the end of the words before a body (全市法院, 省公安厅, 我院).
// 自治区 alone (自治区司法厅, 自治区高级人民法院) is the region, a province's level.
const SCOPE = /(自治区|全省|全市|全州|全区|全县|全盟|全旗|两级|各级|省|市|州|区|县|我|本|该|全)$/;

function scopeLevel(scope: string): "province" | "city" | "county" | null {
  if (/省|自治区/.test(scope)) return "province";
  if (/[市州盟]/.test(scope)) return "city";
  if (/[区县旗]/.test(scope)) return "county";
  return null;
}

/** After a body: one of its people or departments named as a speaker (第二检察部检察官刘丽萍, 副院长张三). */
const SPEAKER_AFTER = /^(第[一二三四五六七八九十]+检察部|[\u4e00-\u9fa5]{0,8}?(检察官|法官|民警|干警|副?院长|副?检察长|副?局长|庭长|负责人))/;

/** A body honoured (…检察院被评为, 荣获, 被授予): the text is about it. */
const HONOURED_AFTER = /^[^，,。；;]{0,6}(被评为|荣获|被授予|获评|被表彰为|被命名为)/;

/** How often a text names a division (full names counting double), from its scores. */
function timesNamed(scores: PlaceScores, name: string | null): number {
  let n = 0;
  if (name) for (const [d, s] of scores) if (d.name === name) n += s;
  return n;
}

function bodiesIn(text: string, context: Region, whole: PlaceScores, national = true): { at: number; institution: Institution; region: Region; national: boolean; evidence: string }[] {
  const out = [];
  for (const [re, institution] of national ? NATIONAL_BODIES : []) {
    const m = text.match(re);
    // 抓获公安部A级逃犯, 最高检挂牌督办: a national body named as an object is not the reporter.
    // (…nor one whose selection a case entered: 4件案件入选最高检典型案例, reporter set r243.)
    // 为贯彻落实最高检、省检察院…部署: a national body whose deployment is followed is not the reporter either.
    // (…nor one named as a campaign's organiser, in a clause that describes the campaign: 是继“夏季行动”后,公安部组织并且开展的又一场…行动, r62;
    // nor its head on a visit: 中央政法委书记孟建柱在江苏省苏州市调研考察时强调, before 省司法厅's own review.)
    if (m && m.index !== undefined && !/^([A-Z]级|挂牌|督办)/.test(text.slice(m.index + m[0].length)) && !/^(统一)?(组织|部署|发起)([^，,。；;]{0,24}?的|开展[^，,。；;]{0,16}以来)/.test(text.slice(m.index + m[0].length)) && !/^[^，,。；;]{0,20}(调研|考察|视察)/.test(text.slice(m.index + m[0].length)) && !/(抓获|缉捕|协助|入选)$/.test(text.slice(0, m.index)) && !/(贯彻|落实|按照|根据|响应)[^，,。；;]{0,6}$/.test(text.slice(0, m.index))) {
      out.push({ at: m.index, institution, region: NATIONAL, national: true, evidence: m[0] });
    }
  }
  BODY.lastIndex = 0;
  for (let m = BODY.exec(text); m; m = BODY.exec(text)) {
    const institution = institutionOf(m[2]) ?? (/政法系统|政法机关/.test(m[2]) ? "plac" : null);
    if (!institution) continue;
    // 在市公安局多功能厅召开: a venue, not a body.
    if (/^[\u4e00-\u9fa5]{0,6}?(多功能厅|会议室|会议中心|礼堂|报告厅|大厅|指挥中心)/.test(text.slice(m.index + m[0].length)) && /在[\u4e00-\u9fa5]{0,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index + m[1].length))) continue;
    // (德江交警 names the county's traffic police; 全县交警 in a city's text is a scope of its work, r62.)
    if (m[2] === "交警" && SCOPE.test(m[1])) continue;
    // (在省司法厅和市委、市政府领导下,全市司法行政系统…: the superior under whose leadership the work was done, r210.)
    if (/在[^，,。]{0,4}$/.test(text.slice(Math.max(0, m.index - 2), m.index) + m[1]) && /^[^，,。]{0,16}(领导|指导|关心|支持)下/.test(text.slice(m.index + m[0].length))) continue;
    // (在为期两天的荆州市政法委系统…培训班上,松滋综治“1234”工作法得到荆州市推介: the occasion a superior held, where
    // the reporter's work was praised, 834.)
    if (atItsOccasion(text.slice(Math.max(0, m.index - 8), m.index) + m[1], text.slice(m.index + m[0].length))) continue;
    // (以承办全区综治中心规范化建设现场推进会为契机: an event hosted, not a body, a07.)
    if (/(承办|举办|筹办|主办)[^，,。]{0,2}$/.test(text.slice(Math.max(0, m.index - 4), m.index) + m[1])) continue;
    // (“最多跑一地”四川推进综治中心规范化建设全景报道采访团: work on the centres, not a centre, r199.)
    if (/(推进|加强|开展|深化|规范|建设|建成|打造)$/.test(m[1])) continue;
    // 这是2021年8月10日发生在阜新市公安局“团圆行动”认亲活动上的一幕: the scene of a story's event, not who reports (r163).
    if (/发生在/.test(m[1])) continue;
    // (4件案件入选最高检典型案例,9件案件入选市检察院典型案例: the body whose selection a case entered, r243.)
    if (/入选/.test(m[1])) continue;
    // (被省高院评为先进集体: the body a passive names is the one that honours, 965.)
    if (/被/.test(m[1])) continue;
    // 为贯彻落实最高检、省检察院…部署,赣州市检察院召开…: the bodies whose deployment is followed are not the reporter.
    if (/(贯彻|落实|按照|根据|响应)[^，,。；;]{0,12}$/.test(text.slice(Math.max(0, m.index - 16), m.index + m[1].length))) continue;
    // 调研组一行参观了广州市中级人民法院…,并听取广东省高院通报 (a89): a body visited is not the one reporting.
    if (/(参观|走进|来到|视察|考察|走访)了?[\u4e00-\u9fa5]{0,8}$/.test(text.slice(Math.max(0, m.index - 6), m.index) + m[1])) continue;
    // The place: a scope word just before the body (全市, 省, 我), else the names the words before it hold.
    const words = m[1];
    let region: Region | null = null;
    const scope = words.match(SCOPE);
    // 全州 is the whole prefecture (全州公安机关), not 全州县; 全省, 全市… are scopes wherever they stand.
    // (广西全区法院, 江苏全省法院: the place named before the scope word is the place, reporter set r162.)
    const namedBefore = scope && scope.index! > 1 && /^全/.test(scope[1]) ? resolveRegion(words.slice(0, scope.index), NO_REGION, true) : null;
    if (namedBefore) region = namedBefore;
    else if (scope && (scope.index === 0 || /^全/.test(scope[1]) || !resolveRegion(words, NO_REGION, true))) {
      const level = scopeLevel(scope[1]);
      // 全市 of a county-level city (钟祥市) is that city, not its prefecture…
      // (…unless the text names its prefecture twice as often: not 岑溪 named twice in a 梧州 text naming 梧州 five times, 893;
      // but 太仓 named three times beside 苏州市 twice, 800.)
      // (Only a 市's scope: 州司法局 in a text from 香格里拉网 is 迪庆州's bureau, c47.)
      const countyCity = level === "city" && /市$/.test(scope[1]) && context.county && /市$/.test(context.county) && timesNamed(whole, context.city) < 2 * timesNamed(whole, context.county) ? context : null;
      region = countyCity ?? (level ? dominantRegion(whole, level) : context.province ? context : null) ?? NO_REGION;
    } else if (words.length >= 2) {
      region = resolveRegion(words, context.province ? { ...context, city: null, county: null, code: null } : NO_REGION, true);
    }
    if (!region && words.length === 0) region = context;
    if (!region) continue;
    // 海南中院 (r240): an intermediate court is a prefecture's, so a name that is a province's and a prefecture's is the prefecture.
    if (/^(中院|中级人民法院)$/.test(m[2]) && region.province && !region.city && words.length >= 2) region = prefectureNamed(words) ?? region;
    // 海口市公安局琼山分局: the branch of a district reports for that district.
    if (m[2] === "公安局") region = branchDistrict(region, text.slice(m.index + m[0].length))?.region ?? region;
    out.push({ at: m.index + words.length, institution, region, national: false, evidence: m[0] });
  }
  return out.sort((a, b) => a.at - b.at);
}

// The words of each body's work: a text about 人民调解 is a justice bureau's even
// when its opening names a court first (最高人民法院、司法部召开全国调解工作会议).
const WORK: [Institution, RegExp][] = [
  ["court", /法院|审判|审结|审执结|结案|法官/g],
  ["procuratorate", /检察|批捕|起诉|公益诉讼/g],
  // (派出所, 巡警: a police station's day, with no bureau named, r263.)
  // (…and a traffic brigade's night checks: 大队在全区组织开展酒驾醉驾毒驾…夜查, reporter set r320.)
  ["police", /公安|民警|警情|破获|侦破|抓获|交警|派出所|巡警|酒驾|醉驾|交通违法/g],
  ["justice", /司法行政|司法局|司法厅|人民调解|调委会|法律援助|公证|社区矫正|普法|律师/g],
  ["plac", /政法委|平安建设|综治|扫黑|网格|矛盾纠纷/g],
];

// (“平安浙江”, 建设平安浙江: a province's or city's 平安 campaign, 825.)
// A body doing the work it is named for (都兰县公安局近日破获一起…), right after its name.
const WORK_DONE_AFTER = /^[^，,。；;]{0,6}?(破获|侦破|抓获|查获|打掉|捣毁|成功|审结|审理|办理|起诉|批捕|调解)/;

const PLAC_TOPIC = /平安[\u4e00-\u9fa5]{0,4}建设|建平安|建设平安|[“"]平安[\u4e00-\u9fa5]{2,3}[”"]|扫黑除恶|综治|社会治安综合治理|政法(工作|维稳|稳定|部门)|政法队伍教育整顿/;

function workOf(text: string): Institution | null {
  const counts = WORK.map(([inst, re]) => [inst, text.match(re)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
  // Only a clear lead counts: twice the runner-up.
  return counts[0][1] >= 3 && counts[0][1] >= 2 * counts[1][1] ? counts[0][0] : null;
}

/** Who reports, read from the text: the first body of the opening, else a signature at the end. */
export function textReporter(paragraphs: Paragraph[]): Reporter | null {
  const opening = paragraphs.slice(0, 6).map((p) => p.text).join("\n").slice(0, 700);
  const ending = paragraphs.slice(-3).map((p) => p.text).join("\n");
  // The place the text names most (an outlet 中国甘肃网, a congress 浙江省第十一届人民代表大会)
  // gives scope words (全省法院) their place. A text names its place early: 50,000
  // characters are plenty and keep a 50 MB file fast.
  let whole = "";
  for (const p of paragraphs) {
    if (whole.length >= 50_000) break;
    whole += p.text + "\n";
  }
  // A venue (会议在乌鲁木齐召开) is where the body met, not the place it reports on.
  // (…unless the venue is a body's own seat: 全市法院审判执行工作会议在忻州中院召开 is that city's courts' meeting, b63.)
  // (Nor is a site's footer address: 甘肃法院网版权所有⏎地址:甘肃省兰州市安宁区… under a 定西 court's page, c97.)
  whole = whole.replace(/(地址|通讯地址|联系地址)[:：][^\n]{0,80}/g, "");
  // (Nor are the places a 其中 picks out of the whole: 其中天长市同比上升25.95个百分点,升幅全市第1 is one of 滁州's, 856.)
  const scores = placeScores(whole.replace(/在(?!近日|日前|昨日|今日|今天|近期)([\u4e00-\u9fa5]{2,8}?)(召开|举行|举办)/g, (all, venue: string, verb: string) => (/(中院|法院|检察院|公安局|司法局|政法委)$/.test(venue) ? all : verb)).replace(/其中[，,]?(?:[\u4e00-\u9fa5]{2,6}?[市县区旗][、和及与]?)+/g, "其中"));
  const context = dominantRegion(scores) ?? NO_REGION;
  // A first sentence about 平安建设, 扫黑除恶 or 社会治安 that names no body is a
  // 政法委's (a 平安天津建设 press conference, a 政法维稳 meeting, a letter 建平安).
  const first = opening.split(/[。！？\n]/)[0];
  // …unless the headline line under it names a body (今年上半年全省社会治安形势平稳向好⏎公安机关打掉…, 975).
  const second = opening.split("\n")[1] ?? "";
  const subtitle = second.length <= 40 && !/[。；;]/.test(second) ? second : "";
  // Nor is a line that counts one body's own work (命案破案率達到100%…社會治安大局持續向好, 984).
  // (…and so is a yearbook's section headed 政法工作 among its first lines, which reviews all the 政法 bodies' work: 天津和平区's yearbook, session 24.)
  const placSection = opening.split("\n").slice(0, 6).some((l) => /^\s*(政法工作|政法综治工作|综治工作|社会治安综合治理)\s*$/.test(l));
  const placTopic = placSection || (PLAC_TOPIC.test(first) && !/破案|破获|侦破|抓获|刑事拘留|警情|审结|批捕/.test(first) && bodiesIn(`${first}\n${subtitle}`, context, scores, true).length === 0);
  // A national body named at the end is mentioned (公安部A级逃犯), not signing.
  for (const [text, national] of [[opening, true], [ending, false]] as const) {
    let bodies = bodiesIn(text, context, scores, national);
    // 全市法院系统结案数…,检察机关受理…,…全市政法机关扛起了责任 (b26): an opening that counts the courts', the procuratorates'
    // and the police's work and names the 政法机关 they make up is the 政法委's review of them all.
    const overview = bodies.find((b) => b.institution === "plac" && /政法机关|政法系统/.test(b.evidence));
    if (overview && new Set(bodies.filter((b) => b.institution !== "plac").map((b) => b.institution)).size >= 2) bodies = [overview, ...bodies.filter((b) => b !== overview)];
    // 我院召开新闻发布会 / 杭州市西湖区人民法院召开…: the same body named with its place
    // outranks a bare 我院 (or one with no place) before it.
    const bare = bodies[0] && !bodies[0].national && (!bodies[0].region.province || /^[我本该]/.test(bodies[0].evidence));
    const named = bare ? bodies.find((b) => b !== bodies[0] && b.institution === bodies[0].institution && !/^[我本该]/.test(b.evidence) && b.region.province && (!bodies[0].region.province || b.region.province === bodies[0].region.province)) : undefined;
    const found = named ?? bodies[0];
    if (found) {
      // (…unless the body named after that sentence does the work the whole text counts: 梧州市召开深化平安梧州建设…通气会。
      // 据了解,2014年,梧州市公安机关…命案全破, reporter set r219.)
      const clearWork = workOf(whole);
      const foundStart = text.lastIndexOf(found.evidence, found.at);
      const subjectOfYear = foundStart > first.length && /(^|[。\n])[^。\n]{0,8}[0-9]{4}年[，,]$/.test(text.slice(0, foundStart));
      const work = placTopic && !(clearWork === found.institution && subjectOfYear) ? "plac" : clearWork;
      // (A 政法委 the reporter learnt the figures from, 记者今天下午从上海市政法委获悉, speaks for them whatever work they count, r139.)
      const source = found.institution === "plac" && /从[^，,。]{0,24}$/.test(found.evidence);
      const institution = work && work !== found.institution && !source ? work : found.institution;
      // 我市, 全县: the text speaks for a place below the body it names first (省司法厅 visiting 钟祥).
      // In an autonomous region 我区 is the region itself (自治区司法厅…全区有19所监狱, 959).
      // (In a municipality 本市 is the municipality itself: 上海警方…本市治安, 838.)
      const ours = /自治区$/.test(found.region.province ?? "") ? /我市|我县|我州|我盟|本市|本县|本州/ : /^(北京|天津|上海|重庆)市$/.test(found.region.province ?? "") ? /我县|我区|本县|本区/ : /我市|我县|我区|我州|我盟|本市|本县|本州/;
      const local = !found.national && !found.region.city && found.region.province && context.province === found.region.province && (context.city || context.county) && ours.test(whole);
      // 常德市公安局发布通报,桃源县公安局被评为…; 2017年是海珠区基础建设年,我局…: a district or
      // county under the body named first, which the text is about and speaks for, is the reporter's place.
      // The county body must come in the lead's first two sentences: one named in a story further on (…慈利县公安局破获, 878) is not who speaks.
      const lead = opening.split(/(?<=。)/).slice(0, 2).join("");
      // 全市法院 and 深圳检察机关 speak for the whole prefecture, whichever of its counties the text names most (823).
      // (…nor a city court that names its 两级法院, its own and its districts' together: 乌鲁木齐市中级人民法院在两级法院开展…, c75.)
      const county = !found.national && found.region.city && !found.region.county && context.county && context.city === found.region.city && !/^全[市州盟]|(检察机关|公安机关|司法行政机关)$/.test(found.evidence) && !/两级(法院|检察院|检察机关)/.test(lead) &&
        // (A bare 该院 is the body just named, not a county body: 山西省朔州市检察院…。该院认真…, 868.)
        // (…not one named for a speaker it sends: 章贡区检察院第二检察部检察官刘丽萍讲述办案故事 at 赣州市检察院's press conference, r54.)
        (bodiesIn(lead, context, scores, false).some((b) => b.region.county === context.county && !/^[我本该]/.test(b.evidence) && !SPEAKER_AFTER.test(lead.slice(lead.indexOf(b.evidence) + b.evidence.length))) || /我区|我县|全县|本区|本县/.test(whole) || (/全区/.test(whole) && !/自治区$/.test(context.province ?? "")));
      // 我州, 我盟 speak for the prefecture, whichever of its counties the text names most.
      const prefecture = local && /我州|我盟|本州/.test(whole) ? dominantRegion(scores, "city") : null;
      // 江苏省检察院发布表彰决定,吴江区检察院被评为“…先进基层检察院”: a body a province's body honours, in the lead, is who
      // the text is about and speaks for (848).
      const honoured = !found.national && !found.region.city && found.region.province ? bodiesIn(lead, context, scores, false).find((b) => b.institution === found.institution && b.region.province === found.region.province && b.region.city && HONOURED_AFTER.test(lead.slice(lead.indexOf(b.evidence) + b.evidence.length))) : undefined;
      if (honoured) return { institution, region: honoured.region, national: false, evidence: honoured.evidence };
      // 记者从青海省公安厅获悉,青海省海西蒙古族藏族自治州都兰县公安局近日破获一起…: the province's body the reporter learnt it
      // from passes on a county body's work, named doing it in the lead (reporter set r306).
      const worker = !found.national && !found.region.city && found.region.province && /从/.test(found.evidence)
        ? bodiesIn(lead, context, scores, false).find((b) => b !== found && b.institution === found.institution && b.region.province === found.region.province && (b.region.county || b.region.city) && WORK_DONE_AFTER.test(lead.slice(lead.indexOf(b.evidence) + b.evidence.length)))
        : undefined;
      if (worker) return { institution, region: worker.region, national: false, evidence: worker.evidence };
      return { institution, region: prefecture ?? (local || county ? context : found.region), national: found.national, evidence: found.evidence };
    }
  }
  // No body named (a letter 致广大市民朋友, signed elsewhere): the place the text is about, and the work it describes
  // (a 社会治安综合治理暨平安建设 meeting, a 扫黑除恶 press conference: the 政法委's).
  // (…said in the lead's first lines under a headline that names none: 永州严惩黑恶势力⏎…扫黑除恶专项斗争新闻发布会, b73; “平安璧山”, a80.)
  // (Not over the work the whole text clearly describes: 法律援助工作总结 after 按照…政法工作会议的要求, 986.)
  const leadTopic = placTopic || opening.split(/[。！？\n]/).slice(0, 5).some((s) => PLAC_TOPIC.test(s) && !/破案|破获|侦破|抓获|刑事拘留|警情|审结|批捕/.test(s));
  const clearWork = placTopic ? null : workOf(whole);
  const work = placTopic ? "plac" : (clearWork ?? (leadTopic ? "plac" : null));
  const leadSentences = opening.split(/[。！？]/);
  // 截至2022年底,全国共有执业律师65.16万多人 (844): a text whose opening counts the whole country, naming no body, is national
  // (the provinces it lists after are parts of that count).
  if (work && /全国(共有|共|现有|有|各级)/.test(leadSentences.slice(0, 2).join("。"))) return { institution: work, region: NATIONAL, national: true, evidence: "the whole country counted in the opening" };
  // 全省律师队伍人数快速增长 (985): the opening speaks for the whole province, not the city it names most.
  // (Not a rank in the province, 位列全省第一, nor a text that speaks for its own city or county too.)
  const lead3 = leadSentences.slice(0, 3).join("。");
  const scope = /全省(?!第|前|排|范围)|我省/.test(lead3) && !/[全我本](市|州|盟|县|区|旗)/.test(lead3) && context.city ? resolveRegion(context.province!) : null;
  if (context.province && work) return { institution: work, region: scope ?? context, national: false, evidence: "the place and the work the text names most" };
  // The place is clear even when the work is not (a review of several bodies' work): where, without who.
  if (context.province) return { institution: "unknown", region: context, national: false, evidence: "the place the text names most" };
  // …and who, without where: 我市召开扫黑除恶专项斗争新闻发布会 in a paper that never names its city.
  if (placTopic || (leadTopic && !clearWork)) return { institution: "plac", region: NO_REGION, national: false, evidence: "a 平安建设 or 扫黑除恶 topic, no place named" };
  // …or the work alone (2020年人民调解工作数据统计: 全市受理调解案件…, 996).
  if (work) return { institution: work, region: NO_REGION, national: false, evidence: "the work the text names most, no place named" };
  return null;
}

/** The reporter sources.json declares, resolved with the gazetteer (凉山州 → 四川省凉山彝族自治州). */
export function declaredReporter(d: DeclaredReporter, publisher: string | null): Reporter | null {
  const institution = (d.institution as Institution | null) ?? (publisher ? institutionOf(publisher) : null);
  if (d.level === "national") return { institution: institution ?? "unknown", region: NATIONAL, national: true, evidence: "sources.json: national" };
  const province = d.province ? resolveRegion(d.province) : null;
  const named = [d.province, d.city, d.county].filter(Boolean).join("");
  const region = named ? resolveRegion(named, province ?? NO_REGION, true) ?? province : null;
  if (!institution && !region) return null;
  return { institution: institution ?? "unknown", region: region ?? NO_REGION, national: false, evidence: `sources.json: ${named || d.institution}` };
}

/**
 * `date`: the first full date the opening prints (2022年1月18日, 2023-10-09), as ISO;
 * else the latest year it names (今年 of a text about 2022年1至6月 is 2022),
 * to the day when a dateline gives the month and day (12月18日,…发布会).
 * `reviewed`: the year a text with no title of its year looks back on when that date
 * was read as the next year (回首2020年…全年破获 in a letter of January 2021): what its
 * 全年 and 一年来 mean (311).
 */
export function readDate(paragraphs: Paragraph[]): { date: string | null; reviewed: number | null } {
  // (A work report's subtitle in Chinese numerals, ——二〇二四年一月三十一日在…人民代表大会, c53, is read as one in digits.)
  const opening = arabicDates(paragraphs.slice(0, 6).map((p) => p.text).join("\n"));
  // A full date that starts something (自2021年5月8日起, 从2016年12月1日起) is not when the text was
  // written, only a day it was written after. A site's stamp (发布时间:2022-11-02) gives way only to the
  // day of the speech the page carries (——2022年1月18日在…会议上): other dates in an opening are events.
  let after: string | null = null;
  let stamp: string | null = null;
  // (A portal's print stamp is day first, then the clock: 24.02.2016  09:20, 899.)
  for (const m of opening.matchAll(/([12][0-9]{3})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日|([12][0-9]{3})[-/.]([0-9]{2})[-/.]([0-9]{2})|(?<=(?:时间|日期)\s*[:：]?\s*〖?\s*)([12][0-9]{3})\/([0-9]{1,2})\/([0-9]{1,2})(?![0-9])|(?<![0-9.])([0-9]{2})\.([0-9]{2})\.([12][0-9]{3})(?=\s+[0-9]{2}:[0-9]{2})/g)) {
    // (发布时间:2020/1/9 17:28:53: a stamp with the month and day in one digit, r212.)
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[5], m[6]] : m[7] ? [m[7], m[8], m[9]] : [m[12], m[11], m[10]];
    const iso = isoDay(Number(y), Number(mo), Number(d));
    if (!iso) continue;
    if (m[10]) {
      stamp ??= iso;
      continue;
    }
    const before = opening.slice(Math.max(0, m.index - 8), m.index);
    const next = opening.slice(m.index + m[0].length, m.index + m[0].length + 4);
    // 欢迎访问平凉法院网,今天是 2025年06月06日 星期五: a site's banner gives the day the page was read, not written (r212).
    if (/今天是\s*[:：]?\s*$/.test(before)) continue;
    // (…and a forum's footer, GMT+8, 2024-11-24 23:06 , Processed in 0.09 second(s), the time the page was served, r233.)
    if (/GMT\s*[+-]\s*[0-9]{1,2}\s*,?\s*$/.test(before)) continue;
    // (…and the first day of a span, 2023年12月21日~2024年12月20日, is no more than that, 800.)
    if (/[自从]\s*$/.test(before) || /^(起|以来|开始)/.test(next) || /^\s*[~～至到—–-]/.test(next)) {
      if (!after || iso > after) after = iso;
    } else if (/(时间|日期)\s*[:：]?\s*〖?\s*$/.test(before)) stamp ??= iso;
    else if (!stamp || (/[—-]\s*$/.test(before) && /^\s*在/.test(next))) return { date: iso, reviewed: null };
  }
  if (stamp) return { date: stamp, reviewed: null };
  // ——2025年2月在乌兰察布市第五届人民代表大会第四次会议上: a report's subtitle dated to its month (d11).
  const given = opening.match(/[—-]\s*([12][0-9]{3})\s*年\s*([0-9]{1,2})\s*月\s*在/);
  if (given && Number(given[2]) >= 1 && Number(given[2]) <= 12) return { date: `${given[1]}-${given[2].padStart(2, "0")}`, reviewed: null };
  // 2022124在宁波市鄞州区⏎第十九届人民代表大会…, ——20221月 日在…, 2022213日在…: a report's subtitle whose 年 and 月 the page
  // lost (they were set apart from the digits): its year, and its day where the digits allow one reading in January to March,
  // when a people's congress meets, or only one at all (841, 802, b29, 982).
  const lost = opening.match(/(?:^|\n)\s*[—-]*\s*([12][0-9]{3})([0-9]{1,4}|[0-9]{1,2}\s*月)?\s*日?\s*在[^。\n]{0,30}\n?[^。\n]{0,30}?(人民代表大会|人代会)/);
  if (lost) return { date: lostDay(Number(lost[1]), (lost[2] ?? "").replace(/\s/g, "")), reviewed: null };
  // 现在,我向大会报告五年来的法院工作…2008年以来 (reporter set r267): a report of the years since one it names, read in the
  // year after the last of them.
  const fiveYears = /向大会报告|报告工作/.test(opening) ? opening.match(/([二三四五六七八九十两]|[2-9])年来/) : null;
  const sinceYear = fiveYears ? opening.match(/([12][0-9]{3})\s*年以来/) : null;
  if (fiveYears && sinceYear) {
    const n = /[0-9]/.test(fiveYears[1]) ? Number(fiveYears[1]) : "一二三四五六七八九十".indexOf(fiveYears[1]) + 1 || (fiveYears[1] === "两" ? 2 : 0);
    if (n >= 2) return { date: String(Number(sinceYear[1]) + n), reviewed: null };
  }
  const years = [...opening.matchAll(/([12][0-9]{3})\s*年(?!代)/g)].map((y) => Number(y[1]));
  if (!years.length) return { date: null, reviewed: null };
  const latest = Math.max(...years);
  // A look back on a whole year (2022年,全市法院…; 向人民报告过去一年…2024年) that never says
  // 今年 is told after that year: a month and day in its opening (1月7日) are the next year's.
  const saysNoThisYear = !/今年/.test(paragraphs.map((p) => p.text).join("\n").slice(0, 20_000));
  // 去年,全省… or 在去年一年中 said of the latest year named, and the January series that look back on
  // the year before (“向人民报告”, 中国人民警察节 on 10 January), date it in the next year even when it says 今年 of that one.
  // Must not: the series named by its own year (召开2026年四川公安“向人民报告”新闻发布会) is held in that year
  // (but 2014年度衢州公安向人民报告 names the year reported on, 849).
  // 截至2021年底,全国现有吸毒人员… (a text with a dateline of 6月23日): written after that year's end (989, 985).
  // (…or quotes that year's level as the end of a trend: 从2012年的96.14%上升到2021年的98.53%, 948.)
  const endOf = new RegExp(`(截至|截止|到)\\s*${latest}\\s*年底|${latest}\\s*年末|(上升|下降|提高|增长|降)(到|至)${latest}年的`).test(opening);
  const day = opening.match(/([0-9]{1,2})月([0-9]{1,2})日\s*(?:电|讯)/) ?? opening.match(/(?:^|\n|[电讯：:)）\s])([0-9]{1,2})月([0-9]{1,2})日/);
  // (Not a text that plans for that year: 2022年,亳州公安将持续…; 安排部署2019年全市法院工作, b54, c46.)
  const plansFor = new RegExp(`${latest}\\s*年[^。\\n]{0,40}?(将|要|计划|力争|确保|目标|任务|部署|思路|安排)|(部署|安排|谋划|开局)[^，,。；;\\n]{0,4}${latest}\\s*年`).test(opening);
  // …新闻发布会,通报五年来全国公安机关各项工作情况。2023年,全国公安机关共… (a95); …开局之年。2023年,是…: a year that opens
  // a sentence, in a text that never says 今年, plans nothing for it and names no day later than June in its opening,
  // looks back on it (a95, 954, b07, c59; reporter set r167, r199, r225). (Not 11月18日,…通报了2021年执行工作开展情况。2021年,该院…, c85;
  // nor a New Year's message, 值此辞旧迎新之际…即将过去的2023年…。2024年,…, whose latest year is the one beginning, r214.)
  const anyDay = opening.slice(0, 300).match(/([0-9]{1,2})月([0-9]{1,2})日/);
  const sentenceOpensWith = (comma: boolean) => new RegExp(`。\\s*${latest}\\s*年${comma ? "[，,]" : `(?![，,])${WHOLE_YEAR}(?!度)`}`).test(opening);
  const openGuards = saysNoThisYear && !plansFor && (!anyDay || Number(anyDay[1]) <= 6) && !/辞旧迎新|即将过去的|新年贺词|新年致辞/.test(opening);
  const sentenceOpens = sentenceOpensWith(true) && openGuards;
  // (…and with no comma, 。2024年化解矛盾纠纷1855起, r239: the year of the text only; its figures that say no period keep none.)
  const sentenceOpensLoose = !sentenceOpens && sentenceOpensWith(false) && openGuards;
  // 昨日,省人民检察院召开…新闻发布会,通报了2022年全省未成年人检察工作情况 (reporter set r121): a year's work reported on as a
  // whole, by a text that names no day later than June, is looked back on (not 11月18日,…通报了2021年执行工作开展情况, c85; nor
  // 通报了2025年以来执行工作…, r81).
  const reportsYear = new RegExp(`(通报|总结|回顾)(了)?${latest}\\s*年(度)?${WHOLE_YEAR}[^，,。；;\\n]{0,20}(工作|情况)`).test(opening) && saysNoThisYear && (!anyDay || Number(anyDay[1]) <= 6);
  const lookBack =
    (endOf || sentenceOpens || reportsYear ||
      // (…a year that opens a line after a bullet, ●2025年,山东省…, 819; 一年里 as 过去一年, 207.)
      // (…or opens it with no comma, 1995年全市共有调解委员会…, 2017年全院…, 403, 877; not a part of the year or a span, 2021年初以来, 2020年来.)
      // (…or after 据了解: 昨日,梧州市召开…通气会。据了解,2014年,梧州市公安机关…, reporter set r219.)
      // (…and a report's own heading of the year it reviews, 2013年主要工作回顾…过去的一年, reporter set r271.)
      (new RegExp(`(^|\\n|【[^】\\n]{1,8}】|网讯|[^0-9]讯)[\\s●•■◆▲?？]*(【[^】\\n]{1,8}】\\s*)?(据了解|据介绍|据悉|据统计)?[，,]?${latest}\\s*年(?:[，,]|${WHOLE_YEAR}(?!度))|过去的?一年|一年里|${latest}年(整体|全年|主要)?工作|${latest}年度|工作报告|报告工作`).test(opening) && saysNoThisYear) ||
      /(^|[，,。\n\s在])去年(?!同期)([，,]|一年|以来)/.test(opening) ||
      /向人民报告|人民警察节/.test(opening)) &&
    !new RegExp(`${latest}年(?!度)[^，,。\n]{0,12}向人民报告`).test(opening);
  // 1月5日,湖北省公安厅召开新闻发布会,通报2022年全省公安机关…; 1月22日,…通报,2024年广州警方开展…: a text dated in January to March
  // by its own day, that names the latest year as a whole (no month, no 以来, no event of it, no 今年 anywhere) and no plan
  // for it, looks back on that year (a83, a16, 874, c13).
  const early = day ?? anyDay;
  const earlyDay = !lookBack && !plansFor && !!early && Number(early[1]) <= 3 && saysNoThisYear &&
    new RegExp(`${latest}\\s*年${WHOLE_YEAR}(?![^，,。；;\\n]{0,12}(将|要|计划|力争|确保|目标))(?![^，,。；;\\n]{0,24}(会议|发布会|通气会|座谈会|主题|春节|同期|相比|行动|专项|活动))`).test(opening.replace(new RegExp(`(召开|举行|举办|开展|启动|部署)[^，,。；;\\n]{0,6}${latest}`, "g"), ""));
  // The year looked back on is the one that opens the review (根据报告,2024年,全省…; 他说,2017年,霸州法院…), when the
  // opening also names a later year, the plans' (915, c17, a81).
  // (Not the plans' own opener: 2025年,全省检察机关将继续…)
  const opens = [...opening.matchAll(/(?:^|\n|[，,。：:\s])([12][0-9]{3})\s*年[，,](?![^，,。；;\n]{0,16}(将|要|计划))/g)].map((y) => Number(y[1]));
  const reviewed = lookBack && opens.length ? Math.max(...opens) : latest;
  let year = lookBack ? reviewed + 1 : earlyDay || sentenceOpensLoose ? latest + 1 : latest;
  if (!day) return { date: String(after && Number(after.slice(0, 4)) > year ? Number(after.slice(0, 4)) : year), reviewed: lookBack ? reviewed : null };
  if (lookBack && Number(day[1]) > 3 && !endOf) return { date: String(year), reviewed: lookBack ? reviewed : null };
  // The dateline's day falls on or after what the text says has started (1月7日讯…自2021年5月8日起: 2022).
  const [mo, d] = [Number(day[1]), Number(day[2])];
  if (after) while ((isoDay(year, mo, d) ?? "") < after && year < Number(after.slice(0, 4)) + 1) year++;
  return { date: isoDay(year, mo, d) ?? String(year), reviewed: lookBack ? reviewed : null };
}

const CN_DIGITS = "〇一二三四五六七八九";

/** 二〇二四年一月三十一日 (with 〇, ○, 零 or a Latin O for zero) → 2024年1月31日; other text unchanged. */
function arabicDates(text: string): string {
  const small = (n: string) => (n === "十" ? 10 : n.startsWith("十") ? 10 + CN_DIGITS.indexOf(n[1]) : n.includes("十") ? CN_DIGITS.indexOf(n[0]) * 10 + (n.length > 2 ? CN_DIGITS.indexOf(n[2]) : 0) : CN_DIGITS.indexOf(n));
  return text.replace(/([〇○零OＯ一二三四五六七八九]{4})\s*年(?:\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?)?/g, (all, y: string, mo?: string, d?: string) => {
    const year = Array.from(y, (c) => String(Math.max(0, CN_DIGITS.indexOf(c)))).join("");
    if (!/^(19|20)[0-9]{2}$/.test(year)) return all;
    return `${year}年${mo ? `${small(mo)}月${d ? `${small(d)}日` : ""}` : ""}`;
  });
}

/** The day of a subtitle that lost its 年 and 月 (2022 + 124): a reading in January to March, else the only one; else the year (or its month, 1月). */
function lostDay(year: number, rest: string): string {
  const month = rest.match(/^([0-9]{1,2})月$/);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${year}-${month[1].padStart(2, "0")}`;
  const readings = /^[0-9]{2,4}$/.test(rest) ? [1, 2].map((k) => isoDay(year, Number(rest.slice(0, k)), Number(rest.slice(k)))).filter((d): d is string => !!d) : [];
  return readings.find((d) => Number(d.slice(5, 7)) <= 3) ?? (readings.length === 1 ? readings[0] : String(year));
}

/**
 * What may follow a year said as a whole year (2015年,全省…; 2024年化解…): not a month, a part of the year
 * (上半年, 一季度, 年初, 年底), a span from or to it (以来, 至, 2018-2020), nor the digits of a date.
 */
const WHOLE_YEAR = "(?![0-9０-９一二三四五六七八九十]{1,2}月|以来|来|初|底|末|中|上半年|下半年|前|第|[1-4一二三四]季度|[0-9]|至|到|[—–-])";

function isoDay(y: number, mo: number, d: number): string | null {
  const iso = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const date = new Date(iso + "T00:00:00Z");
  return Number.isNaN(date.getTime()) || date.getUTCMonth() + 1 !== mo ? null : iso;
}

/**
 * The year a report covers, when its title says so (2017年福州市人民检察院工作报告,
 * 上海市司法局2017年法治政府建设情况报告): what 一年来 and 全年 of a report published
 * in the middle of the next year mean.
 */
export function reportYearOf(paragraphs: Paragraph[]): number | null {
  // The title, or the opening lines that say what is reported (现将…2017年度重点工作任务完成情况报告如下).
  for (const p of paragraphs.slice(0, 3)) {
    const m = p.text.length <= 160 ? p.text.match(/((?:19|20)[0-9]{2})年(?:度)?[\u4e00-\u9fa5]{0,24}?(工作报告|工作总结|情况报告|年度报告|工作回顾|白皮书|完成情况)/) : null;
    if (m) return Number(m[1]);
  }
  // A yearbook's volume (2018卷) records the year before it (822).
  for (const p of paragraphs.slice(0, 2)) {
    const m = p.text.match(/^\s*((?:19|20)[0-9]{2})\s*卷\s*$/);
    if (m) return Number(m[1]) - 1;
  }
  // A work report's own heading of the year it reviews (2025年主要工作, 2023年工作回顾, 2024年工作情况), among its first lines.
  for (const p of paragraphs.slice(0, 8)) {
    const m = p.text.match(/^\s*((?:19|20)[0-9]{2})年(?:主要)?工作(?:回顾|情况)?\s*$/);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The year a work report read to a people's congress reviews, when the text
 * is one (its opening names 工作报告 and the congress's session) and is dated
 * January to April, when the sessions sit: the year before. A figure such a
 * report gives with no period of its own is of that year (d06: 桂林日报's page
 * of 2025-04-12 carries the court's report on 2024 from its page 1, with no
 * year said).
 */
export function congressYearOf(paragraphs: Paragraph[], docDate: string | null): number | null {
  if (!docDate || !/^\d{4}-\d{2}/.test(docDate) || Number(docDate.slice(5, 7)) > 4) return null;
  const head = paragraphs.slice(0, 6).map((p) => p.text.slice(0, 200)).join("\n");
  return /工作报告|报告工作/.test(head) && /人民代表大会|人大[^，,。\n]{0,12}(会议|全体会议)|人大会议/.test(head) ? Number(docDate.slice(0, 4)) - 1 : null;
}

/**
 * The years a white paper or report presented in the text's opening covers
 * (发布《山东省金融检察白皮书(2016-2020)》, d34): a figure the article gives with
 * no period of its own is the publication's, over those years.
 */
export function publishedSpanOf(paragraphs: Paragraph[], docDate: string | null = null): { start: string; end: string } | null {
  const head = paragraphs.slice(0, 6).map((p) => p.text.slice(0, 300)).join("\n");
  const m = head.match(/(?:发布|公布|发表)[^。\n]{0,20}《[^》]{2,40}[(（]((?:19|20)[0-9]{2})\s*(?:[-—–~]|至)\s*((?:19|20)[0-9]{2})年?[)）]》/);
  if (m) return m[1] < m[2] ? { start: `${m[1]}-01-01`, end: `${m[2]}-12-31` } : null;
  // 江苏发布2020年度律师工作大数据 (a40), 发布2022年1至6月全国检察机关主要办案数据: the data of a period.
  // (…and a year's report made public: 公布的2017年全年工作报告, 995.)
  const data = head.match(/(?:发布|公布)】?[^。，,\n]{0,10}?((?:19|20)[0-9]{2}年[^。，,\n]{0,24}?)(?:大数据|数据|统计公报|(?<=全年|年度)工作报告)/);
  const phrase = data ? lastPeriod(data[1]) : null;
  const dates = phrase ? normalisePeriod(phrase, docDate) : null;
  return dates?.start && dates.end ? { start: dates.start, end: dates.end } : null;
}

/**
 * The date a text's periods count from: for a 工作总结 whose title names a
 * year and which is posted in a later year (深圳市龙华区司法局2018年工作总结与
 * 2019年工作计划, dated 2019-05-28), the end of that year, as a summary is
 * written at the end of its year and its 今年, 截至11月底 and stocks are of it. (A 工作报告 is read in the next year and says 今年
 * of it: only reportYearOf's 一年来 and 全年 are moved there.)
 */
export function summaryDate(paragraphs: Paragraph[], docDate: string | null): string | null {
  if (!docDate) return docDate;
  // The title only: a press conference that presents a 2017年工作总结 reports on its own day (606).
  const title = paragraphs[0]?.text ?? "";
  const m = title.length <= 80 ? title.match(/((?:19|20)[0-9]{2})年(?:度)?[\u4e00-\u9fa5]{0,24}?工作总结/) : null;
  if (m && Number(m[1]) < Number(docDate.slice(0, 4))) return `${m[1]}-12-31`;
  // A text with no title that opens on the year before its page (2024年,上高县司法局在县委…, posted
  // in February 2025) and is no report to a congress is that year's summary: its 今年以来 is that year (b17).
  const open = title.match(/^\s*((?:19|20)[0-9]{2})年[，,]/);
  const head = paragraphs.slice(0, 6).map((p) => p.text).join("\n");
  if (open && Number(open[1]) === Number(docDate.slice(0, 4)) - 1 && title.length > 80 && !/工作报告|报告工作|各位代表|人民代表大会/.test(head))
    return `${open[1]}-12-31`;
  return docDate;
}

/** A part of the day or an hour said after a day (上午, 8时许, 晚7点30分). */
// An hour only before the event the figures were given at (6月15日8时许,…举办…活动, d78): a story's hour is not the
// dateline (“…”10月1日晚9时许,丢失挎包的黄女士…, reporter set r147).
const AT_HOUR = "(?:(?:上午|下午|晚上?|早上|凌晨|中午)?|(?:上午|下午|晚上?|早上|凌晨|中午)?[0-9]{1,2}(?:时|点)(?:许|左右|[0-9]{1,2}分)?(?=[，,][^。]{0,40}?(?:举行|举办|召开)))";

/**
 * The day a news report's dateline names (记者19日从…获悉, 今天(27日), 19日在京举行)
 * when the page is dated a few days later: the day its 目前 and 以来 mean.
 */
export function datelineDay(paragraphs: Paragraph[], date: string | null): string | null {
  if (!date) return date;
  // (Up to eight short paragraphs: a page's furniture (来源 line, 分享) may stand before the dateline, a71.)
  const opening = paragraphs.slice(0, 8).map((p) => p.text).join("\n").slice(0, 300);
  // A page dated to its month (2020-11) whose lead names the day of that month (11月5日,衡水市召开…交流会): that day.
  if (/^\d{4}-\d{2}$/.test(date)) {
    const md = opening.match(new RegExp(`(?:^|\\n|[，,。(（)）：:…]|讯|电)\\s*([0-9]{1,2})月([0-9]{1,2})[日号]${AT_HOUR}[，,]`));
    return md && Number(md[1]) === Number(date.slice(5, 7)) ? isoDay(Number(date.slice(0, 4)), Number(md[1]), Number(md[2])) ?? date : date;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const published = new Date(date + "T00:00:00Z");
  // Only a day a week or less before the page's own date.
  const near = (d: Date, days = 7) => !Number.isNaN(d.getTime()) && d <= published && published.getTime() - d.getTime() <= days * 86_400_000;
  // (24日,在全省…新闻发布会上记者获悉, b12: a comma may follow the day.)
  const m = opening.match(/(?:记者|^|\n|[，,。(（])([0-9]{1,2})日(?:[)）])?(?:[，,](?=在))?(?:从|在|上午|下午|晚|召开|举行|发布|获悉|表示|介绍|通报)/);
  // (…or a paragraph that opens on the day of a meeting held: 22日,2022年西藏自治区司法行政工作会议在拉萨召开, 853.)
  const held = m ? null : opening.match(/(?:^|\n)\s*([0-9]{1,2})日(?:上午|下午|晚)?[，,][^。\n]{0,50}?(?:召开|举行|举办)/);
  if (held) {
    const day = new Date(`${date.slice(0, 8)}${held[1].padStart(2, "0")}T00:00:00Z`);
    if (near(day) && day.getUTCDate() === Number(held[1])) return day.toISOString().slice(0, 10);
  }
  if (m) {
    const day = new Date(`${date.slice(0, 8)}${m[1].padStart(2, "0")}T00:00:00Z`);
    if (near(day) && day.getUTCDate() === Number(m[1])) return day.toISOString().slice(0, 10);
  }
  // The lead's month and day of the event the figures were given at (8月24日,…新闻通气会举行;
  // 7月28日,记者从市委政法委了解到 on a page of 1 August): decision 47.
  // …or of a dateline in its own words (每日甘肃网兰州6月15日讯, 新华社北京8月7日电).
  // …or of the event it opens with (11月18日的顺义区人民调解工作新闻发布会上, 970).
  const md =
    // (…also after a byline: 全媒体记者秦小虎 5月14日,记者从…新闻发布会上获悉, b86.)
    // (…and an hour after the day: 6月15日8时许,休宁县公安局…举办…活动, d78.)
    opening.match(new RegExp(`(?:^|\\n|[，,。(（)）：:…”」]|讯|电|记者[\\u4e00-\\u9fa5]{2,3}[ \\u3000])\\s*([0-9]{1,2})月([0-9]{1,2})[日号]${AT_HOUR}[，,]`)) ??
    opening.match(/([0-9]{1,2})月([0-9]{1,2})日(?:电|讯)/) ??
    opening.match(/(?:^|\n|[，,。])\s*(?:在)?([0-9]{1,2})月([0-9]{1,2})日(?:上午|下午)?(?:召开|举行)?的[^，,。]{0,30}(?:发布会|通气会|座谈会|会议)上/) ??
    // (…or the day of the meeting a reporter learnt it at: 记者从内蒙古自治区公安厅11月29日下午召开的新闻发布会了解到, c65.)
    // (…also with the holder named between: 记者从11月10日天津市政府新闻办举行的发布会上获悉, f02.)
    opening.match(/从[^，,。]{0,30}?([0-9]{1,2})月([0-9]{1,2})日(?:上午|下午|晚)?[^，,。0-9]{0,16}?(?:召开|举行)的[^，,。]{0,30}?(?:发布会|通气会|座谈会|会议)上?(?:了解到|获悉|得知)/);
  if (md) {
    const day = new Date(Date.UTC(Number(date.slice(0, 4)), Number(md[1]) - 1, Number(md[2])));
    // (A month and day said in full may stand further back: 11月10日上午,…召开新闻发布会 on a page of 25 November, a52.)
    if (near(day, 31)) return day.toISOString().slice(0, 10);
  }
  // An event the lead says was held yesterday (新闻发布会昨天召开, 961): the day before the page.
  // (…or the lead's own yesterday: 昨日下午,市公安局召开…新闻发布会, c19; 记者昨天从首都综治委办公室获悉, 840; 公安部新闻发言人昨天透露, c87.)
  if (
    /(?:会|仪式|活动)(?:于)?(?:昨天|昨日)(?:上午|下午|晚上?)?(?:在[^，,。]{1,20})?(?:召开|举行|举办)/.test(opening) ||
    /(?:^|\n|[，,。(（)）：:]|讯|记者)\s*(?:昨天|昨日)(?:上午|下午|晚上?)?[，,]/.test(opening) ||
    /(?:昨天|昨日)(?:上午|下午|晚上?)?(?:从|在)?[^，,。]{0,24}?(?:召开|举行|举办|透露|通报|发布|获悉|了解到)/.test(opening)
  ) return new Date(published.getTime() - 86_400_000).toISOString().slice(0, 10);
  return date;
}

