// Every rule's own examples: each `match` example must reach its rule (rules
// are tried in order, so an earlier rule must not catch it) and no `noMatch`
// example may. Then the rules together on phrase families of real reports.

import { describe, expect, it } from "vitest";
import { INDICATOR_RULES, PERSONS_OF, STATISTIC_RULES, classify, statisticOf } from "./rules";
import { CASE_TYPES, INDICATORS, STATISTICS, indicatorOf, isMetricKey } from "../indicators";
import type { Kind } from "./types";

describe("statistic rules", () => {
  for (const rule of STATISTIC_RULES) {
    describe(rule.id, () => {
      for (const [label, kind, unit, after] of rule.examples.match) {
        it(`reads “${label}” (${unit ?? kind}) as ${rule.id}`, () => expect(statisticOf(label, kind, unit, after).ruleId).toBe(rule.id));
      }
      for (const [label, kind, unit, after] of rule.examples.noMatch) {
        it(`does not take “${label}” (${unit ?? kind})`, () => expect(statisticOf(label, kind, unit, after).ruleId).not.toBe(rule.id));
      }
    });
  }
});

describe("indicator rules", () => {
  it("pair counts of cases only with persons indicators of the vocabulary", () => {
    for (const [cases, persons] of Object.entries(PERSONS_OF)) {
      expect([indicatorOf(cases)?.kind, indicatorOf(persons)?.kind]).toEqual(["cases", "persons"]);
    }
  });

  it("name indicators, case types and statistics whose English names are English (the English pages show them)", () => {
    const han = (x: { key: string; en: string }[]) => x.filter((i) => /[\u4e00-\u9fff]/.test(i.en)).map((i) => i.key);
    expect([...han(INDICATORS), ...han(CASE_TYPES), ...han(STATISTICS)]).toEqual([]);
  });

  it("have unique ids and name only indicators of data/metrics.json", () => {
    expect(new Set(INDICATOR_RULES.map((r) => r.id)).size).toBe(INDICATOR_RULES.length);
    expect(INDICATOR_RULES.map((r) => r.indicator).filter((k) => !indicatorOf(k))).toEqual([]);
  });

  for (const rule of INDICATOR_RULES) {
    describe(rule.id, () => {
      it("has at least one example of each kind", () => {
        expect(rule.examples.match.length).toBeGreaterThan(0);
        expect(rule.examples.noMatch.length).toBeGreaterThan(0);
      });
      for (const ex of rule.examples.match) {
        it(`names ${rule.indicator} for “${ex.label}”`, () => expect(classify(ex).ruleId.split("/")[1]).toBe(rule.id));
      }
      for (const ex of rule.examples.noMatch) {
        it(`does not take “${ex.label}” (${ex.kind})`, () => expect(classify(ex).ruleId.split("/")[1]).not.toBe(rule.id));
      }
    });
  }
});

describe("classify", () => {
  const level = (label: string, unit: string, kind: "cases" | "persons" | "percent", institution?: string) =>
    classify({ label, sentence: label, kind, unit, institution });

  it("ties a change to what changes: a bare 同比上升 after a level measures that level", () => {
    const arrests = level("全国检察机关共批准和决定逮捕各类犯罪嫌疑人", "人", "persons");
    expect(arrests.metric).toBe("procuratorate.arrests.approved");
    const change = classify({ label: "同比上升", sentence: "批准和决定逮捕36.7万人,同比上升18.5%", kind: "percent", unit: "%" }, arrests);
    expect(change.metric).toBe("procuratorate.arrests.approved@yoy_pct");
    expect(classify({ label: "同比增加", sentence: "", kind: "percent", unit: "个百分点" }, level("不捕率", "%", "percent")).metric).toBe(
      "procuratorate.arrests.non_arrest_rate@yoy_pp",
    );
  });

  it("gives the same key to the phrase family of one measure, and different keys to different measures", () => {
    const concluded = ["审结各类案件", "全市法院办结", "审执结", "结案"].map((l) => level(l, "件", "cases", "court").metric);
    expect(new Set(concluded)).toEqual(new Set(["court.cases.concluded"]));
    expect(level("审结刑事案件", "件", "cases", "court").metric).toBe("court.cases.concluded.criminal");
    expect(level("审结一审刑事案件", "件", "cases", "court").metric).toBe("court.cases.concluded.criminal_first_instance");
    expect(level("受理各类案件", "件", "cases", "court").metric).toBe("court.cases.accepted");
    expect(level("新收各类案件", "件", "cases", "court").metric).toBe("court.cases.new");
    expect(level("批捕", "人", "persons").metric).toBe(level("批准逮捕", "人", "persons").metric);
    expect(level("不批捕", "人", "persons").metric).not.toBe(level("批捕", "人", "persons").metric);
    expect(level("破获刑事案件", "起", "cases", "police").metric).toBe(level("侦破刑事案件", "起", "cases", "police").metric);
  });

  it("keeps 件 and 人 of one measure in different columns", () => {
    expect(level("决定起诉", "人", "persons", "procuratorate").metric).toBe("procuratorate.prosecution.decided");
    expect(level("共起诉", "件", "cases", "procuratorate").metric).toBe("procuratorate.prosecution.decided_cases");
  });

  it("reads a share, a rank and a streak as statistics of their measure", () => {
    expect(classify({ label: "实质化解率居西部", sentence: "", kind: "rank", unit: "名" }).metric).toBe("plac.disputes.resolution_rate@rank");
    expect(classify({ label: "命案侦破率连续", sentence: "", kind: "duration", unit: "年" }).statistic).toBe("streak");
  });

  it("makes a bare change year-on-year when the sentence names the year before as its base", () => {
    const arrests = level("批准逮捕", "人", "persons");
    expect(classify({ label: "下降", clause: "与上年相比,批准逮捕1000人,下降", sentence: "", kind: "percent", unit: "%" }, arrests).statistic).toBe("yoy_pct");
    expect(classify({ label: "下降", clause: "批准逮捕1000人,下降", sentence: "", kind: "percent", unit: "%" }, arrests).statistic).toBe("change_pct");
    expect(classify({ label: "较2018年下降", clause: "同比上升5%,较2018年下降", sentence: "", kind: "percent", unit: "%" }, arrests).statistic).toBe("change_pct");
  });

  it("leaves a programme's one-off count as other", () => {
    const c = classify({ label: "旗委召开常委会、领导小组会等专项会议", sentence: "旗委召开常委会、领导小组会等专项会议28次", kind: "count", unit: "次" });
    expect(c.metric).toBe("other");
  });

  it("names its own indicator for nearly every synonym of the vocabulary, read alone", () => {
    // Some synonyms need their sentence (死亡 of a traffic report, 损失 of a fraud report): 90% is the floor.
    let reached = 0;
    let total = 0;
    for (const i of INDICATORS) {
      for (const synonym of i.synonyms.map((x) => x.replace(/\s*\(.*?\)\s*/g, "").trim()).filter(Boolean)) {
        total++;
        const institution = i.institution === "any" ? "unknown" : i.institution;
        if (classify({ label: synonym, sentence: synonym, kind: i.kind as Kind, unit: i.unit, institution }).indicator === i.key) reached++;
      }
    }
    expect(reached / total).toBeGreaterThanOrEqual(0.9);
  });

  it("only ever gives keys the vocabulary parses", () => {
    for (const rule of INDICATOR_RULES) for (const ex of rule.examples.match) expect(isMetricKey(classify(ex).metric)).toBe(true);
  });
});
