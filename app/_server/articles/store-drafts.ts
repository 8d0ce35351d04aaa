// Writing the generator's drafts to an article, inside the caller's transaction: the facts (one row
// each, reused when the article already has it) and one question row per draft, its main form in
// the row's columns and its other forms in `variants`. Shared by adding an article, regenerating
// it and drafting more.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/prisma/client";
import type { Draft, Fact, Question } from "@/questions";
import { parseVariants, questionGradingSelect, toDomainQuestion, toQuestionRow, toVariantsColumn } from "../bank/question-record";
import { draftKeys, storedFactIdentity } from "./draft-keys";
import { writeInBatches } from "../bank/insert-batches";

type Tx = Prisma.TransactionClient;

/**
 * Same fact, same place. Not the generator's fact id: that is unique only within one run, and a
 * list fact shares it with its first item.
 */
const factRowKey = (kind: string, sentence: string, values: { answer?: unknown; answerStart?: unknown }) =>
  `${kind}|${sentence}|${String(values.answerStart)}|${String(values.answer)}`;

/** A fact's row id, if it was stored. */
export type FactLinks = (fact: Fact) => string | undefined;

/**
 * Stores the facts the article does not have yet (same kind, sentence, answer and position; all
 * of them for a new article) and returns how to find each one's row.
 */
export async function storeFacts(tx: Tx, articleId: string, facts: readonly Fact[], { fresh = false } = {}): Promise<FactLinks> {
  const existing = new Map<string, string>();
  if (!fresh) {
    for (const row of await tx.fact.findMany({ where: { articleId }, select: { id: true, kind: true, sentence: true, values: true } })) {
      try {
        existing.set(factRowKey(row.kind, row.sentence, JSON.parse(row.values) as object), row.id);
      } catch {
        // A row whose values do not parse is never reused; a new one is made beside it.
      }
    }
  }
  // One INSERT per few hundred facts rather than one per fact: a long article has thousands.
  const rows: Prisma.FactCreateManyInput[] = [];
  for (const fact of facts) {
    const { kind, sentence, start, end, ...values } = fact;
    const key = factRowKey(kind, sentence, values);
    if (existing.has(key)) continue;
    const id = randomUUID();
    rows.push({ id, articleId, kind, values: JSON.stringify(values), sentence, start, end });
    existing.set(key, id);
  }
  await writeInBatches(rows, (data) => tx.fact.createMany({ data }));
  return (fact) => existing.get(factRowKey(fact.kind, fact.sentence, fact));
}

/**
 * Points a form's source at its sentence in `cleanText`, the article text the review page shows.
 * A later generator may clean the article differently from the one that stored it: offsets into
 * its own text would highlight the wrong words, so the sentence is looked up instead (and left
 * without offsets if the stored text no longer has it).
 */
export function anchorSource(question: Question, cleanText: string): Question {
  const source = question.source;
  if (!source) return question;
  if (source.start !== undefined && source.end !== undefined && cleanText.slice(source.start, source.end) === source.sentence) return question;
  const at = cleanText.indexOf(source.sentence);
  return { ...question, source: at >= 0 ? { sentence: source.sentence, start: at, end: at + source.sentence.length } : { sentence: source.sentence } };
}

export interface StoreDraftsOptions {
  articleId: string;
  authorId: string | null;
  drafts: readonly Draft[];
  /** Where the drafts' facts are stored (from storeFacts). */
  factOf: FactLinks;
  /** The article's stored clean text, when the drafts come from a later run over it. */
  cleanText?: string;
}

/** One question row per draft, in the drafts' order; returns their ids. */
export async function storeDrafts(tx: Tx, { articleId, authorId, drafts, factOf, cleanText }: StoreDraftsOptions): Promise<string[]> {
  const anchor = (q: Question) => (cleanText === undefined ? q : anchorSource(q, cleanText));
  const ids: string[] = [];
  for (const draft of drafts) {
    const row = await tx.question.create({
      data: {
        ...toQuestionRow(anchor(draft.question)),
        variants: toVariantsColumn(draft.variants.map(anchor)),
        status: "draft",
        articleId,
        factId: (draft.fact && factOf(draft.fact)) ?? null,
        authorId,
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

/** The draft keys (draft-keys.ts) of the questions an article already has, or of those matching `where`. */
export async function storedDraftKeys(tx: Tx, where: Prisma.QuestionWhereInput): Promise<Set<string>> {
  const rows = await tx.question.findMany({
    where,
    select: { ...questionGradingSelect, variants: true, fact: { select: { kind: true, sentence: true, values: true } } },
  });
  const keys = new Set<string>();
  for (const row of rows) {
    const forms = [toDomainQuestion(row), ...parseVariants(row.variants)];
    for (const k of draftKeys({ fact: row.fact ? storedFactIdentity(row.fact) : null, forms })) keys.add(k);
  }
  return keys;
}
