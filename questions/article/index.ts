export { cleanArticle, normaliseText, repairDropCap, type CleanArticle } from "./clean";
export { parseStampDate } from "./dates";
export { dropEmbeds } from "./embeds";
export { isDateStampLine, isFurnitureLine } from "./furniture";
export { isFurnitureSentence, stripDateline } from "./inline";
export { splitSentences, type Sentence } from "./sentences";
