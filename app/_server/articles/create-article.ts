import "server-only";
import type { z } from "zod";
import type { Actor } from "../auth/session";
import { assertTeacher } from "../auth/permissions";
import { articleInputSchema } from "./article-rules";
import { storeGeneratedArticle } from "./store-generated-article";

/** A teacher adds an article: it is stored with its facts and generated draft questions. */
export async function createArticle({ actor, input }: { actor: Actor; input: z.input<typeof articleInputSchema> }) {
  assertTeacher(actor);
  const data = articleInputSchema.parse(input);
  return storeGeneratedArticle({ ...data, createdById: actor.id });
}
