// Every metric rule's own examples: each `match` example must reach this
// rule (rules are tried in order, so an earlier rule must not catch it) and
// no `noMatch` example may.

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { RULES, metricOf } from "./rules";

const vocabulary = new Set(
  (JSON.parse(readFileSync(path.join(__dirname, "..", "..", "data", "metrics.json"), "utf8")).metrics as { key: string }[]).map((m) => m.key),
);

describe("metric rules", () => {
  it("have unique ids and name only metrics of data/metrics.json", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULES.map((r) => r.metric).filter((m) => !vocabulary.has(m))).toEqual([]);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it("has at least one example of each kind", () => {
        expect(rule.examples.match.length).toBeGreaterThan(0);
        expect(rule.examples.noMatch.length).toBeGreaterThan(0);
      });
      for (const ex of rule.examples.match) {
        it(`names ${rule.metric} for “${ex.label}”`, () => {
          expect(metricOf(ex).ruleId).toBe(rule.id);
        });
      }
      for (const ex of rule.examples.noMatch) {
        it(`does not take “${ex.label}” (${ex.kind})`, () => {
          expect(metricOf(ex).ruleId).not.toBe(rule.id);
        });
      }
    });
  }

  it("leaves a figure no rule names as other, keeping it", () => {
    expect(metricOf({ label: "印制发放普法宣传册", sentence: "印制发放普法宣传册8500多份", kind: "count", unit: "份" })).toEqual({ metric: "other", ruleId: "unnamed" });
  });
});
