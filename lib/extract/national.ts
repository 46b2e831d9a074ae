// The region code of national bodies' figures (最高人民法院, 公安部): GB/T 2260
// has no code for the whole country, and 000000 is none of its divisions, so
// 全国 is told apart from a place nobody knows (code null). A module of its
// own so that pages can import it without the gazetteer's data.
export const NATIONAL_CODE = "000000";
