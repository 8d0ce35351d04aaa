export { cleanArticle, normaliseText, repairDropCap, type CleanArticle } from "./clean";
export { splitSentences, type Sentence } from "./sentences";
