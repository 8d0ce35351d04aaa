export { rankQuestions, scoreCandidate, type RankOptions } from "./score";
export { validate, isGrounded, givesAway, hasDanglingPronoun, type Rejection } from "./validate";
