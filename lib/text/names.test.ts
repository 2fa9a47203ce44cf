import { describe, expect, it } from "vitest";
import { sessionOfficialName } from "@/lib/text/names";

describe("sessionOfficialName", () => {
  it("names a session with Chinese ordinals", () => {
    expect(sessionOfficialName("清水镇", 17, 1)).toBe("清水镇第十七届人民代表大会第一次会议");
    expect(sessionOfficialName("青山乡", 20, 12)).toBe("青山乡第二十届人民代表大会第十二次会议");
  });
});
