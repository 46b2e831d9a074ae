// Bytes → text. Detects the encoding instead of trusting it: UTF-8 or
// UTF-16 by BOM, else strict UTF-8, else GB18030 (a superset of GBK/GB2312,
// what older Chinese sites serve). Returns errors as data so the caller can
// report the file and move on.

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; error: string };

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: we strip BOMs ourselves, once, so offsets never count one.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, newline, carriage return and form feed
// do not occur in text; a few of them mean the bytes are not text.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: "empty file" };

  let text: string | null = null;
  let encoding = "";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8-bom";
    text = strictDecode("utf-8", bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    text = strictDecode("utf-16le", bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    text = strictDecode("utf-16be", bytes.subarray(2));
  } else if (bytes.includes(0)) {
    return { ok: false, error: "not text: contains NUL bytes and no UTF-16 byte-order mark" };
  } else {
    text = strictDecode("utf-8", bytes);
    encoding = "utf-8";
    if (text === null) {
      text = strictDecode("gb18030", bytes);
      encoding = "gb18030";
    }
  }
  if (text === null) {
    return { ok: false, error: `undecodable: not valid ${encoding === "gb18030" ? "UTF-8 or GB18030" : encoding}` };
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.001) {
    return { ok: false, error: `not text: ${controls} control characters after decoding as ${encoding}` };
  }
  if (text.trim() === "") return { ok: false, error: "empty file (only white space)" };
  // A file saved with CRLF (or old Mac CR) line ends reads as the same text, offsets and ids as with LF.
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  return { ok: true, text, encoding };
}
