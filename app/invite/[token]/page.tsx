import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "../../_server/auth/session";
import { acceptInviteAction } from "../../_server/auth/admin-actions";
import { getInvitationStatus } from "../../_server/auth/people";
import { readerTime } from "../../_server/time/reader-time";
import { SubmitButton } from "../../_components/submit-button";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ invalid?: string }> }) {
  const { token } = await params;
  const { invalid } = await searchParams;
  // Guests sign up first: their throwaway account would take the invitation with it.
  const user = await getCurrentUser().then((u) => (u?.isGuest ? null : u));
  const [status, local] = await Promise.all([getInvitationStatus({ token, viewerId: user?.id }), readerTime()]);
  const next = `/invite/${encodeURIComponent(token)}`;
  return (
    <div className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold tracking-tight">Teach with Newsquiz</h1>
      {status.state === "used" && status.byYou ? (
        <>
          <p role="status" className="mt-3 text-slate-700">You have accepted this invitation: your account can teach.</p>
          <Link href="/teach" className="mt-4 inline-block font-semibold text-brand-700 underline">Go to Teach</Link>
        </>
      ) : status.state === "used" ? (
        <p role="alert" className="mt-3 text-slate-700">This invitation has been used. It works once: ask your admin for a new one.</p>
      ) : status.state === "expired" ? (
        <p role="alert" className="mt-3 text-slate-700">
          This invitation expired on <time dateTime={status.expiresAt.toISOString()}>{local.dateTime(status.expiresAt)}</time>. Ask your admin for a new one.
        </p>
      ) : status.state === "unknown" || invalid ? (
        <p role="alert" className="mt-3 text-slate-700">This invitation has been used or has expired. Ask your admin for a new one.</p>
      ) : user ? (
        <>
          <p className="mt-3 text-slate-700">Accept to make <strong>{user.email}</strong> a teacher account.</p>
          <p className="mt-2 text-sm text-slate-600">
            The invitation works once and expires on <time dateTime={status.expiresAt.toISOString()}>{local.dateTime(status.expiresAt)}</time>.
          </p>
          <form action={acceptInviteAction.bind(null, token)} className="mt-5">
            <SubmitButton pendingLabel="Accepting…">Accept the invitation</SubmitButton>
          </form>
        </>
      ) : (
        <p className="mt-3 text-slate-700">
          <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="font-semibold text-brand-700 underline">Create an account</Link> or{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-semibold text-brand-700 underline">sign in</Link> first, then accept the invitation.
          It expires on <time dateTime={status.expiresAt.toISOString()}>{local.dateTime(status.expiresAt)}</time>.
        </p>
      )}
    </div>
  );
}
