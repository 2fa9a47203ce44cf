// 接待镇's names and accounts (seeded by reception-seed.ts; the spec imports only this, no server code).
export const E2E_RECEPTION_TOWNSHIP = "接待镇";
export const E2E_RECEPTION_DEPUTIES = ["王春华", "李建国", "张秀英", "刘德明"];
export const E2E_RECEPTION_USERS = {
  office: "e2e-rcp-office",
  /** The first deputy's account. */
  deputy: "e2e-rcp-deputy",
};
