// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time
  // instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
};

module.exports = nextConfig;
