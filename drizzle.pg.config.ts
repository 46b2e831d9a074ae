import { defineConfig } from "drizzle-kit";

// The PostgreSQL schema's migrations (DATABASE_URL); drizzle.config.ts is SQLite's, the default.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema-pg.ts",
  out: "./drizzle-pg",
  casing: "snake_case",
});
