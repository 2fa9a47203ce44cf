import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";

// The lint rule of eslint.config.mjs that keeps "what may happen now" in the steps tables: a page or
// component that compares a role, state or status itself is an error; the same code in lib/ is not.
const FIXTURE = `
export function Actions({ s, actor, res }: { s: { state: string; status: string }; actor: { role: string }; res: Response }) {
  const a = s.state === "REPLIED";
  const b = actor.role !== "OFFICE";
  const c = ["ASSIGNED", "REHANDLING"].includes(s.state);
  switch (s.status) {
    default:
  }
  const fine = res.status === 413;
  return [a, b, c, fine];
}
`;

async function flagged(filePath: string) {
  const [result] = await new ESLint().lintText(FIXTURE, { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.line);
}

describe("the steps-table lint rule", () => {
  it("flags comparisons, lookups and switches on .role / .state / .status in components and pages, not an HTTP status", async () => {
    expect(await flagged("components/fixture.tsx")).toEqual([3, 4, 5, 6]);
    expect(await flagged("app/(app)/fixture/page.tsx")).toEqual([3, 4, 5, 6]);
  }, 60_000);

  it("leaves lib/ alone: the tables themselves compare states", async () => {
    expect(await flagged("lib/fixture.ts")).toEqual([]);
  }, 60_000);
});
