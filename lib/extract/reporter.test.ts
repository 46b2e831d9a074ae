// Who reports and where, read from a text with no sources.json entry; the
// openings below are those of corpus texts (tuned part).

import { describe, expect, it } from "vitest";
import { declaredReporter, readDate, reportYearOf, summaryDate, textReporter } from "./reporter";
import { dominantRegion, resolveRegion } from "./gazetteer";
import { textToParagraphs } from "./segment";
import { extractText } from "./index";
import { placeName } from "../i18n";

const reporter = (text: string) => textReporter(textToParagraphs(text));

describe("textReporter", () => {
  it("reads a national body from the opening: no province, the national code", () => {
    const text = "最高人民检察院19日发布今年1至3月全国检察机关主要办案数据,呈现哪些变化?\n今年一季度,全国检察机关共批准和决定逮捕各类犯罪嫌疑人14.3万人。";
    expect(reporter(text)).toMatchObject({ institution: "procuratorate", national: true, region: { province: null, code: "000000" } });
    const [f] = extractText(text, { docDate: "2022-04-19" }).figures;
    expect(f).toMatchObject({ institution: "procuratorate", province: null, regionCode: "000000", metric: "procuratorate.arrests.approved" });
    expect(placeName("zh", f)).toBe("全国");
    expect(placeName("en", f)).toBe("National");
    expect(placeName("zh", { ...f, regionCode: null })).toBe("未知");
  });

  it("reads 全市 as a county-level city only when the text does not name its prefecture twice as often (893, 800)", () => {
    const wuzhou = "岁月如流,时光不居\n转眼间2021即将落下帷幕\n回首这一年\n我们重任在肩、聚力前行\n我们不忘初心、砥砺奋进\n我们用忠诚奉献书写了平安答卷\n无论严寒酷暑,无论风霜雨雪\n那一抹抹藏青蓝\n一直都在\n防范疫情,守住“一条底线”\n今年以来,随着全球疫情持续恶化,尤其是德尔塔、奥密克戎等变异毒株的出现,国内多个城市出现了输入性的疫情反弹现象,梧州市治安部门牵头联防联控组累计排查管控从疫情中高风险地区及其所在城区来(返)梧2937人;排查管控入境人员49人;密切接触者4人、次密接57人;集中隔离866人、居家隔离843人。查获“三非”人员489人,成功拦截借道过境我市“三非”人员1批次20人,守住了梧州不发生本地新冠肺炎疫情的底线。\n重大安保,维护“两个稳定”\n自庆祝建党100周年安保维稳工作开展以来,全市公安机关排查梳理各类矛盾纠纷3070人,重点敏感人员84人,群体24个,全部落实管控措施,确保了安保维稳期间进京“零非访”。做好了第18届中国-东盟“两会”和梧州宝石节的安保工作,启动梧州市东出口、梧州市龙圩大坡、岑溪市筋竹和岑溪市横垌4个环桂公安检查站。";
    expect(reporter(wuzhou)?.region).toMatchObject({ province: "广西壮族自治区", city: "梧州市", county: null });
    // Must not: a county-level city named more than its prefecture speaks for itself (全市 of 太仓).
    const taicang = "2024年,市法院坚持公正与效率,太仓法院全年受理各类案件1万件。全市法院审结案件9000件。太仓市委、苏州市中级人民法院给予支持。太仓全市法治环境持续向好,苏州市表扬。";
    expect(reporter(taicang)?.region).toMatchObject({ city: "苏州市", county: "太仓市" });
  });

  it("does not take a body visited for the one reporting, and reads a legal-aid centre as a justice body (a89, d53)", () => {
    const a89 = "广州日报讯 (全媒体记者魏丽娜)7月20日,广州市人大常委会组织广州市选出的全国人大代表、省人大代表开展“更好发挥人大代表作用”主题活动,调研组一行参观了广州市中级人民法院5G智慧法院实验室,并听取广东省高院通报今年上半年工作情况。据介绍,2021年上半年,全省法院新收各类案件167.3万件。";
    expect(reporter(a89)).toMatchObject({ institution: "court", region: { province: "广东省", city: null } });
    const d53 = "房山区2008年上半年法律援助案件同比增长346.8%\n截止到2008年6月15日,房山区法律援助中心办理法律援助案件210件,与去年同期相比增长346.8%。北京市司法局要求各区扩大法律援助覆盖范围。";
    expect(reporter(d53)).toMatchObject({ institution: "justice", region: { province: "北京市", county: "房山区" } });
  });

  it("keeps a city court that names its 两级法院, even when a district court of it heads a later line (c75)", () => {
    const c75 = "2023年2月中旬起,乌鲁木齐市中级人民法院在两级法院开展为期4个月的“维护社会稳定 助力首府发展”执行“1+4”专项行动,进一步优化法治化营商环境。\n天山区人民法院集中执行\n专项行动聚焦涉民生执行案件。其中,天山区人民法院集中力量前往南疆开展执行行动。";
    expect(reporter(c75)?.region).toMatchObject({ province: "新疆维吾尔自治区", city: "乌鲁木齐市", county: null });
  });

  it("reads an opening that counts the courts', procuratorates' and police's work of the 政法机关 as the 政法委's (b26)", () => {
    const b26 = "本报记者 黄合 通讯员 勇政华 2016年,全市社会治安、公共安全、安全生产等各项主要指标实现近十年来最大幅度的下降,有效警情数、刑事发案数同比分别下降11.4%、19.2%。 2016年,全市命案、“五类”案件破案率均达98.7%,通讯(网络)诈骗发案同比下降14.1%,实现近年来的首次负增长。 2016年,全市法院系统结案数同比上升13.58%、执结案数同比增长34.49%,检察机关受理公安机关提请批捕案件数和人数同比分别下降11.15%和9.57%…… 回首过去的一年,面对经济社会发展中的重重考验,全市政法机关扛起了责任,顶住了压力,在中央和省委、市委一系列决策部署下,圆满完成了各项任务,为促进我市经济社会平稳健康发展、实现“十三五”良好开局发挥了重要作用。";
    expect(reporter(b26)?.institution).toBe("plac");
    // Must not: one body's opening that mentions the others it works with.
    expect(reporter("2022年,全市法院受理各类案件12万件,审结11万件。全市法院与检察机关、公安机关加强协作,政法机关联动化解纠纷。")?.institution).toBe("court");
  });

  it("keeps the 政法委 the reporter learnt the figures from, whatever work they count (reporter set r139)", () => {
    const r139 = "2018年,136个恶势力犯罪集团和团伙被摧毁,1017人涉黑涉恶犯罪嫌疑人被抓获\n\n记者今天下午从上海市政法委获悉,2018年,全市排摸核查涉黑涉恶线索700余条,侦破3起涉黑案件,摧毁恶势力犯罪集团和团伙136个,抓获涉黑涉恶犯罪嫌疑人1017人,破黑恶团伙案件262起,全市涉黑涉恶类警情同比下降25.2%。";
    expect(reporter(r139)).toMatchObject({ institution: "plac", region: { province: "上海市" } });
    // Must not: a police bureau named as the source keeps the police.
    expect(reporter("记者今天下午从上海市公安局获悉,2018年,全市侦破刑事案件3万起,抓获犯罪嫌疑人1017人。")?.institution).toBe("police");
  });

  it("reads a party committee hearing the 政法部门's reports as the 政法委's review of them all (reporter set r158)", () => {
    const r158 = "■记者 胡宇燕 本报讯 6日,市委常委会听取政法部门的工作汇报。市委书记徐华水主持会议,并对做好全市政法工作提出了明确要求。 会议传达了中央、省、金华市政法工作会议精神,听取了公安、法院、检察院、司法局、政法委的工作汇报。 去年,市公安机关紧扣市委、市政府的中心工作。永康市法院全年受理案件1万件。";
    expect(reporter(r158)?.institution).toBe("plac");
  });

  it("takes neither the scene of a story's event nor a national body that launched a campaign for the reporter (reporter set r163)", () => {
    const r163 = "新华网沈阳1月22日电(记者白涌泉)“没想到还能见到你,转眼我们都已经老了……”失散65年之久的一对孪生姐妹相拥而泣。这是2021年8月10日发生在阜新市公安局“团圆行动”认亲活动上的一幕。\n过去一年,类似的场景不断在全省各地上演。自公安部部署开展“团圆行动”以来,辽宁公安机关闻令而动,让一个又一个破碎的家庭迎来团圆。";
    expect(reporter(r163)).toMatchObject({ national: false, region: { province: "辽宁省", city: null } });
  });

  it("reads a county's 交警 and a province's 禁毒部门 as the police (reporter set r170, r172)", () => {
    expect(reporter("国庆长期 德江交警坚守岗位奋战一线\n国庆假期,德江交警为预防和减少酒后驾驶引发的道路交通事故的发生,在节日长假期间坚守岗位,查处酒驾12起。")).toMatchObject({ institution: "police", region: { county: "德江县" } });
    // (The text is read through its simplified copy, as readText does.)
    expect(reporter("黑龙江林区毒品原植物『零种植』 全民禁毒氛围增强\n据了解,今年年初以来,全省各级禁毒部门和禁毒委成员单位全面推进禁毒打击、整治、管控、预防教育和基础建设工作,取得阶段性成果。黑龙江省破获毒品案件100起。")?.institution).toBe("police");
    // Must not: 全县交警 in a city's text is not a county body.
    expect(reporter("中卫市公安局\n中卫市公安局召开会议。全县交警查处酒驾10起。")?.region.county ?? null).toBeNull();
  });

  it("reads 阿克塞县 as 阿克塞哈萨克族自治县, and work on a body (推进综治中心…建设) as no body (reporter set r198, r199)", () => {
    expect(reporter("深耕县域法治田 阿克塞有“法”宝\n2024年即将落幕,过去的一年里,阿克塞县紧紧围绕县委、县政府的中心工作,积极履行司法行政职能。阿克塞县司法局共办理法律援助案件22件。")?.region).toMatchObject({ province: "甘肃省", county: "阿克塞哈萨克族自治县" });
    const r199 = "“不到2小时就把事情成功解决了,我们非常满意。”近日,“最多跑一地”四川推进综治中心规范化建设全景报道采访团,在武胜县社会治安综合治理中心(以下简称“县综治中心”)调解室里,见证了一起邻里漏水纠纷的圆满化解。\n这样化干戈为玉帛的场景,在此地已是常态。2025年,该中心累计接待群众1911批次。武胜县综治中心…";
    expect(reporter(r199)).toMatchObject({ institution: "plac", region: { county: "武胜县" } });
  });

  it("does not take the superior under whose leadership the work was done (在省司法厅…领导下, reporter set r210)", () => {
    const r210 = "2013年,在省司法厅和市委、市政府领导下,全市司法行政系统认真学习贯彻党的十八大精神,为绵阳经济发展和“平安绵阳、法治绵阳”建设提供了优质高效的法律服务。绵阳市司法局…绵阳…";
    expect(reporter(r210)).toMatchObject({ institution: "justice", region: { city: "绵阳市" } });
    // Must not: a body that itself works under a leadership stays the reporter.
    expect(reporter("2013年,绵阳市公安局在市委、市政府的正确领导下,破获刑事案件1000起。")).toMatchObject({ institution: "police", region: { city: "绵阳市" } });
  });

  it("places a body named with its place before a scope word (广西全区法院; reporter set r162)", () => {
    const r162 = "今年以来广西常态化扫黑除恶共打掉涉黑恶组织115个\n11月21日,记者从2023年广西常态化扫黑除恶斗争新闻发布会获悉,今年以来,广西共打掉涉黑组织7个、涉恶犯罪集团32个。广西全区法院一审审结涉黑恶案件100件。";
    expect(reporter(r162)?.region.province).toBe("广西壮族自治区");
    // Must not: 全市法院 alone stays the city the text names most.
    expect(reporter("南宁市\n2023年,全市法院受理案件12万件。南宁市各级法院…")?.region.city).toBe("南宁市");
  });

  it("reads a named body and resolves its place, customary names included", () => {
    expect(reporter("乌兰察布市公安局交出2024年“平安答卷”\n本报讯 1月3日,市公安局召开“向人民报告”新闻发布会。")?.region).toMatchObject({ province: "内蒙古自治区", city: "乌兰察布市" });
    expect(reporter("近日,龙江法院召开新闻发布会,通报上半年审判执行工作。")).toMatchObject({ institution: "court", region: { province: "黑龙江省", city: "齐齐哈尔市", county: "龙江县" } });
    expect(reporter("近年来,湘西州永顺县司法局积极探索社会治理新模式。")).toMatchObject({ institution: "justice", region: { county: "永顺县" } });
  });

  it("reads a 扫黑除恶 or 平安 campaign said in the lead's first lines, under a headline that names no body, as the 政法委's (b73, a80)", () => {
    const b73 = "永州严惩黑恶势力\n打掉黑社会性质组织5个、恶势力犯罪团伙66个\n湖南日报4月5日讯(记者 刘跃兵)记者从4月4日下午永州市召开的扫黑除恶专项斗争新闻发布会上获悉,永州市扫黑除恶专项斗争取得明显成效。\n截至今年3月底,永州市共打掉黑社会性质组织5个、恶势力犯罪团伙66个,破获涉黑涉恶刑事案件328起,刑事拘留586人。";
    expect(reporter(b73)).toMatchObject({ institution: "plac", region: { city: "永州市" } });
    const a80 = "平安是最大的民生。在璧山,“平安璧山”是什么模样?\n2023年,我区平安建设卓有成效。全区刑事警情同比下降12%。";
    expect(reporter(a80)?.institution).toBe("plac");
    // Must not: the work the whole text clearly describes wins over a meeting named in its lead (986).
    const legalAid = "2011年硚口区法律援助工作总结\n2011年,我区法律援助工作能够按照中央、省、市、区政法工作会议的要求开展。全年受理法律援助案件220件,法律援助中心接待咨询1500人次,法律援助律师办结案件210件。";
    expect(reporter(legalAid)?.institution).toBe("justice");
  });

  it("places a text by the place it names even when whose work it reports is not clear", () => {
    const text = "厦门:去年群众安全感持续提升\n去年,厦门破获刑事案件100起,审结案件200件,起诉300人。厦门将继续努力。";
    expect(reporter(text)).toMatchObject({ institution: "unknown", region: { province: "福建省", city: "厦门市" } });
  });

  it("speaks for a county the text is about rather than the city body it names first", () => {
    const text = "2月15日,常德市公安局发布2021年度全市公安机关绩效评估情况通报,通报显示,桃源县公安局被市局评为绩效评估优秀单位。\n收到这一喜讯,全局上下一片欢腾。桃源县公安局破获刑事案件100起。桃源公安全年抓获300人。";
    expect(reporter(text)?.region).toMatchObject({ city: "常德市", county: "桃源县" });
    // Must not: a county body in a story further on (878), nor a county beside a city's system of bodies (深圳检察机关, 823).
    expect(reporter("华声在线4月18日讯 为深入推进平安满意张家界建设。4月18日,张家界市公安局召开“围猎”专项行动新闻发布会。\n从2016年12月1日起,张家界公安机关开展专项行动。\n3月5日,慈利县公安局破获一起贩毒案,缴获毒品40克;慈利县公安局抓获嫌疑人3名。慈利县警方表示。")?.region).toMatchObject({ city: "张家界市", county: null });
    expect(reporter("过去一年,深圳检察机关强化民事行政裁判监督,办理案件712件。\n盐田区检察院督促相关部门整改;盐田区检察院办理案件。盐田区的企业整改。")?.region).toMatchObject({ city: "深圳市", county: null });
    expect(reporter("2017年是海珠区基础建设年,我局在区委、区政府正确领导下推进工作。\n广州市司法行政系统表彰。全区调解纠纷3235宗。海珠区司法局办理法律援助100件。")?.region).toMatchObject({ county: "海珠区" });
    // 平和 is a word (peaceful), not 平和县.
    expect(reporter("一年来,全省各级公安机关成功打掉133个黑恶团伙,社会平和稳定。")?.region?.county ?? null).toBeNull();
  });

  it("takes a named body over a bare 我院 before it, and 全州 as the whole prefecture", () => {
    expect(reporter("我院召开新闻发布会\n1月5日,杭州市西湖区人民法院召开新闻发布会,通报2022年审判执行工作情况。全年受理案件2万件。")?.region).toMatchObject({ city: "杭州市", county: "西湖区" });
    expect(reporter("近日,记者从大理州公安局获悉,今年以来全州公安机关破获刑事案件1000起。")?.region).toMatchObject({ province: "云南省", city: "大理白族自治州" });
  });

  it("reads a city police bureau's district branch as that district", () => {
    expect(reporter("【打击刑事犯罪】2020年,海口市公安局琼山分局重点打击涉及民生的多发性侵财犯罪,立各类刑事案件2457起。")?.region).toMatchObject({ province: "海南省", city: "海口市", county: "琼山区" });
  });

  it("does not take 公安部门 for the ministry, nor a meeting's venue for the place reported on", () => {
    const tianjin = "天津召开2022年平安天津建设第一次新闻发布会\n市政府新闻办昨天召开新闻发布会。本市全年新打掉涉黑恶犯罪团伙17个。公安部门深入推进“云剑”行动。天津平安建设群众满意度高。";
    expect(reporter(tianjin)).toMatchObject({ national: false, region: { province: "天津市" } });
    const xpcc = "1月21日,新疆生产建设兵团政法维稳工作会议在乌鲁木齐召开。据了解,2012年,兵团审判机关共受理案件30821件。司法行政机关办理各类法律服务案件17.4万件。";
    expect(reporter(xpcc)?.region).toMatchObject({ province: "新疆维吾尔自治区", city: null });
  });

  it("gives a first sentence about 平安建设, 扫黑除恶 or 社会治安 that names no body to the 政法委", () => {
    const tianjin = "天津召开2022年平安天津建设第一次新闻发布会\n市政府新闻办昨天召开新闻发布会。本市全年新打掉涉黑恶犯罪团伙17个,破获刑事案件681起,抓获犯罪嫌疑人300人。公安机关深入推进“云剑”行动,破获电诈案件100起。天津平安建设群众满意度高。";
    expect(reporter(tianjin)?.institution).toBe("plac");
    const police = "全市公安机关深入推进社会治安整治\n全市公安机关破获刑事案件681起,抓获犯罪嫌疑人300人。天津市公安局通报。";
    expect(reporter(police)?.institution).toBe("police");
    // …but a body that opens the year's review after it, whose work the text counts, reports (r219).
    const wuzhou = "西江都市报讯 昨日,梧州市召开深化平安梧州建设、提升社会公众安全感新闻通气会。\n据了解,2014年,梧州市公安机关紧紧围绕平安梧州建设的目标任务,全力做好案件侦破工作。2014年,梧州全市命案全破,刑事案件发案率下降13.95%,抓获犯罪嫌疑人3217人,破获案件100起。岑溪市公安局连续第五年荣获“全区优秀公安局”称号。";
    expect(reporter(wuzhou)?.institution).toBe("police");
  });

  it("gives a scope word (全市, 省) the place the text names most", () => {
    const text = "原标题:全市政法系统发挥平安建设主力军作用\n中国甘肃网8月23日讯据兰州日报报道,全市政法系统坚决扛起使命担当。";
    expect(reporter(text)).toMatchObject({ institution: "plac", region: { province: "甘肃省", city: "兰州市" } });
    // 公安 and 平安 are words here, not 荆州's 公安县 or 海东's 平安区.
    expect(dominantRegion("甘肃公安“向人民报告”新闻发布会。全省公安机关推进平安甘肃建设,公安工作取得实效。")?.province).toBe("甘肃省");
    // a21: 十大新闻事件, twice, is not 崇左's 大新县.
    expect(dominantRegion("省公安厅发布安徽公安机关2018年度“十大新闻事件”,侦破涉黄涉赌刑事案件2778起等新闻事件入选。\n十大新闻事件我们一一来看")?.province).toBe("安徽省");
    expect(dominantRegion("崇左市大新县公安局召开新闻发布会,大新县公安局通报。")?.county).toBe("大新县");
  });

  it("does not read a place out of words (环境资源, 金融安全) and resolves a name several provinces share by the province the text names", () => {
    // 913: 自治区高级人民法院 in a text that never names 内蒙古; 资源县 and 融安县 are words here.
    const court = reporter("1月14日,在自治区第十三届人民代表大会第三次会议上,自治区高级人民法院院长作报告。\n全区法院审理各类环境资源案件2.1万件。依法保障金融安全,审结金融借款案件13.3万件。");
    expect(court?.institution).toBe("court");
    expect(court?.region.province ?? null).toBeNull();
    // 919: 普陀 is a district of 上海 and of 舟山; a text that names 杭州 is in 浙江.
    const police = reporter("2023年,全区公安机关在区委、区政府和市公安局的坚强领导下,以杭州亚运会亚残运会安保为主线,主动融入普陀“三个现代化”发展大局。");
    expect(police?.region).toMatchObject({ province: "浙江省", city: "舟山市", county: "普陀区" });
    // r25: 河南 is the province, not 河南蒙古族自治县 of 青海.
    expect(reporter("省司法厅厅长介绍了2021年扩大村(居)法律顾问服务面民生实事落实情况。\n奋力建设更高水平的法治河南。")?.region).toMatchObject({ province: "河南省", city: null });
  });

  it("speaks for the whole prefecture when the body is 全市法院, whichever county the text names most", () => {
    const text = "2022年,全市法院坚持服务大局。全市法院受理案件127220件。\n兖州区法院办结案件1000件。兖州区法院开展活动。兖州区法院获评先进。全区法院干警…。济宁高新区法院、曲阜市法院、汶上县法院各有创新。";
    expect(reporter(text)?.region).toMatchObject({ province: "山东省", city: "济宁市", county: null });
  });

  it("reads a league by its short name, and does not take a body whose deployment is followed for the reporter (r76, r54)", () => {
    expect(reporter("日前,锡盟委政法委举行“平安锡林郭勒”建设主题新闻发布会")).toMatchObject({ institution: "plac", region: { province: "内蒙古自治区", city: "锡林郭勒盟" } });
    expect(reporter("为贯彻落实最高检、省检察院“检护民生”专项行动部署,6月4日上午,赣州市检察院召开公益诉讼主题新闻发布会。")).toMatchObject({ institution: "procuratorate", national: false, region: { city: "赣州市" } });
  });

  it("reads the 政法委's work from a 平安建设 or 扫黑除恶 meeting with no body named, and a 扫黑办 by its full name, not its venue (909, 926, 927)", () => {
    expect(reporter("我市召开扫黑除恶 专项斗争新闻发布会\n本报讯 ( 见习记者 巩琳璐)2月25日,市委宣传部召开扫黑除恶专项斗争新闻发布会,通报2018年全市扫黑除恶专项斗争推进情况。")).toMatchObject({ institution: "plac" });
    expect(reporter("4月4日下午,六盘水市扫黑除恶专项斗争领导小组办公室在市公安局多功能厅组织召开全市扫黑除恶专项斗争新闻发布会。")).toMatchObject({ institution: "plac", region: { city: "六盘水市" } });
    expect(reporter("记者在近日蒙山县召开的2006年度社会治安综合治理暨平安建设工作表彰会上获悉:去年该县进一步健全完善排查登记制度,全年调处纠纷452件。")).toMatchObject({ institution: "plac", region: { county: "蒙山县" } });
  });

  it("reads 警方 as the police, and a bare name shared by a prefecture and a district elsewhere as the prefecture (945)", () => {
    expect(reporter("「扫黑除恶」大同警方打掉66个涉黑涉恶犯罪团伙,抓获涉案人员355人!\n自中共中央、国务院发出通知以来,我市立即对扫黑除恶专项斗争进行了部署落实。")).toMatchObject({ institution: "police", region: { province: "山西省", city: "大同市" } });
  });

  it("says nothing rather than guess when the text names no body", () => {
    expect(reporter("天地风霜尽,乾坤气象和。感谢您的关心和支持。")).toBeNull();
  });
});

describe("declaredReporter", () => {
  it("resolves what sources.json declares, short names included", () => {
    expect(declaredReporter({ institution: "plac", level: "prefecture", province: "四川省", city: "凉山彝族自治州", county: null }, "凉山州政法队伍教育整顿领导小组办公室")?.region.code).toBe("513400");
    expect(resolveRegion("凉山州")?.code).toBe("513400");
    expect(declaredReporter({ institution: "court", level: "national", province: null, city: null, county: null }, "最高人民法院")).toMatchObject({ national: true, institution: "court" });
  });

  it("wins over the text, and a conflict is reported", () => {
    const doc = extractText("浙江省高级人民法院工作报告\n2014年,全省法院受理案件1000件。", {
      docDate: "2015-01-23",
      declared: { institution: "court", level: "provincial", province: "四川省", city: null, county: null },
    });
    expect(doc.figures[0]).toMatchObject({ province: "四川省", institution: "court" });
    expect(doc.errors).toContainEqual(expect.stringContaining("sources.json says 四川省, the text says 浙江省"));
  });
});

describe("who reports when the text names no body (996, 825)", () => {
  it("reads the work the text names most, with no place, and a 平安浙江 headline as the 政法委's", () => {
    expect(reporter("2020年人民调解工作数据统计\n截止到2020年11月30日,全市受理调解案件6368件,调解成功6217件。\n目前,全市共有1127个人民调解委员会,其中,村(居)民调委会972个、乡镇(街道)调委会49个、企事业单位调委会81个。")).toMatchObject({ institution: "justice", region: { province: null } });
    expect(reporter("“平安浙江”交出亮丽成绩单\n群众安全感满意率达96.2%\n本报杭州4月2日讯 记者从省政府新闻办今天召开的建设平安浙江新闻发布会获悉,我省2014年实现全省刑事发案、生产安全事故、信访总量分别比去年下降2%、6.2%和16.8%。")).toMatchObject({ institution: "plac", region: { province: "浙江省" } });
    // Must not: a text whose work is unclear still says nothing of who.
    expect(reporter("天地风霜尽,乾坤气象和。")).toBeNull();
  });
});

describe("a text that counts the whole country (844)", () => {
  it("is national when its opening counts 全国 and names no body, whatever provinces it lists after", () => {
    expect(reporter("一、律师工作\n(一)律师。截至2022年底,全国共有执业律师65.16万多人。律师人数超过1万人的省(区、市)有23个,其中超过3万人的省(市)有8个(分别是广东、北京、江苏、上海、山东、浙江、四川、河南)。律师事务所3.86万多家。")).toMatchObject({ national: true, institution: "justice" });
    // A text that speaks for the whole province, naming no body, is the province's, not the city's it names most (985).
    expect(reporter("星报讯 5月14日,省政府新闻办召开新闻发布会,通报了安徽律师行业改革发展情况。据悉,全省律师队伍人数快速增长。合肥市律师4000人,合肥律师事务所300家,合肥公证处5家,律师办案。")?.region).toMatchObject({ province: "安徽省", city: null });
    // Must not: a province's text that compares itself with the country keeps its place.
    expect(reporter("浙江省司法厅\n截至2022年底,全省共有执业律师3.2万人,占全国的5%。")).toMatchObject({ national: false, region: { province: "浙江省" } });
  });
});

// The date readDate reads (the year a letter looks back on shows in its figures' periods, figures.test.ts).
const dateOf = (paragraphs: Parameters<typeof readDate>[0]) => readDate(paragraphs).date;

describe("readDate", () => {
  it("takes the first full date of the opening, else the latest year it names", () => {
    expect(dateOf(textToParagraphs("甘肃省人民检察院工作报告\n——2022年1月18日在甘肃省第十三届人民代表大会第六次会议上"))).toBe("2022-01-18");
    expect(dateOf(textToParagraphs("来源:法治日报 发布时间: 2023-10-09 13:13:26"))).toBe("2023-10-09");
    expect(dateOf(textToParagraphs("最高检发布2022年1至6月全国检察机关主要办案数据"))).toBe("2022");
    expect(dateOf(textToParagraphs("天地风霜尽,乾坤气象和。"))).toBeNull();
  });

  it("dates a text that counts to the end of the latest year it names in the next year, to the dateline's day (989, 985)", () => {
    expect(dateOf(textToParagraphs("6月23日,记者从国家禁毒委员会办公室获悉,截至2021年底,全国现有吸毒人员148.6万名。"))).toBe("2022-06-23");
    expect(dateOf(textToParagraphs("10月10日,江西召开新闻发布会。全省群众安全感从2012年的96.14%上升到2021年的98.53%。"))).toBe("2022-10-10");
    // Must not: a text that counts to a day of its own year stays in it.
    expect(dateOf(textToParagraphs("6月23日,记者获悉,截至2021年5月底,全国现有吸毒人员148.6万名。"))).toBe("2021-06-23");
  });

  it("dates a look back in the next year when it says 去年 of the year it names, or is a January 向人民报告 (303, 312, 803)", () => {
    expect(dateOf(textToParagraphs("1月9日,甘肃省公安厅常务副厅长总结2020年全省公安工作说,去年,全省刑事案件下降。今年将继续推进。"))).toBe("2021-01-09");
    expect(dateOf(textToParagraphs("1月7日,“砥砺奋进—向人民报告”新疆生产建设兵团公安新闻发布会召开。会上通报了2024年以来公安机关的工作成效。"))).toBe("2025-01-07");
    // Must not: 去年同期 is a comparison, not the year looked back on.
    expect(dateOf(textToParagraphs("2019年1至6月,全市刑事案件与去年同期相比下降5%。"))).toBe("2019");
  });

  it("dates a work report in the year after the one its review opens with, not after the year of its plans (915, a81)", () => {
    expect(dateOf(textToParagraphs("星报讯 1月21日下午,安徽省第十四届人民代表大会第三次会议举行第二次全体会议,安徽省人民检察院代理检察长作《安徽省人民检察院工作报告》。根据报告,2024年,全省检察机关受理各类案件19.7万件。\n2025年,全省检察机关将继续全力服务经济社会发展。"))).toBe("2025-01-21");
    expect(dateOf(textToParagraphs("1月29日,霸州市第七届人民代表大会第二次会议召开。会议听取并审议了霸州市人民法院工作报告。\n会上,院长向大会做工作报告。他说,2017年,霸州法院在市委的正确领导下。2018年是贯彻党的十九大精神的开局之年。"))).toBe("2018-01-29");
  });

  it("takes the dateline's day in the year it names, after what the text says has started (931, 878, 935, 703)", () => {
    expect(dateOf(textToParagraphs("本网讯(记者 李俊)12月18日,扫黑除恶专项斗争2020年第二次新闻发布会在市政府新闻发布厅举行。"))).toBe("2020-12-18");
    expect(dateOf(textToParagraphs("长城网·冀云客户端1月7日讯 记者在“燕赵—砺剑铸盾2021”专项行动新闻发布会上获悉,专项行动自2021年5月8日起开展。"))).toBe("2022-01-07");
    expect(dateOf(textToParagraphs("华声在线4月18日讯 张家界市公安局召开新闻发布会。\n从2016年12月1日起,全市公安机关开展“围猎”专项行动。"))).toBe("2017-04-18");
    expect(dateOf(textToParagraphs("中新网南京1月10日电 江苏省公安厅10日召开2022年全省公安工作情况通报大会。\n过去一年,江苏省公安工作和队伍建设质态显著提升。"))).toBe("2023-01-10");
    // Must not: a campaign's start that the dateline day comes after stays in its year.
    expect(dateOf(textToParagraphs("中新网9月20日电 专项行动自2021年5月8日起开展。"))).toBe("2021-09-20");
  });

  it("reads a 向人民报告 named by its own year as held in that year (832), and a site's stamp only when the text dates nothing itself (205)", () => {
    expect(dateOf(textToParagraphs("1月9日,四川省人民政府新闻办公室召开2026年四川公安“向人民报告”新闻发布会。会上介绍,2025年,我省机动车保有量达2484万辆。"))).toBe("2026-01-09");
    expect(dateOf(textToParagraphs("衢州去年刑案总发案率下降8.24%\n2014年度衢州公安向人民报告\n2014年,衢州公安机关工作还是蛮拼的。"))).toBe("2015");
    expect(dateOf(textToParagraphs("甘肃省人民检察院工作报告\n稿件来源:甘肃人大网 发布时间:2022-11-02 20:14:37\n——2022年1月18日在甘肃省第十三届人民代表大会第六次会议上"))).toBe("2022-01-18");
    // Must not: another date of the opening is an event, and the stamp is the page's day.
    expect(dateOf(textToParagraphs("发布时间:2021-03-02\n2020年12月5日,我院召开审判委员会会议。全年受理案件100件。"))).toBe("2021-03-02");
  });

  it("reads a portal's print stamp, day first, as the page's day (899, a44, a51)", () => {
    expect(dateOf(textToParagraphs("去年郑州查办职务犯罪497人\n24.02.2016  09:20\n本报讯 记者从昨天召开的全市检察机关会议上获悉,去年全市检察机关共查办职务犯罪案件301件497人。"))).toBe("2016-02-24");
    // …before a year the report covers (2014年,全县…), which would otherwise date it.
    expect(dateOf(textToParagraphs("秀山司法局\n09.03.2015  10:12\n2014年,全县共调解纠纷1200件。"))).toBe("2015-03-09");
    // Must not: a version number or a figure with two points is no stamp.
    expect(dateOf(textToParagraphs("2022年上半年,全省法院系统升级到12.03.2021版。"))).toBe("2022");
  });

  it("reads a look back on a year after a bullet or said 一年里, and a span's first day as no date of writing, only its last (819, 207, 800)", () => {
    expect(dateOf(textToParagraphs("权威发布 2025年山东刑事治安警情双下降\n●2025年,山东省刑事、治安警情同比分别下降10.53%、13.35%\n1月8日,山东省公安厅召开新闻发布会。"))).toBe("2026-01-08");
    expect(dateOf(textToParagraphs("中国甘肃网1月24日讯 记者从省人代会上了解到,2023年,全省检察院立案办理公益诉讼4733件。\n一年里,全省检察院发出诉前检察建议3545件。"))).toBe("2024-01-24");
    expect(dateOf(textToParagraphs("本报记者 薛海荣\n2024年,市法院强化履职担当。2023年12月21日~2024年12月20日,共受理各类案件22451件。"))).toBe("2024-12-20");
    // Must not: a dateline of the year it names, with no look back, stays in that year.
    expect(dateOf(textToParagraphs("中国甘肃网8月23日讯 2023年,全市政法系统深度融入强省会行动。今年以来,全市受理案件100件。"))).toBe("2023-08-23");
  });

  it("reads a year that opens a line with no comma as a look back on it (403, 877), not a part of it or a span from it (r309, a26)", () => {
    expect(dateOf(textToParagraphs("人民调解\n1995年全市共有4598个调解委员会,调解员3万余人。"))).toBe("1996");
    expect(dateOf(textToParagraphs("城关区法院\n2017年全院共受理各类案件5000件,审结4800件。"))).toBe("2018");
    // Must not:
    expect(dateOf(textToParagraphs("8月25日,黔西南州公安机关举行返还仪式。\n2021年初以来,黔西南州公安机关全面加大打击力度。"))).toBe("2021-08-25");
    expect(dateOf(textToParagraphs("8月24日,石首市人大常委会会议召开。\n2020年来,石首法院坚决贯彻上级决策部署。"))).toBe("2020-08-24");
    expect(dateOf(textToParagraphs("城关区法院\n2017年上半年全院共受理各类案件2500件。"))).toBe("2017");
  });

  it("dates a text of January to March that names its latest year as a whole, and plans nothing for it, in the next year (a83, a16, c13)", () => {
    expect(dateOf(textToParagraphs("1月5日,湖北省公安厅召开新闻发布会,通报2022年全省公安机关打击犯罪的总体情况。"))).toBe("2023-01-05");
    expect(dateOf(textToParagraphs("1月22日,广州市公安局新闻办公室通报,2024年广州警方开展“护民生”“猎诈”“天雷”,冬季行动等专项行动,严厉打击盗抢。"))).toBe("2025-01-22");
    // Must not: a text that plans for that year, names an event of it, or is dated later in the year.
    expect(dateOf(textToParagraphs("1月20日,亳州市公安局部署集中行动。2022年,亳州公安将持续依法严打。"))).toBe("2022-01-20");
    expect(dateOf(textToParagraphs("2月11日,重庆举行2026年“平安重庆建设”主题新闻发布会。"))).toBe("2026-02-11");
    expect(dateOf(textToParagraphs("7月5日,某市公安局通报,2022年全市破获刑事案件100起。"))).toBe("2022-07-05");
  });

  it("reads a yearbook's 【概况】 line, a stamp after 〖, and a report's subtitle dated to its month (d64, b71, d11)", () => {
    expect(dateOf(textToParagraphs("司法行政\n【概况】 2012年,全市司法行政系统各项工作取得显著成效。"))).toBe("2013");
    expect(dateOf(textToParagraphs("渭城区法院工作报告\n发表时间:〖 2017/1/18 〗\n2016年,全院共受理案件5000件。"))).toBe("2017-01-18");
    expect(dateOf(textToParagraphs("乌兰察布市人民检察院工作报告\n——2025年2月在乌兰察布市第五届人民代表大会第四次会议上\n2024年,全市检察机关…"))).toBe("2025-02");
  });

  it("reads a look back on a year said right after a dateline's 讯 or a bracketed heading on the same line (857, 404)", () => {
    expect(dateOf(textToParagraphs("杭州网讯 2015年,全省共破获毒品犯罪案件7200余起。"))).toBe("2016");
    expect(dateOf(textToParagraphs("政法 军事 司法行政 【人民调解工作】 2003年,人民调解工作与市中级人民法院沟通协调建立了联席会议制度。"))).toBe("2004");
    // Must not: one that says 今年 of it.
    expect(dateOf(textToParagraphs("杭州网讯 2015年,全省共破获毒品犯罪案件7200余起。今年以来,全省毒品案件持续下降。"))).toBe("2015");
  });

  it("reads a year that opens a sentence as a look back on it, in a text that says no 今年, plans nothing for it and names no later day (a95, 954)", () => {
    expect(dateOf(textToParagraphs("5月27日,公安部召开新闻发布会,通报五年来全国公安机关各项工作情况。2023年,全国公安机关共立刑事案件数较2019年下降12.9%。"))).toBe("2024");
    // Must not: a day late in the year, a plan for that year, or a New Year's message.
    expect(dateOf(textToParagraphs("为回应群众关切,11月18日上午,鲁山县法院开展执行案款集中发放活动。2021年,该院共受理执行案件4697件。"))).not.toMatch(/^2022/);
    expect(dateOf(textToParagraphs("会议总结了过去一段时间的工作。2024年,全市法院将继续深化改革。"))).toBe("2024");
    expect(dateOf(textToParagraphs("值此辞旧迎新之际,向全市法院干警致以祝福。即将过去的2023年,是开局之年。2024年,是关键之年。"))).not.toBe("2025");
  });

  it("reads a year's work reported on as a whole as a look back on it, unless the text names a day late in the year or the work since it (r121, c85, r81)", () => {
    expect(dateOf(textToParagraphs("本报讯 昨日,省人民检察院召开未成年人检察工作新闻发布会,通报了2022年全省未成年人检察工作情况。"))).toBe("2023");
    expect(dateOf(textToParagraphs("11月18日上午,鲁山县法院开展执行案款集中发放活动。执行局局长通报了2021年执行工作开展情况。"))).not.toMatch(/^2022/);
    expect(dateOf(textToParagraphs("邵阳新闻网6月20日讯 会上,绥宁法院通报了2025年以来执行工作开展情况。"))).toBe("2025-06-20");
  });

  it("reads a year opening a sentence with no comma, and a day said after a body's name, as the look-back rules read the others (r239, r301)", () => {
    expect(dateOf(textToParagraphs("近年来,临渭区搭建工作体系,推动矛盾风险由事后处置向事前预防转型。2024年化解矛盾纠纷1855起。"))).toBe("2025");
    expect(dateOf(textToParagraphs("最高检3月1日召开新闻发布会,通报近五年来未成年人检察工作情况。2018年至2022年,检察机关受理审查起诉未成年人犯罪32万人。"))).toMatch(/^2023/);
    // Must not: a year's first half said so.
    expect(dateOf(textToParagraphs("近年来,临渭区搭建工作体系。2024年上半年化解矛盾纠纷855起。"))).toBe("2024");
  });

  it("reads a work report's subtitle in Chinese numerals, or with its 年 and 月 lost, as its date (c53, 841, 802, b29, 982)", () => {
    expect(dateOf(textToParagraphs("青岛市中级人民法院工作报告(摘要)\n——二O二四年一月三十一日在青岛市第十七届\n人民代表大会第三次会议上\n各位代表:"))).toBe("2024-01-31");
    expect(dateOf(textToParagraphs("某县人民法院工作报告\n——二〇一九年三月十二日在某县第十七届人民代表大会第四次会议上"))).toBe("2019-03-12");
    expect(dateOf(textToParagraphs("宁波市鄞州区人民法院工作报告\n \n2022124在宁波市鄞州区\n第十九届人民代表大会第一次会议上\n各位代表:"))).toBe("2022-01-24");
    expect(dateOf(textToParagraphs("黄冈市人民检察院工作报告\n——20221月 日在黄冈市第六届人民代表大会第一次会议上"))).toBe("2022-01");
    expect(dateOf(textToParagraphs("武汉市武昌区人民检察院工作报告\n——20231225日在武汉市武昌区第十六届人民代表大会\n次会议上"))).toBe("2023-12-25");
    // Must not: a year said with its 年 before a 在 further on is no subtitle (it looks back on 2021).
    expect(dateOf(textToParagraphs("2021年,全市法院在审判执行工作中受理案件1万件。"))).toBe("2022");
  });

  it("gives a letter that looks back on last year that year for its 全年 (311)", () => {
    const periods = (text: string) => extractText(text).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
    expect(periods("致广大市民朋友\n感谢您在过去的一年里给予平安延吉建设工作的支持。\n回首2020年,我们全年破获各类刑事案件997起。")).toEqual([["997起", "2020-01-01", "2020-12-31"]]);
  });
});

describe("an autonomous region's own bodies (959)", () => {
  it("reads 自治区司法厅 as the region's, and 我区, 全区 as the region, whatever place a sentence names", () => {
    const text = "2020卷\n【概况】2019年,自治区司法厅坚持以习近平新时代中国特色社会主义思想为指导,内蒙古全区司法行政工作取得新成效。\n全区有19所监狱,在兴安盟保安沼地区设有东部分局;兴安盟、兴安盟司法局、我区监狱工作平稳。";
    expect(reporter(text)).toMatchObject({ institution: "justice", region: { province: "内蒙古自治区", city: null } });
    // Must not: 我区 of a district under a city named first still speaks for the district.
    expect(reporter("海珠区司法局\n2017年是海珠区基础建设年,广州市海珠区司法局着力推进,我区调解组织调处纠纷400件。")).toMatchObject({ region: { city: "广州市", county: "海珠区" } });
  });
});

describe("a topic line over a body, and lawyers' statistics (975, 984, 985)", () => {
  it("reads the body the headline names under a first line on public order, and a release on lawyers as the justice body's", () => {
    expect(reporter("今年上半年全省社会治安形势平稳向好\n公安机关打掉黑恶犯罪组织22个\n我省将扫黑除恶作为重要政治任务摆在突出位置。")).toMatchObject({ institution: "police" });
    expect(reporter("星报讯 5月14日,省政府新闻办召开新闻发布会,通报了安徽律师行业改革发展情况。据悉,全省律师队伍人数快速增长,全省共有律师事务所792家,有律师10987人。律师办案223799件。")).toMatchObject({ institution: "justice" });
    expect(reporter("命案破案率达到100% 上半年全市社会治安大局持续向好\n记者昨日从广州警方获悉,今年上半年,全市社会治安大局持续向好,呈现出“两降两升”的良好态势。据统计,全市刑事立案同比下降12.6%。")).toMatchObject({ institution: "police" });
    // Must not: a first line on public order with no body after it stays the 政法委's.
    expect(reporter("平安建设工作取得新成效\n今年以来,全市群众安全感达98%。")).toMatchObject({ institution: "plac" });
  });
  it("reads a headline that counts arrests and cases solved, or a press conference on 社会治安动态, as the police's (882, a43)", () => {
    expect(reporter("我省扫黑除恶专项行动成效显著 共打掉涉黑涉恶团伙45个 破获刑事案件219起 抓获犯罪嫌疑人340名\n青海新闻网讯 昨日,记者从省公安厅获悉,自扫黑除恶专项斗争开展以来,我省扫黑除恶专项行动取得了阶段性成效。")).toMatchObject({ institution: "police" });
    expect(reporter("我市举行2020年第一季度桂林市社会治安动态新闻发布会\n4月29号上午,我市举行新闻发布会。今年一季度,全市共侦破现行案件1088起,刑拘586人。市公安局局长出席。")).toMatchObject({ institution: "police" });
    // Must not: a meeting on 社会治安综合治理 stays the 政法委's.
    expect(reporter("全市社会治安综合治理工作会议召开\n会议总结了去年的工作,全市群众安全感达98%。")).toMatchObject({ institution: "plac" });
  });
});


describe("summaryDate", () => {
  const lead = "2024年,上高县司法局在县委县政府的坚强领导下,在市局的精心指导下,以习近平法治思想为引领,深入贯彻落实习近平总书记关于政法工作的重要指示和中央政法工作会议精神,不断在谋篇布局和攻坚突破中用心用情用力。";
  it("dates an untitled review of the year before its page at that year's end, so its 今年以来 is that year (b17)", () => {
    expect(summaryDate(textToParagraphs(`${lead}\n一、工作开展情况\n今年以来,共计召开支委会12次。`), "2025-02")).toBe("2024-12-31");
    // Must not: a report to a congress says 今年 of the year it is read in.
    expect(summaryDate(textToParagraphs(`${lead}\n各位代表:现在,我代表县司法局报告工作。`), "2025-02")).toBe("2025-02");
    // …nor a text on its own year, nor one two years back.
    expect(summaryDate(textToParagraphs(lead), "2024-11-02")).toBe("2024-11-02");
    expect(summaryDate(textToParagraphs(lead), "2026-03-01")).toBe("2026-03-01");
  });
});

describe("a bare 该院 after a city's body (868)", () => {
  it("keeps the city's body as the reporter, not a county the text names once later", () => {
    const text = "12月30日上午,山西省朔州市检察院召开新闻发布会,通报了今年以来检察工作开展情况。该院认真贯彻落实市委和省检察院的各项部署,各项检察工作呈现出良好的发展态势。\n为规范执法行为保证办案质量,朔城区检察院、应县检察院于今年率先在公安机关设立派驻检察室。";
    const r = textReporter(textToParagraphs(text))!;
    expect([r.region.city, r.region.county]).toEqual(["朔州市", null]);
  });
});

describe("本市 in a municipality's text (838)", () => {
  it("is the municipality itself, not a district the text names most", () => {
    const text = "东方网记者李欢4月18日报道:今天上午,上海警方对外通报了今年一季度本市治安总体情况。1至3月份,全市继续保持命案全破。\n静安区警方破获盗窃案件100起,静安区街面警情下降。静安区巡逻防控进一步加强。";
    const r = textReporter(textToParagraphs(text))!;
    expect([r.region.province, r.region.county]).toEqual(["上海市", null]);
  });
});

describe("a meeting held at a body's seat (b63)", () => {
  it("places the text in that body's city: the venue is the courts' own, not somewhere they went", () => {
    const r = reporter("1月19日,全市法院审判执行工作会议在忻州中院召开。会议总结2022年工作。\n2022年,两级法院受理各类案件45623件,审(执)结44867件。")!;
    expect([r.institution, r.region.province, r.region.city]).toEqual(["court", "山西省", "忻州市"]);
    // Must not: a venue that is only a place (会议在太原召开) is where the body met.
    const s = reporter("1月19日,全省法院审判执行工作会议在太原召开。山西高院院长作报告。\n2022年,全省法院受理各类案件45623件。")!;
    expect([s.region.province, s.region.city]).toEqual(["山西省", null]);
  });
});

describe("a superior's occasion where the text's subject was praised (834)", () => {
  it("is not who reports: the place the text is about is", () => {
    const r = reporter("周 龙\n11月25日,在为期两天的荆州市政法委系统学习贯彻十八届四中全会精神培训班上,松滋综治“1234”工作法得到荆州市推介。近年来,松滋市政法综治工作恪守“强基固本”,松滋市社会治安持续好转。")!;
    expect([r.region.city, r.region.county]).toEqual(["荆州市", "松滋市"]);
    // Must not: a body that holds its own meeting (荆州市政法委召开…会议) reports it.
    const s = reporter("11月25日,荆州市政法委召开全市政法工作会议,通报全市政法综治工作。")!;
    expect([s.institution, s.region.city, s.region.county]).toEqual(["plac", "荆州市", null]);
  });
});

describe("places a 其中 picks out of the whole (856)", () => {
  it("do not place the text: they are parts of its area", () => {
    const r = reporter("滁州群众安全感满意度连续三年实现“双提升”\n滁州网讯 3月30日,全市人民群众安全感和政法队伍满意度“双提升”工作会议召开。市委常委、政法委书记马军强调,要持续提升人民群众安全感。\n我市2017年度群众安全感同比上升16.97个百分点。其中天长市同比上升25.95个百分点,升幅全市第1。其中天长市、定远县同比分别上升15.92个百分点和15.71个百分点。其中来安县、天长市、定远县中心知晓率位居全市前三。")!;
    expect([r.institution, r.region.city, r.region.county]).toEqual(["plac", "滁州市", null]);
    // Must not: a county-level city's own text, which names itself, stays its own.
    const s = reporter("天长市召开平安建设工作会议\n天长市委常委、政法委书记强调,要持续提升人民群众安全感。天长市群众安全感同比上升。")!;
    expect([s.region.city, s.region.county]).toEqual(["滁州市", "天长市"]);
  });
});

describe("州司法局 in a text from a county-level city's outlet (c47)", () => {
  it("is the prefecture's bureau: only a 市's scope is read as the county-level city", () => {
    const r = reporter("【普法强基在行动】州司法局:落实落细普法强基补短板专项行动\n来源:香格里拉网\n香格里拉网讯 自普法强基补短板专项行动开展以来,州司法局聚焦职能职责,确保普法专项行动在全州司法行政系统落地生根。")!;
    expect([r.institution, r.region.city, r.region.county]).toEqual(["justice", "迪庆藏族自治州", null]);
    // Must not: 全市 in a county-level city's text is that city (钟祥市).
    const s = reporter("钟祥市召开政法工作会议\n钟祥讯 全市政法机关坚持以人民为中心,钟祥市社会治安持续好转。")!;
    expect(s.region.county).toBe("钟祥市");
  });
});

describe("a site's footer address (c97)", () => {
  it("does not place the text: the address is the site's, not the reporter's", () => {
    const r = reporter("定西中院召开全市法院上半年审判运行态势通报会\n7月20日,定西中院召开全市法院上半年审判运行态势通报会,全市两级法院全体干警参加会议。\n甘肃法院网版权所有\n地址:甘肃省兰州市安宁区建宁西路1950号")!;
    expect([r.institution, r.region.city]).toEqual(["court", "定西市"]);
  });
});

describe("a body a province's body honours, in the lead (848)", () => {
  it("is who the text is about", () => {
    const r = reporter("日前,江苏省检察院发布表彰决定,吴江区检察院被评为“2013~2015年度全省先进基层检察院”,这是该院连续两届获此殊荣。近年来,吴江区检察院坚持司法为民。")!;
    expect([r.institution, r.region.city, r.region.county]).toEqual(["procuratorate", "苏州市", "吴江区"]);
    // Must not: a county body the province's body merely names, not honours, leaves the province's report its own.
    const s = reporter("日前,江苏省检察院召开全省检察长会议,吴江区检察院作交流发言。全省检察机关共批准逮捕犯罪嫌疑人3万人。")!;
    expect([s.region.province, s.region.city]).toEqual(["江苏省", null]);
  });
});

describe("an event hosted (a07)", () => {
  it("names no body: 承办全区综治中心…现场推进会 is the occasion, the city that hosts it reports", () => {
    const r = reporter("包头市坚持和发展新时代“枫桥经验”,以承办全区综治中心规范化建设现场推进会为契机,系统推进全市三级综治中心规范化建设。包头市综治中心共受理矛盾纠纷1.2万件。青山区综治中心打造“一站式”平台,青山区化解纠纷3000件。")!;
    // (全区 in an autonomous region's text is the region, not a district the text speaks for.)
    expect([r.institution, r.region.province, r.region.city, r.region.county]).toEqual(["plac", "内蒙古自治区", "包头市", null]);
  });
});

describe("words that read as places (b90, b10)", () => {
  it("do not place a text: a person's given name after a title, 新平台", () => {
    expect(reporter("12月25日,省政府新闻办召开新闻发布会。市委副书记、市委政法委书记袁卫东出席新闻发布会,通报我市扫黑除恶专项斗争总体情况。")!.region.province).toBeNull();
    expect(reporter("7月30日上午,县法院召开新闻发布会。执行款由原淘宝网平台转至工商银行平台,新平台已经在全市范围内首先使用。")!.region.province).toBeNull();
    // Must not: the place named in full, or its short name without a title before it, still places it.
    expect(reporter("卫东区法院召开新闻发布会,通报卫东执行工作。")!.region.county).toBe("卫东区");
  });
});

describe("a site's banner and a stamp in single digits (r212)", () => {
  it("reads the stamp 发布时间:2020/1/9, not the banner's 今天是 2025年06月06日", () => {
    const text = "欢迎访问平凉法院网,今天是 2025年06月06日 星期五\n基层动态\n【基层两会】蒋军平在灵台县第十七届人民代表大会第四次会议上作法院工作报告\n来源: 作者: 责任编辑:平凉中院 发布时间:2020/1/9 17:28:53 阅读次数:";
    expect(dateOf(textToParagraphs(text))).toBe("2020-01-09");
    // (…said with a colon: 今天是:2024年4月26日 星期五 over a page stamped 时间:2017年2月14日, r146.)
    expect(dateOf(textToParagraphs("今天是:2024年4月26日 星期五\n政务要闻\n春节期间全县社会治安大局总体平稳有序\n浏览:4106次'时间:2017年2月14日\n节日期间,我县广大公安干警坚守岗位。"))).toBe("2017-02-14");
    // Must not: a newspaper's own date line, with its weekday, is the date.
    expect(dateOf(textToParagraphs("2021年11月05日 星期五\n夹江县人民检察院召开新闻发布会"))).toBe("2021-11-05");
  });
});

describe("two counties of one prefecture named as often (r230)", () => {
  it("places the text in their prefecture, not in the first of them", () => {
    const text = "[审查起诉] 全区审查起诉部门受理移送起诉各类案件340件 452人,其中公安机关移送316件424人,检察机关自侦案件24件28人。把条件较好的分院机关、加格达奇区院、塔河县院列为试点单位,试行主诉检察官责任制。";
    expect(dominantRegion(text)).toMatchObject({ province: "黑龙江省", city: "大兴安岭地区", county: null });
    // Must not: one county named more often than the other is the place.
    expect(dominantRegion("塔河县院受理案件120件,塔河县公安局移送80件;加格达奇区院受理60件。")).toMatchObject({ city: "大兴安岭地区", county: "塔河县" });
  });
});

describe("short names of courts, and bodies named as objects (r240, r243, 965)", () => {
  const who = (text: string) => {
    const r = textReporter(textToParagraphs(text));
    return r && [r.institution, r.region.province, r.region.city, r.region.county];
  };
  it("reads 高院 and 中院 as courts, and 海南中院 as the court of 青海's 海南藏族自治州, not of 海南省", () => {
    expect(who("2014年,海南中院狠抓案件评查工作,两级法院自行评定各类案件2629件,自查率达100%。")).toEqual(["court", "青海省", "海南藏族自治州", null]);
    expect(who("广东高院召开新闻发布会,通报全省法院审结案件情况。")).toEqual(["court", "广东省", null, null]);
  });
  it("passes over a national or city body whose selection a case entered, and one a passive names", () => {
    const text = "【概况】\n2022年,区检察工作坚持以党的政治建设为统领,为普陀区经济社会高质量发展提供检察保障。4件案件入选最高检典型案例,9件案件入选市检察院典型案例。全年对各类刑事犯罪批准逮捕238件315人,提起公诉863件1197人。";
    const read = textReporter(textToParagraphs(text));
    expect(read?.institution).toBe("procuratorate");
    expect(read?.national).toBe(false);
    expect(read?.evidence).not.toMatch(/入选/);
    // 965: a county court's report; the province's high court that recommended it is not who speaks.
    const court = "2015年,我院在上级法院指导监督下,在县委领导、人大监督、政府政协和社会各界的大力支持下,紧紧围绕全县工作大局,为昌江经济社会健康发展提供了有力的司法保障。\n2015年,我院被省高院推荐为“全国模范法院”候选对象,乌烈法庭被推荐为“海南省第三届人民满意的公务员集体”候选单位。";
    expect(textReporter(textToParagraphs(court))?.evidence).toBe("我院");
  });
});

describe("a traffic brigade's night checks, with no body or place named (r320)", () => {
  it("is the police's work: 酒驾, 醉驾 and 交通违法 are among the police's words", () => {
    const text = "为严厉打击涉酒涉毒交通违法犯罪,6月1日至3日,大队在全区组织开展酒驾醉驾毒驾周末夜查统一行动。\n行动期间,累计出动警力240人次,共查处酒驾违法行为15起、醉驾12起、毒驾1起,其他交通违法行为2764起。";
    expect(textReporter(textToParagraphs(text))?.institution).toBe("police");
  });
});

describe("a police station's day, with no bureau named (r263)", () => {
  it("is the police's work: 派出所 and 巡警 are among the police's words", () => {
    const text = "本报讯 记者王恬报道:昨日早上6点半,嘉鱼县簰洲湾镇水陆派出所所长向前平就来到所里值班室,处理一起村民纠纷。\n向前平忙完民事纠纷,就开始巡逻江堤了。如今,在嘉鱼城区和农村,每天民警巡逻,实现5分钟到警。\n今年来,嘉鱼积极开展交巡警执勤的新型治安防控体系,派出所共办理治安案件882起。";
    expect(textReporter(textToParagraphs(text))).toMatchObject({ institution: "police", region: { province: "湖北省", city: "咸宁市", county: "嘉鱼县" } });
  });
});

describe("a yearbook's section headed 政法工作 (天津和平区's yearbook, a page not kept: its stored whitespace could not be copied exactly)", () => {
  it("is the 政法委's review of all the 政法 bodies' work, whichever body it names first", () => {
    const text = "天津和平区\n中共和平区委员会\n政法工作\n【概况】2013年,在区委、区政府的领导下,加强社会管理综合治理、深化平安和平建设。\n【打击犯罪】区公安分局破获刑事案件1200起。";
    expect(textReporter(textToParagraphs(text))?.institution).toBe("plac");
    // Must not: a heading that names one body's work.
    expect(textReporter(textToParagraphs("天津和平区\n公安工作\n【概况】2013年,区公安分局破获刑事案件1200起。"))?.institution).toBe("police");
  });
});

describe("the year of a report read to a congress (r267, r271)", () => {
  it("dates a report of the years since one it names in the year after the last of them (报告五年来的…工作, 2008年以来: 2013)", () => {
    const text = "湖北省高级人民法院院长 郑少三\n各位代表:\n现在,我向大会报告五年来的法院工作,请予审议。\n2008年以来,全省法院在党委领导、人大监督下,各项工作都取得新的成绩。\n五年来,全省法院受理各类案件1743757件。";
    expect(dateOf(textToParagraphs(text))).toBe("2013");
    // Must not: a text saying 2008年以来 with no report to the congress.
    expect(dateOf(textToParagraphs("2008年以来,全省法院受理各类案件1743757件。五年来,审结1721506件。"))).toBe("2008");
  });
  it("dates a review headed with its year (2013年主要工作回顾…过去的一年) in the next year", () => {
    expect(dateOf(textToParagraphs("2013年主要工作回顾 过去的一年,市中级人民法院在市委的领导下,各项工作取得了新的进展。全市法院受理各类案件142423件。"))).toBe("2014");
  });
});

describe("a province's body passing on a county body's work (r306)", () => {
  it("reads the county body named doing the work in the lead, not the source the reporter learnt it from", () => {
    const text = "新华社西宁10月21日电(记者赵雅芳)记者从青海省公安厅获悉,青海省海西蒙古族藏族自治州都兰县公安局近日破获一起特大牲畜盗窃案,抓获犯罪嫌疑人2名、追回被盗牦牛51头。\n9月29日,都兰县热水乡牧民曲某报警称,82头牦牛丢失。";
    expect(textReporter(textToParagraphs(text))).toMatchObject({ institution: "police", region: { province: "青海省", city: "海西蒙古族藏族自治州", county: "都兰县" } });
    // Must not: the province's own work, learnt from it.
    expect(textReporter(textToParagraphs("记者从青海省公安厅获悉,今年以来,全省公安机关破获刑事案件1200起。"))).toMatchObject({ institution: "police", region: { province: "青海省", city: null } });
  });
});

describe("中原 is the Central Plains (r286)", () => {
  it("does not place a 新乡 text in 郑州's 中原区", () => {
    const text = "本报讯 6月26日上午,市中级人民法院召开新闻发布会,发布新乡法院司法护航民营经济高质量发展十大典型案例。\n人民法庭挂牌成立“中原农谷知识产权巡回审判庭”,为超常规建设中原农谷提供更为优质的司法服务。";
    expect(textReporter(textToParagraphs(text))).toMatchObject({ institution: "court", region: { province: "河南省", city: "新乡市" } });
  });
});

describe("a forum's footer (r233)", () => {
  it("does not read the time the page was served (GMT+8, 2024-11-24 23:06 , Processed in …) as its date", () => {
    const text = "12月25日下午,市公安局召开扫黑除恶专项斗争新闻发布会,通报2020年全市扫黑除恶专项斗争工作开展情况。\nGMT+8, 2024-11-24 23:06 , Processed in 0.092430 second(s), 21 queries .\nCopyright © 马贵小镇 版权所有";
    expect(dateOf(textToParagraphs(text))).toBe("2020-12-25");
    // Must not: a date printed after some other text's comma is still a date.
    expect(dateOf(textToParagraphs("发布时间:2024-11-24 23:06\n市公安局召开新闻发布会。"))).toBe("2024-11-24");
  });
});

describe("a look back on a year opened after 据了解 (r219)", () => {
  it("is told in the next year", () => {
    const text = "西江都市报讯(记者 黄海志)昨日,梧州市召开深化平安梧州建设新闻通气会。\n据了解,2014年,梧州市公安机关紧紧围绕平安梧州建设的目标任务,全力做好案件侦破工作。2014年,梧州全市命案全破。";
    expect(dateOf(textToParagraphs(text))).toBe("2015");
    // Must not: a text that says 今年 of that year is of that year.
    expect(dateOf(textToParagraphs("昨日,梧州市召开新闻通气会。\n据了解,2014年,梧州市公安机关全力做好案件侦破工作,今年命案全破。"))).toBe("2014");
  });
});

describe("a yearbook's volume (822)", () => {
  it("records the year before it", () => {
    expect(reportYearOf(textToParagraphs("2018卷\n【概况】 内蒙古自治区司法厅是负责全区司法行政工作的政府组成部门。"))).toBe(2017);
    // Must not: a year alone on a line is no volume.
    expect(reportYearOf(textToParagraphs("2018\n【概况】 内蒙古自治区司法厅是负责全区司法行政工作的政府组成部门。"))).toBeNull();
  });
});
