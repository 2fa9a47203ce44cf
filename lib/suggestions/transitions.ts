import { isUniqueViolation } from "@/lib/db/errors";
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, validation } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import type { Suggestion, SuggestionState } from "@/lib/generated/prisma/client";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { canAttachToStep, canRate, canTransition } from "@/lib/suggestions/policy";
import { storeAttachments, type Upload } from "@/lib/suggestions/attachments";
import { openCoUnitRound, recordCoUnitInput } from "@/lib/suggestions/co-units";
import {
  coUnitInputDue,
  formatNumber,
  latestDelayDate,
  nextState,
  replyDeadline,
  returnDeadline,
  type SuggestionAction,
} from "@/lib/suggestions/rules";
import { loadWorkingCalendar } from "@/lib/time/calendar";
import type { RatingInput, TransitionInput } from "@/lib/suggestions/schema";
import { loadSuggestion } from "@/lib/suggestions/access";
import { nextSuggestionSeq } from "@/lib/suggestions/numbering";
import { notifyProposers, notifyUnits } from "@/lib/suggestions/notify";
import { SUGGESTION_STATE_LABELS } from "@/lib/i18n/zh-CN";

/** Audit actions are past tense, like every other domain's (suggestion.assigned …). */
const AUDIT_ACTIONS = {
  submit: "submitted",
  withdraw: "withdrawn",
  register: "registered",
  merge: "merged",
  decide_motion: "motion_decided",
  assign: "assigned",
  return: "returned",
  progress: "progress_noted",
  contact: "contact_recorded",
  delay: "delayed",
  reply: "replied",
  close: "closed",
  publish: "published",
  co_input: "co_input_submitted",
} as const satisfies Record<TransitionInput["action"], string>;

/** The state machine's verdict, or a 409 saying why not. */
function advance(s: Suggestion, action: SuggestionAction): SuggestionState {
  const to = nextState(s.state, action);
  if (!to) throw conflict(`建议当前为“${SUGGESTION_STATE_LABELS[s.state]}”，不能执行此操作`);
  return to;
}

async function event(
  tx: ScopedTx,
  actor: Actor,
  s: Suggestion,
  type: string,
  extra: {
    toState?: SuggestionState;
    note?: string | null;
    replyClass?: "A" | "B" | "C";
    rating?: RatingInput["rating"];
    date?: Date;
    unitId?: string | null;
    late?: boolean;
  } = {},
) {
  return tx.suggestionEvent.create({
    data: {
      townshipId: actor.townshipId,
      suggestionId: s.id,
      type,
      fromState: s.state,
      toState: extra.toState ?? null,
      actorUserId: actor.userId,
      unitId: extra.unitId ?? actor.unitId,
      note: extra.note ?? null,
      replyClass: extra.replyClass,
      rating: extra.rating,
      date: extra.date,
      late: extra.late,
    },
    select: { id: true },
  });
}

/**
 * One transition with its payload: who may take it (policy.ts), whether the state allows it
 * (rules.ts), the write, its timeline event, notifications, the files that go with a reply or a
 * delay notice, and the audit rows — one transaction.
 */
export async function transitionSuggestion(actor: Actor, id: string, input: TransitionInput, files: Upload[] = []) {
  try {
    return await scopedDb(actor.townshipId).$transaction(async (tx) => {
      const { s, rel } = await loadSuggestion(tx, actor, id);
      if (!canTransition(actor, s, rel, input.action)) throw new AppError("FORBIDDEN");
      if (files.length && !canAttachToStep(actor, s, rel, input.action))
        throw validation({ attachments: "附件：只有答复和延办反馈书可以附带附件" });
      if (s.version !== input.version) throw conflict("建议已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
      const settings = await getSettings();
      const today = todayInChina();
      let data: Partial<Suggestion> = {};
      let to: SuggestionState | undefined;
      let late = false;
      switch (input.action) {
        case "submit":
        case "withdraw":
        case "close":
          to = advance(s, input.action);
          break;
        case "register": {
          to = advance(s, "register");
          const seq = await nextSuggestionSeq(tx, actor.townshipId, s.year);
          data = { seq, number: formatNumber(s.year, seq) };
          break;
        }
        case "merge": {
          to = advance(s, "merge");
          if (input.intoId === s.id) throw validation({ intoId: "合并到的建议：不能合并到自身" });
          const target = await tx.suggestion.findUnique({ where: { id: input.intoId } });
          if (!target || !["SUBMITTED", "REGISTERED", "ASSIGNED"].includes(target.state))
            throw validation({ intoId: "合并到的建议：须是已提交、已登记或已交办的建议" });
          // Every proposer of the duplicate stays a proposer of the merged suggestion.
          const proposers = await tx.suggestionProposer.findMany({ where: { suggestionId: s.id } });
          await tx.suggestionProposer.createMany({
            data: proposers.map((p) => ({
              townshipId: actor.townshipId,
              suggestionId: target.id,
              deputyId: p.deputyId,
              lead: false,
            })),
            skipDuplicates: true,
          });
          await tx.suggestionEvent.create({
            data: {
              townshipId: actor.townshipId,
              suggestionId: target.id,
              type: "merged_in",
              actorUserId: actor.userId,
              note: `合并了建议“${s.title}”`,
            },
          });
          data = { mergedIntoId: target.id };
          break;
        }
        case "decide_motion": {
          if (s.kind !== "MOTION") throw conflict("只有议案需要主席团决定是否列入会议议程");
          if (s.motionDecision) throw conflict("该议案已作出处理决定");
          if (input.decision === "PLACE_ON_AGENDA") to = advance(s, "place_on_agenda");
          else if (!["SUBMITTED", "REGISTERED"].includes(s.state)) throw conflict("议案已进入办理，不能再作决定");
          data = { motionDecision: input.decision, motionDecisionNote: input.note ?? null };
          break;
        }
        case "assign": {
          to = advance(s, "assign");
          const unitIds = [...new Set([input.leadUnitId, ...input.coUnitIds])];
          const units = await tx.handlingUnit.count({ where: { id: { in: unitIds }, active: true } });
          if (units !== unitIds.length) throw validation({ leadUnitId: "主办单位：须是在用的承办单位" });
          await tx.suggestionAssignment.updateMany({
            where: { suggestionId: s.id, active: true },
            data: { active: false },
          });
          const inputDue = coUnitInputDue(today, settings["suggestions.coUnitInputMonths"]);
          await tx.suggestionAssignment.createMany({
            data: unitIds.map((unitId) => {
              const lead = unitId === input.leadUnitId;
              return {
                townshipId: actor.townshipId,
                suggestionId: s.id,
                unitId,
                lead,
                assignedOn: today,
                inputDue: lead ? null : inputDue,
              };
            }),
          });
          const months = {
            normal: settings["suggestions.replyMonths"],
            broad: settings["suggestions.broadReplyMonths"],
          };
          data = {
            leadUnitId: input.leadUnitId,
            broad: input.broad,
            assignedOn: today,
            deadline: replyDeadline(today, input.broad, months),
            delayedTo: null,
          };
          await notifyUnits(tx, actor.townshipId, s.id, [input.leadUnitId], `新交办建议：${s.title}`);
          await notifyUnits(
            tx,
            actor.townshipId,
            s.id,
            unitIds.filter((u) => u !== input.leadUnitId),
            `新交办建议（协办）：${s.title}，请于 ${formatDay(inputDue)} 前向主办单位提交协办意见`,
          );
          await notifyProposers(tx, actor.townshipId, s.id, `您的建议“${s.title}”已交办`);
          break;
        }
        case "return": {
          to = advance(s, "return");
          const days = settings["suggestions.returnWorkingDays"];
          const limit = returnDeadline(s.assignedOn!, await loadWorkingCalendar(), days);
          if (today > limit)
            throw conflict(
              `交办已超过 ${settings["suggestions.returnWorkingDays"]} 个工作日，不能退回，请与人大办联系`,
            );
          await tx.suggestionAssignment.updateMany({
            where: { suggestionId: s.id, active: true },
            data: { active: false, returnedAt: new Date(), returnReason: input.note },
          });
          data = { leadUnitId: null, assignedOn: null, deadline: null, delayedTo: null };
          break;
        }
        case "progress":
        case "contact":
          if (!["ASSIGNED", "REHANDLING"].includes(s.state)) throw conflict("只有办理中的建议可以记录进展");
          break;
        case "co_input":
          late = await recordCoUnitInput(tx, actor, s, today);
          break;
        case "delay": {
          if (!["ASSIGNED", "REHANDLING"].includes(s.state)) throw conflict("只有办理中的建议可以申请延期");
          if (s.delayedTo || (await tx.suggestionEvent.count({ where: { suggestionId: s.id, type: "delay" } })))
            throw conflict("延办反馈书只能提交一次", { date: "延期办结日期：已提交过延办反馈书" });
          const date = parseDay(input.date);
          const latest = latestDelayDate(s.assignedOn!, settings["suggestions.broadReplyMonths"]);
          if (date > latest)
            throw validation({ date: `延期办结日期：不能晚于交办之日起六个月（${formatDay(latest)}）` });
          if (s.deadline && date <= s.deadline)
            throw validation({ date: `延期办结日期：应晚于原办理期限（${formatDay(s.deadline)}）` });
          data = { delayedTo: date };
          break;
        }
        case "reply":
          to = advance(s, "reply");
          data = { repliedOn: today };
          await notifyProposers(tx, actor.townshipId, s.id, `您的建议“${s.title}”已答复，请评价`);
          break;
        case "publish":
          if (!["REPLIED", "RATED", "CLOSED"].includes(s.state)) throw conflict("答复后才能公开");
          data = { published: true };
          break;
      }
      const after = await tx.suggestion.update({
        where: { id, version: s.version },
        data: { ...data, ...(to ? { state: to } : {}), version: { increment: 1 } },
      });
      const note = "note" in input ? (input.note ?? null) : null;
      // A delay notice records its new date; a reply the due date it answered (for the on-time figure).
      const date =
        input.action === "delay"
          ? parseDay(input.date)
          : input.action === "reply"
            ? (s.delayedTo ?? s.deadline ?? undefined)
            : undefined;
      const ev = await event(tx, actor, s, input.action, {
        toState: to,
        note,
        late,
        replyClass: input.action === "reply" ? input.replyClass : undefined,
        date,
      });
      await recordAudit(tx, subjectOf(actor), {
        action: `suggestion.${AUDIT_ACTIONS[input.action]}`,
        recordType: "Suggestion",
        recordId: id,
        before: s,
        after: { ...after, note, ...(input.action === "co_input" ? { late } : {}) },
      });
      const attachments = await storeAttachments(tx, actor, s.id, ev.id, files);
      return {
        id,
        state: after.state,
        version: after.version,
        number: after.number,
        deadline: after.deadline ? formatDay(after.deadline) : null,
        eventId: ev.id,
        attachments,
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("同时有另一条建议正在登记，请重试");
    throw err;
  }
}

/** 满意 / 基本满意 closes the loop; 不满意 sends it back to the unit with a new deadline. */
export async function rateSuggestion(actor: Actor, id: string, input: RatingInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { s, rel } = await loadSuggestion(tx, actor, id);
    if (!canRate(actor, s, rel)) throw new AppError("FORBIDDEN", "只有提出建议的代表可以评价");
    if (s.version !== input.version) throw conflict("建议已被他人修改，请刷新后重试");
    const unsatisfied = input.rating === "UNSATISFIED";
    const to = advance(s, unsatisfied ? "rate_unsatisfied" : "rate_satisfied");
    const settings = await getSettings();
    const today = todayInChina();
    const data = unsatisfied
      ? {
          deadline: replyDeadline(today, false, {
            normal: settings["suggestions.replyMonths"],
            broad: settings["suggestions.broadReplyMonths"],
          }),
          delayedTo: null,
        }
      : {};
    const after = await tx.suggestion.update({
      where: { id, version: s.version },
      data: { ...data, state: to, version: { increment: 1 } },
    });
    await event(tx, actor, s, "rating", {
      toState: to,
      note: input.comment ?? null,
      rating: input.rating,
      unitId: null,
    });
    if (unsatisfied && s.leadUnitId)
      await notifyUnits(tx, actor.townshipId, s.id, [s.leadUnitId], `代表对“${s.title}”的答复不满意，请重新办理`);
    if (unsatisfied) await openCoUnitRound(tx, actor.townshipId, s, today, settings["suggestions.coUnitInputMonths"]);
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion.rated",
      recordType: "Suggestion",
      recordId: id,
      before: s,
      after: { ...after, rating: input.rating },
    });
    return { id, state: after.state, version: after.version };
  });
}

/** The chair signs off a batch of assignments. */
export async function signOffAssignments(actor: Actor, ids: string[]) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const rows = await tx.suggestion.findMany({
      where: { id: { in: ids }, state: { in: ["ASSIGNED", "REHANDLING"] }, signedOffAt: null },
    });
    if (rows.length !== new Set(ids).size) throw conflict("只能签发已交办且尚未签发的建议");
    await tx.suggestion.updateMany({
      where: { id: { in: ids } },
      data: { signedOffAt: new Date(), signedOffById: actor.userId },
    });
    await tx.suggestionEvent.createMany({
      data: rows.map((s) => ({
        townshipId: actor.townshipId,
        suggestionId: s.id,
        type: "signed_off",
        fromState: s.state,
        actorUserId: actor.userId,
      })),
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion.signed_off",
      recordType: "Suggestion",
      after: { ids },
    });
    return { signedOff: rows.length };
  });
}
