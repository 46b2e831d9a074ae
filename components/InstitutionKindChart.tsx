"use client";
// Figure counts by institution, stacked by kind. A segment opens its figures.

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = ["#1d4ed8", "#0f766e", "#b45309", "#7c3aed", "#be123c", "#4d7c0f", "#0369a1", "#a16207", "#57534e"];

export interface InstitutionKindDatum {
  institution: string;
  name: string;
  [kind: string]: number | string;
}

export function InstitutionKindChart({ data, kinds, title, description, axisX, axisY }: {
  data: InstitutionKindDatum[];
  kinds: { key: string; name: string }[];
  title: string;
  description: string;
  axisX: string;
  axisY: string;
}) {
  const router = useRouter();
  return (
    <figure aria-labelledby="ik-chart-title" aria-describedby="ik-chart-desc">
      <figcaption id="ik-chart-title" className="mb-1 font-medium">{title}</figcaption>
      <p id="ik-chart-desc" className="mb-2 text-sm text-stone-500">{description}</p>
      <div className="h-80 w-full" role="img" aria-label={title} data-testid="institution-kind-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} label={{ value: axisX, position: "insideBottom", offset: -16 }} />
            <YAxis allowDecimals={false} label={{ value: axisY, angle: -90, position: "insideLeft" }} />
            <Tooltip />
            <Legend verticalAlign="top" />
            {kinds.map((k, i) => (
              <Bar
                key={k.key}
                dataKey={k.key}
                name={k.name}
                stackId="kinds"
                fill={COLOURS[i % COLOURS.length]}
                cursor="pointer"
                onClick={(d) => router.push(`/figures?institution=${(d as unknown as { payload: InstitutionKindDatum }).payload.institution}&kind=${k.key}`)}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
