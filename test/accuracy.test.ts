// The rules measured against the hand-verified gold (data/gold), as
// `npm run -s eval` reports it, part by part.

import { describe, expect, it } from "vitest";
import { evaluateCorpus } from "@/lib/eval/run";
import { scoreDocument, summarise, type Predicted } from "@/lib/eval/compare";
import type { GoldFigure } from "@/lib/gold/read";
import { CORPUS, GOLD, SOURCES } from "./helpers";

// Issue 9's bars: span F1 >= 0.97 on the tuned part, >= 0.95 on the held-out
// part (a lower bar: it measures generalisation, and a rule fitted to it
// would stop measuring it); unit and kind right on >= 97% of found figures.
const BARS = { tuned: 0.97, heldout: 0.95 } as const;

for (const part of ["tuned", "heldout"] as const) {
  describe(`accuracy on the ${part} part of data/corpus`, () => {
    const report = evaluateCorpus({ corpusDir: CORPUS, goldDir: GOLD, sourcesFile: SOURCES, part });

    it(`finds figures with span + value F1 of at least ${BARS[part]}`, () => {
      const misses = report.documents.flatMap((d) => d.misses.map((m) => `${m.doc}@${m.start} ${m.text}`));
      const fps = report.documents.flatMap((d) => d.falsePositives.map((p) => `${p.doc}@${p.start} ${p.text}`));
      expect(report.documents.length).toBeGreaterThan(0);
      expect({ f1: report.overall.f1, misses, fps }).toMatchObject({ f1: expect.toSatisfy((f: number) => f >= BARS[part]) });
    });

    it("reads unit and kind right on at least 97% of the figures it finds", () => {
      expect(report.overall.fields.unit.accuracy).toBeGreaterThanOrEqual(0.97);
      expect(report.overall.fields.kind.accuracy).toBeGreaterThanOrEqual(0.97);
    });

    // Issue 10's dimensions. Issue 10 asks for indicator >= 0.90 and period
    // >= 0.95 on the held-out part; the rules are not there yet (docs/accuracy.md
    // has the numbers), so these are floors under what the tuned part reaches
    // today: a change that loses ground fails here. (Set again when 56 texts
    // read blind, at 57–80% indicator before their rules, joined the part; and
    // again later on 2026-12-06, when 23 more, at 62–82% blind, joined it and
    // decision 50 read 239 gold lines again: a part no key names is `other`;
    // and once more when batch b44 joined, at 66% blind; and when batches
    // b47–b50, 26 texts at 75–87% blind, joined and decision 51 was read;
    // and when batches b54 and b55 joined on 2026-12-06 with their periods at 44% and 55% blind;
    // raised later that day, after batches b56 and b57 joined and the day's rules: 85.6 / 93.0 / 98.3 / 89.7;
    // the period floor lowered to 0.89 that evening when batches b58–b60, 29 texts with periods at 64–77% blind, joined;
    // indicator and case type raised to 0.855 and 0.93 after b61 and the evening's rules: 85.8 / 93.2 / 98.3 / 89.2;
    // indicator raised to 0.86 on 2026-12-07 after batch b62 joined and the day's rules: 86.5 / 93.3 / 98.3 / 89.2;
    // the period floor lowered to 0.885 later that day when batch b64 (5 texts, periods at 36% blind) joined: 86.6 / 93.2 / 98.3 / 88.9;
    // and to 0.88 in session 18 when batch b70 joined (6 texts, periods at 54.7% blind: d44's campaign said as 从去年10月开始…为期半年,
    // d49's statistical year, d48's copy with pinyin inside the words): 86.4 / 93.1 / 98.1 / 88.5;
    // the indicator floor lowered to 0.855 in session 19, when decisions 52–57 were read into the gold
    // (527 tuned figures changed, most made `other` as parts no key names) and the rules followed
    // them as far as they could that day: 85.7 / 93.2 / 98.1 / 88.1;
    // indicator and period raised to 0.858 and 0.885 in session 20, after decisions 58–59 and that day's period rules:
    // 86.0 / 93.4 / 98.1 / 88.7; indicator raised to 0.861 in session 21, after decision 60: 86.3 / 93.4 / 98.1 / 88.9;
    // period raised to 0.895 at the end of session 21, after the 截至目前, 昨天 and campaign-start rules: 86.4 / 93.4 / 98.2 / 89.8;
    // in session 22, after decision 62 and the case-type and institution rules, indicator 0.864, case type 0.935,
    // period 0.896 and institution 0.99: 86.6 / 93.8 / 98.2 / 89.9, institution 99.5;
    // in session 23, after decision 63 and the period rules (white papers, campaigns' lengths), indicator 0.867,
    // case type 0.938, statistic 0.982 and period 0.908: 86.9 / 94.0 / 98.3 / 91.0; period 0.91 at its end: 87.2 / 94.1 / 98.3 / 91.2.)
    if (part === "tuned") {
      it("names indicator, case type, statistic and period at least as well as it did", () => {
        const f = report.overall.fields;
        expect({ indicator: f.indicator.accuracy, caseType: f.caseType.accuracy, statistic: f.statistic.accuracy, period: f.period.accuracy, institution: f.institution.accuracy }).toMatchObject({
          indicator: expect.toSatisfy((x: number) => x >= 0.867),
          caseType: expect.toSatisfy((x: number) => x >= 0.938),
          statistic: expect.toSatisfy((x: number) => x >= 0.982),
          period: expect.toSatisfy((x: number) => x >= 0.91),
          institution: expect.toSatisfy((x: number) => x >= 0.99),
        });
      });

      it("gives one measure one key across documents", () => {
        // 审结/结案/办结/审执结 in courts' reports of different places and years, 批捕/批准逮捕 in procuratorates'.
        const docsOf = (metric: string) => new Set(report.documents.flatMap((d) => d.predictedFigures.filter((x) => x.metric === metric).map((x) => x.doc)));
        expect(docsOf("court.cases.concluded").size).toBeGreaterThanOrEqual(10);
        expect(docsOf("procuratorate.arrests.approved").size).toBeGreaterThanOrEqual(4);
        expect(docsOf("police.criminal_cases.solved").size).toBeGreaterThanOrEqual(6);
      });
    }

    // Only the tuned part is held to this: the held-out part measures, and
    // a bar of zero errors on it could only be met by fixing rules on it.
    // `npm run -s eval` reports its excluded numbers taken for figures.
    if (part === "tuned") {
      it("reports none of the numbers listed in excluded.jsonl as a figure", () => {
        const reported = report.documents.flatMap((d) => d.falsePositives.filter((p) => p.excluded).map((p) => `${p.doc}@${p.start} ${p.text} (${p.excluded!.reason})`));
        expect(reported).toEqual([]);
      });
    }
  });
}

describe("the evaluation itself", () => {
  const gold = (over: Partial<GoldFigure>): GoldFigure => ({
    doc: "d.txt", start: 8, end: 14, text: "57876件", value: 57876, value_max: null, unit: "件", qualifier: "exact", kind: "cases",
    label: "全市法院受理案件", metric: "court.cases.accepted", indicator: "court.cases.accepted", caseType: null, statistic: "value", institution: "court", province: "河北省", city: "衡水市", county: null, period: null, periodStart: null, periodEnd: null, ...over,
  });
  const pred = (over: Partial<Predicted>): Predicted => ({ ...gold({}), valueMax: null, sentence: "全市法院受理案件57876件,结案46407件。", ...over }) as Predicted;

  it("shows a gold figure the rules did not find as a miss, with its sentence", () => {
    const s = scoreDocument("d.txt", [gold({}), gold({ start: 17, end: 23, text: "46407件", value: 46407 })], [pred({})], [], () => "全市法院受理案件57876件,结案46407件。");
    expect(s.misses.map((m) => m.text)).toEqual(["46407件"]);
    expect(s.misses[0].sentence).toContain("结案46407件");
    expect(summarise([s]).overall.recall).toBe(0.5);
  });

  it("counts a wrong value on the right span as both a miss and a false positive", () => {
    const s = scoreDocument("d.txt", [gold({})], [pred({ value: 5787 })], [], () => "");
    expect([s.matched, s.misses.length, s.falsePositives.length]).toEqual([0, 1, 1]);
  });

  it("counts a wrong unit on the right span and value as a unit error, not a miss", () => {
    const s = scoreDocument("d.txt", [gold({})], [pred({ unit: "人" })], [], () => "");
    expect([s.matched, s.misses.length, s.fields.unit.correct]).toEqual([1, 0, 0]);
  });

  it("scores fields only on matched figures and names the field that differs", () => {
    const s = scoreDocument("d.txt", [gold({})], [pred({ metric: "other" })], [], () => "");
    expect(s.fields.metric).toEqual({ correct: 0, total: 1 });
    expect(s.fieldErrors[0].mismatches).toEqual([{ field: "metric", gold: "court.cases.accepted", predicted: "other" }]);
  });
});
