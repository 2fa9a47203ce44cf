// 档案室镇's names and accounts (seeded by archive-seed.ts; the spec imports only this, no server code).
export const E2E_ARCHIVE_TOWNSHIP = "档案室镇";
export const E2E_ARCHIVE_USERS = { office: "e2e-arc-office", chair: "e2e-arc-chair", deputy: "e2e-arc-deputy" };
/** The petition of the year the office links a registered document to, and its letter in the archive. */
export const E2E_ARCHIVE_PETITION = "敬老院屋顶漏雨";
export const E2E_ARCHIVE_LETTER = "群众来信.pdf";
