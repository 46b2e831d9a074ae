// The visitor's interface language, read on the server from the cookie the
// language switch sets.

import { cookies } from "next/headers";
import { LANG_COOKIE, langOf, type Lang } from "./i18n";

export async function getLang(): Promise<Lang> {
  return langOf((await cookies()).get(LANG_COOKIE)?.value);
}
