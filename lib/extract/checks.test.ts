// figuresToChecks: consistency between figures of one article.

import { describe, expect, it } from "vitest";
import { extractText } from "./index";

const header = "在创新中大力提升审判质效\n衡水市中级人民法院\n";
const checks = (body: string) => extractText(header + body, { docDate: "2020-11" }).checks.map((c) => [c.kind, c.passed, c.message]);

describe("figuresToChecks", () => {
  it("confirms a stated difference and a part within its whole", () => {
    expect(checks("今年1月至10月,全市法院受理执行案件21750件,已结 17619件,执行结案平均用时99.52天,比全省平均值(113.09天)少13.57天。")).toEqual([
      ["part", true, "17619件 ≤ 21750件 (court.cases.concluded.enforcement within court.cases.accepted.enforcement)"],
      ["difference", true, "13.57天 matches 113.09天 − 99.52天 = 13.57"],
    ]);
  });

  it("flags a share that does not match part over whole", () => {
    const cs = checks("全市法院院庭长结案 31006件,占总结案数的 76.8%。截至目前,全市法院受理案件57876件,结案46407件。");
    expect(cs).toContainEqual(["share", false, "76.8% does not match 31006件 / 46407件 = 66.8132%"]);
    expect(cs).toContainEqual(["part", true, "31006件 ≤ 46407件 (court.cases.by_leaders within court.cases.concluded)"]);
  });

  it("does not compare figures of different periods", () => {
    expect(checks("今年1月至10月,全市法院受理执行案件21750件。2019年,已结 27619件。")).toEqual([]);
  });
});
