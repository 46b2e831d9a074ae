import { describe, expect, it } from "vitest";
import { metricName } from "./indicators";

describe("metricName", () => {
  it("names the case type unless the indicator's own name says it", () => {
    expect(metricName("zh", "court.cases.concluded.criminal")).toBe("审结(审执结)案件（刑事）");
    expect(metricName("zh", "plac.anti_gang.organisations.gang")).toBe("打掉涉黑涉恶组织");
    expect(metricName("en", "plac.anti_gang.organisations.gang")).toBe("Mafia-type and evil-force groups broken up");
    expect(metricName("zh", "plac.anti_gang.organisations.mafia")).toBe("打掉涉黑涉恶组织（黑社会性质组织）");
  });
});
