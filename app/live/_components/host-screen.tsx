"use client";
// The projector: PIN and QR code in the lobby, then each question with its countdown and answer
// count, the reveal (distribution, right answer, top five) and the podium.
import { useEffect, useRef, useState } from "react";
import type { HostMessage } from "@/app/_server/live/host-messages";
import { hostCommandAction, removePlayerAction } from "@/app/_server/live/live-actions";
import { OptionShape, optionLook } from "./option-look";
import { useCountdown, useLiveMessages } from "./use-live-messages";

const button = "rounded-md px-5 py-2.5 text-base font-semibold shadow-sm focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2";
const primary = `${button} bg-brand-600 text-white hover:bg-brand-700`;
const secondary = `${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;

function Command({ gameId, command, label, kind = "primary" }: { gameId: string; command: string; label: string; kind?: "primary" | "secondary" }) {
  return (
    <form action={hostCommandAction.bind(null, gameId, command)}>
      <button type="submit" className={kind === "primary" ? primary : secondary}>{label}</button>
    </form>
  );
}

/**
 * "End game" asks first: one stray click on the projector would end the game for every player,
 * and it cannot be undone. The question takes the button's place, with "Keep playing" focused.
 */
function EndGameCommand({ gameId }: { gameId: string }) {
  const [asking, setAsking] = useState(false);
  const keepPlaying = useRef<HTMLButtonElement>(null);
  const endGame = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) keepPlaying.current?.focus();
    // Back from the question: focus returns to the button that asked it.
    else if (wasAsking.current) endGame.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={endGame} type="button" onClick={() => setAsking(true)} className={secondary}>
        End game
      </button>
    );
  }
  return (
    <form
      action={hostCommandAction.bind(null, gameId, "end")}
      role="group"
      aria-labelledby={`end-game-${gameId}`}
      onKeyDown={(event) => {
        if (event.key === "Escape") setAsking(false);
      }}
      className="flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2"
    >
      <p id={`end-game-${gameId}`} className="font-semibold text-red-900">End the game for every player now?</p>
      <button type="submit" className={`${button} bg-red-700 text-white hover:bg-red-800`}>End game</button>
      <button ref={keepPlaying} type="button" onClick={() => setAsking(false)} className={secondary}>Keep playing</button>
    </form>
  );
}

export function HostScreen({ gameId, initial, joinUrl, qrDataUrl, reportHref }: { gameId: string; initial: HostMessage; joinUrl: string; qrDataUrl: string; reportHref: string }) {
  const { message, receivedAt } = useLiveMessages<HostMessage>(`/api/live/${gameId}/events?as=host`, initial);
  const ticking = message.kind === "question" && !message.paused;
  const counted = useCountdown(ticking ? message.remainingMs : undefined, receivedAt);
  // Paused: the clock stands where it stopped.
  const seconds = message.kind === "question" && message.paused ? Math.ceil(message.remainingMs / 1000) : counted;
  return (
    <div className="space-y-6" data-testid="host-screen" data-kind={message.kind}>
      {message.kind === "lobby" && (
        <>
          <div className="grid gap-6 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm md:grid-cols-[1fr_auto]">
            <div>
              <h1 className="text-2xl font-bold tracking-tight">{message.title}</h1>
              <p className="mt-4 text-lg text-slate-700">Join at <strong className="break-all">{joinUrl.replace(/\?.*$/, "")}</strong> with the game PIN</p>
              <p className="mt-2 font-mono text-6xl font-extrabold tracking-widest text-brand-900 sm:text-7xl" data-testid="game-pin" aria-label={`Game PIN ${message.pin.split("").join(" ")}`}>
                {message.pin}
              </p>
            </div>
            {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL made on the server */}
            <img src={qrDataUrl} alt={`QR code: ${joinUrl}`} width={200} height={200} className="h-48 w-48 justify-self-center rounded-md border border-slate-200 bg-white p-2" />
          </div>
          <section aria-labelledby="players-heading" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="players-heading" className="text-lg font-semibold">
                <span data-testid="player-count">{message.players.length}</span> player{message.players.length === 1 ? "" : "s"}
              </h2>
              {message.players.length > 0 ? <Command gameId={gameId} command="start" label="Start" /> : <p className="text-slate-600">Waiting for players…</p>}
            </div>
            <ul className="flex flex-wrap gap-2" aria-live="polite">
              {message.players.map((p) => (
                <li key={p.id} className="flex items-center gap-1 rounded-full bg-slate-100 py-1 pl-4 pr-1 text-lg font-medium">
                  <span>{p.nickname}</span>
                  <form action={removePlayerAction.bind(null, gameId, p.id)}>
                    <button type="submit" className="rounded-full px-2 py-0.5 text-sm text-slate-600 hover:bg-slate-200 hover:text-slate-900" aria-label={`Remove ${p.nickname}`}>✕</button>
                  </form>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}

      {(message.kind === "question" || message.kind === "reveal") && (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3 text-slate-600">
            <p>{message.title} · Question {message.index + 1} of {message.count}</p>
            {message.kind === "question" ? (
              <p className="flex items-center gap-4">
                {message.paused && <span className="rounded-md bg-amber-100 px-2 py-1 font-semibold text-amber-900" data-testid="paused">Paused</span>}
                <span className="text-3xl font-bold tabular-nums text-slate-900" data-testid="countdown" aria-label={`${seconds} seconds left`}>{seconds}</span>
                <span data-testid="answer-count">{message.answerCount} of {message.playerCount} answered</span>
              </p>
            ) : (
              <p data-testid="answer-count">{message.answerCount} of {message.playerCount} answered</p>
            )}
          </div>
          <h1 className="rounded-2xl border border-slate-200 bg-white p-6 text-2xl font-bold leading-snug shadow-sm sm:text-3xl">{message.prompt}</h1>
          {message.options ? (
            <ul className="grid gap-3 sm:grid-cols-2">
              {message.options.map((label, i) => {
                const look = optionLook(i);
                const share = message.kind === "reveal" ? message.distribution[i] : undefined;
                const faded = share && !share.correct;
                return (
                  // A wrong option turns grey at the reveal (its shape stays): the right one stands out.
                  <li key={i} className={`flex items-center gap-3 rounded-xl p-4 text-xl font-semibold ${faded ? "bg-slate-200 text-slate-700" : look.className}`}>
                    <OptionShape index={i} />
                    <span className="flex-1">{label}</span>
                    {share && (
                      <span className="text-lg tabular-nums" data-testid="option-count">
                        {share.correct && <span className="mr-2">✓ right</span>}
                        {share.count}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="text-lg text-slate-700">Players type their answer{message.input === "number" ? " (a number)" : ""}.</p>
          )}
          {message.kind === "question" ? (
            <div className="flex flex-wrap gap-3">
              {message.paused ? <Command gameId={gameId} command="resume" label="Resume" /> : <Command gameId={gameId} command="pause" label="Pause" kind="secondary" />}
              <Command gameId={gameId} command="skip" label="Close question" kind="secondary" />
              <EndGameCommand gameId={gameId} />
            </div>
          ) : (
            <Reveal gameId={gameId} message={message} />
          )}
        </>
      )}

      {message.kind === "ended" && (
        <section aria-labelledby="podium-heading" className="space-y-4 text-center">
          <h1 id="podium-heading" className="text-3xl font-bold tracking-tight">{message.title}: final scores</h1>
          <ol className="mx-auto flex max-w-2xl items-end justify-center gap-3" data-testid="podium">
            {[1, 0, 2].map((place) => {
              const p = message.podium[place];
              if (!p) return null;
              const height = ["h-40", "h-28", "h-20"][place];
              return (
                <li key={place} className="flex w-1/3 flex-col items-center gap-2" value={p.rank}>
                  <span className="text-xl font-bold">{p.nickname}</span>
                  <span className="tabular-nums text-slate-700">{p.score} points</span>
                  <span className={`flex w-full items-start justify-center rounded-t-lg bg-brand-600 pt-2 text-3xl font-extrabold text-white ${height}`}>{p.rank}</span>
                </li>
              );
            })}
          </ol>
          {message.podium.length > 3 && (
            <ol className="mx-auto max-w-md space-y-1 text-left" start={4}>
              {message.podium.slice(3).map((p) => (
                <li key={p.nickname} className="flex justify-between rounded-md bg-white px-4 py-2 shadow-sm"><span>{p.rank}. {p.nickname}</span><span className="tabular-nums">{p.score}</span></li>
              ))}
            </ol>
          )}
          <p className="text-slate-600">{message.playerCount} player{message.playerCount === 1 ? "" : "s"}. Every player&apos;s answers are saved as an attempt at the quiz.</p>
          <p><a href={reportHref} className="text-lg font-semibold text-brand-700 underline">Open the game report</a></p>
        </section>
      )}
    </div>
  );
}

function Reveal({ gameId, message }: { gameId: string; message: Extract<HostMessage, { kind: "reveal" }> }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="space-y-3">
        <p className="text-xl">Right answer: <strong data-testid="correct-answer">{message.correctAnswer}</strong></p>
        {!message.options && (
          <ul className="space-y-1 text-lg">
            {message.distribution.map((d) => <li key={d.label}>{d.label}: <span className="font-semibold tabular-nums">{d.count}</span></li>)}
          </ul>
        )}
        <div className="flex flex-wrap items-start gap-3">
          <Command gameId={gameId} command="next" label={message.isLast ? "Show the podium" : "Next question"} />
          {!message.isLast && <EndGameCommand gameId={gameId} />}
        </div>
      </div>
      <section aria-labelledby="leaders-heading" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="leaders-heading" className="mb-2 text-lg font-semibold">Top five</h2>
        <ol className="space-y-1" data-testid="leaderboard">
          {message.leaderboard.map((p) => (
            <li key={p.nickname} className="flex justify-between text-lg"><span>{p.rank}. {p.nickname}</span><span className="font-semibold tabular-nums">{p.score}</span></li>
          ))}
        </ol>
      </section>
    </div>
  );
}
