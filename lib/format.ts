// Display helpers shared by pages and downloads.

export function formatValue(value: number, valueMax: number | null, unit: string | null, kind?: string): string {
  const n = (x: number) => x.toLocaleString("zh-CN", { maximumFractionDigits: 4 });
  if (kind === "ratio" && unit === null) return `1:${n(value)}`; // 案-件比 1:1.104
  return `${n(value)}${valueMax !== null ? `–${n(valueMax)}` : ""}${unit ? ` ${unit}` : ""}`;
}
