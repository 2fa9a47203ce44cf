// The plans by year with their state, approval and progress figures.
import Link from "next/link";
import type { workPlansView } from "@/lib/work-plans/views";

type Plan = Awaited<ReturnType<typeof workPlansView>>["plans"][number];

export function PlanTable({ plans }: { plans: Plan[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">工作要点列表</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-2">
              年度
            </th>
            <th scope="col" className="py-2 pr-2">
              标题
            </th>
            <th scope="col" className="py-2 pr-2">
              状态
            </th>
            <th scope="col" className="py-2 pr-2 text-right">
              事项
            </th>
            <th scope="col" className="py-2 pr-2 text-right">
              已完成
            </th>
            <th scope="col" className="py-2 pr-2 text-right">
              进行中
            </th>
            <th scope="col" className="py-2 text-right">
              逾期
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.id} className="border-b border-stone-200">
              <td className="py-2 pr-2">{p.year}</td>
              <td className="py-2 pr-2">
                <Link href={`/work-plans/${p.id}`} className="text-blue-800 underline">
                  {p.title}
                </Link>
              </td>
              <td className="py-2 pr-2">
                {p.stateLabel}
                {p.approvedOn ? `（${p.approvedOn}）` : ""}
              </td>
              <td className="py-2 pr-2 text-right">{p.figures.planned}</td>
              <td className="py-2 pr-2 text-right">{p.figures.done}</td>
              <td className="py-2 pr-2 text-right">{p.figures.inProgress}</td>
              <td className="py-2 text-right">{p.figures.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
