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

const record: DeputyRecord = {
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
    daysThisYear: 2,
    daysThisTerm: 2,
    norm: { termDaysMin: 5, termDaysMax: 7, groupMinPerYear: 2 },
    warnings: ["本届已培训2天，少于5天"],
    normNote: "",
  },
  rules: { absences: "" },
};

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
    expect(d.tables).toHaveLength(5);
    const text = all.join("\n");
    for (const word of ["身份证", "电话", "住址"]) expect(text).not.toContain(word);
    const body = all.filter((_, i) => !d.paragraphs[i].inTable);
    expect(body.slice(-2)).toEqual(["清水镇人民代表大会主席团", "2026年12月6日"]);
  });
});
