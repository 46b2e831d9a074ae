// extractText end to end on short passages: what a figure is labelled, which
// metric, institution, region and period it gets.

import { describe, expect, it } from "vitest";
import { extractText } from "./index";
import { acceptedMeansNew, caseTopicOf, receivedMeansAccepted } from "./figures";
import { statisticOf } from "./rules";

const figures = (text: string, docDate: string | null = "2020-11") =>
  extractText(text, { docDate }).figures.map((f) => ({ text: f.text, label: f.label, metric: f.metric, indicator: f.indicator, statistic: f.statistic, institution: f.institution, county: f.county, city: f.city, province: f.province, period: f.period, periodStart: f.periodStart, periodEnd: f.periodEnd }));

/** The full keys a passage's figures get. */
const metrics = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => f.metric);

const header = "在创新中大力提升审判质效\n衡水市中级人民法院\n";

describe("mentionsToFigures", () => {
  it("labels and names court figures, with the reporter's region and the governing period", () => {
    const fs = figures(header + "今年1月至10月,全市法院受理执行案件21750件,已结 17619件,执行结案平均用时99.52天,比全省平均值(113.09天)少13.57天,该市执行质效总体排名全省第三。");
    expect(fs.map((f) => f.metric)).toEqual([
      "court.cases.accepted.enforcement", "court.cases.concluded.enforcement", "court.enforcement.avg_days",
      "court.enforcement.avg_days@benchmark", "court.enforcement.avg_days@change_abs", "other",
    ]);
    expect(fs[0]).toMatchObject({ institution: "court", province: "河北省", city: "衡水市", period: "今年1月至10月", periodStart: "2020-01-01", periodEnd: "2020-10-31" });
    // The comparison and its difference measure the average they compare; the composite rank has no indicator.
    expect(fs[5]).toMatchObject({ indicator: "other", statistic: "rank" });
  });

  it("gives each change after 分别 to its own measure, in order", () => {
    const fs = figures(header + "全市法院受理案件57876件、审结46407件,同比分别增长18.28%、9.9%。");
    expect(fs.map((f) => [f.text, f.label])).toEqual([
      ["57876件", "全市法院受理案件"],
      ["46407件", "审结"],
      ["18.28%", "全市法院受理案件同比分别增长"],
      ["9.9%", "审结同比分别增长"],
    ]);
  });

  it("keeps a figure no rule names, with metric other and its label", () => {
    const [f] = figures(header + "在机关设立30块LED大屏。");
    expect(f).toMatchObject({ text: "30块", metric: "other", label: "在机关设立LED大屏" });
  });

  it("counts a figure of a repeated paragraph once", () => {
    const p = "全市法院诉前调解纠纷14304件,占一审立案数量的59.26%,速裁结案12045件。";
    expect(figures(header + p + "\n" + p).map((f) => f.text)).toEqual(["14304件", "59.26%", "12045件"]);
  });

  it("takes the institution from a body named in the sentence, and says so when no region is known", () => {
    const doc = extractText("全市检察机关提前介入涉疫情犯罪案件31件39人。");
    expect(doc.figures.map((f) => [f.metric, f.institution, f.province])).toEqual([
      ["procuratorate.early_intervention", "procuratorate", null],
      ["other", "procuratorate", null],
    ]);
    expect(doc.errors).toContain("no region for 31件 at 17");
  });
});

describe("extractText offsets", () => {
  it("counts code points, so a character outside the BMP before a figure counts once", () => {
    const doc = extractText("𠮷全市法院受理案件57876件。");
    expect(doc.figures.map((f) => [f.text, f.start, f.end, f.sentenceStart, f.sentenceEnd])).toEqual([["57876件", 9, 15, 0, 16]]);
    expect(doc.sentences[0]).toMatchObject({ start: 0, end: 16 });
  });
});

describe("mentionsToFigures: kinds and labels of lists", () => {
  const kinds = (text: string) => extractText(text).figures.map((f) => [f.text, f.kind, f.label]);

  it("counts documents, notarial matters and leads in 件 as things, and a part as its whole", () => {
    // 上海市司法局 (408), 龙口市司法局 (412)
    expect(kinds("一是制定规范性文件9件,其中3件已印发并报市政府备案。").map((k) => k[1])).toEqual(["count", "count"]);
    expect(kinds("经清理,原113件制度中,拟保留36件、废止27件。").map((k) => k[1])).toEqual(["count", "count", "count"]);
    expect(kinds("今年以来,共办理各类公证事项2397件。")[0][1]).toBe("count");
    expect(kinds("全市法院网上缴费7588件、网上开庭1251件。").map((k) => k[1])).toEqual(["count", "cases"]);
    // 广州 (606): a service counted in 件, disputes counted in 宗, hazards in 宗
    expect(kinds("办理司法鉴定业务4.1万件;成功调解矛盾纠纷约3.9万宗。").map((k) => k[1])).toEqual(["count", "cases"]);
    // Services and documents in 件 are counts (decision 19): help requests, permits issued.
    expect(kinds("全年受理群众求助3200起,办理出入境证件1.2万件。").map((k) => k[1])).toEqual(["count", "count"]);
    // Alarm calls and dispatches (803), problems solved (810), decisions assessed (809) are counts;
    // disputes and unrest found in 宗 are cases (805).
    expect(kinds("2014年德州市110系统共接报警67万余起,处警12万余起。").map((k) => k[1])).toEqual(["count", "count"]);
    expect(kinds("村居法律顾问年均为乡村群众解决法律问题5.8万件。").map((k) => k[1])).toEqual(["count"]);
    expect(kinds("全年评估5113件重大决策社会稳定风险。").map((k) => k[1])).toEqual(["count"]);
    expect(kinds("全区人民调解组织共排查预防矛盾隐患和不稳定因素3235宗。").map((k) => k[1])).toEqual(["cases"]);
    // Calls to 110 are incidents reported, not cases (705).
    expect(kinds("2020年,全省110报警服务台共接报各类警情1500万余起,日均接警达4万余起。").map((k) => k[1])).toEqual(["count", "count"]);
    expect(kinds("排查整改安全隐患问题120宗。")[0][1]).toBe("count");
  });

  it("gives a number joined to the one before by 、 the same label", () => {
    // 哈尔滨 (403), 全国扫黑办 (501)
    expect(kinds("防止因民间纠纷可能引起的自杀12件、15人。").map((k) => k[2])).toEqual(["防止因民间纠纷可能引起的自杀", "防止因民间纠纷可能引起的自杀"]);
  });

  it("gives each change after a list of named measures its own item (…、…同比分别下降)", () => {
    expect(kinds("全市刑事、治安案件同比分别下降8.37%、28.30%。").map((k) => k[2])).toEqual(["全市刑事案件同比分别下降", "治安案件同比分别下降"]);
    expect(kinds("公路事故起数、死亡人数同比分别下降9.8%和21.7%。").map((k) => k[2])).toEqual(["公路事故起数同比分别下降", "死亡人数同比分别下降"]);
    // (An item that is a kind of crime and nothing more takes the noun, and 警情数 counts too, d88.)
    expect(kinds("黑恶十类犯罪、电信网络诈骗、传统侵财警情数同比分别下降 25.91%、23.49%、52.63%。").map((k) => k[2])).toEqual(["黑恶十类犯罪警情数同比分别下降 ", "电信网络诈骗警情数同比分别下降 ", "传统侵财警情数同比分别下降 "]);
    // (…with a base year after 同比: 同比2019年分别下降, d96.)
    expect(kinds("这一年来全市刑事、治安警情同比2019年分别下降15.22%、2.8%。").map((k) => k[2])).toEqual(["这一年来全市刑事警情同比2019年分别下降", "治安警情同比2019年分别下降"]);
    // (What the first item is said to be, up to 的, is no part of its name, d48.)
    expect(kinds("影响公众安全感的入室盗窃、抢劫、抢夺等侵财类案件同比分别下降7.2%、4%和8.1%。").map((k) => k[2])).toEqual(["入室盗窃案件同比分别下降", "抢劫案件同比分别下降", "抢夺等侵财类案件同比分别下降"]);
    expect(kinds("全省道路交通事故四项指数同比分别下降12.6%、18.8%、18.5%、2.2%。").map((k) => k[2])).toEqual([
      "交通事故起数同比分别下降", "交通事故死亡人数同比分别下降", "交通事故受伤人数同比分别下降", "交通事故直接财产损失同比分别下降",
    ]);
    // Two items for three changes: no item is guessed.
    expect(kinds("刑事、治安案件同比分别下降1%、2%、3%。").map((k) => k[2]).some((l) => /^刑事案件同比/.test(l))).toBe(false);
  });
});

describe("what a figure measures, across a sentence", () => {
  const dims = (text: string) => extractText(text, { docDate: "2022-07-20" }).figures.map((f) => [f.text, f.metric]);

  it("ties changes listed after one change word to the levels before them, in order", () => {
    expect(dims("全国检察机关批准逮捕各类犯罪嫌疑人1.2万人、决定起诉2.3万人,同比下降64%和32.6%。")).toEqual([
      ["1.2万人", "procuratorate.arrests.approved"],
      ["2.3万人", "procuratorate.prosecution.decided"],
      ["64%", "procuratorate.arrests.approved@yoy_pct"],
      ["32.6%", "procuratorate.prosecution.decided@yoy_pct"],
    ]);
  });

  it("reads the list after 其中 as parts of the figure before it that no key names, into the next sentence (decision 52)", () => {
    const fs = dims("全市司法局:目前,我市共有专兼职人民调解员12882人。其中,人大代表710人,政协委员29人;年龄40岁以下3865人,占30%;研究生7人。");
    // (The share 占30% still takes the whole's key: decision 52 would make it other too; not yet read so.)
    expect(fs.filter((f) => !f[0].endsWith("%"))).toEqual([
      ["12882人", "justice.mediation.mediators"],
      ["710人", "other"],
      ["29人", "other"],
      ["3865人", "other"],
      ["7人", "other"],
    ]);
  });

  it("names each measure of a list said before 分别", () => {
    const police = "随州市公安局\n";
    expect(dims(police + "今年1至9月,全国治安案件、刑事案件同比分别下降1.9%、6.9%。").map((f) => f[1])).toEqual(["police.public_order_cases.handled@yoy_pct", "police.criminal_cases.occurred@yoy_pct"]);
    expect(dims(police + "上半年,全市刑事案件、治安案件与2019年同比分别下降22.4%、34.2%。").map((f) => f[1].split("@")[0])).toEqual(["police.criminal_cases.occurred", "police.public_order_cases.handled"]);
    expect(dims(police + "公路事故起数、死亡人数同比分别下降9.8%和21.7%。").map((f) => f[1])).toEqual(["police.traffic.accidents@yoy_pct", "police.traffic.deaths@yoy_pct"]);
  });

  it("gives a streak said after a change (已连续14个月同比下降) the measure that changed", () => {
    const fs = extractText("公安部\n今年1—7月,刑事案件立案数同比下降30.1%,已连续14个月同比下降,电信网络诈骗立案数同比下降23.8%,已连续11个月同比下降。", { docDate: "2024-08-15" }).figures;
    expect(fs.map((f) => [f.text, f.metric, f.periodStart])).toEqual([
      ["30.1%", "police.criminal_cases.filed@yoy_pct", "2024-01-01"],
      ["14个月", "police.criminal_cases.filed@streak", "2023-06-01"],
      ["23.8%", "police.criminal_cases.filed.telecom_fraud@yoy_pct", "2024-01-01"],
      ["11个月", "police.criminal_cases.filed.telecom_fraud@streak", "2023-09-01"],
    ]);
  });

  it("reads a count of persons right after a count of cases (5069件7018人) as the same work", () => {
    const court = "四川省高级人民法院\n";
    expect(dims(court + "严惩杀人、抢劫等严重暴力犯罪5069件7018人。").map((f) => f[1])).toEqual(["court.cases.concluded.violent", "court.sentenced.persons.violent"]);
    // 审、执结 is one count of cases tried and enforced, not of enforcement.
    expect(dims(court + "2023年,全省法院共受理各类案件189.48万件,审、执结173.32万件。").map((f) => f[1])).toEqual(["court.cases.accepted", "court.cases.concluded"]);
  });

  it("reads persons after 、 right after a count of cases as the persons of that work", () => {
    expect(dims("全国扫黑办\n全国侦办涉黑组织61个、涉恶犯罪集团201个,破获刑事案件7620件、7151人。").slice(-2).map((f) => f[1])).toEqual([
      "police.criminal_cases.solved.gang", "police.suspects.arrested.gang",
    ]);
  });

  it("leaves the shares of a whole's parts no key names (其中一类占88.5%, 其中合伙所…占73.16%) other (decision 52)", () => {
    expect(dims("哈尔滨市司法局\n1995年全市共有4598个调解委员会,其中一类占88.5%,二类占11.5%。").map((f) => f[1])).toEqual(["justice.mediation.committees", "other", "other"]);
    expect(dims("司法部\n全国共有律师事务所3.86万多家,其中,合伙所2.82万多家,占73.16%。").map((f) => f[1])).toEqual(["justice.law_firms", "other", "other"]);
    // Must not: the share of a part a case type names.
    expect(dims("某县人民法院\n全年受理案件1200件,其中刑事案件300件,占25%。").map((f) => f[1])).toEqual(["court.cases.accepted", "court.cases.accepted.criminal", "court.cases.accepted.criminal@share"]);
  });

  it("gives list items after 、 the first item's verb, kinds of gang crime under gang", () => {
    expect(dims("四川省公安厅\n侦办涉黑案件45起、恶势力集团案件168起、恶势力团伙案件202起。").map((f) => f[1])).toEqual([
      "police.criminal_cases.solved.gang", "police.criminal_cases.solved.gang", "police.criminal_cases.solved.gang",
    ]);
  });

  it("reads police releases: 同比 and 环比 of one measure, kinds of crime that changed, dispatches (a part of the calls, decision 52) and the kinds of calls", () => {
    const fs = dims("青海省公安厅\n今年上半年,全省刑事案件同比、环比分别下降33.42%、28.69%。2014年全市“两抢”案件同比下降40.9%。处警12万余起,其中刑事类警情约占6%、治安类警情约占14%、纠纷类警情约占17%。");
    expect(fs.map((f) => f[1])).toEqual([
      "police.criminal_cases.occurred@yoy_pct", "police.criminal_cases.occurred@change_pct", "police.criminal_cases.occurred.robbery_snatching@yoy_pct",
      "other", "police.incidents.criminal@share", "police.incidents.public_order@share", "police.calls.received@share",
    ]);
  });

  it("reads court reports: a breakdown under 收案中, cases mediated or withdrawn, 受案, sentences of 5年以上", () => {
    const court = "建始县人民法院\n";
    expect(dims(court + "收案中,刑事案件262件,同比下降5.4%;二审案件2395件。").map((f) => f[1])).toEqual([
      "court.cases.new.criminal", "court.cases.new.criminal@yoy_pct", "court.cases.new.second_instance",
    ]);
    // (调解结案 and 撤诉 said apart are parts no key names, decision 55.)
    expect(dims(court + "受理民商事案件925件,结案440件(调解结案211件,撤诉97件)。").map((f) => f[1])).toEqual([
      "court.cases.accepted.civil_commercial", "court.cases.concluded.civil_commercial", "other", "other",
    ]);
    expect(dims(court + "与上年同比,受案增加167件,上升10.21%。").map((f) => f[1].split("@")[0])).toEqual(["court.cases.accepted", "court.cases.accepted"]);
    expect(dims(court + "判处罪犯1000人,其中判处5年以上有期徒刑、无期徒刑和死刑的484人。").map((f) => f[1])).toEqual(["court.sentenced.persons", "court.sentenced.heavy"]);
  });

  it("reads lists whose items name no verb as the first item's work, cases and persons kept apart", () => {
    const court = "山东省高级人民法院\n";
    expect(dims(court + "常态化开展扫黑除恶斗争,审结涉黑案件19件80人、涉恶案件109件623人。").map((f) => f[1])).toEqual([
      "court.cases.concluded.gang", "court.sentenced.persons.gang", "court.cases.concluded.gang", "court.sentenced.persons.gang",
    ]);
    const procuratorate = "长寿区人民检察院\n";
    expect(dims(procuratorate + "五年来,起诉故意杀人、强奸等侵犯公民人身权犯罪182人,诈骗、盗窃、抢劫等多发性侵财犯罪1472人。").map((f) => f[1].split(".").slice(0, 3).join("."))).toEqual([
      // (The first, examples under a group no case type names, is a part: other, decisions 50 and 63.)
      "other", "procuratorate.prosecution.decided",
    ]);
    // A verb names the item's own work.
    expect(dims("商洛市扫黑办\n打掉恶势力犯罪团伙24个,98个镇办整治涉乱案件103起。").at(-1)![1]).toBe("other");
  });

  it("reads courts' outcomes in a 扫黑办 report, police 起诉 as transfers, legal aid closed by a justice body", () => {
    expect(dims("商洛市扫黑办\n审查起诉涉恶案件17件58人、判决12件31人。").slice(-2).map((f) => f[1])).toEqual(["court.cases.concluded.gang", "court.sentenced.persons.gang"]);
    expect(dims("湖南省公安厅\n破获电诈案件1.3万起,起诉涉诈嫌疑人2.08万名。").at(-1)![1]).toBe("police.suspects.transferred.telecom_fraud");
    expect(dims("靖边县司法局\n县法律援助中心认真开展工作,全年结案115件。").at(-1)![1]).toBe("justice.legal_aid.cases");
    expect(dims("广州市公安局\n开展交通综合治理攻坚战,交通事故亡人数同比下降5.9%,实现连续17年下降。").map((f) => f[1])).toEqual(["police.traffic.deaths@yoy_pct", "police.traffic.deaths@streak"]);
  });

  it("pairs changes in per cent with counts, not with a rate between them", () => {
    expect(dims(header + "全市法院共受理各类案件89492件,审结83598件,结案率为93.41%,分别比上年上升1.63%和1.81%。").map((f) => f[1])).toEqual([
      "court.cases.accepted", "court.cases.concluded", "court.cases.clearance_rate", "court.cases.accepted@yoy_pct", "court.cases.concluded@yoy_pct",
    ]);
  });

  it("reads 审理 beside 审结 as cases heard (accepted), 审理 alone as cases concluded", () => {
    expect(dims(header + "全年共审理案件94314件,审结80524件。").map((f) => f[1])).toEqual(["court.cases.accepted", "court.cases.concluded"]);
    expect(dims(header + "审理知识产权案件5.6万件。").map((f) => f[1])).toEqual(["court.cases.concluded.ip"]);
  });

  it("reads a list of crimes of several kinds, or of a kind with no type, as criminal (877)", () => {
    const court = "拉萨市城关区人民法院2017年工作情况\n";
    expect(dims(court + "依法审结故意伤害、两抢一盗、强奸、涉赌、涉毒等严重侵犯人民群众生命财产安全的犯罪案件261件。").map((f) => f[1])).toEqual(["court.cases.concluded.criminal"]);
    expect(dims(court + "依法审结盗窃、诈骗等侵财犯罪案件26件。").map((f) => f[1])).toEqual(["court.cases.concluded.property"]);
    expect(dims(court + "审结危害食品药品安全的犯罪案件3件。").map((f) => f[1])).toEqual(["court.cases.concluded.food_drug"]);
    // (Cases of a group no case type names are a part, other, as 审结教育、医疗、劳动争议等案件 is: decision 50.)
    expect(dims(court + "审结婚姻家庭案件3件。").map((f) => f[1])).toEqual(["other"]);
  });

  it("reads a change in days as the change of a duration (886), and 商事 as civil and commercial (885)", () => {
    const court = "虎林市人民法院\n";
    expect(dims(court + "各类案件平均审理天数同比缩短8.2天。")).toEqual([["8.2天", "court.cases.avg_duration@yoy_abs"]]);
    expect(dims(court + "审结各类案件5495件,同比增加120件。")).toEqual([["5495件", "court.cases.concluded"], ["120件", "court.cases.concluded@yoy_abs"]]);
    expect(dims(court + "审结商事案件2.4万件。")).toEqual([["2.4万件", "court.cases.concluded.civil_commercial"]]);
  });

  it("reads a procuratorate's public-interest suits taken to court, and their rate of success (884)", () => {
    const spp = "新疆维吾尔自治区人民检察院\n";
    expect(dims(spp + "新疆检察机关共发现公益诉讼案件线索1343件,立案1081件,已起诉至法院24件,法院判决8件,胜诉率达100%。").filter((f) => f[0] !== "8件")).toEqual([
      ["1343件", "other"],
      ["1081件", "procuratorate.public_interest.filed"],
      ["24件", "procuratorate.public_interest.suits"],
      ["100%", "procuratorate.public_interest.court_support_rate"],
    ]);
  });

  it("reads a report's multiples and changes on base years, and a list of changes in per cent and points (892)", () => {
    const court = "海南省高级人民法院\n";
    const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);
    expect(read(court + "全省法院全年受理各类案件159186件,是2007年的4.21倍,比2012年上升112.29%,比2015年上升27.73%;办结153794件,结案率96.61%,同比分别上升28.06%和0.25个百分点。", "2017-02-22")).toEqual([
      ["159186件", "court.cases.accepted", "2016-01-01", "2016-12-31"],
      ["4.21倍", "court.cases.accepted@ratio_to_benchmark", "2016-01-01", "2016-12-31"],
      ["112.29%", "court.cases.accepted@change_pct", "2016-01-01", "2016-12-31"],
      ["27.73%", "court.cases.accepted@yoy_pct", "2016-01-01", "2016-12-31"],
      ["153794件", "court.cases.concluded", "2016-01-01", "2016-12-31"],
      ["96.61%", "court.cases.clearance_rate", "2016-01-01", "2016-12-31"],
      ["28.06%", "court.cases.concluded@yoy_pct", "2016-01-01", "2016-12-31"],
      ["0.25个百分点", "court.cases.clearance_rate@yoy_pp", "2016-01-01", "2016-12-31"],
    ]);
    // 诉讼执行案件 are a court's suits and enforcement together, not enforcement; after 其中, a part of the whole (decision 53).
    expect(read(court + "其中受理诉讼执行案件156455件。", "2017-02-22")[0][1]).toBe("other");
    // Changes all in per cent still pass over the rate between them.
    expect(read(court + "受理案件1200件,审结案件1000件,结案率96%,同比分别上升5%和6%。", "2017-02-22").map((f) => f[1])).toEqual([
      "court.cases.accepted", "court.cases.concluded", "court.cases.clearance_rate", "court.cases.accepted@yoy_pct", "court.cases.concluded@yoy_pct",
    ]);
  });

  it("reads a bare 立案 as public-interest filings when the paragraph said 公益诉讼 before (896)", () => {
    const spp = "齐齐哈尔市人民检察院\n";
    expect(dims(spp + "今年,检察机关共发现涉河湖公益诉讼案件线索12件。共立案11件。")[1]).toEqual(["11件", "procuratorate.public_interest.filed"]);
    expect(dims(spp + "今年,检察机关受理控告申诉线索12件。共立案11件。")[1]).toEqual(["11件", "other"]);
  });

  it("reads what 为N名…提供法律援助 says after the persons (839, 923)", () => {
    const justice = "舒兰市司法局\n";
    expect(dims(justice + "共办理法律援助案件1604件,为1038名困难群众提供法律援助。")[1]).toEqual(["1038名", "justice.legal_aid.recipients"]);
    expect(dims(justice + "共办理法律援助案件1604件,为1038名困难群众办理低保。")[1]).toEqual(["1038名", "other"]);
  });

  it("reads 涉恶团伙 as evil forces, 涉黑涉恶团伙 as both (882)", () => {
    expect(dims("青海省公安厅\n共打掉涉黑涉恶团伙45个(其中涉黑组织2个,涉恶团伙43个)。").map((f) => f[1])).toEqual([
      "plac.anti_gang.organisations.gang",
      "plac.anti_gang.organisations.mafia",
      "plac.anti_gang.organisations.evil_forces",
    ]);
  });

  it("reads the persons of 集体…人次获表彰 as individual awards (880)", () => {
    expect(dims(header + "共有2个集体5人次获国家级表彰。")).toEqual([["2个", "any.awards.collective"], ["5人次", "any.awards.individual"]]);
    expect(dims(header + "共有2个集体5人次参加培训。")[1]).toEqual(["5人次", "other"]);
  });

  it("keeps a list's case type within one body's statistics", () => {
    expect(dims("全国检察机关共批准逮捕未成年犯罪嫌疑人5000人,不捕2000人,不捕率28.6%。")).toEqual([
      ["5000人", "procuratorate.arrests.approved.juvenile"],
      ["2000人", "procuratorate.arrests.not_approved.juvenile"],
      ["28.6%", "procuratorate.arrests.non_arrest_rate.juvenile"],
    ]);
  });
});

describe("period dates of streaks and stocks", () => {
  const dates = (text: string, docDate: string) => figures(text, docDate).map((f) => [f.text, f.statistic, f.periodStart, f.periodEnd]);
  /** Each figure's text and its period dates. */
  const spans = (text: string, docDate: string) => figures(text, docDate).map((f) => [f.text, f.periodStart, f.periodEnd]);

  it("dates a campaign's figures from the month it began, its name in full with its gloss (a31)", () => {
    const text = "贵阳市委政法委\n9月28日,记者从贵阳市委政法委获悉,自今年8月初开展“两严一降”(即严打、严防、发案数量下降)治安整治专项行动以来,全市共立刑事案件5520起,同比下降了11.42%。";
    expect(spans(text, "2013-09-28")).toEqual([
      ["5520起", "2013-08-01", "2013-09-28"],
      ["11.42%", "2013-08-01", "2013-09-28"],
    ]);
  });

  it("frames a section by a heading that opens with a year said without 年 (a09)", () => {
    const text = "山西省高级人民法院工作报告\n2025 全省法院工作持续发展进步\n全省法院新收各类案件86.31万件。";
    expect(spans(text, "2026-02-05")).toEqual([["86.31万件", "2025-01-01", "2025-12-31"]]);
  });

  it("dates figures since a day said with any verb after it (2018年8月21日正式立案以来, d26)", () => {
    const text = "上海金融法院\n上海金融法院是全国首家金融法院,2018年8月21日正式立案以来,共受理案件6600余件。";
    expect(spans(text, "2019-08-21")).toEqual([["6600余件", "2018-08-21", "2019-08-21"]]);
  });

  it("dates a figure after 全年 by the year, though a part of the year was said before it in the sentence (a32, 840)", () => {
    const text = "黑龙江省人民检察院\n2020年,因为上半年办案数量降幅过大,全年共受理审查逮捕案件12016件,同比下降39.39%。";
    expect(spans(text, "2021-01-20")).toEqual([
      ["12016件", "2020-01-01", "2020-12-31"],
      ["39.39%", "2020-01-01", "2020-12-31"],
    ]);
    // 去年全年 is the base compared with, not the figure's period.
    const base = "北京市委政法委\n上半年认为社会“安全”的比重占55.5%,比去年全年上升1.5个百分点。";
    expect(spans(base, "2006-07-20")).toEqual([
      ["55.5%", "2006-01-01", "2006-06-30"],
      ["1.5个百分点", "2006-01-01", "2006-06-30"],
    ]);
  });

  it("dates a headline's figure by the body that says it again (929, 984)", () => {
    const body = "群众安全感达99.17% 重庆公安提交2020年“成绩单”\n华龙网-新重庆客户端1月27日20时讯(记者 阙影)今(27)日,重庆市公安局通报,2020年,重庆公安各项工作取得显著成效,刑事案件破案同比上升38.83%,群众安全感达99.17%。";
    expect(spans(body, "2021-01-27")).toEqual([
      ["99.17%", "2020-01-01", "2020-12-31"],
      ["38.83%", "2020-01-01", "2020-12-31"],
      ["99.17%", "2020-01-01", "2020-12-31"],
    ]);
    // Said nowhere again, it keeps no period: a headline alone names none.
    expect(dates("群众安全感达99.17%\n2020年,重庆公安刑事案件破案同比上升38.83%。", "2021-01-27")[0].slice(2)).toEqual([null, null]);
  });

  it("dates a stock's change at its moment, but not the next measure's change (938, a17)", () => {
    // A ratio of cases pending is a stock; its rise on a year earlier is of the same moment.
    expect(dates("郑州市中级人民法院\n今年上半年,中院机关法定审限内未结案比为92.91%,同比提升1.35%。", "2021-07-10")).toEqual([
      ["92.91%", "value", null, "2021-06-30"],
      ["1.35%", "yoy_pct", null, "2021-06-30"],
    ]);
    // A ratio of pending cases is a stock; the next clause's rate with its own name is counted over the quarter.
    expect(dates("最高人民法院\n今年一季度,超12个月未结案件比下降0.06个百分点,民事裁判申请执行率下降6.73个百分点。", "2025-04-20").map((f) => f.slice(2))).toEqual([
      [null, "2025-03-31"],
      ["2025-01-01", "2025-03-31"],
    ]);
  });

  it("counts a campaign's 截至 from the day its paragraph says it began, else from no day (878)", () => {
    const police = "张家界市公安局召开“围猎”专项行动首战阶段新闻发布会。\n";
    expect(dates(police + "从2016年12月1日起,张家界公安机关组织开展打击违法犯罪“围猎”专项行动。截至3月31日,全市共立刑事案件2160起。", "2017-04-18")).toEqual([
      ["2160起", "value", "2016-12-01", "2017-03-31"],
    ]);
    expect(dates(police + "张家界公安机关组织开展打击违法犯罪“围猎”专项行动。截至3月31日,全市共立刑事案件2160起。", "2017-04-18")).toEqual([
      ["2160起", "value", null, "2017-03-31"],
    ]);
  });

  it("dates 行动以来 from the day the text says the campaign began, else from no day (931, 888)", () => {
    const police = "唐山市公安局“燕赵—砺剑铸盾2021”专项行动取得丰硕战果\n";
    expect(dates(police + "据介绍,“燕赵—砺剑铸盾2021”专项行动自2021年5月8日起,历时5个月。行动以来,全市共破获刑事案件5760起。", "2022-01-07")).toEqual([
      ["5760起", "value", "2021-05-08", "2022-01-07"],
    ]);
    expect(dates(police + "行动以来,全市共破获刑事案件5760起。", "2022-01-07")).toEqual([["5760起", "value", null, "2022-01-07"]]);
    // A year said is the year, campaign or not.
    expect(dates(police + "2021年,全市共破获刑事案件5760起。", "2022-01-07")).toEqual([["5760起", "value", "2021-01-01", "2021-12-31"]]);
  });

  it("runs a streak of years back from the end of its frame, and leaves the change beside it alone", () => {
    expect(dates("2021年,全省刑事发案同比下降2.1%,实现六年连降,现行命案20年连续下降。", "2022-01-10")).toEqual([
      ["2.1%", "yoy_pct", "2021-01-01", "2021-12-31"],
      ["六年", "streak", "2016-01-01", "2021-12-31"],
      ["20年", "streak", "2002-01-01", "2021-12-31"],
    ]);
  });

  it("runs a streak of months back month by month", () => {
    expect(dates("今年1—7月,全国刑事案件立案数已连续14个月同比下降。", "2024-08-15").map((f) => f.slice(2))).toContainEqual(["2023-06-01", "2024-07-31"]);
  });

  it("gives the level held over a streak the streak's years, but not a rank", () => {
    expect(dates("2022年,全国法院审结、执结案件数量已经连续两年超过3000万件大关。", "2023-03-01").slice(-2)).toEqual([
      ["两年", "streak", "2021-01-01", "2022-12-31"],
      ["超过3000万件", "value", "2021-01-01", "2022-12-31"],
    ]);
    expect(dates("2021年平安建设满意度达到98.66%,连续两年位居全省第一。", "2022-02-01").at(-1)).toEqual(["第一", "rank", "2021-01-01", "2021-12-31"]);
  });

  it("dates a level quoted at either end of a change by the year it names", () => {
    expect(dates("2022年,刑事案件不捕率从2021年41.7%上升至64.1%、不诉率从15.6%上升至24.9%。", "2023-01-15").map((f) => [f[0], f[2]])).toEqual([
      ["41.7%", "2021-01-01"],
      ["64.1%", "2022-01-01"],
      ["15.6%", "2021-01-01"],
      ["24.9%", "2022-01-01"],
    ]);
    const fs = dates("起诉人数从2013年的5384人降至2021年的3154人。起诉黑恶犯罪16457人。", "2022-09-20");
    expect(fs.map((f) => [f[0], f[2]])).toEqual([["5384人", "2013-01-01"], ["3154人", "2021-01-01"], ["16457人", null]]);
  });

  it("dates a change by the year it compares, not by its base", () => {
    expect(dates("2019年相比2018年增长了357万件。", "2023-03-01")[0].slice(2)).toEqual(["2019-01-01", "2019-12-31"]);
  });

  it("dates 这一年 of a report by the year it covers", () => {
    expect(dates("这一年,我们受理案件12383件,成功送达28219次。", "2024-01-18").map((f) => f.slice(2))).toEqual([
      ["2023-01-01", "2023-12-31"],
      ["2023-01-01", "2023-12-31"],
    ]);
  });

  it("does not let an attributive year or a title's years frame later paragraphs", () => {
    const text = "2017年,市司法局按照《法治政府建设实施纲要(2015-2020年)》的要求推进工作。\n二是开展2018年度立法项目申报工作,申报了3个项目。\n一是制定规范性文件9件。";
    expect(dates(text, "2018-04-10").at(-1)).toEqual(["9件", "value", "2017-01-01", "2017-12-31"]);
  });

  it("dates 一年来 of a report by the year its title names, not by when it was published", () => {
    const text = "2017年福州市人民检察院工作报告\n2017工作回顾\n一年来,共受理提请批捕9605人、移送起诉13825人。";
    expect(dates(text, "2018-07-12").map((f) => f.slice(2))).toEqual([["2017-01-01", "2017-12-31"], ["2017-01-01", "2017-12-31"]]);
    // Or the opening lines that say what is reported.
    const jingbian = "靖边县司法局局长\n根据会议安排,现将靖边县司法局2017年度重点工作任务完成情况报告如下:\n县法律援助中心全年结案115件。";
    expect(dates(jingbian, "2018").at(-1)!.slice(2)).toEqual(["2017-01-01", "2017-12-31"]);
    // Without such a title, 一年来 in July runs from 1 January a year back to the date (decision 40).
    expect(dates("福州市人民检察院\n一年来,共受理提请批捕9605人。", "2018-07-12")[0].slice(2)).toEqual(["2017-01-01", "2018-07-12"]);
    // Published by June, 过去一年 and 一年来 are the year before (872, in April); 近一年来 still runs to the date.
    expect(dates("舟山市委政法委\n过去一年,全市刑事警情下降30.7%。", "2021-04-14")[0].slice(2)).toEqual(["2020-01-01", "2020-12-31"]);
    expect(dates("舟山市委政法委\n近一年来,全市刑事警情下降30.7%。", "2021-04-14")[0].slice(2)).toEqual(["2020-01-01", "2021-04-14"]);
  });

  it("dates a year-end 工作总结 posted the next year by the year it sums up (720), and only by its title", () => {
    const summary = "深圳市龙华区司法局2018年工作总结与2019年工作计划\n今年以来,龙华区司法行政工作全面推进。\n全区在册社区服刑人员326名,受理法律援助案件960宗。截至11月底,共调处各类矛盾纠纷3508宗。";
    expect(dates(summary, "2019-05-28").map((f) => f.slice(2))).toEqual([[null, "2018-12-31"], ["2018-01-01", "2018-12-31"], ["2018-01-01", "2018-11-30"]]);
    // 606: a press conference that presents a 2017年工作总结 in its second line counts from its own day.
    const conference = "广州市司法行政工作总结推进\n会议发布2017年工作总结和2018年工作计划。\n截至7月31日,全市共有719家律师事务所。";
    expect(dates(conference, "2018-08-15")[0].slice(2)).toEqual([null, "2018-07-31"]);
  });

  it("dates a five-year plan's years, a campaign's days and a month said alone", () => {
    expect(dates("“十四五”期间,江西公安机关共破获刑事案件25万余起。", "2025-10-13")[0].slice(2)).toEqual(["2021-01-01", "2025-10-13"]);
    expect(dates("“十三五”期间,全省法院共审结案件100万件。", "2021-01-28")[0].slice(2)).toEqual(["2016-01-01", "2020-12-31"]);
    expect(dates("专项行动开展以来,共出动警力近2000人次。30多天来,已先后查处各类刑事案件34起。", "2019-08-05").map((f) => f.slice(2))).toEqual([
      [null, "2019-08-05"],
      [null, "2019-08-05"],
    ]);
    expect(dates("7月,全国扫黑办派出30个特派督导组。", "2020-08-20")[0].slice(2)).toEqual(["2020-07-01", "2020-07-31"]);
    expect(dates("11月,全市开展专项行动3次。", "2021-03-01")[0].slice(2)).toEqual(["2020-11-01", "2020-11-30"]);
  });

  it("ends 以来 and 目前 on the dateline's day, not the page's", () => {
    const text = "新华社北京8月20日电 记者19日从全国扫黑办获悉,扫黑除恶专项斗争启动以来,全国共打掉涉黑组织3291个。";
    expect(dates(text, "2020-08-20")[0].slice(2)).toEqual([null, "2020-08-19"]);
    // The lead's month and day of the event the figures were given at (decision 47), across a month's end too.
    const lead = "国际在线安徽消息(查宛昕):8月24日,安徽省常态化机制化扫黑除恶斗争工作新闻通气会举行。\n2022年以来,安徽各地共侦办涉黑涉恶案件246件。";
    expect(dates(lead, "2023-08-25")[0].slice(2)).toEqual(["2022-01-01", "2023-08-24"]);
    expect(dates("本报讯(记者 李严)7月28日,记者从市委政法委了解到,今年以来全市化解矛盾纠纷3000件。", "2023-08-01")[0].slice(2)).toEqual(["2023-01-01", "2023-07-28"]);
    // A page dated only to its month whose lead names the day (004: 11月5日,衡水市召开了全市政法工作创新交流会).
    expect(dates("11月5日,衡水市召开了全市政法工作创新交流会。今年以来,全市法院受理案件57876件。", "2020-11")[0].slice(2)).toEqual(["2020-01-01", "2020-11-05"]);
    // …also with an hour after the day (6月15日8时许,…举办…退赃活动, d78).
    expect(dates("6月15日8时许,休宁县公安局在其大院内举办打击整治成果展示暨退赃活动。据介绍,今年年初以来,休宁县公安机关破获盗窃类案件35起。", "2023-06-18")[0].slice(2)).toEqual(["2023-01-01", "2023-06-15"]);
    // (Not a story's day and hour: “…”10月1日晚9时许,丢失挎包的黄女士…, reporter set r147.)
    expect(dates("“太感谢你们了!”10月1日晚9时许,丢失挎包的黄女士接过挎包。今年以来全市化解矛盾纠纷3000件。", "2019-10-05")[0].slice(2)).toEqual(["2019-01-01", "2019-10-05"]);
    // …also with the holder named between the day and 举行的 (记者从11月10日天津市政府新闻办举行的发布会上获悉, f02).
    expect(dates("记者从11月10日天津市政府新闻办举行的发布会上获悉,近年来,天津市搭建视频监控平台4300台。", "2021-11-12")[0].slice(2)).toEqual([null, "2021-11-10"]);
    // A day more than a week before the page, or after it, is not its dateline.
    expect(dates("6月2日,某地举行活动。今年以来全市化解矛盾纠纷3000件。", "2023-08-01")[0].slice(2)).toEqual(["2023-01-01", "2023-08-01"]);
    // After a byline (b86), and the day alone of a meeting held, opening its paragraph (853).
    expect(dates("丛台区打掉11个黑恶犯罪集团团伙\n全媒体记者秦小虎 5月14日,记者从丛台区扫黑除恶专项斗争新闻发布会上获悉,截至目前,丛台区打掉黑恶犯罪团伙11个。", "2019-05-15").at(-1)!.slice(2)).toEqual([null, "2019-05-14"]);
    expect(dates("发布时间:2022-01-26\n 22日,2022年西藏自治区司法行政工作会议在拉萨召开。\n截止到目前,西藏已建成82个三级公共法律服务实体平台。", "2022-01-26").at(-1)!.slice(2)).toEqual([null, "2022-01-22"]);
    // A 以来 in an article presenting a period's data runs to that period's end (c22); not in one presenting a white paper's years (d66).
    expect(dates("7月25日,最高人民检察院发布了2021年1月至6月全国检察机关主要办案数据。\n刑法修正案(十一)自今年3月1日施行以来,全国检察机关共对2085人提起公诉。", "2021-07-25").at(-1)!.slice(2)).toEqual(["2021-03-01", "2021-06-30"]);
    expect(dates("泰州中院发布《泰州法院破产审判白皮书(2018-2022)》。\n自2018年以来,泰州两级法院共受理破产案件1376件。", "2023-09-27").at(-1)!.slice(2)).toEqual(["2018-01-01", "2023-09-27"]);
    // Must not: a day that opens no meeting, or one more than a week before the page.
    expect(dates("发布时间:2022-01-26\n 12日,某地举行活动。\n截止到目前,西藏已建成82个三级公共法律服务实体平台。", "2022-01-26").at(-1)!.slice(2)).toEqual([null, "2022-01-26"]);
  });

  it("dates 截至12月底 of a yearbook's review by the year the article names, not the year it is dated", () => {
    const text = "审判工作\n2006年,全省法院共收各类案件321146件。截至12月底,尚有各类未结案件24458件。\n1.刑事案件。全省法院新收各类刑事案件24064件。";
    expect(dates(text, "2007").map((f) => f.slice(2))).toEqual([["2006-01-01", "2006-12-31"], [null, "2006-12-31"], ["2006-01-01", "2006-12-31"]]);
  });

  it("dates a campaign from the month its start names, an undated stock as of the page, and a level quoted for part of a year (926, 923, 928, 932)", () => {
    const court = "六盘水市扫黑办\n市中级人民法院副院长通报了本部门自2018年1月全国开展扫黑除恶专项斗争工作开展以来的相关工作情况。六盘水两级法院一审受理涉黑案7件42人。";
    expect(dates(court, "2019-04-04")[0].slice(2)).toEqual(["2018-01-01", "2019-04-04"]);
    expect(dates("重庆市司法局\n同时,重庆市还推动法律服务力量下沉基层。建成41个区县(自治县)公共法律服务中心。", "2022-12-28")[0].slice(2)).toEqual([null, "2022-12-28"]);
    expect(dates("江苏省委政法委\n江苏全省群众安全感从2012年的94%提高到2022年上半年的99.14%。", "2022-09-06").map((f) => f.slice(2))).toEqual([["2012-01-01", "2012-12-31"], ["2022-01-01", "2022-06-30"]]);
    expect(dates("吴中区人民检察院\n二季度,民事检察部门发出再审检察建议6件(2021年同期0件)。", "2022-08-17").map((f) => f.slice(2))).toEqual([["2022-04-01", "2022-06-30"], ["2021-04-01", "2021-06-30"]]);
    // 一年来 under a work report's heading of the year it reviews (decision 47), in a report dated only by the next year.
    expect(dates("上饶市中级人民法院\n2025年主要工作\n一年来,全市法院受理各类案件128497件。", "2026")[0].slice(2)).toEqual(["2025-01-01", "2025-12-31"]);
    // Without such a heading, a document dated only by its year gives N年来 no end (decision 41).
    expect(dates("上饶市中级人民法院\n五年来,全市法院受理各类案件128497件。", "2026")[0].slice(2)).toEqual(["2021-01-01", null]);
  });

  it("gives a streak no dates when its frame has no end", () => {
    expect(dates("今年以来,连续2年群众满意度在全省排名第一。", "2020")[0]).toEqual(["2年", "streak", null, null]);
  });

  it("counts pending cases at a moment, their change on a year earlier too", () => {
    expect(dates(header + "截止9月20日,尚有各类未结案2453件,同比上升28.83%。", "2014-09-25")).toEqual([
      ["2453件", "value", null, "2014-09-20"],
      ["28.83%", "yoy_pct", null, "2014-09-20"],
    ]);
  });

  it("dates 上季度 by the quarter before the document's, and a report's own year said with 以来 by that year (911, 917)", () => {
    expect(dates("上季度全区群众安全感达98.34%", "2021-12-14")[0].slice(2)).toEqual(["2021-07-01", "2021-09-30"]);
    expect(dates("上季度全区群众安全感达98.34%", "2022-02-10")[0].slice(2)).toEqual(["2021-10-01", "2021-12-31"]);
    const report = "赞皇县人民法院2023年度工作报告\n2023年以来,赞皇县人民法院全年收案3902件,结案3721件。";
    expect(dates(report, "2024-04").map((f) => f.slice(2))).toEqual([["2023-01-01", "2023-12-31"], ["2023-01-01", "2023-12-31"]]);
    // 2024年度共接受法律咨询: 年度 before 共 is the year of the figures, not an attribute of a thing.
    expect(dates("郑州市司法局\n2024年度共接受法律咨询16万人次以上。\n全市开展法治讲座30场。", "2025-06-03").map((f) => f.slice(2))).toEqual([["2024-01-01", "2024-12-31"], ["2024-01-01", "2024-12-31"]]);
  });
});

describe("who and what in the tuned texts 955–962", () => {
  it("does not take the bodies that lead the work for a new article's reporter, nor 第33个“110宣传日” or 积弊30多年 for figures (957, 956, 961)", () => {
    const report = "市人民检察院工作报告\n——2025年12月31日在凌海市第七届人民代表大会第六次会议上\n凌海市人民检察院检察长 马量\n2025年工作回顾\n2025年,在凌海市委和锦州市检察院的坚强领导下,本院共起诉各类犯罪146人。";
    const doc = extractText(report, { docDate: "2026-01-04", declared: { institution: "procuratorate", level: "county", province: "辽宁省", city: "锦州市", county: "凌海市" } });
    expect(doc.figures.map((f) => [f.text, f.county])).toEqual([["146人", "凌海市"]]);
    const figs = (t: string) => extractText(t, { docDate: "2019-01-11" }).figures.map((f) => f.text);
    expect(figs("武平县公安局\n2019年1月10日是全国第33个“110宣传日”。")).toEqual([]);
    expect(figs("温州\n根治积弊30多年的村级老协乱象,选拔4537名优秀大学生进入村社组织。")).toEqual(["4537名"]);
  });
});

describe("who and when in the tuned texts 947–952", () => {
  it("dates a campaign from the end of the month it names and a dateline written 6月15日讯 (949)", () => {
    const text = "甘肃省政法队伍教育整顿取得明显阶段性成效\n每日甘肃网兰州6月15日讯(记者王虎)今天下午,省政府新闻办召开全省政法队伍教育整顿第一次新闻发布会。\n自今年2月底全国第一批政法队伍教育整顿启动以来,组织政治轮训班1153期。";
    const doc = extractText(text, { docDate: "2021-06-16" });
    expect(doc.figures.map((f) => [f.text, f.periodStart, f.periodEnd, f.institution])).toEqual([["1153期", "2021-02-28", "2021-06-15", "plac"]]);
  });

  it("does not take a batch, a decade, a class of provinces, a planned part of a year or an example's measures for figures (949–952)", () => {
    const figs = (t: string) => extractText(t, { docDate: "2021-06-16" }).figures.map((f) => f.text);
    expect(figs("甘肃\n自今年2月底全国第一批政法队伍教育整顿启动以来。依法纠正上世纪90年代以来违规减刑问题1027个。")).toEqual(["1027个"]);
    expect(figs("司法部\n截至2020年底,全国共有执业律师52.2万多人。律师人数超过1万人的省(区、市)有21个。")).toEqual(["52.2万多人", "21个"]);
    expect(figs("固始县人民法院\n为2022年后10个月工作打好基础,全院共受理案件2296件。")).toEqual(["2296件"]);
    expect(figs("定安县司法局\n如4月3日,定安县新竹镇叶某因排放鱼塘水不当淹没了邻居钱某的4亩瓜菜,钱某要求赔偿1.5万元。")).toEqual([]);
  });
});

describe("what a figure measures and when, on sentences of the tuned texts 935–946", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);
  it("reads a base quoted in the same units, changes of 件数 and 人数, and a level reached (939, 937, 942)", () => {
    expect(read("南京市浦口区人民检察院\n2021年1-11月,本院共受理各类审查逮捕案件97件134人,去年同期为197件375人,件数和人数分别同比下降50.76%、64.27%。", "2022-01-28").map((f) => f.slice(0, 3))).toEqual([
      ["97件", "procuratorate.arrests.reviewed_cases", "2021-01-01"], ["134人", "procuratorate.arrests.reviewed", "2021-01-01"],
      ["197件", "procuratorate.arrests.reviewed_cases", "2020-01-01"], ["375人", "procuratorate.arrests.reviewed", "2020-01-01"],
      ["50.76%", "procuratorate.arrests.reviewed_cases@yoy_pct", "2021-01-01"], ["64.27%", "procuratorate.arrests.reviewed@yoy_pct", "2021-01-01"],
    ]);
    expect(read("贵州省检察机关\n2017年,提起公诉29272件39977人、同比件数下降0.3%、人数上升0.8%。", "2018").map((f) => f[1])).toEqual([
      "procuratorate.prosecution.decided_cases", "procuratorate.prosecution.decided", "procuratorate.prosecution.decided_cases@yoy_pct", "procuratorate.prosecution.decided@yoy_pct",
    ]);
    expect(read("福建省公安厅\n2017年至2021年,全省刑事立案从24.1万起下降至15.8万起。", "2022-05-23").map((f) => f[1])).toEqual(["police.criminal_cases.filed", "police.criminal_cases.filed"]);
  });

  it("reads a rate named at the head of a list, calls of crime 接报, and the procuratorate's and courts' outcomes named in a police report (946, 940, 945)", () => {
    expect(read("剑河县\n政法机关满意度:公安局97.29%,全州第9位;检察院98.78%,全州第7位。", "2017").filter((f) => /%$/.test(f[0] ?? "")).map((f) => f[1])).toEqual(["plac.satisfaction", "plac.satisfaction"]);
    expect(read("厦门市公安局\n刑事类警情中的“两抢”类警情呈现持续下降态势,今年上半年共接报305起。", "2016-07-22")[0][1]).toBe("police.incidents.criminal.robbery_snatching");
    expect(read("大同警方\n检察机关提起公诉27件110人;法院一审判决17件70人。", "2018-09").map((f) => f[1])).toEqual(["procuratorate.prosecution.decided_cases", "procuratorate.prosecution.decided", "court.cases.concluded", "court.sentenced.persons"]);
  });

  it("dates a campaign's days, its 开展…工作以来 and its 截至目前, and counts still pending at a moment (940, 936, 938)", () => {
    expect(read("厦门市公安局\n在“飓风肃毒”专项行动中,全市从3月20日到6月30日,共破获毒品刑事案件542起。", "2016-07-22")[0].slice(2)).toEqual(["2016-03-20", "2016-06-30"]);
    expect(read("达拉特旗\n据悉,开展扫黑除恶专项斗争工作以来,旗委召开专项会议28次。截至目前,我旗公安机关破获涉黑涉恶类案件60起。", "2019-06-03").map((f) => f.slice(2))).toEqual([[null, "2019-06-03"], [null, "2019-06-03"]]);
    expect(read("郑州市中级人民法院\n2021年上半年,中院机关法定审限内未结案比为92.91%。", "2021-07-15")[0].slice(2)).toEqual([null, "2021-06-30"]);
  });

  it("dates by an event the lead opens with, takes 全年 after a span of years, and skips a record's window (970, 968)", () => {
    const conference = "顺义区司法局\n11月18日的顺义区人民调解工作新闻发布会上,顺义区司法局通报,截至目前,全区共有人民调解委员会632个。";
    expect(read(conference, "2025-11-20")[0].slice(2)).toEqual([null, "2025-11-18"]);
    const review = "海口市公安局\n三年来,海口共打掉黑恶团伙63个。全市刑事案件发案数近10年来首次下降,破获命案积案5起,全年破获现行命案13起。";
    expect(read(review, "2021-03-10").map((f) => [f[0], ...f.slice(2)])).toEqual([
      ["63个", "2018-01-01", "2020-12-31"],
      ["5起", "2018-01-01", "2020-12-31"],
      ["13起", "2020-01-01", "2020-12-31"],
    ]);
    // Must not: 全年 after a year said (2003年,…全年) is that year; after 截止11月25日 the 截止 holds.
    expect(read("哈尔滨市司法局\n2003年,哈尔滨市全年共调解纠纷31576件。", "2004-06-01")[0].slice(2)).toEqual(["2003-01-01", "2003-12-31"]);
    expect(read("昌江黎族自治县人民法院\n截止11月25日,我院共受理案件1688件,比2014年全年案件数多8件。", "2015-12-01")[1].slice(2)).toEqual(["2015-01-01", "2015-11-25"]);
  });

  it("dates by an event after a quotation in the lead, reads 目前最多跑一次 as 目前, and a campaign's 三年来 from its start (983)", () => {
    const lead = "巴中市公安局\n四川新闻网巴中11月26日讯(记者 张韵晗)“群众看公安,关键看破案。”11月25日,巴中公安向人民报告工作汇报会召开。\n目前最多跑一次达100%。";
    expect(read(lead, "2020-11-26")[0].slice(2)).toEqual([null, "2020-11-25"]);
    const campaign = "巴中市公安局\n今年是扫黑除恶专项斗争的收官之年。三年来,全市公安机关共打掉涉黑组织5个。";
    expect(read(campaign, "2020-11-25")[0].slice(2)).toEqual([null, "2020-11-25"]);
    // Must not: 三年来 outside the campaign's years counts three years back; a record's window still dates nothing.
    expect(read("海口市公安局\n三年来,全市共破获命案积案5起。", "2022-03-10")[0].slice(2)).toEqual(["2019-01-01", "2021-12-31"]);
  });

  it("dates 近年来 to the text's day, and 全年 after it to the year reported on (977, 971)", () => {
    expect(read("广西壮族自治区党委政法委\n近年来,广西政法机关统筹协调完成民主法治领域攻坚事项14项。", "2024-12-27")[0].slice(2)).toEqual([null, "2024-12-27"]);
    expect(read("吉林省高级人民法院\n2018年工作报告\n近年来,我省法院执行工作取得重大成效,全年共新收执行案件131334件。", "2019-01-28")[0].slice(2)).toEqual(["2018-01-01", "2018-12-31"]);
    // Must not: a document dated only by its year gives 近年来 no end (decision 41).
    expect(read("广西壮族自治区党委政法委\n近年来,广西政法机关完成攻坚事项14项。", "2024")[0].slice(2)).toEqual([null, null]);
  });

  it("gives each value of a 分别 list its own year, one or two a year (946, 807)", () => {
    const safety = "剑河县\n2011年至2016年,全县人民群众安全感分别为96.71%、97.55%、98.03%、98.73%、98.39%,98.45%连续六年攀升;政法机关综合满意度分别为95%、98.20%、97.07%、96.79%、99.17%,98.6%。";
    const years = read(safety, "2017-01-10").filter((f) => /%$/.test(f[0] as string)).map((f) => (f[2] as string).slice(0, 4));
    expect(years).toEqual(["2011", "2012", "2013", "2014", "2015", "2016", "2011", "2012", "2013", "2014", "2015", "2016"]);
    const pairs = read("建始县人民法院\n据了解,该院2015年、2016年、2017年收结案分别为:3075件、2823件,3813件、3513件,4908件、4669件。", "2018-04-20");
    expect(pairs.map((f) => (f[2] as string).slice(0, 4))).toEqual(["2015", "2015", "2016", "2016", "2017", "2017"]);
    // Must not: a list that is not one or two values a year keeps the span.
    expect(read("剑河县\n2011年至2016年,全县破获案件分别为96起、97起。", "2017-01-10").map((f) => f.slice(2))).toEqual([["2011-01-01", "2016-12-31"], ["2011-01-01", "2016-12-31"]]);
  });

  it("gives a span's yearly values their years and the changes after them the years after the first (d35)", () => {
    const juvenile = "天津市人民检察院\n2013至2015年,各年度受理未成年人审查逮捕案件人数分别为379人、294人、259人,受案人数呈逐年下降趋势,同比分别下降了22.43%和11.9%。";
    expect(read(juvenile, "2016-06-02").map((f) => [f[0], (f[2] as string).slice(0, 4), (f[3] as string).slice(0, 4)])).toEqual([
      ["379人", "2013", "2013"],
      ["294人", "2014", "2014"],
      ["259人", "2015", "2015"],
      ["22.43%", "2014", "2014"],
      ["11.9%", "2015", "2015"],
    ]);
    // Must not: as many changes as years are no changes from year to year; they keep the span.
    const three = read("天津市人民检察院\n2013至2015年,各年度受理案件人数分别为379人、294人、259人,同比分别下降了22.43%、11.9%和5%。", "2016-06-02");
    expect(three.slice(3).map((f) => [(f[2] as string).slice(0, 4), (f[3] as string).slice(0, 4)])).toEqual([["2013", "2015"], ["2013", "2015"], ["2013", "2015"]]);
  });

  it("counts what a place has at the moment of its period, and a stock under 近年来 as of the page (959, 923, 912, 102)", () => {
    expect(read("内蒙古自治区司法厅\n2019年,全区有19所监狱。", "2020-06-30")[0].slice(2)).toEqual([null, "2019-12-31"]);
    expect(read("重庆市司法局\n近年来,建成41个区县公共法律服务中心。", "2022-12-28")[0].slice(2)).toEqual([null, "2022-12-28"]);
    // Must not: what happened to those had (获表彰), those that meet a bar, and persons who died.
    expect(read("青岛市中级人民法院\n2022年,全市法院共有26个集体获省级以上表彰。", "2023-02-01")[0].slice(2)).toEqual(["2022-01-01", "2022-12-31"]);
    expect(read("最高人民法院\n2022年,其中有9个省(区、市)的基层法院人均结案量超过300件。", "2023-03-07")[0].slice(2)).toEqual(["2022-01-01", "2022-12-31"]);
    expect(read("湖南省公安厅\n2023年,全省共有9名民警因公牺牲。", "2024-01-20")[0].slice(2)).toEqual(["2023-01-01", "2023-12-31"]);
    // The next items of the list are had too, up to a verb of work done (新培育, 接收).
    expect(read("内蒙古自治区司法厅\n2019年,全区有19所监狱,2个病犯管理所,1个警官学校。", "2020-06-30").map((f) => f.slice(2))).toEqual([[null, "2019-12-31"], [null, "2019-12-31"], [null, "2019-12-31"]]);
    expect(read("江苏省司法厅\n2022年,全省有法律援助工作站566个,新培育法律明白人7.9万名。", "2023-02-01").map((f) => f.slice(2))).toEqual([[null, "2022-12-31"], ["2022-01-01", "2022-12-31"]]);
  });

  it("dates a campaign's figures with no time said to the event, held yesterday (961, 501)", () => {
    const lead = "温州查处涉黑涉恶腐败和“保护伞”349人\n温州网讯 全市扫黑除恶专项斗争工作新闻发布会昨天召开,会议透露我市的扫黑除恶专项斗争已取得明显成效。\n全市共破获涉黑恶案件3314起。";
    expect(read(lead, "2019-10-23").map((f) => f.slice(2))).toEqual([[null, "2019-10-22"], [null, "2019-10-22"]]);
    // Must not: a figure with no time in an article that is not on the campaign keeps no dates; a meeting held yesterday is not a figure's day when nothing is held.
    expect(read("温州市公安局\n温州网讯 全市公安工作新闻发布会昨天召开。\n全市共破获案件3314起。", "2019-10-23")[0].slice(2)).toEqual([null, null]);
    expect(read("温州市扫黑办\n记者昨天走访了扫黑除恶专项斗争一线。今年以来全市共破获涉黑恶案件3314起。", "2019-10-23")[0].slice(2)).toEqual(["2019-01-01", "2019-10-23"]);
  });

  it("counts a 截至 from a campaign's start the text gives, in an article on the campaign's press conference (c62, 949)", () => {
    const c62 = "邵阳新闻网讯 12月28日上午,市公安局召开“打击盗骗毒、全力保民安”暨“秋冬会战”新闻发布会。\n自10月份专项行动开展以来,双清区公安分局明确工作目标。\n截至12月24日,双清公安分局共破“盗骗毒”刑事案件252起。";
    expect(read(c62, "2015-12-28").at(-1)!.slice(2)).toEqual(["2015-10-01", "2015-12-24"]);
    const gansu = "甘肃省政法队伍教育整顿取得明显阶段性成效\n今天下午,省政府新闻办召开全省政法队伍教育整顿第一次新闻发布会。\n自今年2月底全国第一批政法队伍教育整顿启动以来,省委高度重视。\n截至6月11日,共整改顽瘴痼疾问题27419个。";
    expect(read(gansu, "2021-06-15").at(-1)!.slice(2)).toEqual(["2021-02-28", "2021-06-11"]);
    // Must not: a year's 截至 in a report that is no campaign's press conference.
    expect(read("某市公安局\n全市公安工作会议召开。自10月份专项行动开展以来,全市破案100起。\n截至12月24日,全市共破获刑事案件2520起。", "2015-12-28").at(-1)!.slice(2)).toEqual(["2015-01-01", "2015-12-24"]);
  });

  it("ends 今年以来 and 截至目前 on the day before the page when the lead says so (昨日下午,…召开; 记者昨天从…获悉; …昨天透露: c19, 840, c87)", () => {
    expect(read("随州市公安局\n昨日下午,市公安局召开“破案会战”新闻发布会。据介绍,今年以来,全市公安机关共破获刑事案件572起。", "2012-07-11")[0].slice(2)).toEqual(["2012-01-01", "2012-07-10"]);
    expect(read("北京市综治委\n本报讯(记者张靖)记者昨天从首都综治委办公室获悉,今年以来,全市共立刑事案件51886起。", "2006-07-29")[0].slice(2)).toEqual(["2006-01-01", "2006-07-28"]);
    expect(read("公安部\n公安部新闻发言人昨天透露,今年以来,全国共立刑事案件230万起。", "2006-08-09")[0].slice(2)).toEqual(["2006-01-01", "2006-08-08"]);
  });

  it("ends 今年以来 on the day of the meeting the reporter learnt it at (记者从…11月29日下午召开的新闻发布会了解到, c65)", () => {
    expect(read("内蒙古自治区公安厅\n新报讯(北方新报正北方网首席记者  刘晓君)  记者从内蒙古自治区公安厅11月29日下午召开的新闻发布会了解到,今年以来,内蒙古公安机关破获刑事案件2122起。", "2021-12-01")[0].slice(2)).toEqual(["2021-01-01", "2021-11-29"]);
    // (A meeting on the page's own day ends on that day.)
    expect(read("内蒙古自治区公安厅\n记者从内蒙古自治区公安厅12月1日下午召开的新闻发布会了解到,今年以来,内蒙古公安机关破获刑事案件2122起。", "2021-12-01")[0].slice(2)).toEqual(["2021-01-01", "2021-12-01"]);
  });

  it("dates a base said with its verb a year before its level (较上年同期破案858起, 较上年同期抓获779人: 608)", () => {
    const text = "海口市公安局琼山分局\n2020年,破获各类刑事案件1106起,较上年同期破案858起上升28.9%。抓获各类犯罪嫌疑人670人,较上年同期抓获779人下降14.0%。";
    expect(read(text, "2021-01-20").map((f) => [f[0], ...f.slice(2)])).toEqual([
      ["1106起", "2020-01-01", "2020-12-31"],
      ["858起", "2019-01-01", "2019-12-31"],
      ["28.9%", "2020-01-01", "2020-12-31"],
      ["670人", "2020-01-01", "2020-12-31"],
      ["779人", "2019-01-01", "2019-12-31"],
      ["14.0%", "2020-01-01", "2020-12-31"],
    ]);
  });

  it("dates levels given in brackets after the year compared with to that year (与2016年(收案12244件,…)相比: a81)", () => {
    const text = "巴州区人民法院\n2017年,受理案件13269件。与2016年(收案12244件,结案10625件,结案率86.78%)相比,收案数上升8.37%。";
    expect(read(text, "2018-01-20").map((f) => [f[0], ...f.slice(2)])).toEqual([
      ["13269件", "2017-01-01", "2017-12-31"],
      ["12244件", "2016-01-01", "2016-12-31"],
      ["10625件", "2016-01-01", "2016-12-31"],
      ["86.78%", "2016-01-01", "2016-12-31"],
      ["8.37%", "2017-01-01", "2017-12-31"],
    ]);
  });

  it("dates the rank moved from to the year compared with (由第五位跃居第三位: c39; 从上年的第4位跃升到第3位: 801)", () => {
    const text = "黔东南州委政法委\n据介绍,2012年黔东南全州政法机关综合满意度为93.30%,比2011年的90.49%提高2.81个百分点,在全省排位由第五位跃居第三位。";
    expect(read(text, "2013-01-20").slice(-2).map((f) => [f[0], ...f.slice(2)])).toEqual([
      ["第五位", "2011-01-01", "2011-12-31"],
      ["第三位", "2012-01-01", "2012-12-31"],
    ]);
    const court = "黑龙江省高级人民法院\n2006年,交通肇事案件仍呈高发态势,收案继续上升,已从上年的第4位跃升到第3位。";
    expect(read(court, "2007-01-20").map((f) => [f[0], ...f.slice(2)])).toEqual([
      ["第4位", "2005-01-01", "2005-12-31"],
      ["第3位", "2006-01-01", "2006-12-31"],
    ]);
  });

  it("dates the three-year 扫黑除恶专项斗争 2018–2020, as a scene only up to the next ； (decision 47: b70, 948, d21)", () => {
    const text = "德阳市公安局\n2020年,德阳市公安机关在为期三年的扫黑除恶专项斗争中,破获涉黑案件10起,恶势力集团案件23起;开展了“旌城扫毒百日攻坚”行动,破获制贩毒案件248起。全年刑事案件下降6.5%。";
    expect(read(text, "2021-01-20").map((f) => [f[0], ...f.slice(2)])).toEqual([
      ["10起", "2018-01-01", "2020-12-31"],
      ["23起", "2018-01-01", "2020-12-31"],
      ["248起", "2020-01-01", "2020-12-31"],
      ["6.5%", "2020-01-01", "2020-12-31"],
    ]);
    // Named as the article's subject, it frames the paragraphs after it; while it ran, up to the page's day.
    const framed = "浙江省委政法委\n为期3年的扫黑除恶专项斗争,自此拉开序幕。\n省委常委会先后10次听取扫黑除恶专题汇报。";
    expect(read(framed, "2021-03-20").map((f) => f.slice(2))).toEqual([["2018-01-01", "2020-12-31"]]);
    expect(read(framed, "2019-06-20").map((f) => f.slice(2))).toEqual([["2018-01-01", "2019-06-20"]]);
  });

  it("dates the half year since something began (成立半年来, 落户…半年来) with no start, up to the page's day (873, r249)", () => {
    expect(read("深圳市龙岗区人民检察院\n该中心成立半年来共接收投诉事项53件。", "2025-01-17")[0].slice(2)).toEqual([null, "2025-01-17"]);
    expect(read("宁夏回族自治区司法厅\n中央专项彩票公益金法律援助项目落户宁夏半年来,共受理法律援助案件369件。", "2010-08-04")[0].slice(2)).toEqual([null, "2010-08-04"]);
    // Must not: a half-year's release (数据显示,半年来: its first half, b30); 上半年.
    expect(read("广东省人民检察院\n2023年上半年检察数据发布。\n数据显示,半年来,全省检察机关办理企业合规案件107件。", "2023-08-18")[0].slice(2)).not.toEqual([null, "2023-08-18"]);
  });

  it("dates a figure of an event to the day its sentence names it held on (2月25日,…举行…仪式,聘请了1万名…: c13, c81, c82)", () => {
    // c13: a ceremony, in an article whose earlier paragraph speaks of 2018.
    const ceremony = "保山市公安局\n人民群众安全感满意度持续提升,在2018年全省测评中位列第三。\n另讯(记者张恒通讯员张义秀)为推进扫黑除恶工作向纵深发展,2月25日,保山市公安局举行全市公安机关扫黑除恶专项斗争监督员、宣传员聘任仪式,聘请了1万名扫黑除恶监督员、宣传员。";
    expect(read(ceremony, "2019-02-28").at(-1)!.slice(2)).toEqual(["2019-02-25", "2019-02-25"]);
    expect(read("银川市公安局\n3月10日,银川市公安局刑侦支队举行“向人民汇报”活动暨“反电诈”资金返还仪式,向电诈受害群众返还被骗资金共计263余万元。", "2021-03-11")[0].slice(2)).toEqual(["2021-03-10", "2021-03-10"]);
    // (With its year; and a month later than the page's is of the year before.)
    expect(read("秭归县人民检察院\n2024年1月27日,秭归县第十九届人民代表大会第四次会议胜利闭幕,大会表决通过了秭归县人民检察院工作报告,赞成率100%。", "2024-01-29")[0].slice(2)).toEqual(["2024-01-27", "2024-01-27"]);
    expect(read("银川市公安局\n12月30日,银川市公安局举行资金返还仪式,向受害群众返还资金263万元。", "2021-01-04")[0].slice(2)).toEqual(["2020-12-30", "2020-12-30"]);
    // Must not: a press conference, whose figures are of the work it reports; a time phrase of the figure's own.
    expect(read("银川市公安局\n3月10日,银川市公安局举行新闻发布会,全市共破获电信诈骗案件263起。", "2021-03-11")[0].slice(2)).not.toEqual(["2021-03-10", "2021-03-10"]);
    expect(read("银川市公安局\n3月10日,银川市公安局举行资金返还仪式,今年以来共返还被骗资金263余万元。", "2021-03-11")[0].slice(2)).toEqual(["2021-01-01", "2021-03-10"]);
  });

  it("dates what is done at an event, a press conference included, to the event's day (c41, d73, c85, d75)", () => {
    expect(read("兰州市公安局安宁分局\n中国甘肃网1月27日讯(本网记者 程健)1月26日下午,兰州市公安局安宁分局举行电信网络诈骗追缴资金返还仪式,集中向16名受害群众返还依法追缴的683046元涉案资金。", "2022-01-27").at(-1)!.slice(2)).toEqual(["2022-01-26", "2022-01-26"]);
    expect(read("山西省人民检察院\n6月16日,山西省人民检察院召开新闻发布会。当天,山西检方发布10起专项活动典型案例。", "2020-06-17")[0].slice(2)).toEqual(["2020-06-16", "2020-06-16"]);
    // (…and the persons paid back at it, after a count the period of which only describes what is handed over, d75.)
    expect(read("阿拉善右旗公安局\n6月1日,阿拉善右旗公安局举行打击治理电信网络诈骗犯罪成果展示暨退赃大会,依法将今年前5个月追回的130万余元现金发还给15名受害群众。", "2022-06-02").map((f) => f.slice(2))).toEqual([
      ["2022-01-01", "2022-05-31"], ["2022-06-01", "2022-06-01"],
    ]);
    // (…and what a meeting itself did, said after it: 会议还发布了8件…典型案例, d99.)
    expect(read("西安市中级人民法院\n5月31日,西安中院召开新闻发布会。会议还发布了8件未成年人司法保护典型案例。", "2024-05-31").at(-1)!.slice(2)).toEqual(["2024-05-31", "2024-05-31"]);
    // Must not: a count the act is said over a period of; 现场 of a month's work (955).
    expect(read("银川市公安局\n3月10日,银川市公安局举行新闻发布会,今年以来共返还被骗资金263余万元。", "2021-03-11")[0].slice(2)).toEqual(["2021-01-01", "2021-03-10"]);
    expect(read("聊城市公安局\n2023年,组织开展“集中退赃月”活动,现场退还群众涉案财物7800余万元。", "2024-02-27")[0].slice(2)).toEqual(["2023-01-01", "2023-12-31"]);
  });

  it("counts a campaign's 截至 from its unsaid start, in an article on the campaign while it ran, and a year's 截至 from 1 January (945, 926)", () => {
    // 945: the campaign named in the article's first paragraph, the 截至 two paragraphs later.
    const campaign = "大同市扫黑办\n自中共中央、国务院发出《关于开展扫黑除恶专项斗争的通知》以来,我市立即进行了部署。\n全市上下形成了强大声势。\n截至9月3日,全市共打掉涉黑涉恶犯罪团伙66个,破获刑事案件288起。";
    expect(read(campaign, "2018-09-05").map((f) => f.slice(2))).toEqual([[null, "2018-09-03"], [null, "2018-09-03"]]);
    expect(read("六盘水市公安局\n全市公安机关开展扫黑除恶专项斗争有关情况。截至2019年3月底,全市共侦办恶势力犯罪案件15起。", "2019-04-04")[0].slice(2)).toEqual([null, "2019-03-31"]);
    // Must not: the same 截至 with no campaign, or in 常态化扫黑除恶斗争 after the campaign ended.
    expect(read("大同市公安局\n截至9月3日,全市共破获刑事案件288起。", "2018-09-05")[0].slice(2)).toEqual(["2018-01-01", "2018-09-03"]);
    expect(read("大同市公安局\n扫黑除恶专项斗争三年取得成效,常态化扫黑除恶斗争持续深入。\n截至9月3日,全市共破获刑事案件288起。", "2023-09-05")[0].slice(2)).toEqual(["2023-01-01", "2023-09-03"]);
  });

  it("does not take who attended a meeting or a case named inside a count for figures (936)", () => {
    expect(read("达拉特旗\n内蒙古日报、北方新报等12家新闻媒体记者参加了会议。", "2019-06-03")).toEqual([]);
    expect(read("达拉特旗\n检察机关审查起诉12件47人(其中涉黑涉恶案件4件24人,包括米俊海等1件16人)。", "2019-06-03").map((f) => f[0])).toEqual(["12件", "47人", "4件", "24人"]);
  });
});

describe("what a figure measures, on sentences of the tuned texts 923–934", () => {
  const metrics = (text: string, docDate = "2022-08-26") => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);
  it("reads a clearance named after the number, the police's measures against persons, 破…案 and 立案侦办", () => {
    expect(metrics("重庆市公安局\n2020年,全市现行命案100%侦破,破电信诈骗案6.15万起。")).toEqual([["100%", "police.criminal_cases.clearance_rate.homicide"], ["6.15万起", "police.criminal_cases.solved.telecom_fraud"]]);
    // 968: a streak whose clearance follows it, after a figure of another measure; 967: the police's 追回.
    expect(metrics("海口市公安局\n全年道路交通事故死亡人数同比下降10%,连续6年实现命案全破。")[1]).toEqual(["6年", "police.criminal_cases.clearance_rate.homicide@streak"]);
    expect(metrics("拉萨市公安局\n冻结资金2441万余元,追回涉案资金340万余元。")[1]).toEqual(["340万余元", "police.losses.recovered"]);
    // 961, 962: corruption and protection together are the officials' indicator itself; 保护伞 alone is its part; those given a punishment after their count, a part no key names (decision 52).
    expect(metrics("温州市扫黑办\n全市纪检监察机关共查处涉黑涉恶腐败和“保护伞”349人。")[0]).toEqual(["349人", "plac.anti_gang.officials"]);
    expect(metrics("旺苍县扫黑办\n对全县腐败和涉嫌“保护伞”问题立案16件16人,其中,查处“保护伞”4件4人,给予党纪政务处分13人。").filter((f) => /人$/.test(f[0] as string))).toEqual([
      ["16人", "plac.anti_gang.officials"], ["4人", "plac.anti_gang.officials.gang_protection"], ["13人", "other"],
    ]);
    // 202, 204: supervision of civil or administrative judgments names its branch once, for the sentences after it.
    expect(metrics("最高人民检察院\n今年1至6月,全国检察机关共办结行政生效裁判监督案件1万件。提出再审检察建议139件,法院同期裁定再审50件。").slice(1).map((f) => f[1])).toEqual([
      "procuratorate.retrial_recommendations.administrative", "procuratorate.retrial_recommendations.adopted.administrative",
    ]);
    // Must not: other indicators, and a paragraph that names both branches.
    expect(metrics("最高人民检察院\n今年上半年,全国检察机关加大对民事生效裁判的监督力度,监督纠正虚假诉讼3800余件。")[0][1]).toBe("procuratorate.false_litigation");
    expect(metrics("最高人民检察院\n全面加强民事、行政检察监督。提出抗诉1800余件。")[0][1]).toBe("procuratorate.protests");
    // 958, 107: the head of the figure's own clause says what it counts; a breakdown kind (盗抢骗) does not carry (decision 43).
    expect(metrics("成都市人民检察院\n严厉打击故意杀人等严重刑事犯罪,起诉3361人;紧扣扫黑除恶收官目标,起诉241人。")[1]).toEqual(["241人", "procuratorate.prosecution.decided.gang"]);
    expect(metrics("乌兰察布市公安局\n全市共破获各类刑事案件3431起;打击传统盗抢骗犯罪,抓获犯罪嫌疑人571人。")[1]).toEqual(["571人", "police.suspects.arrested"]);
    // 961, 936, 302, 951: 判决 after 起诉 in a list; materials handed out; the national 群众安全指数; a training course named after the number.
    expect(metrics("温州市扫黑办\n抓获涉黑恶对象5054人,依法起诉955人、判决724人。")[2]).toEqual(["724人", "court.sentenced.persons.gang"]);
    expect(metrics("达拉特旗扫黑办\n发放教育读本、应知应会手册、明白卡28万余册。")[0][1]).toBe("any.legal_publicity");
    expect(metrics("公安部\n2023年全国群众安全指数达98.2%。")[0][1]).toBe("plac.sense_of_security");
    expect(metrics("定安县司法局\n2020年4月27日和10月21日举办2场人民调解员(专职人民调解员)业务培训班。")[0][1]).toBe("any.training");
    // 971, 972, 975: 对N人实施失信惩戒/决定司法拘留; 缓刑 said with 管制 and 免予刑事处罚; 审(执)结; leads of organised crime.
    expect(metrics("吉林省高级人民法院\n集中开展专项行动,对68492人实施失信惩戒,对3147人决定司法拘留。").map((f) => f[1])).toEqual(["court.enforcement.dishonest_debtors", "court.enforcement.detentions"]);
    expect(metrics("吉林省高级人民法院\n对8989名被告人依法判处缓刑、管制和免予刑事处罚。")[0][1]).toBe("court.sentenced.non_custodial");
    expect(metrics("玉林市中级人民法院\n2019年,全市法院审(执)结45290件。")[0][1]).toBe("court.cases.concluded");
    expect(metrics("山西省公安厅\n上半年,全省公安机关办结涉黑涉恶线索65条。")[0][1]).toBe("plac.anti_gang.leads");
    // 977: the body opening a clause after its dates (今年1—11月全区公安机关…) reports the figure.
    expect(extractText("广西壮族自治区党委政法委\n建成侦查中心140个;今年1—11月全区公安机关接报刑事警情同比下降33.37%。", { docDate: "2024-12-27" }).figures.map((f) => f.institution)).toEqual(["plac", "police"]);
    // 980, 983, 982: 收案 holding 旧存 is accepted; 平均办理时间; 共破/查破…案件; 受理…移送审查起诉 persons.
    expect(metrics("宜昌市夷陵区人民法院\n其中,诉讼案件收案2559件(含旧存133件),执行收案2380件(含旧存123件)。").map((f) => f[1])).toEqual(["court.cases.accepted.litigation", "court.cases.carried_over.litigation", "court.cases.accepted.enforcement", "court.cases.carried_over.enforcement"]);
    // 841, b13: a rank of 收结案数 (cases received and concluded together) is of neither.
    expect(metrics("鄞州区人民法院\n收结案数位居全省第五、全市第一。").map((f) => f[1])).toEqual(["other", "other"]);
    expect(metrics("宜昌市夷陵区人民法院\n截至6月30日,我院已结案件平均办理时间为52.86天,执行案件平均办理时间72.78天。").map((f) => f[1])).toEqual(["court.cases.avg_duration", "court.enforcement.avg_days"]);
    expect(metrics("巴中市公安局\n今年以来,全市共破刑事案件2370件;共查破涉毒案件523起。").map((f) => f[1])).toEqual(["police.criminal_cases.solved", "police.criminal_cases.solved.drugs"]);
    expect(metrics("武昌区人民检察院\n受理区监委移送审查起诉职务犯罪案件21人。")[0][1]).toBe("procuratorate.prosecution.received.duty_crime");
    // Must not: 收案 alone is new cases; 破坏…案件 is not solved.
    expect(metrics("宜昌市夷陵区人民法院\n诉讼案件收案2559件。")[0][1]).toBe("court.cases.new.litigation");
    // 506, 984: a base year said with 同比 is another base (decision 37).
    expect(metrics("兰州市委政法委\n全市刑事案件与2019年同比下降22.4%。")[0][1]).toBe("police.criminal_cases.occurred@change_pct");
    expect(metrics("兰州市委政法委\n全市刑事案件同比下降22.4%。")[0][1]).toBe("police.criminal_cases.occurred@yoy_pct");
    // 990, 991, 989: 增幅为, 同比多收, 年均降幅达.
    expect(metrics("司法部\n2014年,全国律师办理各类诉讼案件283万多件,增幅为10%。")[1][1]).toBe("justice.lawyers.cases@change_pct");
    expect(metrics("深圳市中级人民法院\n全年受理各类案件340793件,同比多收5.4万件。")[1][1]).toBe("court.cases.accepted@yoy_abs");
    expect(metrics("公安部\n我国毒品案件连续5年年均降幅达20%以上。").map((f) => f[1])).toContain("police.criminal_cases.occurred.drugs@avg_growth_pct");
    // 993, 989: 共立各类刑事案 is cases filed; drug users a country has or newly found are not users dealt with.
    expect(metrics("洛南县综治委\n上半年全县共立各类刑事案288起。")[0][1]).toBe("police.criminal_cases.filed");
    expect(metrics("公安部\n截至2021年底,全国现有吸毒人员148.6万名,查处吸毒人员11万名。").map((f) => f[1])).toEqual(["other", "police.drugs.users"]);
    // Must not: 缓刑 alone stays suspended sentences.
    expect(metrics("吉林省高级人民法院\n对8989名被告人依法判处缓刑。")[0][1]).toBe("court.sentenced.suspended");
    // Must not: a streak of something else done (连续6年实现零发案) is not a clearance.
    expect(metrics("海口市公安局\n连续6年实现命案零发案。")[0][1]).not.toMatch(/clearance_rate/);
    expect(metrics("泸州市公安局\n打击治理跨境赌博采取刑事强制措施300人。刑事打击“寻衅滋事、聚众斗殴”11人,行政处罚145人。").map((f) => f[1])).toEqual(["police.suspects.punished.gambling", "police.suspects.punished", "police.suspects.punished"]);
    expect(metrics("江苏省委政法委\n全省共立案侦办养老诈骗案件1146起,已破获1101起。").map((f) => f[1])).toEqual(["police.criminal_cases.filed.elder_fraud", "police.criminal_cases.solved.elder_fraud"]);
  });

  it("reads what the 12348 hotline answered, and a share of a base its clause names", () => {
    expect(metrics("郑州市司法局\n12348公共法律服务热线平台持续优化提升,2024年度共接受法律咨询16万人次以上。")[0][1]).toBe("justice.hotline.calls");
    expect(metrics("西宁市司法局\n上半年办理的1835件法律援助案件受援人中,农民工占52.4%,农民占47.3%。").map((f) => f[1])).toEqual(["justice.legal_aid.cases", "justice.legal_aid.recipients@share", "justice.legal_aid.recipients@share"]);
  });
});

describe("what a figure measures, on sentences of the tuned texts 911–922", () => {
  const metrics = (text: string, docDate = "2021-12-14") => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);
  it("reads the police's short 立 and 破, and a count whose object follows the number", () => {
    expect(metrics("梧州市公安局\n上半年全市共立刑案5849起,破2076起,破案率35.49%。其中命案立17起、破17起。")).toEqual([
      ["5849起", "police.criminal_cases.filed"], ["2076起", "police.criminal_cases.solved"], ["35.49%", "police.criminal_cases.clearance_rate"],
      ["17起", "police.criminal_cases.filed.homicide"], ["17起", "police.criminal_cases.solved.homicide"],
    ]);
    expect(metrics("广西公安\n今年,全区统一开展酒驾醉驾专项整治5次,共查处9.3万余起酒驾。")[1]).toEqual(["9.3万余起", "police.traffic.drink_driving"]);
    // 县级10支专项普法工作队: teams, not the work they do (the words before the number are not a bare verb).
    expect(metrics("南华县\n县级10支专项普法工作队共88名专业队员在镇村攻坚中同步发力。")[0]).toEqual(["10支", "other"]);
  });

  it("keeps a change in points after a rate with no key off the count before it", () => {
    expect(metrics("宁波市人民检察院\n经审查,批准和决定逮捕2168人,同比下降45.03%,批捕率74.32%,同比上升0.95个百分点;不批准和不予决定逮捕749人,同比下降47.66%。").map((f) => f[1])).toEqual([
      "procuratorate.arrests.approved", "procuratorate.arrests.approved@yoy_pct", "other", "other", "procuratorate.arrests.not_approved", "procuratorate.arrests.not_approved@yoy_pct",
    ]);
  });

  it("counts pre-litigation mediation by its successes, a court's 公益诉讼 cases as the court's, funds 止付 as intercepted", () => {
    expect(metrics("赞皇县人民法院\n全年诉前调解案件1930件,调解成功1625件。").map((f) => f[1])).toEqual(["other", "court.mediation.pre_litigation"]);
    expect(metrics("内蒙古自治区高级人民法院\n支持检察机关开展公益诉讼,审结公益诉讼案件109件。")[0][1]).toBe("court.cases.concluded.public_interest");
    expect(metrics("广西公安\n止付冻结资金207.71亿元,避免群众损失42.2亿元。")[0][1]).toBe("police.fraud.funds_intercepted");
  });

  it("reads the procuratorate's and the courts' outcomes in a 扫黑办's report, and the courts' cases filed", () => {
    expect(metrics("国际在线安徽消息(查宛昕):8月24日,安徽省常态化机制化扫黑除恶斗争工作新闻通气会举行。\n全省共起诉涉黑涉恶案件215件1636人,一审审结162件、二审审结115件。全省法院“黑财”案件立案515件。", "2023-08-25").map((f) => f[1])).toEqual([
      "procuratorate.prosecution.decided_cases.gang", "procuratorate.prosecution.decided.gang", "court.cases.concluded.gang", "court.cases.concluded.gang", "court.cases.new.gang",
    ]);
  });
});

describe("batch b14's phrasings (811–818)", () => {
  const metrics = (text: string, docDate = "2023-03-15") => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);

  it("ties a change after an aside in brackets to the level before the brackets (817)", () => {
    expect(metrics("长宁县人民法院\n全年共受理各类案件4913件(含旧存122件),同比下降5.6%。")).toEqual([
      ["4913件", "court.cases.accepted"],
      ["122件", "court.cases.carried_over"],
      ["5.6%", "court.cases.accepted@yoy_pct"],
    ]);
    // Without brackets the change is the nearest level's, as before.
    expect(metrics("长宁县人民法院\n全年共受理各类案件4913件,旧存122件,同比下降5.6%。").at(-1)).toEqual(["5.6%", "court.cases.carried_over@yoy_pct"]);
  });

  it("reads what was done to the persons counted after 对, past their description (817)", () => {
    expect(metrics("长宁县人民法院\n对129名犯罪情节较轻、认罪认罚、社会危害性不大的被告人依法适用缓刑。")).toEqual([["129名", "court.sentenced.suspended"]]);
    expect(metrics("长宁县人民法院\n对129名犯罪情节较轻的被告人开展回访。")).toEqual([["129名", "other"]]);
  });

  it("keeps the verb of a list's first item for items that count suspects (812)", () => {
    expect(metrics("新洲区人民检察院\n依法起诉抢劫、绑架、强奸、故意致人重伤等犯罪嫌疑人15人,盗窃、诈骗犯罪嫌疑人105人。", "2022-12-27")).toEqual([
      ["15人", "procuratorate.prosecution.decided.violent"],
      ["105人", "procuratorate.prosecution.decided.property"], // (a case type of prosecutions since decision 50; two property crimes are the group, decision 62)
    ]);
  });

  it("reads 审、执结 given back by a 分别 list as 审执结, so what follows it is not enforcement (814)", () => {
    expect(metrics("梧州市中级人民法院\n全市法院受理各类案件38304件,审、执结36254件,同比分别上升1.72%、6.44%。其中,市中级法院受理各类案件4260件。")).toEqual([
      ["38304件", "court.cases.accepted"],
      ["36254件", "court.cases.concluded"],
      ["1.72%", "court.cases.accepted@yoy_pct"],
      ["6.44%", "court.cases.concluded@yoy_pct"],
      ["4260件", "court.cases.accepted"],
    ]);
  });

  it("gives the case types the vocabulary's new words name (811, 813, 817)", () => {
    expect(metrics("四川省人民检察院\n起诉破坏社会主义市场经济秩序犯罪4212人。", "2026-02-04")).toEqual([["4212人", "procuratorate.prosecution.decided.economic"]]);
    expect(metrics("湖北省高级人民法院\n审结买卖合同纠纷案件100481件。审结反垄断和反不正当竞争案301件。审结破产案件891件。", "2026-01-29").map((f) => f[1])).toEqual([
      "other",
      "court.cases.concluded.ip",
      "court.cases.concluded.bankruptcy",
    ]);
    expect(metrics("长宁县人民法院\n审结故意伤害、强奸等恶性犯罪案件82件83人,审结“两抢一盗”、诈骗等多发性侵财案件29件41人。").map((f) => f[1])).toEqual([
      "court.cases.concluded.violent",
      "court.sentenced.persons.violent",
      "court.cases.concluded.property",
      "court.sentenced.persons.property",
    ]);
    // 故意伤害 alone is not a case type: a list of violent and property crimes together has none, a part (982; decision 50).
    expect(metrics("武昌区人民检察院\n依法严厉打击故意杀人、故意伤害、抢劫、抢夺等侵害公民人身、财产权利的犯罪,批捕61人。", "2024-01-10")).toEqual([["61人", "other"]]);
  });
});

describe("batch b15's phrasings (819–826)", () => {
  const metrics = (text: string, docDate = "2024-01-10") => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);

  it("reads a change in brackets after the measure it changes, and nothing after the brackets (820)", () => {
    expect(metrics("增城区公安分局\n全区社会治安呈现案件类警情(同比下降21.9%)、刑事立案数(同比下降13.4%)和破获刑事案件数(同比上升4.6%)、抓获违法犯罪人员数(同比上升16%)。")).toEqual([
      ["21.9%", "police.incidents.criminal@yoy_pct"],
      ["13.4%", "police.criminal_cases.filed@yoy_pct"],
      ["4.6%", "police.criminal_cases.solved@yoy_pct"],
      ["16%", "police.suspects.arrested@yoy_pct"],
    ]);
  });

  it("gives a 分别 list's measures their shared noun or count, even after a place or other figures (819, 825, 977)", () => {
    expect(metrics("山东省公安厅\n2025年,山东省刑事、治安警情同比分别下降10.53%、13.35%。", "2026-01-09")).toEqual([
      ["10.53%", "police.incidents.criminal@yoy_pct"],
      ["13.35%", "police.incidents.public_order@yoy_pct"],
    ]);
    expect(metrics("浙江省平安办\n全省命案、“两抢”案件、入室盗窃案件发案数比上年分别下降11.22%、15.16%和2.23%。", "2015-04-03").slice(0, 2)).toEqual([
      ["11.22%", "police.criminal_cases.occurred.homicide@yoy_pct"],
      ["15.16%", "police.criminal_cases.occurred.robbery_snatching@yoy_pct"],
    ]);
    expect(metrics("广西壮族自治区党委政法委\n全区法院审结案件1142件,标的额304亿余元;今年1—11月全区公安机关接报刑事、治安警情同比分别下降33.37%、23.39%。", "2024-12-20").slice(2)).toEqual([
      ["33.37%", "police.incidents.criminal@yoy_pct"],
      ["23.39%", "police.incidents.public_order@yoy_pct"],
    ]);
  });

  it("does not read a procuratorate's support of a lawsuit as a prosecution (824)", () => {
    expect(metrics("福建省人民检察院\n共办理支持起诉案件1100余件,其中支持农民工起诉680余件。", "2023-08-07").map((f) => f[1])).toEqual(["other", "other"]);
  });

  it("reads the courts' financial and lending disputes, and their sums, in a 平安 report (825; decision 59)", () => {
    expect(metrics("浙江省平安办\n全年审结金融纠纷案件6.3万件,标的额1585.7亿元;审结民间借贷案件13.2万件。", "2015-04-03")).toEqual([
      ["6.3万件", "court.cases.concluded.financial"],
      ["1585.7亿元", "court.cases.amount_in_dispute.financial"],
      ["13.2万件", "court.cases.concluded.private_lending"],
    ]);
  });
});

describe("caseTopicOf: a court's white paper on one kind of case (826, 109)", () => {
  it("reads the kind from the title, run together with the text or in 《》, and nothing from a work report", () => {
    expect(caseTopicOf([{ text: "上海市浦东新区人民法院2017年度劳动争议审判白皮书为助力营造浦东新区良好的营商环境,我院现将2017年劳动争议案件审理情况通报如下:" }])).toBe("civil");
    expect(caseTopicOf([{ text: "南方日报讯 4月23日,广东高院发布《2022年度广东法院知识产权司法保护状况》白皮书,并发布了十大案件。" }])).toBe("ip");
    expect(caseTopicOf([{ text: "长宁县人民法院工作报告" }])).toBeNull();
    expect(caseTopicOf([{ text: "2022年,全市法院审结知识产权案件1200件,审结劳动争议案件800件,同比分别上升5%和3%,为营商环境提供了有力的司法保障。" }])).toBeNull();
  });

  it("gives the kind to the document's court figures that name no other", () => {
    const paper = "上海市浦东新区人民法院2017年度劳动争议审判白皮书为助力营造良好的营商环境,现将审理情况通报如下:\n2017年度,浦东法院劳动争议案件共计收案2403件,结案2424件。审结刑事案件3件。";
    // (…and a labour-dispute white paper's own counts are a part no case type names, decision 54.)
    expect(extractText(paper, { docDate: "2018" }).figures.map((f) => f.metric)).toEqual(["other", "other", "court.cases.concluded.criminal"]);
  });
});

describe("acceptedMeansNew: a court's text whose 受理 is the cases received (841, 845, 835, a13)", () => {
  it("says so when more cases are concluded than 受理 in one breath, or when one count is 新收 and 受理", () => {
    expect(acceptedMeansNew("五年来,共受理各类案191780件,办结196906件(含旧存),同比前五年分别上升39.82%、50.96%。")).toBe(true);
    expect(acceptedMeansNew("其中2021年受理一审金融犯罪案件1217件,审结一审金融犯罪案件1328件。")).toBe(true);
    expect(acceptedMeansNew("全市法院新收民事案件45017件。\n一、2021年1-8月,全市法院共受理各类民事案件45017件,同比增长10.33%。")).toBe(true);
  });

  it("says nothing when 受理 may hold the cases carried over", () => {
    expect(acceptedMeansNew("全市法院共受理案件160990件,审执结153924件,同比分别上升21.4%、18.2%。")).toBe(false);
    expect(acceptedMeansNew("受理案件2.1万件,审结1.9万件;其中受理刑事案件900件,审结1200件以上的长期未结案件得到清理。")).toBe(false);
    expect(acceptedMeansNew("新收案件9000件,受理案件9800件,审结9100件。")).toBe(false);
  });

  it("keys such a text's 受理 counts and their changes as new cases, but not one that says it holds 旧存", () => {
    const text = "嵊州市人民法院工作报告\n全年共受理各类案件14779件,办结15048件(含旧存,下同),受理案件同比下降17%。受理刑事案件564件(含旧存21件),审结540件。";
    expect(extractText(text, { docDate: "2021" }).figures.map((f) => f.metric)).toEqual(["court.cases.new", "court.cases.concluded", "court.cases.new@yoy_pct", "court.cases.accepted.criminal", "court.cases.carried_over.criminal", "court.cases.concluded.criminal"]);
  });
});

describe("batch b16's phrasings (827–834)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures;

  it("reads 审判执行案件 as all the courts' cases and 刑事一审 as first-instance criminal cases (828)", () => {
    expect(read("最高人民法院\n受理各类审判执行案件1681.2万件,同比下降0.91%。受理刑事一审案件59.1万件。", "2024-07-19").map((f) => f.metric)).toEqual([
      "court.cases.accepted",
      "court.cases.accepted@yoy_pct",
      "court.cases.accepted.criminal_first_instance",
    ]);
  });

  it("does not let a time phrase inside brackets frame the figures after them (827)", () => {
    const text = "龙江法院\n于涛通报了龙江法院2021年1-6月份审判、执行质效情况。\n据介绍:生效案件1618件(包括20年案件今年生效)。新收执行案件1964件。";
    expect(read(text, "2021-07-03").map((f) => [f.text, f.periodStart, f.periodEnd])).toEqual([
      ["1618件", "2021-01-01", "2021-06-30"],
      ["1964件", "2021-01-01", "2021-06-30"],
    ]);
  });

  it("reads 查办职务犯罪 as the procuratorate's duty-crime investigations (decision 66), and keeps a case type from a count of 各类 cases after it (829)", () => {
    const text = "保亭县人民检察院\n今年以来,保亭检察院依法严厉打击严重刑事犯罪,共查办职务犯罪6件8人,在7月初就完成了全年自侦案件办案基数;共批准逮捕各类刑事犯罪案件57件72人。";
    expect(read(text, "2014-10-22").map((f) => [f.text, f.metric])).toEqual([
      ["6件", "procuratorate.duty_crime.investigated_cases"],
      ["8人", "procuratorate.duty_crime.investigated"],
      ["57件", "procuratorate.arrests.approved_cases"],
      ["72人", "procuratorate.arrests.approved"],
    ]);
  });
});

describe("levels over a span of years (942)", () => {
  it("dates the level a change reaches, and its size said after it, to the span's last year; the level it starts from to the first", () => {
    const text = "福建省公安厅\n据介绍,2017年至2021年,全省刑事立案从24.1万起下降至15.8万起、降幅34.3%;破案率从41%上升至64.6%。";
    expect(extractText(text, { docDate: "2022-05-23" }).figures.map((f) => [f.text, f.periodStart, f.periodEnd])).toEqual([
      ["24.1万起", "2017-01-01", "2017-12-31"],
      ["15.8万起", "2021-01-01", "2021-12-31"],
      ["34.3%", "2021-01-01", "2021-12-31"],
      ["41%", "2017-01-01", "2017-12-31"],
      ["64.6%", "2021-01-01", "2021-12-31"],
    ]);
    // Must not: a total over the span keeps the span.
    expect(extractText("福建省公安厅\n2017年至2021年,全省共破获刑事案件50万起。", { docDate: "2022-05-23" }).figures.map((f) => [f.periodStart, f.periodEnd])).toEqual([["2017-01-01", "2021-12-31"]]);
  });
});

describe("batch b17's periods and bases (835–842)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);

  it("reads a base quoted with its year as that year's level, and a change on the year before as year on year (835)", () => {
    expect(read("安阳市中级人民法院\n2021年1-8月,全市法院受理一审民事案件38555件,较2020年同期34211件上升12.70%,较2019年同期38869件下降0.81%。", "2021-09-27")).toEqual([
      ["38555件", "court.cases.accepted.civil_first_instance", "2021-01-01", "2021-08-31"],
      ["34211件", "court.cases.accepted.civil_first_instance", "2020-01-01", "2020-08-31"],
      ["12.70%", "court.cases.accepted.civil_first_instance@yoy_pct", "2021-01-01", "2021-08-31"],
      ["38869件", "court.cases.accepted.civil_first_instance", "2019-01-01", "2019-08-31"],
      ["0.81%", "court.cases.accepted.civil_first_instance@change_pct", "2021-01-01", "2021-08-31"],
    ]);
  });

  it("dates a campaign's figures from the day it began to the document's (837)", () => {
    expect(read("云南省公安厅\n会上发布,该省今年6月24日开展“夏季行动”至今,化解矛盾纠纷7.1万起。", "2024-10-16").map((f) => f.slice(2))).toEqual([["2024-06-24", "2024-10-16"]]);
  });

  it("reads a change on the five years before as a change, not year on year (841; its 受理 is new cases: acceptedMeansNew)", () => {
    expect(read("鄞州区人民法院\n五年来,共受理各类案191780件,办结196906件(含旧存),同比前五年分别上升39.82%、50.96%。", "2022-01-24").map((f) => f[1])).toEqual([
      "court.cases.new", "court.cases.concluded", "court.cases.new@change_pct", "court.cases.concluded@change_pct",
    ]);
  });
});

describe("batch b18's phrasings (843–850)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);

  it("dates a span of two full days, and reads 民事执行 as enforcement (850)", () => {
    // (受理…收案 is read as new cases by the rules and as accepted by 850's reader: the known 收案 disagreement; not tested here.)
    expect(read("桃源县人民法院\n2022年1月1日至2023年6月30日,全院共受理涉民事执行案件共收案3643件,已结3387件。", "2023-09-11").map((f) => [f[0], String(f[1]).split(".").pop(), f[2], f[3]])).toEqual([
      ["3643件", "enforcement", "2022-01-01", "2023-06-30"],
      ["3387件", "enforcement", "2022-01-01", "2023-06-30"],
    ]);
  });

  it("runs a 截至 from a 以来 before it, and does not give the sum at stake of cases received the concluded cases' indicator (845)", () => {
    expect(read("江苏省高级人民法院\n2021年以来,江苏法院新收一审金融商事案件总体呈上升趋势,截止2023年10月31日,新收一审金融商事案件共479986件,涉案标的额共4617.66亿元。", "2023-12-15")).toEqual([
      ["479986件", "other", "2021-01-01", "2023-10-31"],
      ["4617.66亿元", "other", "2021-01-01", "2023-10-31"],
    ]);
    expect(read("江苏省高级人民法院\n2021年审结一审金融商事案件139078件,涉案标的额1445.32亿元。", "2023-12-15").map((f) => f[1])).toEqual(["other", "other"]); // first-instance financial cases: a part (decision 59)
  });

  it("reads what was done to the persons counted after 将, and 执行 as a verb of cases enforced (850)", () => {
    expect(read("桃源县人民法院\n两年来,共将668名被执行人纳入失信人名单,对790名被执行人发布限制消费令。执行涉企业案件300余件。", "2023-09-11").map((f) => f[1])).toEqual([
      "court.enforcement.dishonest_debtors",
      "court.enforcement.consumption_restricted",
      "court.cases.concluded.enforcement",
    ]);
  });

  it("reads 查处…嫌疑人 as persons the police dealt with (849)", () => {
    expect(read("衢州市公安局\n2014年,查处各类涉黄赌毒嫌疑人同比上升16.14%。", "2015-01-10").map((f) => f[1])).toEqual(["police.suspects.punished.vice@yoy_pct"]);
  });
});

describe("batch b19's phrasings (851–858)", () => {
  const metrics = (text: string, docDate = "2021-02-27") => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);

  it("reads a judge's average received as no count of the courts', and the concluded one after it as the per-judge indicator (851)", () => {
    // (The differences said after, 分别比全省法院人均结案数多132件和117件, are not yet paired item by item: not tested.)
    expect(metrics("海口市中级人民法院\n法官人均收案358件、结案327件。")).toEqual([
      ["358件", "other"],
      ["327件", "court.cases.per_judge"],
    ]);
  });

  it("reads a procuratorate's 受理…监督案件, the mediators tied to the courts, and rehabilitation by its kind (855, 857, 858)", () => {
    // (One line of civil supervision is a part of the civil cases, not all of them: other, decision 52, as 855's gold now reads it.)
    expect(metrics("陕西省人民检察院\n受理民事审判活动监督案件6148件。", "2024-05-29")).toEqual([["6148件", "other"]]);
    expect(metrics("最高人民法院\n截至2022年底,对接人民法院的调解组织、调解员达9.6万家、37.2万名。", "2023-02-15").map((f) => f[1])).toEqual(["court.mediation.organisations", "court.mediation.mediators"]);
    expect(metrics("浙江省公安厅\n全省强制隔离戒毒吸毒人员8600余人,社区戒毒2300余人。", "2016-02-05").map((f) => f[1])).toEqual(["justice.drug_rehabilitation", "other"]);
  });

  it("reads losses a justice body's legal aid avoided for its recipients as recovered, not as funds the police intercepted (853)", () => {
    expect(metrics("西藏自治区司法厅\n办理各类法律援助案件7626件,为1972名受援人避免和挽回经济损失9800多万元。", "2022-01-26").at(-1)).toEqual(["9800多万元", "justice.legal_aid.recovered"]);
  });
});

describe("batch b20's phrasings (859–866)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);

  it("reads a police release headlined on fraud as counting fraud, but for the fraud indicators themselves, and 5月份 as that month (865)", () => {
    const text = "上半年内蒙古自治区公安机关共破获电诈案件1670起\n内蒙古自治区公安厅召开新闻发布会。上半年,冻结资金3.59亿元。5月份立案1296起,同比下降3.36%。";
    expect(read(text, "2025-06-30")).toEqual([
      ["1670起", "police.criminal_cases.solved.telecom_fraud", "2025-01-01", "2025-06-30"],
      ["3.59亿元", "police.assets.seized.telecom_fraud", "2025-01-01", "2025-06-30"],
      ["1296起", "police.criminal_cases.filed.telecom_fraud", "2025-05-01", "2025-05-31"],
      ["3.36%", "police.criminal_cases.filed.telecom_fraud@yoy_pct", "2025-05-01", "2025-05-31"],
    ]);
    // A release on crime at large keeps its counts without a case type; 5月份中旬 is a day of a story, no period.
    expect(read("内蒙古自治区公安厅召开新闻发布会\n上半年,冻结资金3.59亿元。", "2025-06-30")[0][1]).toBe("police.assets.seized");
    // A court's headline naming fraud among its work gives its figures no case type.
    expect(read("某县人民法院通报上半年工作 审结电诈案件增多\n上半年,共审结案件3000件。", "2025-06-30")[0][1]).toBe("court.cases.concluded");
    expect(read("靖边县司法局\n2017年工作总结。5月份中旬,县人大审议通过普法规划。全县调解纠纷280件。", "2018-05-02").at(-1)?.slice(2)).toEqual(["2017-01-01", "2017-12-31"]);
  });

  it("reads 两卡 as telecom fraud, the kind after 等 as a list's, and a count of crimes after civil cases as no civil case (861, 866)", () => {
    expect(read("新疆维吾尔自治区公安厅\n去年以来,共抓获“两卡”违法犯罪嫌疑人8679人。", "2022-06-30")[0][1]).toBe("police.suspects.arrested.telecom_fraud");
    expect(read("铁岭市中级人民法院\n审结金融、保险、借贷类民事案件6218件,审结危害食品药品安全犯罪案件8件。审结非法集资、养老诈骗、电信网络诈骗等涉众型经济犯罪案件191件。", "2023-01-05").map((f) => f[1])).toEqual([
      "court.cases.concluded.civil",
      "court.cases.concluded.food_drug", // no civil type from the item before; food and drug safety is its own kind (decision 50)
      "court.cases.concluded.economic",
    ]);
  });

  it("reads a public-interest sentence's bare 立案办理, a start said before a comma, and what is no indicator (860, 862, 863)", () => {
    expect(read("天津市人民检察院\n全市检察机关共摸排各类公益诉讼案件线索3186件,立案办理2459件。", "2022-07-12")[1][1]).toBe("procuratorate.public_interest.filed");
    expect(read("吉林省人民检察院\n自2015年7月,吉林省公益诉讼试点工作开展以来,发出诉前检察建议2375件,行政机关整改1923件,整改率81%。", "2018-08-03").map((f) => f.slice(1))).toEqual([
      ["procuratorate.public_interest.pre_suit", "2015-07-01", "2018-08-03"],
      ["other", "2015-07-01", "2018-08-03"],
      ["procuratorate.recommendations.adoption_rate.public_interest", "2015-07-01", "2018-08-03"],
    ]);
    const shanghai = extractText("上海市司法局\n2019年,新增232个服务事项纳入“一网通办”,办理时限已由法律规定的3115个工作日减为承诺的1557个工作日,减时限比例为50%;归集律师事务所执业证许可证1936份。", { docDate: "2020-03-26" });
    expect(shanghai.figures.map((f) => [f.text, f.kind, f.metric, f.statistic])).toEqual([
      ["232个", "count", "other", "value"],
      ["3115个工作日", "duration", "other", "value"],
      ["1557个工作日", "duration", "other", "value"],
      ["50%", "percent", "other", "change_pct"],
      ["1936份", "count", "other", "value"],
    ]);
  });
});

describe("batch b21's phrasings (867–874) and kinds of supervision and incidents", () => {
  const metrics = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.institution]);

  it("gives each item of a 分别 list the count the next item names (869)", () => {
    const fs = extractText("丽江市公安局\n2023年,毒品刑事案件、环食药领域刑事案件、赌博刑事案件破案数、抓获犯罪嫌疑人数同比分别上升93.5%、70.4%、28%、16.7%。", { docDate: "2024-01-09" }).figures;
    // (The second item's kinds, food, drugs and the environment together, have no key: a part, other.)
    expect(fs.map((f) => [f.indicator, f.statistic])).toEqual([
      ["police.criminal_cases.solved", "yoy_pct"],
      ["other", "yoy_pct"],
      ["police.criminal_cases.solved", "yoy_pct"],
      ["police.suspects.arrested", "yoy_pct"],
    ]);
    expect(fs[2].caseType).toBe("gambling");
  });

  it("keeps a procuratorate's work after the court's verdicts on its cases the procuratorate's (868)", () => {
    const fs = metrics("朔州市人民检察院\n2015年,共提起公诉136人,法院做出有罪判决111人;依法追捕12人,追诉36人;提出刑事抗诉22件。", "2015-12-30");
    expect(fs.map((f) => f[2])).toEqual(["procuratorate", "procuratorate", "procuratorate", "procuratorate", "procuratorate"]);
    expect(fs.at(-1)?.[1]).toBe("procuratorate.protests.criminal");
  });

  it("reads the four branches' cases as all cases handled, and the supervision of punishments carried out (873, 848, 914)", () => {
    expect(metrics("龙岗区人民检察院\n2024年,区人民检察院办理刑事、民事、行政、公益诉讼“四大检察”案件8846件。", "2025-01-17")[0][1]).toBe("procuratorate.cases.handled");
    expect(metrics("吴江区人民检察院\n共监督执行强制医疗5件,死刑临场监督9件,监督执行财产刑167件。", "2016-01-20").map((f) => f[1])).toEqual([
      "procuratorate.execution_supervision",
      "procuratorate.execution_supervision",
      "procuratorate.execution_supervision",
    ]);
    expect(metrics("相城区人民检察院\n对交付执行履职不当提出书面纠正1件。", "2022-07-20")[0][1]).toBe("procuratorate.execution_supervision");
  });

  it("reads incidents of a named crime as criminal incidents, and 110's criminal incidents too (984, 843)", () => {
    expect(metrics("广州市公安局\n上半年,全市受理的“两抢”警情同比下降53.9%,接报涉黑恶警情同比下降6.8%。", "2018-07-20").map((f) => f[1])).toEqual(["police.incidents.criminal.robbery_snatching@yoy_pct", "police.incidents.criminal.gang@yoy_pct"]);
    expect(metrics("公安部\n全国110刑事、治安警情同比分别下降16.8%、14.2%。", "2024-09-20").map((f) => f[1])).toEqual(["police.incidents.criminal@yoy_pct", "police.incidents.public_order@yoy_pct"]);
  });

  it("reads a campaign's assets seized and a dispute rate (872, 869)", () => {
    expect(metrics("舟山市委政法委\n我市自2018年起开展扫黑除恶专项斗争,共打掉黑恶势力犯罪团伙25个,扣押非法资产1.95亿元。", "2021-04-13").at(-1)?.[1]).toBe("plac.anti_gang.assets");
    expect(metrics("丽江市公安局\n2023年,矛盾纠纷调解率达97.3%。", "2024-01-09")[0][1]).toBe("plac.disputes.resolution_rate");
  });
});

describe("what a figure measures, on sentences of the tuned texts a01–a08 (batch b27)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);
  it("reads 与 as joining two measures of 分别, a change marked (件), and a change right after an unnamed level as that level's (a03, a06)", () => {
    // (The reader keys these violent and property; the rules give no case type to 故意伤害 yet; 盗抢 is property since b54.)
    expect(read("兰州市公安局\n抓获现行违法犯罪嫌疑人600余名,故意伤害与街面盗抢类警情分别同比下降19.7%和36.7%。", "2025-01-09").map((f) => f[1])).toEqual([
      "police.suspects.arrested", "police.incidents.criminal@yoy_pct", "police.incidents.criminal.property@yoy_pct",
    ]);
    // Must not: 与去年同比 is the base of the change, not a third measure (995).
    expect(read("温州市公安局\n2017年,温州全市刑事警情、治安警情与去年同比分别下降26.4%、9.2%。", "2018-01-10").map((f) => f[1])).toEqual([
      "police.incidents.criminal@yoy_pct", "police.incidents.public_order@yoy_pct",
    ]);
    expect(read("上海市崇明区人民检察院\n共批准逮捕犯罪嫌疑人334人,同比下降22.1%,提起公诉453件577人,同比上升4.9%(件);对刑事、民事和行政诉讼活动开展监督195件次,同比上升12.5%;", "2020-01-08").map((f) => f[1])).toEqual([
      "procuratorate.arrests.approved", "procuratorate.arrests.approved@yoy_pct", "procuratorate.prosecution.decided_cases", "procuratorate.prosecution.decided",
      "procuratorate.prosecution.decided_cases@yoy_pct", "other", "other",
    ]);
  });

  it("reads 8轮次 as one unit, and 全州检察机关 under a heading as the whole prefecture, not 广西's 全州县 (a07, a02)", () => {
    expect(extractText("包头市委政法委\n今年以来组织5次专题推进会、8轮次实地督导。", { docDate: "2025-12" }).figures.map((f) => [f.text, f.unit])).toEqual([["5次", "次"], ["8轮次", "轮次"]]);
    const declared = { institution: "procuratorate" as const, level: "prefecture" as const, province: "吉林省", city: "延边朝鲜族自治州", county: null };
    const doc = extractText("关于全州检察机关开展公益诉讼工作情况的调查报告\n一、基本情况\n两年来,全州检察机关共发现公益诉讼案件线索365件。", { docDate: "2018-09-27", declared });
    expect(doc.figures.map((f) => [f.province, f.city, f.county])).toEqual([["吉林省", "延边朝鲜族自治州", null]]);
  });

  it("reads a breakdown in brackets as parts of its whole, and a change inside the brackets as of the level there (a02, 807, 952)", () => {
    expect(read("延边州人民检察院\n两年来,全州检察机关向法院提起公益诉讼案件36件(行政案件25件,民事案件11件)。", "2018-09-27").map((f) => f[1])).toEqual([
      "procuratorate.public_interest.suits", "procuratorate.public_interest.suits.administrative", "procuratorate.public_interest.suits.civil",
    ]);
    expect(read("建始县人民法院\n受理民商事案件925件,结案440件,结案率为47.57%(调解结案211件,撤诉97件,调撤率为70%,同比上升了6.72个百分点);", "2018-04-20").map((f) => f[1]).slice(-2)).toEqual([
      "court.cases.mediated_or_withdrawn_rate.civil_commercial", "court.cases.mediated_or_withdrawn_rate.civil_commercial@yoy_pp",
    ]);
    // Must not: after the brackets close, a change is of the level before them.
    expect(read("固始县人民法院\n1-2月份,共受理各类案件3881件(含执行1568件,与执行系统数据略有误差),同比下降8.64%;", "2022-03-10").map((f) => f[1])).toEqual([
      "court.cases.accepted", "court.cases.accepted.enforcement", "court.cases.accepted@yoy_pct",
    ]);
  });
});

describe("when a figure counts, on sentences of the tuned texts (832, 843, 410)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
  it("reads a 保有量 as a level held at the period's end, and what was newly set up as counted over the period", () => {
    expect(read("四川省公安厅\n2025年,我省机动车保有量达2484万辆,驾驶人总数达3039万人。", "2026-01-09")[0]).toEqual(["2484万辆", null, "2025-12-31"]);
    expect(read("泉州市司法局\n2015年,全市新成立行业性调委会38个。", "2016-01-27")).toEqual([["38个", "2015-01-01", "2015-12-31"]]);
  });

  it("dates 开展以来 and 行动期间 from the start the text gave before them, to the day of the report (843)", () => {
    const text = "公安部\n为做好夏季治安突出问题防范打击整治工作,公安部从今年6月24日开始,组织全国公安机关开展夏季治安打击整治行动。\n“夏季行动”开展以来,共破获刑事案件53.5万起。\n行动期间,全国公安机关共出动民警辅警1078.1万人次。";
    expect(read(text, "2024-09-27")).toEqual([["53.5万起", "2024-06-24", "2024-09-27"], ["1078.1万人次", "2024-06-24", "2024-09-27"]]);
    // Must not: a start said only after the figures is not known when they are read (the reader of 843 keys them so).
    expect(read("公安部\n“夏季行动”开展以来,共破获刑事案件53.5万起。\n公安部从今年6月24日开始,组织开展夏季治安打击整治行动。", "2024-09-27")).toEqual([["53.5万起", null, "2024-09-27"]]);
  });
});

describe("what a figure measures and when, on sentences of the tuned texts a09–a16 (batch b28)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);
  it("reads 警情立案 as cases filed, 行政案件 in a police bureau's list as public-order cases, and a service's satisfaction as no survey (a11)", () => {
    expect(read("遂宁市公安局船山区分局\n刑事警情立案261件,同比下降6.2%,其中盗窃、诈骗案件同比分别下降4.1%、47.6%,涉黄赌毒刑事、行政案件同比分别下降44%、6.9%;接处警满意度指数同比上升15.95%。", "2022-09-09").map((f) => f[1])).toEqual([
      "police.criminal_cases.filed", "police.criminal_cases.filed@yoy_pct", "police.criminal_cases.filed.theft@yoy_pct", "police.criminal_cases.filed.fraud@yoy_pct",
      // (The reader keys 涉黄赌毒刑事案件 as a part of the 立案 too; a list after a comma is not yet read as one.)
      "police.criminal_cases.occurred.vice@yoy_pct", "police.public_order_cases.handled@yoy_pct", "other",
    ]);
  });

  it("reads a crime named with 案 alone, or in quotes, as a part of the count before it (a31, 838)", () => {
    expect(read("贵阳市委政法委\n全市共立刑事案件5520起,同比下降了11.42%,其中抢劫案246起,下降48.43%;抢夺案146起;“两抢”案件128起。", "2013-10-01").map((f) => f[1])).toEqual([
      "police.criminal_cases.filed", "police.criminal_cases.filed@yoy_pct", "police.criminal_cases.filed.robbery", "police.criminal_cases.filed.robbery@yoy_pct",
      "police.criminal_cases.filed.snatching", "police.criminal_cases.filed.robbery_snatching",
    ]);
  });

  it("reads a part or a rank of a figure the rules cannot name as unnamed too, and 1~7月份 as a span of months (a09, a15)", () => {
    expect(read("山西省高级人民法院\n2025年,全省法院审执结73.5万件,16项审判质量管理指标全部进入合理区间,其中11项优于全国均值、3项位居全国前五。", "2026-02-05").map((f) => f[1])).toEqual([
      "court.cases.concluded", "other", "other", "other", "other",
    ]);
    expect(read("瑞安市委政法委\n1~7月份,瑞安全市摧毁恶势力团伙33个。", "2017-09-07")).toEqual([["33个", "plac.anti_gang.organisations.evil_forces", "2017-01-01", "2017-07-31"]]);
  });

  it("reads 监督公安机关立案…、撤案, 侵害市场主体, 涉诈 and 金融诈骗 (a10, a16, a13)", () => {
    expect(read("武汉市武昌区人民检察院\n对侵害市场主体案件依法批准逮捕14件15人,监督公安机关立案1件、撤案3件。", "2023-08-29").map((f) => f[1])).toEqual([
      "procuratorate.arrests.approved_cases.enterprise", "procuratorate.arrests.approved.enterprise", "procuratorate.investigation_supervision.filing",
      // (撤案3件 is read as the first item's by its reader; the rules do not yet carry a verb to an item that is not a kind of case.)
      "other",
    ]);
    expect(read("广州市公安局\n刑事拘留涉诈嫌疑人同比上升108%。", "2025-01-23").map((f) => f[1])).toEqual(["police.suspects.punished.telecom_fraud@yoy_pct"]);
    expect(read("青岛市中级人民法院\n审结金融诈骗、非法集资、内幕交易等案件501件。", "2016-02-19").map((f) => f[1])).toEqual(["court.cases.concluded.economic"]);
  });
});

describe("what a figure measures and when, on sentences of the tuned texts a17–a24 (batch b29)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);
  it("reads a change on the same period of last year said around its measure, heavy sentences, 受理提请批准逮捕 and 先行调解成功率 (a17, a22, a24)", () => {
    expect(read("最高人民法院\n2025年第一季度,全国法院受理各类审判执行案件1079.9万件,与上年同期的审判执行案件数量相比上升26.92%。判处五年有期徒刑以上刑罚的罪犯2.5万人。", "2025-04-17").map((f) => f[1])).toEqual([
      "court.cases.accepted", "court.cases.accepted@yoy_pct", "court.sentenced.heavy",
    ]);
    expect(read("兰陵县人民检察院\n县检察院共受理提请批准逮捕涉黑涉恶案件32件91人,经审查后,批准逮捕24件60人。", "2020-11-26").map((f) => f[1])).toEqual([
      "procuratorate.arrests.reviewed_cases.gang", "procuratorate.arrests.reviewed.gang", "procuratorate.arrests.approved_cases.gang", "procuratorate.arrests.approved.gang",
    ]);
    expect(read("吴忠市中级人民法院\n截至6月底,先行调解成功率达40.04%。", "2025-07-23").map((f) => f[1])).toEqual(["court.mediation.pre_litigation_rate"]);
  });

  it("reads 2024年以来 in a text dated only 2025 as last year's, and a deadline (2020年前) as no period (a23, a20)", () => {
    expect(read("梁平区公安局\n2024年以来,梁平区公安局破获各类刑事案件732起。", "2025")).toEqual([["732起", "police.criminal_cases.solved", "2024-01-01", "2024-12-31"]]);
    expect(read("湖北省司法厅\n按照“2020年前,公共法律服务实体、热线、网络平台全面融合”的工作目标,今年以来,平台用户登录数量450人次。", "2018-10-31").map((f) => [f[0], f[2], f[3]])).toEqual([["450人次", "2018-01-01", "2018-10-31"]]);
  });
});

describe("what a figure measures and when, on sentences of the tuned texts a25–a32 (batch b30)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);
  it("reads a list of measures without giving one's case type to all, and a topic of several kinds as no restriction (a30)", () => {
    expect(read("福建省公安厅\n全省全年接报违法犯罪警情数、刑事立案数和道路交通事故亡人数同比分别下降9.8%、24%、10.4%。", "2026-01-06").map((f) => f[1])).toEqual([
      "police.incidents.criminal@yoy_pct", "police.criminal_cases.filed@yoy_pct", "police.traffic.deaths@yoy_pct",
    ]);
    expect(read("福建省公安厅\n依法严打电信网络诈骗、网络赌博、涉黑涉恶、环食药等领域违法犯罪,破获刑事案件5.3万起。", "2026-01-06").map((f) => f[1])).toEqual(["police.criminal_cases.solved"]);
    // Must not: one kind named at length (电信网络诈骗 holds 诈骗) is one kind.
    expect(read("日照市公安局\n2021年,日照公安机关全面推进打击治理电信网络诈骗犯罪工作,破获案件500起。", "2022-01-10").map((f) => f[1])).toEqual(["police.criminal_cases.solved.telecom_fraud"]);
  });

  it("reads changes joined by a space, 上半年 in a January report as last year's, 2020年来, and 辆次 (a32, a26, a28)", () => {
    expect(read("黑龙江省人民检察院\n全年审查逮捕案件受理12016件17462人,同比分别 下降39.39% 38.88%。", "2021-01-28").map((f) => f[1])).toEqual([
      "procuratorate.arrests.reviewed_cases", "procuratorate.arrests.reviewed", "procuratorate.arrests.reviewed_cases@yoy_pct", "procuratorate.arrests.reviewed@yoy_pct",
    ]);
    expect(read("某市人民检察院\n上半年,共批准逮捕100人。", "2021-01-28")[0].slice(2)).toEqual(["2020-01-01", "2020-06-30"]);
    expect(read("石首市人民法院\n2020年来,全院受理案件1000件。", "2020-08-24")[0].slice(2)).toEqual(["2020-01-01", "2020-08-24"]);
    expect(extractText("项城市公安局\n共出动车辆100余辆次,检查车辆1531台次。", { docDate: "2023-08" }).figures.map((f) => f.unit)).toEqual(["辆次", "台次"]);
  });
});

describe("what a figure measures, on sentences of the tuned texts a33–a40 (batch b31)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);
  it("pairs changes with the levels before them, not with an aside in brackets; reads 存案 and 惩治 (a36, a39)", () => {
    expect(read("贵州省高级人民法院\n2023年,全省法院新收案件91.73万件(另有上年旧存12.74万件),审执结94.46万件,同比分别上升4.34%、5.96%;存案10.01万件。", "2024-01-26").map((f) => f[1])).toEqual([
      "court.cases.new", "court.cases.carried_over", "court.cases.concluded", "court.cases.new@yoy_pct", "court.cases.concluded@yoy_pct", "court.cases.pending",
    ]);
    expect(read("鞍山市中级人民法院\n惩治职务犯罪案件97件115人。", "2026").map((f) => f[1])).toEqual(["court.cases.concluded.duty_crime", "court.sentenced.persons.duty_crime"]);
  });

  it("reads officers who fell as no officers deployed, heroes as awards, and 命案数量 as homicides (a33, a38)", () => {
    expect(read("公安部\n2024年,全国公安机关共有208名民警、174名辅警因公牺牲,授予全国公安系统一级英模2名、二级英模59名。", "2025-01-10").map((f) => f[1])).toEqual([
      "other", "other", "any.awards.individual", "any.awards.individual",
    ]);
    expect(read("长沙县委政法委\n截至11月底,命案数量同比下降62.5%,万人起诉率下降1.61%。", "2024-12-20").map((f) => f[1])).toEqual(["police.criminal_cases.occurred.homicide@yoy_pct", "other"]);
  });
});

describe("cold cases solved, as the tuned texts say them (874, a16, a37)", () => {
  const read = (text: string) => extractText(text, { docDate: "2024-01-10" }).figures.map((f) => [f.text, f.metric, f.kind]);
  it("reads 攻克 as solving, the kind named after the number, and 宗 of 积案 as cases", () => {
    expect(read("安徽省公安厅\n成功攻克57起命案积案,其中发案时间最长的案件距今35年。")).toEqual([["57起", "police.criminal_cases.solved.cold_homicide", "cases"]]);
    // (积案 alone names no kind: a court's 积案 are its backlog.)
    expect(read("广州市公安局\n并破获了40宗积案。")).toEqual([["40宗", "police.criminal_cases.solved", "cases"]]);
    // Must not: 宗 of things that are no cases stays a plain count.
    expect(read("某市公安局\n整改安全隐患问题12宗。").map((f) => f[2])).toEqual(["count"]);
  });
});

describe("when a figure counts, on sentences of the tuned texts a41–a48 (batch b32)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
  it("reads 开展以来至2019年底, 自疫情发生以来, 1978至1987年, and a year passed as a bar as no period (a45, a43, a48, a46)", () => {
    expect(read("江苏省委政法委\n打黑除恶专项斗争开展以来至 2019 年底,全省共摧毁涉黑组织 104 个。", "2020-04-13")).toEqual([["104 个", null, "2019-12-31"]]);
    expect(read("桂林市公安局\n4月29号上午,我市举行新闻发布会。\n自疫情发生以来,全市各级公安机关累计出动警力13.4万人次。", "2020-05-01")).toEqual([["13.4万人次", null, "2020-04-29"]]);
    expect(read("呼玛县公安局\n1978至1987年,全县共发生各类治安案件1346起。", "1988")).toEqual([["1346起", "1978-01-01", "1987-12-31"]]);
    expect(read("惠州市中级人民法院\n前11个月,全市法院新收案件8万件,收案数已超过2014年全年收案总数。", "2015-12-09")).toEqual([["8万件", "2015-01-01", "2015-11-30"]]);
  });
});

describe("what a figure measures and when, on sentences of the tuned texts a50–a64 (batches b33, b34)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);
  it("reads 提起诉讼 in a public-interest report as suits, with their civil and administrative parts (a52)", () => {
    expect(read("普洱市人民检察院\n三年来,全市检察机关共受理公益诉讼案件线索3000余条,提起诉讼190件,其中民事公益诉讼9件,行政公益诉讼118件。", "2022-11-10").map((f) => f[1])).toEqual([
      "other", "procuratorate.public_interest.suits", "procuratorate.public_interest.suits.civil", "procuratorate.public_interest.suits.administrative",
    ]);
    // (A prosecution is still one: 共起诉250件.)
    expect(read("某县人民检察院\n全年共起诉250件。", "2022-11-10").map((f) => f[1])).toEqual(["procuratorate.prosecution.decided_cases"]);
  });

  it("leaves the police's requests to reconsider a decision not to arrest or prosecute apart from the decisions (a57)", () => {
    expect(read("最高人民检察院\n1至9月,公安机关对检察机关的不批捕决定提出复议复核3689人,同比下降52.6%;对不起诉决定提出复议复核2592人。", "2020-10-20").map((f) => f[1])).toEqual([
      "other", "other", "other",
    ]);
  });

  it("runs 以来 from a month said before a comma to the day of the event the figures were given at, up to a month before the page (a55, a52)", () => {
    expect(read("北京市高级人民法院\n自今年5月,全市法院实施立案登记制以来,全市法院当场立案量占立案量的94.3%。", "2015-07-21")).toEqual([
      ["94.3%", "court.filing.on_the_spot_rate", "2015-05-01", "2015-07-21"],
    ]);
    const lead = "为深入学习贯彻党的二十大精神,11月10日上午,普洱市人民检察院召开新闻发布会。\n三年来,全市检察机关共提起诉讼190件。";
    expect(read("普洱市人民检察院\n" + lead, "2022-11-25").map((f) => f.slice(2))).toEqual([["2019-01-01", "2022-11-10"]]);
    // (A day more than a month before the page is not taken for the event's.)
    expect(read("普洱市人民检察院\n" + lead, "2022-12-25").map((f) => f.slice(2))).toEqual([["2019-01-01", "2022-12-25"]]);
  });

  it("reads a rate said with 达 as complete before a headline's next clause, 受理侦查机关提请批准逮捕 as arrests reviewed, and 涉执 cases as enforcement (a51, the reporter set's r51, a50)", () => {
    expect(read("贵州省公安厅\n贵州公安工作去年满意度达94% 连续七年提升", "2015-02-07").map((f) => f[1])).toEqual(["plac.satisfaction", "plac.satisfaction@streak"]);
    expect(read("西藏自治区人民检察院\n全区检察机关受理侦查机关提请批准逮捕的犯罪嫌疑人1950人。", "2011-01-14").map((f) => f[1])).toEqual(["procuratorate.arrests.reviewed"]);
    expect(read("郴州市中级人民法院\n持续做实执行攻坚,受理涉执案件49744件,其中首执案件28563件。", "2025-12-28").map((f) => f[1])).toEqual([
      "court.cases.accepted.enforcement", "court.cases.accepted.enforcement",
    ]);
  });

  it("pairs changes after one change word with as many measures before it, without 分别, sharing the first one's verb (a75, 898)", () => {
    expect(read("最高人民法院\n2025年,全国法院审结刑事案件、严重暴力犯罪案件再降11.4%和7.3%。", "2026-01-19").map((f) => f[1])).toEqual([
      "court.cases.concluded.criminal@change_pct", "court.cases.concluded.violent@change_pct",
    ]);
    // (A count named in the first item is not a verb: 发案数、损失数 are two measures of fraud.)
    const fraud = read("南昌市公安局东湖分局\n今年以来,电信网络诈骗发案数、损失数下降14%、26%。", "2025-12-01").map((f) => f[1] as string);
    expect(fraud[0]).toMatch(/^police\.criminal_cases\.occurred\b.*@change_pct$/);
    expect(fraud[1]).toMatch(/^police\.fraud\.losses\b.*@change_pct$/);
  });

  it("reads a part in 件 after a rate as a part of the count before the rate (a72)", () => {
    expect(read("濮阳市中级人民法院\n2021年上半年,全市法院共受理民事案件26567件,结案20865件,结案率78.54%,其中一审案件19541件,同比下降3%,二审案件1324件。", "2021-12-22").map((f) => f[1])).toEqual([
      "court.cases.accepted.civil", "court.cases.concluded.civil", "court.cases.clearance_rate.civil",
      "court.cases.concluded.civil_first_instance", "court.cases.concluded.civil_first_instance@yoy_pct", "court.cases.concluded.second_instance",
    ]);
  });

  it("runs a quoted campaign's 以来 to the page's day, and takes no period from 创近年来新高 or 延续近年来…态势 (a66, a69)", () => {
    expect(read("湘西州公安局\n“百日会战”以来,湘西州社会治安实现了“五下降两上升”,即刑事案件同比下降16.87%;刑事案件破案率48.7%,创近年来新高。", "2018-11-15").map((f) => f.slice(2))).toEqual([
      [null, "2018-11-15"], [null, "2018-11-15"],
    ]);
    expect(read("吉林省高级人民法院\n2024年,全省法院受理案件61万件。审判执行质效稳中加固,延续近年来高水平运行态势,18项指标中,有14项指标同比趋优。", "2025-01-27").map((f) => f.slice(2))).toEqual([
      ["2024-01-01", "2024-12-31"], ["2024-01-01", "2024-12-31"], ["2024-01-01", "2024-12-31"],
    ]);
  });

  it("reads a procuratorate's 逮捕 as arrests approved, a change past an aside on its base, and two changes run together (a67, a79)", () => {
    expect(read("福建省人民检察院\n今年上半年,全省检察机关逮捕各类犯罪嫌疑人7063人,同比(和去年同期相比)下降59.4%。", "2020-07-29").map((f) => f[1])).toEqual([
      "procuratorate.arrests.approved", "procuratorate.arrests.approved@yoy_pct",
    ]);
    // (Must not: the police's requests to arrest are not the decision.)
    expect(read("福建省人民检察院\n今年上半年,全省检察机关受理提请逮捕8000人。", "2020-07-29").map((f) => f[1])).toEqual(["procuratorate.arrests.reviewed"]);
    expect(read("江苏省公安厅\n全年电诈立案数、损失数同比分别下降18.4%27.2%。", "2024-01-10").map((f) => String(f[1]).replace(/\.telecom_fraud/, ""))).toEqual([
      "police.criminal_cases.filed@yoy_pct", "police.fraud.losses@yoy_pct",
    ]);
  });

  it("takes no period from 针对当前…背景下 or from a base year (在2024年…基础上), and finds a dateline under a page's furniture (a73, a75, a71)", () => {
    expect(read("武汉市人民检察院\n2009年,全市检察机关认真履行法律监督职责。针对当前国际金融危机背景下社会治安的新情况,全市检察机关充分发挥检察职能。全年共批准逮捕各类刑事犯罪嫌疑人9794人。", "2010-01-15").map((f) => f.slice(2))).toEqual([
      ["2009-01-01", "2009-12-31"],
    ]);
    expect(read("最高人民法院\n2025年,全国法院执行工作质效提升,失信名单人数在2024年首次下降基础上再降5.2%。", "2026-01-19").map((f) => f.slice(2))).toEqual([
      ["2025-01-01", "2025-12-31"],
    ]);
    const hunan = "湖南:年底前要实现全省五级实体平台全覆盖\n来源:湖南日报 2018-07-28 09:19:02\n时刻新闻\n—分享—\n全力保障公共法律服务体系建设\n年底前要实现全省五级实体平台全覆盖\n湖南日报7月27日讯(记者 沙兆华)今天,省司法厅召开年中工作推进会。截至目前,全省已建成公共法律服务中心138个。";
    expect(read(hunan, "2018-07-28").map((f) => f.slice(2))).toEqual([[null, "2018-07-27"]]);
  });

  it("leaves a court's cases of a topic with no case type other, a part not to be added to its whole (a65, a75, a39)", () => {
    // (Environmental cases have a case type of their own since decision 50.)
    expect(read("惠东县人民法院\n2024年,审结涉房地产、物业纠纷案件2297件;审结环境资源类案件95件;审结刑事案件300件。", "2025-02-27").map((f) => f[1])).toEqual([
      "other", "court.cases.concluded.environment", "court.cases.concluded.criminal",
    ]);
    // (Must not: all the cases tried, 审判类案件, are no part: the case type litigation, decision 60.)
    expect(read("固始县人民法院\n1-2月份,共受理审判类案件2313件。", "2022-03-05").map((f) => f[1])).toEqual(["court.cases.accepted.litigation"]);
  });

  it("reads 立案(撤案)监督 as filing supervision and 提出纠正 as corrections of what the sentence names, and 唯一一个 as no figure (a87, a82)", () => {
    expect(read("最高人民检察院\n今年一季度,全国检察机关对公安机关开展立案(撤案)监督合计11270件。此间,全国检察机关针对侦查活动违法行为,提出纠正12545件。针对刑事审判活动中违法行为,提出纠正1475件次。", "2021-04-23").map((f) => f[1])).toEqual([
      "procuratorate.investigation_supervision.filing_cases", "procuratorate.investigation_supervision.corrections", "procuratorate.recommendations.trial_violations.criminal",
    ]);
    expect(read("最高人民检察院\n在刑事抗诉方面,全国检察机关今年一季度共提出抗诉2061件,同比上升30%。", "2021-04-23").map((f) => f[1])).toEqual([
      "procuratorate.protests.criminal", "procuratorate.protests.criminal@yoy_pct",
    ]);
    expect(read("中山市委政法委\n我市成为珠三角唯一一个进入前三甲的地市。", "2015-06-10").map((f) => f[0])).toEqual(["前三"]);
  });

  it("takes no period from the window of a record said before 首次, nor from 以来 that dates the things counted (a88, a89)", () => {
    expect(read("广州市公安局\n2015年,全年破命案178宗,近10年来命案发案首次降到200宗以下。抢劫、抢夺、盗窃等街面警情同比分别下降25.7%、15%、5.2%。", "2016-01-29").map((f) => f.slice(2))).toEqual([
      ["2015-01-01", "2015-12-31"], ["2015-01-01", "2015-12-31"], ["2015-01-01", "2015-12-31"], ["2015-01-01", "2015-12-31"], ["2015-01-01", "2015-12-31"],
    ]);
    expect(read("广东省高级人民法院\n今年以来,全省法院筛查1990年以来“假减暂”案140万余件,开展谈心谈话6万余人次。", "2021-07-21").map((f) => f.slice(2))).toEqual([
      ["2021-01-01", "2021-07-21"], ["2021-01-01", "2021-07-21"],
    ]);
  });

  it("reads 立…案 as cases filed and 移诉 as suspects transferred for prosecution (b07)", () => {
    expect(read("重庆市万州区公安局\n2024年,深化打击治理电信网络诈骗违法犯罪,立电信网络诈骗案775起,同比下降45.7%;破获涉毒刑案92件,移诉168人。", "2025-01-20").map((f) => f[1])).toEqual([
      "police.criminal_cases.filed.telecom_fraud", "police.criminal_cases.filed.telecom_fraud@yoy_pct", "police.criminal_cases.solved.drugs", "police.suspects.transferred.drugs",
    ]);
  });

  it("reads the share of persons under plea leniency among those reviewed as the plea-leniency rate, and 发…案件数 as cases occurring (a67, b05)", () => {
    expect(read("福建省人民检察院\n今年上半年,审查起诉案件中,适用认罪认罚从宽制度审结21554人,占同期审查起诉案件审结人数的78.9%。", "2020-07-29").map((f) => f[1])).toEqual([
      "procuratorate.plea_leniency.persons", "procuratorate.plea_leniency.rate",
    ]);
    expect(read("绵阳市公安局\n2023年,全市发电信诈骗案件数同比下降33.89%。", "2024-03-16").map((f) => String(f[1]).replace(".telecom_fraud", ""))).toEqual(["police.criminal_cases.occurred@yoy_pct"]);
  });

  it("reads 再审类, 审违类 and 执行监督类检察建议 as the retrial, trial-violation and enforcement-violation recommendations (b08)", () => {
    expect(read("苏州市人民检察院\n二季度,再审类检察建议发出47件;受理民事审判活动监督76件,审违类检察建议发出65件;执行监督类检察建议发出81件。", "2022-07-13").map((f) => String(f[1]).replace(/\.civil$/, ""))).toEqual([
      "procuratorate.retrial_recommendations", "other", "procuratorate.recommendations.trial_violations", "procuratorate.recommendations.enforcement_violations",
    ]);
  });

  it("runs 自9月23日…开展以来 from that day of the document's year to the press conference the dateline names (b12)", () => {
    const text = "黑龙江省公安厅\n24日,在全省公安机关百日攻坚行动新闻发布会上记者获悉,自9月23日百日攻坚行动开展以来,全省“八类”严重暴力案件同比下降21.7%,抓获命案积案逃犯37名。";
    expect(read(text, "2020-11-25").map((f) => f.slice(2))).toEqual([["2020-09-23", "2020-11-24"], ["2020-09-23", "2020-11-24"]]);
    // (A day later in the year than the document's is last year's.)
    expect(read(text.replace("自9月23日", "自12月23日"), "2021-01-25").map((f) => f.slice(2))).toEqual([["2020-12-23", "2021-01-24"], ["2020-12-23", "2021-01-24"]]);
  });

  it("gives 截至目前 on a page of the year's first weeks no start, not a week of the new year (a78)", () => {
    expect(read("嘉兴市司法局\n截至目前,平台累计访问量已近40万人次,答复咨询留言423人次。", "2013-01-08").map((f) => f.slice(2))).toEqual([[null, "2013-01-08"], [null, "2013-01-08"]]);
    // (In a review written at the year's end it counts from 1 January; in June, what has been done so far, decision 40.)
    expect(read("嘉兴市司法局\n截至目前,答复咨询留言423人次。", "2013-12-08").map((f) => f.slice(2))).toEqual([["2013-01-01", "2013-12-08"]]);
    expect(read("嘉兴市司法局\n截至目前,答复咨询留言423人次。", "2013-06-08").map((f) => f.slice(2))).toEqual([[null, "2013-06-08"]]);
  });

  it("reads a list said 分别同比下降 with each measure whole (a80)", () => {
    expect(read("璧山区委政法委\n2023年,全区110刑事警情、治安警情、刑事案件分别同比下降16%、9.3%、30.18%。", "2024-01-01").map((f) => f[1])).toEqual([
      "police.incidents.criminal@yoy_pct", "police.incidents.public_order@yoy_pct", "police.criminal_cases.occurred@yoy_pct",
    ]);
  });

  it("reads an instance said alone under 收案中 as a part of the cases received (801)", () => {
    expect(read("黑龙江省高级人民法院\n2006年,全省法院共收各类案件321 146件。收案中,一审案件21 503件,同比下降5.4%;二审案件2 395件,同比下降17%。", "2007-01-20").map((f) => f[1])).toEqual([
      "court.cases.new", "court.cases.new", "court.cases.new@yoy_pct", "court.cases.new.second_instance", "court.cases.new.second_instance@yoy_pct",
    ]);
  });

  it("gives a bare noun after 、 in a list of things set up what the list's first item counts (a71)", () => {
    expect(read("湖南省司法厅\n截至目前,全省已建成公共法律服务中心138个、工作站1904个、工作点26969个。", "2018-07-27").map((f) => f[1])).toEqual([
      "justice.public_legal_service.centres", "justice.public_legal_service.centres", "justice.public_legal_service.centres",
    ]);
    // (Must not: an item with its own verb is its own measure.)
    expect(read("湖南省司法厅\n全省建成公共法律服务中心138个、新建警务室12个。", "2018-07-27").map((f) => f[1])).toEqual(["justice.public_legal_service.centres", "other"]);
  });

  it("reads the messages and boards of a publicity drive as publicity, not a warning sent to victims (a54)", () => {
    expect(read("临猗县委政法委\n2019年,该县积极营造扫黑除恶的舆论氛围,共发送短信35万余条,广播宣传25万余条次;在公交站牌设置了28块大型宣传版面。", "2020-03-18").map((f) => f[1])).toEqual([
      "any.legal_publicity", "any.legal_publicity", "any.legal_publicity",
    ]);
    expect(read("某市公安局\n今年以来,向群众发送预警短信12万条。", "2020-03-18").map((f) => f[1])).toEqual(["other"]);
  });

  it("reads 黑社会组织 as mafia-type, and sets 一般犯罪团伙 apart from the gangs listed before it (b19)", () => {
    expect(read("南宁市青秀区委政法委\n立案侦办涉黑恶案件486起,打掉黑社会组织4个,恶势力犯罪集团8个,一般犯罪团伙31个。", "2020-10-15").map((f) => f[1])).toEqual([
      "police.criminal_cases.filed.gang", "plac.anti_gang.organisations.mafia", "plac.anti_gang.organisations.evil_forces", "police.gangs.destroyed",
    ]);
    // (Must not: a gang without 一般 keeps the kind of the list.)
    expect(read("南宁市青秀区委政法委\n打掉涉恶犯罪集团8个,涉恶团伙31个。", "2020-10-15").map((f) => f[1])[1]).not.toBe("police.gangs.destroyed");
  });

  it("reads a run of days with no case as a streak of the cases that occurred (b15), not a count of places that had one", () => {
    expect(read("昆明市公安局\n金碧派出所辖区内连续19天刑事案件零发案。全市连续五年实现“两抢”案件零发生。", "2020-01-10").map((f) => f[1])).toEqual([
      "police.criminal_cases.occurred@streak", "police.criminal_cases.occurred.robbery_snatching@streak",
    ]);
    expect(read("昆明市公安局\n连续3年零发案的村达到20个。", "2020-01-10").map((f) => f[1])).toEqual(["other", "other"]);
  });

  it("reads crimes named as examples of 各类 as all crimes, a reversal rate said 改判、发回重审率, and collectives 受到表彰 as awards (b14, b21, b18)", () => {
    expect(read("乌拉特后旗人民检察院\n2024年以来,办理危害公共安全、破坏市场经济秩序等各类犯罪137件。", "2025-04-02").map((f) => f[1])).toEqual(["procuratorate.cases.handled.criminal"]);
    expect(read("汪清林区基层法院\n一审案件上诉被改判、发回重审率为2.15%。", "2019-07-28").map((f) => f[1])).toEqual(["court.cases.reversal_rate"]);
    expect(read("海南省人民检察院\n全省检察机关77个集体、191名个人受到省部级以上表彰奖励。", "2021-01-26").map((f) => f[1])).toEqual(["any.awards.collective", "any.awards.individual"]);
    // (Must not: a collective that takes part in a training is not honoured.)
    expect(read("海南省人民检察院\n全省检察机关77个集体参加培训。", "2021-01-26").map((f) => f[1])).not.toContain("any.awards.collective");
  });

  it("reads firearms and explosives as a part of the cases solved, prosecuted or tried, never the whole (a33, 806, 907; decision 49)", () => {
    expect(read("公安部\n2024年,破获枪爆案件2.2万起。今年上半年共破获涉枪爆案件7起。", "2025-01-10").map((f) => f[1])).toEqual([
      "police.criminal_cases.solved.firearms", "police.criminal_cases.solved.firearms",
    ]);
    expect(read("长寿区人民检察院\n五年来,起诉涉枪涉爆犯罪34人。", "2022-01-10").map((f) => f[1])).toEqual(["procuratorate.prosecution.decided.firearms"]);
    // Must not: firearms beside other kinds restrict to none of them.
    expect(read("山东省人民检察院\n保持惩治涉枪涉爆、盗抢骗等犯罪的高压态势,起诉13401人。", "2022-01-10").map((f) => f[1])).toEqual(["procuratorate.prosecution.decided"]);
  });

  it("reads batch b42's measures: kinds named as examples of a group with no key, 审结执结, 年均增长率, 案件数和人数, 再审后改变, a civil 涉案金额", () => {
    expect(read("嵊州市人民法院\n审结故意伤害、强奸、两抢一盗等犯罪案件160件。", "2021-02-20").map((f) => f[1])).toEqual(["other"]);
    expect(read("嵊州市人民法院\n强化民生领域权益保障,审结教育、医疗、劳动争议等案件1489件。", "2021-02-20").map((f) => f[1])).toEqual(["other"]);
    // Must not: a group with a key, or 各类, keeps the count.
    expect(read("嵊州市人民法院\n审结贪污、受贿、利用影响力受贿等案件8件,审结各类刑事案件540件。", "2021-02-20").map((f) => f[1])).toEqual(["court.cases.concluded.duty_crime", "court.cases.concluded.criminal"]);
    expect(read("安徽省高级人民法院\n今年上半年,全省法院审结执结623531件,居全国第7位。今年上半年收案数与2015年同期相比,年均增长率为14.36%。", "2021-07-09").map((f) => f[1])).toEqual([
      "court.cases.concluded", "court.cases.concluded@rank", "court.cases.new@avg_growth_pct",
    ]);
    expect(read("宁波市委政法委\n2016年,检察机关受理公安机关提请批捕案件数和人数同比分别下降11.15%和9.57%。", "2017-02-15").map((f) => f[1])).toEqual([
      "procuratorate.arrests.reviewed_cases@yoy_pct", "procuratorate.arrests.reviewed@yoy_pct",
    ]);
    expect(read("最高人民检察院\n办理民事生效裁判监督案件2万件,提出再审检察建议1900余件,法院裁定再审后改变2000余件。", "2024-04-27").map((f) => f[1])[2]).toBe("procuratorate.supervision.changed.civil");
    expect(read("嵊州市人民法院\n受理民商事案件7579件,审结7060件,涉案金额29.62亿元。", "2021-02-20").map((f) => f[1])[2]).toBe("court.cases.amount_in_dispute.civil_commercial");
    // Must not: the sum of a crime is no amount in dispute.
    expect(read("嵊州市人民法院\n审结非法集资案件12件,涉案金额3亿元。", "2021-02-20").map((f) => f[1])[1]).not.toBe("court.cases.amount_in_dispute");
  });

  it("dates 一年来 of a work report headed 2024年工作情况 to that year (b23)", () => {
    const text = "东莞市人民检察院工作报告——2025年2月27日在东莞市第十七届人民代表大会第五次会议上\n各位代表:\n2024年工作情况\n一年来,全市检察机关共办理各类案件4.4万件。";
    expect(read(text, "2025-04-15").map((f) => f.slice(2))).toEqual([["2024-01-01", "2024-12-31"]]);
  });

  it("reads batch b43's measures: a quoted body's own figures, 2017-2021年, a rate's change listed with its counts, 共破“3+2”专项, 制贩毒, 冰毒, 在诉前依法履职", () => {
    expect(extractText("威远县委政法委\n“全县公安机关共打掉恶势力犯罪集团2个,抓获犯罪嫌疑人29人。”“县法院已受理涉恶案件9件95人。”", { docDate: "2020-05-18" }).figures.map((f) => f.institution)).toEqual(["police", "police", "court", "court"]);
    expect(read("翠屏区人民法院\n2017-2021年,受理各类案件82976件,审执结82461件,结案率99.37%,较上一个五年分别上升44.05%、67.15%、14.79%。", "2021-12-16").map((f) => [f[1], ...f.slice(2)])).toEqual([
      ["court.cases.accepted", "2017-01-01", "2021-12-31"], ["court.cases.concluded", "2017-01-01", "2021-12-31"], ["court.cases.clearance_rate", "2017-01-01", "2021-12-31"],
      ["court.cases.accepted@change_pct", "2017-01-01", "2021-12-31"], ["court.cases.concluded@change_pct", "2017-01-01", "2021-12-31"], ["court.cases.clearance_rate@change_pct", "2017-01-01", "2021-12-31"],
    ]);
    // Must not: a change in per cent with counts enough before it leaves the rate alone.
    expect(read("翠屏区人民法院\n2021年,受理案件82976件,审执结82461件,结案率99.37%,同比分别上升4.05%、6.15%。", "2022-01-16").map((f) => f[1]).slice(3)).toEqual(["court.cases.accepted@yoy_pct", "court.cases.concluded@yoy_pct"]);
    expect(read("广东省公安厅\n1—6月,全省公安机关共破“3+2”专项刑事案件6.45万起。今年以来,全省共打掉659个制贩毒团伙,缴获冰毒13吨。", "2015-07-27").map((f) => f[1])).toEqual([
      "police.criminal_cases.solved", "police.gangs.destroyed.drugs", "police.drugs.seized",
    ]);
    expect(read("广东省人民检察院\n上半年督促行政机关在诉前依法履职3124件。", "2023-08-18").map((f) => f[1])).toEqual(["procuratorate.public_interest.pre_suit.administrative"]);
  });

  it("reads a group of crimes as its case type where the vocabulary has one, and as other where it has none (decision 50)", () => {
    expect(read("安徽省人民检察院\n2025年,全省检察机关起诉侵犯知识产权犯罪960人,起诉破坏生态环境和自然资源犯罪1061人,对“盗抢骗”等多发性侵财犯罪批捕763人,起诉网络犯罪1348人。", "2026-01-30").map((f) => f[1])).toEqual([
      "procuratorate.prosecution.decided.ip", "procuratorate.prosecution.decided.environment", "procuratorate.arrests.approved.property", "procuratorate.prosecution.decided.cyber",
    ]);
    expect(read("安徽省人民检察院\n2025年,起诉危害农业生产相关犯罪48人,起诉各类刑事犯罪5万人。", "2026-01-30").map((f) => f[1])).toEqual(["other", "procuratorate.prosecution.decided"]);
    expect(read("公安部\n2024年,破获长江水域突出违法犯罪6700余起,破获食品药品安全犯罪案件1.7万余起,破获刑事犯罪案件1.2万起。", "2025-01-10").map((f) => f[1])).toEqual([
      "other", "police.criminal_cases.solved.food_drug", "police.criminal_cases.solved",
    ]);
    // One offence no case type names is a part (843); cases of a place or a year are not.
    expect(read("公安部\n夏季行动以来,共破获寻衅滋事案件2.9万起,破获外省案件52起,侦破年内刑事案件5.65万起。", "2024-09-27").map((f) => f[1])).toEqual([
      "other", "police.criminal_cases.solved", "police.criminal_cases.solved",
    ]);
    // All of one kind is still a part (a33); all crimes are the whole.
    expect(read("公安部\n2024年,侦办各类走私犯罪案件5719起,侦办各类刑事案件1万起,破获各类违法犯罪案件2万起。", "2025-01-10").map((f) => f[1])).toEqual([
      "other", "police.criminal_cases.solved", "police.criminal_cases.solved",
    ]);
  });

  it("reads a crime no case type names, or examples of several kinds, as a part: other, with its persons, whoever counts them (decision 50)", () => {
    expect(read("湖北省高级人民法院\n审结医保骗保犯罪案件30件58人。审结犯罪案件640件。", "2026-01-30").map((f) => f[1])).toEqual(["other", "other", "court.cases.concluded.criminal"]);
    expect(read("长寿区人民检察院\n起诉“黄赌毒”、危险驾驶、盗窃等犯罪182人。", "2022-01-10").map((f) => f[1])).toEqual(["other"]);
    // Must not: a group named after 等, or examples of one kind (抢劫 is a violent crime too), keep their type.
    expect(read("长寿区人民检察院\n起诉诈骗、盗窃、抢劫等多发性侵财犯罪1472人,起诉污染环境、滥伐盗采等犯罪1451人,起诉抢劫、绑架、强奸、故意致人重伤等犯罪嫌疑人15人。", "2022-01-10").map((f) => f[1])).toEqual([
      "procuratorate.prosecution.decided.property", "procuratorate.prosecution.decided.environment", "procuratorate.prosecution.decided.violent",
    ]);
    // A part no key names still lends the items listed after it its verb.
    expect(read("广州市人民检察院\n批准逮捕涉枪、涉毒、黑社会性质组织犯罪等案件9644件,危害食品药品安全犯罪案件292件。", "2015-01-20").map((f) => f[1])).toEqual([
      "other", "procuratorate.arrests.approved_cases.food_drug",
    ]);
  });

  it("reads batch b44's measures: a topic's new case type carried to its counts, 监委移送 prosecutions, 律师队伍发展到, 一年来 of a year's summary", () => {
    expect(read("湖州市人民检察院\n过去这一年,湖州市检察机关依法打击涉疫犯罪,批捕14人、起诉49人。起诉区监委移送职务犯罪20人。", "2021-02-23").map((f) => f[1])).toEqual([
      "procuratorate.arrests.approved.epidemic", "procuratorate.prosecution.decided.epidemic", "procuratorate.prosecution.decided.duty_crime",
    ]);
    // Must not: the police's transfer for prosecution is no prosecution.
    expect(read("湖州市人民检察院\n受理公安机关移送起诉120人。", "2021-02-23").map((f) => f[1])).not.toContain("procuratorate.prosecution.decided");
    expect(read("贵州省司法厅\n截至2021年底,全省律师队伍发展到12629人。", "2022-04-30").map((f) => f[1])).toEqual(["justice.lawyers.count"]);
    const summary = "2020年,湖州市检察机关高举习近平新时代中国特色社会主义思想伟大旗帜,紧扣忠实践行“八八战略”、加快打造“重要窗口”的示范样本主题主线,忠实履行法律监督职责,各项工作迈上新台阶。一年来,共批捕刑事犯罪1763人。";
    expect(read(summary, "2021-02-23").map((f) => f.slice(2))).toEqual([["2020-01-01", "2020-12-31"]]);
  });

  it("reads a population's members of one kind as a stock at its moment (b27), not persons something happened to", () => {
    expect(read("四川省律师协会\n2020年,四川省律师中有博士895人,占比3.2%。", "2021-04-09").map((f) => f.slice(2))).toEqual([[null, "2020-12-31"], [null, "2020-12-31"]]);
    expect(read("四川省律师协会\n2020年,全省共有9名民警因公牺牲。", "2021-04-09").map((f) => f.slice(2))).toEqual([["2020-01-01", "2020-12-31"]]);
  });

  it("reads batch b45's measures: a section heading's case type, 涉疫案件, 止损", () => {
    const text = "姑苏区人民检察院\n一、刑事检察主要办案数据\n一季度共受理审查逮捕案件41件57人。\n二、未成年人检察主要办案数据\n1.审查逮捕受理10人,审结8人,批准逮捕4人,不捕4人。";
    expect(read(text, "2022-04-11").map((f) => f[1])).toEqual([
      "procuratorate.arrests.reviewed_cases", "procuratorate.arrests.reviewed",
      "procuratorate.arrests.reviewed.juvenile", "other", "procuratorate.arrests.approved.juvenile", "procuratorate.arrests.not_approved.juvenile",
    ]);
    // Must not: a highlight line that is itself a figure is no section heading.
    expect(read("广州市人民检察院\n起诉涉黑涉恶犯罪下降73.5%\n批捕各类犯罪嫌疑人5677人。", "2023-01-10").map((f) => f[1])[1]).toBe("procuratorate.arrests.approved");
    expect(read("四川省人民检察院\n2021年,依法办理涉疫案件64件。", "2022-01-27").map((f) => f[1])).toEqual(["procuratorate.cases.handled.epidemic"]);
    expect(read("湖南省公安厅\n今年全省共侦破电信网络诈骗案11652起,止损76.65亿元。", "2021-12-15").map((f) => f[1])[1]).toBe("police.fraud.funds_intercepted");
  });

  it("reads batch b46's measures: a streak of clearing named after it, 食药环 together, 违法排污 and 盗伐林木", () => {
    expect(read("宜兴市公安局\n命案连续10年全破。", "2015-11-27").map((f) => f[1])).toEqual(["police.criminal_cases.clearance_rate.homicide@streak"]);
    expect(read("亳州市公安局\n2021年,亳州公安共侦办食药环知森领域刑事案件100起。", "2022-01-20").map((f) => f[1])).toEqual(["other"]);
    expect(read("湖北省人民检察院\n1-6月,共批捕违法排污、盗伐林木等犯罪220人,起诉640人。", "2018-07-23").map((f) => f[1])).toEqual([
      "procuratorate.arrests.approved.environment", "procuratorate.prosecution.decided.environment",
    ]);
  });

  it("reads the cases of an offence named in quotes after 打击整治 as a part, not a campaign's cases as one (a33)", () => {
    expect(read("公安部\n2024年,集中打击整治“飙车炸街”违法犯罪行为,破获违法犯罪案件9.1万起。2024年,开展“雷霆”专项行动,破获刑事案件2万起。", "2025-01-10").map((f) => f[1])).toEqual([
      "other", "police.criminal_cases.solved",
    ]);
  });

  it("reads an item of a list naming an offence no case type names as a part, and one with a type or an instance as its list's (843, 801)", () => {
    expect(read("公安部\n夏季行动以来,共破获寻衅滋事案件2.9万起、殴打他人案件45.3万起、入室盗窃案件3万起。", "2024-09-27").map((f) => f[1])).toEqual([
      "other", "other", "police.criminal_cases.solved.theft",
    ]);
    expect(read("河南省公安厅\n共破获非法制造、买卖枪支弹药案件496起,非法储存爆炸物品案件114起。", "2018-10-16").map((f) => f[1])).toEqual([
      "police.criminal_cases.solved.firearms", "police.criminal_cases.solved.firearms",
    ]);
  });
});

describe("batch b47's phrasings (b53, b62–b67)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);

  it("reads the kinds of law firm and the lawyers of a kind as parts no key names (decision 52), not the enterprises a talk reached (b62)", () => {
    expect(read("新疆维吾尔自治区律师协会\n全区律师事务所539家,其中,合伙所277家、国资所44家。律师队伍中拥有本科以上学历的6487名。", "2022-08-01").map((f) => f[1])).toEqual([
      "justice.law_firms", "other", "other", "other",
    ]);
    expect(read("新疆维吾尔自治区律师协会\n全区律师累计为5000余家企业开展法律宣讲、专题讲座及座谈会3900余场次,开展公益法治宣讲近1.5万场次。", "2022-08-01").map((f) => f[1])).toEqual([
      "other", "any.legal_publicity", "any.legal_publicity",
    ]);
  });

  it("reads the lawyers a sentence counts by degree or party as parts no key names (985, a40, b27; decision 52)", () => {
    expect(read("安徽省司法厅\n律师中有博士86人,硕士、双学士1515人。律师党员3207人。", "2017-12-20").map((f) => f[1])).toEqual(["other", "other", "other"]);
    expect(read("江苏省司法厅\n现有律师中,中共党员14593人,民主党派2159人。", "2021-03-01").map((f) => f[1])).toEqual(["other", "other"]);
    // Must not: all the lawyers.
    expect(read("江苏省司法厅\n全省执业律师达3.9万人。", "2021-03-01").map((f) => f[1])).toEqual(["justice.lawyers.count"]);
    // Must not: a court's doctors are not lawyers.
    expect(read("某某区人民法院\n全院有博士12人。", "2021-03-01").map((f) => f[1])).toEqual(["other"]);
  });

  it("reads cases solved or suspects caught by one means, and current cases alone, as a part; their clearance rate stays the rate (605, 803, 608)", () => {
    expect(read("哈尔滨市公安局\n2017年哈市警方利用天网工程视频监控系统破案5325起,同比增加了92%。", "2018-01-10").map((f) => f[1])).toEqual(["other", "other"]);
    expect(read("德州市公安局\n去年全年通过快速处置共抓获各类违法犯罪嫌疑人2000余名。", "2015-01-10").map((f) => f[1])).toEqual(["other"]);
    expect(read("海口市公安局琼山分局\n破获刑事案件1106起,破现案814起,现案破案率达到80%。", "2020-12-10").map((f) => f[1])).toEqual([
      "police.criminal_cases.solved", "other", "police.criminal_cases.clearance_rate",
    ]);
  });

  it("reads a run of years of few cases as the cases that occurred, of the crimes the streak before it cleared (b65)", () => {
    expect(read("天津市公安局\n2022年,现行命案连续8年全破,连续5年实现发案不过百。", "2023-01-10").map((f) => f[1])).toEqual([
      "police.criminal_cases.clearance_rate.homicide@streak", "police.criminal_cases.occurred.homicide@streak",
    ]);
  });

  it("dates a target set for the year to the year, in a half-year report (b66)", () => {
    const f = read("绵阳市司法局\n上半年,已为困难群众提供法律援助服务26163人次,完成年度目标任务35000人次的75%。", "2015-07-06");
    expect(f.map((x) => [x[0], x[2], x[3]])).toEqual([
      ["26163人次", "2015-01-01", "2015-06-30"], ["35000人次", "2015-01-01", "2015-12-31"], ["75%", "2015-01-01", "2015-06-30"],
    ]);
  });
});

describe("batch b48's phrasings (b68–b74)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);

  it("pairs each change after 分别 with its level when each has its own change word (b74)", () => {
    expect(read("吴江区人民检察院\n本季度,我院受理审查逮捕的各类刑事案件271件365人,分别同比下降7.2%、上升1.7%。", "2018-04-04").map((f) => f[1])).toEqual([
      "procuratorate.arrests.reviewed_cases", "procuratorate.arrests.reviewed", "procuratorate.arrests.reviewed_cases@yoy_pct", "procuratorate.arrests.reviewed@yoy_pct",
    ]);
  });

  it("reads the procuratorate's cases approved for arrest in a 扫黑办 report as the procuratorate's, not the police's request (b73)", () => {
    expect(read("永州市扫黑办\n批准逮捕涉黑涉恶案件148件283人。", "2019-04-05").map((f) => f[1])).toEqual(["procuratorate.arrests.approved_cases.gang", "procuratorate.arrests.approved.gang"]);
    expect(read("永州市扫黑办\n提请批准逮捕涉黑涉恶案件148件。", "2019-04-05").map((f) => f[1])[0]).not.toBe("procuratorate.arrests.approved_cases.gang");
  });

  it("reads 多收案 with its base as a change, a rate within months as no clearance rate, and a periodical's issue as no figure (b71, b68)", () => {
    expect(read("渭城区人民法院\n五年来共受理各类案件16317件,比前五年多收案4019件,上升32.68%。", "2017-01-18").map((f) => f[1])).toEqual([
      "court.cases.accepted", "court.cases.accepted@change_abs", "court.cases.accepted@change_pct",
    ]);
    expect(read("渭城区人民法院\n五年来案件发回改判率平均为2.8%;三个月内结案率为86%,同比前五年提高了5%。", "2017-01-18").map((f) => [f[0], f[1]])).toEqual([
      ["2.8%", "court.cases.reversal_rate"], ["86%", "other"], ["5%", "other"],
    ]);
    expect(read("河北省人民检察院\n公民与法治 2024年4期\n2023年全省检察机关起诉432人。", "2024-04-16").map((f) => f[0])).toEqual(["432人"]);
  });

  it("dates 截止到本月23日 to the page's month (b69)", () => {
    expect(read("绥化市中级人民法院\n截止到本月23日,共受理各类案件50101件。", "2017-12-29")[0].slice(2)).toEqual(["2017-01-01", "2017-12-23"]);
  });
});

describe("batch b49's phrasings (b76–b82)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);

  it("reads support of a suit as no prosecution, 抗诉改变率 as the share changed, and 改判发回重审率 said with 被 as the reversal rate (b76, b77)", () => {
    expect(read("最高人民检察院\n全国检察机关共支持起诉5万件,同比上升68.6%。", "2022-10-15").map((f) => f[1])).toEqual(["other", "other"]);
    expect(read("最高人民检察院\n提出抗诉3288件,抗诉改变率90.3%。", "2022-10-15")[1][1]).toMatch(/^procuratorate\.supervision\.outcome_share/);
    expect(read("江苏省高级人民法院\n一审裁判被改判发回重审率为1.7%,同比下降0.5个百分点。", "2024-01-17").map((f) => f[1])).toEqual(["court.cases.reversal_rate", "court.cases.reversal_rate@yoy_pp"]);
  });

  it("reads duty crimes received, judicial staff's crimes placed on file and the gangs' protectors prosecuted (b80)", () => {
    expect(read("四川省人民检察院\n全省检察机关共受理职务犯罪1136人,同比上升15.4%。开展对司法工作人员相关职务犯罪侦查工作,立案14人。起诉黑恶势力“保护伞”42人。", "2020-03-19").map((f) => f[1])).toEqual([
      "procuratorate.prosecution.received.duty_crime", "procuratorate.prosecution.received.duty_crime@yoy_pct", "procuratorate.judicial_staff_crimes", "procuratorate.prosecution.decided.gang_protection",
    ]);
  });

  it("reads money given back as recovered, advisers however named before, and days of one month as the period (b81, b79, b78)", () => {
    expect(read("广东省公安厅\n返还冻结涉案资金9667万余元。", "2018-01-16")[0][1]).toBe("police.losses.recovered");
    expect(read("甘肃省司法厅\n全省2756名律师、367名基层法律服务工作者担任村(居)法律顾问。", "2019-08-12").map((f) => f[1])).toEqual(["justice.legal_advisers", "justice.legal_advisers"]);
    expect(read("公安部\n7月18日至27日,公安部组织发起第一波次集群战役,共打掉犯罪团伙38个。", "2022-08-05")[0].slice(2)).toEqual(["2022-07-18", "2022-07-27"]);
  });

  it("reads a page's visit counter and the named defendants of a case as no figures (b79, b82)", () => {
    expect(read("甘肃省司法厅\n访问量:1195 发布时间:2019-08-12\n全省建成公共法律服务中心96个。", "2019-08-12").map((f) => f[0])).toEqual(["96个"]);
    expect(read("鄂州市中级人民法院\n深入推进打黑除恶工作,审结李峰等18人、程波等22人组织、领导、参加黑社会性质犯罪。", "2017-01-05")).toEqual([]);
  });
});

describe("batch b50's phrasings (b84–b90)", () => {
  it("reads deaths in accidents at work as no traffic deaths (b85)", () => {
    const f = extractText("浙江省委政法委\n全省各类生产安全事故、死亡人数同比分别下降9.1%、7.8%。道路交通事故起数、死亡人数同比分别下降5%、6%。", { docDate: "2017-04-08" }).figures;
    expect(f.map((x) => x.indicator)).toEqual(["plac.work_safety.accidents", "other", "police.traffic.accidents", "police.traffic.deaths"]);
  });
});

describe("batch b51's phrasings (b91, b93, b94)", () => {
  it("reads the departments that answered at a meeting and a number in a campaign's quoted name as no figures (b93)", () => {
    const f = extractText("甘肃省公安厅\n组织开展“全省轮战300天,守护平安积石山”专项行动,常态投入1300多名警力。省公安厅经侦、治安、刑侦、网安、交管6部门负责人回答了媒体记者提问。", { docDate: "2025-01-03" }).figures;
    expect(f.map((x) => x.text)).toEqual(["1300多名"]);
    // Must not: a count of days a campaign ran, said outside its name, is a figure.
    expect(extractText("甘肃省公安厅\n“平安积石山”专项行动持续300天。", { docDate: "2025-01-03" }).figures.map((x) => x.text)).toEqual(["300天"]);
  });
});

describe("batch b52's phrasings (b97–c05)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures;
  it("reads the rest of a breakdown and two kinds counted together as parts, and keeps the next item's kind (c03)", () => {
    const f = read("海口市人民检察院\n2022年,共办理各类案件10834件,其中刑事检察7890件,民事、行政检察635件,公益诉讼检察758件,控告申诉690件,其他861件。", "2023-01-17");
    expect(f.map((x) => x.metric)).toEqual(["procuratorate.cases.handled", "procuratorate.cases.handled.criminal", "other", "procuratorate.cases.handled.public_interest", "procuratorate.complaints.handled", "other"]);
    // Must not: one kind in a breakdown keeps its type.
    expect(read("海口市人民检察院\n2022年,共办理各类案件10834件,其中行政检察635件。", "2023-01-17")[1].metric).toBe("procuratorate.cases.handled.administrative");
  });
  it("reads 暴力性犯罪 as violent, “黄赌毒” as vice, and a court's circuit, judicial-confirmation and 各类涉农 cases as parts (c02, b97)", () => {
    const f = read("上海市嘉定区人民法院\n2023年,严惩故意杀人、故意伤害、抢劫、强奸等暴力性犯罪99件,审结涉“黄赌毒”违法犯罪案件216件。", "2024-01-17");
    expect(f.map((x) => x.metric)).toEqual(["court.cases.concluded.violent", "court.cases.concluded.vice"]);
    const g = read("西藏自治区高级人民法院\n2021年,审结各类涉农案件1654件、巡回办理案件10154件,办理司法确认案件1257件,审结各类案件8万件。", "2022-03-14");
    expect(g.map((x) => x.metric)).toEqual(["other", "other", "other", "court.cases.concluded"]);
  });
  it("reads an amount of first-instance cases after civil and commercial ones as civil first instance (b97)", () => {
    const f = read("西藏自治区高级人民法院\n2021年,审结民商事案件38621件,同比上升40%,一审结案标的额82.7亿元。", "2022-03-14");
    expect(f.map((x) => x.metric)).toEqual(["court.cases.concluded.civil_commercial", "court.cases.concluded.civil_commercial@yoy_pct", "court.cases.amount_in_dispute.civil_first_instance"]);
  });
  it("reads groups of 涉恶 as evil forces, of 涉黑涉恶 as both (c01, 978, 945)", () => {
    expect(read("浮梁县委政法委\n截至目前,共打掉涉恶集团3个。", "2019-04-03")[0].metric).toBe("plac.anti_gang.organisations.evil_forces");
    expect(read("大同市委政法委\n截至9月3日,全市共打掉涉黑涉恶犯罪团伙66个。", "2018-09-03")[0].metric).toBe("plac.anti_gang.organisations.gang");
  });
  it("reads a change said 与去年同比 as year on year of the level before it (c05)", () => {
    const f = read("南昌市公安局\n2015年“五一”期间,全市接报刑事类警情240起,与去年同比下降30.8%。", "2015-05-04");
    expect(f.map((x) => x.metric)).toEqual(["police.incidents.criminal", "police.incidents.criminal@yoy_pct"]);
  });
  it("reads documents and inspections by a body they do not belong to as other (c01, b99)", () => {
    expect(read("浮梁县委政法委\n2018年以来,印发实施方案等15个规范性文件。", "2019-04-03")[0].metric).toBe("other");
    expect(read("武清区司法局\n2023年,配合区依法治区办实地督察检查了9家单位。", "2024-02-19")[0].metric).toBe("other");
    // Must not: a justice bureau's own review of documents, the police's sweep of premises.
    expect(read("武清区司法局\n2023年,审核规范性文件15件。", "2024-02-19")[0].metric).toBe("justice.normative_documents");
    expect(read("武清区公安分局\n2023年,清查各类场所900家。", "2024-02-19")[0].metric).toBe("police.places.inspected");
  });
  it("reads a coverage and what a place 具有 as held at the end of the period (b99)", () => {
    const f = read("武清区司法局\n2023年,党政机关公职律师人员覆盖率达54%,具有人才储备单位12家。全年办理公证3000件。", "2024-02-19");
    expect(f.map((x) => [x.periodStart, x.periodEnd])).toEqual([[null, "2023-12-31"], [null, "2023-12-31"], ["2023-01-01", "2023-12-31"]]);
  });
  it("reads 24小时动态巡逻 as round the clock, no figure (c05)", () => {
    expect(read("南昌市公安局\n组织65辆巡逻车在市区各主要街道进行24小时动态巡逻。", "2015-05-04").map((x) => x.text)).toEqual(["65辆"]);
  });
});

describe("batch b53's phrasings (c06–c13)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures;
  it("gives a campaign's headline text's counts of every body the campaign's case type (c13)", () => {
    const f = read("保山市打掉黑恶团伙25个 抓获涉案人员563人\n同时,保山市检察机关批准逮捕22件88人,提起公诉15件144人;审判机关一审判决9件66人,二审判决4件54人。", "2019-02-27");
    expect(f.slice(2).map((x) => x.metric)).toEqual([
      "procuratorate.arrests.approved_cases.gang", "procuratorate.arrests.approved.gang", "procuratorate.prosecution.decided_cases.gang", "procuratorate.prosecution.decided.gang",
      "court.cases.concluded.gang", "court.sentenced.persons.gang", "court.cases.concluded.gang", "court.sentenced.persons.gang",
    ]);
    // Must not: a text whose headline names another subject keeps counts without a kind.
    expect(read("保山市检察院召开新闻发布会\n2018年,保山市检察机关批准逮捕522件688人。", "2019-02-27")[0].metric).toBe("procuratorate.arrests.approved_cases");
  });
  it("reads 追加逮捕 and 追加起诉 as the persons the police missed (c12)", () => {
    const f = read("最高人民检察院\n2023年,对应当逮捕、应当起诉而未提请批捕、未移送起诉的,追加逮捕近2万人、追加起诉近10万人。", "2024-02-26");
    expect(f.map((x) => x.metric)).toEqual(["procuratorate.investigation_supervision.missed_arrests", "procuratorate.investigation_supervision.missed_prosecutions"]);
  });
  it("reads 涉外、涉港澳台 cases counted together as a part, and 民企 as enterprises (c06, c08)", () => {
    expect(read("重庆市高级人民法院\n2021年,审结涉外、涉港澳台案件752件。", "2022-01-20")[0].metric).toBe("other");
    expect(read("重庆市高级人民法院\n2021年,审结涉港澳台案件752件。", "2022-01-20")[0].metric).toBe("court.cases.concluded.hk_macao_taiwan");
    expect(read("福州市人民检察院\n2015年,起诉发生在民企、台企、外企中的职务侵占、挪用资金等案件54件80人。", "2016-01-20").map((x) => x.caseType)).toEqual(["enterprise", "enterprise"]);
  });
  it("reads a list of kinds of police calls with 警情 said once, the traffic losses, and a day's 以来 (c09)", () => {
    const f = read("淮南市公安局\n今年以来,全市道路交通事故起数、亡人数、损失数同比分别下降0.3%、26.5%、27.7%。自6月25日以来,全市刑事类、治安类警情环比分别下降5.73%、16.63%。", "2023-07-31");
    expect(f.map((x) => x.metric)).toEqual(["police.traffic.accidents@yoy_pct", "police.traffic.deaths@yoy_pct", "police.traffic.losses@yoy_pct", "police.incidents.criminal@change_pct", "police.incidents.public_order@change_pct"]);
    expect([f[3].periodStart, f[3].periodEnd]).toEqual(["2023-06-25", "2023-07-31"]);
  });
  it("reads the events named after a count in 场次 (c11)", () => {
    expect(read("广西壮族自治区公安厅\n五年来,圆满完成历届“东博会和峰会”等近3000场次大型活动安全保卫任务。", "2024-08-15")[0].metric).toBe("police.events.secured");
  });
});

describe("batch b54's phrasings (c14–c21)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures;
  it("dates 在过去的一年 to the year before a report of February, and before a page dated by its year only (c14, 877)", () => {
    const f = read("山东省人民检察院\n检察长15日在工作报告中说,在过去的一年,山东省检察机关提起公诉2598人。", "2009-02-16");
    expect([f[0].periodStart, f[0].periodEnd]).toEqual(["2008-01-01", "2008-12-31"]);
    const g = read("拉萨市城关区人民法院\n过去的一年,城关区人民法院共受理各类民商事案件2452件。", "2018");
    expect([g[0].periodStart, g[0].periodEnd]).toEqual(["2017-01-01", "2017-12-31"]);
  });
  it("ends 截至年底 and 截至去年底 at a year's end (c18, c21)", () => {
    const f = read("江苏省司法厅\n截至年底,全省有司法所1301个。", "2015-04-15");
    expect([f[0].periodStart, f[0].periodEnd]).toEqual([null, "2014-12-31"]);
    const g = read("广东省扫黑办\n截至去年底,涉案财产处置率达99.9%。", "2022-01-20");
    expect([g[0].periodStart, g[0].periodEnd]).toEqual([null, "2021-12-31"]);
  });
  it("reads the mediations that succeeded after delegated pre-suit mediation as the court's (c17)", () => {
    const f = read("宣城市宣州区人民法院\n2024年,诉前委派调解案件11240件、调解成功4560件,同比分别增长29.32%、19.45%。", "2025-01-03");
    expect(f.map((x) => x.metric).slice(1)).toEqual(["court.mediation.pre_litigation", "other", "court.mediation.pre_litigation@yoy_pct"]);
  });
  it("reads 涉黑、涉恶 groups as both, 盗抢 gangs as property, 传销 gangs as economic (c19)", () => {
    const f = read("随州市公安局\n今年以来,公安机关共端掉涉黑、涉恶犯罪团伙5个;摧毁盗抢团伙67个;打掉非法传销团伙22个。", "2012-07-11");
    expect(f.map((x) => x.caseType)).toEqual(["gang", "property", "economic"]);
  });
});

describe("batch b55's phrasings (c22–c29)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures;
  it("reads months of two years, the years counted back from 截至…月, and a month a campaign began (c27, c28)", () => {
    const f = read("天津市第三中级人民法院\n截至2022年3月,三年共受理金融商事案件1922件。2019年4月至2022年3月受理的金融商事案件中,融资租赁合同案件共826件。", "2022-09-21");
    expect(f.map((x) => [x.periodStart, x.periodEnd])).toEqual([["2019-04-01", "2022-03-31"], ["2019-04-01", "2022-03-31"]]);
    const g = read("浙江省公安厅\n自6月份开展该行动以来,全省公安机关共打掉各类违法犯罪团伙1589个。", "2023-08-04");
    expect([g[0].periodStart, g[0].periodEnd]).toEqual(["2023-06-01", "2023-08-04"]);
    // Must not: a month said with no campaign begun (自3月以来,结合党史…) is no start of the figures after it.
    const h = read("红谷滩区司法局\n2021年,自3月以来,结合党史学习教育开展队伍教育整顿。全年共开展法治宣传活动50余次。", "2021-12-31");
    expect([h[0].periodStart, h[0].periodEnd]).toEqual(["2021-01-01", "2021-12-31"]);
  });
  it("reads 约占 as an approximate share (c27)", () => {
    const f = read("天津市第三中级人民法院\n2021年,融资租赁合同案件标的额约778亿元,约占金融商事案件标的总金额的73.47%。", "2022-09-21");
    expect(f.map((x) => x.qualifier)).toEqual(["approx", "approx"]);
  });
});

describe("the persons a court has judged, said in a procuratorate's or a campaign's text (c14, 868, a22, c20)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => f.indicator);
  it("reads 法院已判决, 法院做出有罪判决 and 现已判决 persons as sentenced", () => {
    expect(read("山东省人民检察院\n2008年,提起公诉2598人,法院已判决2470人。", "2009-02-16")).toEqual(["procuratorate.prosecution.decided", "court.sentenced.persons"]);
    expect(read("朔州市人民检察院\n2015年,共提起公诉136人,法院做出有罪判决111人。", "2016-02-16")).toEqual(["procuratorate.prosecution.decided", "court.sentenced.persons"]);
    // Must not: a judgment's cases are no persons.
    expect(read("兰陵县扫黑办\n2020年,现已判决3件。", "2020-12-16")).not.toContain("court.sentenced.persons");
  });
});

describe("the suspects caught in cases that are a part (874, b54)", () => {
  const read = (text: string) => extractText(text, { docDate: "2022-01-10" }).figures.map((f) => f.indicator);
  it("reads the suspects after a part's cases as a part too, and after all cases as the suspects caught", () => {
    expect(read("亳州市公安局\n2021年,亳州公安共侦办食药环知森领域刑事案件100起,抓获犯罪嫌疑人155人。")).toEqual(["other", "other"]);
    expect(read("亳州市公安局\n2021年,亳州公安共破获刑事案件1000起,抓获犯罪嫌疑人1550人。")).toEqual(["police.criminal_cases.solved", "police.suspects.arrested"]);
  });
});

describe("the arrests and prosecutions of a group of crimes the clause's head names (982, 974, 957; decision 50)", () => {
  const read = (text: string) => extractText(text, { docDate: "2024-01-20" }).figures.map((f) => f.metric);
  it("reads those of a group no case type names, or of several kinds, as a part", () => {
    expect(read("武昌区人民检察院\n2023年,依法严厉打击故意杀人、故意伤害、抢劫、抢夺等侵害公民人身、财产权利的犯罪,批捕61人,起诉71人。")).toEqual(["other", "other"]);
    expect(read("郑州市人民检察院\n2023年,严厉打击危害国家安全、政治安全和邪教活动等犯罪,起诉21人。")).toEqual(["other"]);
    expect(read("凌海市人民检察院\n2023年,从严打击群众反映强烈的盗抢骗、黄赌毒犯罪,起诉67人。")).toEqual(["other"]);
    // (…examples of several kinds named as 影响社会稳定的刑事犯罪, crime at large, still a part: a10.)
    expect(read("武昌区人民检察院\n2023年,持续打击“黄赌毒”“爆恐枪”等影响社会稳定的刑事犯罪,批捕248人,起诉191人。")).toEqual(["other", "other"]);
  });
  it("reads the police's cases solved and suspects caught after such a group as a part too (837)", () => {
    expect(read("云南省公安厅\n2024年,严厉打击“盗抢骗”“食药环”以及电信网络诈骗等人民群众反映强烈的突出违法犯罪,累计侦破案件1.9万起、抓获2.3万人。")).toEqual(["other", "other"]);
    expect(read("云南省公安厅\n2024年,严厉打击电信网络诈骗犯罪,破获案件1900起,抓获犯罪嫌疑人2300人。")).toEqual(["police.criminal_cases.solved.telecom_fraud", "police.suspects.arrested.telecom_fraud"]);
    expect(read("云南省公安厅\n2024年,依法严厉打击各类违法犯罪,破获案件1.9万起,抓获犯罪嫌疑人2.3万人。")).toEqual(["police.criminal_cases.solved", "police.suspects.arrested"]);
  });
  it("keeps those of crime at large, of a kind the vocabulary has, and of a group named after 等", () => {
    expect(read("武昌区人民检察院\n2023年,着力打击影响国家安全和社会稳定的犯罪行为,批捕各类刑事犯罪嫌疑人1427人,起诉1577人。")).toEqual(["procuratorate.arrests.approved", "procuratorate.prosecution.decided"]);
    expect(read("成都市人民检察院\n2023年,严厉打击故意杀人、抢劫等严重刑事犯罪,起诉3361人。")).toEqual(["procuratorate.prosecution.decided"]);
    expect(read("汕头市人民检察院\n2023年,依法从严惩治故意杀人、抢劫、绑架等严重暴力犯罪,起诉259人。")).toEqual(["procuratorate.prosecution.decided.violent"]);
    expect(read("湖州市人民检察院\n2023年,湖州市检察机关依法打击涉疫犯罪,批捕14人、起诉49人。")).toEqual(["procuratorate.arrests.approved.epidemic", "procuratorate.prosecution.decided.epidemic"]);
  });
});

describe("a satisfaction survey's list of bodies and their ranks (c39)", () => {
  it("gives a body's rate said with 为 alone the measure named before it, and a rank's move both ends", () => {
    const text = "黔东南州委政法委\n2012年全州政法机关综合满意度为93.30%,在全省排位由第五位跃居第三位。其中,该州公安机关满意度为90.92%,在全省排位由第五位跃居第三位;全州检察机关为95.11%,在全省排位由第八位跃居第三位;全州综治办为90.49%,在全省排位保持全省第四位。";
    expect(extractText(text, { docDate: "2013-01-16" }).figures.map((f) => f.metric)).toEqual([
      "plac.satisfaction", "plac.satisfaction@rank", "plac.satisfaction@rank",
      "plac.satisfaction", "plac.satisfaction@rank", "plac.satisfaction@rank",
      "plac.satisfaction", "plac.satisfaction@rank", "plac.satisfaction@rank",
      "plac.satisfaction", "plac.satisfaction@rank",
    ]);
  });
  it("gives nothing to a body's count, or to a rate after a count", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2013-01-16" }).figures.map((f) => f.metric);
    expect(metrics("某市委政法委\n2012年全市政法机关共受理群众来信300件,检察机关为45%。")).toEqual(["other", "other"]);
  });
});

describe("a part after 其中 in the sentence after a level and its change (c33)", () => {
  it("is a part of the level, not of its change", () => {
    const text = "哈尔滨市公安局\n去年,全年共立盗窃案件19342起,同比下降1.1%。其中,入室盗窃案件4609起,同比下降0.4%。";
    expect(extractText(text, { docDate: "2007-01-17" }).figures.map((f) => f.metric)).toEqual([
      "police.criminal_cases.filed.theft", "police.criminal_cases.filed.theft@yoy_pct", "police.criminal_cases.filed.theft", "police.criminal_cases.filed.theft@yoy_pct",
    ]);
  });
});

describe("two measures counted together (744; decision 36)", () => {
  it("reads 批捕起诉 and 不捕不诉 as no key's, with their changes, but not a list said 分别", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2023-02-20" }).figures.map((f) => f.metric);
    expect(metrics("中山市人民检察院\n2022年,中山市检察机关批捕起诉各类刑事犯罪1.01万人,比上年下降27.1%;不捕不诉3563人,增长41.2%。")).toEqual(["other", "other", "other", "other"]);
    expect(metrics("中山市人民检察院\n2022年,批捕、起诉各类刑事犯罪分别为4120人、6010人。")).toEqual(["procuratorate.arrests.approved", "procuratorate.prosecution.decided"]);
  });
});

describe("financial, private lending and contract disputes (decision 59)", () => {
  const metrics = (text: string, date = "2023-12-15") => extractText(text, { docDate: date }).figures.map((f) => [f.text, f.metric]);

  it("keys a kind's count, carries it along its list, and reads an instance of it as a part, with that part's rate (c27)", () => {
    expect(metrics("天津市第三中级人民法院\n截至2022年3月,三年共受理金融商事案件1922件,审结1760件,案涉总标的额约1059亿元。其中,一审案件审结574件,调撤率达55.05%;二审案件审结1186件,调撤率达19.14%。", "2022-04-20")).toEqual([
      ["1922件", "court.cases.accepted.financial"],
      ["1760件", "court.cases.concluded.financial"],
      ["约1059亿元", "court.cases.amount_in_dispute.financial"],
      ["574件", "other"],
      ["55.05%", "other"],
      ["1186件", "other"],
      ["19.14%", "other"],
    ]);
  });

  it("reads counts said with their verb alone after a first-instance part as the same part, and their sums (845)", () => {
    const text = "江苏省高级人民法院\n其中2021年新收一审金融商事案件142467件,涉案标的额1664.21亿元,审结一审金融商事案件139078件,涉案标的额1445.32亿元;2022年新收170999件,同比增长20.03%,涉案标的额1449.52亿元,同比下降12.90%,审结172153件。";
    expect(metrics(text).map((f) => f[1])).toEqual(["other", "other", "other", "other", "other", "other", "other", "other", "other"]);
    // Must not: after a list of examples, the count said with its verb alone is the body's own (d02).
    expect(metrics("最高人民法院\n最高人民法院6个巡回法庭一季度新收各类民事、行政审判类案件以及刑事申诉审查等案件2922件,占最高法新收相应类型案件总数的67.2%,审结1909件。", "2018-04-20").at(-1)).toEqual(["1909件", "court.cases.concluded"]);
  });

  it("reads financial enforcement cases as a part, with the money recovered and the counts said after them (845)", () => {
    const text = "江苏省高级人民法院\n其中2021年共新收金融执行案件67339件,执结金融执行案件67223件,执行到位金额264.03亿元;2022年新收80335件,执结79128件,执行到位金额232.38亿元;2023年截止10月31日新收85874件,执结70166件,执行到位金额116.29亿元。";
    expect(metrics(text).map((f) => f[1])).toEqual(Array(9).fill("other"));
  });

  it("reads a kind of contract dispute as a part, and all contract disputes as the type (813, b47)", () => {
    expect(metrics("湖北省高级人民法院\n审结买卖合同纠纷案件100481件。", "2026-01-29")).toEqual([["100481件", "other"]]);
    expect(metrics("深圳市福田区人民法院\n依法审理各类合同纠纷案件35575件。", "2023-01-20")).toEqual([["35575件", "court.cases.concluded.contract"]]);
  });
});

describe("a court's suits, its cases without enforcement (decision 60)", () => {
  const metrics = (text: string, date = "2021-07-10") => extractText(text, { docDate: date }).figures.map((f) => f.metric);

  it("keys 诉讼案件 and 审判类案件 as the case type litigation, along their list and beside enforcement (827, 965, a41, d02)", () => {
    expect(metrics("龙江县人民法院\n其中,我院新收诉讼案件2000件,同比增长40件,上升2.04%;结案1634件(含上年旧存),同比增长24件,上升1.49%;结案率为76.64%。")).toEqual([
      "court.cases.new.litigation", "court.cases.new.litigation@yoy_abs", "court.cases.new.litigation@yoy_pct",
      "court.cases.concluded.litigation", "court.cases.concluded.litigation@yoy_abs", "court.cases.concluded.litigation@yoy_pct", "court.cases.clearance_rate.litigation",
    ]);
    expect(metrics("长江县人民法院\n各类案件收案1688件,结案1425件,其中诉讼案件结案1127件,结案率87.77%。", "2015-11-26")).toEqual(["court.cases.new", "court.cases.concluded", "court.cases.concluded.litigation", "court.cases.clearance_rate.litigation"]);
    expect(metrics("最高人民法院\n一季度全国法院新收审判类案件442.2万件。", "2018-04-20")).toEqual(["court.cases.new.litigation"]);
  });

  it("gives way to any other kind named with it, and leaves an instance of it and suits with enforcement parts (892, b21)", () => {
    expect(metrics("江苏省高级人民法院\n2021年,江苏全省法院新收各类行政诉讼案件38061件,审结民事诉讼案件12000件。")).toEqual(["court.cases.new.administrative", "court.cases.concluded.civil"]);
    expect(metrics("汪清林区基层法院\n上半年一审诉讼案件结案数93件。")).toEqual(["other"]);
    expect(metrics("海南省高级人民法院\n全省法院受理各类案件159186件,其中受理诉讼执行案件156455件。", "2017-02-22")).toEqual(["court.cases.accepted", "other"]);
  });
});

describe("a court's cases of a kind no case type covers (b47; decision 50)", () => {
  it("reads 审结金融案件 as a part, and 审结破产案件 as their own case type (decision 58)", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2023-01-20" }).figures.map((f) => f.metric);
    expect(metrics("福田区人民法院\n2022年,审结金融案件24285件,标的额139.3亿元。")).toEqual(["other", "other"]);
    expect(metrics("江苏省高级人民法院\n2022年,审结破产案件8513件。")).toEqual(["court.cases.concluded.bankruptcy"]);
    // The verb after carries the type along (d66).
    expect(metrics("泰州市中级人民法院\n自2018年以来,泰州两级法院共受理破产案件1376件,审结1242件。")).toEqual(["court.cases.accepted.bankruptcy", "court.cases.concluded.bankruptcy"]);
  });
  it("reads any words that set cases apart before 案件 as a part (841, a25), not the words of a count of all", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2022-01-20" }).figures.map((f) => f.metric);
    expect(metrics("鄞州区人民法院\n2021年,从重从快惩处跨境赌博犯罪,审理跨境赌博案件27件。")).toEqual(["other"]);
    expect(metrics("河北省高级人民法院\n2021年,依法规范金融秩序,审理借款、保险、票据等案件6.09万件。")).toEqual(["other"]);
    expect(metrics("鄞州区人民法院\n2021年,全院受理诉讼案件12345件,审结各类案件11234件。")).toEqual(["court.cases.accepted.litigation", "court.cases.concluded"]);
    expect(metrics("鄞州区人民法院\n2021年,共受理和审结各类案件49157件。")).toEqual(["court.cases.accepted"]);
  });
});

describe("a day's average (705, 803, 997)", () => {
  it("is no count of the period, but its change is the measure's", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2021-01-20" }).figures.map((f) => f.metric);
    expect(metrics("四川省公安厅\n2020年,全省110报警服务台共接报各类警情1500万余起,日均接警达4万余起。")).toEqual(["police.calls.received", "other"]);
    expect(metrics("长安区人民法院\n2020年,全院结案2.1万件,平均每天结案56件。")).toEqual(["court.cases.concluded", "other"]);
  });
});

describe("what a place has, named right before the count (a90, c40)", () => {
  const dates = (text: string) => extractText(text, { docDate: "2023-01-10" }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
  it("is a stock; those something happened to are not", () => {
    expect(dates("公安部\n2022年,全国已配备专职法制员1.6万名、兼职法制员7.3万名。")).toEqual([["1.6万名", null, "2022-12-31"], ["7.3万名", null, "2022-12-31"]]);
    expect(dates("公安部\n2022年全国公安机关共有308名民警、179名辅警因公牺牲。")).toEqual([["308名", "2022-01-01", "2022-12-31"], ["179名", "2022-01-01", "2022-12-31"]]);
  });
  it("is a stock when said with 有 right before a count of bodies or places (844, 959), not with 所有 or 占有", () => {
    expect(dates("司法部\n2022年,律师人数超过1万人的省(区、市)有23个。")).toEqual([["23个", null, "2022-12-31"]]);
    expect(dates("内蒙古自治区司法厅\n2022年,司法厅党委管理的党组织有447个。")).toEqual([["447个", null, "2022-12-31"]]);
    expect(dates("内蒙古自治区司法厅\n2022年,全区新建党组织有47个。")).toEqual([["47个", "2022-01-01", "2022-12-31"]]);
  });
});

describe("batch b57's phrasings (c41, c48)", () => {
  it("reads 追缴被骗资金 and 追缴赃款 as the police's recovered losses", () => {
    expect(metrics("安宁公安分局\n2021年,止付被骗资金1288万元,追缴被骗资金256万元。", "2022-01-27")).toEqual(["police.fraud.funds_intercepted", "police.losses.recovered"]);
  });
  it("reads 受援群众 as legal aid's recipients, and a legal-aid body's consultations beside a hotline item as consultations", () => {
    expect(metrics("吉林省司法厅\n截至6月底,全省法律援助机构共办理法律援助案件7890件,受援群众8339人,提供法律咨询45932人次,接听12348法律服务热线22228人次。", "2018-10-30")).toEqual([
      "justice.legal_aid.cases", "justice.legal_aid.recipients", "justice.legal_aid.consultations", "justice.hotline.calls",
    ]);
    // Must not: consultations on the hotline's own platform stay the hotline's.
    expect(metrics("某省司法厅\n12348公共法律服务热线平台持续优化提升,2024年度共接受法律咨询16万人次以上。", "2025-01-10")).toEqual(["justice.hotline.calls"]);
  });
});

describe("a base said before a breakdown's 其中 (a31)", () => {
  it("makes each item's bare change year on year, also after a semicolon", () => {
    const metrics = extractText("贵阳市公安局\n8至9月,全市共立刑事案件5520起,同比下降了11.42%,其中抢劫案246起,下降48.43%;抢夺案146起,下降了55.33%。", { docDate: "2013-10-01" }).figures.map((f) => f.statistic);
    expect(metrics).toEqual(["value", "yoy_pct", "value", "yoy_pct", "value", "yoy_pct"]);
  });
  it("leaves a change on another base alone", () => {
    const metrics = extractText("贵阳市公安局\n8至9月,全市共立刑事案件5520起,同比下降了11.42%,其中抢劫案246起,较2010年下降48.43%;抢夺案146起,下降了55.33%。", { docDate: "2013-10-01" }).figures.map((f) => f.statistic);
    expect(metrics).toEqual(["value", "yoy_pct", "value", "change_pct", "value", "change_pct"]);
  });
});

describe("a list of changes with a space after 、, or joined by 、和 (a90, c33)", () => {
  it("gives every item the list's statistic", () => {
    const stats = (text: string) => extractText(text, { docDate: "2022-01-20" }).figures.map((f) => f.statistic);
    expect(stats("衡南县公安局\n2021年,刑事拘留人数,移送起诉人数,行政拘留人数,强制隔离戒毒人数,同比分别上升81.7%、 52.6%、34.8%、46.7%。")).toEqual(["yoy_pct", "yoy_pct", "yoy_pct", "yoy_pct"]);
    expect(stats("哈尔滨市公安局\n去年,放火、强奸、伤害案件同比分别下降了29.2%、11.9%、和1.6%。")).toEqual(["yoy_pct", "yoy_pct", "yoy_pct"]);
  });
  it("does not join two counts a space alone separates", () => {
    const texts = extractText("湖南省人民检察院\n湖南省检察机关去年共办理各类案件19.4万件 48个案件入选全国典型案例", { docDate: "2024-01-20" }).figures.map((f) => f.label);
    expect(texts[1]).not.toBe(texts[0]);
  });
});

describe("缩小, 扩大 and 高出 as change words (a57, b69)", () => {
  it("reads 比全省平均高出2.14% as a change", () => {
    const f = extractText("绥化市中级人民法院\n2017年,综合结案率为91.27%,比全省平均高出2.14%。", { docDate: "2017-12-25" }).figures;
    expect(f.map((x) => x.statistic)).toEqual(["value", "change_pct"]);
  });
  it("reads 降幅较上半年缩小11.7个百分点 as a change in points", () => {
    const f = extractText("最高人民检察院\n1至9月,全国检察机关批准和决定逮捕各类犯罪嫌疑人551002人,同比下降35.4%,降幅较上半年缩小11.7个百分点。", { docDate: "2020-10-20" }).figures;
    expect(f.map((x) => x.statistic)).toEqual(["value", "yoy_pct", "change_pp"]);
  });
});

describe("a headline's bare change the body gives again with 同比 (c05)", () => {
  it("is year on year; one the body does not give again stays a change", () => {
    const stats = (text: string) => extractText(text, { docDate: "2015-05-04" }).figures.map((f) => f.statistic);
    expect(stats("“五一”期间南昌市刑事警情下降30.8%\n南昌市公安局消息,“五一”期间,全市刑事警情同比下降30.8%。")).toEqual(["yoy_pct", "yoy_pct"]);
    expect(stats("“五一”期间南昌市刑事警情下降30.8%\n南昌市公安局消息,“五一”期间,全市治安平稳。")).toEqual(["change_pct"]);
  });
});

describe("the arrests a police report lists beside its detentions (878, 834; decision 35)", () => {
  it("are the procuratorate's approved arrests, and so is their change", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2017-04-10" }).figures.map((f) => f.metric);
    expect(metrics("张家界市公安局\n今年以来,全市刑事拘留604人,逮捕368人,抓获逃犯185人。")).toEqual(["police.suspects.punished", "procuratorate.arrests.approved", "police.fugitives.arrested"]);
    expect(metrics("松滋市公安局\n全市共刑事拘留285人,逮捕199人,刑拘数、逮捕数同比分别上升24.5%、17.8%。")).toEqual(["police.suspects.punished", "procuratorate.arrests.approved", "police.suspects.punished@yoy_pct", "procuratorate.arrests.approved@yoy_pct"]);
  });
  it("leaves an arrest the police carry out (执行逮捕) alone", () => {
    const metrics = extractText("张家界市公安局\n今年以来,全市刑事拘留604人,执行逮捕368人。", { docDate: "2017-04-10" }).figures.map((f) => f.metric);
    expect(metrics[1]).not.toBe("procuratorate.arrests.approved");
  });
});

describe("一、二审 and 宣判 in a court's counts (866, 997)", () => {
  it("reads 审结一、二审涉黑涉恶案件 as one measure and 已宣判…案件 as concluded", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2023-01-20" }).figures.map((f) => f.metric);
    expect(metrics("铁岭市中级人民法院\n2022年,审结一、二审涉黑涉恶案件8件53人。")).toEqual(["court.cases.concluded.gang", "court.sentenced.persons.gang"]);
    expect(metrics("长安区人民法院\n2022年,已宣判恶势力团伙犯罪案件3起。")).toEqual(["court.cases.concluded.gang"]);
    // Must not: a list of two kinds joined by 、 is still two items.
    expect(metrics("铁岭市中级人民法院\n2022年,审结刑事、民事案件800件。")[0]).not.toBe("court.cases.concluded.gang");
  });
});

describe("the suspects caught right after the police's count of one kind (c28; decision 43)", () => {
  it("are of that kind; those after a count of all cases are of none", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2023-09-20" }).figures.map((f) => f.metric);
    expect(metrics("浙江省公安厅\n2023年夏季,全省公安机关破获盗窃案4532起,抓获犯罪嫌疑人3584名;打处黄赌团伙439个,抓获犯罪嫌疑人3080名。")).toEqual([
      "police.criminal_cases.solved.theft", "police.suspects.arrested.theft", "police.gangs.destroyed.vice", "police.suspects.arrested.vice",
    ]);
    expect(metrics("浙江省公安厅\n2023年夏季,全省公安机关破获刑事案件4532起,抓获犯罪嫌疑人3584名。")).toEqual(["police.criminal_cases.solved", "police.suspects.arrested"]);
  });
});

describe("persons said right after a court's concluded cases with no count of them (c31; decision 51)", () => {
  it("are the persons sentenced, of the cases' kind; after a part they stay other", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2024-03-05" }).figures.map((f) => f.metric);
    expect(metrics("遂昌县人民法院\n2023年,保持惩治腐败高压态势,审结贪污贿赂、渎职等案件55人。")).toEqual(["court.sentenced.persons.duty_crime"]);
    expect(metrics("遂昌县人民法院\n2023年,审结刑事案件300人。")).toEqual(["court.sentenced.persons"]);
    expect(metrics("遂昌县人民法院\n2023年,审结故意伤害、强奸、两抢一盗等犯罪案件160人。")).toEqual(["other"]);
  });
});

describe("a discipline commission's 立案 (926, 962, 978)", () => {
  it("is no criminal case the police filed", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2020-06-03" }).figures.map((f) => f.metric);
    expect(metrics("六盘水市扫黑办\n2019年,纪检监察机关坚决查处黑恶势力“保护伞”和“关系网”中的党员干部及公职人员,共立案30件31人。")[0]).not.toBe("police.criminal_cases.filed");
    expect(metrics("六盘水市公安局\n2019年,全市共立刑事案件3000起,破获1500起。")[0]).toBe("police.criminal_cases.filed");
  });
});

describe("a rank in a survey of the sense of security (a68, a54)", () => {
  it("is that indicator's rank; a rank of something else is not", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2019-01-10" }).figures.map((f) => f.metric);
    expect(metrics("西峡县公安局\n据悉,在2018年河南全省公众安全感调查中,西峡县位列河南省第一位。")).toEqual(["plac.sense_of_security@rank"]);
    expect(metrics("西峡县公安局\n据悉,在2018年河南全省执法质量考评中,西峡县位列河南省第一位。")).toEqual(["other"]);
  });
});

describe("a place's bodies and staff counted with nothing done (920)", () => {
  const dates = (text: string) => extractText(text, { docDate: "2025-01-15" }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
  it("is a stock at the period's end", () => {
    expect(dates("郑州市司法局\n2024年,全市12家公证处144名公证员,共办理各类公证事项12万件。")).toEqual([["12家", null, "2024-12-31"], ["144名", null, "2024-12-31"], ["12万件", "2024-01-01", "2024-12-31"]]);
  });
  it("is not when the staff did something", () => {
    expect(dates("郑州市司法局\n2024年,全市1200名民警参加培训。")).toEqual([["1200名", "2024-01-01", "2024-12-31"]]);
  });
});

describe("a comparison's base level said right after its year (969, c39)", () => {
  const dates = (text: string) => extractText(text, { docDate: "2015-11-05" }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
  it("is of the base's year; the change is of the period", () => {
    expect(dates("海口市司法局\n2015年这一标准为1270元,较2014年的1120元放宽了13.4%。")).toEqual([
      ["1270元", "2015-01-01", "2015-12-31"], ["1120元", "2014-01-01", "2014-12-31"], ["13.4%", "2015-01-01", "2015-12-31"],
    ]);
  });
  it("leaves a figure that is no level of the base alone", () => {
    expect(dates("海口市司法局\n2015年受理案件1270件,较2014年的增加了13.4%。")).toEqual([["1270件", "2015-01-01", "2015-12-31"], ["13.4%", "2015-01-01", "2015-12-31"]]);
  });
});

describe("batch b58's phrasings (c53, c56, c61)", () => {
  it("reads the disputes found, when the count resolved follows, as no count resolved", () => {
    expect(metrics("太原市公安局\n2023年太原市共排查化解纠纷12196起,化解12008起,化解率为98.5%。", "2024-01-05")).toEqual(["other", "plac.disputes.resolved", "plac.disputes.resolution_rate"]);
    // Must not: 排查化解 alone is the count resolved.
    expect(metrics("太原市公安局\n2022年,全市排查化解矛盾纠纷6945起。", "2023-01-05")).toEqual(["plac.disputes.resolved"]);
  });
  it("gives each change of a 分别 list the measure in its place, when the list ends the clause before", () => {
    expect(metrics("太原市公安局\n2023年,电信网络诈骗案件破获案件数、抓获作案成员数、追赃挽损数,同比去年分别上升46.1%、30.1%和15%。", "2024-01-05")).toEqual([
      "police.criminal_cases.solved.telecom_fraud@yoy_pct", "police.suspects.arrested.telecom_fraud@yoy_pct", "police.losses.recovered.telecom_fraud@yoy_pct",
    ]);
    // Must not: a clause with numbers is no list of measures.
    expect(metrics("太原市公安局\n2023年,破获案件120起、抓获180人,同比分别上升46.1%、30.1%。", "2024-01-05")).toEqual([
      "police.criminal_cases.solved", "police.suspects.arrested", "police.criminal_cases.solved@yoy_pct", "police.suspects.arrested@yoy_pct",
    ]);
  });
  it("drops the countries at a forum as participants, keeping the guests counted", () => {
    const texts = extractText("青岛市中级人民法院\n承办大法官论坛,中国、吉尔吉斯斯坦等4个国家最高法院院长致辞,8个国家和国际组织120余名中外嘉宾参加。", { docDate: "2024-01-31" }).figures.map((f) => f.text);
    expect(texts).toEqual(["120余名"]);
    // Must not: countries something was done with are counted.
    expect(extractText("司法部\n截止2014年底,共有来自21个国家和地区的265家律师事务所在中国设立代表机构。", { docDate: "2015-03-01" }).figures.map((f) => f.text)).toEqual(["21个", "265家"]);
  });
  it("gives an item after 、 that names only its cases the verb of the list's first item (930)", () => {
    expect(metrics("泸州市公安局\n2022年,破获涉枪涉爆刑事案件40件、盗窃破坏“三电”设施刑事案件21件。", "2023-01-10")).toEqual(["police.criminal_cases.solved.firearms", "police.criminal_cases.solved.theft"]);
    // Must not: a new clause's cases with a change are the cases that occurred.
    expect(metrics("泸州市公安局\n2022年,破获刑事案件400件,刑事案件同比下降5%。", "2023-01-10")).toEqual(["police.criminal_cases.solved", "police.criminal_cases.occurred@yoy_pct"]);
  });
  it("reads collective honours said with 获…表彰", () => {
    expect(metrics("青岛市中级人民法院\n2023年,全市法院共有102个集体、170名个人获市级以上表彰。", "2024-01-31")).toEqual(["any.awards.collective", "any.awards.individual"]);
  });
  it("reads 法定期限内结案率 as the rate within the time limit, and 一审 before the verb as the first instance", () => {
    expect(metrics("湖南省高级人民法院\n2019年,全省法院收案110.1万件,结案114.2万件,法定期限内结案率96.9%。", "2020-01-15")).toEqual(["court.cases.new", "court.cases.concluded", "court.cases.within_time_limit_rate"]);
    expect(metrics("湖南省高级人民法院\n2019年,一审审结刑事案件4.7万件。", "2020-01-15")).toEqual(["court.cases.concluded.criminal_first_instance"]);
    // Must not: 一审 of another clause leaves the type as said.
    expect(metrics("湖南省高级人民法院\n2019年,审结刑事案件4.7万件。", "2020-01-15")).toEqual(["court.cases.concluded.criminal"]);
  });
});

describe("a staffing or building rate (c59, a71)", () => {
  const dates = (text: string) => extractText(text, { docDate: "2024-04-01" }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
  it("is a level at a moment, as a coverage is", () => {
    expect(dates("黑龙江省委政法委\n全省三级综治中心全部实体化运行,人员配备率分别达到88%、90%、91%。")).toEqual([["88%", null, "2024-04-01"], ["90%", null, "2024-04-01"], ["91%", null, "2024-04-01"]]);
  });
  it("is not a rate of work done over the period", () => {
    expect(dates("黑龙江省委政法委\n2023年,全省矛盾纠纷化解率达到97%。")).toEqual([["97%", "2023-01-01", "2023-12-31"]]);
  });
});

describe("things counted in 件 or 起 that are no cases (882, 974, 985)", () => {
  const kinds = (text: string) => extractText(text, { docDate: "2024-01-10" }).figures.map((f) => [f.text, f.kind]);
  it("counts violations, cases held up as examples and legal matters as things", () => {
    expect(kinds("青海省公安厅\n2023年,共查纠各类交通违法行为281万起。")).toEqual([["281万起", "count"]]);
    expect(kinds("郑州市人民检察院\n2023年,获评全国检察机关典型案例14件。")).toEqual([["14件", "count"]]);
    expect(kinds("安徽省司法厅\n2023年,全省律师办理非诉讼法律事务10977件。")).toEqual([["10977件", "count"]]);
  });
  it("keeps cases as cases", () => {
    expect(kinds("郑州市人民检察院\n2023年,共办理各类案件33973件,办理典型案件14件。")).toEqual([["33973件", "cases"], ["14件", "cases"]]);
  });
});

describe("batch b59's phrasings (c63, c65, c67, c68, c69, c71)", () => {
  it("tells the leads received from the leads concluded", () => {
    expect(metrics("石家庄市委政法委\n扫黑除恶:2018年全年共受理涉黑涉恶违法犯罪线索2914条,已作出核查结论2079条。", "2019-01-28")).toEqual(["other", "plac.anti_gang.leads"]);
    expect(metrics("浑源县扫黑办\n自2018年以来,浑源县共收到各类涉黑恶线索219件。", "2020-12-03")).toEqual(["other"]);
    expect(metrics("浑源县扫黑办\n自2018年以来,浑源县累计核查办结各类涉黑恶线索210件。", "2020-12-03")).toEqual(["plac.anti_gang.leads"]);
  });
  it("reads the procuratorate's 假官司, its protests and retrial recommendations together, and its cases against judicial staff", () => {
    expect(metrics("贵州省人民检察院\n2020年,全省检察机关发现“假官司”623件,提出抗诉和再审检察建议735件,直接立案查处司法人员职务犯罪59人。", "2021-02-04")).toEqual([
      "procuratorate.false_litigation", "procuratorate.judgment_supervision.opinions", "procuratorate.judicial_staff_crimes",
    ]);
    // Must not: retrial recommendations alone keep their key.
    expect(metrics("贵州省人民检察院\n2020年,全省检察机关提出再审检察建议735件。", "2021-02-04")).toEqual(["procuratorate.retrial_recommendations"]);
  });
  it("reads the police's 共立各类…案件 as cases filed, and 生态保护犯罪, 涉食品犯罪 as their kinds", () => {
    expect(metrics("内蒙古自治区公安厅\n截至目前,共立各类破坏黄河流域生态保护犯罪案件404起,破获192起。", "2021-11-29")).toEqual(["police.criminal_cases.filed.environment", "police.criminal_cases.solved.environment"]);
    expect(extractText("内蒙古自治区公安厅\n截至目前,全区公安机关共办理涉食品犯罪刑事案件114起,破案97起。", { docDate: "2021-11-29" }).figures.map((f) => f.caseType)).toEqual(["food_drug", "food_drug"]);
  });
  it("reads cases tried said with those carried over as accepted, and 审理执行 as no enforcement type", () => {
    expect(metrics("湖口县人民法院\n一年来,湖口法院共审理各类案件2603件(含旧存),审、执结2149件。", "2017-02-17")).toEqual(["court.cases.accepted", "court.cases.concluded"]);
    expect(metrics("天津市高级人民法院\n2023年,天津全市法院共审理执行各类涉京冀案件2.98万余件。", "2024-01-17")).toEqual(["other"]);
  });
  it("counts a page printed again under itself, cut short, once (c69)", () => {
    const first = "本报讯 记者近日从贵州省人民检察院获悉,2020年度,贵州检察机关办理民事生效裁判监督案2062件,同比增长38.6%。全年立公益诉讼案6367件。";
    const again = "本报讯 记者近日从贵州省人民检察院获悉,2020年度,贵州检察机关办理民事生效裁判监督案2062件,同比增长38.6%。";
    expect(extractText(`${first}\n贵州检察机关专项监督\n${again}`, { docDate: "2021-02-04" }).figures.map((f) => f.text)).toEqual(["2062件", "38.6%", "6367件"]);
    // Must not: a paragraph that only begins as another does is counted.
    expect(extractText(`${again}\n本报讯 记者近日从贵州省人民检察院获悉,2020年度,全省起诉39490人。`, { docDate: "2021-02-04" }).figures.map((f) => f.text)).toEqual(["2062件", "38.6%", "39490人"]);
  });
  it("reads 每天24小时 as round the clock, no figure (c64)", () => {
    expect(extractText("炎陵县委政法委\n该县组建了由50人组成的治安巡防队,每天24小时在城区进行巡逻。", { docDate: "2014-12-27" }).figures.map((f) => f.text)).toEqual(["50人"]);
  });
  it("counts from a party congress's opening day, but not in paragraphs after one said of the party's work", () => {
    const dates = (text: string) => extractText(text, { docDate: "2021-09-08" }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
    expect(dates("黑龙江省司法厅\n党的十九大以来,全省办理法律援助案件1.56万件。")).toEqual([["1.56万件", "2017-10-18", "2021-09-08"]]);
    expect(dates("某市委政法委\n党的十八大以来,党中央把平安中国建设置于全局中谋划推进。\n全市组建新媒体矩阵,粉丝超1000万。")).toEqual([["超1000万", null, null]]);
  });
});

describe("案 as the measure of cases right before their persons (c68)", () => {
  it("reads 101案872人 as cases and persons; 案 alone measures nothing (30案 is no figure)", () => {
    const figures = extractText("石家庄市委政法委\n扫黑除恶:去年,全市提起公诉101案872人;一审判决78案634人。法院受理此类案30案。", { docDate: "2019-01-28" }).figures;
    expect(figures.map((f) => [f.text, f.kind])).toEqual([["101案", "cases"], ["872人", "persons"], ["78案", "cases"], ["634人", "persons"]]);
  });
});

describe("batch b60's phrasings (c73, c74, c75, c76, c77, c79)", () => {
  const dates = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
  it("reads legal aid's recipients in 人次 and its funding and staff as no recipients or investment", () => {
    expect(metrics("青海省司法厅\n2014年,全省投入法律援助经费达1073万元;共办理各类法律援助案件8079件,受援人总数达1.06万人次。全省法律援助机构人员发展到了170人。", "2015-04-08")).toEqual([
      "other", "justice.legal_aid.cases", "justice.legal_aid.recipients", "other",
    ]);
  });
  it("keeps the stock under community correction apart from those received in the year", () => {
    expect(metrics("福建省司法厅\n2018年,我省各级社区矫正机构累计接收社区服刑人员22872人,解除22255人,在矫24862人。", "2019-01-30")).toEqual(["other", "other", "justice.community_corrections"]);
  });
  it("reads people kept from being cheated as those dissuaded", () => {
    expect(metrics("公安部\n2021年,为群众累计紧急拦截涉案资金3265亿元,避免了2337万名群众受骗。", "2022-01-10")).toEqual(["police.fraud.funds_intercepted", "police.fraud.intercepted"]);
  });
  it("reads criminal and public-order reports or cases said together, with no 分别, as the criminal count with no kind", () => {
    expect(metrics("广州市公安局\n2015年,全市刑事、治安案件类警情同比下降5.9%。", "2016-01-10")).toEqual(["police.incidents.criminal@yoy_pct"]);
    expect(metrics("某市公安局\n2015年,刑事、治安案件发案率平均下降20%。", "2016-01-10")).toEqual(["police.criminal_cases.occurred@change_pct"]);
    // Must not: with 分别, each has its own.
    expect(metrics("广州市公安局\n2015年,全市刑事、治安警情同比分别下降10%、12%。", "2016-01-10")).toEqual(["police.incidents.criminal@yoy_pct", "police.incidents.public_order@yoy_pct"]);
  });
  it("reads the officers a court sends out as no police deployment", () => {
    expect(metrics("乌鲁木齐市中级人民法院\n2023年,两级法院开展集中执行14次,累计出动警力366人。", "2023-05-10")).toEqual(["other", "other"]);
    expect(metrics("乌鲁木齐市公安局\n2023年,全市累计出动警力366人次。", "2023-05-10")).toEqual(["police.officers.deployed"]);
  });
  it("reads criminal groups listed right after mafia-type organisations as anti-gang groups", () => {
    expect(metrics("晋江市公安局\n扫黑除恶:2018年,摧毁黑社会性质组织2个、犯罪集团3个。", "2018-09-05")).toEqual(["plac.anti_gang.organisations.mafia", "plac.anti_gang.organisations.gang"]);
  });
  it("reads a 24-hour line or team as round the clock and 110集中 as no episodes (c75, c81)", () => {
    const texts = (text: string) => extractText(text, { docDate: "2023-05-10" }).figures.map((f) => f.text);
    expect(texts("乌鲁木齐市中级人民法院\n米东区人民法院开通“执行110”24小时线索举报电话。银川公安成立24小时预警劝阻工作专班。\n米东执行110集中执行\n共拍摄普法短视频4集。")).toEqual(["4集"]);
  });
  it("takes the kind of a press conference on the state of one kind's protection for the figures (c80)", () => {
    const types = (text: string) => extractText(text, { docDate: "2022-05-21" }).figures.map((f) => f.caseType);
    expect(types("河北省去年新收一审各类知识产权案件9124件\n近日,河北省政府新闻办举行2021年全省法院知识产权司法保护状况新闻发布会。\n2021年,全省法院调解撤诉结案5869件。")).toEqual(["ip", "ip"]);
    // Must not: a conference on something else gives none.
    expect(types("河北省去年新收各类案件9124件\n近日,河北省政府新闻办举行2021年全省法院工作新闻发布会。\n2021年,全省法院调解撤诉结案5869件。")).toEqual([null, null]);
  });
  it("reads 提起诉讼 in a public-interest paragraph as the suits", () => {
    expect(metrics("张家界市人民检察院\n2018年,全市公益诉讼立案381件。提起诉讼2件。", "2019-01-11")).toEqual(["procuratorate.public_interest.filed", "procuratorate.public_interest.suits"]);
  });
  it("counts a date reached since undated work began from no start, and keeps a streak's start to its clause", () => {
    expect(dates("张家界市人民检察院\n全国检察机关全面开展公益诉讼工作以来,两级检察院多措并举。截至2018年12月,两级院立案381件。", "2019-01-11")).toEqual([["381件", null, "2018-12-31"]]);
    expect(dates("公安部\n2021年,电信网络诈骗犯罪案件自去年6月以来立案数连续6个月同比下降,为群众累计紧急拦截涉案资金3265亿元。", "2022-01-10")).toEqual([
      ["6个月", "2021-07-01", "2021-12-31"], ["3265亿元", "2021-01-01", "2021-12-31"],
    ]);
  });
});

describe("batch b61's phrasings (c86, c90)", () => {
  const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart, f.periodEnd]);
  it("reads a span of days with their hours, and the persons an accident left dead", () => {
    expect(read("新疆公安厅交警总队\n1月27日0时至2月2日11时,新疆共发生一般道路交通事故36起,造成11人死亡,43人受伤。", "2017-02-03")).toEqual([
      ["36起", "police.traffic.accidents", "2017-01-27", "2017-02-02"], ["11人", "police.traffic.deaths", "2017-01-27", "2017-02-02"], ["43人", "police.traffic.injuries", "2017-01-27", "2017-02-02"],
    ]);
  });
  it("carries a first instance said with a broad type along its list, and reads a month to the end of that year", () => {
    expect(read("南阳市中级人民法院\n2015年全市法院新收各类一审行政案件1120件,审结962件,结案率为85.9%。", "2016-07-27").map((f) => f[1])).toEqual([
      "court.cases.new.administrative_first_instance", "court.cases.concluded.administrative_first_instance", "court.cases.clearance_rate.administrative_first_instance",
    ]);
    expect(read("南阳市中级人民法院\n2015年5月至当年底,我市共有383件行政案件被告行政机关的负责人出庭应诉。", "2016-07-27")).toEqual([["383件", "other", "2015-05-01", "2015-12-31"]]);
  });
});

describe("lists of counted nouns (959, 839, b93)", () => {
  const read = (text: string) => extractText(text, { docDate: "2022-06-01" }).figures.map((f) => [f.text, f.label, f.metric]);
  it("ends an item's noun where the next number starts, and does not read the noun before as this one's", () => {
    expect(read("内蒙古自治区司法厅\n全区有1046个司法所、633个律师事务所、118个公证处、53个司法鉴定机构。")).toEqual([
      ["1046个", "全区有司法所", "other"], ["633个", "律师事务所", "justice.law_firms"], ["118个", "公证处", "other"], ["53个", "司法鉴定机构", "other"],
    ]);
  });
  it("gives groups listed before one verb what that verb counts", () => {
    expect(read("舒兰市司法局\n5年来,为1038名困难群众、50名残疾人、124名老年人、8名军人军属提供法律援助。").map((f) => f[2])).toEqual(Array(4).fill("justice.legal_aid.recipients"));
    // Must not: a list of nouns with no verb after it keeps each item's own.
    expect(read("舒兰市司法局\n全市共有50名律师、124名公证员。").map((f) => f[2])).not.toContain("justice.legal_aid.recipients");
  });
});

describe("a part of cases or persons that names no kind (decision 50; 842, c23, 608, 821)", () => {
  const read = (text: string) => extractText(text, { docDate: "2017-08-01" }).figures.map((f) => [f.text, f.metric]);
  it("reads a part by rank, outcome or age as other", () => {
    expect(read("河南省高级人民法院\n审结职务犯罪案件2508件,判处犯罪分子3599人,其中厅级以上干部23人,处级干部164人。").slice(2)).toEqual([["23人", "other"], ["164人", "other"]]);
    expect(read("武汉市中级人民法院\n受理抗诉案件61件,审结59件,其中,维持32件,改判10件。").slice(2).map((f) => f[1])).toEqual(["other", "other"]);
    expect(read("琼山公安分局\n立各类刑事案件2457起,其中立现案2238起。")[1]).toEqual(["2238起", "other"]);
  });
  it("keeps a part named by a case type, an instance or a body as the whole's", () => {
    expect(read("郴州市中级人民法院\n受理涉执案件49744件,其中首执案件28563件。")[1]).toEqual(["28563件", "court.cases.accepted.enforcement"]);
    expect(read("濮阳市中级人民法院\n全市法院共受理民事案件26567件,其中一审案件19541件。")[1]).toEqual(["19541件", "court.cases.accepted.civil_first_instance"]);
    expect(read("某市人民法院\n全市法院共受理案件26567件,其中刑事案件1954件。")[1]).toEqual(["1954件", "court.cases.accepted.criminal"]);
  });
});

describe("rules held to the bodies, units and parts their figures are of (tuned audit)", () => {
  const metrics = (text: string, docDate = "2023-06-01") => extractText(text, { docDate }).figures.map((f) => f.metric);
  it("keeps disputes resolved to the 政法委 and the police, not a court's or a justice bureau's mediation", () => {
    expect(metrics("甘肃省公安厅\n2024年,甘肃公安排查化解矛盾纠纷12.5万起。")).toEqual(["plac.disputes.resolved"]);
    expect(metrics("青岛市中级人民法院\n2022年,全市法院聚焦重点领域化解纠纷7.4万件。")).toEqual(["other"]);
  });
  it("counts household and exit-entry services handled, not kinds of service offered or windows", () => {
    expect(metrics("哈尔滨市公安局\n户政部门的78项户籍业务全部实现网上预约服务;全市19个出入境窗口办证时间10分钟。").slice(0, 2)).toEqual(["other", "other"]);
    expect(metrics("哈尔滨市公安局\n全年办理户籍业务12万件。")).toEqual(["police.public_service.items"]);
  });
  it("reads calls of one kind as a part, and their shares as shares of the calls", () => {
    expect(metrics("淮南市公安局\n全市纠纷类、打架斗殴类警情环比分别下降16.07%、17.83%。")).toEqual(["other", "other"]);
    expect(metrics("德州市公安局\n全年接警8万起,其中纠纷类警情约占17%。")[1]).toBe("police.calls.received@share");
  });
  it("reads property seized in a sentence about gangs as the anti-gang campaign's", () => {
    expect(metrics("天津市委政法委\n本市全年新打掉涉黑恶犯罪团伙17个,查封扣押冻结资产1.52亿元。")[1]).toBe("plac.anti_gang.assets");
    expect(metrics("天津市公安局\n全年破获电信网络诈骗案件100起,查封扣押冻结资产1.52亿元。")[1]).toBe("police.assets.seized.telecom_fraud");
  });
});

describe("the procuratorate's branches and columns (tuned audit)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2021-06-01" }).figures.map((f) => f.metric);
  it("reads 公益诉讼检察案件 in a list of branches as that branch of the cases handled, and 立案 as the cases opened", () => {
    expect(metrics("成都市人民检察院\n办理行政检察案件606件,办理公益诉讼检察案件1130件。")).toEqual(["procuratorate.cases.handled.administrative", "procuratorate.cases.handled.public_interest"]);
    expect(metrics("成都市人民检察院\n今年1至6月,全市检察机关共立案办理公益诉讼案件107件。")).toEqual(["procuratorate.public_interest.filed"]);
  });
  it("counts the supervision of sentences' execution in 件, not the persons corrected", () => {
    expect(metrics("安徽省人民检察院\n纠正减刑、假释、暂予监外执行不当721人。")).toEqual(["other"]);
    expect(metrics("苏州市人民检察院\n纠正监外执行不当18件。")).toEqual(["procuratorate.execution_supervision"]);
  });
});

describe("satisfaction with one service is no satisfaction with the 政法 bodies (tuned audit)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2025-01-17" }).figures.map((f) => f.metric);
  it("reads a service's satisfaction as other, the public's with the bodies as plac.satisfaction", () => {
    expect(metrics("宜昌市公安局\n群众对宜昌市交通管理满意度达到98.6%。")).toEqual(["other"]);
    expect(metrics("淮南市委政法委\n全市人民群众对政法机关满意度指数为91.91%。")).toEqual(["plac.satisfaction"]);
  });
});

describe("averages per head and counts of indicators (c83, c93, c88)", () => {
  const metrics = (text: string, date = "2019-02-19") => extractText(text, { docDate: date }).figures.map((f) => [f.text, f.metric]);
  it("reads an average per head as no count of the whole, except the judges' concluded cases", () => {
    expect(metrics("吉林省高级人民法院\n人均受案38.65件,同比上升13.81%;人均结案11.1件。")).toEqual([["38.65件", "other"], ["13.81%", "other"], ["11.1件", "court.cases.per_judge"]]);
    expect(metrics("柳州市城中区人民法院\n员额法官人均收案352件,结案240件。", "2021-10-01")).toEqual([["352件", "other"], ["240件", "court.cases.per_judge"]]);
    // Must not: the suspects both (均) rose, and officers who are not judges.
    expect(metrics("广州市公安局\n全市刑事拘留和逮捕“两抢”嫌疑人均同比上升9.4%。", "2018-07-20")[0][1]).not.toBe("other");
    expect(metrics("银川市金凤区人民法院\n第一批挂职干部人均收案449件,结案449件。", "2025-01-20")[1][1]).not.toBe("court.cases.per_judge");
  });
  it("reads a procuratorate's rank of cases per head as no rank of all its cases (a47)", () => {
    expect(metrics("西安市未央区人民检察院\n今年以来,以不足全市6%的人员,办理了全市13%的案件,人均办案量全省第一。", "2017-10-17").at(-1)).toEqual(["第一", "other"]);
  });
  it("reads a count of indicators as none of them", () => {
    expect(metrics("哈尔滨市公安局\n交通事故次、伤、亡、损四项指标分别下降。", "2006-01-23")).toEqual([["四项", "other"]]);
  });
});

describe("matters counted in 件 or 次 are not counted in 个, 项 or 家 (920, c48, 944)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2024-12-31" }).figures.map((f) => [f.text, f.metric]);
  it("reads places, kinds of service and bodies as no count of the matters handled", () => {
    expect(metrics("郑州市司法局\n“互联网+公证”服务模式实现6项公证业务网上预约。")).toEqual([["6项", "other"]]);
    expect(metrics("吉林省司法厅\n全省司法行政机关依托7个贫困县法律援助窗口和789个贫困村法律咨询网点开展调研。").map((f) => f[1])).toEqual(["other", "other"]);
    // Must not: the matters themselves, and documents, counted in either.
    expect(metrics("郑州市司法局\n全年办理公证业务1818件。")).toEqual([["1818件", "justice.notarisation"]]);
    expect(metrics("黔南州司法局\n对6个涉青少年教育的规范性文件进行合法性审查。")[0][1]).toBe("justice.normative_documents");
  });
});

describe("one offence said with the words that weigh it (c87)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2006-08-09" }).figures.map((f) => f.metric);
  it("reads cases of one offence no case type names as a part, whatever weighs them, and the suspects with them", () => {
    expect(metrics("公安部\n今年1至7月份,各地公安机关共破获重大地下钱庄案件5起,抓获犯罪嫌疑人27名。")).toEqual(["other", "other"]);
    // Must not: serious cases at large are the cases solved.
    expect(metrics("公安部\n今年1至7月份,各地公安机关共破获重大案件500起。")).toEqual(["police.criminal_cases.solved"]);
  });
});

describe("a topic of crimes named after an earlier figure of the clause (c92)", () => {
  it("reads the prosecutions under it as a part, as when it heads the clause", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2026-01-30" }).figures.map((f) => [f.text, f.metric]);
    expect(metrics("陕西省人民检察院\n2025年,制定落实20项措施服务保障文化强省建设,组织开展打击防范文物犯罪专项工作,起诉230人。")[1]).toEqual(["230人", "other"]);
    // Must not: crime at large after the figure before.
    expect(metrics("陕西省人民检察院\n2025年,制定落实20项措施,依法严厉打击严重刑事犯罪,起诉230人。")[1]).toEqual(["230人", "procuratorate.prosecution.decided"]);
  });
});

describe("a data sheet's quarter said in a digit on a line of its own (d01)", () => {
  it("frames the figures after it", () => {
    const dates = (text: string) => extractText(text, { docDate: "2024-07-11" }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
    expect(dates("检察机关业务工作基本情况\n(2023年 4季度)\n一、\n总体情况\n共受理各类案件292件。")).toEqual([["292件", "2023-10-01", "2023-12-31"]]);
    expect(dates("检察机关业务工作基本情况\n2023年第2季度,共受理各类案件292件。")).toEqual([["292件", "2023-04-01", "2023-06-30"]]);
    // Must not: a bracketed aside within a sentence frames nothing after it.
    expect(dates("检察机关业务工作基本情况\n共受理各类案件292件(2022年同期为200件)。\n审结250件。").at(-1)).toEqual(["250件", null, null]);
  });
});

describe("the half ahead that work is planned for (c97)", () => {
  it("frames no figure after it", () => {
    const dates = (text: string) => extractText(text, { docDate: "2023-07-21" }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
    expect(dates("定西市中级人民法院\n会议指出,上半年,全市法院各项工作稳中有进,为下半年工作打下了良好的基础。审判综合质效排名全省第三。")).toEqual([["第三", "2023-01-01", "2023-06-30"]]);
    // Must not: a half said of the work done still frames.
    expect(dates("定西市中级人民法院\n2022年下半年,全市法院各项工作稳中有进。审结案件300件。")).toEqual([["300件", "2022-07-01", "2022-12-31"]]);
  });
});

describe("a work report read to a people's congress, with no period said (d06)", () => {
  const dates = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.period, f.periodStart, f.periodEnd]);
  const page = "市六届人大六次会议举行第二次全体会议\n听取“两院”工作报告\n(上接第一版)全市法院受理各类案件148895件、审结135893件。";
  it("counts its figures in the year before the session, with no phrase said", () => {
    expect(dates(page, "2025-04-12")).toEqual([
      ["148895件", null, "2024-01-01", "2024-12-31"],
      ["135893件", null, "2024-01-01", "2024-12-31"],
    ]);
  });
  it("leaves a page from later in the year, or no report to a congress, without a period", () => {
    expect(dates(page, "2025-07-12").map((f) => f[2])).toEqual([null, null]);
    expect(dates("桂林市中级人民法院\n全市法院受理各类案件148895件、审结135893件。", "2025-04-12").map((f) => f[2])).toEqual([null, null]);
  });
});

describe("a year said of a named event (d11)", () => {
  it("frames nothing after it: the frame stays the period before", () => {
    const text = "乌兰察布市人民检察院工作报告\n2024年主要工作\n一年来,全市检察机关共有8个集体获表彰,市检察院第一检察部在2023年“两打”专项行动中受到表彰。\n一、以政治建设为统领\n主动向市委请示报告重大事项12件次。";
    const f = extractText(text, { docDate: "2025-02" }).figures.find((x) => x.text === "12件次")!;
    expect([f.periodStart, f.periodEnd]).toEqual(["2024-01-01", "2024-12-31"]);
  });
});

describe("截至目前 while the campaign against organised crime ran (d13, d15; decisions 40, 47)", () => {
  const dates = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
  it("is the campaign's in a paragraph on the campaign", () => {
    const text = "青岛发布平安青岛建设攻势进展情况白皮书\n记者了解到,白皮书对六大领域的战绩作了总结回顾。其中,聚焦涉黑涉恶重点、全力推进扫黑除恶破袭战方面,截至目前,青岛全市共打掉涉黑社会性质组织15个。";
    expect(dates(text, "2020-04-08")).toEqual([["15个", null, "2020-04-08"]]);
  });
  it("is the campaign's in a review of it written after it ended (d21)", () => {
    const text = "浙江三年回顾\n截至2020年12月底,全省公安机关共打掉黑恶团伙3400余个,刑拘犯罪嫌疑人39000余人;起诉涉黑涉恶案件2600余件。";
    expect(dates(text, "2021-03-28")).toEqual([
      ["3400余个", null, "2020-12-31"],
      ["39000余人", null, "2020-12-31"],
      ["2600余件", null, "2020-12-31"],
    ]);
  });
  it("is the year's in a police release's paragraph that does not name it", () => {
    const text = "东营市公安局用实际行动给群众实实在在的安全感\n11月10日,东营市公安局召开新闻发布会,就今年全市公安机关开展扫黑除恶专项斗争、防范打击电信网络诈骗犯罪等工作情况进行了通报。\n截至目前,东营市公安局破获各类刑事案件2802起,抓获犯罪嫌疑人1108名。";
    expect(dates(text, "2020-11-10")).toEqual([
      ["2802起", "2020-01-01", "2020-11-10"],
      ["1108名", "2020-01-01", "2020-11-10"],
    ]);
  });
});

describe("a sentence's topic, another kind after a semicolon, and the others of a list (d13, d15, d08, 940)", () => {
  const metrics = (text: string, docDate = "2020-11-10") => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);
  it("leaves the topic behind where a later part names another kind, not where it names crime at large", () => {
    expect(metrics("东营市公安局\n经过近三年的扫黑除恶专项斗争,东营市公安机关共打掉黑社会性质组织12个;反诈破案数同比上升21.5%;破获民生侵财类案件1900余起,打掉团伙28个。")).toEqual([
      ["12个", "plac.anti_gang.organisations.mafia"],
      ["21.5%", "police.criminal_cases.solved.telecom_fraud@yoy_pct"],
      ["1900余起", "police.criminal_cases.solved.property"],
      ["28个", "police.gangs.destroyed"],
    ]);
    expect(metrics("海南省扫黑除恶专项斗争新闻发布会\n截至2021年3月17日,海南省共打掉涉黑涉恶犯罪团伙314个;破获各类刑事案件3714起。", "2021-03-25").map((f) => f[1])).toEqual(["plac.anti_gang.organisations.gang", "police.criminal_cases.solved.gang"]);
  });
  it("keys the other groups of a list of gangs with no kind, and the 反诈骗中心 as a body, not a kind", () => {
    expect(metrics("青岛市\n截至目前,青岛全市共打掉涉黑社会性质组织15个、涉恶犯罪集团48个、其他犯罪团伙428个。", "2020-04-08").map((f) => f[1])).toEqual(["plac.anti_gang.organisations.mafia", "plac.anti_gang.organisations.evil_forces", "police.gangs.destroyed"]);
    expect(metrics("厦门市公安局\n在市反诈骗中心和全市警方的努力下,诈骗警情总体有所遏制,全市共接报8114起。", "2016-07-20").map((f) => f[1])).not.toContain("police.calls.received.telecom_fraud");
  });
});

describe("parts of a court's counts that no case type names (d10; decision 50)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2021-02-20" }).figures.map((f) => [f.text, f.metric]);
  it("reads cases enforced of one group, and the money recovered in them, as a part", () => {
    expect(metrics("河北省高级人民法院\n2020年,执结涉农民工工资案件6400余件,执行到位金额2.30亿元。")).toEqual([
      ["6400余件", "other"],
      ["2.30亿元", "other"],
    ]);
    expect(metrics("河北省高级人民法院\n2020年,执结案件6400余件,执行到位金额2.30亿元。")).toEqual([
      ["6400余件", "court.cases.concluded.enforcement"],
      ["2.30亿元", "court.enforcement.amount_recovered"],
    ]);
  });
  it("reads a list item of crimes of no one type as a part, and 枪支 crimes as firearms", () => {
    expect(metrics("河北省高级人民法院\n2020年,审结严重暴力犯罪案件2981件,涉枪涉爆、涉赌涉黄犯罪案件1964件。")).toEqual([
      ["2981件", "court.cases.concluded.violent"],
      ["1964件", "other"],
    ]);
    expect(metrics("城关区人民法院\n2020年,审结危险驾驶罪案件21件,非法制造枪支罪案件1件。").map((f) => f[1])).toEqual(["court.cases.concluded.traffic", "court.cases.concluded.firearms"]);
  });
});

describe("years said for one topic inside a paragraph of a year's report (d10)", () => {
  it("frame no later paragraph", () => {
    const text = "河北省高级人民法院工作报告\n2020年,全省法院受理案件117.65万件。\n依法惩罚犯罪。严惩黑恶势力犯罪,三年来,一审审结涉黑案210件。\n依法服务三大攻坚战,审结一审环境资源案件4517件。";
    const f = extractText(text, { docDate: "2021-02-20" }).figures.map((x) => [x.text, x.periodStart, x.periodEnd]);
    expect(f).toEqual([
      ["117.65万件", "2020-01-01", "2020-12-31"],
      ["210件", "2018-01-01", "2020-12-31"],
      ["4517件", "2020-01-01", "2020-12-31"],
    ]);
  });
});

describe("a list's items in 宗 (d14, b45)", () => {
  it("count cases when the item before does", () => {
    const f = extractText("坪山区法律援助中心\n2022年共受理法律援助案件1428宗(民事法律援助案件381宗、行政法律援助案件1宗、法律帮助804宗)。", { docDate: "2023-06-20" }).figures;
    expect(f.map((x) => [x.text, x.kind])).toEqual([["1428宗", "cases"], ["381宗", "cases"], ["1宗", "cases"], ["804宗", "cases"]]);
    expect(extractText("陆丰市公安局\n今年陆丰共立毒品案件261宗,破获224宗。", { docDate: "2016-06-20" }).figures.map((x) => x.kind)).toEqual(["cases", "cases"]);
  });
});

describe("a part after 其中 counted in another kind than its whole (d06, 102)", () => {
  it("is no part of cases or persons", () => {
    const f = extractText("最高人民法院\n2022年,基层法院的员额法官人均结案274件,其中有9个省(区、市)的基层法院人均结案量超过300件。", { docDate: "2023-03-01" }).figures;
    expect(f.find((x) => x.text === "9个")!.metric).toBe("other");
    const g = extractText("某市人民检察院\n2022年,制发诉前检察建议10件,其中直接送达9件。", { docDate: "2023-03-01" }).figures;
    // (A part by the way it was done, 直接送达, is one no key names: decision 52.)
    expect(g.map((x) => x.indicator)).toEqual(["procuratorate.public_interest.pre_suit", "other"]);
  });
});

describe("the cases of a topic said as examples under a group (d10, 813; decision 50)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2021-02-20" }).figures.map((f) => f.metric);
  it("are a part when the group has no case type; the examples' own kind holds under crime at large", () => {
    expect(metrics("河北省高级人民法院\n2020年,严惩重大责任事故、危险驾驶等危害公共安全行为,审结相关案件1.95万件。")).toEqual(["other"]);
    expect(metrics("湖北省高级人民法院\n2020年,依法惩治侵害企业权益、诋毁企业信誉等犯罪,审结相关案件1703件。")).toEqual(["court.cases.concluded.enterprise"]);
  });
});

describe("two kinds of crime joined by 和 (209; decision 50)", () => {
  it("are counted together, a part no key names; one kind with crime at large is not", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2023-01-20" }).figures.map((f) => f.metric);
    expect(metrics("广州市人民检察院\n2022年,聚焦超大城市公共安全问题,起诉寄递毒品和枪支弹药爆炸物犯罪68人。")).toEqual(["other"]);
    expect(metrics("广州市人民检察院\n2022年,起诉毒品犯罪68人。")).toEqual(["procuratorate.prosecution.decided.drugs"]);
  });
});

describe("cold cases of one crime and cases a ministry supervises (917, a37, c96; decision 50)", () => {
  it("are a part of the cases solved; cold cases at large are not", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2021-12-20" }).figures.map((f) => f.metric);
    expect(metrics("广西壮族自治区公安厅\n截至目前,全区共侦破拐卖儿童积案31起,抓获犯罪嫌疑人34人。")).toEqual(["other", "other"]);
    expect(metrics("连云港市公安局\n2021年,先后侦破15起部省督办案件。")).toEqual(["other"]);
    expect(metrics("连云港市公安局\n2021年,共侦破各类积案31起。")).not.toEqual(["other"]);
  });
});

describe("a year a multiple is of (d18)", () => {
  it("is the base compared with: no period of the figures, and no frame for what follows", () => {
    const text = "2015年全国法院审判执行情况\n2015年,全国法院新收各类案件17659861件。\n(二)新收一审案件数量首次突破千万件,同比增幅接近2014年的3倍。\n新收刑事一审案件1126748件。";
    const f = extractText(text, { docDate: "2016-05-06" }).figures.map((x) => [x.text, x.periodStart]);
    expect(f).toEqual([["17659861件", "2015-01-01"], ["千万件", "2015-01-01"], ["3倍", "2015-01-01"], ["1126748件", "2015-01-01"]]);
  });
});

describe("a text that says its changes are year-on-year from there on (d18)", () => {
  it("makes every bare change after the declaration a change on a year earlier", () => {
    const text = "2015年全国法院审判执行情况\n2015年,全国法院新收各类案件17659861件,上升22.81%(指同比,下同)。审执结案件16713793件,上升21.14%。";
    expect(extractText(text, { docDate: "2016-05-06" }).figures.map((x) => x.statistic)).toEqual(["value", "yoy_pct", "value", "yoy_pct"]);
    expect(extractText("某法院\n2015年,新收案件100件,上升2%。", { docDate: "2016-05-06" }).figures.map((x) => x.statistic)).toEqual(["value", "change_pct"]);
  });
});

describe("months of two years said from 自 (d20)", () => {
  it("run from the first month to the end of the last", () => {
    const f = extractText("庆阳市中级人民法院\n庆阳两级法院自2019年1月至2020年9月共受理各类执行案件23303件。", { docDate: "2020-10-15" }).figures[0];
    expect([f.periodStart, f.periodEnd]).toEqual(["2019-01-01", "2020-09-30"]);
  });
});

describe("kinds of a court's cases and what is no police count (801, d18, b09, d20)", () => {
  const metrics = (text: string, docDate = "2016-05-06") => extractText(text, { docDate }).figures.map((f) => f.metric);
  it("reads 行政一审 as the first instance of administrative cases, and kinds listed before 等各类案件 as all cases", () => {
    expect(metrics("最高人民法院\n2015年,审结行政一审案件220398件。")).toEqual(["court.cases.concluded.administrative_first_instance"]);
    expect(metrics("黑龙江省高级人民法院\n2006年,全省法院共收刑事、民商事、行政一审、二审、再审案件和国家赔偿、执行、申诉复查等各类案件321 146件。", "2007-03-01")).toEqual(["court.cases.new"]);
  });
  it("keeps disputes over traffic accidents and a court's 执行信访办结率 out of the police's and the 政法委's keys", () => {
    expect(metrics("闵行区司法局\n2015年,调解交通事故纠纷6569件。")).not.toContain("police.traffic.accidents");
    expect(metrics("庆阳市中级人民法院\n2020年,执行信访办结率100%。")).toEqual(["other"]);
  });
});

describe("a band of sentences, and the share right after a figure no key names (d18, a18, b27)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2016-05-06" }).figures.map((f) => [f.text, f.metric]);
  it("reads the persons of one band as a part, and a share right after an unnamed figure as its own", () => {
    expect(metrics("新昌县人民法院\n2017年,判处罪犯704人,其中判处三年以上有期徒刑97人。")).toEqual([["704人", "court.sentenced.persons"], ["97人", "other"]]);
    expect(metrics("最高人民法院\n2015年,判决生效被告人1232695人;宣告无罪1039人,占0.08%。")).toEqual([["1232695人", "court.sentenced.persons"], ["1039人", "other"], ["0.08%", "other"]]);
    expect(metrics("福建省高级人民法院\n2025年,一审审结相关案件191件,判处159名罪犯有期徒刑。").map((f) => f[1])).not.toContain("other");
  });
});

describe("cases solved of a crime the clause names, said with 破案, and the money recovered in them (d12; decision 50)", () => {
  it("are a part, and so is the money after it; a campaign's 破案 is not", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2024-01-03" }).figures.map((f) => f.metric);
    expect(metrics("山西省公安厅\n2023年,依法坚决打击拒不支付劳动报酬犯罪,共破案41起,追回拖欠工资1294万元。")).toEqual(["other", "other"]);
    expect(metrics("山西省公安厅\n2023年,开展夏季行动,共破案41起,追回被骗资金1294万元。")).toEqual(["police.criminal_cases.solved", "police.losses.recovered"]);
  });
});

describe("a part of a sentence after a semicolon whose verb is another body's work (d21)", () => {
  it("is the reporter's again, not the body the sentence named first", () => {
    const text = "浙江省委政法委\n截至2020年12月底,全省公安机关共打掉黑恶团伙3400余个;起诉涉黑涉恶案件2600余件14100余人,一审判决涉黑涉恶案件2400余件。";
    const f = extractText(text, { docDate: "2021-03-28" }).figures.map((x) => [x.text, x.institution]);
    expect(f).toEqual([["3400余个", "police"], ["2600余件", "plac"], ["14100余人", "plac"], ["2400余件", "plac"]]);
  });
});

describe("items of one kind each after a semicolon, with their rates (d28, c33, 864)", () => {
  it("share the first item's verb", () => {
    const text = "临夏州中级人民法院\n2020年,其中受理各类刑事案件1814件,结案率为93.94%;各类民商事案件19401件,结案率为95.66%;行政案件290件,结案率为97.93%;执行案件8876件,结案率为95.78%。";
    const f = extractText(text, { docDate: "2021-02-25" }).figures.filter((x) => x.unit === "件").map((x) => x.metric);
    expect(f).toEqual(["court.cases.accepted.criminal", "court.cases.accepted.civil_commercial", "court.cases.accepted.administrative", "court.cases.accepted.enforcement"]);
  });
});

describe("a kind the courts name but no case type covers, said before the verb, and the count after it (d27; decision 50)", () => {
  it("are parts", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2023-06-16" }).figures.map((f) => f.metric);
    expect(metrics("浙江省高级人民法院\n2018年至2022年,全省法院金融案件一审收案总数116.79万件,一审结案总数119.98万件。")).toEqual(["other", "other"]);
    expect(metrics("浙江省高级人民法院\n2018年至2022年,全省法院一审收案总数116.79万件,一审结案总数119.98万件。")).toEqual(["court.cases.new", "court.cases.concluded"]);
  });
});

describe("the 12348 line's own calls, not every platform's services, nor a court's 12368 line (d25, 960, b43, 943)", () => {
  it("keys only the line's figure", () => {
    const metrics = (text: string, docDate = "2018-07-26") => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);
    expect(metrics("天津市司法局\n2018年7月16日-7月22日,天津市公共法律总计提供服务2597人次,其中各级实体平台共计服务1601人次;通过12348公共法律服务热线提供法律帮助996人次。")).toEqual([
      ["2597人次", "other"],
      ["1601人次", "other"],
      ["996人次", "justice.hotline.calls"],
    ]);
    expect(metrics("最高人民法院\n前三季度,全国法院通过12368诉讼服务热线解决群众诉求1894.9万件。", "2023-10-20")[0][1]).toBe("other");
  });
});

describe("从 before a province's name (799)", () => {
  it("opens the source, it is not 贵州's 从江县; 从江县人民法院 keeps its place", () => {
    const places = (text: string) => extractText(text, { docDate: "2023-06-29" }).figures.map((f) => [f.province, f.county]);
    expect(places("江苏2022年行政审判工作情况发布\n6月28日,记者从江苏省高级人民法院获悉,2022年,江苏全省法院新收各类行政诉讼案件38061件。")).toEqual([["江苏省", null]]);
    expect(places("从江县人民法院\n2022年,从江县人民法院新收各类案件3806件。")).toEqual([["贵州省", "从江县"]]);
  });
});

describe("a court's figure and a procuratorate's key (895, d31, 821)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2018-01-20" }).figures.map((f) => [f.text, f.metric]);
  it("keys no court's figure with a procuratorate's measure of the same words", () => {
    expect(metrics("天津市河东区人民法院\n积极开展认罪认罚从宽制度试点工作,适用认罪认罚从宽案件361件,占刑事结案数的68%。")).toEqual([
      ["361件", "other"],
      ["68%", "other"],
    ]);
    // Must not: the procuratorate's own cases of the same words keep its key.
    expect(metrics("天津市河东区人民检察院\n积极开展认罪认罚从宽制度试点工作,适用认罪认罚从宽案件361件。")).toEqual([["361件", "procuratorate.plea_leniency.cases"]]);
  });
});

describe("what occurred, named after the number (发生【141起】命案, 605)", () => {
  it("is the occurrence of that kind, as 发生命案141起 would be", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2018-01-10" }).figures.map((f) => [f.text, f.metric]);
    expect(metrics("哈尔滨市公安局\n2017年哈市共发生141起命案,现案破案率达到100%。")[0]).toEqual(["141起", "police.criminal_cases.occurred.homicide"]);
    expect(metrics("哈尔滨市公安局\n2017年哈市共发生命案141起。")[0]).toEqual(["141起", "police.criminal_cases.occurred.homicide"]);
  });
});

describe("an index that has no unit (604, 742, 946, 966, 988, a17)", () => {
  const figures = (text: string) => extractText(text, { docDate: "2021-12-10" }).figures.map((f) => [f.text, f.kind, f.metric]);
  it("is a figure when the index is named right before its value", () => {
    expect(figures("黄梅县人民检察院\n本院2021年1-11月“案-件比”为106.33。")).toEqual([["106.33", "ratio", "procuratorate.cases.case_ratio"]]);
    expect(figures("剑河县公安局\n2016年剑河发案320起,万人发案率11.43,低于全省平均水平。")[1]).toEqual(["11.43", "ratio", "police.criminal_cases.occurred_per_100k"]);
    expect(figures("天津市第二中级人民法院\n2012年该院综合指数为83.12。")).toEqual([["83.12", "count", "other"]]);
  });
  it("is not, when a bare number only follows such a word at a distance or a list marker stands alone", () => {
    expect(figures("黄梅县人民检察院\n案-件比是衡量办案质效的指标,全院共有12项指标。")).toEqual([["12项", "count", "other"]]);
    expect(figures("黄梅县人民检察院\n综合指数提升的原因:1是加强管理。")).toEqual([]);
  });
});

describe("persons counted before a word that ends in 案 (953)", () => {
  it("are counted: 涉案 is no case's name, 胡某某等27人涉黑案 still is", () => {
    const texts = (text: string) => extractText(text, { docDate: "2021-07-10" }).figures.map((f) => f.text);
    expect(texts("广州市公安局\n对黑名单银行卡开卡人2.8万多人和涉案电话卡开卡人125人实施惩戒措施。")).toEqual(["2.8万多人", "125人"]);
    expect(texts("广州市公安局\n依法审理胡某某等27人涉黑案。")).toEqual([]);
  });
});

describe("a reach counted in persons or times after 阅读量 or 访问量 (944, b79, d25)", () => {
  it("is a figure; a page's bare counter is not", () => {
    const texts = (text: string) => extractText(text, { docDate: "2025-10-10" }).figures.map((f) => f.text);
    expect(texts("青海省司法厅\n“青海普法”新媒体矩阵推送资讯8.35万余篇,阅读量超8.27亿人次。")).toEqual(["8.35万余篇", "超8.27亿人次"]);
    expect(texts("甘肃省司法厅\n访问量:1195\n发布时间:2019-08-12")).toEqual([]);
  });
});

describe("kinds counted in 种 (989, 863)", () => {
  it("are figures in digits; in words they say how work is organised", () => {
    const texts = (text: string) => extractText(text, { docDate: "2022-06-23" }).figures.map((f) => f.text);
    expect(texts("公安部\n新增列管易制毒化学品15种;截至目前,我国已列管449种麻醉品、精神物质。")).toEqual(["15种", "449种"]);
    expect(texts("公安部\n探索形成三种模式,推出一种新型机制。")).toEqual([]);
  });
});

describe("parts referred back to and carried to the next step (802, 829, 876, 742; decision 50)", () => {
  const metrics = (text: string, docDate = "2022-01-20") => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);
  it("reads the next step said with its verb alone, right after a part no key names, as the same part (802)", () => {
    expect(metrics("黄冈市人民检察院\n积极参与脱贫攻坚和乡村振兴,批捕扶贫领域犯罪13人,起诉20人;开展司法救助助力脱贫攻坚和乡村振兴专项活动,司法救助325人。")).toEqual([
      ["13人", "other"],
      ["20人", "other"],
      ["325人", "other"],
    ]);
    // Must not: after a whole; after a clause of its own naming what it counts (974).
    expect(metrics("黄冈市人民检察院\n批捕各类犯罪嫌疑人5539人,起诉11946人。")).toEqual([
      ["5539人", "procuratorate.arrests.approved"],
      ["11946人", "procuratorate.prosecution.decided"],
    ]);
    expect(metrics("郑州市人民检察院\n严厉打击危害国家安全、政治安全和邪教活动等犯罪,起诉21人;从严从重惩治故意杀人、抢劫等严重暴力犯罪,起诉215人。")[1]).toEqual(["215人", "procuratorate.prosecution.decided.violent"]);
  });
  it("reads 上述 cases of kinds listed before as a part, unless one group listed in the sentence names them (829, 876, 742)", () => {
    const text = "保亭县人民检察院\n同时县检察院还依法从重从快打击严重暴力犯罪、“两抢一盗”等多发性犯罪和毒品犯罪。今年以来,批准逮捕上述犯罪嫌疑人26人,起诉27人。";
    expect(metrics(text, "2014-11-01")[0]).toEqual(["26人", "other"]);
    expect(metrics("北京市西城区人民法院\n二是严厉打击抢劫、故意伤害等暴力犯罪和盗窃、抢夺、诈骗等多发性侵财犯罪,共审结上述案件513件,判处罪犯625人。", "2015-01-20")[0]).toEqual(["513件", "other"]);
    expect(metrics("广州市天河区人民法院\n保障人民群众财产安全,重点打击盗窃、抢劫、抢夺、诈骗等多发性侵财犯罪,审结上述案件1115件,判处罪犯1354人。", "2016-01-20")[0]).toEqual(["1115件", "court.cases.concluded.property"]);
  });
});

describe("the cases related to a topic (c92, d32, d31, 906; decision 50)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2025-01-20" }).figures.map((f) => [f.text, f.metric]);
  it("reads 办理相关案件 of a topic no case type names as a part, and of a topic that names one as that kind", () => {
    expect(metrics("赣州市人民检察院\n全市检察机关聚焦以“苏区红”为代表的红色资源系列保护,办理相关案件20件,督促保护红色遗址160处。")[0]).toEqual(["20件", "other"]);
    expect(metrics("陕西省人民检察院\n此外,充分发挥秦创原检察保护体系效能,制定侵犯商业秘密刑事案件证据指引,依法办理相关案件328件。")[0]).toEqual(["328件", "other"]);
    // Must not: a topic naming a kind (906).
    expect(metrics("某市中级人民法院\n依法惩治危害食品药品安全犯罪,审结相关案件429件。")[0]).toEqual(["429件", "court.cases.concluded.food_drug"]);
  });
});

describe("a province's numbered heading for serious violent crime (decision 64: 908, d58, 506, b26)", () => {
  const caseTypes = (text: string, docDate = "2024-01-20") => extractText(text, { docDate }).figures.map((f) => [f.text, f.caseType]);
  it("reads 8类刑事案件, 五类恶性刑事案件, “七类”案件 and “五类”案件 as violent", () => {
    expect(caseTypes("湖南省公安厅\n2023年,全省刑事、治安案件同比分别下降5.67%、13.73%;8类刑事案件同比下降17.4%。").at(-1)).toEqual(["17.4%", "violent"]);
    expect(caseTypes("宁波市公安局\n与此同时,强奸、放火等五类恶性刑事案件发案也同比下降1.9%,破案率达到98.1%。", "2014-07-20")).toEqual([
      ["1.9%", "violent"],
      ["98.1%", "violent"],
    ]);
    expect(caseTypes("兰州市委政法委\n全市上半年“七类”案件破案率保持在90%以上。", "2023-07-20")[0]).toEqual(["90%", "violent"]);
    expect(caseTypes("宁波市委政法委\n2016年,全市命案、“五类”案件破案率均达98.7%。", "2017-01-20")[0]).toEqual(["98.7%", "violent"]);
  });
  it("does not read 18类 or a list of eight kinds of civil cases as violent", () => {
    expect(caseTypes("安徽省高级人民法院\n牵头制定民间借贷纠纷等8类案件立案材料清单,受理案件120件。")[0][1]).not.toBe("violent");
  });
});

describe("a body named with the text's own place (我旗公安机关, 我市公安机关, 全旗: 936; decision 14)", () => {
  it("keys the figures it opens to that body, not to the 政法委 that reports them", () => {
    const bodies = (text: string) => extractText(text, { docDate: "2019-06-05" }).figures.map((f) => [f.text, f.institution]);
    const lead = "达拉特旗扫黑办\n本报讯(记者 付银兰)6月3日,我旗组织召开扫黑除恶专项斗争新闻发布会。\n";
    expect(bodies(lead + "截至目前,我旗公安机关破获涉黑涉恶类案件60起,打掉黑社会性质组织1个。")).toEqual([
      ["60起", "police"],
      ["1个", "police"],
    ]);
    expect(bodies(lead + "截至目前,全旗公安机关破获涉黑涉恶类案件60起。")).toEqual([["60起", "police"]]);
    // Must not: a figure no body opens stays the reporter's.
    expect(bodies(lead + "截至目前,全旗共打掉黑社会性质组织1个。")).toEqual([["1个", "plac"]]);
  });
});

describe("a rate named earlier in its clause, the nearest first (928)", () => {
  it("reads 政法队伍满意度从85.5%提高到95.92% as satisfaction after a 安全感 said before it", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2022-09-06" }).figures.map((f) => [f.text, f.metric]);
    expect(metrics("江苏省委政法委\n据了解,江苏全省群众安全感从2012年的94%提高到2022年上半年的99.14%,政法队伍满意度从85.5%提高到95.92%,始终保持全国前列。")).toEqual([
      ["94%", "plac.sense_of_security"],
      ["99.14%", "plac.sense_of_security"],
      ["85.5%", "plac.satisfaction"],
      ["95.92%", "plac.satisfaction"],
    ]);
  });
});

describe("a justice bureau's mediation figures (庆阳, a page of the eighteenth batch not kept: a second search never found it)", () => {
  it("reads the other committees of a breakdown as a part, like the village ones", () => {
    const metrics = extractText("庆阳市司法局\n全市建立各类调委会1879个,其中乡镇调委会122个、村(居)调委会1358个、其他调委会46个。", { docDate: "2015-09-06" }).figures.map((f) => [f.text, f.metric]);
    expect(metrics).toEqual([
      ["1879个", "justice.mediation.committees"],
      ["122个", "other"],
      ["1358个", "other"],
      ["46个", "other"],
    ]);
  });
});

describe("all of a topic no case type names (各类金融案件: r285; decision 50)", () => {
  it("reads 受理各类金融案件 as a part, like 审结各类涉农案件; not 受理各类案件", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2022-01-20" }).figures.map((f) => [f.text, f.metric]);
    expect(metrics("河南省高级人民法院\n2018年至2021年,全省法院共受理各类金融案件421841件。")).toEqual([["421841件", "other"]]);
    expect(metrics("河南省高级人民法院\n2018年至2021年,全省法院共受理各类案件421841件。")).toEqual([["421841件", "court.cases.accepted"]]);
  });
});

describe("a base in brackets after its level (受理各类案件2732件(2018年同期2051件): r304, 932)", () => {
  it("reads the bracket's level as the same measure a year earlier, and keeps it unnamed after an unnamed level", () => {
    const read = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric, f.periodStart]);
    expect(read("三江侗族自治县人民法院\n2019年,三江法院全年共受理各类案件2732件(2018年同期2051件),同比增长33.2%。", "2020-01-20")).toEqual([
      ["2732件", "court.cases.accepted", "2019-01-01"],
      ["2051件", "court.cases.accepted", "2018-01-01"],
      ["33.2%", "court.cases.accepted@yoy_pct", "2019-01-01"],
    ]);
    expect(read("吴忠市人民检察院\n二季度,民事检察部门发出再审检察建议6件(2021年同期0件);发出支持起诉意见书38件(2021年同期15件)。", "2022-07-20").map((f) => f.slice(0, 2))).toEqual([
      ["6件", "procuratorate.retrial_recommendations.civil"],
      ["0件", "procuratorate.retrial_recommendations.civil"],
      ["38件", "other"],
      ["15件", "other"],
    ]);
  });
});

describe("the level reached, said with its year (213, r301)", () => {
  it("gives 降至2021年的3154人 the indicator of the level it fell from", () => {
    const figs = extractText("云南省人民检察院\n严惩故意杀人等严重暴力犯罪,起诉36323人,起诉人数从2013年的5384人降至2021年的3154人。", { docDate: "2022-01-20" }).figures;
    expect(figs.map((f) => [f.text, f.indicator, f.periodStart])).toEqual([
      ["36323人", "procuratorate.prosecution.decided", null],
      ["5384人", "procuratorate.prosecution.decided", "2013-01-01"],
      ["3154人", "procuratorate.prosecution.decided", "2021-01-01"],
    ]);
  });
});

describe("changes said between levels by year (r281)", () => {
  it("gives 2021年较2020年增长11.1% the indicator of the levels before it", () => {
    const figs = extractText("山东省人民检察院\n2020年至2022年,全省检察机关办理起诉的侵犯知识产权犯罪人数分别为989人、1099人、1248人,2021年较2020年增长11.1%,2022年较2021年增加13.6%。", { docDate: "2023-04-26" }).figures;
    expect(figs.slice(3).map((f) => [f.text, f.indicator, f.caseType])).toEqual([
      ["11.1%", "procuratorate.prosecution.decided", "ip"],
      ["13.6%", "procuratorate.prosecution.decided", "ip"],
    ]);
  });
});

describe("procuratorates' figures in batch 17 of the reporter set (r270, r273)", () => {
  const metrics = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);
  it("reads cases named 典型案例 right after the number published as typical cases, whatever work the label names", () => {
    expect(metrics("内蒙古自治区人民检察院\n同时,会上还发布了内蒙古公益诉讼十大案例和八件典型案例。", "2019-12-31")).toEqual([["八件", "any.typical_cases"]]);
    // (…also with the cases' topic between the number and 典型案例, d73.)
    expect(metrics("山西省人民检察院\n当天,山西检方发布10起“服务保障企业复工复产‘十个一’”专项活动典型案例。", "2020-06-17")).toEqual([["10起", "any.typical_cases"]]);
    // Must not: a count of the work itself.
    expect(metrics("内蒙古自治区人民检察院\n全区检察机关立案公益诉讼案件1500件。", "2019-12-31")[0][1]).not.toBe("any.typical_cases");
  });
  it("reads the second of two changes said with one unit, the first a bare number, as a change (盗窃、入室盗窃破案率同比分别提升17.8、19.8个百分点: d74, d88)", () => {
    expect(extractText("重庆市公安局\n●盗窃、入室盗窃破案率同比分别提升17.8、19.8个百分点", { docDate: "2025-01-08" }).figures.map((f) => [f.text, f.metric])).toEqual([["19.8个百分点", "police.criminal_cases.clearance_rate.theft@yoy_pp"]]);
  });
  it("reads a change 同比 a year that is not the year before as a change on another base (同比2019年分别下降 in a review of 2021, d96), not 同比2021年 in 2022 (a11)", () => {
    const stats = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => f.statistic);
    expect(stats("温州市公安局\n记者从发布会上了解到,这一年来全市刑事、治安警情同比2019年分别下降15.22%、2.8%。", "2022-01-10")).toEqual(["change_pct", "change_pct"]);
    expect(stats("遂宁市公安局船山区分局\n今年6月以来,船山区共接警2716起,同比2021年下降4.3%。", "2022-09-05")[1]).toBe("yoy_pct");
  });
  it("reads persons named to an individual honour (被评为…先进个人, 优秀法官, 劳动模范) as individual awards (d90, 960)", () => {
    expect(metrics("常德市中级人民法院\n市中级人民法院执行局1名同志被评为全省法院先进个人,基层法院1名执行局长被评为全国优秀法官。", "2023").map((f) => f[1])).toEqual(["any.awards.individual", "any.awards.individual"]);
    // Must not: persons who took part in something about an honour.
    expect(metrics("常德市中级人民法院\n2名执行局长参加全省法院先进个人评选培训。", "2023")[0][1]).not.toBe("any.awards.individual");
  });
  it("reads what is said after a count of one kind of contract dispute, with no kind of its own, as that part (d91; decisions 59, 50)", () => {
    expect(metrics("西华县人民法院\n据通报显示,2022年全年,该院审理买卖合同纠纷案件共计448件,其中2021年旧存38件,2022年新收410件,审结447件,结案率达99.77%,平均审理天数36.67天。", "2023-04-26").map((f) => f[1])).toEqual(["other", "other", "other", "other", "other", "other"]);
    // Must not: a count that names its own kind after it.
    expect(metrics("西华县人民法院\n2022年,该院审理买卖合同纠纷案件448件,审结各类民事案件3000件。", "2023-04-26").map((f) => f[1])).toEqual(["other", "court.cases.concluded.civil"]);
  });
  it("reads cases above a sum, and the next items of their list, as parts no key names (d82; decision 52)", () => {
    expect(metrics("晋江市公安局\n2019年,全市共破万元以上诈骗案件538起,破5万元以上诈骗案件223起,破10万元以上诈骗案件121起。", "2020-01-21").map((f) => f[1])).toEqual(["other", "other", "other"]);
    // Must not: cases said with no sum.
    expect(metrics("晋江市公安局\n2019年,全市共破获诈骗案件538起。", "2020-01-21")[0][1]).toBe("police.criminal_cases.solved.fraud");
  });
  it("reads money handed back to victims (发还, 退还) as losses recovered, and 涉生态 cases as environmental (d78, 955, d72)", () => {
    expect(metrics("休宁县公安局\n6月15日8时许,休宁县公安局在其大院内举办打击整治成果展示暨退赃活动,现场向多名受害群众发还案值200多万元的赃物赃款。", "2023-06-18")).toEqual([["200多万元", "police.losses.recovered"]]);
    expect(metrics("福州市中级人民法院\n全市法院审结涉生态案件254件。", "2021-02-01")).toEqual([["254件", "court.cases.concluded.environment"]]);
  });
  it("does not read second-instance prosecution cases received (受理二审公诉案件) as prosecutions decided", () => {
    expect(metrics("中山市人民检察院\n年内受理审查起诉案件143件231人,提起公诉88件163人;受理二审公诉案件116件269人。", "2024-01-20")).toEqual([
      ["143件", "procuratorate.prosecution.received_cases"],
      ["231人", "procuratorate.prosecution.received"],
      ["88件", "procuratorate.prosecution.decided_cases"],
      ["163人", "procuratorate.prosecution.decided"],
      ["116件", "other"],
      ["269人", "other"],
    ]);
  });
});

describe("counts of the anti-gang campaign in batch 16 of the reporter set (r259, r260)", () => {
  const metrics = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.metric]);
  it("reads 黑社会犯罪团伙 as mafia-type, whatever the list said before it", () => {
    expect(metrics("唐河县公安局\n截至目前,全县摧毁恶势力集团4个、恶势力团伙3个,目前在侦黑社会犯罪团伙1个、恶势力集团3个。", "2018-10-16")).toEqual([
      ["4个", "plac.anti_gang.organisations.evil_forces"],
      ["3个", "plac.anti_gang.organisations.evil_forces"],
      ["1个", "plac.anti_gang.organisations.mafia"],
      ["3个", "plac.anti_gang.organisations.evil_forces"],
    ]);
  });
  it("does not count documents whose title names gangs as gangs", () => {
    expect(metrics("安康市扫黑办\n他们研究制订出台《依法惩处涉黑涉恶犯罪战果统计、强化协作配合工作机制》等规范性文件20余个,组织召开协调会30余次。", "2019-02-28")[0]).toEqual(["20余个", "other"]);
  });
});

describe("a kind said once before two verbs' counts (918)", () => {
  it("gives 破17起 after 其中命案立17起 the homicides' kind; not a 破 after a count of crime at large", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2010-07-20" }).figures.map((f) => [f.text, f.metric]);
    const text = "梧州市公安局\n上半年全市共立刑案5849起,破2076起,其中命案立17起、破17起。";
    expect(metrics(text)).toEqual([
      ["5849起", "police.criminal_cases.filed"],
      ["2076起", "police.criminal_cases.solved"],
      ["17起", "police.criminal_cases.filed.homicide"],
      ["17起", "police.criminal_cases.solved.homicide"],
    ]);
  });
});

describe("the suspects of one case named before them (d04, b05; decision 50)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2021-12-20" }).figures.map((f) => [f.text, f.metric]);
  it("reads them as a part of the suspects caught", () => {
    expect(metrics("扬州市公安局\n成功破获“4.01特大婚恋交友诈骗”案,抓获违法犯罪嫌疑人510名。")).toEqual([["510名", "other"]]);
    expect(metrics("绵阳市公安局\n损失50万元以上案件破案率达到100%,侦办“11·07专案”抓获嫌疑人280人。").at(-1)).toEqual(["280人", "other"]);
    // Must not: the suspects of all the cases solved.
    expect(metrics("扬州市公安局\n破获电诈案件1142起,抓获犯罪嫌疑人510名。")[1]).toEqual(["510名", "police.suspects.arrested.telecom_fraud"]);
  });
});

describe("cases said after the number, all solved (d58)", () => {
  it("reads 30起命案全部告破 as homicides solved; not 命案告破 alone", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2014-07-20" }).figures.map((f) => [f.text, f.metric]);
    expect(metrics("宁波市公安局\n值得注意的是,30起命案全部告破,且发案同比下降30.2%,为历年最低。")[0]).toEqual(["30起", "police.criminal_cases.solved.homicide"]);
  });
});

describe("cases of one crime named after the number solved (869, c87; decision 50)", () => {
  const metrics = (text: string) => extractText(text, { docDate: "2023-12-20" }).figures.map((f) => [f.text, f.metric]);
  it("reads 破获21起偷渡违法犯罪案件 and 破获5起地下钱庄案件 as parts, as the same words said before the number are", () => {
    expect(metrics("丽江市公安局\n破獲21起偷渡違法犯罪案件,打掉收販卡團伙21個。")[0]).toEqual(["21起", "other"]);
    expect(metrics("公安部\n今年破获5起地下钱庄案件。")[0]).toEqual(["5起", "other"]);
    // Must not: crime at large, a kind the vocabulary names, or no words at all.
    expect(metrics("丽江市公安局\n全年破获120起刑事案件,破获30起盗窃案件,破获3起案件。")).toEqual([
      ["120起", "police.criminal_cases.solved"],
      ["30起", "police.criminal_cases.solved.theft"],
      ["3起", "police.criminal_cases.solved"],
    ]);
  });
});

describe("parts of ten thousand and of a thousand (c88, a90, 742, c96)", () => {
  it("are percentages, in words or digits", () => {
    const figures = (text: string) => extractText(text, { docDate: "2005-01-10" }).figures.map((f) => [f.text, f.value, f.unit, f.kind]);
    expect(figures("哈尔滨市公安局\n去年全市人均发案由2004年的万分之三十二下降到万分之三十点五。")).toEqual([
      ["万分之三十二", 0.32, "%", "percent"],
      ["万分之三十点五", 0.305, "%", "percent"],
    ]);
    expect(figures("衡南县公安局\n实有民警448人,占户籍人口比为万分之3.96。")[1]).toEqual(["万分之3.96", 0.0396, "%", "percent"]);
    expect(figures("广州市天河区人民法院\n生效案件改判发回重审率0.24‰。")).toEqual([["0.24‰", 0.24, "‰", "percent"]]);
  });
  it("leave 万 that is a word or follows a number alone", () => {
    expect(extractText("哈尔滨市公安局\n走访万家企业,发放资料1.2万份。", { docDate: "2005-01-10" }).figures.map((f) => f.text)).toEqual(["1.2万份"]);
  });
});

describe("batch b69's texts (d40, d41, d43)", () => {
  it("leaves out the minutes of a rate's bound (1分钟内派警率, d40) and the years a gang held its ground (盘踞保山30余年, d43)", () => {
    const texts = (text: string) => extractText(text, { docDate: "2023-01-09" }).figures.map((f) => f.text);
    expect(texts("江西省公安厅\n110报警电话接通率、接听率和1分钟内派警率分别达到99.7%、100%、99.8%。")).toEqual(["99.7%", "100%", "99.8%"]);
    expect(texts("云南省委政法委\n移送司法机关668人,其中盘踞保山30余年、横行作恶的“乔氏家族”案。")).toEqual(["668人"]);
    // Must not: a farm that stood somewhere for years is no gang (004's reader counted them).
    expect(texts("深州市委政法委\n盘踞滏阳河畔十余年的养牛场被依法拆除。")).toEqual(["十余年"]);
  });
  it("counts calls to 110 as calls, not cases (d40)", () => {
    const f = extractText("江西省公安厅\n2022全年,江西公安110报警服务台共受理群众报警电话1031万起。", { docDate: "2023-01-09" }).figures[0];
    expect([f.text, f.kind, f.metric]).toEqual(["1031万起", "count", "police.calls.received"]);
  });
  it("reads a province's courts' first-instance judgments and the cases of gangs' protectors (d43)", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2021-05-10" }).figures.map((f) => [f.text, f.metric]);
    expect(metrics("云南省委政法委\n三年来,全省检察机关起诉涉黑涉恶犯罪案件1356件13095人,全省法院一审判决1236件12318人。").slice(2)).toEqual([
      ["1236件", "court.cases.concluded.gang"],
      ["12318人", "court.sentenced.persons.gang"],
    ]);
    expect(metrics("云南省委政法委\n三年来,审结涉“保护伞”案件159件,判处172名被告人刑罚。")).toEqual([
      ["159件", "court.cases.concluded.gang_protection"],
      ["172名", "court.sentenced.persons.gang_protection"],
    ]);
  });
  it("gives no period to later work from the years of what was inspected (近5年来法治建设情况的专项检查, d41)", () => {
    const text = "西湖区司法局2024年工作总结\n2024年以来,全区司法行政工作紧扣主题年要求。\n配合区委巡察完成对6个部门近5年来法治建设情况的专项检查。组织全区16个执法单位进行集中评查。";
    const f = extractText(text, { docDate: "2025-03-13" }).figures.find((x) => x.text === "16个")!;
    expect([f.periodStart, f.periodEnd]).toEqual(["2024-01-01", "2024-12-31"]);
  });
});

describe("sums said without 元 and cases per head (c87, 995, c89, a95, b33)", () => {
  const figures = (text: string) => extractText(text, { docDate: "2018-01-10" }).figures.map((f) => [f.text, f.kind, f.unit]);
  it("are money when a word of money stands right before the number, a verb between", () => {
    expect(figures("公安部\n经济犯罪涉案金额达580亿。")).toEqual([["580亿", "money", "元"]]);
    expect(figures("南昌市青山湖区委政法委\n南昌青山湖区投入1000多万打造“平安青山湖”。")).toEqual([["1000多万", "money", "元"]]);
    // Must not: a count with 万 after other words stays a count.
    expect(figures("公安部\n发放宣传资料达12万。")).toEqual([["12万", "count", null]]);
  });
  it("are rates when counted per ten thousand or per hundred thousand people", () => {
    expect(figures("公安部\n每十万人命案发生数为0.46起。")).toEqual([["0.46起", "ratio", "起"]]);
    expect(figures("滕州市司法局\n受理法律援助案件2959件,万人受援数18.8件。")).toEqual([["2959件", "cases", "件"], ["18.8件", "ratio", "件"]]);
  });
});

describe("things counted in 件 that are not cases (a34, c72, c32, a64, c44, d32; decisions 19 and 26)", () => {
  const kinds = (text: string) => extractText(text, { docDate: "2023-12-31" }).figures.map((f) => [f.text, f.kind]);
  it("are counts: decisions and their topics, contracts, consultations, drafts commented on, relics, examples chosen", () => {
    expect(kinds("青岛市司法局\n共审查市政府决策议题257件,政府合同70件,办理国家、省法律法规征求意见25件。")).toEqual([["257件", "count"], ["70件", "count"], ["25件", "count"]]);
    expect(kinds("三门县司法局\n完成涉法文件合法性审核64件,行政机关合同审查65件。")).toEqual([["64件", "count"], ["65件", "count"]]);
    expect(kinds("北京市公安局\n收缴各类文物384件。")).toEqual([["384件", "count"]]);
    expect(kinds("赣州市人民检察院\n共办理公益诉讼案件877件,9件获评全国典型案例。")).toEqual([["877件", "cases"], ["9件", "count"]]);
  });
});

describe("batch b70's texts (d44, d45, d46, d48)", () => {
  const texts = (text: string, docDate = "2015-06-28") => extractText(text, { docDate }).figures.map((f) => f.text);
  it("leaves out 千克 said as a kind of case, a sum that bounds the cases counted, and a national campaign's set length (d44, d46)", () => {
    expect(texts("昆明市公安局\n破获了一批大案要案,其中万克案件41起、千克案件118起,打掉贩毒团伙76个。")).toEqual(["41起", "118起", "76个"]);
    expect(texts("深圳市人民检察院\n2013年,深圳检察机关立案查办贪污贿赂犯罪255人,其中百万元以上贪污贿赂案件46人。", "2014-01-24")).toEqual(["255人", "46人"]);
    expect(texts("昆明市公安局\n从去年10月开始,全国公安机关启动了为期半年的“百城禁毒会战”。")).toEqual([]);
    // Must not: a body's own campaign of a set length is its figure (888, 409).
    expect(texts("晋中市公安局\n部署开展为期半年的夏夜治安巡查行动。")).toEqual(["半年"]);
  });
  it("reads 调解撤诉 said without 率 as the mediated-or-withdrawn rate (d45)", () => {
    const f = extractText("北京市高级人民法院\n2012年,北京法院民事审判案件的调解撤诉达到了59.8%。", { docDate: "2013-03-10" }).figures[0];
    expect(f.metric).toBe("court.cases.mediated_or_withdrawn_rate.civil");
  });
  it("does not read the crimes that bear on the sense of security as that sense (d48)", () => {
    const f = extractText("青岛市委政法委\n今年,影响公众安全感的入室盗窃、抢劫、抢夺等侵财类案件同比分别下降7.2%、4%和8.8%。", { docDate: "2005-11-25" }).figures;
    expect(f.map((x) => x.indicator)).not.toContain("plac.sense_of_security");
  });
});

describe("batch b71's texts (d50, d52, d54, d55)", () => {
  const texts = (text: string, docDate = "2015-01-07") => extractText(text, { docDate }).figures.map((f) => f.text);
  it("leaves out spans of years that frame the counts told in them (28年间, 前14年即…, 后14年逐年…, d52)", () => {
    expect(texts("山东省公安厅\n山东省自1986年登记第1例吸毒人员到现在的28年间,前14年即到2000年登记只有500多人;后14年逐年攀升,目前已达6.4万人。")).toEqual(["500多人", "6.4万人"]);
    // Must not: a time gained is a figure.
    expect(texts("山东省公安厅\n全省提前1年完成禁毒任务。")).toEqual(["1年"]);
  });
  it("leaves out one named defendant's sentence and the size of a home in a story (d54, d55)", () => {
    expect(texts("江山市人民法院\n判处罪犯319人。如在西山公园抢劫的被告人徐杨建被从重判处有期徒刑17年。", "2010-01-20")).toEqual(["319人"]);
    expect(texts("重庆市综治办\n沈阳男子曾令军在这不足20平方米的厕所小家生活了五年。", "2010-01-05")).toEqual([]);
  });
  it("gives a campaign's figures its span from the day it began to the day it ended, and 行动期间 the same (d50)", () => {
    const text = "南宁市兴宁区人民法院\n6月1日,兴宁区法院召开新闻发布会:自5月6日兴宁区法院“清案月”专项行动启动至5月27日止,该院共结案255件。\n行动期间,该院采取冻结、划拨、扣押措施70多次。";
    const spans = extractText(text, { docDate: "2016-06-01" }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
    expect(spans).toEqual([
      ["255件", "2016-05-06", "2016-05-27"],
      ["70多次", "2016-05-06", "2016-05-27"],
    ]);
  });
});

describe("batch b72's texts (d57, d60)", () => {
  it("leaves out the defendants of a case named by a name written with · and the victims of one named case (d57)", () => {
    const texts = (text: string) => extractText(text, { docDate: "2016-12-18" }).figures.map((f) => f.text);
    expect(texts("硚口区人民检察院\n批捕犯罪嫌疑人2017人,依法起诉了公安部督办的伊敏图尔荪·尼亚孜等15人组织、领导、参加黑社会性质组织案等。")).toEqual(["2017人"]);
    expect(texts("硚口区人民检察院\n对196件疑难复杂案件加强研判,成功办理了胡燕文利用天猫平台骗取400余名被害人钱财等一批新型网络犯罪案件。")).toEqual(["196件"]);
  });
  it("reads a change said with a space before its number (比上个五年分别增长 126.88%, d60)", () => {
    const f = extractText("安徽省高级人民法院\n2018至2022年,全省法院共受理各类案件 7983487 件,办结7951579件,比上个五年分别增长 126.88%、131.42%。", { docDate: "2023-01-14" }).figures;
    expect(f.filter((x) => x.unit === "%").map((x) => [x.text, x.statistic])).toEqual([
      ["126.88%", "change_pct"],
      ["131.42%", "change_pct"],
    ]);
  });
});

describe("batch b73's texts (d61–d63, d67)", () => {
  it("reads a change said before 的基础上 and a 降幅在 as changes, and a multiple of the years before or of a region's mean as one of a benchmark", () => {
    const f = extractText("山东省公安厅\n抢劫、抢夺案件发案率在去年下降25%的基础上,又下降12.97%;入室盗窃、盗窃机动车等案件降幅在5%以上。法官人均办案210件,是自治区平均数的2.5倍;办理各类行政检察监督案件13612件,是前三年的2.4倍。", { docDate: "2015-04-09" }).figures;
    expect(f.filter((x) => /[%倍]$/.test(x.text)).map((x) => [x.text, x.statistic])).toEqual([
      ["25%", "change_pct"],
      ["12.97%", "change_pct"],
      ["5%", "change_pct"],
      ["2.5倍", "ratio_to_benchmark"],
      ["2.4倍", "ratio_to_benchmark"],
    ]);
  });
  it("keys a count said before the words that make the cases examples (三宗…典型案例) as typical cases", () => {
    const text = "揭阳市扫黑除恶专项斗争新闻发布会召开\n11月1日上午,揭阳市扫黑除恶专项斗争新闻发布会在市区召开,通报我市近期宣判的三宗扫黑除恶专项斗争典型案例侦查、审判情况。";
    expect(metrics(text, "2019-11-01")).toEqual(["any.typical_cases"]);
    // Must not: three cases that are not called examples.
    expect(metrics("揭阳市公安局\n通报我市近期侦破的三宗涉恶案件。", "2019-11-01")).not.toContain("any.typical_cases");
  });
});

describe("batch b74's texts (d69, d70)", () => {
  it("keys drug money seized (查扣毒资), a pistol seized and a 司法局's disputes settled (成功化解), and leaves a 政法委's 成功化解 its own", () => {
    expect(metrics("长乐区公安局\n捣毁贩卖毒品团伙1个,查扣毒资15万元;抓获逃犯1名,缴获仿64手枪1支。", "2023-09-08")).toEqual(["police.gangs.destroyed.drugs", "police.assets.seized.drugs", "police.fugitives.arrested.drugs", "police.weapons.seized"]);
    expect(metrics("石泉县司法局\n参与人民调解420多件,成功化解矛盾纠纷382件。", "2017-12-19")).toEqual(["justice.mediation.disputes", "justice.mediation.successful"]);
    // Must not: a 政法委's 成功化解.
    expect(metrics("南华县委政法委\n累计排查矛盾纠纷3500件,成功化解3200件。", "2025-06-11")).not.toContain("justice.mediation.successful");
  });
});

describe("decisions 52–55: parts no key names", () => {
  it("leaves pending cases by age, a total split into 诉讼执行 and 非诉, and labour disputes other, keeping the whole", () => {
    expect(metrics("郑州市中级人民法院\n截止6月底,全市法院未结案件12000件,中院机关1年以上长期未结案件0件,基层法院仍有1年以上未结案件28件。", "2021-07-10")).toEqual(["court.cases.pending", "other", "other"]);
    expect(metrics("海南省高级人民法院\n全省法院受理各类案件159186件,其中受理诉讼执行案件156455件,审执结151097件;受理非诉案件2731件,办结2697件。", "2017-02-22")).toEqual(["court.cases.accepted", "other", "other", "other", "other"]);
    expect(metrics("某县人民法院\n全年审结劳动争议案件120件。", "2020-01-10")).toEqual(["other"]);
    // Must not: the whole counts (suits alone are the case type litigation, decision 60), and mediation when it is the text's one such measure.
    expect(metrics("某县人民法院\n全年受理各类诉讼案件5000件,审结4800件。", "2020-01-10")).toEqual(["court.cases.accepted.litigation", "court.cases.concluded.litigation"]);
    expect(metrics("某县人民法院\n全年以调解方式结案1200件。", "2020-01-10")).not.toContain("other");
  });
});

describe("a percentage of a whole named just before it (a47, a77, 410)", () => {
  const stats = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.statistic]);
  it("is a share of that whole", () => {
    expect(stats("西安市未央区人民检察院\n近年来,以不足全市6%的人员,办理了全市13%的案件。", "2017-10-17")).toEqual([["6%", "share"], ["13%", "share"]]);
    expect(stats("柳州市中级人民法院\n全市法院以全区法院十分之一的干警,办理了全区法院七分之一的案件。", "2020-01-22")).toEqual([["十分之一", "share"], ["七分之一", "share"]]);
  });
  it("must not make a rate's level a share", () => {
    expect(stats("桂林市中级人民法院\n18项指标均在区间值内,是全区三个达标率100%的中级法院之一。", "2025-04-12")).toEqual([["18项", "value"], ["100%", "value"]]);
  });
});

describe("a forecast (a55, 807)", () => {
  it("is no figure reported, and a figure said beside it keeps its key", () => {
    expect(metrics("北京市高级人民法院\n据了解,预计全年新收案件将达近56万件。", "2015-07-10")).toEqual(["other"]);
    expect(metrics("建始县人民法院\n2018年该院受案或将超过5500件。", "2018-04-01")).toEqual(["other"]);
    expect(metrics("北京市高级人民法院\n上半年,全市法院新收案件28万件。", "2015-07-10")).toEqual(["court.cases.new"]);
  });
});

describe("legal aid for one group of recipients (decision 52)", () => {
  it("is a part no key names, with its share; legal aid by case kind keeps the key (d53, 944, c48, d14)", () => {
    expect(metrics("房山区司法局\n1至6月份,共办理农民工法律援助案件128 件,占援助总数的61%。", "2008-07-10")).toEqual(["other", "other"]);
    expect(metrics("青海省司法厅\n5年来,全省办理法律援助案件4.4万余件,其中欠薪类法律援助案件9000余件。", "2026-01-10")).toEqual(["justice.legal_aid.cases", "other"]);
    expect(metrics("吉林省司法厅\n其中为脱贫对象办理法律援助案件172件。", "2018-07-10")).toEqual(["other"]);
    // Must not: by case kind, and all legal aid.
    expect(metrics("坪山区法律援助中心\n2022年度共组织办理刑事法律援助案件242宗。", "2023-01-10")[0]).toMatch(/^justice\.legal_aid\.cases/);
    expect(metrics("某县司法局\n全年共办理法律援助案件520件。", "2020-01-10")).toEqual(["justice.legal_aid.cases"]);
  });
});

describe("decisions 50 and 60 on court reports: examples of several kinds, and suits after 其中", () => {
  it("leaves a list of examples of no kind a key names other, and keeps examples of one kind", () => {
    expect(metrics("某县人民法院\n审结医疗、劳动就业等案件68件。", "2020-01-10")).toEqual(["other"]);
    expect(metrics("长江县人民法院\n共受理各类案件1800件,其中诉讼案件收案1284件。", "2015-11-25")).toEqual(["court.cases.accepted", "court.cases.new.litigation"]);
    // Must not: examples of one kind.
    expect(metrics("某省人民检察院\n起诉滥用职权、玩忽职守等渎职犯罪672人。", "2020-01-10")[0]).toMatch(/duty_crime/);
    expect(metrics("某市人民法院\n审结走私毒品、贩卖毒品等案件120件。", "2020-01-10")).toEqual(["court.cases.concluded.drugs"]);
  });
});

describe("decision 52 on mediation committees", () => {
  it("leaves committees of a level or kind other and keeps all the committees", () => {
    expect(metrics("黄石市司法局\n全市共有1127个人民调解委员会,其中,村(居)民调委会972个、乡镇(街道)调委会49个、企事业单位调委会81个。", "2020-06-01")).toEqual(["justice.mediation.committees", "other", "other", "other"]);
    expect(metrics("广东省司法厅\n全省共有各类人民调解组织31837个。", "2022-06-01")).toEqual(["justice.mediation.committees"]);
  });
});

describe("decision 52 on lawyers, firms and mediators of an age, size, grade or kind", () => {
  it("leaves them other with their shares, and keeps all the lawyers and all the mediators", () => {
    expect(metrics("司法部\n全国执业律师65.16万多人。从年龄结构看,30岁以下的律师10.79万多人,占16.56%。律师100人以上的律师事务所500家,占1.29%。", "2023-06-01")).toEqual(["justice.lawyers.count", "other", "other", "other", "other"]);
    expect(metrics("黄石市司法局\n全市现有人民调解员3924人,其中,专职人民调解员480人。", "2020-06-01")).toEqual(["justice.mediation.mediators", "other"]);
    // Must not: the mediators full- and part-time together.
    expect(metrics("某市司法局\n目前,我市共有专兼职人民调解员12882人。", "2020-11-01")).toEqual(["justice.mediation.mediators"]);
  });
});

describe("decision 52 on officials dealt with and calls answered", () => {
  it("leaves officials by what was done to them after their count, and calls of a kind or answered, other", () => {
    expect(metrics("甘肃省扫黑办\n立案560件,累计处理1421人,其中党纪政务处分775人、组织处理646人。", "2019-12-01").slice(-2)).toEqual(["other", "other"]);
    const calls = metrics("四川省公安厅\n全年共接警1544万起,其中无效警情880万余起。", "2021-01-10");
    expect(calls).toEqual(["police.calls.received", "other"]);
    // Must not: the officials investigated, and all the calls answered (接处警).
    expect(metrics("六盘水市扫黑办\n查处涉黑恶公职人员17人。", "2019-04-04")).toEqual(["plac.anti_gang.officials"]);
  });
});

describe("decisions 52 and 56 on a procuratorate's parts", () => {
  it("leaves public-interest cases of a field and cases of one line of supervision other", () => {
    expect(metrics("广州市人民检察院\n办理安全生产领域公益诉讼案件196件。", "2023-01-10")).toEqual(["other"]);
    expect(metrics("江门市人民检察院\n办理民事执行监督案件49件,同比增长58.1%。", "2020-07-09")).toEqual(["other", "other"]);
    // Must not: all the public-interest cases.
    expect(metrics("广州市人民检察院\n全年办理公益诉讼案件1901件。", "2023-01-10")[0]).toMatch(/^procuratorate\.public_interest\./);
  });
});

describe("a single property crime is its own case type, a list of several the group (decision 62)", () => {
  it("reads 盗窃, 诈骗, 抢劫, 抢夺 and “两抢” apart, on sentences of the tuned texts (c28, 940, a31)", () => {
    expect(metrics("浙江省公安厅\n2023年夏季,全省公安机关破获盗窃案4532起。", "2023-09-20")).toEqual(["police.criminal_cases.solved.theft"]);
    expect(metrics("厦门市公安局\n尤其值得一提的是,在市反诈骗中心和全市警方的努力下,持续高发的诈骗警情总体有所遏制,全市共接报8114起,较去年同期减少832起,同比下降9.30%。", "2016-07-22")).toEqual([
      "police.incidents.criminal.fraud", "police.incidents.criminal.fraud@yoy_abs", "police.incidents.criminal.fraud@yoy_pct",
    ]);
    expect(metrics("贵阳市委政法委\n全市共立刑事案件5520起,其中抢劫案246起;抢夺案146起;“两抢”案件128起。", "2013-10-01").slice(1)).toEqual([
      "police.criminal_cases.filed.robbery", "police.criminal_cases.filed.snatching", "police.criminal_cases.filed.robbery_snatching",
    ]);
  });
  it("reads a list of them as the group: 抢劫、抢夺 as “两抢”, others as property crime (812, d24, 742)", () => {
    expect(metrics("新洲区人民检察院\n依法起诉盗窃、诈骗犯罪嫌疑人105人。", "2022-12-27")).toEqual(["procuratorate.prosecution.decided.property"]);
    expect(metrics("最高人民检察院\n批准逮捕抢劫、抢夺、盗窃犯罪嫌疑人60614人。", "2014-03-10")).toEqual(["procuratorate.arrests.approved.property"]);
    expect(metrics("山东省公安厅\n抢劫、抢夺案件发案28起。", "2015-04-09")).toEqual(["police.criminal_cases.occurred.robbery_snatching"]);
    expect(metrics("西城区人民法院\n重点打击盗窃、抢劫、抢夺、诈骗等多发性侵财犯罪,审结上述案件1115件。", "2014-01-20")).toEqual(["court.cases.concluded.property"]);
    expect(metrics("沙市区人民法院\n审结“两抢一盗”等侵财犯罪案1100件。", "2021-11-24")).toEqual(["court.cases.concluded.property"]);
  });
  it("keeps the kinds that contain the word: 电信网络诈骗, 养老诈骗, 集资诈骗 (an economic crime), and a group named after 等", () => {
    expect(metrics("重庆市公安局\n破获电信网络诈骗案件1200起。", "2021-01-10")).toEqual(["police.criminal_cases.solved.telecom_fraud"]);
    expect(metrics("湖北省人民检察院\n起诉集资诈骗犯罪502人。", "2024-01-20")).toEqual(["procuratorate.prosecution.decided.economic"]);
    expect(metrics("新洲区人民检察院\n依法起诉抢劫、绑架、强奸、故意致人重伤等犯罪嫌疑人15人。", "2022-12-27")).toEqual(["procuratorate.prosecution.decided.violent"]);
    // Must not: the items of a 分别 list are one crime each.
    expect(metrics("遂宁市公安局船山区分局\n刑事警情立案261件,其中盗窃、诈骗案件同比分别下降4.1%、47.6%。", "2022-09-09").slice(1)).toEqual(["police.criminal_cases.filed.theft@yoy_pct", "police.criminal_cases.filed.fraud@yoy_pct"]);
  });
});

describe("cases concluded one way or by one procedure (826, 004, c93; decision 50)", () => {
  it("are a part no key names, with their shares", () => {
    expect(metrics("浦东新区人民法院\n从结案方式上看,已结案件中,判决结案1163件,占比为48.00%;撤诉及按撤诉处理结案共计346件,占比为14.27%;裁定驳回起诉结案23件,占比为0.95%。", "2018-04-26")).toEqual(["other", "other", "other", "other", "other", "other"]);
    expect(metrics("江苏省高级人民法院\n与此同时,该院深化分调裁审,中、基层法院普遍建立速裁团队,速裁结案12045件,平均审理时长控制在19天内。", "2021-01-28")[0]).toBe("other");
    expect(metrics("城中区人民法院\n在该院审结的2593件民事案件中,适用简易程序和速裁程序结案的就有1628件。", "2021-07-20")).toEqual(["court.cases.concluded.civil", "other"]);
    // Must not: all the cases concluded, and those mediated or withdrawn (decision 55), keep their keys.
    expect(metrics("浦东新区人民法院\n全年审结各类案件2423件。", "2018-04-26")).toEqual(["court.cases.concluded"]);
    expect(metrics("广州知识产权法院\n全年调解撤诉结案5869件。", "2020-04-20")).toEqual(["court.cases.mediated_or_withdrawn"]);
  });
});

describe("a kind of case that is also foreign (109; decision 50)", () => {
  it("is a part of both, other; foreign cases of a broad type are the foreign cases", () => {
    expect(metrics("广东省高级人民法院\n2022年,全省法院审结涉外知识产权案件2268件、审结涉港澳知识产权案件840件。", "2023-04-24")).toEqual(["other", "other"]);
    // Must not: foreign cases alone, or of a broad type (c61, 113).
    expect(metrics("海南省高级人民法院\n审结涉外案件306件。", "2021-01-25")).toEqual(["court.cases.concluded.foreign"]);
    expect(metrics("广东省高级人民法院\n审结涉外民商事案件1200件。", "2023-04-24")[0]).toMatch(/^court\.cases\.concluded\./);
  });
});

describe("a kind said with a branch (刑事, 民事, 行政, 民商事)", () => {
  const caseTypes = (text: string, date: string) => extractText(text, { docDate: date }).figures.map((f) => f.caseType);
  it("is the kind, whatever the words' lengths (113, 101, 799)", () => {
    expect(caseTypes("越秀区人民法院\n妥善审理涉外刑事案件20件,坚决维护国法权威。", "2023-01-10")).toEqual(["foreign"]);
    expect(caseTypes("最高人民法院\n各省(区、市)法院共审结民事一审案件228.2万件,民事二审案件23.1万件。", "2019-04-30")).toEqual(["civil_first_instance", "second_instance"]);
    expect(caseTypes("江苏省高级人民法院\n審結(jié)許可、登記類行政案件1025件,審結(jié)涉企類行政案件4375件,一審審結(jié)公安行政案件1986件,一審審結(jié)工傷認(rèn)定、社保待遇、民政教育等社會保障類案件2598件。", "2023-06-12")[1]).toBe("enterprise");
    // (一、二审 are both instances: no instance, reporter set r86.)
    expect(caseTypes("某市中级人民法院\n全市法院审结一、二审刑事案件1744件。", "2023-01-10")).toEqual(["criminal"]);
    // Must not: a branch alone stays the branch; 执行 said with a kind stays enforcement (850, in batch b18's test).
    expect(caseTypes("越秀区人民法院\n审结刑事案件2000件。", "2023-01-10")).toEqual(["criminal"]);
  });
});

describe("the courts' rulings in a procuratorate's report (decision 32)", () => {
  const institutions = (text: string, date: string) => extractText(text, { docDate: date }).figures.map((f) => f.institution);
  it("are the procuratorate's work: responses to its protests and prosecutions (a87, c14)", () => {
    expect(institutions("最高人民检察院\n在刑事抗诉方面,全国检察机关今年一季度共提出抗诉2061件,同比上升30%;法院同期审结1062件,其中改判和发回重审676件。", "2021-04-26")).toEqual(["procuratorate", "procuratorate", "procuratorate", "procuratorate"]);
    expect(institutions("山东省人民检察院\n在过去的一年,山东省检察机关共立查各类职务犯罪嫌疑人2894人,提起公诉2598人,法院已判决2470人。", "2009-02-15")).toEqual(["procuratorate", "procuratorate", "procuratorate"]);
    // Must not: a 政法委's report keeps the courts' own work the courts' (decision 14).
    expect(institutions("某市委政法委\n全市法院审结案件2470件。", "2021-01-15")).toEqual(["court"]);
  });
});

describe("a 分别 list whose measures the rules cannot tell apart (c88)", () => {
  it("keeps every change a change, not a level named 和", () => {
    const f = extractText("哈尔滨市公安局\n群众反映比较强烈的扰乱公共秩序和“黄、赌、毒”案件分别下降16.4%和3.5%。", { docDate: "2006-01-10" }).figures;
    expect(f.map((x) => x.statistic)).toEqual(["change_pct", "change_pct"]);
  });
});

describe("crimes of a kind 查处 by the police (d48, a11, b35)", () => {
  it("are criminal cases solved, of that kind; public-order and corruption cases are not", () => {
    expect(metrics("青岛市委政法委\n通过对这些重点的地区和行业的整治,共查处“黄赌毒”案件1488起。", "2006-01-20")).toEqual(["police.criminal_cases.solved.vice"]);
    expect(metrics("广东省公安厅\n开展“雷霆扫毒—围歼行动”以来,全省公安机关共查处涉陆丰、惠来毒品案件1600宗。", "2015-07-20")).toEqual(["police.criminal_cases.solved.drugs"]);
    // Must not: 治安 cases (a21), and a case filed (立案查处, c65).
    expect(metrics("某市公安局\n查处涉黄涉赌治安案件19000起。", "2020-01-20")).toEqual(["police.public_order_cases.handled"]);
    expect(metrics("某市公安局\n全区共立案查处涉毒案件2473起。", "2021-12-01")).not.toContain("police.criminal_cases.solved.drugs");
  });
});

describe("a procuratorate's bare 立案 in a sentence on public-interest work (reporter set r91, r52)", () => {
  it("is public-interest cases filed, with the scope and the year before it", () => {
    expect(metrics("某市人民检察院\n市检察院党组成员、副检察长梁田介绍,5年来,截至2022年6月,全市共立案9867件,开展诉前程序8335件,提起公益诉讼492件。", "2022-07-20")[0]).toBe("procuratorate.public_interest.filed");
    expect(metrics("江西省人民检察院\n检察公益诉讼制度活力不断凸显,2018年、2019年、今年前5个月全省检察机关分别立案1012件、1551件、928件。", "2020-07-03")).toEqual([
      "procuratorate.public_interest.filed", "procuratorate.public_interest.filed", "procuratorate.public_interest.filed",
    ]);
    // Must not: a 立案 with no public-interest work said (the rule's own counter-example) stays unnamed.
    expect(metrics("某市人民检察院\n全市检察机关受理控告申诉线索3186件,全市共立案2459件。", "2022-07-20")[1]).toBe("other");
  });
});

describe("a change of 案件数 after a count no key names (reporter set r08)", () => {
  it("is that count's, other, not the keyed amount's said between", () => {
    expect(metrics("某区人民法院\n涉及借款类纠纷案件466件,涉及标的总额1亿元,案件数同比增长42.9%。", "2020-07-01")[2]).toBe("other");
    // Must not: after a keyed count, the change is that count's.
    expect(metrics("某区人民法院\n全年受理各类案件4660件,涉及标的总额1亿元,案件数同比增长42.9%。", "2020-07-01")[2]).toBe("court.cases.accepted@yoy_pct");
  });
});

describe("money a justice bureau's legal aid won back or saved (reporter set r73, 986)", () => {
  it("is legal aid's, not the police's fraud interception", () => {
    expect(metrics("某市司法局\n截至6月底,全市提供法律援助达29158人次,帮助困难群众挽回或避免经济损失5721万余元。", "2021-07-10").at(-1)).toBe("justice.legal_aid.recovered");
    // Must not: the police's own interception stays theirs.
    expect(metrics("某市公安局\n成功拦截受害人资金,避免经济损失5721万余元。", "2021-07-10")).toEqual(["police.fraud.funds_intercepted"]);
  });
});

describe("sentences of the reporter test set, read for their figures (session 22)", () => {
  it("reads the police's 逮捕犯罪嫌疑人数 beside 移送起诉 as arrests approved, and 现行刑案 as cases that occurred", () => {
    expect(metrics("广东省公安厅\n行动期间,全省共破刑事案件同比上升3%;逮捕犯罪嫌疑人数同比上升3.8%;移送起诉犯罪嫌疑人数同比上升19.8%,抓获逃犯数同比上升13.5%。", "2014-01-16")).toEqual([
      "police.criminal_cases.solved@yoy_pct", "procuratorate.arrests.approved@yoy_pct", "police.suspects.transferred@yoy_pct", "police.fugitives.arrested@yoy_pct",
    ]);
    expect(metrics("海口市公安局\n海口警方加强社会面管控,现行刑案同比下降15.1%,连续3个月环比下降。", "2022-08-07")[0]).toBe("police.criminal_cases.occurred@yoy_pct");
    // Must not: 刑案 solved are solved.
    expect(metrics("海口市公安局\n共破刑案120起。", "2022-08-07")).toEqual(["police.criminal_cases.solved"]);
  });
  it("reads the share of determinate sentencing recommendations as no adoption rate, and honours of units and persons together as neither (r104, r108)", () => {
    expect(metrics("福建省人民检察院\n检察机关提出确定刑量刑建议占量刑建议提出数的95%以上;法院采纳人数占同期提出量刑建议数的99%。", "2023-08-09")).toEqual(["other", "procuratorate.sentencing_recommendations.adoption_rate"]);
    expect(metrics("某市人民检察院\n确定刑量刑建议采纳率98.93%。", "2022-07-20")).toEqual(["procuratorate.sentencing_recommendations.adoption_rate"]);
    expect(metrics("博白县人民法院\n荣获全区法院行政审判工作先进个人、玉林市优化营商环境先进单位等市级以上表彰共49项。", "2024-02-23")).toEqual(["other"]);
    // Must not: persons honoured alone.
    expect(metrics("博白县人民法院\n5名干警获市级以上表彰。", "2024-02-23")).toEqual(["any.awards.individual"]);
  });
  it("dates 行动期间 by the two days said with the campaign earlier in the article (r110)", () => {
    const text = "广东省公安厅\n据介绍,去年9月1日至12月31日,全省公安机关开展了为期4个月的夏秋破案新攻势专项行动。\n行动期间,全省共破刑事案件同比上升3%。";
    expect(extractText(text, { docDate: "2014-01-16" }).figures.filter((f) => f.text === "3%").map((f) => [f.periodStart, f.periodEnd])).toEqual([["2013-09-01", "2013-12-31"]]);
    // Must not: two days said with no campaign do not date a later 行动期间.
    const plain = "某市公安局\n去年9月1日至12月31日,全市共接警1000起。\n行动期间,全市共破刑事案件同比上升3%。";
    expect(extractText(plain, { docDate: "2014-01-16" }).figures.filter((f) => f.text === "3%").map((f) => f.periodStart)).not.toEqual(["2013-09-01"]);
  });
  it("gives crime at large (刑事案件发案数) no kind from its clause's head or its release's headline (r24)", () => {
    const text = "宁夏电诈案件发案数降至近5年最低值\n据介绍,2022年宁夏公安打击犯罪成效更加凸显,共打掉恶势力犯罪团伙4个,刑事案件发案数连续三年下降,命案破案率96.6%。";
    expect(extractText(text, { docDate: "2023-01-10" }).figures.map((f) => f.metric)).toEqual(["plac.anti_gang.organisations.evil_forces", "police.criminal_cases.occurred@streak", "police.criminal_cases.clearance_rate.homicide"]);
  });
  it("dates a base that names its year (比2012年的5453起) to that year, not the year before (r123)", () => {
    const f = extractText("乌海市公安局\n全市刑事警情连续四年两位数下降,特别是比2012年的5453起下降了51.9%。", { docDate: "2017-01-17" }).figures;
    expect(f.filter((x) => x.text === "5453起").map((x) => [x.periodStart, x.periodEnd])).toEqual([["2012-01-01", "2012-12-31"]]);
    // Must not: a base said 同期 is the same span a year before the figure's.
    const g = extractText("某市公安局\n今年上半年,全市共立刑事案件2000起,较上年同期2378起下降15.9%。", { docDate: "2017-07-17" }).figures;
    expect(g.filter((x) => x.text === "2378起").map((x) => [x.periodStart, x.periodEnd])).toEqual([["2016-01-01", "2016-06-30"]]);
  });
  it("counts mediation committees in 个, not the visits they received in 批次 (r125)", () => {
    expect(metrics("新北区司法局\n1至6月,全区各级人民调解组织共接待群众773批次,1988人,受理纠纷657件。", "2010-07-05")[0]).toBe("other");
    expect(metrics("新北区司法局\n全区共有人民调解组织120个。", "2010-07-05")).toEqual(["justice.mediation.committees"]);
  });
  it("gives a change of 人数 after a count no key names that count's, not an earlier keyed count's (r121)", () => {
    const text = "浙江省人民检察院\n共起诉侵害未成年人犯罪2164人,一审被判处十年有期徒刑以上刑罚182人,同比上升28.17%;共对399名未成年被害人发放司法救助金502.15万元,人数、金额同比分别增长48.33%、1.29倍。";
    expect(extractText(text, { docDate: "2023-06-01" }).figures.filter((f) => f.text === "48.33%").map((f) => f.metric)).toEqual(["other"]);
  });
  it("reads a share of cases that accepted their judgments, named after the number, as the acceptance rate (r116, 991)", () => {
    expect(metrics("山西省高级人民法院\n各类案件审限内结案率一直保持在99%以上,98%以上案件经一、二审裁判后服判息诉。", "2013-01-26")).toEqual(["court.cases.within_time_limit_rate", "court.cases.acceptance_rate"]);
    expect(metrics("深圳市中级人民法院\n99.6%的案件经过一审、二审程序后当事人服判息诉。", "2017-01-10")).toEqual(["court.cases.acceptance_rate"]);
  });
  it("reads disputes of one kind mediated as a part, no key, and those of a kind the vocabulary names, or all of them, with theirs (r126, c84, 409)", () => {
    expect(metrics("潍坊市司法局\n村(居)人民调解组织共化解婚姻家庭纠纷13414起、邻里纠纷17521起、宅基地纠纷1809起。", "2023-10-27")).toEqual(["other", "other", "other"]);
    expect(metrics("厦门市司法局\n全市医疗纠纷调解组织调解医疗纠纷193件。", "2024-01-20")).toEqual(["justice.mediation.disputes.medical"]);
    expect(metrics("潍坊市司法局\n全市人民调解组织共调解矛盾纠纷39873件。", "2023-10-27")).toEqual(["justice.mediation.disputes"]);
  });
  it("reads 预警阻断 as fraud victims dissuaded, 涉黑涉恶类警情 as gang incidents, and the 治安系统 as no public-order case type (r135, r139, r134)", () => {
    expect(metrics("吴忠市公安局利通区分局\n反诈中心累计拨打预警电话近4000个,成功预警阻断受骗群众2950人次,止付资金80余万元。", "2022-04-11")).toEqual(["other", "police.fraud.intercepted", "police.fraud.funds_intercepted"]);
    expect(metrics("上海市委政法委\n全市涉黑涉恶类警情同比下降25.2%。", "2019-02-14")).toEqual(["police.incidents.criminal.gang@yoy_pct"]);
    expect(metrics("甘肃省公安厅\n该省治安系统抓获行动前逃犯1335名。", "2011-12-13")).toEqual(["police.fugitives.arrested"]);
    // Must not: 治安案件 stay public-order cases.
    expect(metrics("某市公安局\n查处治安案件1335起。", "2011-12-13")).toEqual(["police.public_order_cases.handled"]);
  });
  it("reads 年初以来 as 今年以来 and a clause's 至5月底 as 截至5月底 (r124, r118, c98)", () => {
    const dates = (text: string, date: string) => extractText(text, { docDate: date }).figures.map((f) => [f.periodStart, f.periodEnd]);
    expect(dates("吉林省公安厅\n记者从吉林省公安厅举办的新闻发布会获悉,年初以来,吉林公安机关电信网络诈骗案件破案数同比上升53.1%。", "2022-09-22")).toEqual([["2022-01-01", "2022-09-22"]]);
    expect(dates("天水市中级人民法院\n至5月底,全市法院共受理首次执行案件2394件。", "2018-06-08")).toEqual([["2018-01-01", "2018-05-31"]]);
    // Must not: 1月至5月底 is read as it stands, from January.
    expect(dates("天水市中级人民法院\n今年3月至5月底,全市法院共受理首次执行案件2394件。", "2018-06-08")).toEqual([["2018-03-01", "2018-05-31"]]);
  });
  it("reads the seventh batch's sentences: a month to a day of a later year, cases after a count of gangs, crime at large under a topic, a 政法委's changes of cases (r140, r148, r147, r151)", () => {
    const f = extractText("云南省高级人民法院\n昨日,云南省高级人民法院扫黑办通报,从2018年1月至2020年6月30日,云南全省法院受理一审涉黑恶案件1082件10583人。", { docDate: "2020-07-10" }).figures;
    expect(f.map((x) => [x.periodStart, x.periodEnd])[0]).toEqual(["2018-01-01", "2020-06-30"]);
    expect(metrics("郑州市公安局\n郑州警方共刑拘犯罪嫌疑人4184名,打掉58个重大侵财犯罪团伙,入室盗窃案件比去年同期下降10%。", "2013-12-11").at(-1)).toBe("police.criminal_cases.occurred.theft@yoy_pct");
    expect(metrics("长沙市公安局\n今年国庆,长沙警方进一步加强社会面治安管控和交通安全管理,其中刑事案件(警情)发案数较节前下降47.31%。", "2019-10-05")).toEqual(["police.criminal_cases.occurred@change_pct"]);
    expect(metrics("苍南县委政法委\n截止12月中旬,全县刑事案件、两抢案件同比分别下降10.25%、21.99%。", "2012-12-30")).toEqual(["police.criminal_cases.occurred@yoy_pct", "police.criminal_cases.occurred.robbery_snatching@yoy_pct"]);
    // (Days said with the hours of the clock, r147.)
    const g = extractText("长沙市公安局\n据长沙市公安局110指挥中心统计,10月1日00:00至4日12:00,110日均接警量较节前下降50.53%。", { docDate: "2019-10-05" }).figures;
    expect(g.map((x) => [x.periodStart, x.periodEnd])).toEqual([["2019-10-01", "2019-10-04"]]);
  });
  it("reads the eighth batch's sentences: gangs broken up after a court's rulings are not the court's; a kind beats an instance of a branch (r159, r152)", () => {
    const f = extractText("建安区委政法委\n截止7月底,该区共刑事拘留九类涉恶犯罪嫌疑人111人,公诉46人,法院已判决14人;打掉黑社会性质犯罪团伙1个21人,恶势力犯罪团伙3个28人。", { docDate: "2018-08-24" }).figures;
    expect(f.filter((x) => x.text === "1个" || x.text === "3个").map((x) => x.institution)).toEqual(["plac", "plac"]);
    expect(extractText("最高人民法院\n2012年,地方各级人民法院共审结知识产权民事一审案件83850件。", { docDate: "2013-04-23" }).figures.map((x) => x.caseType)).toEqual(["ip"]);
    // Must not: an instance of a branch alone stays the instance.
    expect(extractText("最高人民法院\n2012年,地方各级人民法院共审结民事一审案件83850件。", { docDate: "2013-04-23" }).figures.map((x) => x.caseType)).toEqual(["civil_first_instance"]);
  });
  it("reads the ninth batch's sentences: those serving in the community and their kinds (r173); a court indicator only in a court's text (r171)", () => {
    expect(metrics("重庆市司法局\n截至2017年6月底,我市累计接收社区服刑人员94296人,累计解除矫正80522人,现在册服刑人员13774人(其中缓刑12832人,占93.2%;假释447人,占3.2%)。", "2017-07-31")).toEqual([
      "other", "other", "justice.community_corrections", "justice.community_corrections", "justice.community_corrections@share", "justice.community_corrections", "justice.community_corrections@share",
    ]);
    expect(metrics("西宁市公安局交警支队\n在全省交警系统率先推出“电子驾驶证”申领等业务通办40台。", "2022-01-29")).toEqual(["other"]);
  });
  it("reads the tenth batch's sentences: 适用比率由…提高到… is the plea rate; 的基础上再降 is the measure before it (r179, r184)", () => {
    expect(metrics("仙桃市人民检察院\n2019年1月至2021年6月,市检察院适用认罪认罚从宽制度办结案件1661件2085人,适用比率由25.81%提高到88.24%。", "2021-09-08").slice(2)).toEqual(["procuratorate.plea_leniency.rate", "procuratorate.plea_leniency.rate"]);
    expect(metrics("湖北省公安厅\n一年来,全省刑事发案在2024年同比下降30.56%的基础上同比再降22.32%。", "2025-12-25")).toEqual(["police.criminal_cases.occurred@yoy_pct", "police.criminal_cases.occurred@yoy_pct"]);
  });
  it("reads the twelfth batch's sentences: “双抢” is “两抢”; a crime's change after a rate is no breakdown of it; 廉政隐患 are no hazards (r206, r207, r205)", () => {
    expect(metrics("徐闻县公安局\n全县“双抢”警情9月份17起。", "2012-01-10")).toEqual(["police.incidents.criminal.robbery_snatching"]);
    expect(metrics("海南省公安厅\n海南现行命案破案率达到97.36%,涉枪犯罪下降了30.1%。", "2013-09-26")).toEqual(["police.criminal_cases.clearance_rate.homicide", "police.criminal_cases.occurred.firearms@change_pct"]);
    expect(metrics("山东省人民检察院\n协助排除廉政隐患3870个。", "2016-01-26")).toEqual(["other"]);
  });
  it("counts public legal service centres in 个, not the matters they took in (r199)", () => {
    expect(metrics("武胜县委政法委\n县公共法律服务中心已受理事项662件。", "2026-01-15")).toEqual(["other"]);
    expect(metrics("武胜县司法局\n全县建成公共法律服务中心1个、工作站31个。", "2026-01-15")[0]).toBe("justice.public_legal_service.centres");
  });
  it("reads a legal aid centre's help at the prosecution stage as its own work, not the procuratorate's", () => {
    expect(metrics("福清市法律援助中心\n2024年度福清市法律援助中心共受理指派案件4459件,审查起诉阶段认罪认罚法律帮助案件1830件。", "2025-03-18")[1]).toBe("other");
    // Must not: a procuratorate's own 审查起诉 cases.
    expect(metrics("某区人民检察院\n共办理审查起诉案件1830件。", "2025-03-18")).toEqual(["procuratorate.prosecution.received_cases"]);
  });
});

describe("lists of crimes given as examples (decision 63)", () => {
  it("reads examples that are all serious violent crimes as violent crime (d24, a99, c26)", () => {
    expect(metrics("湖北省人民检察院\n五年来,批准逮捕故意杀人、放火、爆炸、强奸、绑架等犯罪嫌疑人25769人,提起公诉25398人。", "2008-01-20")[0]).toBe("procuratorate.arrests.approved.violent");
    expect(metrics("河北省人民检察院\n依法严惩严重影响群众安全感犯罪,起诉杀人、抢劫、强奸、绑架等犯罪2535人。", "2025-01-20")).toEqual(["procuratorate.prosecution.decided.violent"]);
    expect(metrics("武汉市新洲区人民检察院\n起诉抢劫、强奸、故意伤害致人重伤等犯罪嫌疑人61人。", "2024-01-10")).toEqual(["procuratorate.prosecution.decided.violent"]);
    // Must not: under a group of their own, or with a crime outside the eight (907, decision 50).
    expect(metrics("长寿区人民检察院\n起诉故意杀人、故意伤害、强奸等侵犯公民人身权犯罪182人。", "2022-01-10")).toEqual(["other"]);
    expect(metrics("某区人民检察院\n起诉抢劫、强奸、聚众斗殴等犯罪嫌疑人61人。", "2024-01-10")).toEqual(["other"]);
  });
  it("reads a traffic or homicide crime beside a crime no case type names as an example, not the kind counted (900, 876)", () => {
    expect(metrics("珠海市中级人民法院\n严惩危害公共安全和扰乱公共秩序犯罪,审结危险驾驶、寻衅滋事等案件1379件。", "2020-01-10")).toEqual(["other"]);
    // Must not: examples of one kind (危险驾驶、交通肇事) are that kind.
    expect(metrics("某市中级人民法院\n审结危险驾驶、交通肇事等案件1379件。", "2020-01-10")).toEqual(["court.cases.concluded.traffic"]);
  });
  it("reads examples under a group no case type names as a part of the whole, whatever kind they are, also after a label cut at 、 (c02, a18)", () => {
    expect(metrics("上海市嘉定区人民法院\n严惩故意杀人、故意伤害、抢劫、强奸等暴力性犯罪99件,依法打击危险驾驶、交通肇事等危害公共安全犯罪723件。", "2024-01-20")).toEqual(["court.cases.concluded.violent", "other"]);
    expect(metrics("新昌县人民法院\n严惩故意伤害、寻衅滋事、毒品犯罪等危害社会治安犯罪245件。", "2018-01-20")).toEqual(["other"]);
    // Must not: a group the vocabulary names, also in other words (侵犯公民财产 is 侵财, 破坏公平竞争秩序 economic; 895, 974),
    // or said with 违法 (涉疫情违法犯罪 is 涉疫情犯罪, c99).
    expect(metrics("沙市区人民法院\n审结“两抢一盗”、诈骗、敲诈勒索等非法侵犯公民财产犯罪422件。", "2022-01-20")).toEqual(["court.cases.concluded.property"]);
    expect(metrics("郑州市人民检察院\n常态化开展打击整治,起诉串通投标、非法经营等破坏公平竞争秩序犯罪1210人。", "2026-01-20")).toEqual(["procuratorate.prosecution.decided.economic"]);
    expect(metrics("莱西市公安局\n打击强闯防疫卡口、盗窃防疫物资、造谣惑众等涉疫情违法犯罪15起。", "2020-12-20")[0]).not.toBe("other");
  });
});

describe("the procuratorate's own duty-crime investigations (decision 66)", () => {
  it("keys 立案侦查/查办 of all duty crime in cases and persons, with their changes (210, 829, 836, c55, d46)", () => {
    expect(metrics("福州市人民检察院\n查核职务犯罪线索1215件,立案侦查职务犯罪288人。", "2018-01-20")).toEqual(["other", "procuratorate.duty_crime.investigated"]);
    expect(metrics("保亭黎族苗族自治县人民检察院\n今年以来,保亭检察院共查办职务犯罪6件8人。", "2014-10-20")).toEqual(["procuratorate.duty_crime.investigated_cases", "procuratorate.duty_crime.investigated"]);
    expect(metrics("安徽省人民检察院\n立案侦查职务犯罪案件1561件2061人,同比分别上升29.5%和17.5%。", "2014-01-20")).toEqual([
      "procuratorate.duty_crime.investigated_cases", "procuratorate.duty_crime.investigated",
      "procuratorate.duty_crime.investigated_cases@yoy_pct", "procuratorate.duty_crime.investigated@yoy_pct",
    ]);
    expect(metrics("深圳市人民检察院\n2013年,深圳检察机关共立案查办贪污贿赂犯罪和渎职侵权犯罪255人,其中百万元以上贪污贿赂案件46人。", "2014-01-24")).toEqual(["procuratorate.duty_crime.investigated", "other"]);
  });
  it("leaves corruption or dereliction alone, a field, and the judicial staff's investigations to their own keys or other (899, c34, a47, c08)", () => {
    expect(metrics("郑州市人民检察院\n去年全市检察机关共查办职务犯罪案件301件497人,其中贪污贿赂犯罪224件361人,渎职侵权犯罪77件136人。", "2016-02-24")).toEqual([
      "procuratorate.duty_crime.investigated_cases", "procuratorate.duty_crime.investigated", "other", "other", "other", "other",
    ]);
    expect(metrics("海南省人民检察院\n共立案查办贪污贿赂案件182件270人,渎职侵权案件29件37人。", "2012-02-23")).toEqual(["other", "other", "other", "other"]);
    expect(metrics("福州市人民检察院\n立案侦查交通、市政、能源等工程建设领域职务犯罪50件63人。", "2016-01-20")).toEqual(["other", "other"]);
    expect(metrics("四川省人民检察院\n开展对司法工作人员相关职务犯罪侦查工作,立案侦查司法工作人员相关职务犯罪14人。", "2020-01-20")).toEqual(["procuratorate.judicial_staff_crimes"]);
  });
});

describe("a sentence that turns from one kind of crime to crime of every kind (783)", () => {
  it("leaves the first clause's kind behind after 依法严打各类违法犯罪", () => {
    expect(metrics("山东省委政法委\n2021年,全省侦办涉黑案件10起、恶势力集团案件57起;依法严打各类违法犯罪,破获刑事案件11.08万起。", "2022-01-20")).toEqual([
      "police.criminal_cases.solved.gang", "police.criminal_cases.solved.gang", "police.criminal_cases.solved",
    ]);
    // Must not: 各类 in the count's own words, in an article on the campaign, keeps the campaign's kind (d08).
    expect(metrics("海南省扫黑办\n截至2021年3月17日,海南省共打掉涉黑涉恶犯罪团伙314个;破获各类刑事案件3714起。", "2021-03-25")[1]).toBe("police.criminal_cases.solved.gang");
  });
});

describe("普通刑事案件 beside 职务犯罪 in a procuratorate's cases received (b51, b08)", () => {
  it("is a part no key names, and ends the kind of the part before it", () => {
    expect(metrics("姑苏区人民检察院\n一季度共受理审查起诉案件280件332人,职务犯罪1件1人,普通刑事案件279件331人,审结170件178人,提起公诉124件130人。", "2022-04-10")).toEqual([
      "procuratorate.prosecution.received_cases", "procuratorate.prosecution.received",
      "procuratorate.prosecution.received_cases.duty_crime", "procuratorate.prosecution.received.duty_crime",
      "other", "other",
      expect.any(String), expect.any(String),
      "procuratorate.prosecution.decided_cases", "procuratorate.prosecution.decided",
    ]);
    // Must not: a procuratorate's 刑事案件 among its lines of work is still the criminal cases it handled.
    expect(metrics("某市人民检察院\n全市检察机关共办理各类案件5000件,其中刑事案件4000件。", "2022-04-10")[1]).toBe("procuratorate.cases.handled.criminal");
  });
});

describe("the persons of judgments that took effect, in other words (604, 821, d56)", () => {
  it("are court.sentenced.persons: 生效裁判, 判决发生法律效力, 给予刑事处罚", () => {
    expect(metrics("黄梅县人民检察院\n提起公诉350人,法院生效裁判320件399人。", "2022-01-10").at(-1)).toBe("court.sentenced.persons");
    expect(metrics("商洛市中级人民法院\n五年来,全市法院共审结各类刑事案件3197件,判决发生法律效力3365人。", "2012-01-10").at(-1)).toBe("court.sentenced.persons");
    expect(metrics("武汉市中级人民法院\n全年共审结刑事案件1003件,生效一审刑事判决中给予刑事处罚187人。", "2006-01-10").at(-1)).toBe("court.sentenced.persons");
    // Must not: persons not punished (免予刑事处罚) stay apart.
    expect(metrics("武汉市中级人民法院\n全年共审结刑事案件1003件,免予刑事处罚12人。", "2006-01-10").at(-1)).not.toBe("court.sentenced.persons");
  });
});

describe("a change with no level before it, of a measure its sentence names (d36, 783)", () => {
  it("is a change of that measure", () => {
    expect(metrics("北京市高级人民法院\n“通过工作,全市法院新收案件多年来首次出现下降,降幅达14.7%。”", "2021-01-10")).toEqual(["court.cases.new@change_pct"]);
    expect(metrics("山东省高级人民法院\n全省法院收案全国降幅最大,同比下降11.3%。", "2022-01-10")).toEqual(["court.cases.new@yoy_pct"]);
    // Must not: a part named in the change's own clause, or several measures changing 分别.
    expect(metrics("甘肃省公安厅\n交通事故四项指数全面下降,较大以上事故下降35%。", "2025-01-10")).not.toEqual(["police.traffic.accidents@change_pct"]);
    expect(metrics("衡南县公安局\n全年共采取刑事强制措施人数,移送起诉人数,同比分别上升81.7%、52.6%。", "2022-01-10")).not.toEqual(["police.suspects.transferred@yoy_pct", "police.suspects.transferred@yoy_pct"]);
  });
});

describe("parts said after their whole's change (b62)", () => {
  it("are parts: 律师事务所539家,比2015年增长25.3%,其中,合伙所277家、国资所44家", () => {
    expect(metrics("新疆维吾尔自治区司法厅\n全区律师事务所539家,比2015年增长25.3%,其中,合伙所277家、国资所44家、个人所218家。", "2022-07-10")).toEqual([
      "justice.law_firms", "justice.law_firms@change_pct", "other", "other", "other",
    ]);
    // Must not: a count after a change with no 其中 is no part.
    expect(metrics("新疆维吾尔自治区司法厅\n全区律师事务所539家,比2015年增长25.3%,执业律师6800人。", "2022-07-10")[2]).toBe("justice.lawyers.count");
  });
});

describe("events and materials of legal publicity (b33, b44, 879, a76)", () => {
  it("are any.legal_publicity, in 场, 次 or 份", () => {
    expect(metrics("滕州市司法局\n共受理法律援助案件2959件,法律宣传19场次。", "2022-01-10")[1]).toBe("any.legal_publicity");
    expect(metrics("湖州市人民检察院\n开展“线上+线下”法治教育56场,受众27万余人次。", "2021-02-23")[0]).toBe("any.legal_publicity");
    expect(metrics("利津县司法局\n发放新《刑法》600余册,印发宣传材料5000余份。", "1998-01-10")[1]).toBe("any.legal_publicity");
    // Must not: a place of legal education is no event.
    expect(metrics("某市司法局\n建成法治教育基地12个。", "2022-01-10")[0]).not.toBe("any.legal_publicity");
  });
});

describe("the levels at either end of a share's change (d35)", () => {
  it("are shares", () => {
    expect(metrics("天津市人民检察院\n全市涉罪未成年人数占刑事受案人数比率逐年下降,审查逮捕人数从4.8%下降到3.09%。", "2016-06-01").map((m) => m.split("@")[1])).toEqual(["share", "share"]);
    // Must not: a rate's ends, with no share named, stay its levels.
    expect(metrics("天津市人民检察院\n不捕率从4.8%上升到13.09%。", "2016-06-01").map((m) => m.split("@")[1])).toEqual([undefined, undefined]);
  });
});

describe("the second of two changes said with one unit (b08, 840)", () => {
  it("is a change, though its label runs back over the first's bare number", () => {
    expect(metrics("苏州市人民检察院\n二季度,全市共受理审查逮捕案件276件359人,同比下降84.61和86.64%。", "2022-07-10").at(-1)).toBe("procuratorate.arrests.reviewed@yoy_pct");
    // Must not: a number and 和 with no change word before it is no change.
    expect(statisticOf("受理32.1和", "percent", "%").statistic).toBe("value");
  });
});

describe("civil or administrative cases of a topic no case type names (912; decision 50)", () => {
  it("are a part: 审结涉城市更新行政诉讼案件849件", () => {
    expect(metrics("青岛市中级人民法院\n发挥行政机关负责人“每庭必出”优势,审结涉城市更新行政诉讼案件849件。", "2023-01-10")).toEqual(["other"]);
    // Must not: a topic a case type names keeps it (涉外民商事案件 are foreign), and the branch alone is the branch.
    expect(metrics("青岛市中级人民法院\n审结行政诉讼案件849件。", "2023-01-10")).toEqual(["court.cases.concluded.administrative"]);
  });
});

describe("an item with its own verb and a topic no case type names (799)", () => {
  it("does not take the kind of the item before it", () => {
    expect(metrics("江苏省高级人民法院\n一审审结公安行政案件1986件,一审审结工伤认定、社保待遇、民政教育等社会保障类案件2598件。", "2023-01-10")[1]).toBe("other");
    // Must not: an item naming no topic takes the list's kind.
    expect(metrics("江苏省高级人民法院\n受理行政案件1986件,审结1800件。", "2023-01-10")[1]).toBe("court.cases.concluded.administrative");
  });
});

describe("the persons prosecuted for each crime, ranked (987)", () => {
  it("are prosecutions of that crime; a rank said before the crime is not the level's before it", () => {
    expect(metrics("最高人民检察院\n从起诉罪名看,排在第一位的是危险驾驶罪263281人,同比上升30.6%;排在第二位的是盗窃罪150922人,同比上升6.7%。", "2021-10-20")).toEqual([
      "other", "procuratorate.prosecution.decided.traffic", "procuratorate.prosecution.decided.traffic@yoy_pct",
      "other", "procuratorate.prosecution.decided.theft", "procuratorate.prosecution.decided.theft@yoy_pct",
    ]);
    // Must not: crimes ranked among arrests are no prosecutions.
    expect(metrics("最高人民检察院\n从批捕罪名看,排在第一位的是盗窃罪150922人。", "2021-10-20")[1]).not.toBe("procuratorate.prosecution.decided.theft");
  });
});

describe("non-prosecutions of one legal ground (914, 932, b08; decision 52)", () => {
  it("are parts no key names; the whole that includes one is the whole", () => {
    expect(metrics("相城区人民检察院\n共不起诉67件70人,其中法定不起诉0人,犯罪情节轻微不起诉65人,证据不足不起诉5人。", "2022-07-10")).toEqual([
      "procuratorate.prosecution.not_prosecuted_cases", "procuratorate.prosecution.not_prosecuted", "other", "other", "other",
    ]);
    expect(metrics("黄梅县人民检察院\n经审查后决定起诉348件427人,决定不起诉(含附条件不起诉)48件55人。", "2022-01-10").slice(2)).toEqual(["procuratorate.prosecution.not_prosecuted_cases", "procuratorate.prosecution.not_prosecuted"]);
  });
});

describe("non-arrests of one ground (b84, c12; decision 52)", () => {
  it("are parts no key names", () => {
    expect(metrics("汕头市人民检察院\n依法落实“宽”的政策,以无逮捕必要不捕549人。", "2026-01-20")).toEqual(["other"]);
    // Must not: all non-arrests are the whole.
    expect(metrics("汕头市人民检察院\n不批准逮捕549人。", "2026-01-20")).toEqual(["procuratorate.arrests.not_approved"]);
  });
});

describe("the arrests, prosecutions and judgments of a crime no case type names (105, c92; decision 50)", () => {
  it("reads them as a part, and keeps the whole for crimes said with no kind", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2025-01-20" }).figures.map((f) => f.metric);
    expect(metrics("陕西省人民检察院\n2024年,全年起诉破坏金融管理秩序犯罪458人。")).toEqual(["other"]);
    expect(metrics("浙江省高级人民法院\n2024年,审结组织、利用邪教组织破坏法律实施犯罪51件。")).toEqual(["other"]);
    // Must not: crimes at large, of every kind, or of a kind the vocabulary has.
    expect(metrics("陕西省人民检察院\n2024年,全年起诉各类刑事犯罪4580人。")).toEqual(["procuratorate.prosecution.decided"]);
    expect(metrics("陕西省人民检察院\n2024年,全年起诉严重刑事犯罪458人。")).toEqual(["procuratorate.prosecution.decided"]);
    expect(metrics("陕西省人民检察院\n2024年,全年起诉毒品犯罪458人。")).toEqual(["procuratorate.prosecution.decided.drugs"]);
    expect(metrics("浙江省高级人民法院\n2024年,审结刑事犯罪案件5100件。")).toEqual(["court.cases.concluded.criminal"]);
  });
});

describe("receivedMeansAccepted: a court's text whose 收案 is the docket, by its clearance rate (a81, b53, 965; decision 65)", () => {
  it("says so when 结案率 is 结案 over 收案, within the rounding of the counts as said", () => {
    expect(receivedMeansAccepted("与2016年(收案12244件,结案10625件,结案率86.78%)相比,收案数上升8.37%。")).toBe(true);
    expect(receivedMeansAccepted("2022年,全区法院全年收案86.7万件,结案81.3万件,结案率93.9%。")).toBe(true);
    // Must not: a rate that is not that ratio (a rate over the docket when 收案 is new cases), or no rate at all.
    expect(receivedMeansAccepted("全年收案3902件,结案3721件,结案率90.12%。")).toBe(false);
    expect(receivedMeansAccepted("全年收案3902件,结案3721件。")).toBe(false);
  });
  it("makes every 收案 count of the text, and its changes, the cases accepted; 新收 stays new", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2016-01-20" }).figures.map((f) => f.metric);
    expect(metrics("昌江县人民法院\n2015年,各类案件收案1688件,结案1425件,结案率84.42%。其中诉讼案件收案1284件,同比增长6.70%;新收执行案件404件。")).toEqual([
      "court.cases.accepted", "court.cases.concluded", "court.cases.clearance_rate", "court.cases.accepted.litigation", "court.cases.accepted.litigation@yoy_pct", "court.cases.new.enforcement",
    ]);
    expect(metrics("昌江县人民法院\n2015年,各类案件收案1688件,结案1425件。其中诉讼案件收案1284件。")).toEqual(["court.cases.new", "court.cases.concluded", "court.cases.new.litigation"]);
  });
});

describe("food, drugs and the environment named together, in any order or in the clause's head (869, b93, c28, a79; decision 50)", () => {
  it("makes the police's counts of them a part, and leaves crime at large after a list of many kinds the whole", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2024-01-20" }).figures.map((f) => f.metric);
    expect(metrics("甘肃省公安厅\n2023年,全省公安机关破获环境食品药品领域刑事案件1100余起。")).toEqual(["other"]);
    expect(metrics("江苏省公安厅\n2023年,全链条打击“食药环”领域违法犯罪,全年破案数、抓获数同比分别上升22.7%、20.1%。")).toEqual(["other", "other"]);
    // Must not (a30):
    expect(metrics("福建省公安厅\n2023年,依法严打电信网络诈骗、网络赌博、涉黑涉恶、环食药等领域违法犯罪,破获刑事案件5.3万起。")).toEqual(["police.criminal_cases.solved"]);
  });
});

describe("a rank or streak after a poll of satisfaction or of the sense of security (b61, b68, a38, a54)", () => {
  it("is the poll's, and a poll of both is the sense of security's", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2019-01-20" }).figures.map((f) => f.metric);
    expect(metrics("汨罗市人民法院\n2018年,民调排名岳阳县市第1名,连续7年居市政法系统前列。")).toEqual(["plac.satisfaction@rank", "plac.satisfaction@streak"]);
    expect(metrics("河北省人民检察院\n在2018年上半年政法队伍人民群众满意度测评中,检察机关位列第一。")).toEqual(["plac.satisfaction@rank"]);
    expect(metrics("郓城县委政法委\n在全省组织的2018年度人民群众安全感满意度调查中,该县位居全省第四。")).toEqual(["plac.sense_of_security@rank"]);
    // Must not: a rank of another measure said after the poll.
    expect(metrics("武平县公安局\n群众满意度稳步提升,上半年该县平安建设知晓率居全省第九。")).toEqual(["other"]);
  });
});

describe("a court's 打击 of crimes, counted in cases and persons (867, c02)", () => {
  it("is cases concluded and persons sentenced, as 严惩 and 惩处 are; not the police's or a procuratorate's", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2024-01-20" }).figures.map((f) => f.metric);
    expect(metrics("宜丰县人民法院\n2023年,严厉打击故意伤害、强奸等暴力犯罪案件12件12人。")).toEqual(["court.cases.concluded.violent", "court.sentenced.persons.violent"]);
    expect(metrics("宜丰县公安局\n2023年,严厉打击故意伤害、强奸等暴力犯罪案件12件12人。")).not.toContain("court.cases.concluded.violent");
  });
});

describe("a police release about telecom fraud by its headline's second line (953)", () => {
  it("gives its money frozen and returned the case type of the fraud", () => {
    const dims = (text: string) => extractText(text, { docDate: "2021-08-03" }).figures.map((f) => [f.text, f.caseType]);
    const text = "3万问题银行卡开卡人被惩戒\n广州上半年诈骗刑事案件、电诈警情“双下降”\n新快报讯 8月2日,记者从广州市公安局获悉,今年上半年共冻结涉案金额6.9亿元,返还金额1400多万元。";
    expect(dims(text).filter(([t]) => /元$/.test(String(t)))).toEqual([["6.9亿元", "telecom_fraud"], ["1400多万元", "telecom_fraud"]]);
    // Must not: a long second paragraph is a lead, not a headline.
    const lead = "3万问题银行卡开卡人被惩戒\n8月2日,记者从广州市公安局获悉,今年上半年全市共冻结涉案金额6.9亿元,返还金额1400多万元。下一步,警方将继续严打电诈犯罪,全力守护群众财产安全。";
    expect(dims(lead).filter(([t]) => /元$/.test(String(t))).map(([, c]) => c)).not.toContain("telecom_fraud");
  });
});

describe("the gangs destroyed after a part's cases (a83, d63; decision 50)", () => {
  it("are of that part, as its suspects are; not after cases of all kinds", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2016-01-20" }).figures.map((f) => f.metric);
    expect(metrics("山东省公安厅\n2015年,严厉打击打孔盗油犯罪,破获打孔盗油案件30余起,打掉犯罪团伙4个。")).toEqual(["other", "other"]);
    expect(metrics("山东省公安厅\n2015年,全省破获刑事案件3000余起,打掉犯罪团伙40个。")).toEqual(["police.criminal_cases.solved", "police.gangs.destroyed"]);
  });
});

describe("law firms that did something (d05, d59, 986; decision 52)", () => {
  it("are a part of the firms, no key; the firms a place has stay the whole", () => {
    const metrics = (text: string) => extractText(text, { docDate: "2023-07-20" }).figures.map((f) => f.metric);
    expect(metrics("内蒙古自治区司法厅\n2023年上半年,251家律师事务所建立独立党组织,占全区律师事务所总数29.8%。")).toEqual(["other", "other"]);
    expect(metrics("内蒙古自治区司法厅\n截至2023年6月底,全区共有律师事务所842家。")).toEqual(["justice.law_firms"]);
  });
});
