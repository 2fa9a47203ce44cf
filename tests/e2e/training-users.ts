// 培训镇's names and accounts (seeded by training-seed.ts; the spec imports only this, no server code).
export const E2E_TRAINING_TOWNSHIP = "培训镇";
export const E2E_TRAINING_GROUP = "培训镇第一代表小组";
export const E2E_TRAINING_DEPUTIES = ["王学文", "李明德", "张桂兰", "刘春生"];
export const E2E_TRAINING_USERS = {
  office: "e2e-trn-office",
  chair: "e2e-trn-chair",
  /** 王学文, who asks leave on a phone. */
  deputy: "e2e-trn-deputy",
};
