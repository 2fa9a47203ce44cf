import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { joinSchemaFiles, readSchema, readSchemaAt, SCHEMA_DIR } from "@/lib/db/schema-diff";

const models = (schema: string) => [...schema.matchAll(/^(?:model|enum) (\w+) \{/gm)].map((m) => m[1]).sort();

describe("the schema folder", () => {
  it("is read as one text holding every model and enum of every file, with one generator and datasource", () => {
    const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".prisma"));
    expect(files.length).toBeGreaterThan(3);
    const each = files.flatMap((f) => models(fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8"))).sort();
    const joined = readSchema();
    expect(models(joined)).toEqual(each);
    expect(joined.match(/^generator /gm)).toHaveLength(1);
    expect(joined.match(/^datasource /gm)).toHaveLength(1);
  });

  it("joins files in name order and ignores what is not a .prisma file", () => {
    const text = joinSchemaFiles([
      { name: "b.prisma", text: "model B {\n}\n" },
      { name: "README.md", text: "model X {\n}\n" },
      { name: "a.prisma", text: "model A {\n}\n" },
    ]);
    expect(models(text)).toEqual(["A", "B"]);
    expect(text.indexOf("model A")).toBeLessThan(text.indexOf("model B"));
  });

  it("is read at a git ref, both before the split (one schema.prisma) and after (the folder)", () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), "schema-at-"));
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: repo })
        .toString()
        .trim();
    try {
      git("init", "-q");
      fs.mkdirSync(path.join(repo, "prisma"));
      fs.writeFileSync(path.join(repo, "prisma/schema.prisma"), "model A {\n}\nmodel B {\n}\n");
      git("add", "-A");
      git("commit", "-qm", "single");
      const single = git("rev-parse", "HEAD");
      fs.rmSync(path.join(repo, "prisma/schema.prisma"));
      fs.mkdirSync(path.join(repo, SCHEMA_DIR));
      fs.writeFileSync(path.join(repo, SCHEMA_DIR, "a.prisma"), "model A {\n}\n");
      fs.writeFileSync(path.join(repo, SCHEMA_DIR, "b.prisma"), "model B {\n}\nmodel C {\n}\n");
      git("add", "-A");
      git("commit", "-qm", "split");
      expect(models(readSchemaAt(single, repo))).toEqual(["A", "B"]);
      expect(models(readSchemaAt("HEAD", repo))).toEqual(["A", "B", "C"]);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
