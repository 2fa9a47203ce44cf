import { describe, expect, it } from "vitest";
import { moveActive, pickSuggestions, type SuggestGroup } from "@/components/layout/search-suggestions";

const hits = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    title: `${prefix}${i}`,
    detail: null,
    href: `/${prefix}/${i}`,
  }));

describe("pickSuggestions", () => {
  it("shares the eight places between the groups in turns, keeping their order", () => {
    const groups: SuggestGroup[] = [
      { kind: "deputies", items: hits("d", 8) },
      { kind: "suggestions", items: hits("s", 8) },
      { kind: "units", items: hits("u", 1) },
    ];
    const picked = pickSuggestions(groups);
    expect(picked.map((g) => [g.kind, g.items.length])).toEqual([
      ["deputies", 4],
      ["suggestions", 3],
      ["units", 1],
    ]);
    expect(picked[0].items.map((h) => h.id)).toEqual(["d0", "d1", "d2", "d3"]);
  });

  it("gives one group all eight when it is the only one with hits, and drops empty groups", () => {
    const picked = pickSuggestions([
      { kind: "deputies", items: [] },
      { kind: "suggestions", items: hits("s", 12) },
    ]);
    expect(picked).toHaveLength(1);
    expect(picked[0].items).toHaveLength(8);
  });

  it("returns nothing for no hits", () => {
    expect(pickSuggestions([{ kind: "units", items: [] }])).toEqual([]);
  });
});

describe("moveActive", () => {
  it("starts at the first (down) or last (up) option and wraps", () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(-1, 0, 1)).toBe(-1);
  });
});
