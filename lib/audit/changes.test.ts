import { describe, expect, it } from "vitest";
import { auditChanges, formatAuditValue } from "@/lib/audit/changes";

describe("audit changes", () => {
  it("lists only the changed fields, labelled in Chinese, with formatted values", () => {
    const before = { id: "x", version: 1, title: "修路", state: "SUBMITTED", broad: false, deadline: null };
    const after = {
      id: "x",
      version: 2,
      title: "修路",
      state: "ASSIGNED",
      broad: true,
      deadline: "2027-03-06T00:00:00.000Z",
    };
    const labels: Record<string, string> = { SUBMITTED: "已提交", ASSIGNED: "已交办" };
    expect(auditChanges(before, after, (v) => labels[v])).toEqual([
      { field: "state", label: "状态", before: "已提交", after: "已交办" },
      { field: "broad", label: "涉及面广", before: "否", after: "是" },
      { field: "deadline", label: "办理期限", before: "（空）", after: "2027-03-06" },
    ]);
  });

  it("shows a created record's fields with nothing before, and hides keys and versions", () => {
    expect(auditChanges(null, { id: "x", townshipId: "t", name: "民政办", active: true })).toEqual([
      { field: "name", label: "名称", before: null, after: "民政办" },
      { field: "active", label: "在用", before: null, after: "是" },
    ]);
  });

  it("formats lists, ids and times for a reader", () => {
    expect(formatAuditValue(["TOWNSHIP", "COUNTY"], (v) => ({ TOWNSHIP: "镇", COUNTY: "县" })[v])).toBe("镇、县");
    expect(formatAuditValue("0b7e4a52-1c2d-4e5f-8a9b-0c1d2e3f4a5b")).toBe("编号 0b7e4a52");
    expect(formatAuditValue("2026-12-06T02:30:00.000Z")).toBe("2026-12-06 10:30");
    expect(formatAuditValue({ method: "POST", path: "/api/v1/users" })).toBe("请求方法：POST；地址：/api/v1/users");
  });
});
