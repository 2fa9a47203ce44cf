// The reception day's notice (接待选民日公告) as a Word file in the official-document layout (lib/docx/official.ts):
// the day, the place, the deputies on duty (姓氏笔画 order, as given), signed by the presidium. Pure text, then
// the layout; the data comes from lib/reception/notice.ts.
import { cnDate } from "@/lib/text/dates";
import { body, pack, signOff, title, type DocBlock } from "@/lib/docx/official";

export interface NoticeInput {
  township: string;
  /** YYYY-MM-DD */
  date: string;
  place: string | null;
  /** The deputies on duty, in name order. */
  deputies: string[];
  /** The notice's date: the day it was published, else today. */
  signedOn: string;
}

export interface NoticeText {
  title: string;
  paragraphs: string[];
  signature: string;
  date: string;
}

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];
const weekday = (day: string) => `星期${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]}`;

export function receptionNoticeText(i: NoticeInput): NoticeText {
  const [year, month] = i.date.split("-").map(Number);
  const where = i.place ? `在${i.place}` : "";
  const who = i.deputies.length
    ? `届时，由${i.deputies.join("、")}等${i.deputies.length}名代表接待选民。`
    : "届时，由镇人大代表接待选民。";
  return {
    title: `${i.township}人大代表接待选民日公告`,
    paragraphs: [
      `为密切人大代表同人民群众的联系，认真听取和反映群众的意见和要求，定于${cnDate(i.date)}（${weekday(i.date)}）${where}举行${year}年${month}月人大代表接待选民日活动。${who}`,
      "欢迎广大选民届时前来反映情况，提出意见和建议。",
      "特此公告。",
    ],
    signature: `${i.township}人民代表大会主席团`,
    date: cnDate(i.signedOn),
  };
}

export function receptionNoticeDocx(t: NoticeText): Promise<Buffer> {
  const children: DocBlock[] = [
    title(t.title),
    ...t.paragraphs.flatMap((p) => body(p)),
    ...signOff(t.signature, t.date),
  ];
  return pack(t.title, children);
}
