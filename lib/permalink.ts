// The address of a figure's permanent page, as the visitor reached the site.

import { headers } from "next/headers";

export async function permalinkOf(id: string): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}/figures/${encodeURIComponent(id)}`;
}
