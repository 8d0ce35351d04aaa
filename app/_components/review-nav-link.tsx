// The "Review" link in the navigation bar, with how many questions are due now.
import Link from "next/link";
import type { Actor } from "../_server/auth/session";
import { countDueReviews } from "../_server/practice/review-queue";
import { ReviewDueBadge } from "./review-summary";

export async function ReviewNavLink({ actor }: { actor: Actor }) {
  const dueNow = await countDueReviews({ actor });
  return (
    <Link href="/review" className="text-sm font-medium text-slate-600 hover:text-slate-900">
      Review
      <ReviewDueBadge dueNow={dueNow} />
    </Link>
  );
}
