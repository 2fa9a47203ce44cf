import type { contactsPanel } from "@/lib/suggestions/contacts";
import { Section } from "@/components/ui/section";
import { ContactForm } from "@/components/suggestions/contact-form";

type Panel = NonNullable<Awaited<ReturnType<typeof contactsPanel>>>;

/** 联系代表: each contact of the units with the deputy (day, way, unit, who, the deputy's opinion), and the form. */
export function ContactSection({ suggestionId, panel }: { suggestionId: string; panel: Panel }) {
  return (
    <Section id="contacts" title="联系代表" description="承办单位与提出建议的代表沟通的记录。">
      {panel.items.length === 0 ? (
        <p className="text-sm text-stone-600">尚未记录联系代表情况。</p>
      ) : (
        <ol className="flex flex-col gap-2" aria-label="联系代表记录">
          {panel.items.map((c) => (
            <li key={c.id} className="rounded border border-stone-200 p-3 text-sm">
              <p className="font-medium">
                {c.occurredOn} · {c.wayLabel} · {c.unit}
                <span className="ml-2 font-normal text-stone-600">联系人：{c.contactedBy}</span>
              </p>
              <p className="mt-1 whitespace-pre-line break-words">代表意见：{c.opinion}</p>
              {c.onBehalf && <p className="mt-1 text-amber-900">{c.onBehalf}</p>}
            </li>
          ))}
        </ol>
      )}
      {panel.form && (
        <details className="no-print mt-3 rounded border border-stone-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">
            {panel.form.onBehalf ? "代录联系代表情况" : "记录联系代表情况"}
          </summary>
          <div className="mt-3">
            <ContactForm suggestionId={suggestionId} onBehalf={panel.form.onBehalf} units={panel.form.units} />
          </div>
        </details>
      )}
    </Section>
  );
}
