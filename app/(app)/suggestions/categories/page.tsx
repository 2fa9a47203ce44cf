import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { categoriesWithUse } from "@/lib/suggestions/categories";
import { PageHeader } from "@/components/ui/page-header";
import { CategoryManager } from "@/components/suggestions/category-manager";

export const metadata: Metadata = { title: "建议类别" };

/** The office keeps the category list: add, rename, reorder, deactivate and reactivate. */
export default async function SuggestionCategoriesPage() {
  const actor = await requirePageActor("suggestion_category.manage");
  const items = await categoriesWithUse(actor);
  return (
    <>
      <PageHeader
        title="建议类别"
        description="提交建议时可选的类别。已使用的类别不能删除，只能停用；停用后不再出现在提交表单中，已有建议仍保留原类别。"
        actions={
          <Link href="/suggestions" className="text-sm text-blue-800 underline">
            返回建议列表
          </Link>
        }
      />
      <div className="max-w-2xl">
        <CategoryManager items={items} />
      </div>
    </>
  );
}
