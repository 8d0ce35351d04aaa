import type { Metadata } from "next";
import { getCurrentUser } from "../_server/auth/session";
import { pinSchema } from "../_server/live/rules";
import { JoinForm } from "./join-form";

export const metadata: Metadata = { title: "Join a live game" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ pin?: string | string[] }> }) {
  const user = await getCurrentUser();
  const pin = pinSchema.safeParse((await searchParams).pin ?? "");
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Join a live game</h1>
        <p className="mt-1 text-slate-600">Type the PIN on your teacher&apos;s screen, and a nickname.</p>
      </header>
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <JoinForm pin={pin.success ? pin.data : ""} nickname={user && !user.isGuest ? user.name.slice(0, 20) : ""} />
      </div>
      {!user && <p className="text-sm text-slate-600">No account needed: you play as a guest, and can sign up afterwards to keep your score.</p>}
    </div>
  );
}
