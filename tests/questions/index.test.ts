import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateQuestions, questionSchema } from "@/questions";

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), "utf8");

describe("generateQuestions", () => {
  it.each([["tests/fixtures/articles/harbour-bridge-repairs.txt"], ["tests/fixtures/articles/rice-harvest-summit.txt"], ["prisma/demo/lee-japan-us-summit.txt"]])(
    "%s: valid, sourced, explained and ranked questions",
    (path) => {
      const { questions, facts, cleanText } = generateQuestions(read(path));
      expect(facts.length).toBeGreaterThan(5);
      expect(questions.length).toBeGreaterThan(5);
      for (const q of questions) {
        expect(questionSchema.safeParse(q).success).toBe(true);
        expect(q.source?.sentence).toBeTruthy();
        expect(cleanText.slice(q.source!.start!, q.source!.end!)).toBe(q.source!.sentence);
        expect(q.explanation).toContain(q.source!.sentence);
        expect(q.difficulty).toBeGreaterThanOrEqual(0);
        expect(q.difficulty).toBeLessThanOrEqual(1);
      }
      for (let i = 1; i < questions.length; i++) expect(questions[i - 1]!.score!).toBeGreaterThanOrEqual(questions[i]!.score!);
    },
  );

  it("turns the demo article into at least 8 good multiple-choice questions on its key facts", () => {
    const { questions, drafts } = generateQuestions(read("prisma/demo/lee-japan-us-summit.txt"), { limit: 60 });
    const top = questions.slice(0, 20);
    expect(top.filter((q) => q.type === "multiple_choice").length).toBeGreaterThanOrEqual(8);
    const answers = new Set(drafts.flatMap((d) => [d.question, ...d.variants]).map((q) => String(q.answer)));
    for (const a of ["Lee Jae Myung", "Shigeru Ishiba", "Donald Trump", "80,000", "15 percent", "1910–45", "Canada", "Washington", "Tokyo"]) expect(answers).toContain(a);
  });

  it("opens with a varied first page: distinct facts, mostly multiple choice, other types too", () => {
    const { questions } = generateQuestions(read("prisma/demo/lee-japan-us-summit.txt"));
    const top = questions.slice(0, 10);
    expect(top.filter((q) => q.type === "multiple_choice").length).toBeGreaterThanOrEqual(4);
    expect(new Set(top.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
    const facts = top.filter((q) => q.type !== "matching" && q.type !== "ordering").map((q) => `${q.source?.sentence}|${String(q.answer)}`);
    expect(new Set(facts).size).toBe(facts.length);
    for (const q of top) expect(q.prompt).not.toMatch(/completes this sentence|Complete this sentence/);
  });

  it("returns in bounded time on a 5 MB input", () => {
    const line = (i: number) => `Minister Ana Ruiz said ${i + 2} schools in Peru will get $${(i % 900) + 1}m by ${1990 + (i % 30)}.`;
    const big = Array.from({ length: 80_000 }, (_, i) => line(i)).join("\n").slice(0, 5_000_000);
    const t0 = performance.now();
    const { questions } = generateQuestions(big);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(questions.length).toBeGreaterThan(0);
  }, 30_000);
});

describe("whether a higher limit could give more drafts", () => {
  it("says no once every fact has given what it can, yes while drafts were cut at the limit", () => {
    const short = "The harbour council raised ferry fares by 12 percent on Monday. Mayor Ilse Varga said the money would pay for two new boats. The boats will carry up to 300 passengers each and should arrive next spring.";
    const few = generateQuestions(short);
    expect(few.drafts.length).toBeLessThan(20);
    expect(few.more).toBe(false);
    const demo = read("prisma/demo/lee-japan-us-summit.txt");
    const first = generateQuestions(demo, { limit: 5 });
    expect(first.drafts).toHaveLength(5);
    expect(first.more).toBe(true);
    const all = generateQuestions(demo, { limit: 500 });
    expect(all.drafts.length).toBeLessThan(500);
    expect(all.more).toBe(false);
    // Asking for more than there is gives the same drafts again: "more" was right to say no.
    expect(generateQuestions(demo, { limit: 1000 }).drafts.length).toBe(all.drafts.length);
  });
});

describe("select-all questions over a list of places", () => {
  it("offers wrong options of the same kind only (no country beside its capital)", () => {
    const text = [
      "Andean ministers agree to share river data",
      "Water ministers gathered on Tuesday for talks on a regional flood warning network.",
      "The agreement links monitoring stations run from Lima, Quito and Bogota, officials said.",
      "Peru, Ecuador and Colombia will each pay for their own stations.",
    ].join("\n");
    const { questions } = generateQuestions(text);
    const selectAll = questions.filter((q) => q.type === "multiple_response");
    for (const q of selectAll) {
      const answers = q.answer as string[];
      const wrong = (q.choices ?? []).filter((c) => !answers.includes(c));
      for (const option of wrong) expect(["Peru", "Ecuador", "Colombia", "South America"]).not.toContain(option);
    }
  });
});
