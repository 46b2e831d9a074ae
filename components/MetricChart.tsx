"use client";
// One measure compared across regions and periods: one bar per figure, all in
// one unit (the page draws one chart per unit). Bars are never stacked or
// added: periods of different figures may overlap. A bar and its table row
// lead to the figure's citation. Texts are made on the server.

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type YAxisTickContentProps, Bar, BarChart, CartesianGrid, LabelList, Rectangle, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface MetricBarDatum {
  id: string;
  href: string; // /figures/[id]
  category: string; // region · period, the bar's label
  value: number; // the lower bound of a range
  display: string; // the value as reported, with its unit (57,876 件; 3–5 年)
  number: string; // the same without the unit, for the table
  region: string;
  regionHref: string | null; // the region's page, when the figure's region is known
  period: string;
  document: string;
  label: string | null; // what is counted, shown for `other`
  verified: boolean;
}

export interface MetricChartText {
  title: string;
  description: string;
  categoryAxis: string; // 地区 · 时期
  valueAxis: string; // 数值（件）
  value: string;
  unit: string;
  unitValue: string; // the unit itself, or "—"
  region: string;
  period: string;
  document: string;
  verified: string;
  yes: string;
  no: string;
  label: string;
  source: string; // column header of the link
  open: string; // link text
  tableCaption: string;
}

const VERIFIED_FILL = "#1d4ed8";
const UNVERIFIED_FILL = "#d97706";

function labelWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef\u00b7]/.test(ch) ? 12.5 : 7;
  return w;
}

/** A category label on one line, right-aligned to the axis (recharts would wrap it). */
function OneLineTick({ x, y, text }: { x: number | string; y: number | string; text: string }) {
  // Cut what would not fit the axis; the table below the chart has the full label.
  let shown = "";
  for (const ch of text) {
    if (labelWidth(shown + ch) > 156) {
      shown += "…";
      break;
    }
    shown += ch;
  }
  text = shown;
  return (
    <text x={Number(x) - 4} y={y} dy={4} textAnchor="end" fontSize={12} fill="#44403c">
      {text}
    </text>
  );
}

const fmt = (n: number) => n.toLocaleString("zh-CN", { maximumFractionDigits: 4 });

export function MetricChart({ id, data, text, showLabel = false }: { id: string; data: MetricBarDatum[]; text: MetricChartText; showLabel?: boolean }) {
  const router = useRouter();
  const categoryOf = new Map(data.map((d) => [d.id, d.category]));
  // Labels take at most ~170 px, so that on a phone the bars keep most of the width (the page keeps labels short).
  const axisWidth = Math.min(170, Math.max(80, Math.ceil(Math.max(0, ...data.map((d) => labelWidth(d.category))) + 14)));
  const longestValue = Math.max(0, ...data.map((d) => labelWidth(d.display)));
  const height = Math.max(150, data.length * 34 + 74);
  const hasNegative = data.some((d) => d.value < 0);
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
      <div className="w-full min-w-0" style={{ height }} data-testid={`${id}-chart`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 24, right: Math.ceil(longestValue) + 16, bottom: 28, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              tick={{ fontSize: 12 }}
              tickFormatter={(v: number) => fmt(v)}
              label={{ value: text.valueAxis, position: "insideBottom", offset: -16, fontSize: 12 }}
            />
            <YAxis
              type="category"
              dataKey="id"
              width={axisWidth}
              interval={0}
              tick={(p: YAxisTickContentProps) => <OneLineTick x={p.x} y={p.y} text={categoryOf.get(String(p.payload.value)) ?? String(p.payload.value)} />}
              label={{ value: text.categoryAxis, position: "insideTopRight", offset: 0, dy: -20, fontSize: 12, fill: "#78716c" }}
            />
            {hasNegative && <ReferenceLine x={0} stroke="#78716c" />}
            <Tooltip
              cursor={{ fill: "#e7e5e4", opacity: 0.5 }}
              content={({ active, payload }) => {
                const d = active ? (payload?.[0]?.payload as MetricBarDatum | undefined) : undefined;
                if (!d) return null;
                return (
                  <div className="max-w-xs rounded border border-stone-300 bg-white px-2 py-1 text-sm shadow">
                    <div className="font-medium">
                      {text.value}: {d.display}
                    </div>
                    {showLabel && d.label && (
                      <div>
                        {text.label}: {d.label}
                      </div>
                    )}
                    <div>
                      {text.region}: {d.region}
                    </div>
                    <div>
                      {text.period}: {d.period}
                    </div>
                    <div className="text-stone-600">
                      {text.document}: {d.document}
                    </div>
                    <div className={d.verified ? "text-[var(--color-verified)]" : "text-[var(--color-unverified)]"}>
                      {text.verified}: {d.verified ? text.yes : text.no}
                    </div>
                  </div>
                );
              }}
            />
            <Bar
              dataKey="value"
              name={text.value}
              cursor="pointer"
              isAnimationActive={false}
              maxBarSize={26}
              fill={VERIFIED_FILL}
              shape={(props) => {
                const d = props.payload as MetricBarDatum | undefined;
                return <Rectangle {...props} fill={d && !d.verified ? UNVERIFIED_FILL : VERIFIED_FILL} />;
              }}
              onClick={(item, index) => {
                const d = (item?.payload as MetricBarDatum | undefined) ?? data[index];
                if (d) router.push(d.href);
              }}
            >
              <LabelList dataKey="display" position="right" fontSize={12} fill="#44403c" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="overflow-x-auto">
      {/* Cells padded and rows ruled by the table's CSS, not a class on each cell. */}
      <table className="w-full text-sm [&_td]:py-1 [&_td]:pr-2 [&_tbody_tr]:border-t [&_tbody_tr]:border-stone-100 [&_tbody_tr]:align-top" data-testid={`${id}-table`}>
        <caption className="sr-only">{text.tableCaption}</caption>
        <thead>
          <tr className="text-left text-stone-500">
            <th scope="col" className="py-1 pr-2 font-normal">
              {text.region}
            </th>
            <th scope="col" className="py-1 pr-2 font-normal">
              {text.period}
            </th>
            {showLabel && (
              <th scope="col" className="py-1 pr-2 font-normal">
                {text.label}
              </th>
            )}
            <th scope="col" className="py-1 pr-2 text-right font-normal">
              {text.value}
            </th>
            <th scope="col" className="py-1 pr-2 font-normal">
              {text.unit}
            </th>
            <th scope="col" className="py-1 pr-2 font-normal">
              {text.verified}
            </th>
            <th scope="col" className="py-1 font-normal">
              {text.source}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.id}>
              <td>
                {d.regionHref ? (
                  <Link className="text-blue-700 hover:underline" href={d.regionHref}>
                    {d.region}
                  </Link>
                ) : (
                  d.region
                )}
              </td>
              <td>{d.period}</td>
              {showLabel && <td>{d.label ?? "—"}</td>}
              <td className="text-right tabular-nums">{d.number}</td>
              <td>{text.unitValue}</td>
              <td className={d.verified ? "text-[var(--color-verified)]" : "text-[var(--color-unverified)]"}>{d.verified ? text.yes : text.no}</td>
              <td className="!pr-0">
                <Link className="text-blue-700 hover:underline" href={d.href} data-testid="figure-link">
                  {text.open}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
