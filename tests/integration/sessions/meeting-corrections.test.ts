// 更正 of a presidium meeting's record: audited with its reason, only what changed kept, the original visible in
// the 更正记录; the office only; another township's meeting not found; nothing written when refused.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as createRoute } from "@/app/api/v1/presidium-meetings/route";
import { GET as getRoute } from "@/app/api/v1/presidium-meetings/[id]/route";
import { POST as correctRoute } from "@/app/api/v1/presidium-meetings/[id]/corrections/route";
import { presidiumMeetingCorrections } from "@/lib/sessions/meeting-corrections";
import type { MeetingDetail } from "@/lib/sessions/meeting-read";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { params, request, townshipWithRoles } from "@/tests/factories";

const day = (offset: number) => formatDay(addDays(todayInChina(), offset));
const correct = (cookie: string, id: string, body: unknown) =>
  correctRoute(
    request(`/api/v1/presidium-meetings/${id}/corrections`, { method: "POST", cookie, body }),
    params({ id }),
  );

async function meeting() {
  const t = await townshipWithRoles();
  const office = t.sessions.OFFICE.cookie;
  const res = await createRoute(
    request("/api/v1/presidium-meetings", {
      method: "POST",
      cookie: office,
      body: {
        date: day(-2),
        venue: "镇政府三楼会议室",
        presidedBy: "李主席",
        recorder: "王秀英",
        members: [
          { userId: t.users.CHAIR.id, attendance: "PRESENT" },
          { userId: t.users.PRESIDIUM.id, attendance: "ABSENT" },
        ],
        inviteeIds: [],
        topics: [{ kind: "MATTER", title: "研究第二次会议筹备工作", decision: "会议定于明年1月召开" }],
        decisions: null,
      },
    }),
  );
  const m = (await res.json()) as MeetingDetail;
  expect(res.status, JSON.stringify(m)).toBe(201);
  return { ...t, office, m };
}

/** The form's payload: the record as it is, with `over` applied. */
const asIs = (m: MeetingDetail, over: Record<string, unknown> = {}) => ({
  version: m.version,
  date: m.date,
  venue: m.venue,
  presidedBy: m.presidedBy,
  recorder: m.recorder,
  guests: m.guests,
  decisions: m.decisions,
  members: m.members.map((x) => ({ id: x.id, attendance: x.attendance })),
  topics: m.topics.map((t) => ({ id: t.id, title: t.title, reporter: t.reporter, decision: t.decision })),
  reason: "按会议签到表和纪要原件更正",
  ...over,
});

describe("更正 of a presidium meeting", () => {
  it("corrects day, place, a member's attendance and a topic's decision; audited with the reason, original kept", async () => {
    const w = await meeting();
    const m = w.m;
    const members = [
      { id: m.members[0].id, attendance: "PRESENT" },
      { id: m.members[1].id, attendance: "LEAVE" }, // 缺席 → 请假: the leave note was found
    ];
    const topics = [{ ...asIs(m).topics[0], decision: "会议定于明年1月上旬召开" }];
    const res = await correct(w.office, m.id, asIs(m, { date: day(-3), venue: "镇政府二楼会议室", members, topics }));
    const after = (await res.json()) as MeetingDetail;
    expect(res.status, JSON.stringify(after)).toBe(201);
    expect(after).toMatchObject({ date: day(-3), venue: "镇政府二楼会议室", onLeave: ["测试PRESIDIUM"], absent: [] });
    expect(after.topics[0].decision).toBe("会议定于明年1月上旬召开");
    expect(after.version).toBe(m.version + 1);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "presidium_meeting.corrected", recordId: m.id },
    });
    expect(audit.reason).toBe("按会议签到表和纪要原件更正");
    // Only what changed: the unchanged fields are not in the entry.
    expect(Object.keys(audit.after as object).sort()).toEqual(
      ["date", "venue", `member:${m.members[1].id}`, `topic:${m.topics[0].id}:decision`].sort(),
    );
    const history = await presidiumMeetingCorrections(w.sessions.OFFICE.actor, after);
    expect(history).toHaveLength(1);
    expect(history[0].changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["会议日期", day(-2), day(-3)],
      ["会议地点", "镇政府三楼会议室", "镇政府二楼会议室"],
      ["出席情况（测试PRESIDIUM）", "缺席", "请假"],
      ["议题1决定事项", "会议定于明年1月召开", "会议定于明年1月上旬召开"],
    ]);
    // The chair reads the corrected record.
    const read = await getRoute(
      request(`/api/v1/presidium-meetings/${m.id}`, { cookie: w.sessions.CHAIR.cookie }),
      params({ id: m.id }),
    );
    expect(((await read.json()) as MeetingDetail).venue).toBe("镇政府二楼会议室");
  });

  it("refuses: nothing changed, no reason, a stale version, a held meeting left with no one present, a day outside the term", async () => {
    const w = await meeting();
    const m = w.m;
    const before = await db.auditLog.count();
    const cases: [Record<string, unknown>, number, string][] = [
      [{}, 400, "reason"],
      [{ reason: "" }, 400, "reason"],
      [{ members: m.members.map((x) => ({ id: x.id, attendance: "ABSENT" })) }, 400, "members"],
      [{ date: "1990-01-01" }, 400, "date"],
      [{ members: [{ id: m.topics[0].id, attendance: "PRESENT" }] }, 400, "members.0.id"],
    ];
    for (const [over, status, field] of cases) {
      const res = await correct(w.office, m.id, asIs(m, { venue: field === "reason" ? m.venue : "别处", ...over }));
      const body = await res.json();
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(Object.keys(body.error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect((await correct(w.office, m.id, asIs(m, { version: m.version + 5, venue: "别处" }))).status).toBe(409);
    expect(await db.auditLog.count()).toBe(before);
    expect((await db.presidiumMeeting.findUniqueOrThrow({ where: { id: m.id } })).venue).toBe("镇政府三楼会议室");
  });

  it("only the office corrects; another township's meeting is not found", async () => {
    const w = await meeting();
    const body = asIs(w.m, { venue: "别处" });
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await correct(w.sessions[role].cookie, w.m.id, body)).status).toBe(403);
    const other = await townshipWithRoles("别的镇");
    expect((await correct(other.sessions.OFFICE.cookie, w.m.id, body)).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "presidium_meeting.corrected" } })).toBe(0);
  });
});
