// 监督镇's names and accounts (seeded by supervision-seed.ts; the spec imports only this, no server code).
export const E2E_SUPERVISION_TOWNSHIP = "监督镇";
export const E2E_SUPERVISION_UNITS = ["民政办", "计生办", "国土所", "市政所", "广电站"];
export const E2E_SUPERVISION_DEPUTIES = [
  "王春华",
  "李建国",
  "张秀英",
  "刘德明",
  "陈玉兰",
  "杨志强",
  "赵桂芳",
  "黄永福",
  "周丽娟",
  "吴国庆",
  "徐海燕",
  "孙立新",
  "胡春梅",
  "朱光明",
  "高红霞",
  "林文军",
  "何建平",
];
export const E2E_SUPERVISION_USERS = {
  office: "e2e-sup-office",
  chair: "e2e-sup-chair",
  /** The first two deputies. */
  voters: ["e2e-sup-deputy1", "e2e-sup-deputy2"],
};
