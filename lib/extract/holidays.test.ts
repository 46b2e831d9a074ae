import { describe, expect, it } from "vitest";
import { holidayBreak } from "./holidays";
import { extractText } from "./index";

describe("holidayBreak: a public holiday's days off, as the State Council's notice set them", () => {
  it("gives the break of the year named, with a neighbouring holiday that shares it", () => {
    expect(holidayBreak("五一", 2015)).toEqual({ start: "2015-05-01", end: "2015-05-03" });
    expect(holidayBreak("春节", 2017)).toEqual({ start: "2017-01-27", end: "2017-02-02" });
    // 中秋 and 国庆 one break (2023: 29 September to 6 October).
    expect(holidayBreak("国庆", 2023)).toEqual({ start: "2023-09-29", end: "2023-10-06" });
    expect(holidayBreak("中秋", 2023)).toEqual({ start: "2023-09-29", end: "2023-10-06" });
    // 元旦 of 2019 began on 30 December 2018.
    expect(holidayBreak("元旦", 2019)).toEqual({ start: "2018-12-30", end: "2019-01-01" });
  });
  it("gives nothing for a word that is no holiday", () => {
    expect(holidayBreak("十一五", 2010)).toBeNull();
  });
});

describe("a figure said of a holiday's days (c05, c86)", () => {
  const periods = (text: string, docDate: string) => extractText(text, { docDate }).figures.map((f) => [f.text, f.periodStart, f.periodEnd]);
  it("is dated to the break, of the year said or of the document's", () => {
    expect(periods("南昌市公安局\n5月3日,记者从南昌市公安局获悉,“五一”节假日期间,全市接报刑事类警情240起。", "2015-05-04")).toEqual([["240起", "2015-05-01", "2015-05-03"]]);
    expect(periods("新疆公安厅\n2017年春节期间,全区发生道路交通事故12起。", "2017-02-10")).toEqual([["12起", "2017-01-27", "2017-02-02"]]);
    expect(periods("某市公安局\n今年国庆长假期间,全市共破获刑事案件20起。", "2023-10-08")).toEqual([["20起", "2023-09-29", "2023-10-06"]]);
  });
  it("must not read a five-year plan's 十一五 as the holiday 十一", () => {
    expect(periods("某市公安局\n“十一五”期间,全市共破获刑事案件1000起。", "2011-02-01")).toEqual([["1000起", "2006-01-01", "2010-12-31"]]);
  });
});
