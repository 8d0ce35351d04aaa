"use client";
// A player's phone: the options as big buttons (colour, shape and text), or a box for a typed
// answer; locked once answered; then right or not and the points, and at the end rank and score.
import { useState } from "react";
import type { PhoneMessage } from "@/app/_server/live/phone-messages";
import { OptionShape, optionLook } from "./option-look";
import { useCountdown, useLiveMessages } from "./use-live-messages";

type Sent = { index: number; state: "sending" | "sent" | "refused"; note?: string };

export function PhoneScreen({ gameId, initial }: { gameId: string; initial: PhoneMessage }) {
  const { message, receivedAt } = useLiveMessages<PhoneMessage>(`/api/live/${gameId}/events`, initial);
  const [sent, setSent] = useState<Sent | null>(null);
  const seconds = useCountdown(message.kind === "question" && !message.answered ? message.remainingMs : undefined, receivedAt);

  async function send(index: number, answer: unknown) {
    setSent({ index, state: "sending" });
    try {
      const res = await fetch(`/api/live/${gameId}/answers`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionIndex: index, answer }) });
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      // 400: the answer was malformed and may be given again; 409: refused for good (too late, or a second answer).
      if (res.ok) setSent({ index, state: "sent" });
      else setSent({ index, state: res.status === 400 ? "refused" : "sent", note: body.error ?? "That answer was not taken." });
    } catch {
      setSent({ index, state: "refused", note: "No connection. Try again." });
    }
  }

  return (
    <div className="mx-auto max-w-md space-y-4" data-testid="phone-screen" data-kind={message.kind}>
      {message.kind === "lobby" && (
        <div className="rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm">
          <h1 className="text-2xl font-bold">You&apos;re in, {message.nickname}!</h1>
          <p className="mt-2 text-slate-700">{message.title}</p>
          <p className="mt-4 text-slate-600">Watch the big screen: the first question comes when your teacher starts.</p>
        </div>
      )}
      {message.kind === "removed" && (
        <div className="rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm">
          <h1 className="text-xl font-bold">You are no longer in this game</h1>
          <p className="mt-2"><a href="/live" className="font-medium text-brand-700 underline">Join a game</a></p>
        </div>
      )}
      {message.kind === "question" && (
        <Question message={message} seconds={seconds} sent={sent?.index === message.index ? sent : null} onAnswer={(a) => send(message.index, a)} />
      )}
      {message.kind === "paused" && (
        <div className="rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm" data-testid="phone-paused">
          <p className="text-sm text-slate-600">Question {message.index + 1} of {message.count}</p>
          <h1 className="mt-2 text-2xl font-bold">Paused</h1>
          <p className="mt-2 text-slate-700">{message.answered ? "Your answer is in. " : ""}The clock has stopped; the game goes on when your teacher resumes it.</p>
        </div>
      )}
      {message.kind === "result" && (
        <div className={`rounded-2xl p-6 text-center shadow-sm ${message.correct ? "bg-emerald-700 text-white" : "bg-white text-slate-900 border border-slate-200"}`} data-testid="phone-result">
          <h1 className="text-3xl font-bold">{message.correct ? "Right!" : message.answered ? "Not this time" : "No answer"}</h1>
          <p className="mt-2 text-xl" data-testid="points">+{message.points} points</p>
          {message.streak && message.streak.count > 0 && (
            <p className="mt-2 inline-block rounded-full bg-amber-100 px-3 py-1 text-base font-semibold text-amber-950" data-testid="streak">
              Streak {message.streak.count}{message.streak.bonus > 0 ? ` · +${message.streak.bonus}` : ""}
            </p>
          )}
          <p className="mt-4">The answer: <strong>{message.correctAnswer}</strong></p>
          <p className="mt-4 text-lg">Score <strong data-testid="score">{message.score}</strong> · rank <strong data-testid="rank">{message.rank}</strong> of {message.playerCount}</p>
        </div>
      )}
      {message.kind === "ended" && (
        <div className="rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm" data-testid="phone-final">
          <h1 className="text-2xl font-bold">Game over, {message.nickname}</h1>
          <p className="mt-4 text-5xl font-extrabold text-brand-900">#<span data-testid="rank">{message.rank}</span></p>
          <p className="mt-1 text-slate-600">of {message.playerCount} players</p>
          <p className="mt-4 text-xl"><strong data-testid="score">{message.score}</strong> points</p>
          <p className="mt-4 text-sm"><a href="/history" className="font-medium text-brand-700 underline">See it in your history</a></p>
        </div>
      )}
    </div>
  );
}

function Question({ message, seconds, sent, onAnswer }: { message: Extract<PhoneMessage, { kind: "question" }>; seconds: number; sent: Sent | null; onAnswer: (answer: unknown) => void }) {
  const [picked, setPicked] = useState<number[]>([]);
  const [text, setText] = useState("");
  const locked = message.answered || (sent !== null && sent.state !== "refused");
  return (
    <>
      <div className="flex items-center justify-between text-sm text-slate-600">
        <span>Question {message.index + 1} of {message.count}</span>
        {!locked && <span className="text-lg font-bold tabular-nums text-slate-900" aria-label={`${seconds} seconds left`}>{seconds}</span>}
      </div>
      <h1 className="text-xl font-bold leading-snug">{message.prompt}</h1>
      {locked ? (
        <p role="status" className="rounded-2xl bg-slate-800 p-6 text-center text-xl font-semibold text-white" data-testid="locked">
          {sent?.note ?? "Answer sent. Wait for the others…"}
        </p>
      ) : message.input === "choice" && message.options ? (
        <div className="grid gap-3">
          {message.options.map((label, i) => (
            <button key={i} type="button" onClick={() => onAnswer({ choice: i })} className={`flex min-h-16 items-center gap-3 rounded-xl p-4 text-left text-lg font-semibold shadow ${optionLook(i).className}`}>
              <OptionShape index={i} />
              <span>{label}</span>
            </button>
          ))}
        </div>
      ) : message.input === "choices" && message.options ? (
        <div className="grid gap-3">
          <p className="text-sm text-slate-600">Choose every right option, then send.</p>
          {message.options.map((label, i) => {
            const on = picked.includes(i);
            return (
              <button key={i} type="button" aria-pressed={on} onClick={() => setPicked(on ? picked.filter((p) => p !== i) : [...picked, i])} className={`flex min-h-16 items-center gap-3 rounded-xl p-4 text-left text-lg font-semibold shadow ${optionLook(i).className} ${on ? "ring-4 ring-slate-900 ring-offset-2" : ""}`}>
                <OptionShape index={i} />
                <span className="flex-1">{label}</span>
                <span aria-hidden="true">{on ? "☑" : "☐"}</span>
              </button>
            );
          })}
          <button type="button" disabled={picked.length === 0} onClick={() => onAnswer({ choices: picked })} className="rounded-xl bg-slate-900 p-4 text-lg font-semibold text-white disabled:opacity-50">Send</button>
        </div>
      ) : (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) onAnswer({ text });
          }}
        >
          <label htmlFor="live-answer" className="block font-medium">{message.input === "number" ? "Your answer (a number)" : "Your answer"}</label>
          <input id="live-answer" value={text} onChange={(e) => setText(e.target.value)} inputMode={message.input === "number" ? "decimal" : "text"} autoComplete="off" maxLength={200} className="w-full rounded-xl border border-slate-400 p-4 text-xl" />
          <button type="submit" className="w-full rounded-xl bg-slate-900 p-4 text-lg font-semibold text-white">Send</button>
        </form>
      )}
      {sent?.state === "refused" && sent.note && <p role="alert" className="text-rose-800">{sent.note}</p>}
    </>
  );
}
