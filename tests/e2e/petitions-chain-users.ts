// 信访镇's names and accounts (seeded by petitions-chain-seed.ts; the spec imports only this, no server code).
export const E2E_PETITION_TOWNSHIP = "信访镇";
export const E2E_PETITION_UNITS = ["民政办", "国土所"];
export const E2E_PETITION_USERS = {
  office: "e2e-pet-office",
  chair: "e2e-pet-chair",
  /** 民政办. */
  unit: "e2e-pet-unit",
};
