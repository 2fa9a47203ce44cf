import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, auditActionLabel } from "@/lib/audit/actions";

describe("the audit catalogue", () => {
  it("names every action <record>.<past tense> and labels each in Chinese, without two actions sharing a label", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(AUDIT_ACTION_LABELS[action]).toMatch(/[\u4e00-\u9fff]/);
    }
    const labels = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("marks each session edit made after the session closed", () => {
    expect(AUDIT_ACTION_LABELS["session.vote_recorded_after_close"]).toBe("闭会后登记表决结果");
    expect(AUDIT_ACTIONS.filter((a) => a.endsWith("_after_close"))).toHaveLength(17);
  });

  it("shows a stored action that is no longer in the catalogue by its name", () => {
    expect(auditActionLabel("deputy.exported")).toBe(AUDIT_ACTION_LABELS["deputy.exported"]);
    expect(auditActionLabel("legacy.thing")).toBe("legacy.thing");
  });
});
