"use client";
import { ActionForm, TextField, useFormAction } from "../_components/form-fields";
import { joinLiveGameAction } from "../_server/live/live-actions";

export function JoinForm({ pin, nickname }: { pin: string; nickname: string }) {
  const [state, action, pending] = useFormAction(joinLiveGameAction, { pin, nickname });
  return (
    <ActionForm state={state} action={action} className="space-y-4">
      <TextField name="pin" label="Game PIN" inputMode="numeric" autoComplete="off" maxLength={9} inputClassName="w-full rounded-md border border-slate-300 px-3 py-3 font-mono text-2xl tracking-widest" />
      <TextField name="nickname" label="Nickname" hint="Up to 20 characters; everyone in the room sees it." autoComplete="nickname" maxLength={40} inputClassName="w-full rounded-md border border-slate-300 px-3 py-3 text-lg" />
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-600 px-4 py-3 text-lg font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Joining…" : "Join"}
      </button>
    </ActionForm>
  );
}
