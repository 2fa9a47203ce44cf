import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

// The kernel and the domains (docs/architecture.md). lib/architecture.test.ts checks the same rule
// by scanning every import, relative ones included.
export const KERNEL = [
  "time",
  "files",
  "notifications",
  "jobs",
  "text",
  "docx",
  "handling",
  "inbox",
  "http",
  "db",
  "audit",
  "auth",
  "settings",
  "log",
];
export const DOMAINS = ["roster", "sessions", "suggestions", "users", "units", "landing"];

const kernelRule = {
  files: KERNEL.map((k) => `lib/${k}/**/*.{ts,tsx}`),
  ignores: ["**/*.test.ts"],
  rules: {
    "no-restricted-imports": [
      "warn",
      {
        patterns: [
          {
            group: DOMAINS.flatMap((d) => [`@/lib/${d}`, `@/lib/${d}/*`, `**/${d}/*`]),
            message: "The kernel imports no domain: pass what it needs in, or register it (docs/architecture.md).",
          },
        ],
      },
    ],
  },
};

const domainRules = DOMAINS.map((domain) => ({
  files: [`lib/${domain}/**/*.{ts,tsx}`],
  ignores: ["**/*.test.ts"],
  rules: {
    "no-restricted-imports": [
      "warn",
      {
        patterns: DOMAINS.filter((d) => d !== domain).map((d) => ({
          group: [`@/lib/${d}/*`, `**/${d}/*`, `!@/lib/${d}/public`, `!**/${d}/public`],
          message: `Another domain is used only through its public module: import from "@/lib/${d}/public".`,
        })),
      },
    ],
  },
}));

const config = [
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  // Size: a file that grows past these is split by verb or by part (docs/architecture.md).
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts"],
    rules: { "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "max-lines": ["warn", { max: 200, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: { "max-lines-per-function": ["warn", { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  kernelRule,
  ...domainRules,
];

export default config;
