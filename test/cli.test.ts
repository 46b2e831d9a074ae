// npm run -s extract, as a user runs it on files of their own.

import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { CORPUS, ROOT, tempDir } from "./helpers";

const extract = (...files: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "lib/extract/cli.ts", ...files], { cwd: ROOT, encoding: "utf8" });

const FIELDS = ["doc", "start", "end", "text", "value", "value_max", "unit", "qualifier", "kind", "label", "metric", "indicator", "case_type", "statistic", "institution", "province", "city", "county", "region_code", "period", "period_start", "period_end", "sentence_start", "sentence_end", "prefix", "suffix"];

describe("npm run -s extract", () => {
  it("prints one JSON object per figure per line, with the documented fields, and nothing else", () => {
    const r = extract(path.join(CORPUS, "004_9ad7854ab247dcce.txt"));
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(80);
    const rows = lines.map((l) => JSON.parse(l));
    for (const row of rows) expect(Object.keys(row)).toEqual(FIELDS);
    expect(rows.find((x) => x.text === "57876件")).toMatchObject({ doc: "004_9ad7854ab247dcce.txt", value: 57876, metric: "court.cases.accepted", province: "河北省", city: "衡水市", region_code: "131100" });
  });

  it("names an unreadable file on stderr, exits non-zero and still processes the others", () => {
    const dir = tempDir();
    const bad = path.join(dir, "image.png");
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00]));
    const gbk = path.join(dir, "gbk.txt");
    // 全市法院受理案件57876件。 in GB18030
    writeFileSync(gbk, Buffer.from("c8abcad0b7a8d4bacadcc0edb0b8bcfe3537383736bcfea1a3", "hex"));
    const r = extract(bad, path.join(dir, "missing.txt"), gbk);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/image\.png: not text/);
    expect(r.stderr).toMatch(/missing\.txt: cannot read \(ENOENT\)/);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).text)).toEqual(["57876件"]);
  });
});
