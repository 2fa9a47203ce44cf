// 起草文稿镇 (year-documents.spec.ts): the names the seed (year-documents-seed.ts) and the spec share.
export const E2E_DRAFT_TOWNSHIP = "起草文稿镇";
export const E2E_DRAFT_CHAIR = "e2e-draft-chair";
export const E2E_DRAFT_DEPUTY = "e2e-draft-deputy";
