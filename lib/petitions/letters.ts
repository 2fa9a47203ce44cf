// The texts of the petition chain's letters, from the record's facts (pure; letters-docx.ts lays them out
// to GB/T 9704, letters-data.ts reads the facts): the written notice of Art. 23 (告知书), the 信访处理意见书 of
// Art. 32 and the extension notice of Art. 34 (延期告知书). Quotes of 信访工作条例 (2022) are its own words.
import { cnDate } from "@/lib/text/dates";
import { PETITION_DECISION_LABELS } from "@/lib/petitions/labels";

export type LetterKind = "notice" | "opinion" | "extension";
export const LETTER_KINDS: readonly LetterKind[] = ["notice", "opinion", "extension"];

export interface LetterFacts {
  township: string;
  /** The petitioner (or the first representative) as addressed; "信访人" when unknown. */
  addressee: string;
  receivedOn: string;
  /** How it came: 来信, 来访 … */
  channelWords: string;
  subject: string;
  content: string;
  intake: "ACCEPT" | "FORWARD" | "REDIRECT" | "DUPLICATE" | null;
  forwardedTo: string | null;
  notifiedOn: string | null;
  handlingDays: number;
  /** The 意见书: the lead unit, its answer, decision and legal basis, the day answered. */
  unitName: string | null;
  answerText: string | null;
  decision: keyof typeof PETITION_DECISION_LABELS | null;
  legalBasis: string | null;
  answeredOn: string | null;
  reviewRequestDays: number;
  /** The extension. */
  extensionDays: number | null;
  extensionReason: string | null;
  extensionNotifiedOn: string | null;
  extensionApprovedOn: string | null;
  dueDate: string | null;
}

export interface LetterText {
  title: string;
  salutation: string;
  paragraphs: { heading?: string; text: string }[];
  signature: string;
  date: string;
}

const office = (f: LetterFacts) => `${f.township}人大主席团办公室`;
const opening = (f: LetterFacts) =>
  `你于${cnDate(f.receivedOn)}以${f.channelWords}形式反映的“${f.subject}”一事，我们已经收到。`;

const INTAKE_WORDS = {
  ACCEPT: (f: LetterFacts) =>
    `该事项属于本机关职权范围，已予受理。我们将按照登记、拟办、转办、办理、答复的程序办理，自受理之日起${f.handlingDays}日内办结，并将办理结果书面答复你。`,
  FORWARD: (f: LetterFacts) =>
    `该事项属于${f.forwardedTo ?? "有权处理的机关、单位"}的职权范围，我们已将其转送、交办${f.forwardedTo ?? "该机关"}办理，请与其联系。`,
  REDIRECT: () => "该事项不属于本机关职权范围，请你向有权处理的机关、单位提出。",
  DUPLICATE: () =>
    "该事项已经受理或者正在办理。根据《信访工作条例》第十九条第三款“信访事项已经受理或者正在办理的 … 不予受理”的规定，不再重复受理，办理结果将按原事项答复你。",
} as const;

/** Art. 23 para 1–2: how the matter is taken up, told in writing. */
export function noticeText(f: LetterFacts): LetterText {
  if (!f.intake) throw new Error("notice before the intake was decided");
  return {
    title: "信访事项告知书",
    salutation: `${f.addressee}：`,
    paragraphs: [
      { text: `${opening(f)}根据《信访工作条例》第二十三条的规定，现将有关情况告知如下：` },
      { text: INTAKE_WORDS[f.intake](f) },
      { text: "特此告知。" },
    ],
    signature: office(f),
    date: cnDate(f.notifiedOn ?? f.receivedOn),
  };
}

/** Art. 32: the request, facts and reasons, the opinion (支持 / 解释说明 / 不予支持) and its legal basis; Art. 35: 复查 within 30 days. */
export function opinionText(f: LetterFacts): LetterText {
  if (!f.answerText || !f.answeredOn) throw new Error("opinion before the answer");
  const decision = f.decision ? `${PETITION_DECISION_LABELS[f.decision]}。` : "";
  return {
    title: "信访处理意见书",
    salutation: `${f.addressee}：`,
    paragraphs: [
      { text: `${opening(f)}经调查核实，现提出处理意见如下：` },
      { heading: "一、信访人投诉请求", text: f.subject },
      { heading: "二、事实和理由", text: f.content },
      { heading: "三、处理意见", text: `${decision}${f.answerText}` },
      { heading: "四、法律法规依据", text: f.legalBasis ?? "（未载明）" },
      {
        text: `如对本处理意见不服，可以自收到本意见书之日起${f.reviewRequestDays}日内，向原办理机关、单位的上一级机关、单位请求复查（《信访工作条例》第三十五条）。`,
      },
    ],
    signature: f.unitName ?? office(f),
    date: cnDate(f.answeredOn),
  };
}

/** Art. 34: "延长期限不得超过30日，并告知信访人延期理由". */
export function extensionText(f: LetterFacts): LetterText {
  if (!f.extensionDays || !f.dueDate) throw new Error("extension notice without an extension");
  return {
    title: "信访事项延期办理告知书",
    salutation: `${f.addressee}：`,
    paragraphs: [
      {
        text: `${opening(f)}因情况复杂，经本机关负责人批准，根据《信访工作条例》第三十四条的规定，该事项的办理期限延长${f.extensionDays}日，至${cnDate(f.dueDate)}。`,
      },
      { text: `延期理由：${f.extensionReason ?? ""}` },
      { text: "特此告知。" },
    ],
    signature: office(f),
    date: cnDate(f.extensionNotifiedOn ?? f.extensionApprovedOn ?? f.receivedOn),
  };
}

export const LETTER_TEXT: Record<LetterKind, (f: LetterFacts) => LetterText> = {
  notice: noticeText,
  opinion: opinionText,
  extension: extensionText,
};
