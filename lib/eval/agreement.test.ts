import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readersAgreement } from "./agreement";

describe("readersAgreement", () => {
  // One sentence, two figures, read twice: the readers agree on the first figure's key and not on the second's.
  const dir = mkdtempSync(path.join(tmpdir(), "zf-agree-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = "全市法院审结案件2000件,审结破产案件30件。";
  const fig = (start: number, end: number, value: number, label: string, indicator: string, caseType: string | null) => ({
    doc: "t.txt", start, end, text: Array.from(text).slice(start, end).join(""), value, value_max: null, unit: "件", qualifier: "exact", kind: "cases", label,
    metric: indicator + (caseType ? `.${caseType}` : ""), indicator, caseType, statistic: "value", institution: "court", province: null, city: null, county: null, period: null, periodStart: null, periodEnd: null,
  });
  for (const d of ["corpus", "first", "second"]) mkdirSync(path.join(dir, d));
  writeFileSync(path.join(dir, "corpus", "t.txt"), text);
  const write = (d: string, figs: object[]) => writeFileSync(path.join(dir, d, "t.jsonl"), figs.map((f) => JSON.stringify(f)).join("\n") + "\n");
  write("first", [fig(8, 13, 2000, "全市法院审结案件", "court.cases.concluded", null), fig(19, 22, 30, "审结破产案件", "other", null)]);
  write("second", [fig(8, 13, 2000, "全市法院审结案件", "court.cases.concluded", null), fig(19, 22, 30, "审结破产案件", "court.cases.concluded", "civil_commercial")]);

  it("scores the second reading against the first field by field, and the rules against each", () => {
    const a = readersAgreement({ corpusDir: path.join(dir, "corpus"), goldDir: path.join(dir, "first"), secondDir: path.join(dir, "second"), sourcesFile: path.join(dir, "none.json"), part: "tuned" });
    expect(a.documents).toEqual(["t.txt"]); // no sources.json entry: tuned
    expect(a.readers.overall.f1).toBe(1);
    expect(a.readers.overall.fields.indicator).toMatchObject({ correct: 1, total: 2 });
    expect(a.readers.overall.fields.caseType).toMatchObject({ correct: 1, total: 2 });
    expect(a.readers.overall.fields.span.accuracy).toBe(1);
    // The rules read the same text once; what they find is scored against either reading.
    expect(a.rulesFirst.overall.gold).toBe(2);
    expect(a.rulesSecond.overall.gold).toBe(2);
    expect(a.rulesFirst.overall.predicted).toBe(a.rulesSecond.overall.predicted);
  });
});
