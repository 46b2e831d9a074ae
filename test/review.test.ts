// npm run review, driven as a person would: answers typed at its prompts.

import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { ROOT, tempDir } from "./helpers";

function review(file: string, goldDir: string, answers: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "lib/review/cli.ts", file, "--gold", goldDir], {
    cwd: ROOT,
    input: answers.join("\n") + "\n",
    encoding: "utf8",
  });
}

const readJsonl = (f: string) => readFileSync(f, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("npm run review", () => {
  // A new text: two court figures and one number a reviewer rejects.
  const text = "全市法院受理案件57876件,结案46407件。该院开展“半月一讲”30多期。";

  it("writes accepted, corrected and rejected figures to the gold and excluded files", () => {
    const dir = tempDir();
    const gold = path.join(dir, "gold");
    mkdirSync(gold);
    const file = path.join(dir, "new.txt");
    writeFileSync(file, text);
    // accept; correct only the period and its dates (14 fields, those last); reject as a prescription
    const r = review(file, gold, ["a", "c", ...Array(11).fill(""), "2020年", "2020-01-01", "2020-12-31", "r", "prescription", "a course, not a result"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("全市法院受理案件【57876件】");
    const g = readJsonl(path.join(gold, "new.jsonl"));
    expect(g.map((x) => [x.text, x.metric, x.period])).toEqual([
      ["57876件", "court.cases.accepted", null],
      ["46407件", "court.cases.concluded", "2020年"],
    ]);
    expect(readJsonl(path.join(gold, "excluded.jsonl"))).toEqual([
      { doc: "new.txt", start: 34, end: 38, text: "30多期", reason: "prescription", note: "a course, not a result" },
    ]);
    // Reviewed figures are verified now: a second pass has nothing to ask.
    expect(review(file, gold, []).stdout).toContain("nothing to review");
  });

  it("refuses a metric that is not in the vocabulary and asks again", () => {
    const dir = tempDir();
    const file = path.join(dir, "one.txt");
    writeFileSync(file, "全市法院受理案件57876件。");
    const r = review(file, dir, ["c", "", "", "", "", "", "", "court.cases.invented", "court.cases.accepted", "", "", "", "", "", "", ""]);
    expect(r.stdout).toContain("metric must be a key of data/metrics.json");
    expect(readJsonl(path.join(dir, "one.jsonl"))[0].metric).toBe("court.cases.accepted");
  });

  it("keeps what was decided when the reviewer quits midway", () => {
    const dir = tempDir();
    const file = path.join(dir, "new.txt");
    writeFileSync(file, text);
    review(file, dir, ["a", "q"]);
    expect(readJsonl(path.join(dir, "new.jsonl")).map((x) => x.text)).toEqual(["57876件"]);
  });
});
