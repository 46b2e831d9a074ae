// Hand-verified gold (data/gold/<doc>.jsonl): a figure is `verified` when a
// gold entry has the same span, value, unit and metric (figures.md).

import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export interface GoldFigure {
  doc: string;
  start: number;
  end: number;
  text: string;
  value: number;
  value_max: number | null;
  unit: string | null;
  qualifier: string;
  kind: string;
  label: string;
  /** indicator[.caseType][@statistic], equal to metricKey of the three fields below */
  metric: string;
  indicator: string;
  caseType: string | null;
  statistic: string;
  institution: string;
  province: string | null;
  city: string | null;
  county: string | null;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  note?: string | null;
}

export interface Excluded {
  doc: string;
  start: number;
  end: number;
  text: string;
  reason: string;
  note?: string | null;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

/** Gold figures by document file name. */
export function readGold(dir: string): Map<string, GoldFigure[]> {
  const out = new Map<string, GoldFigure[]>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".jsonl") || f.endsWith("excluded.jsonl")) continue;
    for (const g of readJsonl<GoldFigure>(path.join(dir, f))) {
      const list = out.get(g.doc) ?? [];
      list.push(g);
      out.set(g.doc, list);
    }
  }
  return out;
}

export function readExcluded(dir: string): Excluded[] {
  const file = path.join(dir, "excluded.jsonl");
  return existsSync(file) ? readJsonl<Excluded>(file) : [];
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function isVerified(
  f: { start: number; end: number; value: number; unit: string | null; metric: string },
  gold: GoldFigure[] | undefined,
): boolean {
  return !!gold?.some((g) => g.start === f.start && g.end === f.end && sameNumber(g.value, f.value) && g.unit === f.unit && g.metric === f.metric);
}
