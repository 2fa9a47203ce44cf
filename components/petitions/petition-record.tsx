import Link from "next/link";
import { Facts, Section } from "@/components/ui/section";
import type { PetitionDetail } from "@/lib/petitions/detail";

/** The registration: channel, days, category, who registered it (代录 marked), links to duplicates. */
export function PetitionFacts({ p }: { p: PetitionDetail }) {
  const rows: [string, React.ReactNode][] = [
    ["编号", p.number ?? "—"],
    ["状态", p.stateLabel],
    ["信访渠道", p.channelLabel],
    ["收到日期", p.receivedOn],
    ["信访类别", p.categoryLabel],
    [
      "登记人",
      p.onBehalf
        ? `${p.registeredBy ?? "人大办"}（代录：为${p.onBehalf.of ?? "信访人"}按实际收到日期补录）`
        : (p.registeredBy ?? "—"),
    ],
  ];
  if (p.sourceDocNo) rows.push(["来文文号", p.sourceDocNo], ["来文日期", p.sourceDocDate ?? "—"]);
  if (p.collective) rows.push(["多人走访", `${p.visitorCount ?? "—"} 人，代表 ${p.petitioners.length} 人`]);
  if (p.accusedUnit || p.accusedName)
    rows.push(["被检举对象", [p.accusedUnit?.name, p.accusedName].filter(Boolean).join("、")]);
  if (p.intakeLabel) rows.push(["受理情况", p.intakeLabel]);
  if (p.due) rows.push(["办理期限", p.due]);
  if (p.receivedByDeputy) rows.push(["接待代表", `${p.receivedByDeputy.name}（接待选民日）`]);
  const link = (x: { id: string; number: string | null; subject: string }) => (
    <Link key={x.id} href={`/petitions/${x.id}`} className="mr-3 text-blue-800 underline">
      {x.number ?? "信访件"} {x.subject}
    </Link>
  );
  if (p.duplicateOf) rows.push(["重复件，原件", link(p.duplicateOf)]);
  if (p.duplicates.length) rows.push(["后来的重复件", p.duplicates.map(link)]);
  return (
    <Section id="facts" title="登记信息">
      <Facts rows={rows} />
    </Section>
  );
}

/** The petitioners; phone, ID number and address masked unless the office or the chair asked (logged). */
export function PetitionersSection({ p }: { p: PetitionDetail }) {
  const full = !p.petitioners.some((x) => x.masked);
  return (
    <Section
      id="petitioners"
      title={p.collective ? "信访人（多人走访代表）" : "信访人"}
      description={full ? "已显示完整信息；本次查看已记入审计日志。" : p.personal.note}
    >
      <ul className="flex flex-col gap-2">
        {p.petitioners.map((x) => (
          <li key={x.id} className="rounded border border-stone-200 p-2">
            <p className="font-medium">{x.name}</p>
            <dl className="mt-1 grid grid-cols-[5rem_1fr] gap-y-1 text-sm sm:grid-cols-[5rem_1fr_5rem_1fr_4rem_1fr]">
              <dt className="text-stone-600">联系电话</dt>
              <dd className="break-all">{x.phone ?? "未填写"}</dd>
              <dt className="text-stone-600">身份证号</dt>
              <dd className="break-all">{x.idNumber ?? "未填写"}</dd>
              <dt className="text-stone-600">住址</dt>
              <dd className="break-words">{x.address ?? "未填写"}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {p.personal.canReveal &&
        (full ? (
          <Link
            href={`/petitions/${p.id}`}
            className="no-print mt-3 inline-flex min-h-10 items-center text-sm text-blue-800 underline"
          >
            隐藏完整信息
          </Link>
        ) : (
          // A GET form, not a link: never prefetched, so only a real click shows (and logs) the data.
          <form method="get" action={`/petitions/${p.id}`} className="no-print mt-3">
            <input type="hidden" name="reveal" value="1" />
            <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-3 text-sm">
              显示完整信息
            </button>
          </form>
        ))}
    </Section>
  );
}

export function PetitionContent({ p }: { p: PetitionDetail }) {
  return (
    <Section id="content" title="信访事项">
      <p className="font-medium">{p.subject}</p>
      <p className="mt-2 whitespace-pre-wrap text-sm leading-relaxed">{p.content}</p>
    </Section>
  );
}

/** The timeline from PetitionEvent: the day it happened, who, and 代录 marked. */
export function PetitionTimeline({ p }: { p: PetitionDetail }) {
  return (
    <Section id="timeline" title="办理记录">
      <ol className="flex flex-col gap-2 text-sm">
        {p.events.map((e) => (
          <li key={e.id} className="border-l-2 border-stone-300 pl-3">
            <span className="font-medium">{e.day}</span> {e.label}
            {e.by && <span className="text-stone-600"> · {e.by}</span>}
            {e.caption && <span className="ml-1 text-stone-600">（{e.caption}）</span>}
            {e.note && <p className="text-stone-700">{e.note}</p>}
          </li>
        ))}
      </ol>
    </Section>
  );
}
