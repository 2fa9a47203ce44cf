import { describe, expect, it } from "vitest";
import { filterRoll, NO_FILTER, NO_GROUP, rollGroups } from "@/lib/sessions/roll-filter";

const roll = [
  { name: "王 芳", group: "第一代表小组", status: "PRESENT" },
  { name: "王建国", group: "第二代表小组", status: null },
  { name: "李明", group: null, status: null },
  { name: "刘强", group: "第一代表小组", status: "LEAVE" },
];
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe("filterRoll", () => {
  it("keeps everyone without a filter, in order", () => {
    expect(names(filterRoll(roll, NO_FILTER))).toEqual(["王 芳", "王建国", "李明", "刘强"]);
  });
  it("finds part of a name, spaces ignored on both sides", () => {
    expect(names(filterRoll(roll, { ...NO_FILTER, q: "王" }))).toEqual(["王 芳", "王建国"]);
    expect(names(filterRoll(roll, { ...NO_FILTER, q: " 王芳 " }))).toEqual(["王 芳"]);
    expect(filterRoll(roll, { ...NO_FILTER, q: "赵" })).toEqual([]);
  });
  it("filters by group, and the ungrouped on their own", () => {
    expect(names(filterRoll(roll, { ...NO_FILTER, group: "第一代表小组" }))).toEqual(["王 芳", "刘强"]);
    expect(names(filterRoll(roll, { ...NO_FILTER, group: NO_GROUP }))).toEqual(["李明"]);
  });
  it("shows only those with no mark yet (a deputy on leave is marked)", () => {
    expect(names(filterRoll(roll, { ...NO_FILTER, unmarkedOnly: true }))).toEqual(["王建国", "李明"]);
  });
  it("combines the filters", () => {
    expect(names(filterRoll(roll, { q: "王", group: "第二代表小组", unmarkedOnly: true }))).toEqual(["王建国"]);
    expect(filterRoll(roll, { q: "王", group: "第一代表小组", unmarkedOnly: true })).toEqual([]);
  });
});

describe("rollGroups", () => {
  it("lists each group once in the roll's order and notes the ungrouped", () => {
    expect(rollGroups([{ group: "第二组" }, { group: "第二组" }, { group: null }, { group: "第十组" }])).toEqual({
      groups: ["第二组", "第十组"],
      ungrouped: true,
    });
    expect(rollGroups([])).toEqual({ groups: [], ungrouped: false });
  });
});
