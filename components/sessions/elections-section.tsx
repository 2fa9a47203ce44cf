import Link from "next/link";
import type { PresentedElection } from "@/lib/sessions/elections";
import { NOMINATION_LABELS, ROUND_KIND_LABELS } from "@/lib/sessions/labels";
import { ElectionCreateForm } from "@/components/sessions/election-create-form";
import { RoundForm } from "@/components/sessions/round-form";
import { RoundResults } from "@/components/sessions/round-results";
import { DeferForm, NomineeForm } from "@/components/sessions/further-round-actions";

/** Elections: candidates, each round's tally and who is elected; the office keys in rounds from the tally sheet. */
export function ElectionsSection({
  sessionId,
  elections,
  agenda,
  canCreate,
  canRecord,
  canCorrect = false,
  staff,
}: {
  sessionId: string;
  elections: PresentedElection[];
  agenda: { id: string; title: string }[];
  canCreate: boolean;
  canRecord: boolean;
  canCorrect?: boolean;
  staff: boolean;
}) {
  return (
    <div className="flex flex-col gap-4">
      {elections.length === 0 && <p className="text-sm text-stone-600">尚无选举</p>}
      {elections.map((el) => (
        <ElectionCard
          key={el.id}
          sessionId={sessionId}
          el={el}
          canRecord={canRecord}
          canCorrect={canCorrect}
          staff={staff}
        />
      ))}
      {canCreate && (
        <details className="no-print rounded border border-stone-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">新建选举</summary>
          <div className="mt-3">
            <ElectionCreateForm sessionId={sessionId} agenda={agenda} />
          </div>
        </details>
      )}
    </div>
  );
}

/** One election: its candidates, scrutineers and counters, who is elected, the rounds, and the next round's form. */
function ElectionCard({
  sessionId,
  el,
  canRecord,
  canCorrect,
  staff,
}: {
  sessionId: string;
  el: PresentedElection;
  canRecord: boolean;
  canCorrect: boolean;
  staff: boolean;
}) {
  // Only the latest current round may be corrected or withdrawn: later rounds were held on its outcome.
  const latest = el.rounds.filter((r) => r.current).at(-1)?.id;
  return (
    <article aria-labelledby={`election-${el.id}`} className="rounded border border-stone-300 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`election-${el.id}`} className="font-semibold">
          {el.title}（应选 {el.seats} 名）
        </h3>
        {staff && (
          <Link
            href={`/sessions/${sessionId}/print/ballot/${el.id}`}
            className="no-print text-sm text-blue-800 underline"
          >
            打印选票
          </Link>
        )}
      </div>
      <p className="mt-1 text-sm">
        候选人：
        {el.candidates
          .map(
            (c) =>
              `${c.name}（${NOMINATION_LABELS[c.nominatedBy]}${c.nominatedBy === "DEPUTIES" ? ` ${c.nominatorCount} 人` : ""}）`,
          )
          .join("、")}
      </p>
      <p className="text-sm text-stone-700">
        监票人：{el.scrutineers.join("、")} · 计票人：{el.counters.join("、")}
      </p>
      <p className="mt-1 text-sm font-medium">
        {el.elected.length > 0
          ? `当选：${el.elected.map((x) => x.name).join("、")}`
          : el.rounds.length
            ? "尚无人当选"
            : "尚未投票"}
        {el.furtherRoundNeeded && el.nextRound && (
          <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-900">
            需{ROUND_KIND_LABELS[el.nextRound.kind]} {el.nextRound.seats} 名
          </span>
        )}
      </p>
      {el.deferNote && <p className="text-sm text-amber-900">不足的名额在下一次会议上另行选举：{el.deferNote}</p>}
      {el.rounds.length > 0 && (
        <div className="mt-2 flex flex-col gap-2">
          {el.rounds.map((r) => (
            <RoundResults
              key={r.id}
              round={r}
              correctable={
                canCorrect && r.id === latest ? { sessionId, electionId: el.id, candidates: el.candidates } : undefined
              }
            />
          ))}
        </div>
      )}
      {canRecord && el.nextRound?.open && (
        <div className="mt-2 flex flex-col gap-1">
          <NomineeForm sessionId={sessionId} electionId={el.id} />
          <DeferForm sessionId={sessionId} electionId={el.id} />
        </div>
      )}
      {canRecord && el.nextRound && <NextRound sessionId={sessionId} el={el} next={el.nextRound} />}
    </article>
  );
}

/** The next round's form, folded away until a round has been held: 重新投票, 再次投票 or 另行选举 as the rules say. */
function NextRound({
  sessionId,
  el,
  next,
}: {
  sessionId: string;
  el: PresentedElection;
  next: NonNullable<PresentedElection["nextRound"]>;
}) {
  // 另行选举 may be contested by any candidate not yet elected; the others keep the candidates the rules give.
  const eligible = next.open
    ? el.candidates.filter((c) => c.electedInRound === null)
    : el.candidates.filter((c) => next.candidateIds.includes(c.id));
  return (
    <details className="no-print mt-3 rounded border border-stone-200 p-3" open={el.rounds.length > 0}>
      <summary className="cursor-pointer text-sm font-medium text-blue-800">
        登记第{next.roundNo}轮计票结果{next.kind === "FIRST" ? "" : `（${ROUND_KIND_LABELS[next.kind]}）`}
      </summary>
      <div className="mt-3">
        <RoundForm
          key={`${el.id}-${next.roundNo}-${el.rounds.length}`}
          sessionId={sessionId}
          electionId={el.id}
          roundNo={next.roundNo}
          kind={next.kind}
          open={next.open}
          seats={next.seats}
          candidates={eligible}
          standing={next.candidateIds}
        />
      </div>
    </details>
  );
}
