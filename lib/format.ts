// Display helpers shared by pages and downloads.

export function formatValue(value: number, valueMax: number | null, unit: string | null): string {
  const n = (x: number) => x.toLocaleString("zh-CN", { maximumFractionDigits: 4 });
  return `${n(value)}${valueMax !== null ? `–${n(valueMax)}` : ""}${unit ? ` ${unit}` : ""}`;
}

export function regionName(r: { province: string | null; city: string | null; county: string | null }): string {
  return [r.province, r.city, r.county].filter(Boolean).join(" ") || "—";
}
