/** The register as .xlsx with the list's filters: masked, or (the office) with the personal data in full — logged. */
export function ExportLinks({
  searchParams,
  personal,
}: {
  searchParams: Record<string, string | undefined>;
  personal: boolean;
}) {
  const q = new URLSearchParams(
    Object.entries(searchParams).filter(
      (e): e is [string, string] => !!e[1] && !["page", "pageSize", "sort"].includes(e[0]),
    ),
  );
  const href = (extra: string) => `/api/v1/petitions/export?${q.toString()}${q.size ? "&" : ""}${extra}`;
  return (
    <div className="no-print mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <a href={href("personal=0")} className="text-blue-800 underline">
        导出登记表（Excel，个人信息已隐去）
      </a>
      {personal && (
        <a href={href("personal=1")} className="text-blue-800 underline">
          导出登记表（含完整个人信息，导出将记入审计日志）
        </a>
      )}
    </div>
  );
}
