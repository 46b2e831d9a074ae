import { describe, expect, it } from "vitest";
import { regionNamedIn } from "./run";

describe("regionNamedIn", () => {
  it("finds a place by its full or short name, and says when a text never names it", () => {
    expect(regionNamedIn("龙江法院召开新闻发布会", { province: "黑龙江省", city: "齐齐哈尔市", county: "龙江县" })).toBe(true);
    expect(regionNamedIn("2014年1至9月,我院共受理各类案件9471件", { province: "天津市", city: null, county: "河东区" })).toBe(false);
    expect(regionNamedIn("湘西州永顺县司法局", { province: "湖南省", city: "湘西土家族苗族自治州", county: "永顺县" })).toBe(true);
    expect(regionNamedIn("凉山州教育整顿", { province: "四川省", city: "凉山彝族自治州", county: null })).toBe(true);
    expect(regionNamedIn("全国检察机关", { province: null, city: null, county: null })).toBe(true);
  });
});
