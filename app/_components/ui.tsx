// Small presentational pieces shared by the teacher pages.
export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none aria-invalid:border-red-500";

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}

const STATUS_TONE: Record<string, string> = {
  draft: "bg-slate-100 text-slate-700",
  approved: "bg-emerald-100 text-emerald-800",
  rejected: "bg-red-100 text-red-800",
  published: "bg-emerald-100 text-emerald-800",
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[status] ?? STATUS_TONE.draft}`}>{status}</span>;
}

/**
 * A bordered, horizontally scrollable table with a header row; rows go in as children. `relative`
 * keeps screen-reader-only text in its cells (absolutely placed) inside the scroll area, not
 * widening the page on a phone.
 */
/**
 * `rows`: "compact" or "roomy" rows divided by a line, padded by the stylesheet
 * (app/globals.css, `.table-rows`) rather than by classes on every row and cell.
 */
export function DataTable({ columns, children, className = "", rows }: { columns: { label: string; align?: "right" }[]; children: React.ReactNode; className?: string; rows?: "compact" | "roomy" }) {
  return (
    <div className={`relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm ${className}`}>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`px-3 py-3 font-medium sm:px-4 ${c.align === "right" ? "text-right" : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={rows ? `table-rows ${rows}` : undefined}>{children}</tbody>
      </table>
    </div>
  );
}

/** The page number in `?page=`: 1 when absent or not a positive whole number. */
export function pageNumber(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/**
 * "Previous / Next" links for a long list shown a page at a time: long lists (a report of 500
 * learners, hundreds of attempts) cost server time and scrolling, and nobody reads them at once.
 */
export function Pager({ label, page, pages, href }: { label: string; page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-brand-700 hover:bg-slate-50";
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? <a href={href(page - 1)} className={link} rel="prev">Previous</a> : <span />}
      <span className="text-slate-600 tabular-nums">Page {Math.min(page, pages)} of {pages}</span>
      {page < pages ? <a href={href(page + 1)} className={link} rel="next">Next</a> : <span />}
    </nav>
  );
}
