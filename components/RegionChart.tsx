"use client";
// Figure counts by province. Each bar opens the figures behind it.

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface RegionDatum {
  code: string;
  name: string;
  figures: number;
}

export function RegionChart({ data, title, description, axisX, axisY }: { data: RegionDatum[]; title: string; description: string; axisX: string; axisY: string }) {
  const router = useRouter();
  return (
    <figure aria-labelledby="region-chart-title" aria-describedby="region-chart-desc">
      <figcaption id="region-chart-title" className="mb-1 font-medium">{title}</figcaption>
      <p id="region-chart-desc" className="mb-2 text-sm text-stone-500">{description}</p>
      <div className="h-72 w-full" data-testid="region-chart" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} label={{ value: axisX, position: "insideBottom", offset: -16 }} />
            <YAxis allowDecimals={false} label={{ value: axisY, angle: -90, position: "insideLeft" }} />
            <Tooltip formatter={(v) => [String(v), axisY]} />
            <Bar
              dataKey="figures"
              name={axisY}
              fill="#1d4ed8"
              cursor="pointer"
              onClick={(d) => {
                // Figures of national bodies (or of no known place) have no region to filter by.
                const code = (d as unknown as { payload?: RegionDatum }).payload?.code ?? (d as unknown as RegionDatum).code;
                if (code) router.push(`/figures?region=${code}`);
              }}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
