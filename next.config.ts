import type { NextConfig } from "next";

const config: NextConfig = {
  // Native and driver modules stay as Node requires instead of being bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    // Reading protocol files (issue 12): pdfjs loads its worker module itself, so it stays unbundled.
    "pdfjs-dist",
  ],
  poweredByHeader: false,
  // Evidence uploads travel through server actions: allow UPLOAD_MAX_MB (default 10) × 5 files.
  experimental: { serverActions: { bodySizeLimit: `${Number(process.env.UPLOAD_MAX_MB ?? 10) * 5 + 1}mb` } },
  headers() {
    return Promise.resolve([
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ]);
  },
};

export default config;
