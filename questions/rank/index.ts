export { rankQuestions, scoreCandidate, titleWordsOf, type RankOptions, type ScoreContext } from "./score";
export { validate, isGrounded, givesAway, hasDanglingPronoun, type Rejection } from "./validate";
