// decodeBytes: the encodings Chinese pages come in, and what is not text.

import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode";

const text = "全市法院受理案件57876件。";

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM, and strips the BOM", () => {
    expect(decodeBytes(Buffer.from(text))).toEqual({ ok: true, text, encoding: "utf-8" });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ ok: true, text, encoding: "utf-8-bom" });
  });

  it("reads UTF-16 in either byte order by its BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBytes(le)).toMatchObject({ ok: true, text, encoding: "utf-16le" });
    expect(decodeBytes(be)).toMatchObject({ ok: true, text, encoding: "utf-16be" });
  });

  it("falls back to GB18030 when the bytes are not UTF-8", () => {
    // 全市法院 in GB18030 (GBK range), written as bytes because TextDecoder cannot encode it.
    expect(decodeBytes(Buffer.from("c8abcad0b7a8d4ba", "hex"))).toEqual({ ok: true, text: "全市法院", encoding: "gb18030" });
  });

  it("says why a file is not text", () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ ok: false, error: "empty file" });
    expect(decodeBytes(Buffer.from("  \n\t "))).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ ok: false, error: expect.stringMatching(/NUL bytes/) });
    expect(decodeBytes(Buffer.from([0xff, 0xff, 0xff, 0x80]))).toMatchObject({ ok: false, error: expect.stringMatching(/undecodable/) });
  });
});
