"use client";
// Figure counts by province. Each bar links to the figures behind it.

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface RegionDatum {
  province: string;
  figures: number;
  verified: number;
}

export function RegionChart({ data }: { data: RegionDatum[] }) {
  const router = useRouter();
  const open = (province: string) => router.push(`/figures?province=${encodeURIComponent(province)}`);
  return (
    <figure role="figure" aria-labelledby="region-chart-title" aria-describedby="region-chart-desc">
      <figcaption id="region-chart-title" className="mb-1 font-medium">
        各省份报告的数字条数 Number of figures reported, by province
      </figcaption>
      <p id="region-chart-desc" className="mb-2 text-sm text-stone-500">
        统计的是数字的条数，不是数值之和。点击柱形查看这些数字。 This counts figures; it does not add their values. Click a bar to see them.
      </p>
      <div className="h-72 w-full" data-testid="region-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="province" interval={0} tick={{ fontSize: 12 }} label={{ value: "省份 Province", position: "insideBottom", offset: -16 }} />
            <YAxis allowDecimals={false} label={{ value: "条 figures", angle: -90, position: "insideLeft" }} />
            <Tooltip formatter={(v) => [`${v} 条`, "数字条数 figures"]} />
            <Bar dataKey="figures" name="数字条数 figures" fill="#1d4ed8" cursor="pointer" onClick={(d) => open((d as unknown as RegionDatum).province)} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
