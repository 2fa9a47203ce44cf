import { Section } from "@/components/ui/section";
import { RepollButton } from "@/components/supervision/rectification-repoll-button";

export interface RepollData {
  activityId: string;
  rule: string;
  rows: {
    targetId: string;
    subject: string;
    beforeText: string | null;
    afterText: string | null;
    closed: boolean;
    change: number | null;
  }[];
  start: { open: boolean; reason?: string; eligible: number; targets: { id: string; name: string }[] } | null;
}

const changeText = (c: number | null) =>
  c === null ? "—" : c > 0 ? `提高 ${c} 个百分点` : c < 0 ? `下降 ${-c} 个百分点` : "持平";

/** 再测评: each unit's rate before rectification (round 1) and after (round 2), with the rule stated. */
export function RepollSection({ r }: { r: RepollData }) {
  if (!r.rows.length && !r.start) return null;
  return (
    <Section id="repoll" title="整改后再测评" description={r.rule}>
      {r.rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">整改前后满意率对比</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">
                  被评议单位
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  整改前（测评）
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  整改后（再测评）
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  变化
                </th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((x) => (
                <tr key={x.targetId} className="border-t border-stone-200">
                  <th scope="row" className="px-2 py-1 font-normal">
                    {x.subject}
                  </th>
                  <td className="px-2 py-1">{x.beforeText ?? "—"}</td>
                  <td className="px-2 py-1">{x.closed ? (x.afterText ?? "—") : "测评进行中"}</td>
                  <td className="px-2 py-1">{changeText(x.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.start && !r.rows.length && (
        <div className="mt-2">
          {r.start.open ? (
            <RepollButton activityId={r.activityId} targets={r.start.targets} />
          ) : (
            <p className="text-sm text-stone-600">{r.start.reason}</p>
          )}
        </div>
      )}
    </Section>
  );
}
