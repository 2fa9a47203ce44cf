// 履职镇's names and accounts (seeded by deputy-record-seed.ts; the spec imports only this, no server code).
export const E2E_RECORD_TOWNSHIP = "履职镇";
export const E2E_RECORD_DEPUTIES = ["邓秀兰", "方志远", "石玉梅", "袁宏伟", "谢春燕", "龙国富"];
export const E2E_RECORD_SUGGESTIONS = {
  replied: "关于硬化石桥村通组道路的建议",
  registered: "关于增设村级卫生室的建议",
};
export const E2E_RECORD_YEAR = 2026;
export const E2E_RECORD_USERS = {
  office: "e2e-rec-office",
  chair: "e2e-rec-chair",
  /** Linked to the first deputy (PresidiumLink). */
  presidium: "e2e-rec-presidium",
  /** Linked to no one. */
  otherPresidium: "e2e-rec-presidium2",
  /** The first deputy's account. */
  deputy: "e2e-rec-deputy",
  /** The second deputy's account. */
  otherDeputy: "e2e-rec-deputy2",
  unit: "e2e-rec-unit",
};
