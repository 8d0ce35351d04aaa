"use server";
// The live game's server actions: the host's buttons and the join form. Answers do not come
// through here but through POST /api/live/[gameId]/answers, with the player's token.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, requireTeacher } from "../auth/session";
import { getAuth } from "../auth/auth";
import { handleForm, type FormState } from "../forms/form-action";
import { NotFoundError } from "../http/errors";
import { orNotFound } from "../http/or-not-found";
import { idSchema } from "../http/api-errors";
import { clientAddress } from "../http/client-address";
import { guessPin, TooManyPinGuessesError } from "./pin-guesses";
import { controlLiveGame, createLiveGame, EmptyLiveGameError, GameFullError, HOST_COMMANDS, joinLiveGame, NicknameTakenError, removeLivePlayer } from "./live-games";
import { nicknameSchema, pinSchema, secondsSchema } from "./rules";
import { PLAYER_COOKIE, PLAYER_COOKIE_SECONDS, tokenSchema } from "./player-token";

/** "Run live" on the teacher's quiz page: a new game, then its host screen. */
export async function startLiveGameAction(quizId: string, form: FormData): Promise<void> {
  const actor = await requireTeacher();
  const id = idSchema.safeParse(quizId);
  if (!id.success) redirect("/teach");
  const seconds = secondsSchema.catch(20).parse(form.get("seconds") ?? 20);
  // A checkbox: sent as "on" when ticked, absent otherwise; anything else counts as off.
  const streakBonus = form.get("streak") === "on";
  let game;
  try {
    game = await orNotFound(createLiveGame({ actor, quizId: id.data, seconds, streakBonus }));
  } catch (error) {
    if (error instanceof EmptyLiveGameError) redirect(`/teach/quizzes/${id.data}?live=empty`);
    throw error;
  }
  redirect(`/live/host/${game.id}`);
}

/** The host's Start, Skip, Next and End. */
export async function hostCommandAction(gameId: string, command: string): Promise<void> {
  const actor = await requireTeacher();
  const parsed = z.object({ gameId: idSchema, command: z.enum(HOST_COMMANDS) }).safeParse({ gameId, command });
  if (!parsed.success) return;
  await orNotFound(controlLiveGame({ actor, gameId: parsed.data.gameId, command: parsed.data.command }));
}

export async function removePlayerAction(gameId: string, playerId: string): Promise<void> {
  const actor = await requireTeacher();
  const parsed = z.object({ gameId: idSchema, playerId: idSchema }).safeParse({ gameId, playerId });
  if (!parsed.success) return;
  try {
    await removeLivePlayer({ actor, gameId: parsed.data.gameId, playerId: parsed.data.playerId });
  } catch (error) {
    // Already removed (two clicks): nothing left to do.
    if (!(error instanceof NotFoundError)) throw error;
  }
}

/**
 * The join form. Signed-in learners play as themselves; anyone else becomes a guest (a
 * better-auth anonymous account, as "Try it now" makes), so their game is kept as an attempt
 * and moves to the account they may sign up for later.
 */
export async function joinLiveGameAction(previous: FormState, form: FormData): Promise<FormState> {
  const current = await getCurrentUser();
  return handleForm(previous, form, {
    fields: { text: ["pin", "nickname"] },
    schema: z.object({ pin: pinSchema, nickname: nicknameSchema }),
    async run({ pin, nickname }) {
      const noGame = { errors: { pin: "No game is running with that PIN. Check the number on the screen." } };
      // Asked first, so that a mistyped PIN makes no guest account; and counted, so that PINs
      // cannot be guessed at speed (pin-guesses.ts).
      try {
        if (!(await guessPin({ pin, address: clientAddress(await headers()) }))) return noGame;
      } catch (error) {
        if (error instanceof TooManyPinGuessesError) return { errors: { pin: error.message } };
        throw error;
      }
      const cookieStore = await cookies();
      const held = tokenSchema.safeParse(cookieStore.get(PLAYER_COOKIE)?.value);
      let actor = current;
      if (!actor) {
        const { user } = await getAuth().api.signInAnonymous({ headers: await headers() });
        actor = { id: user.id, name: "Guest", email: "", role: "learner", isGuest: true };
      }
      let joined;
      try {
        joined = await joinLiveGame({ actor, pin, nickname, token: held.success ? held.data : null });
      } catch (error) {
        if (error instanceof NotFoundError) return noGame;
        if (error instanceof NicknameTakenError) return { errors: { nickname: error.message } };
        if (error instanceof GameFullError) return { errors: { form: error.message } };
        throw error;
      }
      const secure = (await headers()).get("x-forwarded-proto") === "https" || process.env.BETTER_AUTH_URL?.startsWith("https:");
      cookieStore.set(PLAYER_COOKIE, joined.token, { httpOnly: true, sameSite: "lax", path: "/", maxAge: PLAYER_COOKIE_SECONDS, secure: Boolean(secure) });
      redirect(`/live/play/${joined.gameId}`);
    },
  });
}
