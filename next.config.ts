import type { NextConfig } from "next";
import { PERMISSIONS_POLICY } from "./src/server/http/security-headers";

// The largest body an upload page takes: five evidence files of UPLOAD_MAX_MB (default 10), or one
// 20 MB protocol document. Every other path is held to BODY_LIMIT_KB by the proxy (src/proxy.ts).
const uploadLimitMb = Math.max(Number(process.env.UPLOAD_MAX_MB ?? 10) * 5, 20) + 1;

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
    "pino",
  ],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: `${uploadLimitMb}mb` },
    // The proxy buffers a request's body; beyond this it would pass a truncated body on, so it is the upload limit.
    proxyClientMaxBodySize: `${uploadLimitMb}mb`,
  },
  headers() {
    return Promise.resolve([
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
    ]);
  },
};

export default config;
