import "server-only";
import { randomUUID } from "node:crypto";
import { getDb, Prisma } from "@/prisma/client";
import { questionSchema, type Question } from "@/questions/schema";
import type { GiftError } from "@/questions/formats/gift";
import { parseGiftOffThread } from "../imports/off-thread";
import type { Actor } from "../auth/session";
import { assertTeacher } from "../auth/permissions";
import { tagNames, toQuestionRow } from "./question-record";
import { batches, writeInBatches } from "./insert-batches";

/** Files larger than this are refused before parsing (a bank of thousands of questions fits). */
export { BANK_IMPORT_MAX_BYTES } from "../articles/article-rules";
export const BANK_IMPORT_MAX_QUESTIONS = 2000;

/** How a question without an article came to the bank (the bank says so beside it). */
export const QUESTION_ORIGINS = ["written", "gift", "json"] as const;
export type QuestionOrigin = (typeof QUESTION_ORIGINS)[number];

/**
 * Questions a teacher wrote or imported, owned by them and approved (they chose them), with
 * their tags, in one transaction. Written a few hundred rows per statement: an import of 2,000
 * questions was 8,000 statements, during which SQLite (and the event loop) served nobody else.
 */
export async function createQuestions({ actor, questions, origin = "written" }: { actor: Actor; questions: Question[]; origin?: QuestionOrigin }): Promise<string[]> {
  assertTeacher(actor);
  const valid = questions.slice(0, BANK_IMPORT_MAX_QUESTIONS).map((q) => questionSchema.parse(q));
  const rows = valid.map((q) => ({ id: randomUUID(), ...toQuestionRow(q), status: "approved", authorId: actor.id, origin }));
  const tagsOf = valid.map((q) => tagNames(q.tags));
  const names = [...new Set(tagsOf.flat())];
  return getDb().$transaction(async (tx) => {
    await writeInBatches(rows, (data) => tx.question.createMany({ data }));
    if (names.length) {
      // Tags another question already has are kept: inserted only if missing, then looked up.
      await writeInBatches(names, (batch) =>
        tx.$executeRaw`INSERT INTO "Tag" ("id", "name") VALUES ${Prisma.join(batch.map((name) => Prisma.sql`(${randomUUID()}, ${name})`))} ON CONFLICT ("name") DO NOTHING`,
      );
      const tagId = new Map<string, string>();
      for (const batch of batches(names)) for (const t of await tx.tag.findMany({ where: { name: { in: batch } }, select: { id: true, name: true } })) tagId.set(t.name, t.id);
      const links = rows.flatMap((row, i) => tagsOf[i]!.map((name) => ({ questionId: row.id, tagId: tagId.get(name)! })));
      await writeInBatches(links, (data) => tx.questionTag.createMany({ data }));
    }
    return rows.map((r) => r.id);
  });
}

/** A GIFT file into the teacher's bank: what parses is imported, the rest reported by line. */
export async function importGiftQuestions({ actor, text }: { actor: Actor; text: string }): Promise<{ imported: number; errors: GiftError[] }> {
  assertTeacher(actor);
  const { questions, errors } = await parseGiftOffThread(text);
  const kept = questions.slice(0, BANK_IMPORT_MAX_QUESTIONS);
  if (questions.length > kept.length) errors.push({ line: 1, message: `only the first ${BANK_IMPORT_MAX_QUESTIONS} questions were imported` });
  const ids = kept.length ? await createQuestions({ actor, questions: kept, origin: "gift" }) : [];
  return { imported: ids.length, errors };
}
