// Pieces of the import pages: a job's status and its progress.
const STATUS: Record<string, { label: string; tone: string }> = {
  queued: { label: "waiting", tone: "bg-slate-100 text-slate-700" },
  running: { label: "importing", tone: "bg-brand-100 text-brand-900" },
  done: { label: "done", tone: "bg-emerald-100 text-emerald-800" },
  failed: { label: "failed", tone: "bg-red-100 text-red-800" },
};

export function JobStatusBadge({ status }: { status: string }) {
  const s = STATUS[status] ?? STATUS.failed!;
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${s.tone}`}>{s.label}</span>;
}

export function ProgressBar({ processed, total, label, size = "md" }: { processed: number; total: number; label: string; size?: "sm" | "md" }) {
  const percent = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={processed}
      aria-valuetext={`${processed} of ${total} items`}
      className={`w-full overflow-hidden rounded-full bg-slate-100 ${size === "sm" ? "h-1.5" : "h-3"}`}
    >
      <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500" style={{ width: `${percent}%` }} />
    </div>
  );
}
