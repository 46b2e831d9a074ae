// The address of a figure's permanent page: SITE_ORIGIN when set, else the
// Host the visitor reached (never X-Forwarded-*; lib/export/common.ts).

import { headers } from "next/headers";
import { originFrom } from "./export/common";

export async function permalinkOf(id: string): Promise<string> {
  const h = await headers();
  return `${originFrom(h.get("host"), "http")}/figures/${encodeURIComponent(id)}`;
}
