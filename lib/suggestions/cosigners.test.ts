import { describe, expect, it } from "vitest";
import { groupCosigners, kindWording } from "@/lib/suggestions/cosigners";

const groups = [
  { id: "g2", name: "第二代表小组" },
  { id: "g3", name: "第三代表小组" },
  { id: "g10", name: "第十代表小组" },
];
// Already in 姓氏笔画 order, as the roster gives them.
const deputies = [
  { id: "a", name: "丁一", groupId: "g3" },
  { id: "b", name: "王 芳", groupId: "g2" },
  { id: "c", name: "王建国", groupId: null },
  { id: "d", name: "刘强", groupId: "g3" },
  { id: "e", name: "李明", groupId: "gone" },
];
const shape = (gs: ReturnType<typeof groupCosigners>) => gs.map((g) => [g.name, g.deputies.map((d) => d.name)]);

describe("groupCosigners", () => {
  it("puts each deputy under their group, groups and names in the order given, the ungrouped last", () => {
    expect(shape(groupCosigners(deputies, groups))).toEqual([
      ["第二代表小组", ["王 芳"]],
      ["第三代表小组", ["丁一", "刘强"]],
      ["未分组", ["王建国", "李明"]],
    ]);
  });
  it("keeps only the names matching the search, spaces ignored, and drops emptied groups", () => {
    expect(shape(groupCosigners(deputies, groups, "王"))).toEqual([
      ["第二代表小组", ["王 芳"]],
      ["未分组", ["王建国"]],
    ]);
    expect(shape(groupCosigners(deputies, groups, " 王芳"))).toEqual([["第二代表小组", ["王 芳"]]]);
    expect(groupCosigners(deputies, groups, "赵")).toEqual([]);
  });
});

describe("kindWording", () => {
  it("says 联名人 and 提交议案 for a motion, 附议代表 and 提交建议 for a suggestion", () => {
    expect(kindWording(true)).toMatchObject({ cosigners: "联名人", submit: "提交议案" });
    expect(kindWording(false)).toMatchObject({ cosigners: "附议代表", submit: "提交建议" });
  });
});
