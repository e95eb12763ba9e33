import { defineConfig } from "prisma/config";
import { postgresCliAdapter } from "./cli-adapters";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "./postgresql/schema.prisma",
  migrations: { path: "./postgresql/migrations" },
  adapter: () => Promise.resolve(postgresCliAdapter()),
});
