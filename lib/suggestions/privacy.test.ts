import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MASK_NAME, MASK_NUMBER, MASK_PHONE, scrubPersonalData } from "@/lib/suggestions/privacy";

describe("scrubPersonalData", () => {
  it.each([
    ["请联系张三 13800138000。", `请联系张三 ${MASK_PHONE}。`],
    ["手机：138-0013-8000", `手机：${MASK_PHONE}`],
    ["电话 138 0013 8000 或 +86 13900001111", `电话 ${MASK_PHONE} 或 ${MASK_PHONE}`],
    ["办公室电话 0851-88123456，传真（0851）88123457", `办公室电话 ${MASK_PHONE}，传真${MASK_PHONE}`],
    ["座机 (0851)8812345 转 12", `座机 ${MASK_PHONE} 转 12`],
    ["联系电话：8812345", `联系电话：${MASK_PHONE}`],
    ["联系方式是 88-12345", `联系方式是 ${MASK_PHONE}`],
  ])("masks phone numbers: %s", (input, expected) => {
    expect(scrubPersonalData(input)).toBe(expected);
  });

  it.each([
    ["身份证号 52010219800101123X 的村民", `身份证号 ${MASK_NUMBER} 的村民`],
    ["身份证 520102198001011234。", `身份证 ${MASK_NUMBER}。`],
    ["老身份证 520102800101123", `老身份证 ${MASK_NUMBER}`],
    ["补贴打入卡号 6222021234567890123", `补贴打入卡号 ${MASK_NUMBER}`],
  ])("masks ID and card numbers: %s", (input, expected) => {
    expect(scrubPersonalData(input)).toBe(expected);
  });

  it("leaves registration numbers, amounts, dates, years and lengths alone", () => {
    const text =
      "2026-017 号建议：投入资金 20 万元，于 2026年6月30日前硬化道路 1500 米，惠及 312 户 1020 人；编号 2026-0017。";
    expect(scrubPersonalData(text)).toBe(text);
  });

  it("masks the given names, longest first, and ignores one-character names", () => {
    expect(scrubPersonalData("张三丰代表、张三代表：您提出的建议收悉。王", ["张三", "张三丰", "王", " "])).toBe(
      `${MASK_NAME}代表、${MASK_NAME}代表：您提出的建议收悉。王`,
    );
  });

  it("no mobile number survives, wherever it sits in the text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...["3", "5", "8", "9"]),
        fc.stringMatching(/^\d{9}$/),
        fc.string({ maxLength: 20 }),
        (before, second, rest, after) => {
          const phone = `1${second}${rest}`;
          // Not glued to other digits (then it is not a phone number but part of a longer one).
          fc.pre(!/\d$/.test(before) && !/^\d/.test(after) && !before.endsWith("+"));
          expect(scrubPersonalData(`${before}${phone}${after}`)).not.toContain(phone);
        },
      ),
    );
  });
});
