// The rules measured against the hand-verified gold (data/gold), as
// `npm run -s eval` reports it. Thresholds are issue 3's.

import { describe, expect, it } from "vitest";
import { evaluateCorpus } from "@/lib/eval/run";
import { scoreDocument, summarise, type Predicted } from "@/lib/eval/compare";
import type { GoldFigure } from "@/lib/ingest/gold";
import path from "node:path";
import { CORPUS, GOLD, ROOT, SOURCES } from "./helpers";

describe("accuracy on the corpus", () => {
  const report = evaluateCorpus({ corpusDir: CORPUS, goldDir: GOLD, sourcesFile: SOURCES });

  it("reaches span + value + unit F1 of at least 0.98", () => {
    const misses = report.documents.flatMap((d) => d.misses.map((m) => `${m.doc}@${m.start} ${m.text}`));
    const fps = report.documents.flatMap((d) => d.falsePositives.map((p) => `${p.doc}@${p.start} ${p.text}`));
    expect({ f1: report.overall.f1 >= 0.98, misses, fps }).toMatchObject({ f1: true });
  });

  it("reports none of the numbers listed in excluded.jsonl as a figure", () => {
    const reported = report.documents.flatMap((d) => d.falsePositives.filter((p) => p.excluded).map((p) => `${p.doc}@${p.start} ${p.text} (${p.excluded!.reason})`));
    expect(reported).toEqual([]);
  });

  it("covers every corpus document with gold", () => {
    expect(report.documents.every((d) => d.gold > 0)).toBe(true);
  });
});

describe("the evaluation itself", () => {
  const gold = (over: Partial<GoldFigure>): GoldFigure => ({
    doc: "d.txt", start: 8, end: 14, text: "57876件", value: 57876, value_max: null, unit: "件", qualifier: "exact", kind: "cases",
    label: "全市法院受理案件", metric: "court.cases.accepted", institution: "court", province: "河北省", city: "衡水市", county: null, period: null, ...over,
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

  it("scores fields only on matched figures and names the field that differs", () => {
    const s = scoreDocument("d.txt", [gold({})], [pred({ metric: "other" })], [], () => "");
    expect(s.fields.metric).toEqual({ correct: 0, total: 1 });
    expect(s.fieldErrors[0].mismatches).toEqual([{ field: "metric", gold: "court.cases.accepted", predicted: "other" }]);
  });
});

describe("accuracy on held-out texts (data/heldout: never read while writing rules)", () => {
  const heldout = evaluateCorpus({
    corpusDir: path.join(ROOT, "data", "heldout", "corpus"),
    goldDir: path.join(ROOT, "data", "heldout", "gold"),
    sourcesFile: path.join(ROOT, "data", "heldout", "sources.json"),
  });

  // A lower bar than the corpus's: these measure generalisation, and a rule
  // fitted to them would stop measuring it.
  it("finds figures with span + value + unit F1 of at least 0.95", () => {
    const misses = heldout.documents.flatMap((d) => d.misses.map((m) => `${m.doc}@${m.start} ${m.text}`));
    expect({ f1: heldout.overall.f1 >= 0.95, misses }).toMatchObject({ f1: true });
  });

  it("reports none of its excluded numbers as figures", () => {
    expect(heldout.documents.flatMap((d) => d.falsePositives.filter((p) => p.excluded).map((p) => p.text))).toEqual([]);
  });
});
