// A list route's page as the figure-versus-list tests read it: called through the test's own api helper,
// expected to answer 200 (the body shown when not), and its ids sorted for comparison.
import { expect } from "vitest";

export type Listed = { total: number; items: { id: string }[] };

/** `call(cookie, "?query")` → the page, expecting 200. */
export const listWith =
  (call: (cookie: string, qs: string) => Promise<Response>) =>
  async (cookie: string, qs: string): Promise<Listed> => {
    const res = await call(cookie, qs);
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
    return (await res.json()) as Listed;
  };

export const sorted = (ids: readonly string[]) => [...ids].sort();
/** The page's ids, sorted. */
export const idsOf = (l: Listed) => sorted(l.items.map((i) => i.id));
