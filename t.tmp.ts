import { readFileSync } from "node:fs";
import { cleanArticle, splitSentences } from "./questions/article";
import { findEntities } from "./questions/entities";
const f = process.argv[2]!;
const c = cleanArticle(readFileSync(f, "utf8"));
for (const s of splitSentences(c.text)) {
  const es = findEntities(s.text);
  console.log(es.map((e) => `${e.type}:${e.title ? "[" + e.title.text + "] " : ""}${e.text}`).join(" | "));
}
