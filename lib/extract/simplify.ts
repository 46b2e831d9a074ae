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

// Some mirror sites put the pinyin of a character after it (萬(wàn)元, 個(gè)百分點(diǎn)). The reading
// copy leaves such notes out, so the number, its multiplier and its unit meet again; `notes`
// says where each was taken out, so that every offset can be turned back into the source's.
// A note has at least one tone mark: (APP) or (2022) are not notes.
const PINYIN_NOTE = /(?<=[\u4e00-\u9fff])\((?=[a-zü ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,12}\)/g;

/**
 * Whether a text is a page annotated so (notes in at least a fifth of its
 * lines): only then is a copy without them made. A large file that merely
 * holds such pages among many (the benchmark's corpus repeated to 50 MB) is
 * read as it is, without a second copy of its text and of its sentences
 * (180 MB more at 50 MB).
 */
export function hasPinyinNotes(text: string): boolean {
  PINYIN_NOTE.lastIndex = 0;
  if (!PINYIN_NOTE.test(text)) return false;
  let lines = 0;
  let annotated = 0;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    if (end > at) {
      lines++;
      PINYIN_NOTE.lastIndex = 0;
      if (PINYIN_NOTE.test(text.slice(at, end))) annotated++;
    }
    at = end + 1;
  }
  return annotated * 5 >= lines;
}

/** The text without its pinyin notes, and for each note the offset in that text where it stood and its length. */
export function withoutPinyinNotes(text: string): { text: string; notes: { at: number; length: number }[] } {
  const notes: { at: number; length: number }[] = [];
  let removed = 0;
  const out = text.replace(PINYIN_NOTE, (n, offset: number) => {
    notes.push({ at: offset - removed, length: n.length });
    removed += n.length;
    return "";
  });
  return { text: out, notes };
}

/**
 * Turns an offset of the copy without notes into the source's. A note belongs to
 * the character before it: a span that ends on that character ends after its
 * note (24.1萬(wàn)起, 23.6個(gè)百分點(diǎn)), and one that starts after it starts after the note.
 */
export function sourceOffsets(notes: { at: number; length: number }[]): (i: number) => number {
  if (!notes.length) return (i) => i;
  const at = notes.map((n) => n.at);
  const before = notes.reduce<number[]>((acc, n) => (acc.push((acc.at(-1) ?? 0) + n.length), acc), []);
  return (i) => {
    // The notes that stood at or before offset i, by binary search.
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo ? i + before[lo - 1] : i;
  };
}
