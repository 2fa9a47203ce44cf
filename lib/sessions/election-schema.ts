// Elections and their rounds (地方组织法 第二十六条至第三十条): what the office keys in from the nomination and
// the tally sheets.
import { z } from "zod";
import { blankAs } from "@/lib/http/validation";
import { requiredText, uuid } from "@/lib/http/fields";
import { count } from "@/lib/sessions/schema";
import { candidateCountProblem, candidateRange } from "@/lib/sessions/rules";

export const NOMINATIONS = ["PRESIDIUM", "DEPUTIES"] as const;
export const ELECTION_CONTEXTS = ["GENERAL", "BY_ELECTION"] as const;
export const ELECTION_POSTS = ["PRINCIPAL", "VICE", "OTHER"] as const;
const personName = (label: string) => requiredText(label, 50);
const names = (label: string) =>
  z
    .array(personName(`${label}姓名`), { error: `请填写${label}` })
    .min(1, `至少须有 1 名${label}`)
    .max(20, `${label}最多 20 名`)
    .refine((v) => new Set(v).size === v.length, `${label}有重名`)
    .describe(label);

const Nominee = z
  .object({
    name: personName("候选人姓名"),
    nominatedBy: z.enum(NOMINATIONS, { error: "提名方式只能是 主席团提名 或 代表联名" }).describe("提名方式"),
    nominatorCount: blankAs(undefined, z.number().int("联名人数应为整数").min(0).max(10_000).optional()).describe(
      "联名代表人数",
    ),
  })
  .strict();

export const ElectionCreateInput = z
  .object({
    title: requiredText("选举事项", 200),
    agendaItemId: blankAs(null, uuid("议程", "议程编号格式不正确").nullish()).describe("议程"),
    seats: z
      .number({ error: "请填写应选名额" })
      .int("应选名额应为整数")
      .min(1, "应选名额至少为 1")
      .max(50, "应选名额过大")
      .describe("应选名额"),
    context: z
      .enum(ELECTION_CONTEXTS, { error: "选举类型只能是 换届选举 或 补选" })
      .default("BY_ELECTION")
      .describe("选举类型"),
    post: z.enum(ELECTION_POSTS, { error: "请选择所选职务" }).default("OTHER").describe("所选职务"),
    candidates: z
      .array(Nominee, { error: "请填写候选人" })
      .min(1, "请填写候选人")
      .max(100, "候选人最多 100 名")
      .describe("候选人"),
    // 选举法 第四十三条 (by analogy): 监票、计票人员 chosen by the deputies; a candidate may not serve.
    scrutineers: names("监票人"),
    counters: names("计票人"),
  })
  .strict()
  .superRefine((v, ctx) => {
    // 地方组织法 第二十七条 (换届: 正职可以多一人, 副职应多一人至三人) and 第三十条 (补选: 可以等额).
    const problem = candidateCountProblem(candidateRange(v, v.seats), v.candidates.length, v.seats);
    if (problem) ctx.addIssue({ code: "custom", path: ["candidates"], message: problem });
    const seen = new Set<string>();
    v.candidates.forEach((c, i) => {
      if (seen.has(c.name))
        ctx.addIssue({ code: "custom", path: ["candidates", i, "name"], message: `候选人姓名：${c.name} 重复` });
      seen.add(c.name);
      if (c.nominatedBy === "DEPUTIES" && c.nominatorCount === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["candidates", i, "nominatorCount"],
          message: "联名代表人数：代表联名提名须填写联名人数",
        });
    });
    for (const key of ["scrutineers", "counters"] as const)
      v[key].forEach(
        (n, i) =>
          seen.has(n) &&
          ctx.addIssue({
            code: "custom",
            path: [key, i],
            message: `${key === "scrutineers" ? "监票人" : "计票人"}：候选人 ${n} 不得担任`,
          }),
      );
  });
export type ElectionCreateInput = z.infer<typeof ElectionCreateInput>;

const tallyCount = (label: string) => count(label).optional();

type Figures = {
  ballotsReturned: number;
  invalidBallots: number;
  results?: { candidateId?: string; writeInName?: string; votesAgainst?: number; votesAbstain?: number }[];
  ballots?: unknown[];
};

/** The tally sheet or the ballots (one of them), each line a candidate or a name written in. */
function checkFigures(v: Figures, ctx: z.RefinementCtx) {
  if ((v.results === undefined) === (v.ballots === undefined))
    ctx.addIssue({ code: "custom", path: ["results"], message: "请按计票单登记，或逐张登记选票（二选一）" });
  if (v.invalidBallots > v.ballotsReturned)
    ctx.addIssue({ code: "custom", path: ["invalidBallots"], message: "不能多于收回的选票" });
  v.results?.forEach((r, i) => {
    if (!r.candidateId === !r.writeInName)
      ctx.addIssue({
        code: "custom",
        path: ["results", i, "candidateId"],
        message: "候选人：每行须是一名候选人或一名另选人",
      });
    if (r.candidateId && (r.votesAgainst === undefined || r.votesAbstain === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["results", i, "votesAgainst"],
        message: "反对票：请填写候选人的反对票和弃权票",
      });
    if (r.writeInName && (r.votesAgainst || r.votesAbstain))
      ctx.addIssue({ code: "custom", path: ["results", i, "votesAgainst"], message: "反对票：另选人只计赞成票" });
  });
}

export const ElectionRoundInput = z
  .object({
    ballotsIssued: count("发出选票"),
    ballotsReturned: count("收回选票"),
    invalidBallots: count("无效票").default(0).describe("无效票"),
    /** From the paper tally sheet (计票单): one row per candidate standing and per name written in. */
    results: z
      .array(
        z
          .object({
            candidateId: uuid("候选人", "候选人编号格式不正确").optional().describe("候选人"),
            writeInName: personName("另选人姓名").optional(),
            votesFor: count("赞成票"),
            votesAgainst: tallyCount("反对票"),
            votesAbstain: tallyCount("弃权票"),
          })
          .strict(),
      )
      .max(200, "最多 200 行")
      .optional()
      .describe("计票结果"),
    /** Ballot by ballot: marks per candidate id and names written in. Never who cast it. */
    ballots: z
      .array(
        z
          .object({
            marks: z
              .record(
                uuid("候选人", "候选人编号格式不正确"),
                z.enum(["FOR", "AGAINST", "ABSTAIN"], { error: "只能是 赞成、反对、弃权" }),
              )
              .default({}),
            writeIns: z.array(personName("另选人姓名")).max(50).default([]),
          })
          .strict(),
      )
      .max(2000, "最多 2000 张选票")
      .optional()
      .describe("逐张选票"),
    /** A further round (另行选举): the candidates standing again; default: those not yet elected from the last round. */
    candidateIds: z
      .array(uuid("候选人", "候选人编号格式不正确"))
      .min(1, "请选择参加另行选举的候选人")
      .max(100)
      .optional()
      .describe("另行选举候选人"),
    /** The round the form was showing: a tally sheet sent twice is not counted as the next round. */
    roundNo: z.number({ error: "轮次应为数字" }).int().min(1).max(100).optional().describe("轮次"),
  })
  .strict()
  .superRefine(checkFigures);
export type ElectionRoundInput = z.infer<typeof ElectionRoundInput>;

/** A reason for a 更正 or 作废, kept on the record and in the audit trail. */
export const reasonText = requiredText("理由", 500);

/** 更正 of a round: the figures from the tally sheet again, and why. Candidates and seats stay those of the round. */
export const ElectionRoundCorrectionInput = z
  .object({
    ballotsIssued: count("发出选票"),
    ballotsReturned: count("收回选票"),
    invalidBallots: count("无效票").default(0).describe("无效票"),
    results: ElectionRoundInput.shape.results,
    ballots: ElectionRoundInput.shape.ballots,
    reason: reasonText,
  })
  .strict()
  .superRefine(checkFigures);
export type ElectionRoundCorrectionInput = z.infer<typeof ElectionRoundCorrectionInput>;

export const RevokeInput = z.object({ reason: reasonText }).strict();
export type RevokeInput = z.infer<typeof RevokeInput>;

/** 另行选举 (地方组织法 第二十九条第二款): candidates nominated anew for the open seats. */
export const NomineesInput = z
  .object({ candidates: z.array(Nominee).min(1, "请填写候选人").max(20, "最多 20 名").describe("候选人") })
  .strict();
export type NomineesInput = z.infer<typeof NomineesInput>;

/** 第二十九条第二款: "经本级人民代表大会决定…也可以在下一次人民代表大会会议上进行". */
export const DeferInput = z.object({ note: requiredText("大会决定", 500) }).strict();
export type DeferInput = z.infer<typeof DeferInput>;
