// 主席团会议 as structured records: the API's roles, township scope, bad input, the term counts and the minutes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/presidium-meetings/route";
import { GET as getRoute } from "@/app/api/v1/presidium-meetings/[id]/route";
import { GET as minutesRoute } from "@/app/api/v1/presidium-meetings/[id]/minutes/route";
import { GET as countsRoute } from "@/app/api/v1/presidium-meetings/counts/route";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { presidiumTermCounts } from "@/lib/sessions/public";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { createDeputy, createUser, params, request, townshipWithRoles } from "@/tests/factories";

const URL = "/api/v1/presidium-meetings";
const today = () => todayInChina();
const day = (offset: number) => formatDay(addDays(today(), offset));

async function setup() {
  const t = await townshipWithRoles();
  // A presidium member who is a deputy: named on the minutes by the deputy's name.
  const memberDeputy = await createDeputy(t.township.id, t.term.id, "王建国");
  const member2 = await createUser(t.township.id, "PRESIDIUM", { deputyId: memberDeputy.id });
  const invitee = await createDeputy(t.township.id, t.term.id, "刘秀兰");
  const activity = await db.supervisionActivity.create({
    data: {
      townshipId: t.township.id,
      termId: t.term.id,
      year: 2026,
      kind: "REPORT_HEARING",
      title: "听取镇民政办关于社会救助工作的专项报告",
      startDate: new Date("2026-10-01"),
    },
  });
  const body = (over: Record<string, unknown> = {}) => ({
    date: day(-1),
    venue: "镇政府三楼会议室",
    presidedBy: "李主席",
    recorder: "王秀英",
    members: [
      { userId: t.users.CHAIR.id, attendance: "PRESENT" },
      { userId: t.users.PRESIDIUM.id, attendance: "LEAVE" },
      { userId: member2.id, attendance: "ABSENT" },
    ],
    inviteeIds: [invitee.id],
    guests: "镇民政办主任",
    topics: [
      {
        kind: "REPORT",
        title: "听取镇民政办社会救助工作报告",
        reporter: "镇民政办",
        activityId: activity.id,
        decision: "原则同意报告，请民政办在三个月内报告整改情况",
      },
      { kind: "MATTER", title: "研究第二次会议筹备工作", decision: "会议定于明年1月召开" },
    ],
    decisions: null,
    ...over,
  });
  return { ...t, member2, memberDeputy, invitee, activity, body, office: t.sessions.OFFICE.cookie };
}

const post = (cookie: string, body: unknown) => createRoute(request(URL, { method: "POST", cookie, body }));

describe("presidium meetings API", () => {
  it("records the roll, 列席, topics with the report heard linked to its activity; counts per term", async () => {
    const w = await setup();
    const res = await post(w.office, w.body());
    const created = await res.json();
    expect(res.status, JSON.stringify(created)).toBe(201);
    expect(created.number).toBe(1);
    expect(created.present).toEqual(["测试CHAIR"]);
    expect(created.onLeave).toEqual(["测试PRESIDIUM"]);
    expect(created.absent).toEqual(["王建国"]);
    expect(created.invitees).toEqual([{ deputyId: w.invitee.id, name: "刘秀兰" }]);
    expect(created.topics.map((t: { position: number; kind: string }) => [t.position, t.kind])).toEqual([
      [1, "REPORT"],
      [2, "MATTER"],
    ]);
    expect(created.topics[0].activity.id).toBe(w.activity.id);
    // The activity records the meeting its report was heard at.
    const activity = await db.supervisionActivity.findUniqueOrThrow({ where: { id: w.activity.id } });
    expect(activity.presidiumMeetingId).toBe(created.id);
    const audit = await db.auditLog.findFirst({ where: { recordId: created.id, action: "presidium_meeting.created" } });
    expect(audit).not.toBeNull();

    // A second, registered ahead: numbered next, not yet counted as held.
    const ahead = await post(
      w.office,
      w.body({ date: day(10), members: [], topics: [{ kind: "REPORT", title: "听取财政所报告" }] }),
    );
    expect(ahead.status).toBe(201);
    expect((await ahead.json()).number).toBe(2);
    expect(await presidiumTermCounts(w.township.id, w.term.id)).toEqual({
      meetingsHeld: 1,
      reportsHeard: 1,
      scheduled: 1,
    });

    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const) {
      const list = await listRoute(request(URL, { cookie: w.sessions[role].cookie }));
      expect(list.status).toBe(200);
      const page = await list.json();
      expect(page.total).toBe(2);
      expect(page.items[0].number).toBe(2);
      const one = await getRoute(
        request(`${URL}/${created.id}`, { cookie: w.sessions[role].cookie }),
        params({ id: created.id }),
      );
      expect(one.status).toBe(200);
    }
    const counts = await (await countsRoute(request(`${URL}/counts`, { cookie: w.sessions.CHAIR.cookie }))).json();
    expect(counts).toMatchObject({ meetingsHeld: 1, reportsHeard: 1, scheduled: 1, term: { number: 17 } });
  });

  it("only the office records; deputies and units neither list nor read; another township's meeting is 404", async () => {
    const w = await setup();
    const created = await (await post(w.office, w.body())).json();
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await post(w.sessions[role].cookie, w.body())).status).toBe(403);
    for (const role of ["DEPUTY", "UNIT"] as const) {
      expect((await listRoute(request(URL, { cookie: w.sessions[role].cookie }))).status).toBe(403);
      const one = await getRoute(
        request(`${URL}/${created.id}`, { cookie: w.sessions[role].cookie }),
        params({ id: created.id }),
      );
      expect(one.status).toBe(403);
    }
    const other = await townshipWithRoles("别的镇");
    const oc = other.sessions.OFFICE.cookie;
    expect((await getRoute(request(`${URL}/${created.id}`, { cookie: oc }), params({ id: created.id }))).status).toBe(
      404,
    );
    expect(
      (await minutesRoute(request(`${URL}/${created.id}/minutes`, { cookie: oc }), params({ id: created.id }))).status,
    ).toBe(404);
    // Another township's member, deputy and activity are refused by name, nothing stored.
    const res = await post(oc, {
      ...w.body(),
      members: [{ userId: w.users.CHAIR.id, attendance: "PRESENT" }],
      inviteeIds: [w.invitee.id],
      topics: [{ kind: "REPORT", title: "听取报告", activityId: w.activity.id }],
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.fields["members.0.userId"]).toBe("主席团成员：不是本镇的主席团成员");
    expect(error.fields["inviteeIds.0"]).toBe("列席代表：不是本届代表");
    expect(error.fields["topics.0.activityId"]).toBe("议题1：关联的监督活动不存在");
    expect(await db.presidiumMeeting.count({ where: { townshipId: other.township.id } })).toBe(0);
  });

  it("refuses bad input with a 400 naming the field, storing nothing", async () => {
    const w = await setup();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ date: "2026-13-01" }, "date", /^会议日期：/],
      [{ date: "2020-01-01" }, "date", /^会议日期：须在本届任期内/],
      [{ topics: [] }, "topics", /^议题：至少登记一项议题/],
      [{ topics: [{ kind: "REPORT", title: "  " }] }, "topics.0.title", /^议题：请填写议题/],
      [{ topics: [{ kind: "SPEECH", title: "x" }] }, "topics.0.kind", /^议题类别：/],
      [{ topics: [{ kind: "MATTER", title: "x", activityId: "nope" }] }, "topics.0.activityId", /^关联监督活动：/],
      [{ members: [{ userId: w.users.CHAIR.id, attendance: "LEFT_EARLY" }] }, "members.0.attendance", /^出席情况：/],
      [{ members: [{ userId: w.users.CHAIR.id, attendance: "ABSENT" }] }, "members", /^主席团成员：会议已举行/],
      [{ members: [{ userId: w.users.OFFICE.id, attendance: "PRESENT" }] }, "members.0.userId", /不是本镇的主席团成员/],
      [
        {
          members: [
            { userId: w.users.CHAIR.id, attendance: "PRESENT" },
            { userId: w.users.CHAIR.id, attendance: "PRESENT" },
          ],
        },
        "members.1.userId",
        /重复登记/,
      ],
      [{ inviteeIds: [w.memberDeputy.id] }, "inviteeIds.0", /王建国是主席团成员/],
      [{ venue: "会\u0000议室" }, "venue", /^会议地点：/],
      [{ attendees: "张三" }, "attendees", /不允许的字段/],
    ];
    for (const [over, field, message] of cases) {
      const res = await post(w.office, w.body(over));
      const body = await res.json();
      expect(res.status, `${field}: ${JSON.stringify(body)}`).toBe(400);
      expect(body.error.fields[field], `${field}: ${JSON.stringify(body.error.fields)}`).toMatch(message);
    }
    expect(await db.presidiumMeeting.count({ where: { townshipId: w.township.id } })).toBe(0);
    expect(await db.presidiumMeetingTopic.count({ where: { townshipId: w.township.id } })).toBe(0);
  });

  it("prints the minutes (主席团会议纪要) to GB/T 9704 with the roll, 列席 and each topic's decision", async () => {
    const w = await setup();
    await db.township.update({ where: { id: w.township.id }, data: { name: "清水镇" } });
    const created = await (await post(w.office, w.body())).json();
    const res = await minutesRoute(
      request(`${URL}/${created.id}/minutes`, { cookie: w.sessions.PRESIDIUM.cookie }),
      params({ id: created.id }),
    );
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get("content-disposition") ?? "")).toContain(
      "清水镇第十七届人民代表大会主席团第一次会议纪要.docx",
    );
    const buf = Buffer.from(await res.arrayBuffer());
    expect(await officialDocxProblems(buf)).toEqual([]);
    const text = (await inspectDocx(buf)).paragraphs.map((p) => p.text);
    expect(text[0]).toBe("清水镇第十七届人民代表大会主席团第一次会议纪要");
    expect(text).toContain("出席：测试CHAIR");
    expect(text).toContain("请假：测试PRESIDIUM");
    expect(text).toContain("缺席：王建国");
    expect(text).toContain("列席：刘秀兰（代表）、镇民政办主任");
    expect(text).toContain("一、听取镇民政办社会救助工作报告");
    expect(text).toContain("听取报告；汇报人：镇民政办；监督活动：听取镇民政办关于社会救助工作的专项报告。");
    expect(text).toContain("会议决定：原则同意报告，请民政办在三个月内报告整改情况");
    expect(text).toContain("二、研究第二次会议筹备工作");
    expect(text).toContain("清水镇人民代表大会主席团");
  });
});
