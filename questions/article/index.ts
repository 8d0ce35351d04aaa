export { cleanArticle, normaliseText, repairDropCap, type CleanArticle } from "./clean";
export { isDateStampLine, isFurnitureLine } from "./furniture";
export { splitSentences, type Sentence } from "./sentences";
