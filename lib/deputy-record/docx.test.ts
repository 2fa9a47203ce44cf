// 代表履职情况登记表 as a Word file in the GB/T 9704 layout: the facts without ID, phone or address, then each
// section's figures and items, signed by the presidium.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { recordDocText, recordDocx } from "@/lib/deputy-record/docx";
import type { DeputyRecord } from "@/lib/deputy-record/record";
import { sessionsSection, suggestionFigures, supervisionFigures } from "@/lib/deputy-record/rules";

const supervision = {
  activities: [
    {
      id: "a1",
      title: "农产品质量安全法执法检查",
      kind: "LAW_INSPECTION" as const,
      state: "CONCLUDED" as const,
      startDate: "2026-05-10",
      presidiumMember: false,
      attendance: "PRESENT" as const,
    },
  ],
  polls: [{ pollId: "p1", activity: "站所工作评议", subject: "民政办", round: 1 }],
};
const suggestions = [
  {
    id: "s1",
    number: "2026-003",
    title: "关于修缮清水村便民桥的建议",
    kind: "SUGGESTION" as const,
    state: "RATED" as const,
    lead: true,
    atSession: true,
    raisedOn: "2026-03-02",
    replyClass: "A" as const,
    rating: "SATISFIED" as const,
    motionOnAgenda: false,
    valuable: true,
  },
];
const sessions = [
  {
    sessionId: "c1",
    number: 1,
    kind: "REGULAR" as const,
    sessionStatus: "CLOSED" as const,
    startDate: "2026-03-01",
    endDate: "2026-03-02",
    status: "PRESENT" as const,
  },
  {
    sessionId: "c2",
    number: 2,
    kind: "REGULAR" as const,
    sessionStatus: "CLOSED" as const,
    startDate: "2026-12-01",
    endDate: "2026-12-01",
    status: "ABSENT" as const,
  },
];

const record = {
  year: 2026,
  years: [2026],
  deputy: {
    id: "d1",
    name: "王芳",
    gender: "FEMALE",
    birthDate: "1978-04-12",
    ethnicity: "汉族",
    party: "中共党员",
    education: "大学本科",
    occupation: "村党支部书记",
    workUnit: "清水村村委会",
    constituency: "第一选区",
    levels: ["TOWNSHIP", "COUNTY"],
    group: "第一代表小组",
    termNumber: 17,
    status: "SITTING",
    startDate: "2026-01-01",
    leftDate: null,
  },
  sessions: sessionsSection(
    { sessions, unapprovedAbsences: [{ sessionId: "c2", number: 2, startDate: "2026-12-01" }] },
    2,
  ),
  suggestions: { items: suggestions, figures: suggestionFigures(suggestions) },
  supervision: { ...supervision, figures: supervisionFigures(supervision) },
  training: {
    deputyId: "d1",
    year: 2026,
    trainings: [
      {
        id: "t1",
        title: "新任代表初任学习",
        kind: "INITIAL",
        kindLabel: "初任学习",
        startDate: "2026-09-20",
        endDate: "2026-09-21",
        days: 2,
        place: "镇政府",
        attendance: "PRESENT",
        attendanceLabel: "出席",
        leaveRequest: null,
        score: null,
        reflection: null,
      },
    ],
    tally: { attended: 1, leave: 0, absent: 0, days: 2 },
    daysThisYear: 2,
    daysThisTerm: 2,
    norm: { termDaysMin: 5, termDaysMax: 7, groupMinPerYear: 2 },
    warnings: ["本届已培训2天，少于5天"],
    normNote: "",
  },
  groupActivities: {
    year: 2026,
    deputyId: "d1",
    group: { id: "g1", name: "第一代表小组", held: 4 },
    attended: [{ id: "ga1", heldOn: "2026-06-18", topic: "人居环境整治视察", groupName: "第一代表小组" }],
  },
  duties: {
    year: 2026,
    deputyId: "d1",
    byKind: [
      {
        kind: "VOTER_CONTACT",
        label: "联系选民",
        verified: 2,
        pending: 1,
        entries: ["VERIFIED", "VERIFIED", "SUBMITTED"].map((state, i) => ({
          id: `e${i}`,
          kind: "VOTER_CONTACT",
          occurredOn: "2026-05-0" + (i + 1),
          description: "走访选民",
          voters: 4,
          households: null,
          persons: null,
          incomeRaised: null,
          state,
          stateLabel: state === "VERIFIED" ? "已核实" : "待核实",
          onBehalf: false,
        })),
      },
      { kind: "VOTER_FORUM", label: "选民座谈会", verified: 0, pending: 0, entries: [] },
    ],
    card: {
      year: 2026,
      deputyId: "d1",
      lines: [
        { key: "votersContacted", label: "联系选民", target: 10, done: 12, met: true, text: "12 / 10 人" },
        { key: "forums", label: "召开选民座谈会", target: 1, done: 0, met: false, text: "0 / 1 次" },
      ],
      met: 1,
      complete: false,
      rules: { card: "按经核实的履职登记计。", valuable: "" },
    },
    voterReports: [
      {
        id: "v1",
        scheduledOn: "2026-11-01",
        heldOn: "2026-11-02",
        place: "青山村",
        votersPresent: 36,
        rate: 94,
        figures: "33/35 = 94%",
      },
    ],
    rateRule: "满意率 = 满意票 ÷ 有效票。",
  },
  reception: [
    { id: "r1", date: "2026-03-10", place: "镇人大代表之家", status: "HELD", present: true, received: 3 },
    { id: "r2", date: "2026-12-10", place: null, status: "PLANNED", present: null, received: 0 },
  ],
  rules: { absences: "" },
} as DeputyRecord;

describe("代表履职情况登记表 .docx", () => {
  it("is written to GB/T 9704 with the facts, each section's figures and items, and the signature", async () => {
    const buf = await recordDocx(recordDocText(record, "清水镇", "2026-12-06"));
    expect(await officialDocxProblems(buf)).toEqual([]);
    const d = await inspectDocx(buf);
    const all = d.paragraphs.map((p) => p.text);
    expect(all[0]).toBe("代表履职情况登记表");
    expect(all).toContain("（2026年度）");
    expect(all).toEqual(
      expect.arrayContaining([
        "一、基本情况",
        "二、出席本级人民代表大会会议情况",
        "三、提出建议、批评和意见情况",
        "四、参加监督活动情况",
        "五、参加培训情况",
        "六、参加接待选民日情况",
        "七、参加代表小组活动情况",
        "八、履职登记情况",
        "九、“六个一”完成情况",
        "十、向选民述职情况",
      ]),
    );
    const cells = d.paragraphs.filter((p) => p.inTable).map((p) => p.text);
    expect(cells).toEqual(
      expect.arrayContaining(["王芳", "镇人大代表、县人大代表", "第二次会议", "缺席", "2026-003", "领衔", "满意"]),
    );
    expect(all.some((t) => t.includes("应出席本级人民代表大会会议2次，出席1次"))).toBe(true);
    expect(all.some((t) => t.includes("参加民主测评1次"))).toBe(true);
    expect(all.some((t) => t.includes("本年度参加培训1次，出席计2天；本届累计2天（每届5至7天）"))).toBe(true);
    expect(cells).toEqual(expect.arrayContaining(["新任代表初任学习", "初任学习"]));
    expect(cells).toEqual(
      expect.arrayContaining(["人居环境整治视察", "联系选民", "12 / 10 人", "未完成", "33/35 = 94%"]),
    );
    expect(all.some((t) => t.includes("本年度登记履职事项3项，经人大办核实2项"))).toBe(true);
    expect(all.some((t) => t.includes("本年度安排值班2次，到岗1次，接待选民3人次"))).toBe(true);
    expect(cells).toEqual(expect.arrayContaining(["镇人大代表之家", "到岗", "待举行"]));
    expect(d.tables).toHaveLength(10);
    const text = all.join("\n");
    for (const word of ["身份证", "电话", "住址"]) expect(text).not.toContain(word);
    const body = all.filter((_, i) => !d.paragraphs[i].inTable);
    expect(body.slice(-2)).toEqual(["清水镇人民代表大会主席团", "2026年12月6日"]);
  });
});
