import "server-only";
import { getDb } from "@/prisma/client";
import { questionSchema, type Question } from "@/questions/schema";
import { parseGift, type GiftError } from "@/questions/formats/gift";
import type { Actor } from "./session";
import { assertTeacher } from "./permissions";
import { saveTags, toQuestionRow } from "./question-record";

/** Files larger than this are refused before parsing (a bank of thousands of questions fits). */
export { BANK_IMPORT_MAX_BYTES } from "./article-rules";
export const BANK_IMPORT_MAX_QUESTIONS = 2000;

/**
 * Questions a teacher wrote or imported, owned by them and approved (they chose them), with
 * their tags, in one transaction.
 */
export async function createQuestions({ actor, questions }: { actor: Actor; questions: Question[] }): Promise<string[]> {
  assertTeacher(actor);
  const valid = questions.slice(0, BANK_IMPORT_MAX_QUESTIONS).map((q) => questionSchema.parse(q));
  return getDb().$transaction(async (tx) => {
    const ids: string[] = [];
    for (const q of valid) {
      const row = await tx.question.create({ data: { ...toQuestionRow(q), status: "approved", authorId: actor.id }, select: { id: true } });
      await saveTags(tx, row.id, q.tags);
      ids.push(row.id);
    }
    return ids;
  });
}

/** A GIFT file into the teacher's bank: what parses is imported, the rest reported by line. */
export async function importGiftQuestions({ actor, text }: { actor: Actor; text: string }): Promise<{ imported: number; errors: GiftError[] }> {
  assertTeacher(actor);
  const { questions, errors } = parseGift(text);
  const kept = questions.slice(0, BANK_IMPORT_MAX_QUESTIONS);
  if (questions.length > kept.length) errors.push({ line: 1, message: `only the first ${BANK_IMPORT_MAX_QUESTIONS} questions were imported` });
  const ids = kept.length ? await createQuestions({ actor, questions: kept }) : [];
  return { imported: ids.length, errors };
}
