// sentenceToMentions on real sentences from court and procuratorate reports
// (most from the corpus, the rest from figures.md and issue 4's list), so
// each case reads like the text it stands for.

import { describe, expect, it } from "vitest";
import { sentenceToMentions } from "./mentions";
import { extractText } from "./index";

const read = (text: string) =>
  sentenceToMentions({ paragraph: 0, start: 0, end: text.length, text }).mentions.map((m) => ({
    text: m.text, value: m.value, ...(m.valueMax !== null ? { valueMax: m.valueMax } : {}), unit: m.unit, qualifier: m.qualifier, kind: m.kind,
  }));
const texts = (text: string) => read(text).map((m) => m.text);
// The figures extractText keeps from a sentence of a document of that date (the batches' cases below).
const figureTexts = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => f.text);

describe("sentenceToMentions: Arabic numbers", () => {
  it("reads counts with their measure word", () => {
    expect(read("截至目前,全市法院受理案件57876件,结案46407件")).toEqual([
      { text: "57876件", value: 57876, unit: "件", qualifier: "exact", kind: "cases" },
      { text: "46407件", value: 46407, unit: "件", qualifier: "exact", kind: "cases" },
    ]);
  });

  it("reads tenths said in words after a change or a level (降四成, 八成以上), not in an idiom (七成新)", () => {
    expect(texts("“两抢”案件同比降四成,八成以上的纠纷化解在基层。")).toEqual(["四成", "八成"]);
    expect(texts("这辆车七成新。")).toEqual([]);
  });

  it("reads tenths (降超6成) as per cent and banners (锦旗13面) as a count", () => {
    expect(read("“两抢”立案降超6成,收到锦旗13面。")).toEqual([
      { text: "超6成", value: 60, unit: "%", qualifier: "more_than", kind: "percent" },
      { text: "13面", value: 13, unit: "面", qualifier: "exact", kind: "count" },
    ]);
  });

  it("reads letters (表扬信160余封), buildings (1432栋), rounds (发), pieces (枚) and boxes (箱) as counts (a58, a61, 882, 888)", () => {
    expect(texts("收到人民群众表扬信160余封。依法有序拆除违法建设1432栋,危房12幢。")).toEqual(["160余封", "1432栋", "12幢"]);
    expect(texts("缴获各类枪支829支,子弹40882发,雷管392枚,烟花爆竹602箱。")).toEqual(["829支", "40882发", "392枚", "602箱"]);
  });

  it("leaves out the penalty a law lays down, not the one a court gave (a58)", () => {
    expect(texts("对于恶意拨打110报警电话,造成一定后果的,处以15日以下拘留。")).toEqual([]);
    expect(texts("依法判处5年以上有期徒刑87人。")).toEqual(["87人"]);
  });

  it("leaves out a gang named by its leader, a day that is a holiday and a quoted round-the-clock service (a73, a79, a78)", () => {
    expect(texts("在办理杜四龙等14人涉黑团伙、垄断武汉啤酒市场的刘时贵等10人涉黑团伙系列案件中,提前介入侦查。")).toEqual([]);
    expect(texts("110日是第四个中国人民警察节,江苏省公安厅举行新闻发布会。")).toEqual([]);
    expect(texts("得到24小时“全天候”执业律师在线法律咨询等服务。")).toEqual([]);
    // Must not: persons counted in a gang's case still are (打掉…团伙3个,抓获13人).
    expect(texts("打掉涉恶团伙3个,抓获犯罪嫌疑人13人。")).toEqual(["3个", "13人"]);
  });

  it("leaves out a law's years in force, a set of firsts, a date run together, bars of a kind of case and one case's size (b03, b04, b05, b07, b09)", () => {
    expect(texts("《条例》施行20年以来,广东各级司法行政机关不断完善法律援助制度。20年来,广东省法律援助工作还开创了多项全国第一。")).toEqual([]);
    expect(texts("——2021年1228日在来安县第十八届人民代表大会上")).toEqual([]);
    expect(texts("损失50万元以上案件破案率达到100%;化解20人以上群体性矛盾纠纷929起。")).toEqual(["100%", "929起"]);
    expect(texts("侦破全市首例特大提供虚假环评文件案,该案涉及全国31个省,涉虚假环评文件10万余份,涉案金额30多亿元,共抓获嫌疑犯28人。")).toEqual(["28人"]);
    // Must not: a rank in the country is still one.
    expect(texts("执行工作位居全国第一。")).toEqual(["第一"]);
  });

  it("leaves out dates, the parts of a report, prescribed minimums, categories and one person's story", () => {
    expect(texts("117日下午,检察长从服务发展大局、守护民生福祉等六个方面对过去一年工作进行了回顾。")).toEqual([]);
    expect(texts("2019年我市扫黑除恶专项斗争将抓好5个方面工作。")).toEqual(["5个"]);
    expect(texts("确定了人均不少于1元的普法人头经费。累计侦办9类涉恶案件105起。")).toEqual(["105起"]);
    expect(texts("新田县公安局刑侦大队教导员雷建平被抽调侦办专案1000余天。")).toEqual([]);
  });

  it("leaves out the bar places counted pass and a time a rule sets (990, 994)", () => {
    expect(texts("其中北京、河北、上海等10个省市的律师人数均已超过万人。")).toEqual(["10个"]);
    expect(texts("常驻单位无延时接待,随驻单位1小时到达。")).toEqual([]);
    expect(texts("启动实地踏勘、硬隔离设置、力量集结“三同步”,确保相关力量 1小时内投入战位。")).toEqual([]);
    // Must not: a time within which work was done is a figure.
    expect(texts("民警在1小时内抓获犯罪嫌疑人。")).toEqual(["1小时"]);
  });

  it("reads 个 before a 个百分点 written once after the last value as 个百分点 (decision 22; reporter set r121)", () => {
    const ms = sentenceToMentions({ text: "分别高出整体刑事犯罪9.61个和30.43个百分点。", start: 0, end: 25, paragraph: 0 } as any).mentions;
    expect(ms.map((m) => [m.text, m.unit, m.kind])).toEqual([["9.61个", "个百分点", "percent"], ["30.43个百分点", "个百分点", "percent"]]);
    // Must not: 个 counting things stays a count.
    expect(sentenceToMentions({ text: "建成工作站9个和服务点30个。", start: 0, end: 14, paragraph: 0 } as any).mentions.map((m) => m.unit)).toEqual(["个", "个"]);
  });

  it("leaves out the bar the courts counted pass (reporter set r09)", () => {
    expect(texts("474家法院新收案件数同比上升超过50%,43家中级法院、264家基层法院新收案件数超过1万件,21家基层法院新收案件数超过3万件。")).toEqual(["474家", "43家", "264家", "21家"]);
    // Must not: one court's own count over a number is a figure.
    expect(texts("浦东新区人民法院新收案件数超过10万件。")).toEqual(["超过10万件"]);
  });

  it("leaves out the defendants that name a case (742)", () => {
    expect(texts("审结故意杀人、绑架、强奸等暴力犯罪案件194件,判处罪犯235人,审结萧永通等16人黑社会性质组织案。")).toEqual(["194件", "235人"]);
    // Must not: the persons of cases of a kind, or charged with others, are counted.
    expect(texts("依法起诉张某等5人,涉案金额1200万元。")).toEqual(["5人", "1200万元"]);
    expect(texts("审结抢劫、杀人等16人案件。")).toEqual(["16人"]);
  });

  it("leaves out the wheels that name a vehicle (d37)", () => {
    expect(texts("处罚电动三四轮车违法21.7万余起。")).toEqual(["21.7万余起"]);
    // Must not: rounds of a campaign are counted.
    expect(texts("共开展集中清查行动3轮,查处车辆违法1200起。")).toEqual(["3轮", "1200起"]);
    // Must not: a rate all above a bar is a figure; so is an average time to arrive.
    expect(texts("检察机关提出量刑建议采纳率均超过90%。")).toEqual(["超过90%"]);
    expect(texts("民警平均12分钟到达现场。")).toEqual(["12分钟"]);
  });

  it("leaves out a date run together, a programme's name and another body's named measures (982, 986, 983)", () => {
    expect(texts("——20231225日在武汉市武昌区第十六届人民代表大会第四次会议上")).toEqual([]);
    expect(texts("遂昌县人民法院代院长 张庆华 202421日在遂昌县第十八届人民代表大会第三次会议上")).toEqual([]);
    expect(texts("连续安全运行1500日")).toEqual(["1500日"]);
    expect(texts("区委区政府连续八年将法律援助列为为民办10件实事项目之一。")).toEqual(["八年"]);
    expect(texts("全市公安机关严格落实公安部“放管服”优化营商环境12条措施,编制事项清单86项。")).toEqual(["86项"]);
    // Must not: measures the body itself issues are a figure; so is a count of cases done.
    expect(texts("市局出台优化营商环境12条措施。")).toEqual(["12条"]);
    expect(texts("共办理法律援助案件10件。")).toEqual(["10件"]);
  });

  it("leaves out the bracket of a breakdown and places named then counted (975, 973)", () => {
    expect(texts("破获命案积案33起,其中,20年以上18起、30年以上6起。")).toEqual(["33起", "18起", "6起"]);
    expect(texts("建立服务三江源、祁连山、青海湖三个国家公园检察一体化协作圈,共开展巡回检察95次。")).toEqual(["95次"]);
    // Must not: a list of things set up and counted is a figure; a duration over a bound is one too.
    expect(texts("建成调解室、工作站、服务点等5个平台。")).toEqual(["5个"]);
  });

  it("leaves out a set named in straight quotes and a bound of the cases counted (966, 969)", () => {
    expect(texts('保障司法公正的"十项机制"在全国法院系统引起强烈反响,审结案件"5000件"以上。')).toEqual([]);
    expect(texts("处理10人以上的群体性、敏感性案件116宗1670人次。")).toEqual(["116宗", "1670人次"]);
    // Must not: a quotation with a clause break is somebody's words; a count of 10人以上 is a figure.
    expect(texts('他说:"今年共审结案件5000件,同比上升3%。"')).toEqual(["5000件", "3%"]);
    expect(texts("抓获犯罪嫌疑人10人以上。")).toEqual(["10人"]);
  });

  it("does not read the head of a list (位居前3位的依次是) as a rank", () => {
    expect(texts("各类犯罪位居前3位的依次是故意伤害罪5 594件,盗窃罪4 845件。")).toEqual(["5 594件", "4 845件"]);
    expect(texts("执行质效位居全国前15。")).toEqual(["前15"]);
    expect(texts("组织开展安全隐患百日大排查大整治。")).toEqual([]);
  });

  it("reads weights, knives and scores (806), not 十分 or a clock's minutes", () => {
    expect(texts("收缴枪支271支、炸药43.1公斤、管制刀具2898把,满意度由2018年的87.17分上升至目前的96.28分。")).toEqual(["271支", "43.1公斤", "2898把", "87.17分", "96.28分"]);
    expect(texts("具有十分重大而深远的意义,会议于9时30分开始。")).toEqual([]);
    expect(texts("贯彻落实省十三次党代会精神。从近三年的增幅来看,受案或将超过5500件。")).toEqual(["超过5500件"]);
  });

  it("keeps a space before the number outside the span and one before the unit inside", () => {
    expect(texts("全市法院院庭长结案 31006件,占总结案数的 66.8%")).toEqual(["31006件", "66.8%"]);
    expect(read("平均审理天数52.86 天")[0]).toMatchObject({ text: "52.86 天", value: 52.86, unit: "天" });
  });

  it("reads full-width digits as numbers while the span keeps the original characters", () => {
    expect(read("受理案件１２３件")[0]).toMatchObject({ text: "１２３件", value: 123 });
  });

  it("applies 万, 亿 and 万亿 to money, counts and persons", () => {
    expect(read("发放救助金16.4万元")[0]).toMatchObject({ value: 164000, unit: "元", kind: "money" });
    expect(read("电子存证超47.3亿条")[0]).toMatchObject({ text: "超47.3亿条", value: 4730000000, unit: "条", qualifier: "more_than" });
    expect(read("涉案金额8.3万亿元")[0]).toMatchObject({ value: 8.3e12, unit: "元" });
    expect(read("服务群众1.7万余人")[0]).toMatchObject({ text: "1.7万余人", value: 17000, qualifier: "more_than", kind: "persons" });
    expect(read("执行到位2225万余元")[0]).toMatchObject({ value: 22250000, unit: "元", qualifier: "more_than" });
    expect(read("挽回经济损失300余万元")[0]).toMatchObject({ text: "300余万元", value: 3000000, qualifier: "more_than" });
  });

  it("reads a number with no unit only when a multiplier makes it a quantity", () => {
    expect(read("全网粉丝超1000万")).toEqual([{ text: "超1000万", value: 10000000, unit: null, qualifier: "more_than", kind: "count" }]);
    expect(texts("构建“1+4+N”（1是以市级综治中心为依托，4是组建四级调解组织）")).toEqual([]);
  });

  it("splits pairs and lists into one mention each", () => {
    expect(texts("提前介入涉疫情犯罪案件31件39人")).toEqual(["31件", "39人"]);
    expect(texts("起诉3409件18360人")).toEqual(["3409件", "18360人"]);
    expect(texts("同比分别增长18.28%、9.9%")).toEqual(["18.28%", "9.9%"]);
  });

  it("reads percentages, percentage points, ratios and multiples", () => {
    expect(read("总体适用率86.32%")[0]).toMatchObject({ value: 86.32, unit: "%", kind: "percent" });
    expect(read("同比上升3.2个百分点")[0]).toMatchObject({ text: "3.2个百分点", value: 3.2, unit: "个百分点", kind: "percent" });
    expect(read("优化降低“案-件比”至1:1.104")[0]).toMatchObject({ text: "1:1.104", value: 1.104, unit: null, kind: "ratio" });
    expect(read("同比增长11.5倍")[0]).toMatchObject({ value: 11.5, unit: "倍", kind: "ratio" });
  });

  it("reads ranges with both ends", () => {
    expect(read("每名法官负责对1-2个知识点的讲解")[0]).toMatchObject({ text: "1-2个", value: 1, valueMax: 2, qualifier: "range" });
    expect(read("判处有期徒刑三至五年")[0]).toMatchObject({ text: "三至五年", value: 3, valueMax: 5, unit: "年", qualifier: "range" });
  });

  it("records qualifiers before and after the number, with the trailing ones outside the span", () => {
    expect(read("95%的案件能够在20分钟内办理")[1]).toMatchObject({ text: "20分钟", qualifier: "less_than" });
    expect(read("平均审理时长控制在19天内")[0]).toMatchObject({ text: "19天", qualifier: "less_than" });
    expect(read("处级以上干部300人以上")[0]).toMatchObject({ text: "300人", qualifier: "more_than" });
    expect(read("调解成功率90%左右")[0]).toMatchObject({ text: "90%", qualifier: "approx" });
    expect(read("不足5%的案件")[0]).toMatchObject({ text: "不足5%", qualifier: "less_than" });
    expect(read("超过200件")[0]).toMatchObject({ text: "超过200件", qualifier: "more_than" });
    expect(read("逾3000人")[0]).toMatchObject({ text: "逾3000人", qualifier: "more_than" });
    expect(read("连续开展30多期")[0]).toMatchObject({ text: "30多期", value: 30, qualifier: "more_than" });
  });

  it("reads a year-like number that counts something", () => {
    expect(read("发出诉前检察建议2021件")[0]).toMatchObject({ text: "2021件", value: 2021 });
  });
});

describe("sentenceToMentions: Chinese numerals", () => {
  it("reads numerals that count, with qualifiers", () => {
    expect(read("开展学法学活动达近千场次")[0]).toMatchObject({ text: "近千场次", value: 1000, unit: "场次", qualifier: "approx" });
    expect(read("盘踞滏阳河畔十余年的养牛场")[0]).toMatchObject({ text: "十余年", value: 10, unit: "年", qualifier: "more_than", kind: "duration" });
    expect(read("共办理三千二百件")[0]).toMatchObject({ value: 3200 });
    expect(read("累计两万零五件")[0]).toMatchObject({ text: "两万零五件", value: 20005 });
    expect(read("涉案金额四十七点三亿元")[0]).toMatchObject({ value: 4730000000, unit: "元" });
  });

  it("reads fractions as percentages", () => {
    expect(read("将全院三分之一的干警配备到诉讼服务中心")[0]).toMatchObject({ text: "三分之一", value: 33.33, unit: "%", kind: "percent" });
    expect(read("百分之八十的纠纷化解在基层")[0]).toMatchObject({ text: "百分之八十", value: 80, unit: "%" });
  });

  it("reads durations that something continued and time limits that were met", () => {
    expect(read("连续六年主办皖江知识产权司法保护研讨会")[0]).toMatchObject({ text: "六年", value: 6, kind: "duration" });
    expect(read("均做到七日内程序性回复、三个月内办理结果")).toMatchObject([
      { text: "七日", value: 7, unit: "天", qualifier: "less_than" },
      { text: "三个月", value: 3, unit: "个月", qualifier: "less_than" },
    ]);
  });

  it("counts items just listed and counted", () => {
    expect(texts("设立了院班子、中层干部、基层院长三个工作群")).toEqual(["三个"]);
  });

  it("leaves numerals inside words and slogans alone", () => {
    expect(texts("紧扣一体化和高质量两个关键词,坚持“两个确立”,统一思想")).toEqual([]);
    expect(texts("以办案三个效果的有机统一检验政治判断力")).toEqual([]);
    expect(texts("紧扣“三大使命、七项任务”战略要求")).toEqual([]);
  });
});

describe("sentenceToMentions: ranks", () => {
  it("reads a rank where the text ranks something", () => {
    expect(read("该市执行质效总体排名全省第三")[0]).toMatchObject({ text: "第三", value: 3, unit: "名", kind: "rank" });
    expect(read("深州综合排名全省168个县市区第18名")).toMatchObject([{ text: "168个" }, { text: "第18名", value: 18, unit: "名" }]);
    expect(read("审判质效排第十一位")[0]).toMatchObject({ text: "第十一位", value: 11, unit: "位" });
  });

  it("leaves ordinals of sessions, tiers and lists alone", () => {
    expect(texts("承办第十二届长三角地区法院工作会议")).toEqual([]);
    expect(texts("把学习贯彻作为“第一议题”,加强与第三巡回法庭对接,把维护国家政治安全放在第一位")).toEqual([]);
    expect(texts("始终把讲政治作为第一位要求")).toEqual([]);
    // (d17, d20, d21, b70: the words, steps and targets a text names by number, and the campaign's known years.)
    expect(texts("5个关键词回顾2021年广东检察机关工作")).toEqual([]);
    expect(texts("围绕学习教育、查纠整改、总结提升三个环节,加强统筹谋划")).toEqual([]);
    expect(texts("按照最高法院提出的“三个90%,一个80%”核心指标要求,结案率87.83%")).toEqual(["87.83%"]);
    expect(texts("扫黑除恶专项斗争自2018年1月开始,至2020年底结束,为期3年。")).toEqual([]);
    expect(texts("在为期三年的扫黑除恶专项斗争中,破获涉黑案件10起")).toEqual(["10起"]);
    expect(texts("这3个年头正是专项斗争迅猛开展的时期")).toEqual([]);
    expect(texts("这3个年头正是扫黑除恶专项斗争迅猛开展的3年。")).toEqual([]);
    expect(texts("这个“黑老大”名下的13家公司股权也以“一元拍”形式开拍")).toEqual([]);
    // (d16, d25, d26: a countdown, years before now, a hotline's number before its city, one case's parties and sums.)
    expect(texts("从5月22日“全运会”倒计时100天开始,组织开展专项行动")).toEqual([]);
    expect(texts("全市刑事发案同比下降20.49%,总量已不足五年前的二分之一")).toEqual(["20.49%", "二分之一"]);
    expect(texts("上线至今,12348天津法网网站注册用户数:2987人")).toEqual(["2987人"]);
    expect(texts("该系列案上千名原告投资者要求该上市公司承担民事赔偿责任")).toEqual([]);
    expect(texts("法院判决最终支持四名原告投资者的部分索赔请求,获赔最多的一名投资者获赔金额达18万余元")).toEqual([]);
  });
});

describe("sentenceToMentions: numbers that are not quantities", () => {
  it("leaves dates and years alone", () => {
    expect(texts("2020年8月,习近平总书记在安徽合肥主持召开座谈会")).toEqual([]);
    expect(texts("9月23日,长三角地区党委政法委书记座谈会召开")).toEqual([]);
    expect(texts("创建时间:2021-10-09 09:05")).toEqual([]);
    expect(texts("2019年度全省政法队伍满意度调查;2020年10月份全省综合评价")).toEqual([]);
  });

  it("leaves plenums, plans and slogans alone", () => {
    expect(texts("深入学习党的十九届六中全会精神,迎接党的二十大")).toEqual([]);
    expect(texts("在“十四五”规划中,全面启动实施“八五”普法规划")).toEqual([]);
  });

  it("leaves titles, hotlines and case names alone", () => {
    expect(texts("制定《法治政府建设应知应会500题》")).toEqual([]);
    expect(texts("推动“12309”检察服务平台互联互通,拨打12309检察服务热线")).toEqual([]);
    expect(texts("侦破“5·09”专案")).toEqual([]);
  });

  it("leaves anniversaries, thresholds and programme names alone", () => {
    expect(texts("做好建党100周年安保工作,对60周岁以上老年人免拍照")).toEqual([]);
    expect(texts("保障20项民生实事工程,列入深州20件民生实事之一")).toEqual([]);
    // 825: an assessment's pass marks and an eligibility bar, old and new.
    expect(texts("把平安县(市、区)的考核达标分从原来的850分增加到900分,将申报条件中人民群众的安全感指标从85%调整为90%以上")).toEqual([]);
    // 823: the first of its kind is no rank; 819: 日均 after 110 is no unit of it.
    expect(texts("建立全国第一个疫苗管理工作联席会议制度")).toEqual([]);
    expect(texts("全省110日均接警9.3万起")).toEqual(["9.3万起"]);
    // 827: a year written short, set against 今年.
    expect(texts("生效案件1618件(包括20年案件今年生效)")).toEqual(["1618件"]);
    // 844: the bounds of law firms' size bands; the counts of firms in them stay.
    expect(texts("律师10人(含)以下的律师事务所2.53万多家,律师11人至20人(含)的律师事务所8023家,律师100人以上的律师事务所300家")).toEqual(["2.53万多家", "8023家", "300家"]);
    // 845: the items just named, counted; 848, 850: 近N年 frames what follows; 849: the first of its kind.
    expect(texts("紧紧围绕服务实体经济、防控金融风险、深化金融改革三项任务")).toEqual([]);
    expect(texts("维护司法秩序和权威,近三年共查办虚假诉讼20件")).toEqual(["20件"]);
    expect(texts("柯山分局河道警长破获全省第一起涉水环境污染案")).toEqual([]);
    // Must not: a span measured (历时近3年) stays a figure; a rank in a list stays one.
    expect(texts("该案历时近3年")).toEqual(["近3年"]);
    // 851: a plenum's number; 852: the age of the cases counted.
    expect(texts("认真落实市委十三届十一次、十二次全会精神")).toEqual([]);
    expect(texts("先后侦破了超过 20 年的命案积案 8 起")).toEqual(["8 起"]);
    // 836: 过去N年 is the period a report reviews.
    expect(texts("对过去5年检察机关的工作进行了总结")).toEqual([]);
  });
});

// Phrase families met in the corpus of issue 9 (sentences from its tuned part).
describe("sentenceToMentions: data releases and work reports", () => {
  it("reads digit groups set apart by spaces, and a space before 余 or the unit", () => {
    // 哈尔滨 yearbook of 1995 (403), 兰州市委政法委 2020 (505)
    expect(read("1995年全市共有4 598个调解委员会")[0]).toMatchObject({ text: "4 598个", value: 4598, unit: "个" });
    expect(read("作出专门批示 2 次,批办重要事项 60 余次")).toMatchObject([
      { text: "2 次", value: 2, unit: "次" },
      { text: "60 余次", value: 60, unit: "次", qualifier: "more_than" },
    ]);
  });

  it("reads the numbers of a quoted statement, but not of a quoted name", () => {
    // 随州市公安局 (309): a spokesman's words in quotes
    expect(texts("“截止到9月底,随州市刑事立案4707起,同比下降8.07%;抓获刑事犯罪人员3005人。”")).toEqual(["4707起", "8.07%", "3005人"]);
    expect(texts("开展“雷火2023”暨夏季治安打击整治行动")).toEqual([]);
  });

  it("leaves a day of the month alone, but not a time limit in days", () => {
    expect(texts("最高人民检察院19日发布今年1至3月全国检察机关主要办案数据")).toEqual([]); // 201
    expect(texts("最高人民检察院今天(27日)发布")).toEqual([]); // 203
    expect(read("均做到七日内程序性回复")[0]).toMatchObject({ text: "七日", unit: "天" });
  });

  it("leaves time phrases, record windows, thresholds and details of one story alone", () => {
    expect(texts("30多天来,已先后查处各类刑事案件34起")).toEqual(["34起"]); // 310
    expect(texts("近一个月来,全国扫黑办紧盯行动部署")).toEqual([]); // 501
    expect(texts("破案率达到近十年最高水平")).toEqual([]); // 305
    expect(texts("2024年事故死亡人数降至近20年最低")).toEqual([]); // 313
    expect(texts("时间跨度最长的达41年,20年以上案件达69起")).toEqual(["41年", "69起"]); // 303
    expect(texts("年龄40岁以下3865人,占30%")).toEqual(["3865人", "30%"]); // 405
    expect(texts("家住白银路社区一名81岁的独居老人接到冒充公检法诈骗电话")).toEqual([]); // 507
    expect(texts("抓获潜逃25年的命案逃犯、潜逃20年的命案逃犯各一名")).toEqual(["一名"]); // 311
    expect(texts("贯彻落实市委八届九次、十次全会精神")).toEqual([]); // 110
    expect(texts("审结了十人团伙跨省特大走私象牙案等共计339件")).toEqual(["339件"]); // 876
    expect(texts("打掉犯罪团伙12个,抓获团伙成员30人")).toEqual(["12个", "30人"]);
    expect(texts("百余村民自发向公安机关赠送锦旗")).toEqual([]); // 878
    expect(texts("对途经我市的车辆、人员实行24小时查控")).toEqual([]); // 893
    expect(texts("反贪立案人数、百万元以上大案数、要案数")).toEqual([]); // 899
    expect(texts("追回赃款百万元以上")).toEqual(["百万元"]);
    expect(texts("专项行动自2021年5月8日起,历时5个月。")).toEqual([]); // 931
    expect(texts("审理期限历时5个月")).toEqual(["5个月"]);
    expect(texts("过去的365天中,全市民警付出了艰辛")).toEqual([]); // 995
    expect(texts("——2025820日在区届人大常委会第三十次会议上")).toEqual([]); // 947
    expect(texts("“1+3+N”上门劝阻机制(1名民警+3名辅警+N个网格员)")).toEqual([]); // 953
    expect(texts("出动民警1200名、辅警3000名")).toEqual(["1200名", "3000名"]);
    expect(texts("以最高法院司法巡查1和省委巡视2成果转化为动力")).toEqual([]); // 892
    expect(texts("结案率提高2成")).toEqual(["2成"]);
    expect(texts("零陵汪某妨害疫情防控、暴力袭击执法人员,被判处有期徒刑1年")).toEqual([]); // 889
    expect(texts("判处有期徒刑5年以上的罪犯12人")).toEqual(["12人"]);
    expect(texts("账户冻结不到 24 小时,被告当庭支付 700 万元。")).toEqual([]); // 883
    expect(texts("为当事人节省诉讼费 665.79 万元")).toEqual(["665.79 万元"]);
    expect(texts("24 小时,“ 一保两促” 跑出兑现“ 加速度”")).toEqual([]); // 883
    expect(texts("为群众办理户籍业务,平均24小时,“最多跑一次”")).toEqual(["24小时"]);
    expect(texts("为百余群众提供法律咨询")).toEqual(["百余"]);
  });

  it("counts one of each, years a result has held, rounds held and items achieved", () => {
    expect(read("抓获公安部A级逃犯、公安部B级逃犯各一名")[0]).toMatchObject({ text: "一名", value: 1, unit: "名" }); // 311
    expect(read("全省现行命案六年连降")[0]).toMatchObject({ text: "六年", value: 6, kind: "duration" }); // 304
    expect(texts("共组织开展了三轮9次夏夜治安巡查宣防集中统一行动")).toEqual(["三轮", "9次"]); // 309
    expect(texts("建立法治督察与纪检监察监督协作配合五项机制")).toEqual(["五项"]); // h03
    expect(texts("成功申报“监狱执法工作标准化试点”和“上海律师行业标准化试点”两个市级标准化试点重点项目")).toEqual(["两个"]); // 408
    expect(texts("三省一市紧扣“一体化”和“高质量”两个关键")).toEqual([]); // 001: a named pair
  });

  it("reads ranks in a band and under any scope, not 第一方阵", () => {
    expect(read("其他44项,有24项位居全国前15,其中18项位居全国前10")).toMatchObject([
      { text: "44项" }, { text: "24项" },
      { text: "前15", value: 15, unit: "名", qualifier: "less_than", kind: "rank" },
      { text: "18项" },
      { text: "前10", value: 10, qualifier: "less_than", kind: "rank" },
    ]); // 205
    expect(texts("实质化解率居西部第1、全国第3")).toEqual(["第1", "第3"]); // 510
    expect(texts("刑侦重点工作跻身全国第一方阵")).toEqual([]); // 304
    expect(texts("前10个月,全市法院受理案件")).toEqual([]);
  });

  it("reads round sums, halves, half a year and doubling", () => {
    expect(read("挽回损失963万元、近亿元")[1]).toMatchObject({ text: "近亿元", value: 1e8, unit: "元", qualifier: "approx", kind: "money" }); // 309
    expect(read("近半数知识产权纠纷案结事了")[0]).toMatchObject({ text: "近半数", value: 50, unit: "%", qualifier: "approx" }); // 109
    expect(read("诉中又有一半案件以调解结案")[0]).toMatchObject({ text: "一半", value: 50, unit: "%" }); // 109
    expect(read("组织开展为期半年的专项整治")[0]).toMatchObject({ text: "半年", value: 0.5, unit: "年", kind: "duration" }); // 409
    expect(read("国内生产总值比2010年翻一番")[0]).toMatchObject({ text: "一番", value: 1, unit: "番", kind: "ratio" }); // 512
    expect(texts("三番五次")).toEqual([]);
  });

  it("reads lengths, kinds of category and items counted in 件次", () => {
    expect(texts("设置矮护栏6771米,施划交通标线413123延长米")).toEqual(["6771米", "413123延长米"]); // 311
    expect(read("对侦查活动违法问题提出纠正意见19.2万件次")[0]).toMatchObject({ text: "19.2万件次", unit: "件次", kind: "count" }); // 204
    expect(read("先后推动整改网格6大类57个问题")[0]).toMatchObject({ text: "6大类", unit: "大类" }); // 507
  });

  it("leaves departments listed and counted alone: they say who takes part", () => {
    expect(texts("整合政法委、信访、司法等7个常驻部门及9个轮驻部门资源")).toEqual([]); // 513
  });
});

describe("batch b21's numbers that are no figures (867, 874)", () => {
  const texts = (s: string) => figureTexts(s, "2022-01-17");
  it("leaves out a case named by its persons, the second of a series and a case's age", () => {
    expect(texts("办理黄某等4人涉网恶势力团伙案1件。")).toEqual(["1件"]);
    expect(texts("安徽省公安厅召开系列第二场新闻发布会,全省排名第二。")).toEqual(["第二"]);
    expect(texts("成功攻克57起命案积案,其中发案时间最长的故意杀人案距今已有35年。")).toEqual(["57起"]);
  });
});

describe("batch b28's numbers that are no figures (a10, a13, a15, a16)", () => {
  const texts = (s: string) => figureTexts(s, "2024-01-17");
  it("leaves out who took part, what one named case involved, a vague 数百万 and a story's sum", () => {
    expect(texts("推进涉案企业合规改革工作,会同区工商联等11家单位研究制定实施方案,对4家涉案企业发出合规检察建议。")).toEqual(["4家"]);
    expect(texts("审结非法集资等案件501件,其中包括涉案标的额2亿余元、受害人300余名的王福东非法集资案。")).toEqual(["501件"]);
    expect(texts("成功端掉一恶势力团伙,涉案金额达数百万元,刑拘犯罪嫌疑人15名。")).toEqual(["15名"]);
    expect(texts("避免发生损失百万元以上的电诈案件158宗。例如,天河区反诈中心成功劝阻一名八旬老人,避免其遭受960万元资金损失。")).toEqual(["158宗"]);
    // Must not: a sum the body's work recovered, and partners counted as work done.
    expect(texts("全年为群众挽回损失9亿余元,联合12家单位开展宣传活动30场。")).toEqual(["9亿余元", "12家", "30场"]);
  });
});

describe("batch b29's and b30's numbers that are no figures (a17, a18, a21, a27, a32)", () => {
  const texts = (s: string) => figureTexts(s, "2024-01-17");
  it("leaves out bounds that pick what is counted, a named case's sum, a selection's name and a band of offences compared", () => {
    expect(texts("审限内结案率上升1.23个百分点,超12个月未结案件比下降0.06个百分点。")).toEqual(["1.23个百分点", "0.06个百分点"]);
    expect(texts("依法审结涉案金额达2200余万元的黄家存等9人非法经营案。")).toEqual([]);
    expect(texts("一次死亡3人以上较大道路交通事故和亡人数同比分别下降34.62%、38.04%。")).toEqual(["34.62%", "38.04%"]);
    expect(texts("专项监督工作入选法治浙江“重要窗口”实践100例。")).toEqual([]);
    expect(texts("从全省办案量排名前十的罪名看,诈骗罪位居第一。")).toEqual(["第一"]);
    // Must not: a rank band reached, and a sum recovered in the work.
    expect(texts("全省办案量位居全国前十,挽回经济损失2200余万元。")).toEqual(["前十", "2200余万元"]);
  });
});

describe("batch b31's numbers that are no figures (a37–a40)", () => {
  const texts = (s: string) => figureTexts(s, "2025-01-09");
  it("leaves out the age of cold cases, round the clock, one case's sum and a firm's size that picks what is counted", () => {
    expect(texts("攻克33年、25年命案积案2起。")).toEqual(["2起"]);
    expect(texts("引入中国司法便民服务平台,提供24小时免费法律咨询服务。")).toEqual([]);
    expect(texts("妥善办结某亚洲公司与某矿业公司标的额9000余万元的合同纠纷。")).toEqual([]);
    expect(texts("全省百人以上律师事务所14家,同比增长55.56%。")).toEqual(["14家", "55.56%"]);
  });
});

describe("batch b32's numbers that are no figures (a42, a43, a46)", () => {
  const texts = (s: string) => figureTexts(s, "2026-01-30");
  it("leaves out the items just named, counted", () => {
    expect(texts("听取省人大常委会、省高级人民法院、省人民检察院等三个工作报告。")).toEqual([]);
    expect(texts("其中,惠阳、惠东和大亚湾三个县(区)法院收案增幅位居前三,分别达到80.52%、54.58%和51.22%。")).not.toContain("三个");
    // Must not: a count of kinds of work done, said after its items with a verb.
    expect(texts("打掉涉黑组织2个、涉恶团伙3个。")).toEqual(["2个", "3个"]);
  });
});

describe("batch b41's numbers that are no figures (b15, b20)", () => {
  const texts = (s: string) => figureTexts(s, "2020-01-10");
  it("leaves out what a beat is like, a case supposed, a story told from its hour and the grades of a scale", () => {
    expect(texts("金碧派出所轄區面積不大,僅1.57平方公里,但這里是昆明市的中心地帶,密集分布著6個社區、3家醫院和9所學校。")).toEqual([]);
    expect(texts("2016年到現在降到每天9起左右,如果哪天值班的時候接處警超過10起以上,都值得向同事說道說道。")).toEqual(["9起"]);
    expect(texts("“凌晨3點,2個網友‘奔現’約見面,后面變成搶奪手機案。”")).toEqual([]);
    expect(texts("将矛盾纠纷从高到低梳理出A、B、C三个等级18类纠纷。")).not.toContain("三个");
    // Must not: land restored, places built and people helped are work done.
    expect(texts("今年以来,恢复林地面积5.7平方公里,建成调解室12个,帮助群众300名。")).toEqual(["5.7平方公里", "12个", "300名"]);
  });
});

describe("batch b42's numbers that are no figures (b27)", () => {
  it("leaves out the bounds of a fee band", () => {
    expect(figureTexts("2020年,四川省律师办理案件中,收费不足1万元的案件18.87万件,占比36.5%;收费在1万元以上不足5万元的案件9.8万件。", "2021-04-09")).toEqual(["18.87万件", "36.5%", "9.8万件"]);
    // Must not: a fee earned is a sum.
    expect(figureTexts("2020年,全省律师业务收费达到68亿元。", "2021-04-09")).toEqual(["68亿元"]);
  });
});

describe("batch b43's numbers that are no figures (b34, b35)", () => {
  it("leaves out the parts of a report just named and counted, and a heading's story of how fast one operation went", () => {
    expect(figureTexts("汪松从服务高质量发展、维护公平正义、关注民生需求、推进司法体制改革、建设过硬队伍、自觉接受监督六个方面全面回顾总结了近五年工作。", "2021-12-16")).toEqual([]);
    expect(figureTexts("1天内破获两宗特大跨境贩毒案\n今年以来,全省破获毒品案件1600宗。", "2015-07-27")).not.toContain("1天");
    // Must not: measures listed and counted as the work's own (四个方面18项举措) stay figures.
    expect(figureTexts("创新推出加强警企沟通联络、优化涉企服务保障、规范涉企执法活动、精细涉企安全守护四个方面18项举措。", "2026-01-10")).toContain("四个");
  });
});

describe("batch b53's numbers that are no figures (c09, c11)", () => {
  const texts = (s: string) => figureTexts(s, "2024-08-15");
  it("leaves out the age of the oldest cold case solved and the bar of the accidents counted", () => {
    expect(texts("全市现发命案全破,攻克8起命案积案,其中案发时间最长达35年。")).toEqual(["8起"]);
    expect(texts("一次死亡3人以上交通事故起数下降47%。")).toEqual(["47%"]);
    // Must not: the years a body kept a record, and persons who died, are figures.
    expect(texts("交通事故死亡3人,同比下降25%。")).toEqual(["3人", "25%"]);
  });
});

describe("batch b54's numbers that are no figures (c20)", () => {
  it("leaves out the members of one named gang among the cases shown", () => {
    expect(figureTexts("以梁某升等13人为首的“村霸”,以周某等6人的“套路贷”等一批黑恶势力犯罪案件。全县抓获13人。", "2020-12-13")).toEqual(["13人"]);
  });
});

describe("batch b62's numbers that are no figures (c84, c87)", () => {
  const texts = (s: string) => figureTexts(s, "2020-11-04");
  it("leaves out the persons of one event told as an example, and the most a reward rule allows", () => {
    expect(texts("全市调解纠纷3955件。如华安县发生一起工人楼房建设坠楼死亡事件,死者家属因赔偿款问题纠集30多人到县信访局上访。")).toEqual(["3955件"]);
    expect(texts("对群众举报线索查实的都将给予奖励,有重大贡献的最高将给予1万元奖励。")).toEqual([]);
    // Must not: the persons of a count said plainly, and the rewards paid.
    expect(texts("全年发放举报奖励金1万元,受奖群众30多人。")).toEqual(["1万元", "30多人"]);
  });
});

describe("batch b63's numbers that are no figures (c99, d02, d03)", () => {
  const texts = (s: string) => figureTexts(s, "2021-01-15");
  it("leaves out the years of a record, circuit courts naming who worked, and a page's comment counter", () => {
    expect(texts("社会治安创近20年来最好水平,交通事故致人死亡数27年最低。")).toEqual([]);
    expect(texts("最高人民法院6个巡回法庭一季度新收各类案件2922件。")).toEqual(["2922件"]);
    expect(texts("最新评论共有 0 位网友发表了评论")).toEqual([]);
    // Must not: courts counted as what a place has.
    expect(texts("全省共有巡回法庭6个,审结案件27件。")).toEqual(["6个", "27件"]);
  });
});

describe("batch b64's numbers that are no figures (d04)", () => {
  it("leaves out the bar of the cases counted when 元 is left out", () => {
    expect(figureTexts("今年以来,案损100万以上案件全部告破,破获电诈案件1142起。", "2021-12-10")).toEqual(["1142起"]);
    // Must not: a sum said with 万 and no bar.
    expect(figureTexts("今年以来,返还被骗资金100万。", "2021-12-10")).toEqual(["100万"]);
  });
});

describe("batch b73's numbers (d62, d65, d67)", () => {
  it("reads a middle dot between digits before a percent sign as the decimal point, and leaves days named with it alone", () => {
    expect(read("比上年分别增加21·8%和18·8%")).toEqual([
      { text: "21·8%", value: 21.8, unit: "%", qualifier: "exact", kind: "percent" },
      { text: "18·8%", value: 18.8, unit: "%", qualifier: "exact", kind: "percent" },
    ]);
    // Must not: “3·15” and “12·4” are days.
    expect(texts("结合“3·15”消费者权益保护日、“12·4”国家宪法日开展宣传")).toEqual([]);
  });

  it("counts teams added, reforms carried out and example cases made known, said in Chinese numerals", () => {
    expect(texts("该院新增两个民事审判团队和执行督查考核团队")).toEqual(["两个"]);
    expect(texts("深圳检察机关先后推行了三项刑检体制改革举措")).toEqual(["三项"]);
    expect(texts("通报我市近期宣判的三宗扫黑除恶专项斗争典型案例侦查、审判情况")).toEqual(["三宗"]);
    // Must not: set phrases with the same numerals.
    expect(texts("坚持两个毫不动摇,落实三项制度")).toEqual([]);
  });

  it("leaves out the one case of a pace, keeping its days", () => {
    expect(texts("法官、执行员人均办案210件,平均1.3个工作日办理1件案件")).toEqual(["210件", "1.3个工作日"]);
    // Must not: one case concluded is a count.
    expect(texts("今年以来审结1件案件")).toEqual(["1件"]);
  });
});

describe("numbers the readers of the fresh tuned texts left out (session 26)", () => {
  it("leaves out a caseload band's bound, a rate's window, a case's name, a named policy, pilot provinces, a named set and an assessment's weight", () => {
    expect(figureTexts("洛南县人民法院\n员额法官人均结案233.13件,其中,500件以上 1人,400件以上 2人。", "2023")).toEqual(["233.13件", "1人", "2人"]);
    expect(figureTexts("宁波市镇海区司法局\n全省社区矫正综管平台24小时总处置率位列全市第一。", "2021-09-14")).toEqual(["第一"]);
    expect(figureTexts("深圳市人民检察院\n快速办理光明区尹某等人私改112户燃气管道案等一批重点刑事案件。", "2022-04-13")).toEqual([]);
    expect(figureTexts("温州市公安局\n持续抓好市局服务和保障“两个健康”60条,深入实施服务民营经济十大重点项目。", "2022-01-10")).not.toContain("60条");
    expect(figureTexts("贵州省人民检察院\n作为全国13个开展公益诉讼试点改革的省份之一,贵州检察机关积极探索。", "2018-07-19")).toEqual([]);
    expect(figureTexts("北京市司法局\n明确统筹推进、注重实效、定期报告三项工作要求。", "2019")).toEqual([]);
    expect(figureTexts("六安市司法局\n将公共法律服务体系建设纳入依法行政考核,所占分值由5分提高至10分。", "2021-10-20")).toEqual([]);
    // Must not: measures made (制定…10条工作措施, a05); a clearance rate's window the reader of 819 kept.
    expect(figureTexts("贵阳市中级人民法院\n制定进一步服务保障“强省会”10条工作措施。", "2023-01-20")).toEqual(["10条"]);
    expect(figureTexts("山东省公安厅\n现行命案24小时破案率达97.8%。", "2026-01-20")).toContain("24小时");
  });
});
