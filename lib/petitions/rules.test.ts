import { describe, expect, it } from "vitest";
import { registrationIssues, SIMILAR_SUBJECT, subjectSimilarity } from "@/lib/petitions/rules";
import { maskAddress, presentPetitioner } from "@/lib/petitions/privacy";
import { chainAllows, nextReviewLevel, nextState, openReview, type ChainRecord } from "@/lib/petitions/rules";
import { PETITION_STEP_NAMES } from "@/lib/petitions/chain-labels";

describe("registrationIssues: Art. 20 representatives (a setting)", () => {
  const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${i}` }));
  it("at most maxRepresentatives representatives of a collective visit", () => {
    const v = { collective: true, visitorCount: 50, petitioners: reps(5) };
    expect(registrationIssues(v, { maxRepresentatives: 5 })).toEqual([]);
    expect(registrationIssues({ ...v, petitioners: reps(6) }, { maxRepresentatives: 5 })).toEqual([
      expect.objectContaining({
        path: "petitioners",
        message: expect.stringContaining("不超过 5 人（信访工作条例第二十条）"),
      }),
    ]);
    // Not a collective visit: a letter signed by many is not limited.
    expect(registrationIssues({ collective: false, petitioners: reps(12) }, { maxRepresentatives: 5 })).toEqual([]);
  });
});

describe("subjectSimilarity", () => {
  it("is 1 for the same subject, whatever the punctuation and spacing", () => {
    expect(subjectSimilarity("砖厂拖欠工资", "砖厂 拖欠工资！")).toBe(1);
  });
  it("finds the same matter worded a little differently, and not an unrelated one", () => {
    expect(subjectSimilarity("镇东砖厂拖欠工资问题", "砖厂拖欠工资")).toBeGreaterThanOrEqual(SIMILAR_SUBJECT);
    expect(subjectSimilarity("低保待遇被取消", "村道修缮建议")).toBe(0);
    expect(subjectSimilarity("", "")).toBe(0);
  });
});

describe("masking a petitioner", () => {
  const p = {
    id: "1",
    name: "王建国",
    phone: "13812345678",
    idNumber: "11010519491231002X",
    address: "清水镇王庄村三组十二号",
    representative: false,
  };
  it("masks phone, ID number and address, keeps the name", () => {
    expect(presentPetitioner(p, "MASKED")).toEqual({
      id: "1",
      name: "王建国",
      phone: "138****5678",
      idNumber: "1101**********002X",
      address: "清水镇王庄村****",
      representative: false,
      masked: true,
    });
  });
  it("shows them in full for a FULL view, and keeps missing values missing", () => {
    expect(presentPetitioner(p, "FULL")).toMatchObject({
      phone: p.phone,
      idNumber: p.idNumber,
      address: p.address,
      masked: false,
    });
    expect(presentPetitioner({ ...p, phone: null, idNumber: null, address: null }, "MASKED")).toMatchObject({
      phone: null,
      idNumber: null,
      address: null,
    });
    expect(maskAddress("李庄")).toBe("李****");
  });
});

const day = (t: string) => new Date(`${t}T00:00:00Z`);
const base: ChainRecord = {
  state: "REGISTERED",
  category: "APPEAL_CLAIM",
  channel: "LETTER",
  intake: null,
  notifiedOn: null,
  noticeWaivedReason: null,
  acceptedOn: null,
  extensionDays: null,
  returnVisitOn: null,
  reviews: [],
};
const accepted: ChainRecord = {
  ...base,
  intake: "ACCEPT",
  notifiedOn: day("2026-03-05"),
  acceptedOn: day("2026-03-05"),
};
const open = (r: ChainRecord) => PETITION_STEP_NAMES.filter((s) => chainAllows(s, r) === true);

describe("the handling chain's order", () => {
  it("a registered case can only be notified (or have a recusal recorded)", () => {
    expect(open(base)).toEqual(["notify", "recuse"]);
    expect(chainAllows("propose", base)).toBe("请先告知信访人受理情况（第二十三条），再拟办");
    expect(chainAllows("transfer", base)).toMatch(/批办后才能转办/);
    expect(chainAllows("close", base)).toMatch(/请先告知/);
  });

  it("walks 告知 → 拟办 → 批办 → 转办 → 回复 → 办结", () => {
    expect(open(accepted)).toEqual(["propose", "extend", "recuse"]);
    expect(open({ ...accepted, state: "PROPOSED" })).toEqual(["approve", "extend", "recuse"]);
    expect(open({ ...accepted, state: "APPROVED" })).toEqual(["transfer", "extend", "recuse"]);
    expect(open({ ...accepted, state: "TRANSFERRED" })).toEqual(["object", "remind", "reply", "extend", "recuse"]);
    expect(open({ ...accepted, state: "ANSWERED" })).toEqual(["extend", "close", "review_request", "recuse"]);
    expect(open({ ...accepted, state: "CLOSED" })).toEqual(["visit", "review_request"]);
  });

  it("notifies once: a second notice is refused", () => {
    expect(chainAllows("notify", accepted)).toBe("已经告知，受理结果不能再次登记");
  });

  it("a case forwarded elsewhere is closed after its notice, without 拟办", () => {
    const forwarded: ChainRecord = { ...base, intake: "FORWARD", notifiedOn: day("2026-03-05") };
    expect(chainAllows("propose", forwarded)).toBe("信访件未在本镇受理，无需拟办，可直接办结");
    expect(chainAllows("close", forwarded)).toBe(true);
    expect(chainAllows("extend", forwarded)).toBe("信访件尚未受理，没有办理期限可以延长");
  });

  it("a county case reports back before closing", () => {
    const county: ChainRecord = { ...accepted, channel: "COUNTY_TRANSFER", state: "ANSWERED" };
    expect(chainAllows("close", county)).toBe("上级人大转办的信访件须先报告办理结果，再办结");
    expect(chainAllows("report", county)).toBe(true);
    expect(chainAllows("close", { ...county, state: "REPORTED" })).toBe(true);
    expect(chainAllows("report", { ...accepted, state: "ANSWERED" })).toBe("只有上级人大转办的信访件需要报告办理结果");
  });

  it("extends once only (Art. 34)", () => {
    expect(chainAllows("extend", { ...accepted, state: "TRANSFERRED", extensionDays: 30 })).toBe(
      "办理期限已经延长过一次，不能再次延期（第三十四条）",
    );
  });

  it("visits once, after closing", () => {
    expect(chainAllows("visit", { ...accepted, state: "ANSWERED" })).toBe("办结后才能登记回访");
    expect(chainAllows("visit", { ...accepted, state: "CLOSED", returnVisitOn: day("2026-06-01") })).toBe(
      "已经登记过回访",
    );
  });

  it("leads to the next state; 催办, 延期, 回访 and 回避 leave it", () => {
    expect(nextState("transfer")).toBe("TRANSFERRED");
    expect(nextState("object")).toBe("APPROVED");
    expect(nextState("remind")).toBeNull();
    expect(nextState("extend")).toBeNull();
  });
});

describe("复查 and 复核 (Art. 35–36)", () => {
  const answered: ChainRecord = { ...accepted, state: "ANSWERED" };

  it("复查 first, 复核 after the 复查's answer, then nothing more", () => {
    expect(nextReviewLevel(answered)).toBe("REVIEW");
    const asked = {
      ...answered,
      reviews: [{ level: "REVIEW" as const, answeredOn: null, requestedOn: day("2026-06-01") }],
    };
    expect(nextReviewLevel(asked)).toBe("复查意见尚未登记，不能请求复核");
    expect(openReview(asked)?.level).toBe("REVIEW");
    expect(chainAllows("review_answer", asked)).toBe(true);
    const reviewed = {
      ...answered,
      reviews: [{ level: "REVIEW" as const, answeredOn: day("2026-06-20"), requestedOn: day("2026-06-01") }],
    };
    expect(nextReviewLevel(reviewed)).toBe("RE_REVIEW");
    const done = {
      ...reviewed,
      reviews: [
        ...reviewed.reviews,
        { level: "RE_REVIEW" as const, answeredOn: day("2026-07-10"), requestedOn: day("2026-07-01") },
      ],
    };
    expect(nextReviewLevel(done)).toMatch(/不再受理/);
    expect(chainAllows("review_answer", done)).toBe("没有待答复的复查或复核请求");
  });

  it("only for 申诉求决类, and only after the written answer", () => {
    expect(nextReviewLevel({ ...answered, category: "SUGGESTION_OPINION" })).toMatch(/只有申诉求决类/);
    expect(nextReviewLevel({ ...accepted, state: "TRANSFERRED" })).toBe("信访件尚未书面答复，不能请求复查");
  });
});
