// Signed-in learners made straight in the database: a user row, a session row, and the cookie
// better-auth would have set. For tests and benchmarks that need hundreds of learners (signing up
// through the password hasher would take minutes and test nothing new). The cookie format is
// checked against better-call in tests/app/session-cookie.test.ts.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/prisma/client";
import { SESSION_EXPIRES_IN_SECONDS } from "@/app/_server/auth/session-cookie";

export interface Learner {
  userId: string;
  cookie: string;
}

/** better-auth's session cookie over plain http: `token.base64(HMAC-SHA256(secret, token))`, URI-encoded. */
export function sessionCookie(token: string, secret: string): string {
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return `newsquiz.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

/** `count` learners with fresh sessions, as if each had just signed in. */
export async function createLearners(db: Db, count: number, secret: string, runId: string): Promise<Learner[]> {
  const now = new Date();
  const learners = Array.from({ length: count }, (_, i) => ({ userId: `load-${runId}-${i}`, token: randomBytes(24).toString("base64url") }));
  for (let i = 0; i < learners.length; i += 500) {
    const batch = learners.slice(i, i + 500);
    await db.user.createMany({ data: batch.map((l, j) => ({ id: l.userId, name: `Load learner ${i + j}`, email: `${l.userId}@load.example.test`, createdAt: now, updatedAt: now })) });
    await db.session.createMany({
      data: batch.map((l) => ({ id: randomUUID(), userId: l.userId, token: l.token, expiresAt: new Date(now.getTime() + SESSION_EXPIRES_IN_SECONDS * 1000), createdAt: now, updatedAt: now })),
    });
  }
  return learners.map((l) => ({ userId: l.userId, cookie: sessionCookie(l.token, secret) }));
}
