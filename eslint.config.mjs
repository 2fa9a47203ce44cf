import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

/**
 * A role, state or status compared, switched on or looked up in a list — the steps table's job, not
 * a page's (an HTTP response's status is not meant: res, response).
 */
const MEMBER = "MemberExpression[property.name=/^(role|state|status)$/]:not([object.name=/^(res|response)$/])";
export const STEP_LITERALS = [
  `BinaryExpression[operator=/^[!=]==?$/] > ${MEMBER}`,
  `SwitchStatement > ${MEMBER}.discriminant`,
  `CallExpression[callee.property.name=/^(includes|has|indexOf)$/] > ${MEMBER}.arguments`,
];

// The kernel and the domains (docs/architecture.md). lib/architecture.test.ts checks the same rule
// by scanning every import, relative ones included.
export const KERNEL = [
  "time",
  "files",
  "notifications",
  "jobs",
  "text",
  "docx",
  "xlsx",
  "handling",
  "inbox",
  "http",
  "db",
  "audit",
  "auth",
  "settings",
  "log",
  "records",
];
export const DOMAINS = [
  "roster",
  "sessions",
  "suggestions",
  "users",
  "units",
  "landing",
  "search",
  "supervision",
  "reception",
  "deputy-record",
  "training",
  "group-activities",
  "duties",
  "petitions",
  "work-plans",
  "year",
  "dashboard",
  "county",
];

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
  // One source for "what may happen now": pages and components read a record's steps (lib/*/steps)
  // and their view loader's answers; they never compare a role, state or status themselves.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...STEP_LITERALS.map((selector) => ({
          selector,
          message:
            "Pages and components do not compare roles, states or statuses: read the record's steps (lib/<domain>/steps) or ask the view loader.",
        })),
      ],
    },
  },

  kernelRule,
  ...domainRules,
];

export default config;
