// The quiz page's list of its live games that have ended, each linked to its report.
import Link from "next/link";

export function PastLiveGames({ quizId, games, dateTime }: { quizId: string; games: { id: string; endedAt: Date; players: number }[]; dateTime: (d: Date) => string }) {
  if (games.length === 0) return null;
  return (
    <section aria-labelledby="live-games-heading">
      <h2 id="live-games-heading" className="mb-3 text-lg font-semibold">Live games</h2>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
        {games.map((g) => (
          <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
            <span>{dateTime(g.endedAt)} · {g.players} player{g.players === 1 ? "" : "s"}</span>
            <Link href={`/teach/quizzes/${quizId}/live/${g.id}`} className="font-medium text-brand-700 underline">Game report</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
