import { describe, expect, it } from "vitest";
import { defaultsOf, stepFields, type FieldContext } from "@/components/petitions/step-fields";
import { PETITION_STEP_NAMES } from "@/lib/petitions/chain-labels";

const ctx: FieldContext = { units: [["u1", "民政办"]], users: [], appeal: false, dated: false, objectBy: "2026-10-13" };
const names = (step: Parameters<typeof stepFields>[0], c = ctx) => stepFields(step, c).map((f) => f.name);

describe("the handling panel's fields", () => {
  it("ask the 信访处理意见书's decision and legal basis only for 申诉求决类 (Art. 32)", () => {
    expect(names("reply")).toEqual(["text"]);
    expect(names("reply", { ...ctx, appeal: true })).toEqual(["text", "decision", "legalBasis"]);
  });

  it("give the office the real day (代录) of every dated step, never the unit or the chair", () => {
    for (const step of PETITION_STEP_NAMES.filter((s) => s !== "recuse"))
      expect(names(step, { ...ctx, dated: true }), step).toContain("occurredOn");
    expect(names("reply")).not.toContain("occurredOn");
    expect(names("recuse", { ...ctx, dated: true })).not.toContain("occurredOn");
  });

  it("start blank where a choice must be made: the unit, the decision; the objection names its last day", () => {
    expect(defaultsOf(stepFields("transfer", ctx))).toMatchObject({ leadUnitId: "", coUnitIds: [] });
    expect(defaultsOf(stepFields("reply", { ...ctx, appeal: true }))).toMatchObject({ decision: "" });
    expect(defaultsOf(stepFields("notify", ctx))).toMatchObject({ intake: "ACCEPT" });
    expect(defaultsOf(stepFields("close", ctx))).toMatchObject({ resolved: "true", satisfaction: "" });
    const hint = stepFields("object", ctx)[0];
    expect("hint" in hint && hint.hint).toContain("截止 2026-10-13");
  });
});
