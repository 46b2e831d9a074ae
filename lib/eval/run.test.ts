import { describe, expect, it } from "vitest";
import { regionNamedIn } from "./run";

describe("regionNamedIn", () => {
  it("finds a place by its full or short name, and says when a text never names it", () => {
    expect(regionNamedIn("龙江法院召开新闻发布会", { province: "黑龙江省", city: "齐齐哈尔市", county: "龙江县" })).toBe(true);
    expect(regionNamedIn("2014年1至9月,我院共受理各类案件9471件", { province: "天津市", city: null, county: "河东区" })).toBe(false);
    expect(regionNamedIn("湘西州永顺县司法局", { province: "湖南省", city: "湘西土家族苗族自治州", county: "永顺县" })).toBe(true);
    expect(regionNamedIn("凉山州教育整顿", { province: "四川省", city: "凉山彝族自治州", county: null })).toBe(true);
    expect(regionNamedIn("全国检察机关", { province: null, city: null, county: null })).toBe(true);
    // A text in traditional characters (946).
    const jianhe = "本網訊 據最新的數據顯示:2016年劍河縣的人民群眾安全感為98.45%,全州第4位、全省第15位。政法機關滿意度:公安局97.29%,全州第5位。";
    expect(regionNamedIn(jianhe, { province: "贵州省", city: "黔东南苗族侗族自治州", county: "剑河县" })).toBe(true);
  });
});
