/** A phone number as a tap-to-call link (tel:), or the placeholder when there is none. */
export function PhoneLink({
  phone,
  label,
  empty = "未填写",
}: {
  phone: string | null;
  label?: string;
  empty?: string;
}) {
  if (!phone) return <>{empty}</>;
  return (
    <a href={`tel:${phone.replace(/[^0-9+]/g, "")}`} className="text-blue-800 underline" aria-label={label}>
      {phone}
    </a>
  );
}
