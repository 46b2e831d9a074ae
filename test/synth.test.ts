// The benchmark's synthetic corpus (test/bench/synth.ts): the same seed gives
// the same corpus, its texts keep the real sentences around varied numbers,
// and it spreads over many places and bodies.

import { describe, expect, it } from "vitest";
import { extractText } from "@/lib/extract";
import { patternsOf, synthCorpus, vary, rng } from "./bench/synth";

describe("the synthetic corpus", () => {
  const patterns = patternsOf();

  it("is the same for the same seed and differs for another", () => {
    const a = [...synthCorpus({ figures: 3000, seed: 7, patterns })];
    const b = [...synthCorpus({ figures: 3000, seed: 7, patterns })];
    const c = [...synthCorpus({ figures: 3000, seed: 8, patterns })];
    expect(a).toEqual(b);
    expect(a.map((d) => d.text)).not.toEqual(c.map((d) => d.text));
  });

  it("holds about the figures asked for, as the extractor finds them, over many places and every kind of body", () => {
    const docs = [...synthCorpus({ figures: 20_000, seed: 1, patterns })];
    const found = docs.reduce((n, d) => n + extractText(d.text, { docDate: d.entry.date as string }).figures.length, 0);
    expect(found).toBeGreaterThan(20_000 * 0.9);
    expect(found).toBeLessThan(20_000 * 1.1);
    expect(new Set(docs.map((d) => `${d.entry.province}${d.entry.city}${d.entry.county}`)).size).toBeGreaterThan(docs.length * 0.8);
    expect(new Set(docs.map((d) => d.entry.institution))).toEqual(new Set(["court", "procuratorate", "police", "justice", "plac"]));
  });

  it("varies numbers and years, and keeps every other character of the sentence", () => {
    const text = "2021年全市法院受理案件57876件,结案46407件,结案率80.18%,同比上升3.5个百分点。";
    const out = vary(text, rng(1), 2);
    expect(out.startsWith("2023年全市法院受理案件")).toBe(true);
    expect(out.replace(/[0-9.]/g, "")).toBe(text.replace(/[0-9.]/g, ""));
    expect(out).not.toBe(text.replace("2021", "2023"));
    expect(Number(/结案率([0-9.]+)%/.exec(out)![1])).toBeLessThan(100);
  });
});
