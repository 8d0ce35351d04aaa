import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { getCurrentUser } from "./_server/auth/session";
import { signOutAction } from "./_server/auth/auth-actions";
import { PracticeNavLink } from "./_components/practice-nav-link";
import { ReaderTimeZone } from "./_components/reader-time-zone";
import { cookies } from "next/headers";
import { ZONE_COOKIE } from "./_server/time/zone-cookie";

// Every page shows who is signed in, so none can be prerendered at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Newsquiz", template: "%s · Newsquiz" },
  description: "Current-affairs quizzes made from real news articles.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const knownZone = (await cookies()).get(ZONE_COOKIE)?.value ?? null;
  return (
    <html lang="en">
      <body className="min-h-screen">
        <ReaderTimeZone known={knownZone} />
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-brand-900">
              <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">N</span>
              Newsquiz
            </Link>
            <Link href="/" className="text-sm font-medium text-slate-600 hover:text-slate-900">Quizzes</Link>
            <Link href="/live" aria-label="Join a live game" className="text-sm font-medium text-slate-600 hover:text-slate-900">
              {/* Short on a phone, where the header already wraps. */}
              <span className="sm:hidden">Live game</span>
              <span className="hidden sm:inline">Join a live game</span>
            </Link>
            {user && <Link href="/history" className="text-sm font-medium text-slate-600 hover:text-slate-900">My history</Link>}
            {user && <PracticeNavLink actor={user} />}
            {user && !user.isGuest && <Link href="/classes" className="text-sm font-medium text-slate-600 hover:text-slate-900">Classes</Link>}
            {user && user.role !== "learner" && <Link href="/teach" className="text-sm font-medium text-slate-600 hover:text-slate-900">Teach</Link>}
            {user?.role === "admin" && <Link href="/admin/people" className="text-sm font-medium text-slate-600 hover:text-slate-900">People</Link>}
            <div className="ml-auto flex items-center gap-3 text-sm">
              {user?.isGuest ? (
                <>
                  <span className="text-slate-600">Guest</span>
                  <Link href="/sign-up?next=/history" className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">Sign up to keep your score</Link>
                </>
              ) : user ? (
                <>
                  <span className="text-slate-600">
                    {user.name}
                    {user.role !== "learner" && <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{user.role}</span>}
                  </span>
                  <form action={signOutAction}>
                    <button type="submit" className="rounded-md px-2 py-1 font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900">Sign out</button>
                  </form>
                </>
              ) : (
                <>
                  <Link href="/sign-in" className="font-medium text-slate-600 hover:text-slate-900">Sign in</Link>
                  <Link href="/sign-up" className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">Sign up</Link>
                </>
              )}
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">{children}</main>
        <footer className="mx-auto max-w-4xl px-4 pb-8 text-xs text-slate-500">
          Newsquiz: questions generated from news articles, each tied to the sentence it came from.
        </footer>
      </body>
    </html>
  );
}
