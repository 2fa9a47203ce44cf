// 概览镇's names and accounts (seeded by dashboard-seed.ts; the spec imports only this, no server code).
export const E2E_DASH_TOWNSHIP = "概览镇";
export const E2E_DASH_UNITS = ["民政办", "财政所"];
/** Petitions by category: two 检举控告类 (the bar the spec clicks), one 申诉求决类. */
export const E2E_DASH_ACCUSATIONS = ["概览镇检举砖厂偷排污水", "概览镇检举村干部优亲厚友"];
export const E2E_DASH_APPEAL = "概览镇申诉低保被取消";
export const E2E_DASH_USERS = {
  chair: "e2e-dash-chair",
  office: "e2e-dash-office",
  deputy: "e2e-dash-deputy",
  unit: "e2e-dash-unit",
};
/** figure-links.spec.ts: 概览镇's evaluation of 民政办 (tests/e2e/figure-links-seed.ts). */
export const E2E_FIGURE_ACTIVITY = "概览镇站所工作评议";

const yearOf = (d: Date) =>
  Number(new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(d).slice(0, 4));
/** This year in China. */
export const year = () => yearOf(new Date());
/** The seed's records are two days old: in last year's dashboard on the first two days of January. */
export const seedYear = () => yearOf(new Date(Date.now() - 2 * 86_400_000));
