import type { Metadata } from "next";
import Link from "next/link";
import { recordPage } from "@/lib/auth/page";
import { unitView } from "@/lib/units/views";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { PageHeader } from "@/components/ui/page-header";
import { PhoneLink } from "@/components/ui/phone-link";
import { Facts, Section } from "@/components/ui/section";
import { CorrectionHistory } from "@/components/ui/correction-history";
import { UnitCorrectionForm } from "@/components/units/unit-correction-form";

type Props = { params: Promise<{ id: string }> };

const load = recordPage("unit.view", unitView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load(params)).unit.name} · 承办单位` };
}

export default async function UnitPage({ params }: Props) {
  const { unit, corrections, mayCorrect } = await load(params);
  return (
    <>
      <PageHeader
        title={unit.name}
        description="承办单位"
        actions={
          mayCorrect ? (
            <Link href="/units" className="text-sm text-blue-800 underline">
              返回列表
            </Link>
          ) : undefined
        }
      />
      <Section id="facts" title="基本信息">
        <Facts
          rows={[
            ["单位类别", UNIT_KIND_LABELS[unit.kind]],
            ["联系人", unit.contactName ?? "未填写"],
            ["联系电话", <PhoneLink key="phone" phone={unit.contactPhone} />],
            ["状态", unit.active ? "在用" : "已停用"],
          ]}
        />
      </Section>
      {mayCorrect && (
        <Section
          id="correct"
          title="更正联系人和电话"
          description="更正不覆盖原记录：原值和更正原因记入下方的更正记录和审计日志。"
        >
          <UnitCorrectionForm
            id={unit.id}
            contactName={unit.contactName}
            contactPhone={unit.contactPhone}
            version={unit.version}
          />
        </Section>
      )}
      <CorrectionHistory entries={corrections} />
    </>
  );
}
