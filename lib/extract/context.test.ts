// Sections, reporting bodies, regions and periods, on the header shapes the
// corpus has: "name title" on one line, name and title on two lines, an
// organisation byline under a headline, and articles named by their subject.

import { describe, expect, it } from "vitest";
import { bodyBefore, lastPeriod, normalisePeriod, paragraphsToSections } from "./context";
import { textToParagraphs } from "./segment";
import { resolveRegion, NO_REGION } from "./gazetteer";

const sections = (text: string) => paragraphsToSections(textToParagraphs(text), text);
const body = "今年以来,全市法院受理案件57876件,结案46407件,审判质效居全省前列,持续深化司法公开。";

describe("paragraphsToSections", () => {
  it("keeps the body sources.json declares for the page's opening, whatever body its first lines name (834)", () => {
    const paragraphs = textToParagraphs("周 龙\n11月25日,在荆州市政法委系统培训班上,松滋综治工作法得到荆州市推介。今年以来,全市共受理报警8233起。");
    const songzi = { institution: "plac" as const, region: resolveRegion("湖北省荆州市松滋市", NO_REGION, true)! };
    expect(paragraphsToSections(paragraphs, "", songzi, true)[0].region.county).toBe("松滋市");
    // Without a declaration the superior whose training it was does not place it either (atItsOccasion): the text's
    // reporter, given as the fallback, does.
    expect(paragraphsToSections(paragraphs, "", null, false)[0].region.city).toBeNull();
    expect(paragraphsToSections(paragraphs, "", { ...songzi }, false)[0].region.county).toBe("松滋市");
  });

  it("reads a byline of name and title on one line", () => {
    const [s] = sections(`奋力开创政法工作高质量发展新局面\n\n刘宏 辽宁省大连市委常委、政法委书记\n\n${body}`);
    expect(s).toMatchObject({ heading: "奋力开创政法工作高质量发展新局面", author: "刘宏", institution: "plac", region: { province: "辽宁省", city: "大连市", county: null, code: "210200" } });
  });

  it("reads a name line followed by a title line", () => {
    const [s] = sections(`努力让人民群众对司法公正更有感\n\n张军斌\n浙江省丽水市中级人民法院党组书记、代院长\n\n${body}`);
    expect(s).toMatchObject({ author: "张军斌", institution: "court", region: { province: "浙江省", city: "丽水市" } });
  });

  it("reads an organisation byline under a headline and resolves county-level cities", () => {
    const ss = sections(`编者按:本期推出特别报道,以飨读者。\n践行社会治理新理念 打造平安深州新亮点\n深州市委政法委\n${body}`);
    expect(ss[1]).toMatchObject({ authorTitle: "深州市委政法委", institution: "plac", region: { province: "河北省", city: "衡水市", county: "深州市", code: "131182" }, period: "今年以来" });
  });

  it("does not take a site's name at the top of a page for a byline", () => {
    expect(sections(`中共灵璧县委政法委员会\n灵璧长安网\n${body}`)[0].authorTitle).toBeNull();
  });

  it("starts an article at a headline whose first paragraph names a body in a named place", () => {
    const ss = sections(`会议报道\n四地政法机关表示,将进一步加强合作。\n把握战略使命扛起法治保障检察担当\n“一体化”是区域协调发展的最高形态。近年来,上海市检察机关在市委的坚强领导下,深入践行习近平法治思想。`);
    expect(ss.map((s) => [s.heading, s.institution, s.region.province])).toEqual([
      ["会议报道", "unknown", null],
      ["把握战略使命扛起法治保障检察担当", "procuratorate", "上海市"],
    ]);
  });

  it("keeps a subheading over the same body in the article it is in (931)", () => {
    const ss = sections(`唐山市公安局专项行动取得丰硕战果\n唐山市公安局召开新闻发布会,通报专项行动战果。行动以来,全市共破获刑事案件5760起。\n在打击战线重拳出击\n唐山市公安局紧盯大案要案和民生小案,组织多警种协同联动。\n在服务群众上用心用情\n秦皇岛市公安局开展户籍窗口延时服务。`);
    expect(ss.map((s) => [s.heading, s.region.city])).toEqual([
      ["唐山市公安局专项行动取得丰硕战果", "唐山市"],
      ["在服务群众上用心用情", "秦皇岛市"],
    ]);
  });

  it("puts a municipality's district under the municipality with no city", () => {
    const [s] = sections(`标题\n叶大华 北京市延庆区委副书记、代区长\n${body}`);
    expect(s).toMatchObject({ institution: "government", region: { province: "北京市", city: null, county: "延庆区", code: "110119" } });
  });
});

describe("bodyBefore", () => {
  it("takes the body that opens the clause, not one that is an object", () => {
    expect(bodyBefore("截至目前,全市法院受理案件57876件", 14, NO_REGION)).toEqual({ institution: "court", region: null });
    expect(bodyBefore("2020年至今年上半年,安徽法院审结民商事案件34590件", 24, NO_REGION)?.region?.province).toBe("安徽省");
    expect(bodyBefore("向法院提出量刑建议并被采纳70人", 14, NO_REGION)).toBeNull();
    // The body a procuratorate advises (881).
    expect(bodyBefore("出席法庭支持公诉1489件次,建议法院适用简易程序审理1427件", 29, NO_REGION)).toBeNull();
    expect(bodyBefore("成渝金融法院审理案件1427件", 10, NO_REGION)?.institution).toBe("court");
    // The court a procuratorate's public-interest suit went to, and its rulings on them (884).
    expect(bodyBefore("共发现公益诉讼案件线索1343件,已起诉至法院24件", 27, NO_REGION)).toBeNull();
    expect(bodyBefore("已起诉至法院24件,法院判决8件", 15, NO_REGION)).toBeNull();
    expect(bodyBefore("全市法院判决8件", 6, NO_REGION)?.institution).toBe("court");
    expect(bodyBefore("政法委组织公安、司法等部门联席会商,为铁路公安投资18.5万元", 30, NO_REGION)?.institution).toBe("plac");
  });

  it("takes a 司法局 named in a list of the bodies' ratings (946)", () => {
    const s = "政法机关满意度:公安局97.29%,全州第9位;检察院98.78%,全州第7位;法院98.74%,全州第8位;司法局99.59%";
    expect(bodyBefore(s, s.length - 6, NO_REGION)?.institution).toBe("justice");
  });

  it("does not carry a body into a clause whose subject is the discipline commission (c20)", () => {
    const s = "此外,封开县检察机关提起公诉涉黑涉恶案件8件44人;县法院一审判决涉黑涉恶案件3宗22人;县纪委监委立案涉黑涉恶腐败和“保护伞”71件";
    expect(bodyBefore(s, s.length - 3, NO_REGION)).toBeNull();
    // Must not: the court's own clause before it keeps the court.
    const t = "此外,封开县检察机关提起公诉涉黑涉恶案件8件44人;县法院一审判决涉黑涉恶案件3宗";
    expect(bodyBefore(t, t.length - 2, NO_REGION)?.institution).toBe("court");
  });

  it("reads 全州 in a prefecture's text as the whole prefecture, and as 全州县 only in a text of its own city (c39)", () => {
    const s = "其中,该州公安机关满意度为90.92%,在全省排位由第五位跃居第三位;全州检察机关为95.11%";
    const qiandongnan = { province: "贵州省", city: "黔东南苗族侗族自治州", county: null, code: "522600" };
    expect(bodyBefore(s, s.length - 6, qiandongnan)).toEqual({ institution: "procuratorate", region: null });
    const guilin = { province: "广西壮族自治区", city: "桂林市", county: null, code: "450300" };
    expect(bodyBefore(s, s.length - 6, guilin)?.region?.county).toBe("全州县");
  });

  it("does not take a body that answers supervision, a body named as an object, or a national host for the reporter", () => {
    const at = (s: string) => s.length;
    expect(bodyBefore("全国检察机关共办结行政生效裁判监督案件3000余件,其中向法院提出抗诉", at("全国检察机关共办结行政生效裁判监督案件3000余件,其中向法院提出抗诉"), NO_REGION)?.institution).toBe("procuratorate");
    expect(bodyBefore("不诉率上升至24.9%,公安机关提请复议复核减少", at("不诉率上升至24.9%,公安机关提请复议复核减少"), NO_REGION)).toBeNull();
    expect(bodyBefore("法院再审改判、发回重审、和解撤诉、调解", 19, NO_REGION)).toBeNull();
    expect(bodyBefore("10月8日,最高人民法院、司法部在北京召开全国调解工作会议,全国人民调解组织调解各类矛盾纠纷", 49, NO_REGION)?.institution).not.toBe("court");
    // 据…介绍 names the one who reports.
    expect(bodyBefore("据市公安局相关负责人介绍,兰州反诈中心对涉案一级账户开展紧急止付", 20, NO_REGION)?.institution).toBe("police");
    // 全国各级检察机关 is a scope, not a place.
    expect(bodyBefore("全国各级检察机关提起公诉涉黑涉恶案件", 18, NO_REGION)).toEqual({ institution: "procuratorate", region: null });
    // 720: a body named as where a justice bureau's lawyers work is not who reports.
    const longhua = "指派律师在龙华区检察院为犯罪嫌疑人提供法律帮助829人次,在龙华区人民法院为犯罪嫌疑人提供法律帮助505人次;全区建立各级人民调解委员会164个";
    for (const n of ["829", "505", "164"]) expect(bodyBefore(longhua, longhua.indexOf(n), NO_REGION)).toBeNull();
    expect(bodyBefore("龙华区人民法院为犯罪嫌疑人提供法律帮助505人次", 20, NO_REGION)?.institution).toBe("court");
  });
});

describe("resolveRegion", () => {
  it("resolves short and full names and prefers the region already known when a name is ambiguous", () => {
    expect(resolveRegion("衡水市中级人民法院")?.code).toBe("131100");
    expect(resolveRegion("安徽法院")?.province).toBe("安徽省");
    expect(resolveRegion("广西壮族自治区司法厅")?.code).toBe("450000");
    // 朝阳区 is in Beijing and in Changchun: without context it is not guessed.
    expect(resolveRegion("朝阳区人民法院")).toBeNull();
    expect(resolveRegion("朝阳区人民法院", { province: "北京市", city: null, county: null, code: "110000" })?.code).toBe("110105");
  });
});

describe("lastPeriod and normalisePeriod", () => {
  it("finds the time phrase nearest before a figure, as written", () => {
    expect(lastPeriod("今年以来,该院……今年1月至10月,全市法院受理执行案件")).toBe("今年1月至10月");
    expect(lastPeriod("办案履职能,2020年至今年上半年,安徽法院审结")).toBe("2020年至今年上半年");
    expect(lastPeriod("2020年8月20日,总书记主持召开座谈会")).toBeNull();
    // A record's window and a remarked streak's start frame nothing after them (c33); a streak's own start does (b11).
    expect(lastPeriod("去年,共立八类案件。这是近十年来我市杀人案件首次降到300起以下。立抢劫案件")).toBe("去年");
    expect(lastPeriod("去年,八类案件同比下降7.1%。这是继2003年以来,连续4年保持八类案件稳中有降。在全部八类案件中,立杀人案件")).toBe("去年");
    expect(lastPeriod("岳西县法院自2011年以来连续")).toBe("自2011年以来");
    // Years said as an anniversary (d81).
    expect(lastPeriod("公益诉讼检察制度实施五周年来,全市检察机关共立案公益诉讼案")).toBe("五周年来");
    expect(normalisePeriod("五周年来", "2022-07-19")).toEqual({ start: "2017-01-01", end: "2022-07-19" });
    // A year said of where cases came from, after the period the sentence counts, is no period (d91); a list of such years is (845).
    expect(lastPeriod("2023年1月至3月,该院审理买卖合同纠纷案件共计126件,其中2022年旧存1件,2023年新收")).toBe("2023年1月至3月");
    expect(lastPeriod("其中2021年共新收金融执行案件67339件,执结金融执行案件67223件;2022年新收")).toBe("2022年");
    // A base said with what it was is no period (d84).
    expect(lastPeriod("2020年,全市刑事案件、治安案件相比专项斗争开展前的2017年分别下降")).toBe("2020年");
    // A span to a month of 今年, also with the page's 年 left out; 今年 is last year when that month had not come (830).
    expect(lastPeriod("安庆检察公益诉讼升级版202012月至今年11月,全市检察机关共摸排")).toBe("202012月至今年11月");
    expect(normalisePeriod("202012月至今年11月", "2022-01-04")).toEqual({ start: "2020-12-01", end: "2021-11-30" });
    expect(normalisePeriod("2021年12月至今年5月", "2022-06-10")).toEqual({ start: "2021-12-01", end: "2022-05-31" });
    // 两年来 (850) as N年来.
    expect(lastPeriod("执行工作紧密结合,两年来,执行涉企业案件")).toBe("两年来");
    expect(normalisePeriod("两年来", "2023-09-11")).toEqual({ start: "2021-01-01", end: "2023-09-11" });
    // 目前 describing a noun frames nothing after it (a72); 目前 as a time still does.
    expect(lastPeriod("2021年1-6月份,全市法院都很重视目前案件对人民群众的满意度。1.家事案件")).toBe("2021年1-6月份");
    expect(lastPeriod("满意度由2018年的87.17分稳步上升至目前的")).toBe("目前");
  });

  it("turns a phrase into dates using the document's date, and says nothing without one", () => {
    expect(normalisePeriod("今年1月至10月", "2020-11")).toEqual({ start: "2020-01-01", end: "2020-10-31" });
    expect(normalisePeriod("2020年至今年上半年", "2021-10-09")).toEqual({ start: "2020-01-01", end: "2021-06-30" });
    // 截至目前 in a review written at the year's end counts from its 1 January (decision 40); a stock drops the start later.
    expect(normalisePeriod("截至目前", "2021-11-18")).toEqual({ start: "2021-01-01", end: "2021-11-18" });
    // Said earlier in the year, it counts what has been done so far, from a start not said (c19, 904).
    expect(normalisePeriod("截至目前", "2012-07-10")).toEqual({ start: null, end: "2012-07-10" });
    expect(normalisePeriod("截至目前", "2021-10-09")).toEqual({ start: null, end: "2021-10-09" });
    expect(normalisePeriod("截至7月31日", "2018-08-15")).toEqual({ start: "2018-01-01", end: "2018-07-31" });
    expect(normalisePeriod("今年1月至10月", null)).toEqual({ start: null, end: null });
  });

  it("resolves quarters, halves, months written as 1至6月, N年来 and 截至 a month (decision 40)", () => {
    expect(lastPeriod("今年1至6月,全国检察机关共批准逮捕")).toBe("今年1至6月");
    expect(normalisePeriod("今年1至6月", "2022-07-20")).toEqual({ start: "2022-01-01", end: "2022-06-30" });
    expect(normalisePeriod("今年一季度", "2022-04-20")).toEqual({ start: "2022-01-01", end: "2022-03-31" });
    expect(normalisePeriod("一季度", "2019-04")).toEqual({ start: "2019-01-01", end: "2019-03-31" });
    expect(normalisePeriod("上半年", "2023-08-23")).toEqual({ start: "2023-01-01", end: "2023-06-30" });
    // N年来: the N full years before a report of January to March, else up to its date.
    expect(normalisePeriod("五年来", "2023-01-16")).toEqual({ start: "2018-01-01", end: "2022-12-31" });
    expect(normalisePeriod("十年来", "2022-09-20")).toEqual({ start: "2012-01-01", end: "2022-09-20" });
    expect(normalisePeriod("截止到9月底", "2023-11-03")).toEqual({ start: "2023-01-01", end: "2023-09-30" });
    // 今年1月至9月15日 (884) and 今年前七个月 (887).
    expect(lastPeriod("今年1月至9月15日,新疆检察机关共发现")).toBe("今年1月至9月15日");
    expect(normalisePeriod("今年1月至9月15日", "2018-09-20")).toEqual({ start: "2018-01-01", end: "2018-09-15" });
    expect(normalisePeriod("3月5日至9月15日", "2018-09-20")).toEqual({ start: "2018-03-05", end: "2018-09-15" });
    expect(normalisePeriod("今年9月至3月15日", "2018-09-20")).toEqual({ start: null, end: null });
    expect(lastPeriod("今年前七个月,铁岭两级院坚持")).toBe("今年前七个月");
    expect(normalisePeriod("今年前七个月", "2020")).toEqual({ start: "2020-01-01", end: "2020-07-31" });
    expect(normalisePeriod("2019年前11个月", "2020")).toEqual({ start: "2019-01-01", end: "2019-11-30" });
    // A court's statistical year joined by a tilde (800).
    expect(lastPeriod("2023年12月21日~2024年12月20日,共受理各类案件")).toBe("2023年12月21日~2024年12月20日");
    expect(normalisePeriod("2023年12月21日~2024年12月20日", "2025-01-06")).toEqual({ start: "2023-12-21", end: "2024-12-20" });
    // 行动以来 runs to the document's day; 专项行动期间 (309) has days the text does not say.
    expect(lastPeriod("在专项行动期间,随州公安侦破")).toBe("专项行动期间");
    expect(normalisePeriod("专项行动期间", "2023-10-09")).toEqual({ start: null, end: null });
    expect(normalisePeriod("行动以来", "2022-01-07")).toEqual({ start: null, end: "2022-01-07" });
    expect(lastPeriod("人口流动以来")).toBeNull();
    // 三年多以来 (881) reads as 三年来.
    expect(normalisePeriod("三年多以来", "2010-05-06")).toEqual({ start: "2007-01-01", end: "2010-05-06" });
    expect(lastPeriod("三年多以来,市人民检察院公诉部门共受理")).toBe("三年多以来");
    // 截至12月20日 without a year, in a report of 15 January, is last year's (876); one of this year's past days stays.
    expect(normalisePeriod("截至12月20日", "2015-01-15")).toEqual({ start: "2014-01-01", end: "2014-12-20" });
    expect(normalisePeriod("截至1月10日", "2015-01-15")).toEqual({ start: "2015-01-01", end: "2015-01-10" });
    expect(normalisePeriod("截至2015年12月20日", "2015-01-15")).toEqual({ start: "2015-01-01", end: "2015-12-20" });
    expect(normalisePeriod("截至11月底", "2015-01")).toEqual({ start: "2014-01-01", end: "2014-11-30" });
    expect(normalisePeriod("截至9月底", "2015-10")).toEqual({ start: "2015-01-01", end: "2015-09-30" });
    expect(normalisePeriod("2018年—2020年", "2021-10-09")).toEqual({ start: "2018-01-01", end: "2020-12-31" });
    // A document dated to the month gives 目前 no end.
    expect(normalisePeriod("目前", "2020-11")).toEqual({ start: null, end: null });
  });

  it("does not take the base of a comparison for the period", () => {
    expect(lastPeriod("2025年,刑事案件起数较2022年下降")).toBe("2025年");
    expect(lastPeriod("全市刑事案件与2019年同比下降")).toBeNull();
    expect(lastPeriod("受理案件同比上升,比去年同期增加")).toBeNull();
    expect(lastPeriod("2016年,全省法院受理各类案件159186件,是2007年的")).toBe("2016年"); // 892
    expect(lastPeriod("2007年的案件")).toBe("2007年");
  });
});

describe("a verb of working together before a body (b44)", () => {
  it("opens no article of 湖南's 会同县 after a heading", async () => {
    const { extractText } = await import("./index");
    const text = "2020年,湖州市检察机关忠实履行法律监督职责,共批捕刑事犯罪1763人。\n司法为民\n增强人民法治获得感\n扫黑除恶专项斗争开展以来,会同公安、法院打掉黑社会性质组织7个。";
    const seven = extractText(text, { docDate: "2021-02-01" }).figures.find((f) => f.text === "7个")!;
    expect([seven.province, seven.city, seven.county]).toEqual(["浙江省", "湖州市", null]);
  });
  it("nor when the verb stands before 省 (会同省法院、省公安厅…, c92)", async () => {
    const { extractText } = await import("./index");
    const text = "陕西省人民检察院\n2025年,全省检察机关起诉1815人。\n西安市雁塔区检察官走进企业\n同时,细致筛查涉企刑事案件3256件;会同省法院、省公安厅联合开展专项监督活动。起诉230人。";
    const last = extractText(text, { docDate: "2026-01-30" }).figures.find((f) => f.text === "230人")!;
    expect([last.institution, last.county]).not.toEqual(["court", "会同县"]);
  });
});

describe("a body said with 该区 or 该州 (c89, c39)", () => {
  it("is the body of the place the text is about", async () => {
    const { extractText } = await import("./index");
    const text = "南昌青山湖区投入打造“平安青山湖”\n今年以来,青山湖区平安建设成效明显。该区公安部门共破获刑事案件944起。";
    expect(extractText(text, { docDate: "2015-04-19" }).figures.find((f) => f.text === "944起")!.institution).toBe("police");
  });
});

describe("a month to 至今 (c96)", () => {
  it("runs from the month to the document's day, as 以来 does", async () => {
    const { normalisePeriod } = await import("./context");
    expect(normalisePeriod("2021年6月至今", "2022-06-24")).toEqual({ start: "2021-06-01", end: "2022-06-24" });
    expect(normalisePeriod("2021年6月以来", "2022-06-24")).toEqual({ start: "2021-06-01", end: "2022-06-24" });
  });
});

describe("the year a campaign began (c20)", () => {
  it("gives no start: 自2018年开展…以来 says the year, not the day", async () => {
    const { normalisePeriod } = await import("./context");
    expect(normalisePeriod("自2018年开展扫黑除恶专项斗争以来", "2020-12-13")).toEqual({ start: null, end: "2020-12-13" });
    // Must not: a year said with no campaign begun in it counts from its 1 January, and a month from its first day.
    expect(normalisePeriod("自2018年以来", "2020-12-13")).toEqual({ start: "2018-01-01", end: "2020-12-13" });
    expect(normalisePeriod("自2018年1月开展扫黑除恶专项斗争以来", "2020-12-13")).toEqual({ start: "2018-01-01", end: "2020-12-13" });
  });
  it("reads so in a traditional-character page", async () => {
    const { extractText } = await import("./index");
    const f = extractText("封開縣委政法委\n通報稱,自2018年開展掃黑除惡專項斗爭以來,封開全縣掌握線索總數191條,已辦結189條。", { docDate: "2020-12-13" }).figures;
    expect(f.map((x) => [x.periodStart, x.periodEnd])).toEqual([[null, "2020-12-13"], [null, "2020-12-13"]]);
  });
});

describe("a 截至 of the campaign against organised crime in the spring after it ended (d08)", () => {
  const lead = "中新网海口3月25日电 记者25日从海南省扫黑除恶专项斗争2021年第一次新闻发布会获悉,经过三年持续攻坚,海南省社会治安持续好转。\n";
  it("counts from the campaign's start, which the text does not say", async () => {
    const { extractText } = await import("./index");
    const f = extractText(lead + "截至2021年3月17日,海南省共打掉涉黑涉恶犯罪团伙314个;破获各类刑事案件3714起。", { docDate: "2021-03-25" }).figures;
    expect(f.map((x) => [x.periodStart, x.periodEnd])).toEqual([[null, "2021-03-17"], [null, "2021-03-17"]]);
  });
  it("but not in an article that does not name the campaign's years", async () => {
    const { extractText } = await import("./index");
    const f = extractText("中新网海口3月25日电 记者25日从海南省公安厅新闻发布会获悉。\n截至2021年3月17日,海南省共打掉涉黑涉恶犯罪团伙314个;破获各类刑事案件3714起。", { docDate: "2021-03-25" }).figures;
    expect(f.map((x) => x.periodStart)).toEqual(["2021-01-01", "2021-01-01"]);
  });
});

describe("an article presenting a white paper on some years (d34)", () => {
  const lead = "省人民检察院发布《山东省金融检察白皮书》\n昨日,山东省人民检察院发布《山东省金融检察白皮书(2016-2020)》,并编制了全省首批金融犯罪检察典型案例。\n";
  it("dates a figure that says no period of its own to the paper's years", async () => {
    const { extractText } = await import("./index");
    const f = extractText(lead + "全省检察机关受理审查起诉的各类金融犯罪案件,案均涉案犯罪嫌疑人1.85人。", { docDate: "2021-08-04" }).figures;
    expect(f.map((x) => [x.periodStart, x.periodEnd])).toEqual([["2016-01-01", "2020-12-31"]]);
    // Must not: a figure with its own period keeps it.
    const g = extractText(lead + "2020年,全省检察机关起诉金融犯罪1200人。", { docDate: "2021-08-04" }).figures;
    expect(g.map((x) => [x.periodStart, x.periodEnd])).toEqual([["2020-01-01", "2020-12-31"]]);
  });
  it("reads the years only from a publication presented with them", async () => {
    const { publishedSpanOf } = await import("./reporter");
    const { textToParagraphs } = await import("./segment");
    expect(publishedSpanOf(textToParagraphs(lead))).toEqual({ start: "2016-01-01", end: "2020-12-31" });
    expect(publishedSpanOf(textToParagraphs("根据《法治政府建设实施纲要(2015-2020年)》要求,全市推进依法行政。"))).toBeNull();
  });
});

describe("a city's police branch named for a district (c41)", () => {
  it("is that district's police, in a section opened by a heading", async () => {
    const { extractText } = await import("./index");
    const f = extractText("兰州安宁警方发还68万余元电诈追缴资金\n中国甘肃网1月27日讯 1月26日下午,兰州市公安局安宁分局举行电信网络诈骗追缴资金返还仪式,集中向16名受害群众返还依法追缴的683046元涉案资金。", { docDate: "2021-01-27" }).figures;
    expect(f.map((x) => [x.institution, x.city, x.county])).toEqual([["police", "兰州市", "安宁区"], ["police", "兰州市", "安宁区"]]);
    // Must not: the city's own bureau stays the city's.
    const g = extractText("兰州警方发还68万余元电诈追缴资金\n中国甘肃网1月27日讯 1月26日下午,兰州市公安局举行电信网络诈骗追缴资金返还仪式,集中向16名受害群众返还依法追缴的683046元涉案资金。", { docDate: "2021-01-27" }).figures;
    expect(g.map((x) => [x.city, x.county])).toEqual([["兰州市", null], ["兰州市", null]]);
  });
});

describe("a campaign's start and length (d63, d44)", () => {
  it("gives its span: from the start for that many months", async () => {
    const { extractText } = await import("./index");
    const f = extractText("山东省公安厅\n本报济南4月9日讯 记者今天从省公安厅获悉,自今年年初开始,我省公安机关开展了为期3个月的“春雷行动”,其间全省共侦破各类刑事案件3.12万起。", { docDate: "2015-04-10" }).figures;
    expect(f.filter((x) => x.text === "3.12万起").map((x) => [x.periodStart, x.periodEnd])).toEqual([["2015-01-01", "2015-03-31"]]);
    const { normalisePeriod } = await import("./context");
    // A month later than the page's, with no year, is last year's; 半年 is six months.
    expect(normalisePeriod("从去年10月开始,全国公安机关启动了为期半年的", "2015-06-28")).toEqual({ start: "2014-10-01", end: "2015-03-31" });
    expect(normalisePeriod("从10月开始,全国公安机关启动了为期半年的", "2015-03-28")).toEqual({ start: "2014-10-01", end: "2015-03-31" });
    // Must not: a start with no length stays a start to the page's date.
    expect(extractText("山东省公安厅\n自今年年初开始,我省公安机关开展“春雷行动”,全省共侦破各类刑事案件3.12万起。", { docDate: "2015-04-10" }).figures.map((x) => x.periodEnd)).toEqual(["2015-04-10"]);
  });
});

describe("a campaign named for its year (c65)", () => {
  it("runs a 截至目前 of its paragraph from that year's start", async () => {
    const { extractText } = await import("./index");
    const f = extractText("内蒙古自治区公安厅\n“昆仑2021”专项行动开展以来,截至目前,全区共立案查处环食药、知识产权和涉野生动植物案件2473起,破获2122起。", { docDate: "2021-11-29" }).figures;
    expect(f.map((x) => [x.periodStart, x.periodEnd])).toEqual([["2021-01-01", "2021-11-29"], ["2021-01-01", "2021-11-29"]]);
    // Must not: a campaign named without its year keeps no start.
    const g = extractText("内蒙古自治区公安厅\n“昆仑”专项行动开展以来,截至目前,全区共立案查处环食药案件2473起。", { docDate: "2021-11-29" }).figures;
    expect(g.map((x) => x.periodStart)).toEqual([null]);
  });
});

describe("an article presenting a period's data (a40)", () => {
  it("dates a figure that says no period of its own to that period", async () => {
    const { extractText } = await import("./index");
    const f = extractText("江苏发布2020年度律师工作大数据\n9月18日,江苏省司法厅发布2020年度律师工作大数据。\n——全省共有律师35632人,同比增长16.98%。", { docDate: "2021-09-18" }).figures;
    expect(f.filter((x) => x.text === "35632人").map((x) => [x.periodStart, x.periodEnd])).toEqual([[null, "2020-12-31"]]);
    const { publishedSpanOf } = await import("./reporter");
    const { textToParagraphs } = await import("./segment");
    expect(publishedSpanOf(textToParagraphs("最高检发布2022年1至6月全国检察机关主要办案数据。"), "2022-07-15")).toEqual({ start: "2022-01-01", end: "2022-06-30" });
    // …and a year's report made public (995).
    expect(publishedSpanOf(textToParagraphs("这组数据来自温州市公安局近期向社会大众公布的2017年全年工作报告。"), "2018-01-20")).toEqual({ start: "2017-01-01", end: "2017-12-31" });
    // Must not: data named with no period, nor a report that is not a year's.
    expect(publishedSpanOf(textToParagraphs("省司法厅发布律师工作大数据。"), "2022-07-15")).toBeNull();
    expect(publishedSpanOf(textToParagraphs("省司法厅公布2017年法律援助专项工作报告。"), "2018-01-20")).toBeNull();
  });
});

describe("a heading naming the half a target was set for (887)", () => {
  it("frames no figure after it: the article's 今年前七个月 does", async () => {
    const { extractText } = await import("./index");
    const f = extractText("铁岭市人民检察院\n今年前七个月,铁岭两级院坚持疫情防控与检察工作两手抓。\n一、扫黑除恶工作完成上半年“双清零”目标\n全市两级院办结刑事申诉案件24件,较去年同期上升33.3%。", { docDate: "2020-08-20" }).figures;
    expect(f.map((x) => [x.periodStart, x.periodEnd])).toEqual([["2020-01-01", "2020-07-31"], ["2020-01-01", "2020-07-31"]]);
    // Must not: a heading that names the half as its period still frames it.
    const g = extractText("铁岭市人民检察院\n今年前七个月,铁岭两级院坚持疫情防控与检察工作两手抓。\n一、上半年扫黑除恶工作情况\n全市两级院办结刑事申诉案件24件。", { docDate: "2020-08-20" }).figures;
    expect(g.map((x) => x.periodEnd)).toEqual(["2020-06-30"]);
  });
});

describe("the lawyers a place has, by degree or party (b27, a40)", () => {
  it("are counted at a moment: no start", async () => {
    const { extractText } = await import("./index");
    const f = extractText("四川省司法厅\n截至2020年底,四川省律师中有博士895人,占比3.2%;硕士5239人,占比18.7%。", { docDate: "2021-03-10" }).figures;
    expect(f.map((x) => x.periodStart)).toEqual([null, null, null, null]);
    // Must not: what lawyers did in the year is counted over it.
    const g = extractText("四川省司法厅\n2020年,全省律师办理法律援助案件5239件。", { docDate: "2021-03-10" }).figures;
    expect(g.map((x) => x.periodStart)).toEqual(["2020-01-01"]);
  });
});

describe("a report on a year posted after it (905)", () => {
  it("dates a figure that says no period of its own to that year", async () => {
    const { extractText } = await import("./index");
    const text = "靖边县司法局局长 奥成铭\n全县父老乡亲:\n根据靖边县第十八届人大常委会第十一次会议安排,现将靖边县司法局2017年度重点工作任务完成情况报告如下:\n全县各镇调委会累计调解各类矛盾纠纷280件,调解成功260件。";
    expect(extractText(text, { docDate: "2018" }).figures.map((x) => [x.periodStart, x.periodEnd])).toEqual([["2017-01-01", "2017-12-31"], ["2017-01-01", "2017-12-31"]]);
    // Must not: the same report posted in its own year keeps what it had.
    expect(extractText(text, { docDate: "2017-12-20" }).figures.map((x) => x.periodStart)).not.toEqual(["2017-01-01", "2017-01-01"]);
  });
});
