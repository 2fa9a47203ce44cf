import type { Metadata } from "next";
import Link from "next/link";
import { recordPage } from "@/lib/auth/page";
import { publicityItemView } from "@/lib/publicity/views";
import { PageHeader } from "@/components/ui/page-header";
import { Facts, Section } from "@/components/ui/section";
import { CorrectionHistory } from "@/components/ui/correction-history";
import { PublicityCorrectionForm } from "@/components/publicity/publicity-forms";

type Props = { params: Promise<{ id: string }> };

const load = recordPage("publicity.list", publicityItemView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load(params)).item.title} · 宣传` };
}

/** One publicity item: as it stands, its 更正记录 (the originals), and the office's 更正 with a reason. */
export default async function PublicityItemPage({ params }: Props) {
  const { item, today, table, may } = await load(params);
  return (
    <>
      <PageHeader
        title={item.title}
        description={`${item.year}年宣传稿件 · ${item.kindLabel}`}
        actions={
          <Link href={`/publicity?year=${item.year}#items`} className="text-sm text-blue-800 underline">
            返回{item.year}年宣传稿件
          </Link>
        }
      />
      <Section id="facts" title="登记内容">
        <Facts
          rows={[
            ["计分类别", item.kindLabel],
            ["得分", `${item.points}分`],
            ["报送或刊发单位", item.outlet],
            ["报送日期", item.sentOn],
            ["刊发日期", item.publishedOn ?? "未刊发"],
            ["作者", item.author ?? "—"],
          ]}
        />
      </Section>
      <CorrectionHistory entries={item.corrections} />
      {may.manage && (
        <Section
          id="correct"
          title="更正稿件"
          description="稿件登记是正式记录：更正须填写原因，原值保留在更正记录中；改变计分类别时按现行计分标准重新计分。"
        >
          <PublicityCorrectionForm item={item} today={today} table={table} />
        </Section>
      )}
    </>
  );
}
