// The hand-written gold and the corpus metadata, checked against the texts
// themselves: what `npm run -s gold:check` and `npm run -s corpus:doc` do.

import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { checkCorpusGold } from "@/lib/gold/cli";
import { checkDocumentGold } from "@/lib/gold/check";
import { numberTokens } from "@/lib/gold/coverage";
import { corpusMarkdown } from "@/lib/ingest/corpus-doc";
import { readSources } from "@/lib/ingest/sources";
import { CORPUS, GOLD, ROOT, SOURCES } from "./helpers";

const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();

describe("the gold of every corpus document", () => {
  const { problems, checked, figures } = checkCorpusGold();

  it("has a span that is its source slice, fields of the vocabulary, no overlaps, and every number accounted for", () => {
    expect(checked).toBe(files.length);
    expect(figures).toBeGreaterThan(1000);
    expect(problems.map((p) => `${p.doc}${p.at !== null ? `@${p.at}` : ""}: ${p.message}`)).toEqual([]);
  });
});

describe("the readings kept beside the gold (data/gold-second, data/gold-first)", () => {
  const { sources } = readSources(SOURCES);
  for (const name of ["gold-second", "gold-first"]) {
    const dir = path.join(ROOT, "data", name);
    const docs = readdirSync(dir).filter((f) => f.endsWith(".jsonl") && f !== "excluded.jsonl").map((f) => f.replace(/\.jsonl$/, ".txt"));
    it(`${name}: of corpus texts that have gold, passing the same check`, () => {
      expect(docs.length).toBeGreaterThanOrEqual(6);
      expect(docs.filter((d) => !sources.has(d))).toEqual([]);
      expect(docs.filter((d) => !readdirSync(GOLD).includes(d.replace(/\.txt$/, ".jsonl")))).toEqual([]);
      const { problems, checked } = checkCorpusGold(docs, CORPUS, dir);
      expect(checked).toBe(docs.length);
      // (…but for decision 56, checked since: a reading is kept as its reader wrote it, and several were written before it.)
      expect(problems.filter((p) => !p.message.includes("(decision 56)")).map((p) => `${p.doc}${p.at !== null ? `@${p.at}` : ""}: ${p.message}`)).toEqual([]);
    });
  }
});

describe("the check itself", () => {
  // 衡水中院's sentence (004): two figures, one date; the gold below forgets the second figure.
  const text = Array.from("2020年1月至10月,全市法院受理案件57876件,结案46407件。");
  const fig = { doc: "d.txt", start: 20, end: 26, text: "57876件", value: 57876, value_max: null, unit: "件", qualifier: "exact", kind: "cases", label: "全市法院受理案件", metric: "other", indicator: "other", caseType: null, statistic: "value", institution: "court", province: null, city: null, county: null, period: null, periodStart: null, periodEnd: null };
  const date = { doc: "d.txt", start: 0, end: 11, text: "2020年1月至10月", reason: "period" };

  it("names a number that is neither a figure nor excluded", () => {
    const problems = checkDocumentGold("d.txt", text, [fig], [date]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining("`46407` (")]);
  });

  it("names a span that is not the slice it claims", () => {
    const problems = checkDocumentGold("d.txt", text, [{ ...fig, start: 19, end: 25 }], [date]);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining("the text at [19, 25) is `件57876`"));
  });

  it("names a full key written in the indicator field", () => {
    const bad = { ...fig, metric: "police.criminal_cases.clearance_rate.homicide", indicator: "police.criminal_cases.clearance_rate.homicide", caseType: null, statistic: "value" };
    const problems = checkDocumentGold("d.txt", text, [bad], [date]);
    expect(problems.map((p) => p.message).join("\n")).toMatch(/indicator police\.criminal_cases\.clearance_rate\.homicide is not an indicator/);
  });

  it("names a case type its indicator does not list, and one given to other (decision 56)", () => {
    const notListed = { ...fig, metric: "court.cases.accepted.homicide", indicator: "court.cases.accepted", caseType: "homicide" };
    const ofOther = { ...fig, caseType: "enterprise" };
    expect(checkDocumentGold("d.txt", text, [notListed], [date]).map((p) => p.message).join("\n")).toMatch(/caseType homicide is not one that court\.cases\.accepted lists/);
    expect(checkDocumentGold("d.txt", text, [ofOther], [date]).map((p) => p.message).join("\n")).toMatch(/caseType enterprise is not one that other lists/);
    // A case type the indicator lists passes.
    const listed = { ...fig, metric: "court.cases.accepted.criminal", indicator: "court.cases.accepted", caseType: "criminal" };
    expect(checkDocumentGold("d.txt", text, [listed], [date]).map((p) => p.message).join("\n")).not.toMatch(/decision 56/);
  });

  it("names a field outside the vocabulary and an unknown reason", () => {
    const problems = checkDocumentGold("d.txt", text, [{ ...fig, kind: "things", metric: "court.made_up" }], [{ ...date, reason: "boring" }]);
    expect(problems.map((p) => p.message).join("\n")).toMatch(/kind things[\s\S]*metric court\.made_up[\s\S]*reason boring/);
  });
});

describe("the numbers a text must account for", () => {
  const tokens = (s: string) => numberTokens(s).map((t) => t.text);

  it("lists digit runs, full-width digits included", () => {
    expect(tokens("结案 31006件,占比66.8%,１２３件")).toEqual(["31006", "66", "8", "１２３"]);
  });

  it("lists numerals that count, rank or name a formula, not articles, enumerators or words", () => {
    // 001: slogans and sets are listed (to be excluded with a reason); 一体化, 一是, 长三角
    // and the lone 一 of 三省一市 are not numbers.
    expect(tokens("一是推进长三角一体化,落实“两山”理念,三省一市组建了三个工作群,排名全省第一。")).toEqual(["两", "三", "三", "一"]);
  });

  it("leaves out place names with numerals in them", () => {
    expect(tokens("分别在黄山、合肥、六安金寨承办三次会议")).toEqual(["三"]);
  });
});

describe("data/sources.json", () => {
  const { sources, errors } = readSources(SOURCES);

  it("validates, with an entry for every corpus file and no entry without a file", () => {
    expect(errors).toEqual([]);
    expect([...sources.keys()].sort()).toEqual(files);
  });

  it("links every text retrieved from a page to that page and names its body, place, level and date basis", () => {
    // The five seed pages of ../shared/corpus came without addresses.
    const retrieved = files.filter((f) => !/^00[0-4]_/.test(f));
    const incomplete = retrieved.filter((f) => {
      const s = sources.get(f)!;
      return !s.url || !s.publisher || !s.institution || !s.level || !s.dateBasis || !s.date || (s.level !== "national" && !s.province);
    });
    expect(incomplete).toEqual([]);
  });

  it("sets aside at least 15 texts as the held-out part", () => {
    expect(files.filter((f) => sources.get(f)?.part === "heldout").length).toBeGreaterThanOrEqual(15);
  });
});

describe("docs/corpus.md", () => {
  it("is what `npm run -s corpus:doc` generates from the data now", () => {
    const now = corpusMarkdown(CORPUS, SOURCES, GOLD);
    expect(readFileSync(path.join(ROOT, "docs", "corpus.md"), "utf8")).toBe(now);
  });
});
