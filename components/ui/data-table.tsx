export interface Column<T> {
  header: string;
  cell: (row: T) => React.ReactNode;
  className?: string;
}

/** A server-rendered table; on a phone each row becomes a card with the headers as labels. */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  empty = "暂无记录",
  caption,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  empty?: string;
  caption?: string;
}) {
  if (rows.length === 0)
    return (
      <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">{empty}</p>
    );
  return (
    <div className="overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="hidden bg-stone-100 text-stone-700 md:table-header-group">
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className="px-3 py-2 font-medium">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="block border-t border-stone-200 p-2 md:table-row md:p-0">
              {columns.map((c) => (
                <td
                  key={c.header}
                  className={`flex gap-2 px-1 py-1 md:table-cell md:px-3 md:py-2 ${c.className ?? ""}`}
                >
                  <span className="w-20 shrink-0 text-stone-600 md:hidden">{c.header}</span>
                  <span className="min-w-0 break-words">{c.cell(row)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
