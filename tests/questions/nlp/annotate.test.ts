import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { annotate, verbLemma } from "@/questions/nlp";

const dir = new URL("../../fixtures/articles/", import.meta.url);
const articles = readdirSync(dir).filter((f) => f.endsWith(".txt"));

// annotate() runs only wink's "pos" and "ner" annotations (questions/nlp, decision 013): its
// tokens, tags and entities must be what the full default pipeline gives.
describe("annotate with the pos and ner pipeline", () => {
  const full = winkNLP(model);
  const its = full.its;

  it.each(articles)("%s: the same tokens, tags and entities as wink's default pipeline", (file) => {
    const text = readFileSync(new URL(file, dir), "utf8");
    const doc = full.readDoc(text);
    const mine = annotate(text);
    expect(mine.tokens.map((t) => [t.text, t.pos])).toEqual(doc.tokens().out(its.value).map((v, i) => [v, doc.tokens().out(its.pos)[i]]));
    expect(mine.entities.map((e) => [e.kind, e.text])).toEqual((doc.entities().out(its.detail) as unknown as { type: string; value: string }[]).map((e) => [e.type, e.value]));
  });

  it("gives the lemmas the full pipeline gives", () => {
    for (const w of ["killed", "took", "carries", "employs", "sank", "hired"]) {
      const lemma = (full.readDoc(`they ${w}`).tokens().out(its.lemma as unknown as typeof its.value) as string[])[1];
      expect(verbLemma(w)).toBe(lemma);
    }
  });
});
