import { describe, expect, it } from "vitest";
import { givesAway, importance, isGrounded, rankQuestions, scoreCandidate, titleWordsOf } from "@/questions/rank";
import type { Question } from "@/questions/schema";
import { generateQuestions } from "@/questions";

const q = (over: Partial<Question>): Question => ({
  type: "short_answer",
  prompt: "Who?",
  answer: "Tessa Marlow",
  explanation: "",
  source: { sentence: "Mayor Tessa Marlow spoke." },
  ...over,
});

describe("isGrounded", () => {
  it.each([
    [q({}), true],
    [q({ answer: "Ian Price" }), false],
    [q({ type: "numeric", answer: 65000, source: { sentence: "About 65,000 cars pass." } }), true],
    [q({ type: "numeric", answer: 12, source: { sentence: "About 65,000 cars pass." } }), false],
    [q({ type: "true_false", answer: true }), true],
    [q({ source: undefined }), false],
  ] as const)("%#", (question, expected) => {
    expect(isGrounded(question)).toBe(expected);
  });
});

describe("givesAway", () => {
  it.each([
    [q({ prompt: "Who is Tessa Marlow?" }), true],
    [q({ prompt: 'Fill in: "Mayor _____ spoke."' }), false],
    [q({ type: "true_false", answer: true, prompt: "Tessa Marlow spoke." }), false],
  ] as const)("%#", (question, expected) => {
    expect(givesAway(question)).toBe(expected);
  });
});

describe("rankQuestions", () => {
  it("drops invalid, ungrounded and duplicate candidates and sorts by score", () => {
    const good = q({ type: "multiple_choice", choices: ["Tessa Marlow", "Ian Price", "Ana Ruiz", "Rob Ingram"], prompt: 'Who? "Mayor _____ spoke."', factKind: "role" });
    const out = rankQuestions([
      { question: good },
      { question: good },
      { question: q({ answer: "Nobody", prompt: "x" }) },
      { question: q({ type: "multiple_choice", choices: ["Tessa Marlow"], prompt: "y" }) },
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.score).toBeGreaterThan(0);
  });

  it("has no dangling pronoun openers without context and no duplicate prompts", () => {
    const { questions } = generateQuestions("The council met on Monday.\nThey approved 12 new buses for the city.\nHe said 40 drivers would be hired.");
    const prompts = questions.map((x) => `${x.type}|${x.prompt}`);
    expect(new Set(prompts).size).toBe(prompts.length);
    const leaning = questions.filter((x) => x.source?.sentence.startsWith("He said"));
    expect(leaning.length).toBeGreaterThan(0);
    // Each question on a "He said ..." sentence quotes the sentence before it for context (with
    // "12" elided where another of the drafts asks it).
    for (const x of leaning) expect(x.prompt).toMatch(/They approved (?:12|\[…\]|\[a number\]) new buses for the city\./);
    const sorted = [...questions].sort((a, b) => b.score! - a.score!);
    expect(questions.map((x) => x.score)).toEqual(sorted.map((x) => x.score));
  });
});

describe("the head of the ranking", () => {
  const mcq = (answer: string, sentence: string, score = 1): Question => ({
    type: "multiple_choice",
    prompt: `Fill in the blank: "${sentence.replace(answer, "_____")}"`,
    choices: [answer, "w1 x", "w2 y", "w3 z"],
    answer,
    explanation: "",
    source: { sentence },
    factKind: "count",
    score,
  });
  it("mixes question types and does not repeat one fact at the top", () => {
    const sentences = Array.from({ length: 8 }, (_, i) => `Crews fixed ${i + 20} pumps in district ${i}.`);
    const cands = sentences.flatMap((s, i) => {
      const answer = String(i + 20);
      const fact = { id: `f${i}`, kind: "count" as const, answer, unit: "pumps", answerStart: 12, answerEnd: 14, sentence: s, start: 0, end: s.length, sentenceIndex: i };
      return [
        { question: mcq(answer, s), fact },
        { question: { ...mcq(answer, s), type: "numeric" as const, answer: i + 20, choices: undefined, tolerance: 0, prompt: `${s.replace(answer, "_____")} Answer with a number.` }, fact },
        { question: { ...mcq(answer, s), type: "true_false" as const, answer: true, choices: undefined, prompt: `True or false? "${s}"` }, fact },
      ];
    });
    const top = rankQuestions(cands).slice(0, 8);
    expect(new Set(top.map((q) => q.type)).size).toBeGreaterThanOrEqual(2);
    expect(top.filter((q) => q.type === "multiple_choice").length).toBeGreaterThanOrEqual(4);
    const sources = top.map((q) => q.source!.sentence);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it.each([
    ["Harbour bridge to close for repairs", "The harbour bridge will close for repairs in May.", "The ferry timetable is unchanged."],
  ])("favours sentences that share the headline's words", (title, onTopic, offTopic) => {
    const shape = { titleWords: titleWordsOf(title), mentions: new Map<string, number>(), headlineCountries: new Set<string>() };
    const at = (sentence: string) => ({ id: "x", kind: "date" as const, answer: "May", answerStart: 0, answerEnd: 3, sentence, start: 0, end: sentence.length, sentenceIndex: 5 });
    const a = importance(at(onTopic), shape);
    const b = importance(at(offTopic), shape);
    expect(a).toBeGreaterThan(b);
  });

  it.each([
    ["The move angered the unions.", true],
    ["It was the third strike this year.", true],
    ["Dock workers in Perth walked out on Monday.", false],
    ["Only half of the council turned up on Monday to sign it.", true],
    ["The town hall in Velden confirmed the date on Monday.", true],
    ["Delegates attending the summit here met on Monday.", true],
    ["At that time the port was closed on Monday.", true],
    ["Other unions such as dockers will strike on Monday.", true],
  ])("penalises %s without its antecedent: %s", (sentence, penalised) => {
    const fact = { id: "x", kind: "other" as const, answer: "Monday", answerStart: 0, answerEnd: 1, sentence, start: 0, end: sentence.length, sentenceIndex: 5 };
    const base = { id: "x", kind: "other" as const, answer: "Monday", answerStart: 0, answerEnd: 1, sentence: "Dock workers in Perth walked out on Monday.", start: 0, end: 42, sentenceIndex: 5 };
    const s1 = scoreCandidate({ question: mcq("Monday", sentence), fact });
    const s0 = scoreCandidate({ question: mcq("Monday", base.sentence), fact: base });
    expect(s1 < s0).toBe(penalised);
  });

  it("penalises a name that is one example of a set ('such as _____', 'including _____'): any of the set fits", () => {
    const at = (sentence: string, answer: string) => {
      const i = sentence.indexOf(answer);
      return { id: "x", kind: "place" as const, entityType: "country" as const, answer, answerStart: i, answerEnd: i + answer.length, sentence, start: 0, end: sentence.length, sentenceIndex: 5 };
    };
    const example = at("Ferries from ports such as Chile will sail on Monday.", "Chile");
    const plain = at("Ferries from ports in Chile will sail on Monday now.", "Chile");
    expect(scoreCandidate({ question: mcq("Chile", example.sentence), fact: example })).toBeLessThan(scoreCandidate({ question: mcq("Chile", plain.sentence), fact: plain }) * 0.6);
  });

  it("penalises a country asked while the prompt names its people ('Chilean President ... _____ and Peru')", () => {
    const at = (sentence: string) => {
      const i = sentence.indexOf("Chile");
      return { id: "x", kind: "place" as const, entityType: "country" as const, answer: "Chile", answerStart: i, answerEnd: i + 5, sentence, start: 0, end: sentence.length, sentenceIndex: 1 };
    };
    const giveaway = "Chilean President Ana Torres said a rail line that Chile and Peru plan to build would open in 2030.";
    const fair = "President Ana Torres said a rail line that Chile and Peru plan to build would open in 2030.";
    const blank = (sentence: string) => ({ ...mcq("Chile", sentence), prompt: `Fill in the blank: "${sentence.replace(/\bChile\b/, "_____")}"` });
    expect(scoreCandidate({ question: blank(giveaway), fact: at(giveaway) })).toBeLessThan(scoreCandidate({ question: blank(fair), fact: at(fair) }) * 0.5);
  });

  it("penalises a figure the prompt works out ('down 75 cents to _____ from $43.45'), not one beside unrelated figures", () => {
    const at = (sentence: string, answer: string) => {
      const i = sentence.indexOf(answer);
      return { id: "x", kind: "money" as const, answer, answerStart: i, answerEnd: i + answer.length, sentence, start: 0, end: sentence.length, sentenceIndex: 1, value: 1 };
    };
    const sums = "Velden crude fell 75 cents to $52.70 a barrel from $53.45 on Thursday.";
    const apart = "Velden crude fell 75 cents to $52.70 a barrel, its lowest since 2019, on Thursday.";
    expect(scoreCandidate({ question: mcq("$52.70", sums), fact: at(sums, "$52.70") })).toBeLessThan(scoreCandidate({ question: mcq("$52.70", apart), fact: at(apart, "$52.70") }) * 0.5);
  });

  it("penalises a share the prompt works out as a hundred less the other share", () => {
    const at = (sentence: string, answer: string) => {
      const i = sentence.indexOf(answer);
      return { id: "x", kind: "percentage" as const, answer, answerStart: i, answerEnd: i + answer.length, sentence, start: 0, end: sentence.length, sentenceIndex: 1, value: 1 };
    };
    const rest = "Mayor Ada Brink won 58.5 percent of the vote and her rival took 41.5 percent.";
    const three = "Mayor Ada Brink won 58.5 percent of the vote and her rival took 31.5 percent.";
    const blank = (sentence: string, key: string) => ({ ...mcq(key, sentence), prompt: `Fill in the blank: "${sentence.replace(key, "_____")}"` });
    expect(scoreCandidate({ question: blank(rest, "41.5 percent"), fact: at(rest, "41.5 percent") })).toBeLessThan(scoreCandidate({ question: blank(three, "31.5 percent"), fact: at(three, "31.5 percent") }) * 0.5);
  });

  it("penalises a prompt with two blanks for one answer", () => {
    const sentence = "Velden's port reopened on Monday, and ships sailed from Velden again.";
    const fact = { id: "x", kind: "place" as const, entityType: "city" as const, answer: "Velden", answerStart: 0, answerEnd: 6, sentence, start: 0, end: sentence.length, sentenceIndex: 1 };
    const once = { ...mcq("Velden", sentence), prompt: `Fill in the blank: "${sentence.replace("Velden", "_____")}"` };
    const twice = { ...mcq("Velden", sentence), prompt: `Fill in the blank: "${sentence.replaceAll("Velden", "_____")}"` };
    expect(scoreCandidate({ question: twice, fact })).toBeLessThan(scoreCandidate({ question: once, fact }) * 0.5);
  });

  it("penalises a sentence whose subject is 'That' standing for the sentence before more than a 'This' before a noun", () => {
    const at = (sentence: string) => ({ id: "x", kind: "other" as const, answer: "Monday", answerStart: 0, answerEnd: 1, sentence, start: 0, end: sentence.length, sentenceIndex: 5 });
    const lean = "That left only two ships in port on Monday.";
    const noun = "This port closed to ships on Monday.";
    expect(scoreCandidate({ question: mcq("Monday", lean), fact: at(lean) })).toBeLessThan(scoreCandidate({ question: mcq("Monday", noun), fact: at(noun) }));
  });
});
