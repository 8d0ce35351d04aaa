export { rankQuestions, scoreCandidate, type RankOptions } from "./score";
export { Asked, rankDrafts, DEFAULT_DRAFTS, type Draft, type DraftOptions } from "./drafts";
export { answerIdentity, articleShape, importance, mostImportant, titleWordsOf, type ArticleShape, type IdentityFields } from "./importance";
export { validate, isGrounded, givesAway, hasDanglingPronoun, type Rejection } from "./validate";
