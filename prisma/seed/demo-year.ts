// The demo township's register of documents (收发文登记) and publicity (宣传) for the current year: entries received
// and sent in date order with their serials, some handled, one linked to a petition; articles and reports scored by
// the county's table (defaults) to 102 points — past the target of 95, short of the advanced 145. All dated within
// the current year up to today, so the year's pages have something to show whatever the day.
import type { Tx } from "@/lib/db";
import { SETTING_DEFAULTS } from "@/lib/settings";
import { addDays, formatDay } from "@/lib/time/day";
import { pointsFor, scoringTable, type PublicityKind } from "@/lib/publicity/rules";

interface Ctx {
  townshipId: string;
  officeUserId: string;
  today: Date;
}

const INCOMING = [
  [
    "县人大常委会办公室",
    "县人大办〔{y}〕2号",
    "关于做好{y}年代表建议督办工作的通知",
    "建议",
    "已呈主席阅批，转各承办单位",
  ],
  ["县人大常委会", "县人大常〔{y}〕5号", "关于开展《农产品质量安全法》执法检查的通知", "监督", "已按通知组织执法检查"],
  ["县人大常委会信访室", "县人大信转〔{y}〕3号", "关于转办群众来信的函", "信访", "已登记为信访件并转办"],
  ["镇党委", "镇党发〔{y}〕1号", "关于召开镇第十八届人民代表大会第一次会议的批复", "会议", null],
  ["县人大常委会办公室", "县人大办〔{y}〕11号", "关于举办乡镇人大代表履职培训班的通知", "培训", null],
] as const;

const OUTGOING = [
  ["镇党委", "镇人大〔{y}〕1号", "关于召开镇人民代表大会会议的请示", "会议", "已获批复"],
  ["县人大常委会", "镇人大〔{y}〕2号", "关于上报代表建议办理情况的报告", "建议", null],
  ["各村人大代表小组", "镇人大〔{y}〕3号", "关于开展代表小组季度活动的通知", "代表工作", null],
] as const;

/** 6 province (60) + 4 city (20) + 8 county info (16) + 2 county published (6) = 102 points. */
const PUBLICITY: [PublicityKind, number, string][] = [
  ["PROVINCE_PUBLISHED", 6, "《人民代表报》"],
  ["CITY_PUBLISHED", 4, "市人大常委会《人大工作》"],
  ["COUNTY_INFO", 8, "县人大常委会办公室"],
  ["COUNTY_PUBLISHED", 2, "县融媒体中心"],
];
export const DEMO_PUBLICITY_POINTS = 102;

/** The n-th of `count` days spread from 1 January to today (the earliest first). */
function spread(today: Date, i: number, count: number) {
  const start = new Date(Date.UTC(today.getUTCFullYear(), 0, 1));
  const span = Math.round((today.getTime() - start.getTime()) / 86_400_000);
  return addDays(start, Math.floor((span * i) / Math.max(1, count)));
}

export async function seedDemoYear(tx: Tx, c: Ctx, petitionId?: string) {
  const year = c.today.getUTCFullYear();
  const fill = (s: string) => s.replaceAll("{y}", String(year));
  const registers = [
    ["INCOMING", INCOMING],
    ["OUTGOING", OUTGOING],
  ] as const;
  for (const [direction, rows] of registers) {
    for (const [i, [counterpart, docNumber, title, category, handling]] of rows.entries()) {
      const date = spread(c.today, i, rows.length);
      const d = await tx.documentRecord.create({
        data: {
          townshipId: c.townshipId,
          direction,
          year,
          serial: i + 1,
          docNumber: fill(docNumber),
          date,
          counterpart,
          title: fill(title),
          category,
          handling,
          handledOn: handling ? new Date(Math.min(addDays(date, 3).getTime(), c.today.getTime())) : null,
          createdById: c.officeUserId,
          enteredById: c.officeUserId,
        },
      });
      if (category === "信访" && petitionId)
        await tx.documentRecordLink.create({
          data: { townshipId: c.townshipId, documentId: d.id, module: "PETITION", recordId: petitionId },
        });
    }
  }
  const table = scoringTable(SETTING_DEFAULTS);
  const total = PUBLICITY.reduce((n, [, count]) => n + count, 0);
  let k = 0;
  await tx.publicityItem.createMany({
    data: PUBLICITY.flatMap(([kind, count, outlet]) =>
      Array.from({ length: count }, (_, i) => {
        const sentOn = spread(c.today, k++, total);
        return {
          townshipId: c.townshipId,
          year,
          kind,
          title: `镇人大${["开展代表小组活动", "组织执法检查", "召开代表座谈会", "督办代表建议", "开展代表培训"][i % 5]}（${formatDay(sentOn)}）`,
          outlet,
          sentOn,
          publishedOn: kind === "COUNTY_INFO" ? null : sentOn,
          points: pointsFor(table, kind),
          author: "镇人大办",
          createdById: c.officeUserId,
        };
      }),
    ),
  });
}
