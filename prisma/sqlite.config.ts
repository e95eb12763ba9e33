import { defineConfig } from "prisma/config";
import { sqliteCliAdapter } from "./cli-adapters";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "./sqlite/schema.prisma",
  migrations: { path: "./sqlite/migrations" },
  adapter: () => Promise.resolve(sqliteCliAdapter()),
});
