// The suggestion's JSON carries the workflow's steps for the caller (lib/suggestions/steps/table.ts):
// the open ones, and the others with the reason — the same reason a refused step answers with.
import { describe, expect, it } from "vitest";
import { assign, api, errorOf, setup, step, suggestionAt, versionOf } from "@/tests/integration/suggestions/helpers";

type Step = { name: string; label: string; open: boolean; reason?: string; pending?: boolean };
const stepsOf = async (cookie: string, id: string) =>
  ((await (await api.get(cookie, id)).json()).steps as Step[]) ?? [];
const open = (steps: Step[]) => steps.filter((s) => s.open).map((s) => s.name);

describe("GET /api/v1/suggestions/{id}: the steps open to the caller", () => {
  it("differ by role and state, and a refused step gives the reason the record carried", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "SUBMITTED");
    expect(open(await stepsOf(w.cookie.OFFICE, id))).toEqual(["register", "merge", "withdraw"]);
    expect(open(await stepsOf(w.cookie.DEPUTY, id))).toEqual(["withdraw"]);
    expect(open(await stepsOf(w.cookie.CHAIR, id))).toEqual([]);

    await step(w.cookie.OFFICE, id, { action: "register" });
    await assign(w, id, { leadUnitId: w.unit.id });
    const unit = await stepsOf(w.cookie.UNIT, id);
    expect(open(unit)).toEqual(["reply", "progress", "delay", "return"]);
    const publish = (await stepsOf(w.cookie.OFFICE, id)).find((s) => s.name === "publish");
    expect(publish).toEqual({ name: "publish", label: "公开办理结果", open: false, reason: "答复后才能公开" });

    const refused = await api.transition(w.cookie.OFFICE, id, { action: "publish", version: await versionOf(id) });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toBe(publish?.reason);
    expect(unit.find((s) => s.name === "close")).toMatchObject({ open: false, reason: "您无权执行此操作" });
  });

  it("after the reply: the deputy rates (or the office keys their rating form in); the office closes (asking first) or publishes", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "REPLIED");
    expect(open(await stepsOf(w.cookie.DEPUTY, id))).toEqual(["rate"]);
    const office = await stepsOf(w.cookie.OFFICE, id);
    expect(open(office)).toEqual(["rate", "close", "publish"]);
    expect(office.find((s) => s.name === "rate")).toMatchObject({ label: "代录评价（满意度测评表）", onBehalf: true });
    expect(office.find((s) => s.name === "close")).toMatchObject({ confirm: expect.stringContaining("尚未评价") });
    await step(w.cookie.OFFICE, id, { action: "publish" });
    expect(open(await stepsOf(w.cookie.OFFICE, id))).toEqual(["rate", "close"]);
    const again = await api.transition(w.cookie.OFFICE, id, { action: "publish", version: await versionOf(id) });
    expect((await errorOf(again)).message).toBe("办理结果已公开");
  });
});
