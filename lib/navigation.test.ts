import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { HOME_ITEM, NAV_SECTIONS, visibleSections } from "@/lib/navigation";

const actor = (role: Role): Actor => ({
  userId: "u",
  sessionId: "s",
  townshipId: "t",
  username: "x",
  displayName: "x",
  role,
  deputyId: role === "DEPUTY" ? "d" : null,
  unitId: role === "UNIT" ? "un" : null,
  mustChangePassword: false,
  requestId: "r",
  ip: null,
});

const SECTION_ORDER = ["名册", "会议", "建议", "监督", "信访", "培训", "履职", "年度", "系统"];

const shown = (role: Role) =>
  visibleSections((permission) => can(actor(role), permission)).map((s) => [s.label, s.items.map((i) => i.label)]);

describe("the navigation", () => {
  it("has the sections 名册 / 会议 / 建议 / 监督 / 信访 / 培训 / 履职 / 年度 / 系统 in that order, each page once", () => {
    expect(NAV_SECTIONS.map((s) => s.label)).toEqual(SECTION_ORDER);
    const hrefs = NAV_SECTIONS.flatMap((s) => s.items.map((i) => i.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(new Set(NAV_SECTIONS.map((s) => s.id)).size).toBe(NAV_SECTIONS.length);
  });

  it("reads each entry of the list into its address, label and permission, each address a page of the app", () => {
    expect(NAV_SECTIONS.find((s) => s.id === "annual")?.items[1]).toEqual({
      href: "/work-plans",
      label: "工作要点",
      permission: "work_plan.list",
    });
    const app = path.join(import.meta.dirname, "..", "app", "(app)");
    for (const { href } of [HOME_ITEM, ...NAV_SECTIONS.flatMap((s) => s.items)])
      expect(fs.existsSync(path.join(app, href, "page.tsx")), href).toBe(true);
  });

  it("shows each role only its pages and only the sections that have one", () => {
    expect(shown("OFFICE").map(([label]) => label)).toEqual(SECTION_ORDER);
    // 年度概览 (the year's dashboard): the office, chair and presidium; not a deputy or a unit.
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as Role[])
      expect(shown(role).find(([label]) => label === "年度")?.[1]).toContain("年度概览");
    for (const role of ["DEPUTY", "UNIT"] as Role[]) expect(shown(role).map(([label]) => label)).not.toContain("年度");
    // 年度总结: the office, chair and presidium; not a deputy or a unit.
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as Role[])
      expect(shown(role).find(([label]) => label === "年度")?.[1]).toContain("年度总结");
    for (const role of ["DEPUTY", "UNIT"] as Role[])
      expect(shown(role).flatMap(([, items]) => items)).not.toContain("年度总结");
    // The register, the archive and publicity: the office all three, the chair all, the presidium the register and
    // publicity (not the archive: petition files), deputies and units none.
    expect(shown("OFFICE").find(([label]) => label === "年度")?.[1]).toEqual(
      expect.arrayContaining(["收发文登记", "年度归档", "宣传"]),
    );
    expect(shown("PRESIDIUM").find(([label]) => label === "年度")?.[1]).not.toContain("年度归档");
    for (const role of ["DEPUTY", "UNIT"] as Role[])
      expect(shown(role).flatMap(([, items]) => items)).not.toContain("收发文登记");
    expect(shown("DEPUTY").find(([label]) => label === "履职")?.[1]).toEqual(["小组活动", "履职登记", "向选民述职"]);
    expect(shown("UNIT").map(([label]) => label)).not.toContain("履职");
    // 接待选民日: the office, chair and presidium, and a deputy (the days they are on duty); not a unit.
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"] as Role[])
      expect(shown(role).find(([label]) => label === "信访")?.[1]).toContain("接待选民日");
    expect(shown("UNIT").flatMap(([, items]) => items)).not.toContain("接待选民日");
    expect(shown("UNIT").map(([label]) => label)).not.toContain("培训");
    // Petitions: the presidium only the figures (lib/petitions/access.ts: no record); a unit and a deputy theirs.
    expect(shown("PRESIDIUM").find(([label]) => label === "信访")?.[1]).toEqual(["接待选民日", "信访统计"]);
    expect(shown("OFFICE").find(([label]) => label === "信访")?.[1]).toEqual(["接待选民日", "信访件", "信访统计"]);
    expect(shown("DEPUTY").find(([label]) => label === "信访")?.[1]).toEqual(["接待选民日", "信访件"]);
    expect(shown("UNIT").find(([label]) => label === "信访")?.[1]).toEqual(["信访件"]);
    expect(shown("UNIT").find(([label]) => label === "监督")?.[1]).toEqual(
      expect.arrayContaining(["整改任务", "本单位收件箱"]),
    );
    expect(shown("DEPUTY").flatMap(([, items]) => items)).not.toContain("整改任务");
    expect(shown("DEPUTY").find(([label]) => label === "监督")?.[1]).toEqual(["监督活动"]);
    expect(shown("DEPUTY").find(([label]) => label === "名册")?.[1]).toEqual(
      expect.arrayContaining(["我的履职档案", "履职公示"]),
    );
    expect(shown("OFFICE").flatMap(([, items]) => items)).not.toContain("我的履职档案");
    expect(shown("UNIT").find(([label]) => label === "名册")?.[1]).toContain("履职公示");
    expect(shown("OFFICE").find(([label]) => label === "系统")?.[1]).toContain("账号管理");
    expect(shown("CHAIR").flatMap(([, items]) => items)).not.toContain("账号管理");
    expect(shown("UNIT").map(([label]) => label)).not.toContain("会议");
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as Role[]) {
      for (const [, items] of shown(role)) expect(items.length).toBeGreaterThan(0);
      expect(shown(role).find(([label]) => label === "系统")?.[1]).toContain("修改密码");
    }
  });

  it("shows a county account (县人大) the county view and its password, nothing of a township", () => {
    expect(shown("COUNTY")).toEqual([
      ["年度", ["各乡镇年度概况"]],
      ["系统", ["修改密码"]],
    ]);
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as Role[])
      expect(shown(role).flatMap(([, items]) => items)).not.toContain("各乡镇年度概况");
  });
});
