// The days off of a public holiday (“五一”期间, 国庆假期, 春节期间) in a given
// year, as the State Council's yearly notice (国务院办公厅关于…部分节假日安排的
// 通知) set them: 2015's 五一 was 1–3 May, 2023's 中秋 and 国庆 one break from
// 29 September to 6 October. The notices' days come from lunar-typescript's
// HolidayUtil, which holds them from 2002 on, rather than from a table of our own.

import { HolidayUtil } from "lunar-typescript";

/** The holiday a phrase names, as HolidayUtil names it. */
const NAMES: Record<string, string> = {
  五一: "劳动节",
  十一: "国庆节",
  国庆: "国庆节",
  国庆节: "国庆节",
  春节: "春节",
  元旦: "元旦节",
  清明: "清明节",
  清明节: "清明节",
  端午: "端午节",
  端午节: "端午节",
  中秋: "中秋节",
  中秋节: "中秋节",
  中秋国庆: "国庆节",
  国庆中秋: "国庆节",
};

/** The words for the holidays, longest first (中秋国庆 before 中秋): what a period phrase may name. */
export const HOLIDAY_WORDS = Object.keys(NAMES).sort((a, b) => b.length - a.length);

const DAY = 86_400_000;
const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);

const daysOff = new Map<number, Set<string>>();
/** Every day off of a holiday in a year (not the weekend days worked instead). */
function daysOffIn(year: number): Set<string> {
  let days = daysOff.get(year);
  if (!days) {
    days = new Set(HolidayUtil.getHolidays(year).filter((h) => !h.isWork()).map((h) => h.getDay()));
    daysOff.set(year, days);
  }
  return days;
}

/**
 * The first and last day off of the break around the holiday `word` names in
 * `year` (a run of days off that takes in a neighbouring holiday, as 中秋 and
 * 国庆 often share one), or null when the word is none or the year's notice is
 * not known.
 */
export function holidayBreak(word: string, year: number): { start: string; end: string } | null {
  const name = NAMES[word];
  if (!name) return null;
  // The holiday's own day (its target): the day off of that name in the year whose target falls in it.
  const day = HolidayUtil.getHolidays(year).find((h) => !h.isWork() && h.getName().includes(name.replace(/节$/, "")) && h.getTarget().startsWith(String(year)));
  if (!day) return null;
  const off = new Set([...daysOffIn(year - 1), ...daysOffIn(year), ...daysOffIn(year + 1)]);
  let start = Date.parse(day.getDay() + "T00:00:00Z");
  let end = start;
  while (off.has(isoOf(start - DAY))) start -= DAY;
  while (off.has(isoOf(end + DAY))) end += DAY;
  return { start: isoOf(start), end: isoOf(end) };
}
