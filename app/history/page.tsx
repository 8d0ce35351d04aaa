import type { Metadata } from "next";
import Link from "next/link";
import { formatPoints, percentOf } from "../_components/format";
import { requireUser } from "../_server/session";
import { listMyAttempts } from "../_server/list-my-attempts";

export const metadata: Metadata = { title: "My history" };

export default async function HistoryPage() {
  const actor = await requireUser("/history");
  const attempts = await listMyAttempts({ actor });
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">My history</h1>
      <p className="mt-1 text-sm text-slate-600">Every quiz you have taken, newest first.</p>
      {attempts.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          No attempts yet. <Link href="/" className="font-medium text-brand-700 underline">Take a quiz</Link>.
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Quiz</th>
                <th scope="col" className="px-4 py-3 font-medium">Date</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Score</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-4 py-3">
                    <Link href={`/attempts/${a.id}`} className="font-medium text-brand-700 hover:underline">{a.quizTitle}</Link>
                  </td>
                  <td className="px-4 py-3 text-slate-600">
                    <time dateTime={(a.submittedAt ?? a.startedAt).toISOString()}>{(a.submittedAt ?? a.startedAt).toISOString().slice(0, 16).replace("T", " ")} UTC</time>
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums" data-testid="history-score">
                    {a.status === "submitted" && a.score !== null ? (
                      <span className="font-semibold">
                        {formatPoints(a.score)} / {formatPoints(a.maxScore)}
                        <span className="ml-2 text-slate-500">{percentOf(a.score, a.maxScore)}%</span>
                      </span>
                    ) : (
                      <span className="text-amber-700">In progress</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
