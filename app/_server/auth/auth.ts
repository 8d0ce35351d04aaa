// Accounts, passwords and sessions, delegated to better-auth (docs/decisions/003-better-auth.md).
// Passwords are hashed with scrypt (memory-hard); sessions live in the database and reach the
// browser only as an HttpOnly, SameSite=Lax cookie.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { anonymous } from "better-auth/plugins/anonymous";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { clearAccountTries, clientAddress, recordSignInTry, TooManySignInsError } from "./sign-in-throttle";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { checkAuthRequest } from "./auth-request-rules";
import { getDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from "./account-rules";
import { SESSION_EXPIRES_IN_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-cookie";

function createAuth() {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "production") {
    throw new Error("BETTER_AUTH_SECRET is not set (npm start creates one in data/auth-secret)");
  }
  return betterAuth({
    appName: "Newsquiz",
    secret,
    database: prismaAdapter(getDb(), { provider: resolveDatabase().provider }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
    },
    user: {
      additionalFields: {
        // input: false — a sign-up request cannot choose its own role.
        role: { type: "string", required: false, defaultValue: "learner", input: false },
      },
    },
    session: { expiresIn: SESSION_EXPIRES_IN_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    // Rules that must hold for every way in: our forms and better-auth's own HTTP endpoints.
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // Password rules wherever a password is set, and a bound on every field (auth-request-rules.ts).
        const checked = checkAuthRequest(ctx.path, ctx.body);
        const body = (ctx.body ?? {}) as { email?: unknown };
        if (ctx.path === "/sign-in/email" && typeof body.email === "string") {
          try {
            await recordSignInTry({ email: body.email, address: clientAddress(ctx.headers) });
          } catch (error) {
            if (error instanceof TooManySignInsError) throw new APIError("TOO_MANY_REQUESTS", { message: error.message });
            throw error;
          }
        }
        return checked;
      }),
      after: createAuthMiddleware(async (ctx) => {
        const body = (ctx.body ?? {}) as { email?: unknown };
        if (ctx.path === "/sign-in/email" && ctx.context.newSession && typeof body.email === "string") await clearAccountTries(body.email);
      }),
    },
    // Its rate limiter counts the address our own limit counts (set by proxy.ts), not the raw
    // X-Forwarded-For, whose left part any client writes.
    advanced: { cookiePrefix: "newsquiz", ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
    plugins: [
      // Guests try the demo quiz with a throwaway account; signing up or in moves their attempts
      // to the real account before the guest account is deleted.
      anonymous({
        emailDomainName: "guest.newsquiz.invalid",
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await moveGuestData({ fromUserId: anonymousUser.user.id, toUserId: newUser.user.id });
        },
      }),
      // Must stay last: it copies the cookies set by the plugins above onto the Next.js response.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per copy of this module, deliberately not shared through globalThis: the Next.js
// build bundles better-auth once for route handlers (/api/auth) and once for pages and server
// actions, and an instance made by one copy throws the other copy's APIError class, which
// `instanceof` in the other copy does not recognise (issue 12, item 7). The instance holds no
// connection of its own (the database client is shared), so a second one costs nothing.
let auth: Auth | undefined;

export function getAuth(): Auth {
  auth ??= createAuth();
  return auth;
}

/** A guest's attempts and review queue become the account's they signed up or in with. */
export async function moveGuestData({ fromUserId, toUserId }: { fromUserId: string; toUserId: string }): Promise<void> {
  if (fromUserId === toUserId) return;
  const db = getDb();
  await db.$transaction([
    db.attempt.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } }),
    db.reviewCard.deleteMany({ where: { userId: fromUserId, question: { reviewCards: { some: { userId: toUserId } } } } }),
    db.reviewCard.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } }),
  ]);
}
