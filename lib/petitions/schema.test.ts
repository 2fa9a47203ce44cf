// The registration schema: the same checks on the form and the server, each refusal naming its field.
import { describe, expect, it } from "vitest";
import { zodFields } from "@/lib/http/validation";
import { formatDay, todayInChina, addDays } from "@/lib/time/day";
import { idNumberCheckDigit } from "@/lib/text/id-number";
import { PetitionCreateInput, PetitionListQuery, PetitionUpdateInput } from "@/lib/petitions/schema";

const ID = `41010219800501123${idNumberCheckDigit("41010219800501123")}`;
const base = {
  channel: "LETTER",
  subject: "砖厂拖欠工资",
  content: "工资未结清",
  category: "APPEAL_CLAIM",
  petitioners: [{ name: "王建国", phone: "138 1234 5678", idNumber: ID.toLowerCase(), address: "王庄村" }],
};
const errors = (input: unknown) => {
  const r = PetitionCreateInput.safeParse(input);
  return r.success ? {} : zodFields(r.error, PetitionCreateInput, input);
};

describe("PetitionCreateInput", () => {
  it("takes a registration, normalizing the phone and upper-casing the ID number; blanks become null", () => {
    const v = PetitionCreateInput.parse({ ...base, sourceDocNo: "", visitorCount: "", duplicateOfId: "" });
    expect(v.petitioners[0]).toEqual({ name: "王建国", phone: "13812345678", idNumber: ID, address: "王庄村" });
    expect(v).toMatchObject({ collective: false, sourceDocNo: null, visitorCount: null, duplicateOfId: null });
  });

  it("refuses a received date in the future, naming the field", () => {
    const tomorrow = formatDay(addDays(todayInChina(), 1));
    expect(errors({ ...base, receivedOn: tomorrow }).receivedOn).toMatch(/^收到日期：不能晚于今天/);
  });

  it("refuses a wrong check digit and an invalid mainland phone", () => {
    const wrong = ID.slice(0, 17) + (ID[17] === "1" ? "2" : "1");
    const e = errors({ ...base, petitioners: [{ name: "甲", idNumber: wrong, phone: "+1 415 555 0100" }] });
    expect(e["petitioners.0.idNumber"]).toBe("身份证号：不是有效的 18 位身份证号（校验位不符）");
    expect(e["petitioners.0.phone"]).toMatch(/^联系电话：不是有效的大陆电话号码/);
  });

  it("a county transfer needs its document's number and date, not after the day of receipt", () => {
    expect(errors({ ...base, channel: "COUNTY_TRANSFER" })).toMatchObject({
      sourceDocNo: "来文文号：上级人大转办的信访件须填写来文文号",
      sourceDocDate: "来文日期：上级人大转办的信访件须填写来文日期",
    });
    const e = errors({
      ...base,
      channel: "COUNTY_TRANSFER",
      sourceDocNo: "县信转3号",
      sourceDocDate: "2026-11-05",
      receivedOn: "2026-11-01",
    });
    expect(e.sourceDocDate).toBe("来文日期：不能晚于收到日期（2026-11-01）");
  });

  it("a collective visit needs its size, not below its representatives; an accusation whom it accuses", () => {
    expect(errors({ ...base, collective: true }).visitorCount).toBe("来访人数：多人走访须填写来访人数");
    const two = [{ name: "甲" }, { name: "乙" }, { name: "丙" }];
    expect(errors({ ...base, collective: true, visitorCount: 2, petitioners: two }).visitorCount).toBe(
      "来访人数：不能少于登记的代表人数（3）",
    );
    expect(errors({ ...base, category: "ACCUSATION" }).accusedName).toBe(
      "被检举人：检举控告类须填写被检举的单位或个人",
    );
    expect(errors({ ...base, category: "ACCUSATION", accusedName: "某负责人" })).toEqual({});
  });

  it("refuses unknown fields, an empty petitioner list and unknown channels", () => {
    const e = errors({ ...base, channel: "FAX", petitioners: [], hacked: true });
    expect(e.channel).toBe("信访渠道：请选择信访渠道");
    expect(e.petitioners).toBe("信访人：请至少填写一位信访人");
    expect(e.hacked).toBe("不允许的字段：hacked");
  });
});

describe("PetitionUpdateInput and PetitionListQuery", () => {
  it("a correction needs the version and takes any subset of the fields", () => {
    expect(PetitionUpdateInput.safeParse({ subject: "改" }).success).toBe(false);
    expect(PetitionUpdateInput.parse({ version: 2, subject: "改" })).toEqual({ version: 2, subject: "改" });
  });

  it("the list's filters default the sort and page; blanks are no filter", () => {
    expect(PetitionListQuery.parse({ year: "", state: "", unitId: "" })).toMatchObject({
      page: 1,
      pageSize: 20,
      sort: "received_desc",
    });
    expect(PetitionListQuery.safeParse({ pageSize: "101" }).success).toBe(false);
  });
});
