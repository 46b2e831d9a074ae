// Every read the pages and routes make, as named functions over one
// read-only connection (db.ts). Pages import from here; none of them touches
// the database client.

export * from "./db";
export * from "./figures";
export * from "./documents";
export * from "./regions";
export * from "./metrics";
export * from "./export";
export * from "./indicators";
export * from "./indexes";
