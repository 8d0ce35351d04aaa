// The domain library's front door: article text -> facts -> ranked questions; and grading.
import { cleanArticle, splitSentences } from "./article";
import { buildQuestions } from "./build";
import { extractFacts, type Fact } from "./facts";
import { rankQuestions } from "./rank";
import type { Question } from "./schema";

export interface GenerateOptions {
  title?: string;
  publishedAt?: Date;
  /** Most questions to return (default 150). */
  limit?: number;
}

/** Above this many facts only the first ones are turned into questions, keeping huge inputs bounded. */
const MAX_FACTS = 4000;

export interface GenerateResult {
  /** The cleaned article text that fact and source offsets point into. */
  cleanText: string;
  /** The headline, if the text began with one or the caller gave one. */
  title?: string;
  facts: Fact[];
  /** Best first; each valid under questionSchema. */
  questions: Question[];
}

export function generateQuestions(text: string, options: GenerateOptions = {}): GenerateResult {
  const article = cleanArticle(text, { title: options.title });
  const sentences = splitSentences(article.text);
  const facts = extractFacts(sentences, { publishedAt: options.publishedAt });
  const candidates = buildQuestions(facts.slice(0, MAX_FACTS), options.publishedAt ? { date: options.publishedAt } : {});
  const questions = rankQuestions(candidates, { limit: options.limit, ...(article.title ? { title: article.title } : {}) });
  return { cleanText: article.text, ...(article.title ? { title: article.title } : {}), facts, questions };
}

export { gradeResponse, normaliseAnswer } from "./grade";
export { cleanArticle, splitSentences } from "./article";
export { extractFacts } from "./facts";
export type { Fact } from "./facts";
export * from "./schema";
