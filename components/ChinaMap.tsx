// A choropleth of China by province, drawn on the server as SVG (no map
// code reaches the browser); the outlines come from /map/china.svg, which
// the browser fetches once. Every province links to its region page; a
// province with a value is coloured by its class and says the value in its
// tooltip. Values are classed by rank (quantiles), because reported values
// span orders of magnitude and a linear scale would paint all but one pale.

import { chinaMapShapes, MAP_URL } from "@/lib/map/china";

export interface MapValue {
  code: string;
  value: number;
  /** what the tooltip says: 江苏省 2020年 1,796,000件 */
  title: string;
}

export interface ChinaMapText {
  label: string; // the map's accessible name
  legend: string;
  noValue: string;
  islands: string; // 南海诸岛
  credit: string; // whose outlines
  provinceName: (code: string, name: string) => string;
}

// Five blues, pale to dark (ColorBrewer Blues, which reads in grey print too).
const CLASSES = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
const NONE = "#ece9e4";

function classify(values: number[]): (v: number) => number {
  const sorted = [...values].sort((a, b) => a - b);
  const k = Math.min(CLASSES.length, sorted.length);
  return (v) => {
    if (k <= 1) return CLASSES.length - 1;
    const rank = sorted.findIndex((x) => x >= v);
    return Math.round((rank / (sorted.length - 1)) * (k - 1)) + (CLASSES.length - k);
  };
}

export function ChinaMap({ values, text, testId }: { values: MapValue[]; text: ChinaMapText; testId?: string }) {
  const shapes = chinaMapShapes();
  const byCode = new Map(values.map((v) => [v.code, v]));
  const classOf = classify(values.map((v) => v.value));
  const legend = [...new Set(values.map((v) => classOf(v.value)))].sort().map((c) => {
    const inClass = values.filter((v) => classOf(v.value) === c).map((v) => v.value);
    return { color: CLASSES[c], min: Math.min(...inClass), max: Math.max(...inClass) };
  });
  const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return (
    <figure className="w-full" data-testid={testId}>
      <svg viewBox={`0 0 ${shapes.width} ${shapes.height}`} role="img" aria-label={text.label} className="h-auto w-full">
        <title>{text.label}</title>
        {shapes.provinces.map((p) => {
          const v = byCode.get(p.code);
          const name = text.provinceName(p.code, p.name);
          return (
            <a key={p.code} href={`/regions/${p.code}`} data-testid="map-province" data-code={p.code} aria-label={v ? v.title : `${name}: ${text.noValue}`}>
              <title>{v ? v.title : `${name}: ${text.noValue}`}</title>
              <use href={`${MAP_URL}#p${p.code}`} fill={v ? CLASSES[classOf(v.value)] : NONE} stroke="#fff" strokeWidth={0.7} className="hover:opacity-80" />
            </a>
          );
        })}
        <use href={`${MAP_URL}#lines`} stroke="#a8a29e" strokeWidth={0.6} />
        <g aria-hidden="true">
          <rect x={shapes.inset.x} y={shapes.inset.y} width={shapes.inset.width} height={shapes.inset.height} fill="#fff" stroke="#a8a29e" strokeWidth={0.8} />
          <use href={`${MAP_URL}#inset-land`} fill={NONE} stroke="#fff" strokeWidth={0.4} />
          <use href={`${MAP_URL}#inset-line`} stroke="#78716c" strokeWidth={0.9} />
          <text x={shapes.inset.x + shapes.inset.width - 6} y={shapes.inset.y + shapes.inset.height - 6} textAnchor="end" fontSize={10} fill="#57534e">
            {text.islands}
          </text>
        </g>
      </svg>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-600">
        <span>{text.legend}</span>
        {legend.map((l) => (
          <span key={l.color} className="inline-flex items-center gap-1">
            <span className="inline-block h-3 w-4 rounded-sm" style={{ background: l.color }} aria-hidden="true" />
            {l.min === l.max ? n(l.min) : `${n(l.min)}–${n(l.max)}`}
          </span>
        ))}
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-4 rounded-sm" style={{ background: NONE }} aria-hidden="true" />
          {text.noValue}
        </span>
        <span className="text-stone-400">{text.credit}</span>
      </figcaption>
    </figure>
  );
}
