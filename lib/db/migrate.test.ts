import { describe, it, expect } from "vitest";
import { assertCompatible, compareHistory, MigrationError, type MigrationFile } from "@/lib/db/migrate";

const file = (name: string, checksum = `sum-${name}`): MigrationFile => ({ name, sql: `-- ${name}`, checksum });
const row = (name: string, checksum = `sum-${name}`) => ({ migration_name: name, checksum });

const FILES = [file("20260101000000_init"), file("20260201000000_units"), file("20260301000000_deputies")];

describe("compareHistory", () => {
  it("an empty database has every file pending", () => {
    expect(compareHistory([], FILES)).toEqual({
      applied: [],
      pending: ["20260101000000_init", "20260201000000_units", "20260301000000_deputies"],
      unknown: [],
      modified: [],
    });
  });

  it("lists only the files not yet applied as pending", () => {
    const s = compareHistory([row("20260101000000_init")], FILES);
    expect(s.applied).toEqual(["20260101000000_init"]);
    expect(s.pending).toEqual(["20260201000000_units", "20260301000000_deputies"]);
    expect(s.unknown).toEqual([]);
    expect(s.modified).toEqual([]);
  });

  it("all applied → nothing pending, and compatible", () => {
    const s = compareHistory(
      FILES.map((f) => row(f.name)),
      FILES,
    );
    expect(s.pending).toEqual([]);
    expect(s.unknown).toEqual([]);
    expect(s.modified).toEqual([]);
    expect(() => assertCompatible(s)).not.toThrow();
  });

  it("a migration applied in the database but missing from the code is unknown", () => {
    const s = compareHistory([...FILES.map((f) => row(f.name)), row("20260401000000_future")], FILES);
    expect(s.unknown).toEqual(["20260401000000_future"]);
    expect(s.pending).toEqual([]);
  });

  it("an applied migration whose file changed is modified", () => {
    const s = compareHistory([row("20260101000000_init", "old-checksum"), row("20260201000000_units")], FILES);
    expect(s.modified).toEqual(["20260101000000_init"]);
    expect(s.pending).toEqual(["20260301000000_deputies"]);
    expect(s.unknown).toEqual([]);
  });
});

describe("assertCompatible", () => {
  it("a pending migration alone is compatible", () => {
    expect(() => assertCompatible(compareHistory([row("20260101000000_init")], FILES))).not.toThrow();
  });

  it("database newer than the code → MigrationError naming the migration", () => {
    const s = compareHistory([row("20260101000000_init"), row("20260401000000_future")], FILES);
    expect(() => assertCompatible(s)).toThrow(MigrationError);
    expect(() => assertCompatible(s)).toThrow(/newer.*20260401000000_future/);
  });

  it("modified checksum → MigrationError naming the migration", () => {
    const s = compareHistory([row("20260201000000_units", "tampered")], FILES);
    expect(() => assertCompatible(s)).toThrow(MigrationError);
    expect(() => assertCompatible(s)).toThrow(/edited.*20260201000000_units/);
  });
});
