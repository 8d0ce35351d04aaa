// The "Practice" link in the navigation bar, with how many questions are due now.
import Link from "next/link";
import type { Actor } from "../_server/auth/session";
import { countDuePractice } from "../_server/practice/practice-queue";
import { PracticeDueBadge } from "./practice-summary";

export async function PracticeNavLink({ actor }: { actor: Actor }) {
  const dueNow = await countDuePractice({ actor });
  return (
    <Link href="/practice" className="text-sm font-medium text-slate-600 hover:text-slate-900">
      Practice
      <PracticeDueBadge dueNow={dueNow} />
    </Link>
  );
}
