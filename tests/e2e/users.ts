import type { Role } from "@/lib/generated/prisma/enums";

// The e2e account names and password, free of database imports so the specs can import them
// (tests/e2e/accounts.ts, which seeds them, pulls in the factories and Prisma).
export const E2E_PASSWORD = "E2e-Pass-2026";
export const E2E_USERS: Record<Role, string> = { OFFICE: "e2e-office", CHAIR: "e2e-chair", PRESIDIUM: "e2e-presidium", DEPUTY: "e2e-deputy", UNIT: "e2e-unit" };
export const E2E_OTHER_TOWNSHIP_OFFICE = "e2e-other-office";
