"use client";
// One indicator over time: a line per region, every point a value some body
// reported for one period, all periods of one length (a year is never joined
// to a quarter: the page draws one chart per length). A point and its table
// row lead to the figure's citation. Texts are made on the server.

import Link from "next/link";
import { useRouter } from "next/navigation";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface SeriesDatum {
  id: string;
  href: string; // /figures/[id]
  /** the period's end as a time, for the x axis */
  t: number;
  period: string; // 2023年 / 2023
  display: string; // the value with its unit
  value: number;
  verified: boolean;
}

export interface SeriesLine {
  key: string; // region code
  name: string; // region name
  points: SeriesDatum[];
}

export interface TimeSeriesText {
  title: string;
  description: string;
  region: string;
  period: string;
  value: string;
  source: string;
  open: string;
  tableCaption: string;
}

// Distinct colours that stay apart for the colour-blind (Okabe–Ito).
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

// Axis numbers as each language writes large numbers: 3,200万 in Chinese, 32M in English.
const compact = (lang: "zh" | "en") => (n: number) =>
  lang === "zh"
    ? Math.abs(n) >= 1e4
      ? `${(n / 1e4).toLocaleString("zh-CN", { maximumFractionDigits: 1 })}万`
      : n.toLocaleString("zh-CN", { maximumFractionDigits: 2 })
    : new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(n);

export function TimeSeriesChart({ id, lines, text, years, lang }: { id: string; lines: SeriesLine[]; text: TimeSeriesText; years: boolean; lang: "zh" | "en" }) {
  const router = useRouter();
  const ts = lines.flatMap((l) => l.points.map((p) => p.t));
  const [min, max] = [Math.min(...ts), Math.max(...ts)];
  const tick = (t: number) => {
    const d = new Date(t);
    return years ? String(d.getUTCFullYear()) : `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  };
  const byKey = new Map(lines.flatMap((l) => l.points.map((p) => [`${l.key}|${p.t}`, p] as const)));
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="space-y-2" data-testid="time-series">
      <figcaption>
        <span id={`${id}-title`} className="block font-medium">
          {text.title}
        </span>
        <span id={`${id}-desc`} className="block text-sm text-stone-500">
          {text.description}
        </span>
      </figcaption>
      <div className="h-72 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="#e7e5e4" vertical={false} />
            <XAxis dataKey="t" type="number" scale="time" domain={[min, max]} tickFormatter={tick} fontSize={12} allowDuplicatedCategory={false} minTickGap={24} />
            <YAxis fontSize={12} tickFormatter={compact(lang)} width={56} />
            <Tooltip
              labelFormatter={(t) => tick(Number(t))}
              formatter={(_v, _n, item) => {
                const p = byKey.get(`${(item as { dataKey?: string }).dataKey ?? ""}|${(item.payload as SeriesDatum).t}`) ?? (item.payload as SeriesDatum);
                return [p.display, p.period];
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {lines.map((l, i) => (
              <Line
                key={l.key}
                data={l.points}
                dataKey="value"
                name={l.name}
                stroke={COLOURS[i % COLOURS.length]}
                strokeWidth={2}
                isAnimationActive={false}
                dot={{ r: 4, cursor: "pointer" }}
                activeDot={{ r: 6, cursor: "pointer", onClick: (_e: unknown, payload: unknown) => router.push((payload as { payload: SeriesDatum }).payload.href, { scroll: false }) }}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm [&_td]:py-1 [&_td]:pr-2 [&_th]:py-1 [&_th]:pr-2 [&_tbody_tr]:border-t [&_tbody_tr]:border-stone-100" aria-label={text.tableCaption}>
          <thead>
            <tr className="text-left text-stone-500">
              <th>{text.region}</th>
              <th>{text.period}</th>
              <th className="text-right">{text.value}</th>
            </tr>
          </thead>
          <tbody>
            {lines.flatMap((l) =>
              l.points.map((p) => (
                <tr key={p.id}>
                  <td>{l.name}</td>
                  <td>{p.period}</td>
                  <td className="text-right tabular-nums">
                    <Link href={p.href} scroll={false} className="text-blue-700 hover:underline" data-testid="series-value" data-figure-id={p.id}>
                      {p.display}
                    </Link>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
