// Pages reposted by mirror sites are sometimes in traditional characters
// (據黔東南政府網消息…審結…); the rules, the gazetteer and the vocabulary are
// written in simplified ones. A traditional text is read through a copy with
// each traditional character replaced by its simplified one, character for
// character, so every offset stays the source's and the source is shown as it
// was retrieved. The character table is OpenCC's (opencc-js), not a list of
// our own.

import TS_CHARACTERS from "opencc-js/dict/TSCharacters";

// Only one-for-one pairs in the Basic Multilingual Plane: a replacement never moves an offset.
const TO_SIMPLIFIED = new Map<string, string>();
for (const pair of TS_CHARACTERS.split("|")) {
  const [t, s] = pair.split(" ");
  if (t && s && t.length === 1 && s.length === 1 && t !== s) TO_SIMPLIFIED.set(t, s);
}
// A character that is only ever traditional (not a simplified one too, as 乾 or 著 are), as a table by code unit: one look-up per character.
const SIMPLIFIED = new Set(TO_SIMPLIFIED.values());
const ONLY_TRADITIONAL = new Uint8Array(0x10000);
for (const t of TO_SIMPLIFIED.keys()) if (!SIMPLIFIED.has(t)) ONLY_TRADITIONAL[t.charCodeAt(0)] = 1;

/**
 * Whether a text is written in traditional characters: enough characters
 * that no simplified text uses. A simplified text may hold a few (a name, a
 * quotation); it is left as it is.
 */
export function isTraditional(text: string): boolean {
  // A traditional text shows it in its first lines: 3,000 Han characters are plenty.
  let traditional = 0;
  let han = 0;
  for (let i = 0; i < text.length && han < 3_000; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    traditional += ONLY_TRADITIONAL[c];
  }
  return traditional >= 10 && traditional >= han * 0.03;
}

/** The text with each traditional character replaced by its simplified one: same length, same offsets. */
export function toSimplified(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += TO_SIMPLIFIED.get(text[i]) ?? text[i];
  return out;
}
