// The 履职公示 write routes for the hostile-input properties (routes.ts spreads them into WRITE_CASES).
import * as publication from "@/app/api/v1/duty-records/publication/route";
import * as withdraw from "@/app/api/v1/duty-records/publication/withdraw/route";
import type { WriteCase } from "./routes";

const none = () => ({});
const year = () =>
  Number(new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date()).slice(0, 4));

export const DEPUTY_RECORD_WRITE_CASES: WriteCase[] = [
  {
    key: "POST duty-records/publication",
    handler: publication.POST,
    cookie: (w) => w.cookie.OFFICE,
    params: none,
    body: () => ({ year: year() }),
  },
  {
    key: "POST duty-records/publication/withdraw",
    handler: withdraw.POST,
    cookie: (w) => w.cookie.OFFICE,
    params: none,
    body: () => ({ year: year(), reason: "数字有误，核实后重新公示" }),
  },
];
