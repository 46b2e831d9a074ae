"use client";
// Charts of one region's page: numbers of figures (never sums of their
// values) by institution and kind, and by sub-region. Each bar and each row of
// the table under the chart leads to the figures it counts. Texts, labels and
// links are made on the server and passed in, so this file needs no i18n.

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type YAxisTickContentProps, Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface CountDatum {
  key: string;
  label: string; // the bar's category, in the page's language
  figures: number;
  verified: number;
  href: string; // where a click on the bar (or its table row) leads
  group?: string; // bars of one group share a colour (the institution)
}

export interface CountChartText {
  title: string;
  description: string;
  categoryAxis: string; // e.g. 机构 · 类型
  countAxis: string; // e.g. 数字条数（条）
  figures: string; // column and tooltip label of the count
  verified: string;
  tableCaption: string;
}

/** Rough width of a label in pixels at 12px: CJK characters are about twice as wide as Latin ones. */
function labelWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef\u00b7]/.test(ch) ? 12.5 : 7;
  return w;
}

/** A category label on one line, right-aligned to the axis (recharts would wrap it). */
function OneLineTick({ x, y, text }: { x: number | string; y: number | string; text: string }) {
  return (
    <text x={Number(x) - 4} y={y} dy={4} textAnchor="end" fontSize={12} fill="#44403c">
      {text}
    </text>
  );
}

const PALETTE = ["#1d4ed8", "#047857", "#b45309", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f"];

export function CountBarChart({ id, data, text }: { id: string; data: CountDatum[]; text: CountChartText }) {
  const router = useRouter();
  const groups = [...new Set(data.map((d) => d.group ?? ""))];
  const colour = (d: CountDatum | undefined) => PALETTE[Math.max(0, groups.indexOf(d?.group ?? "")) % PALETTE.length];
  const axisWidth = Math.min(260, Math.max(72, Math.ceil(Math.max(0, ...data.map((d) => labelWidth(d.label))) + 14)));
  const height = Math.max(140, data.length * 30 + 70);
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="space-y-2">
      <figcaption>
        <span id={`${id}-title`} className="block font-medium">
          {text.title}
        </span>
        <span id={`${id}-desc`} className="block text-sm text-stone-500">
          {text.description}
        </span>
      </figcaption>
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr] lg:items-start">
        <div className="w-full min-w-0" style={{ height }} data-testid={`${id}-chart`}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout="vertical" margin={{ top: 24, right: 40, bottom: 28, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                allowDecimals={false}
                tick={{ fontSize: 12 }}
                label={{ value: text.countAxis, position: "insideBottom", offset: -16, fontSize: 12 }}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={axisWidth}
                interval={0}
                tick={(p: YAxisTickContentProps) => <OneLineTick x={p.x} y={p.y} text={String(p.payload.value)} />}
                label={{ value: text.categoryAxis, position: "insideTopRight", offset: 0, dy: -20, fontSize: 12, fill: "#78716c" }}
              />
              <Tooltip
                cursor={{ fill: "#e7e5e4", opacity: 0.5 }}
                content={({ active, payload }) => {
                  const d = active ? (payload?.[0]?.payload as CountDatum | undefined) : undefined;
                  if (!d) return null;
                  return (
                    <div className="rounded border border-stone-300 bg-white px-2 py-1 text-sm shadow">
                      <div className="font-medium">{d.label}</div>
                      <div>
                        {text.figures}: {d.figures}
                      </div>
                      <div className="text-stone-500">
                        {text.verified}: {d.verified}
                      </div>
                    </div>
                  );
                }}
              />
              <Bar
                dataKey="figures"
                name={text.figures}
                fill={PALETTE[0]}
                shape={(props) => <Rectangle {...props} fill={colour(props.payload as CountDatum | undefined)} />}
                cursor="pointer"
                isAnimationActive={false}
                maxBarSize={26}
                onClick={(item, index) => {
                  const d = (item?.payload as CountDatum | undefined) ?? data[index];
                  if (d) router.push(d.href);
                }}
              >
                <LabelList dataKey="figures" position="right" fontSize={12} fill="#44403c" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="w-full text-sm" data-testid={`${id}-table`}>
          <caption className="sr-only">{text.tableCaption}</caption>
          <thead>
            <tr className="text-left text-stone-500">
              <th scope="col" className="py-1 font-normal">
                {text.categoryAxis}
              </th>
              <th scope="col" className="py-1 pl-3 text-right font-normal whitespace-nowrap">
                {text.figures}
              </th>
              <th scope="col" className="py-1 pl-3 text-right font-normal whitespace-nowrap">
                {text.verified}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.key} className="border-t border-stone-100">
                <td className="py-1">
                  <Link className="text-blue-700 hover:underline" href={d.href}>
                    {d.label}
                  </Link>
                </td>
                <td className="py-1 text-right tabular-nums">{d.figures}</td>
                <td className="py-1 text-right tabular-nums">{d.verified}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
