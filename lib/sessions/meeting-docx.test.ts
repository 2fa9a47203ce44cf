// The minutes of a presidium meeting (主席团会议纪要) as a Word file in the GB/T 9704 layout: who sat, each
// topic with what was decided, signed by the presidium.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { meetingMinutesDocx, meetingMinutesTitle } from "@/lib/sessions/meeting-docx";
import type { MeetingDetail } from "@/lib/sessions/meetings";

const meeting: MeetingDetail = {
  id: "m1",
  title: "清水镇第十七届人民代表大会主席团第三次会议",
  termNumber: 17,
  number: 3,
  date: "2026-06-15",
  venue: "镇政府三楼会议室",
  presidedBy: "张明",
  recorder: "李华",
  members: [
    { id: "m1", userId: "u1", name: "张明", attendance: "PRESENT" },
    { id: "m2", userId: "u2", name: "王芳", attendance: "PRESENT" },
    { id: "m3", userId: "u3", name: "赵刚", attendance: "LEAVE" },
  ],
  present: ["张明", "王芳"],
  onLeave: ["赵刚"],
  absent: [],
  invitees: [{ deputyId: "d1", name: "陈静" }],
  guests: "镇农业综合服务中心负责人",
  legacyAttendees: null,
  topics: [
    {
      id: "t1",
      position: 1,
      kind: "REPORT",
      title: "听取镇政府关于农村饮水安全工作情况的报告",
      reporter: "孙伟",
      decision: "同意报告，请镇政府抓好整改。",
      activity: { id: "a1", title: "农村饮水安全工作视察", kind: "SITE_VISIT", year: 2026 },
    },
    {
      id: "t2",
      position: 2,
      kind: "MATTER",
      title: "研究下半年代表活动安排",
      reporter: null,
      decision: null,
      activity: null,
    },
  ],
  reportsHeard: 1,
  decisions: null,
  version: 1,
};

describe("presidium meeting minutes .docx", () => {
  it("is written to GB/T 9704, titled, the roll and each topic's decision in the text, signed", async () => {
    const buf = await meetingMinutesDocx("清水镇", meeting);
    expect(await officialDocxProblems(buf)).toEqual([]);
    const d = await inspectDocx(buf);
    const texts = d.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe("清水镇第十七届人民代表大会主席团第三次会议纪要");
    expect(meetingMinutesTitle("清水镇", meeting)).toBe(texts[0]);
    expect(texts).toContain("出席：张明、王芳");
    expect(texts).toContain("请假：赵刚");
    expect(texts).toContain("列席：陈静（代表）、镇农业综合服务中心负责人");
    expect(texts).toContain("会议决定：同意报告，请镇政府抓好整改。");
    expect(texts).toContain("会议决定：未记录。");
    expect(texts.join("\n")).toContain("会议共2项议题，听取报告1项");
    expect(texts.slice(-2)).toEqual(["清水镇人民代表大会主席团", "2026年6月15日"]);
  });
});
