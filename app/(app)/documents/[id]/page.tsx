import type { Metadata } from "next";
import Link from "next/link";
import { recordPage } from "@/lib/auth/page";
import { documentView } from "@/lib/documents/views";
import { formatSize } from "@/lib/files/types";
import { PageHeader } from "@/components/ui/page-header";
import { Facts, Section } from "@/components/ui/section";
import { CorrectionHistory } from "@/components/ui/correction-history";
import { DocumentCorrectionForm, FileUploadForm, HandlingForm } from "@/components/documents/detail-forms";
import { LinkForm, UnlinkButton } from "@/components/documents/link-forms";

type Props = { params: Promise<{ id: string }> };

const load = recordPage("document.view", documentView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load(params)).entry.registerNumber} · 收发文登记` };
}

export default async function DocumentPage({ params }: Props) {
  const { entry: d, may } = await load(params);
  return (
    <>
      <PageHeader
        title={`${d.registerNumber} ${d.title}`}
        description={`${d.directionLabel} · ${d.category}`}
        actions={
          <Link href={`/documents?year=${d.year}&direction=${d.direction}`} className="text-sm text-blue-800 underline">
            返回登记簿
          </Link>
        }
      />
      <Section id="facts" title="登记内容">
        <Facts
          rows={[
            ["登记号", d.registerNumber],
            [d.direction === "INCOMING" ? "收文日期" : "发文日期", d.date],
            ["文号", d.docNumber ?? "—"],
            [d.counterpartLabel, d.counterpart],
            ["档案分类", d.category],
            ["办理情况", d.handling ?? "待办理"],
            ["办结日期", d.handledOn ?? "—"],
          ]}
        />
      </Section>
      <Section id="file" title="文件">
        {d.file ? (
          <p className="text-sm">
            <a href={`/api/v1/documents/${d.id}/file`} className="text-blue-800 underline">
              {d.file.filename}
            </a>
            <span className="ml-2 text-stone-600">{formatSize(d.file.size ?? 0)}</span>
          </p>
        ) : may.manage ? (
          <FileUploadForm id={d.id} />
        ) : (
          <p className="text-sm text-stone-600">没有上传文件。</p>
        )}
      </Section>
      <Section id="links" title="关联记录" description="该文件涉及的会议、监督、建议、信访等记录。">
        {d.links.length === 0 ? (
          <p className="text-sm text-stone-600">暂无关联记录。</p>
        ) : (
          <ul className="mb-3 flex flex-col gap-2 text-sm" aria-label="关联记录列表">
            {d.links.map((l) => (
              <li key={l.id} className="flex flex-wrap items-center gap-2">
                <span className="rounded bg-stone-100 px-2 py-0.5">{l.moduleLabel}</span>
                <span>{l.label}</span>
                {may.manage && <UnlinkButton id={d.id} linkId={l.id} label={l.label} />}
              </li>
            ))}
          </ul>
        )}
        {may.manage && <LinkForm id={d.id} year={d.year} />}
      </Section>
      {may.manage && (
        <div className="grid gap-3 md:grid-cols-2">
          <Section id="handling" title="办理情况">
            <HandlingForm entry={d} />
          </Section>
          <Section
            id="correct"
            title="更正登记内容"
            description="登记簿是正式记录：更正须填写原因，原值保留在更正记录中。"
          >
            <DocumentCorrectionForm entry={d} />
          </Section>
        </div>
      )}
      <CorrectionHistory entries={d.corrections} />
    </>
  );
}
