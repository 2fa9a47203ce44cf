import type { Metadata } from "next";
import { recordPage } from "@/lib/auth/page";
import { deputyView } from "@/lib/roster/views";
import { DEPUTY_STATUS_LABELS, GENDER_LABELS, JOIN_METHOD_LABELS, LEVEL_LABELS } from "@/lib/roster/labels";
import { PageHeader } from "@/components/ui/page-header";
import { PhoneLink } from "@/components/ui/phone-link";
import { DeputyForm } from "@/components/roster/deputy-form";
import { StatusChangeForm } from "@/components/roster/status-change-form";
import { StatusCorrectionForm } from "@/components/roster/status-correction-form";
import { CorrectionHistory } from "@/components/ui/correction-history";
import { ContactForm } from "@/components/roster/contact-form";
import { PhotoForm } from "@/components/roster/photo-form";
import { recordLinkFor } from "@/lib/deputy-record/views";
import { getPageActor } from "@/lib/auth/page";

type Props = { params: Promise<{ id: string }> };

const load = recordPage("deputy.view", deputyView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load(params)).d.name} · 代表档案` };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="mt-4 rounded border border-stone-200 bg-white p-4">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** The record's facts, as many as the actor may read. */
function factsOf(d: Awaited<ReturnType<typeof deputyView>>["d"]) {
  const rows: [string, React.ReactNode][] = [];
  if ("levels" in d)
    rows.push(
      ["代表层级", d.levels.map((l) => `${LEVEL_LABELS[l] ?? l}人大代表`).join("、")],
      ["代表小组", d.group?.name ?? "未分组"],
      ["状态", DEPUTY_STATUS_LABELS[d.status]],
    );
  // A unit, for a deputy whose suggestion it handles: the group and the phone to call them.
  if (!("levels" in d) && "phone" in d)
    rows.push(["代表小组", d.group?.name ?? "未分组"], ["联系电话", <PhoneLink key="phone" phone={d.phone} />]);
  if ("idNumber" in d) {
    rows.push(
      ["届次", `第${d.termNumber}届`],
      ["性别", GENDER_LABELS[d.gender]],
      ["出生日期", d.birthDate],
      ["民族", d.ethnicity],
      ["政治面貌", d.party],
      ["文化程度", d.education],
      ["职业", d.occupation],
      ["工作单位", d.workUnit ?? "—"],
      ["选区", d.constituency],
      ["产生方式", JOIN_METHOD_LABELS[d.joinMethod]],
      ["任职日期", d.startDate],
      ["联系电话", <PhoneLink key="phone" phone={d.phone} empty="—" />],
      ["住址", d.address ?? "—"],
      ["身份证号", d.idNumber ?? "—"],
    );
    if (d.leftDate) rows.push(["离任日期", d.leftDate]);
  }
  return rows;
}

/** The deputy's photo, or its empty frame. */
function Photo({ id, name, version }: { id: string; name: string; version: string | null }) {
  return (
    <div className="flex shrink-0 flex-col gap-2">
      {version ? (
        // A plain <img>: the photo is private and next/image's optimizer would fetch it without the session cookie.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={`/api/v1/deputies/${id}/photo?v=${version}`}
          alt={`${name}的照片`}
          width={96}
          height={128}
          className="h-32 w-24 rounded border border-stone-300 object-cover"
        />
      ) : (
        <div className="flex h-32 w-24 items-center justify-center rounded border border-dashed border-stone-400 text-sm text-stone-600">
          无照片
        </div>
      )}
    </div>
  );
}

/** The edit form's starting values. */
const formValues = (full: NonNullable<Awaited<ReturnType<typeof deputyView>>["full"]>) => ({
  name: full.name,
  gender: full.gender,
  birthDate: full.birthDate,
  ethnicity: full.ethnicity,
  party: full.party,
  education: full.education,
  occupation: full.occupation,
  workUnit: full.workUnit ?? "",
  phone: full.phone ?? "",
  address: full.address ?? "",
  idNumber: full.idNumber ?? "",
  constituency: full.constituency,
  levels: full.levels,
  groupId: full.group?.id ?? "",
  joinMethod: full.joinMethod,
  startDate: full.startDate,
  version: full.version,
});

/** 任职与变动记录: each change with its reason; one reversed by a correction stays, marked 〔已更正〕. */
function StatusHistory({ history }: { history: Awaited<ReturnType<typeof deputyView>>["d"]["history"] }) {
  return (
    <Section title="任职与变动记录">
      <ol className="list-inside list-decimal text-sm">
        {history.map((h) => (
          <li key={h.id}>
            {h.effectiveDate} {h.correctsId ? "恢复在任" : DEPUTY_STATUS_LABELS[h.status]}
            {h.reason ? `（${h.reason}）` : ""}
            {h.corrected && <span className="ml-1 text-red-800">〔已更正〕</span>}
          </li>
        ))}
      </ol>
    </Section>
  );
}

/** The deputy's 履职档案, for those who may read it. */
async function recordLink(id: string) {
  const actor = await getPageActor();
  return actor ? recordLinkFor(actor, id) : null;
}

function RecordLink({ href }: { href: string }) {
  return (
    <a href={href} className="no-print text-sm text-blue-800 underline">
      履职档案
    </a>
  );
}

export default async function DeputyPage({ params }: Props) {
  const { d, full, options, mayChangeStatus, correctable, corrections } = await load(params);
  const recordHref = await recordLink(d.id);
  const rows = factsOf(d);
  return (
    <>
      <PageHeader
        title={`${d.name} 代表`}
        description="代表档案（履职档案的基础信息）"
        actions={recordHref && <RecordLink href={recordHref} />}
      />
      <Section title="基本信息">
        <div className="flex flex-col gap-4 sm:flex-row">
          {full && <Photo id={d.id} name={d.name} version={d.photoVersion} />}
          <dl className="grid flex-1 grid-cols-[6rem_1fr] content-start gap-y-2 text-sm sm:grid-cols-[6rem_1fr_6rem_1fr]">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-stone-600">{k}</dt>
                <dd className="break-all">{v}</dd>
              </div>
            ))}
          </dl>
        </div>
        {full && d.canChangePhoto && (
          <details className="no-print mt-3">
            <summary className="cursor-pointer text-sm font-medium text-blue-800">
              {d.photoVersion ? "更换或删除照片" : "上传照片"}
            </summary>
            <div className="mt-2 max-w-md">
              <PhotoForm deputyId={d.id} hasPhoto={!!d.photoVersion} />
            </div>
          </details>
        )}
      </Section>
      {full && d.history.length > 0 && <StatusHistory history={d.history} />}
      {full && d.presidiumMembers.length > 0 && (
        <Section title="联系的主席团成员">
          <p className="text-sm">{d.presidiumMembers.map((m) => m.displayName).join("、")}</p>
        </Section>
      )}
      {full && d.canEdit === "CONTACT" && (
        <Section title="修改我的联系方式">
          <ContactForm deputyId={d.id} phone={full.phone} address={full.address} version={full.version} />
        </Section>
      )}
      {full && options && (
        <details className="no-print mt-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">修改代表信息</summary>
          <div className="mt-2">
            <DeputyForm
              id={d.id}
              groups={options.groups}
              constituencies={options.constituencies}
              initial={formValues(full)}
            />
          </div>
        </details>
      )}
      {full && correctable && (
        <Section title="更正误录的状态变动">
          <StatusCorrectionForm
            deputyId={d.id}
            changeId={correctable.id}
            summary={`${correctable.effectiveDate} ${DEPUTY_STATUS_LABELS[correctable.status]}`}
            version={full.version}
          />
        </Section>
      )}
      {full && corrections.length > 0 && <CorrectionHistory entries={corrections} />}
      {mayChangeStatus && (
        <Section title="状态变动（辞职、调离、罢免、去世）">
          <StatusChangeForm deputyId={d.id} />
        </Section>
      )}
    </>
  );
}
