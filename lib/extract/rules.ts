// Metric rules: what a figure measures, from the words that label it and
// the sentence around it. Each rule carries examples that must and must not
// match; test/rules.test.ts runs them. A figure no rule names keeps metric
// `other` and its label.

import type { Kind } from "./types";

export interface RuleInput {
  label: string; // the words before the number in its clause (and after, for 个/项 counts)
  clause?: string; // the sentence from its last 。；; up to the number, earlier numbers included
  sentence: string;
  institution?: string;
  kind: Kind;
  unit: string | null;
}

export interface MetricRule {
  id: string;
  metric: string;
  kinds: Kind[];
  label: RegExp;
  /** the sentence must also say this (the measure named earlier: 执行, 认罪认罚) */
  sentence?: RegExp;
  /** the clause up to the number must say this (when the label is cut short by an earlier number) */
  clause?: RegExp;
  /** only for these units */
  units?: string[];
  /** only for figures reported by this institution */
  institution?: string;
  examples: { match: RuleInput[]; noMatch: RuleInput[] };
}

const ex = (label: string, kind: Kind, sentence = label, unit: string | null = null): RuleInput => ({ label, kind, sentence, unit });

export const RULES: MetricRule[] = [
  {
    id: "court.enforcement.accepted",
    metric: "court.enforcement.accepted",
    kinds: ["cases"],
    label: /受理执行案件$|执行收案$/,
    examples: { match: [ex("全市法院受理执行案件", "cases")], noMatch: [ex("全市法院受理案件", "cases")] },
  },
  {
    id: "court.enforcement.concluded",
    metric: "court.enforcement.concluded",
    kinds: ["cases"],
    label: /(执行)?(已结|结案|执结)$/,
    sentence: /执行案件/,
    examples: {
      match: [ex("已结", "cases", "全市法院受理执行案件21750件,已结 17619件")],
      noMatch: [ex("结案", "cases", "全市法院受理案件57876件,结案46407件")],
    },
  },
  {
    id: "court.enforcement.avg_days",
    metric: "court.enforcement.avg_days",
    kinds: ["duration"],
    label: /执行结案平均用时$/,
    examples: { match: [ex("执行结案平均用时", "duration")], noMatch: [ex("平均审理时长控制在", "duration")] },
  },
  {
    id: "court.enforcement.avg_days_benchmark",
    metric: "court.enforcement.avg_days_benchmark",
    kinds: ["duration"],
    label: /(全省|全国|全市)平均值?[(（]?$/,
    sentence: /执行/,
    examples: { match: [ex("比全省平均值(", "duration", "执行结案平均用时99.52天,比全省平均值(113.09天)少13.57天")], noMatch: [ex("执行结案平均用时", "duration")] },
  },
  {
    id: "court.enforcement.avg_days_difference",
    metric: "court.enforcement.avg_days_difference",
    kinds: ["duration"],
    label: /[)）]?(少|多|缩短|减少)$/,
    sentence: /执行结案平均用时/,
    examples: { match: [ex(")少", "duration", "执行结案平均用时99.52天,比全省平均值(113.09天)少13.57天")], noMatch: [ex("少", "duration", "审理时长少10天")] },
  },
  {
    id: "court.enforcement.rank",
    metric: "court.enforcement.rank",
    kinds: ["rank"],
    label: /执行质效.*排名/,
    examples: { match: [ex("该市执行质效总体排名全省", "rank")], noMatch: [ex("群众满意度在全省排名", "rank")] },
  },
  {
    id: "court.enforcement.delegated",
    metric: "court.enforcement.delegated_out",
    kinds: ["cases"],
    label: /委托执行案件$/,
    examples: { match: [ex("委托执行案件", "cases")], noMatch: [ex("受托执行案件", "cases")] },
  },
  {
    id: "court.enforcement.received",
    metric: "court.enforcement.delegated_in",
    kinds: ["cases"],
    label: /受托执行案件$/,
    examples: { match: [ex("受托执行案件", "cases")], noMatch: [ex("委托执行案件", "cases")] },
  },
  {
    id: "court.cases.concluded_by_presidents",
    metric: "court.cases.concluded_by_presidents",
    kinds: ["cases"],
    label: /院庭长结案$/,
    examples: { match: [ex("全市法院院庭长结案", "cases")], noMatch: [ex("全市法院受理案件", "cases")] },
  },
  {
    id: "court.cases.concluded_by_presidents_share",
    metric: "court.cases.concluded_by_presidents_share",
    kinds: ["percent"],
    label: /占总结案数的?$/,
    sentence: /院庭长/,
    examples: { match: [ex("占总结案数的", "percent", "院庭长结案 31006件,占总结案数的 66.8%")], noMatch: [ex("占一审立案数量的", "percent")] },
  },
  {
    id: "court.cases.accepted",
    metric: "court.cases.accepted",
    kinds: ["cases"],
    label: /(法院|全市|全省|共)?(受理|收案)(各类)?案件$/,
    examples: { match: [ex("截至目前,全市法院受理案件", "cases")], noMatch: [ex("全市法院受理执行案件", "cases")] },
  },
  {
    id: "court.cases.concluded",
    metric: "court.cases.concluded",
    kinds: ["cases"],
    label: /^(审结|结案|办结)(各类)?(案件)?$/,
    sentence: /法院/,
    examples: {
      match: [ex("结案", "cases", "全市法院受理案件57876件,结案46407件")],
      noMatch: [ex("已结", "cases", "全市法院受理执行案件21750件,已结 17619件"), ex("速裁结案", "cases", "法院速裁结案12045件")],
    },
  },
  {
    id: "court.civil_commercial.concluded",
    metric: "court.civil_commercial.concluded",
    kinds: ["cases"],
    label: /审结.*民商事案件$/,
    examples: { match: [ex("安徽法院审结涉沪苏浙企业民商事案件", "cases")], noMatch: [ex("审结案件", "cases")] },
  },
  {
    id: "court.filing.cross_region",
    metric: "court.filing.cross_region",
    kinds: ["cases"],
    label: /跨域立案$/,
    examples: { match: [ex("完成长三角地区跨域立案", "cases")], noMatch: [ex("网上立案", "cases")] },
  },
  {
    id: "court.filing.online",
    metric: "court.filing.online",
    kinds: ["cases"],
    label: /网上立案$/,
    examples: { match: [ex("全市法院网上立案", "cases")], noMatch: [ex("跨域立案", "cases")] },
  },
  {
    id: "court.filing.within_time_limit_share",
    metric: "court.filing.within_time_limit_share",
    kinds: ["percent"],
    label: /(案件|立案).*(分钟|小时|天|日)内/,
    sentence: /立案/,
    examples: { match: [ex("案件能够在20分钟内办理好立案手续", "percent", "95%的案件能够在20分钟内办理好立案手续")], noMatch: [ex("总体适用率", "percent", "总体适用率86.32%")] },
  },
  {
    id: "court.filing.time_limit",
    metric: "court.filing.time_limit",
    kinds: ["duration"],
    label: /的案件能够在$/,
    sentence: /立案/,
    examples: { match: [ex("的案件能够在", "duration", "95%的案件能够在20分钟内办理好立案手续")], noMatch: [ex("临时身份证办理时间仅需", "duration")] },
  },
  { id: "court.online.payments", metric: "court.online.payments", kinds: ["cases", "count"], label: /网上缴费$/, examples: { match: [ex("网上缴费", "cases")], noMatch: [ex("网上立案", "cases")] } },
  { id: "court.online.electronic_service", metric: "court.online.electronic_service", kinds: ["cases", "count"], label: /电子送达$/, examples: { match: [ex("电子送达", "cases")], noMatch: [ex("网上开庭", "cases")] } },
  { id: "court.online.evidence_exchange", metric: "court.online.evidence_exchange", kinds: ["cases", "count"], label: /网上证据交换$/, examples: { match: [ex("网上证据交换", "cases")], noMatch: [ex("网上开庭", "cases")] } },
  { id: "court.online.hearings", metric: "court.online.hearings", kinds: ["cases", "count"], label: /网上开庭$/, examples: { match: [ex("网上开庭", "cases")], noMatch: [ex("网上立案", "cases")] } },
  {
    id: "court.mediation.pre_litigation",
    metric: "court.mediation.pre_litigation",
    kinds: ["cases"],
    label: /诉前调解(纠纷|案件)?$/,
    examples: { match: [ex("全市法院诉前调解纠纷", "cases")], noMatch: [ex("占一审立案数量的", "percent")] },
  },
  {
    id: "court.mediation.pre_litigation_share",
    metric: "court.mediation.pre_litigation_share",
    kinds: ["percent"],
    label: /占一审立案数?量?的?$/,
    sentence: /诉前调解/,
    examples: { match: [ex("占一审立案数量的", "percent", "全市法院诉前调解纠纷14304件,占一审立案数量的59.26%")], noMatch: [ex("占总结案数的", "percent")] },
  },
  { id: "court.fast_track.concluded", metric: "court.fast_track.concluded", kinds: ["cases"], label: /速裁结案$/, examples: { match: [ex("速裁结案", "cases")], noMatch: [ex("结案", "cases")] } },
  {
    id: "court.fast_track.avg_days",
    metric: "court.fast_track.avg_days",
    kinds: ["duration"],
    label: /平均审理时长(控制在)?$/,
    examples: { match: [ex("平均审理时长控制在", "duration")], noMatch: [ex("执行结案平均用时", "duration")] },
  },
  { id: "court.supervision.flagged", metric: "court.supervision.flagged", kinds: ["cases"], label: /标注四类案件$/, examples: { match: [ex("全市法院共标注四类案件", "cases")], noMatch: [ex("反馈", "cases")] } },
  { id: "court.supervision.opinions", metric: "court.supervision.opinions", kinds: ["cases", "count"], label: /监管意见$/, examples: { match: [ex("提出监管意见", "cases")], noMatch: [ex("提出整改意见建议", "count")] } },
  { id: "court.supervision.feedback", metric: "court.supervision.feedback", kinds: ["cases", "count"], label: /^反馈$/, sentence: /标注/, examples: { match: [ex("反馈", "cases", "标注四类案件3105件,提出监管意见1281件,反馈2569件")], noMatch: [ex("反馈", "cases", "群众反馈10件")] } },
  {
    id: "court.cooperation.agreements",
    metric: "court.cooperation.agreements",
    kinds: ["count"],
    label: /(签订|签署).*(合作|框架)?协议$|框架协议$/,
    units: ["份", "项", "个"],
    sentence: /法院|高院|中院/,
    examples: { match: [ex("签署整体性、指导性框架协议", "count", "四地高院先后签署框架协议8份", "份")], noMatch: [ex("签订目标责任书", "count", "与28家单位签订目标责任书")] },
  },
  {
    id: "court.training.attendance",
    metric: "court.training.attendance",
    kinds: ["person_times"],
    label: /法官达到了?$/,
    examples: { match: [ex("目前参加学习的法官达到了", "person_times")], noMatch: [ex("参训", "person_times")] },
  },
  // Procuratorates
  {
    id: "procuratorate.early_intervention",
    metric: "procuratorate.early_intervention.cases",
    kinds: ["cases"],
    label: /提前介入.*案件$/,
    examples: { match: [ex("提前介入涉疫情犯罪案件", "cases")], noMatch: [ex("办理民营企业涉罪案件", "cases")] },
  },
  {
    id: "procuratorate.early_intervention.persons",
    metric: "procuratorate.early_intervention.persons",
    kinds: ["persons"],
    label: /提前介入.*案件$/,
    examples: { match: [ex("提前介入涉疫情犯罪案件", "persons")], noMatch: [ex("提前介入涉疫情犯罪案件", "cases")] },
  },
  { id: "procuratorate.judicial_aid.cases", metric: "procuratorate.judicial_aid.cases", kinds: ["cases"], label: /司法救助案件$/, examples: { match: [ex("提起司法救助案件", "cases")], noMatch: [ex("发放救助金", "money")] } },
  { id: "procuratorate.judicial_aid.amount", metric: "procuratorate.judicial_aid.amount", kinds: ["money"], label: /(发放)?(司法)?救助金$/, examples: { match: [ex("发放救助金", "money")], noMatch: [ex("追回欠薪", "money")] } },
  { id: "procuratorate.losses.recovered", metric: "procuratorate.losses.recovered", kinds: ["money"], label: /挽回(经济)?损失/, examples: { match: [ex("挽回经济损失和追缴赃款赃物", "money")], noMatch: [ex("追回欠薪", "money")] } },
  { id: "procuratorate.wages.recovered", metric: "procuratorate.wages.recovered", kinds: ["money"], label: /追回欠薪$|追讨欠薪$/, examples: { match: [ex("帮助农民工追回欠薪", "money")], noMatch: [ex("发放救助金", "money")] } },
  { id: "procuratorate.public_interest.filed", metric: "procuratorate.public_interest.filed", kinds: ["cases"], label: /立案公益诉讼案件$|公益诉讼立案$/, examples: { match: [ex("共立案公益诉讼案件", "cases")], noMatch: [ex("提起公益诉讼", "cases")] } },
  { id: "procuratorate.public_interest.pre_suit", metric: "procuratorate.public_interest.pre_suit", kinds: ["cases"], label: /诉前(检察)?建议(解决)?$/, examples: { match: [ex("以诉前建议解决", "cases")], noMatch: [ex("提起公益诉讼", "cases")] } },
  { id: "procuratorate.public_interest.suits", metric: "procuratorate.public_interest.suits", kinds: ["cases"], label: /提起(行政|民事)?公益诉讼$/, examples: { match: [ex("提起公益诉讼", "cases")], noMatch: [ex("共立案公益诉讼案件", "cases")] } },
  { id: "procuratorate.private_enterprise.cases", metric: "procuratorate.private_enterprise.cases", kinds: ["cases"], label: /民营企业涉罪案件$/, examples: { match: [ex("办理民营企业涉罪案件", "cases")], noMatch: [ex("提前介入涉疫情犯罪案件", "cases")] } },
  { id: "procuratorate.private_enterprise.persons", metric: "procuratorate.private_enterprise.persons", kinds: ["persons"], label: /民营企业涉罪案件$/, examples: { match: [ex("办理民营企业涉罪案件", "persons")], noMatch: [ex("办理民营企业涉罪案件", "cases")] } },
  { id: "procuratorate.arrest.not_approved", metric: "procuratorate.arrest.not_approved", kinds: ["persons"], label: /不(批准逮捕|批捕)$/, examples: { match: [ex("不批捕", "persons")], noMatch: [ex("不起诉", "persons")] } },
  { id: "procuratorate.prosecution.not_prosecuted", metric: "procuratorate.prosecution.not_prosecuted", kinds: ["persons"], label: /不起诉$/, examples: { match: [ex("不起诉", "persons")], noMatch: [ex("不批捕", "persons")] } },
  { id: "procuratorate.sentencing_recommendation.adopted", metric: "procuratorate.sentencing_recommendation.adopted", kinds: ["persons"], label: /量刑建议并?被采纳$/, examples: { match: [ex("向法院提出从轻、减轻刑事处罚或缓刑量刑建议并被采纳", "persons")], noMatch: [ex("不起诉", "persons")] } },
  { id: "procuratorate.coercive_measures.changed", metric: "procuratorate.coercive_measures.changed", kinds: ["persons"], label: /(释放|变更)强制措施$/, examples: { match: [ex("监督办案机关释放或变更强制措施", "persons")], noMatch: [ex("不起诉", "persons")] } },
  { id: "procuratorate.plea_leniency.cases", metric: "procuratorate.plea_leniency.cases", kinds: ["cases"], label: /适用$/, sentence: /认罪认罚/, examples: { match: [ex("审查适用", "cases", "认罪认罚从宽制度落地落实,审查适用2840件3482人")], noMatch: [ex("审查适用", "cases", "速裁程序审查适用10件")] } },
  { id: "procuratorate.plea_leniency.persons", metric: "procuratorate.plea_leniency.persons", kinds: ["persons"], label: /适用$/, sentence: /认罪认罚/, examples: { match: [ex("审查适用", "persons", "认罪认罚从宽制度落地落实,审查适用2840件3482人")], noMatch: [ex("审查适用", "cases", "认罪认罚审查适用2840件")] } },
  { id: "procuratorate.plea_leniency.rate", metric: "procuratorate.plea_leniency.rate", kinds: ["percent"], label: /适用率$/, sentence: /认罪认罚/, examples: { match: [ex("总体适用率", "percent", "认罪认罚从宽制度落地落实,总体适用率86.32%")], noMatch: [ex("破案率", "percent")] } },
  { id: "procuratorate.case_ratio", metric: "procuratorate.case_ratio", kinds: ["ratio"], label: /案-?件比/, examples: { match: [ex("优化降低“案-件比”至", "ratio")], noMatch: [ex("比", "ratio")] } },
  { id: "procuratorate.hearings.public", metric: "procuratorate.hearings.public", kinds: ["cases"], label: /公开听证案件$/, examples: { match: [ex("全市开展公开听证案件", "cases")], noMatch: [ex("信访积案", "cases")] } },
  { id: "procuratorate.petitions.backlog_resolved", metric: "procuratorate.petitions.backlog_resolved", kinds: ["cases"], label: /化解信访积案$/, examples: { match: [ex("成功化解信访积案", "cases")], noMatch: [ex("公开听证案件", "cases")] } },
  { id: "procuratorate.letters.handled", metric: "procuratorate.letters.handled", kinds: ["cases", "count"], label: /群众来信$/, examples: { match: [ex("办理群众来信", "count")], noMatch: [ex("信访积案", "cases")] } },
  { id: "procuratorate.cooperation.mechanisms", metric: "procuratorate.cooperation.mechanisms", kinds: ["count"], label: /协作机制/, institution: "procuratorate", examples: { match: [{ ...ex("累计形成整体性或专题性协作机制", "count"), institution: "procuratorate" }], noMatch: [{ ...ex("建立省级交流平台", "count"), institution: "procuratorate" }, ex("累计形成协作机制", "count")] } },
  { id: "procuratorate.satisfaction.rank", metric: "procuratorate.satisfaction.rank", kinds: ["rank"], label: /满意度.*排名/, institution: "procuratorate", examples: { match: [{ ...ex("群众满意度在全省排名", "rank", "连续2年群众满意度在全省排名第一"), institution: "procuratorate" }], noMatch: [ex("执行质效总体排名", "rank")] } },
  { id: "procuratorate.training.attendance", metric: "procuratorate.training.attendance", kinds: ["person_times"], label: /参训$|参加.*培训$/, sentence: /检察|讲/, examples: { match: [ex("参训", "person_times", "创新性开展“半月一讲”活动,参训590余人次")], noMatch: [ex("法官达到了", "person_times")] } },
  // Police
  { id: "police.clearance_rate", metric: "police.clearance_rate", kinds: ["percent"], label: /破案率$/, examples: { match: [ex("八类案件破案率", "percent")], noMatch: [ex("发案率平均下降", "percent")] } },
  { id: "police.incidence.change", metric: "police.incidence.change", kinds: ["percent"], label: /发案率.*(下降|上升)$/, examples: { match: [ex("刑事、治安案件发案率平均下降", "percent")], noMatch: [ex("八类案件破案率", "percent")] } },
  { id: "police.patrol.person_times", metric: "police.patrol.person_times", kinds: ["person_times"], label: /警力$/, examples: { match: [ex("日均投入护校警力", "person_times")], noMatch: [ex("参训", "person_times")] } },
  { id: "police.service.time", metric: "police.service.time", kinds: ["duration"], label: /(证|证件)办理时间(仅需)?$/, examples: { match: [ex("临时身份证办理时间仅需", "duration")], noMatch: [ex("平均审理时长控制在", "duration")] } },
  // Political-legal committees and justice bureaus
  { id: "plac.grid.cells", metric: "plac.grid.cells", kinds: ["count"], label: /网格/, sentence: /划分/, examples: { match: [ex("将全市两县六区划分为单元网格", "count", "将全市两县六区划分为3380个单元网格")], noMatch: [ex("单元网格", "count", "网格员100个")] } },
  { id: "plac.legal_advisers", metric: "plac.legal_advisers", kinds: ["persons"], label: /担任.*法律顾问/, examples: { match: [ex("政法系统党员干部担任原籍村法律顾问", "persons")], noMatch: [ex("服务群众", "persons")] } },
  { id: "plac.satisfaction.rank", metric: "plac.satisfaction.rank", kinds: ["rank"], label: /./, clause: /满意度.*排名/, institution: "plac", examples: { match: [{ ...ex("县市区", "rank", "全省政法队伍人民群众满意度调查,深州综合排名全省168个县市区第18名"), clause: "全省政法队伍人民群众满意度调查,深州综合排名全省168个县市区", institution: "plac" }], noMatch: [{ ...ex("扫黑除恶", "rank"), institution: "plac" }] } },
  { id: "plac.anti_gang.rank", metric: "plac.anti_gang.rank", kinds: ["rank"], label: /./, clause: /扫黑除恶.*(评价|排名|位居)/, examples: { match: [{ ...ex("深州位居全省", "rank", "全省扫黑除恶专项斗争综合评价,深州位居全省第25名"), clause: "全省扫黑除恶专项斗争综合评价,深州位居全省" }], noMatch: [{ ...ex("深州位居全省", "rank"), clause: "满意度调查深州位居全省" }] } },
  { id: "plac.investment", metric: "plac.investment", kinds: ["money"], label: /投资$/, examples: { match: [ex("为铁路公安投资", "money")], noMatch: [ex("追回欠薪", "money")] } },
  { id: "justice.law_exams.sessions", metric: "justice.law_exams.sessions", kinds: ["count"], label: /考法$/, examples: { match: [ex("任职考法", "count")], noMatch: [ex("学法学活动达", "count")] } },
  { id: "justice.law_exams.person_times", metric: "justice.law_exams.person_times", kinds: ["person_times"], label: /考法$/, examples: { match: [ex("任职考法", "person_times")], noMatch: [ex("参训", "person_times")] } },
  { id: "justice.law_study.sessions", metric: "justice.law_study.sessions", kinds: ["count"], label: /学法.*活动(达)?$/, examples: { match: [ex("延庆区针对领导干部开展学法学活动达", "count")], noMatch: [ex("任职考法", "count")] } },
  { id: "justice.legal_consultations", metric: "justice.legal_consultations", kinds: ["count"], label: /普法咨询$|法律咨询$/, examples: { match: [ex("已开展普法咨询", "count")], noMatch: [ex("印制发放普法宣传册", "count")] } },
  { id: "justice.legal_aid.cases", metric: "justice.legal_aid.cases", kinds: ["cases"], label: /法律援助案件$/, examples: { match: [ex("参与办理法律援助案件", "cases")], noMatch: [ex("司法救助案件", "cases")] } },
  { id: "justice.disputes.resolved", metric: "justice.disputes.resolved", kinds: ["cases"], label: /化解矛盾纠纷$|调处矛盾纠纷$/, examples: { match: [ex("参与排查化解矛盾纠纷", "cases")], noMatch: [ex("诉前调解纠纷", "cases")] } },
];

export function metricOf(input: RuleInput): { metric: string; ruleId: string } {
  for (const rule of RULES) {
    if (!rule.kinds.includes(input.kind)) continue;
    if (!rule.label.test(input.label)) continue;
    if (rule.sentence && !rule.sentence.test(input.sentence)) continue;
    if (rule.clause && !rule.clause.test(input.clause ?? input.label)) continue;
    if (rule.units && !rule.units.includes(input.unit ?? "")) continue;
    if (rule.institution && rule.institution !== input.institution) continue;
    return { metric: rule.metric, ruleId: rule.id };
  }
  return { metric: "other", ruleId: "unnamed" };
}
