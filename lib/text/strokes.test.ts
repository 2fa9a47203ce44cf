import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { strokeClasses } from "@/lib/text/strokes";
import { strokeFunctionSql, strokeTable } from "@/lib/cli/stroke-data";

describe("stroke classes (横 1、竖 2、撇 3、点 4、折 5)", () => {
  it("folds cnchar-order's strokes into the five classes", () => {
    expect(strokeClasses("jfslegj")).toBe("1234521"); // 李: 横竖撇捺(点)横撇(折)竖钩(竖)横
    expect(strokeClasses("wfjngsk")).toBe("5215234"); // 陈
    expect(strokeClasses("kd")).toBe("41"); // 冫: 点、提 (提 counts as 横)
    expect(strokeClasses("j?")).toBeNull();
  });

  it("gives the surnames of the issue's list their mainland counts and first strokes", () => {
    const table = strokeTable();
    const of = (c: string) => table[c];
    expect(of("丁")).toBe("12");
    expect(of("王")).toBe("1121");
    expect(of("刘")).toHaveLength(6);
    expect(of("李")).toBe("1234521");
    expect(of("陈")).toBe("5215234");
    expect(of("周")).toHaveLength(8);
    expect(of("赵")).toHaveLength(9);
    expect(of("黄")).toHaveLength(11);
    expect(of("谢")).toHaveLength(12);
    expect(Object.keys(table).length).toBeGreaterThan(6000);
  });

  it("is the data the migration put into the database (a newer package needs a new migration)", () => {
    const dir = path.join(process.cwd(), "prisma/migrations");
    const latest = fs
      .readdirSync(dir)
      .filter((m) => fs.existsSync(path.join(dir, m, "migration.sql")))
      .map((m) => fs.readFileSync(path.join(dir, m, "migration.sql"), "utf8"))
      .filter((sql) => sql.includes("CREATE OR REPLACE FUNCTION hanzi_strokes()"))
      .at(-1);
    expect(latest).toContain(strokeFunctionSql().split("\n")[2]);
  });
});
