// The map's shapes as one SVG document, fetched once and cached by the
// browser: pages colour its provinces with <use href="/map/china.svg#p110000">,
// so no page carries the 50 kB of outlines in its HTML (nor twice, in the
// React payload).

import { chinaMapShapes, MAP_VERSION } from "@/lib/map/china";

export const dynamic = "force-static";

export function GET() {
  const m = chinaMapShapes();
  const body =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${m.width} ${m.height}">` +
    m.provinces.map((p) => `<path id="p${p.code}" d="${p.d}"/>`).join("") +
    `<path id="lines" d="${m.lines}" fill="none"/>` +
    `<path id="inset-land" d="${m.inset.land}"/>` +
    `<path id="inset-line" d="${m.inset.line}" fill="none"/>` +
    `</svg>`;
  return new Response(body, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // The outlines change only with the package: the URL carries MAP_VERSION.
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Map-Version": MAP_VERSION,
    },
  });
}
