// Figures of one article checked against each other: a part is not larger
// than its whole, a stated share matches part over whole, a stated
// difference matches its two values. The relations between metrics are data
// (data/metrics.json, "checks"); a check runs only where both sides occur in
// the same article with comparable periods: the same phrase, or both unstated
// or "up to now" (目前, 截至目前, 近期, 当前).

import metrics from "../../data/metrics.json";
import type { Figure } from "./types";

export interface CheckResult {
  kind: "part" | "share" | "difference";
  figures: { start: number; end: number }[];
  passed: boolean;
  message: string;
}

interface Relations {
  part: [string, string][];
  share: [string, string, string][];
  difference: [string, string, string][];
}

const RELATIONS = (metrics as unknown as { checks: Relations }).checks;

const fmt = (x: number) => String(Math.round(x * 10000) / 10000);

export function figuresToChecks(figures: Iterable<Figure>): CheckResult[] {
  const checks = checker();
  for (const f of figures) checks.add(f);
  return checks.results();
}

/** What a check reads of a figure: a copy this small is all a group keeps. */
type Checked = Pick<Figure, "start" | "end" | "text" | "value" | "unit">;

/**
 * The same, fed one figure at a time in text order. Groups never span two
 * articles, so an article's groups are checked and dropped when the next
 * article's first figure arrives: a stream of figures is checked while
 * holding one article's first figure of each metric.
 */
export function checker(): { add(f: Figure): void; results(): CheckResult[] } {
  const out: CheckResult[] = [];
  // Groups within which figures may be compared: one article, one period.
  let groups = new Map<string, Map<string, Checked>>();
  let section: number | null = null;
  const add = (f: Figure) => {
    if (f.section !== section) {
      out.push(...groupsToChecks(groups));
      groups = new Map();
      section = f.section;
    }
    const present = f.period === null || /^(目前|截至目前|近期|当前)$/.test(f.period);
    const key = present ? "" : f.period!;
    const g = groups.get(key) ?? new Map<string, Checked>();
    // The first figure of a metric in the group stands for it; a second one
    // (a sub-measure with the same key) is not compared.
    if (f.metric !== "other" && !g.has(f.metric)) g.set(f.metric, { start: f.start, end: f.end, text: f.text, value: f.value, unit: f.unit });
    groups.set(key, g);
  };
  return {
    add,
    results: () => {
      out.push(...groupsToChecks(groups));
      groups = new Map();
      return out;
    },
  };
}

function groupsToChecks(groups: Map<string, Map<string, Checked>>): CheckResult[] {
  const out: CheckResult[] = [];
  const span = (f: Checked) => ({ start: f.start, end: f.end });
  for (const g of groups.values()) {
    for (const [partKey, wholeKey] of RELATIONS.part) {
      const part = g.get(partKey);
      const whole = g.get(wholeKey);
      if (!part || !whole || part.unit !== whole.unit) continue;
      const passed = part.value <= whole.value;
      out.push({ kind: "part", figures: [span(part), span(whole)], passed, message: `${part.text} ${passed ? "≤" : ">"} ${whole.text} (${partKey} within ${wholeKey})` });
    }
    for (const [shareKey, partKey, wholeKey] of RELATIONS.share) {
      const share = g.get(shareKey);
      const part = g.get(partKey);
      const whole = g.get(wholeKey);
      if (!share || !part || !whole || whole.value === 0) continue;
      const computed = (part.value / whole.value) * 100;
      const passed = Math.abs(computed - share.value) <= 0.1;
      out.push({ kind: "share", figures: [span(share), span(part), span(whole)], passed, message: `${share.text} ${passed ? "matches" : "does not match"} ${part.text} / ${whole.text} = ${fmt(computed)}%` });
    }
    for (const [diffKey, aKey, bKey] of RELATIONS.difference) {
      const diff = g.get(diffKey);
      const a = g.get(aKey);
      const b = g.get(bKey);
      if (!diff || !a || !b || a.unit !== b.unit) continue;
      const computed = Math.abs(a.value - b.value);
      const passed = Math.abs(computed - diff.value) <= 0.01;
      out.push({ kind: "difference", figures: [span(diff), span(a), span(b)], passed, message: `${diff.text} ${passed ? "matches" : "does not match"} ${a.text} − ${b.text} = ${fmt(computed)}` });
    }
  }
  return out;
}
