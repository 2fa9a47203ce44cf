import { beforeEach, describe, expect, it, vi } from "vitest";

// The names live in module state: each test starts from a fresh copy of the module.
let statementName: (q: { sql: string }) => string;
beforeEach(async () => {
  vi.resetModules();
  ({ statementName } = await import("@/lib/db/statements"));
});

describe("statementName", () => {
  it("names each SQL text once and gives the same text the same name", () => {
    const a = statementName({ sql: 'SELECT 1 FROM "Deputy" WHERE "id" = $1' });
    const b = statementName({ sql: 'SELECT 1 FROM "Term" WHERE "id" = $1' });
    expect(a).not.toBe(b);
    expect(a).toMatch(/^s\d+$/);
    expect(statementName({ sql: 'SELECT 1 FROM "Deputy" WHERE "id" = $1' })).toBe(a);
  });

  it("leaves texts unnamed (empty name) once 2,000 are named, and keeps the names it gave", () => {
    const first = statementName({ sql: "SELECT 0" });
    for (let i = 1; i < 2000; i++) expect(statementName({ sql: `SELECT ${i}` })).not.toBe("");
    expect(statementName({ sql: "SELECT 2000" })).toBe("");
    expect(statementName({ sql: "SELECT 0" })).toBe(first);
  });
});
