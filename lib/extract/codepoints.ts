// Published offsets count Unicode code points; JS strings index UTF-16 code
// units. They differ only after a character outside the BMP (rare CJK
// extension characters, emoji), so the map is built only when one occurs.

export interface CodePointIndex {
  toCodePoint(utf16: number): number;
}

export function codePointIndex(text: string): CodePointIndex {
  if (!/[\uD800-\uDBFF]/.test(text)) return { toCodePoint: (i) => i };
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[++i] = cp; // the low surrogate belongs to the same code point
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return { toCodePoint: (i) => map[i] };
}

/** Code points in a string, without making an array of them (a 50 MB text would be 50 million strings). */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Slice a string by code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}
