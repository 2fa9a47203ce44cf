// The supervision list's `counted=true` (the annual summary's and the dashboard's 监督活动 link): exactly the
// activities the year's figures count — not a draft plan, not another year's.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { supervisionYearFigures } from "@/lib/supervision/figures";
import { ActivityListQuery } from "@/lib/supervision/schema";
import { listActivities } from "@/lib/supervision/service";
import { KEY_FIGURES } from "@/lib/year/key-figures";
import { createTerm, createTownship, createUser, signIn } from "@/tests/factories";

describe("the supervision list's counted filter", () => {
  it("lists exactly the activities the year's figure counts, and the summary's figure links to it", async () => {
    const t = await createTownship("监督统计镇");
    const term = await createTerm(t.id);
    const { actor } = await signIn(await createUser(t.id, "OFFICE"));
    const activity = (year: number, state: "DRAFT" | "APPROVED" | "CONCLUDED", start: string) =>
      db.supervisionActivity.create({
        data: {
          townshipId: t.id,
          termId: term.id,
          year,
          kind: "SITE_VISIT",
          title: `视察${start}`,
          startDate: new Date(start),
          state,
        },
      });
    const approved = await activity(2026, "APPROVED", "2026-04-01");
    const concluded = await activity(2026, "CONCLUDED", "2026-09-01");
    const draft = await activity(2026, "DRAFT", "2026-11-01");
    await activity(2025, "CONCLUDED", "2025-05-01");

    const figures = await supervisionYearFigures(db, t.id, 2026);
    const counted = await listActivities(actor, ActivityListQuery.parse({ year: "2026", counted: "true" }));
    expect(counted.total).toBe(figures.activities.total);
    expect(counted.items.map((a) => a.id).sort()).toEqual([approved.id, concluded.id].sort());
    const all = await listActivities(actor, ActivityListQuery.parse({ year: "2026" }));
    expect(all.items.map((a) => a.id)).toContain(draft.id);

    const def = KEY_FIGURES.find((k) => k.id === "supervision.activities")!;
    expect(def.href(2026)).toBe("/supervision?counted=true&year=2026");
    expect(() => ActivityListQuery.parse({ counted: "yes" })).toThrow("只能是 true");
  });
});
