// The petition record's write routes for the hostile-input properties (routes.ts spreads them into
// WRITE_CASES); the world's petition is registered through the service (world.ts).
import * as petitions from "@/app/api/v1/petitions/route";
import * as petition from "@/app/api/v1/petitions/[id]/route";
import * as duplicates from "@/app/api/v1/petitions/duplicates/route";
import * as attachments from "@/app/api/v1/petitions/[id]/attachments/route";
import type { WriteCase } from "./routes";

const none = () => ({});
const office = (w: Parameters<WriteCase["cookie"]>[0]) => w.office;
const daysAgo = (n: number) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() - n * 86_400_000));

export const PETITION_WRITE_CASES: WriteCase[] = [
  {
    key: "POST petitions",
    handler: petitions.POST,
    cookie: office,
    params: none,
    body: (w) => ({
      channel: "COUNTY_TRANSFER",
      sourceDocNo: "县人大信转〔2026〕3号",
      sourceDocDate: daysAgo(5),
      receivedOn: daysAgo(2),
      subject: "砖厂拖欠工资",
      content: "务工三个月工资未结清。",
      category: "ACCUSATION",
      collective: true,
      visitorCount: 12,
      accusedUnitId: w.unit.id,
      accusedName: "某砖厂负责人",
      petitioners: [{ name: "王建国", phone: "13812345678", idNumber: "11010519491231002X", address: "王庄村三组" }],
      duplicateOfId: w.petition.id,
    }),
  },
  {
    key: "PATCH petitions/[id]",
    handler: petition.PATCH,
    cookie: office,
    params: (w) => ({ id: w.petition.id }),
    body: () => ({
      version: 1,
      subject: "低保待遇被取消（更正）",
      receivedOn: daysAgo(3),
      visitorCount: 3,
      collective: true,
      petitioners: [{ name: "李秀英", phone: "0371-63912345", idNumber: "11010519491231002X", address: "李庄村" }],
    }),
    baseFirst: true,
  },
  {
    key: "POST petitions/duplicates",
    handler: duplicates.POST,
    cookie: office,
    params: none,
    body: (w) => ({
      subject: "低保待遇",
      petitioners: [{ name: "李秀英", idNumber: "11010519491231002X" }],
      excludeId: w.petition.id,
    }),
  },
  {
    key: "POST petitions/[id]/attachments",
    handler: attachments.POST,
    cookie: office,
    params: (w) => ({ id: w.petition.id }),
    body: none,
    carrier: "none",
    baseStatus: [400],
  },
];
