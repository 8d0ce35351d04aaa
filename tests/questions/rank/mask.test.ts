import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";
import { extractFacts, type Fact } from "@/questions/facts";
import { maskOtherKeys, officeOf, type Maskable } from "@/questions/rank/mask";
import { generateQuestions } from "@/questions";
import type { Question } from "@/questions/schema";

// Our own fixture article: a takeover whose lead holds the buyer and the price, a chief executive
// named with her office once and by her family name after, and a judge.
const text = [
  "Northwind Air will buy rival carrier Bluejet in a $2.4 billion deal announced on Monday, creating the largest airline in the region.",
  "Northwind chief executive Maria Okafor said the combined airline would fly 310 planes.",
  "Okafor said the deal would be completed by March.",
  "Judge Ana Ruiz of the competition tribunal must approve the deal, and Velden's Maria Okafor fund will hold 3 percent.",
].join(" ");
const facts = extractFacts(splitSentences(text));
const factFor = (answer: string): Fact => {
  const f = facts.find((x) => x.answer === answer || x.canonical === answer);
  if (!f) throw new Error(`no fact ${answer}`);
  return f;
};
const question = (prompt: string, answer: string, acceptedAnswers?: string[]): Question =>
  ({ type: "short_answer", prompt, answer, ...(acceptedAnswers ? { acceptedAnswers } : {}) }) as unknown as Question;
const draft = (prompt: string, answer: string, fact: Fact, acceptedAnswers?: string[]): Maskable => ({ question: question(prompt, answer, acceptedAnswers), variants: [], fact });

const price = () => draft('Fill in the blank: "Northwind Air will buy rival carrier Bluejet in a _____ deal announced on Monday."', "$2.4 billion", factFor("$2.4 billion"));
const chief = () => draft('Fill in the blank: "Northwind chief executive _____ said the combined airline would fly 310 planes."', "Maria Okafor", factFor("Maria Okafor"), ["Okafor"]);

describe("maskOtherKeys: a prompt does not print another draft's key where it reads as well without it", () => {
  it("drops a figure used as an adjective, and never the draft's own key", () => {
    const buyer = draft('Fill in the blank: "_____ will buy rival carrier Bluejet in a $2.4 billion deal announced on Monday."', "Northwind Air", factFor("Northwind Air"));
    const [p, b] = maskOtherKeys([price(), buyer], facts);
    expect(b!.question.prompt).toBe('Fill in the blank: "_____ will buy rival carrier Bluejet in a deal announced on Monday."');
    expect(p!.question.prompt).toBe(price().question.prompt);
  });

  it("keeps the office and drops the name after it, with 'the' where English needs it", () => {
    const planes = draft('Fill in the blank: "Northwind chief executive Maria Okafor said the combined airline would fly _____ planes."', "310", factFor("310"));
    const [, masked] = maskOtherKeys([chief(), planes], facts);
    expect(masked!.question.prompt).toBe('Fill in the blank: "The Northwind chief executive said the combined airline would fly _____ planes."');
  });

  it("leaves a name whose office follows an adjective ('of conservative Chief Executive ...'): 'the' cannot go in the right place", () => {
    const prompt = 'Fill in the blank: "The board met after the exit of popular Northwind chief executive Maria Okafor in _____."';
    expect(maskOtherKeys([chief(), draft(prompt, "March", factFor("March"))], facts)[1]!.question.prompt).toBe(prompt);
  });

  it("names a person printed alone by the office the article gives them, in brackets", () => {
    expect(officeOf("Maria Okafor", splitSentences(text).map((s) => s.text))).toBe("Northwind chief executive");
    const when = draft('Fill in the blank: "Okafor said the deal would be completed by _____."', "March", factFor("March"));
    const [, masked] = maskOtherKeys([chief(), when], facts);
    expect(masked!.question.prompt).toBe('Fill in the blank: "[The Northwind chief executive] said the deal would be completed by _____."');
  });

  it("names a person by a title that says what they are ('Judge' -> 'the judge') unless the article gives it to another", () => {
    const judge = draft('Fill in the blank: "Judge Ana Ruiz of the _____ must approve the deal."', "competition tribunal", factFor("March"));
    const ruiz = draft("Who must approve the deal?", "Ana Ruiz", { ...factFor("Maria Okafor"), entityType: "person", canonical: "Ana Ruiz" });
    expect(maskOtherKeys([ruiz, judge], facts)[1]!.question.prompt).toBe('Fill in the blank: "The judge of the _____ must approve the deal."');
    const twoJudges = extractFacts(splitSentences(`${text} Judge Lev Ostrov said the tribunal would sit in May.`));
    expect(maskOtherKeys([ruiz, judge], twoJudges)[1]!.question.prompt).toContain("Judge Ana Ruiz");
  });

  it("leaves a name after a possessive, and a key asked further down than the first ten", () => {
    const fund = draft('Fill in the blank: "Velden\'s Maria Okafor fund will hold _____."', "3 percent", factFor("3 percent"));
    expect(maskOtherKeys([chief(), fund], facts)[1]!.question.prompt).toContain("Velden's Maria Okafor fund");
    const filler = Array.from({ length: 10 }, (_, i) => draft(`Question ${i}?`, `answer ${i}`, factFor("March")));
    const [first] = maskOtherKeys([price(), ...filler, draft("Which airline will Northwind Air buy?", "Northwind Air", factFor("Northwind Air"))], facts);
    expect(first!.question.prompt).toBe(price().question.prompt);
  });

  it("names a pronoun already named in brackets by the office, unless the office hints at one of the answers", () => {
    const plan = draft('Fill in the blank: "[Maria Okafor] said the airline would fly _____ planes."', "310", factFor("310"));
    expect(maskOtherKeys([chief(), plan], facts)[1]!.question.prompt).toBe('Fill in the blank: "[The Northwind chief executive] said the airline would fly _____ planes."');
    const select = { ...plan, question: { ...plan.question, type: "multiple_response", answer: ["Northwind", "Bluejet"] } as unknown as Question };
    expect(maskOtherKeys([chief(), select], facts)[1]!.question.prompt).toContain("[Maria Okafor]");
  });

  it("does not name someone by an office that shares a word with the question's own key", () => {
    const role = draft('Fill in the blank: "Okafor, the airline\'s chief _____, said the deal would be completed by March."', "executive", factFor("March"));
    const [, masked] = maskOtherKeys([chief(), role], facts);
    expect(masked!.question.prompt).toContain("Okafor, the airline's chief _____");
  });
});

describe("maskOtherKeys: organisations by what they are, people by a courtesy title or a rival's place", () => {
  const org = (answer: string) => draft("Which body?", answer, { ...factFor("March"), kind: "other", entityType: "org" });
  const masked = (prompt: string, other: Maskable) => maskOtherKeys([other, draft(prompt, "March", factFor("March"))], facts)[1]!.question.prompt;
  it.each([
    ['Fill in the blank: "The Velden Port Authority said the pier would open in _____."', "Velden Port Authority", 'Fill in the blank: "The authority said the pier would open in _____."'],
    ['Fill in the blank: "The Supreme Court of Kelso ruled in _____ that the mayor must resign."', "Supreme Court of Kelso", 'Fill in the blank: "The court ruled in _____ that the mayor must resign."'],
    // An owner stands for "the": "Kelso's bank", not "Kelso's […]" with the subject gone.
    ['Fill in the blank: "Kelso\'s Harbour Bank raised its rate in _____."', "Harbour Bank", 'Fill in the blank: "Kelso\'s bank raised its rate in _____."'],
    ['Fill in the blank: "Kelso\'s Reserve Bank raised its rate in _____."', "Reserve Bank", 'Fill in the blank: "Kelso\'s central bank raised its rate in _____."'],
  ])("%s", (prompt, name, expected) => {
    expect(masked(prompt, org(name))).toBe(expected);
  });
  it.each([
    ['Fill in the blank: "Discount grocer Velden Foods Corp. will open 40 stores by _____."', "Velden Foods Corp."],
    ['Fill in the blank: "The Harbour Bank Governor spoke in _____."', "Harbour Bank"],
    ['Fill in the blank: "‘The Velden Port Authority will not pay,’ she said in _____."', "Velden Port Authority"],
  ])("leaves %s", (prompt, name) => {
    expect(masked(prompt, org(name))).toBe(prompt);
  });
  it("masks a family name of two letters the key accepts ('Li' for Li Wen)", () => {
    const liFacts = extractFacts(splitSentences("Velden's mayor Li Wen opened the new bridge on Monday. Li said the bridge cost $40 million."));
    const li = draft("Who opened the bridge?", "Li Wen", { ...liFacts[0]!, entityType: "person", canonical: "Li Wen" }, ["Li"]);
    const cost = draft('Fill in the blank: "Li said the bridge cost _____."', "$40 million", liFacts[0]!);
    expect(maskOtherKeys([li, cost], liFacts)[1]!.question.prompt).toBe('Fill in the blank: "[Velden\'s mayor] said the bridge cost _____."');
  });

  it("names 'Ms Okafor' by her office, and a rival's name after 'his old rival' goes", () => {
    expect(masked('Fill in the blank: "Ms Okafor said the deal would close in _____."', chief())).toBe('Fill in the blank: "[The Northwind chief executive] said the deal would close in _____."');
    const rivalFacts = extractFacts(splitSentences("Mayor Piet Maas beat his old rival Jan de Wit in the vote on Sunday, the council said."));
    const rival = draft("Whom did the mayor beat?", "Jan de Wit", { ...rivalFacts[0]!, entityType: "person", canonical: "Jan de Wit" });
    const other = draft('Fill in the blank: "Mayor Piet Maas beat his old rival Jan de Wit in the vote on _____."', "Sunday", rivalFacts[0]!);
    expect(maskOtherKeys([rival, other], rivalFacts)[1]!.question.prompt).toBe('Fill in the blank: "Mayor Piet Maas beat his old rival in the vote on _____."');
  });
});

describe("maskOtherKeys: a second clause after the blank that prints another draft's key goes", () => {
  const other = (answer: string) => draft("Another question?", answer, factFor("310"));
  const masked = (prompt: string, printed: string) => maskOtherKeys([other(printed), draft(prompt, "March", factFor("March"))], facts)[1]!.question.prompt;
  it.each([
    ['Fill in the blank: "The former mayor was sentenced to _____ in jail and has five days to hand himself over to the police."', "five days", 'Fill in the blank: "The former mayor was sentenced to _____ in jail."'],
    ['Fill in the blank: "The court convicted the former mayor of fraud, sentencing him to _____ in jail and fining him $40,000." Type your answer.', "$40,000", 'Fill in the blank: "The court convicted the former mayor of fraud, sentencing him to _____ in jail." Type your answer.'],
    ['Fill in the blank: "The death toll from the floods in Velden has risen to _____, with 14 more people missing."', "14", 'Fill in the blank: "The death toll from the floods in Velden has risen to _____."'],
    ['Fill in the blank: "The two mayors met in _____ on Friday, a statement from the council office in Kelso said."', "Kelso", 'Fill in the blank: "The two mayors met in _____ on Friday."'],
  ])("%s", (prompt, printed, expected) => {
    expect(masked(prompt, printed)).toBe(expected);
  });
  it.each([
    // Two verbs sharing an object: the first alone would say nothing.
    ['Fill in the blank: "Leaders from _____ countries signed and launched the Velden Trade Pact at the summit."', "Velden Trade Pact"],
    // A list: cutting it would leave its other item a right answer.
    ['Fill in the blank: "The two treaties are the _____ on river shipping, and the Kelso Accord on fishing rights."', "Kelso Accord"],
  ])("leaves %s", (prompt, printed) => {
    expect(masked(prompt, printed)).toBe(prompt);
  });
});

describe("officeOf: the office written after a name, between commas", () => {
  it("takes an office set off after the name when the article writes none before it", () => {
    const sentences = ["Ada Nwosu, flood and rescue adviser to the river state governor, said the ferry was overloaded.", "Nwosu told reporters the ferry had room for 40."];
    expect(officeOf("Ada Nwosu", sentences)).toBe("flood and rescue adviser");
  });
  it("leaves an office written of two people, and a phrase that is no office", () => {
    const two = ["Tom Hale, chief executive of Kelso Foods, said profits rose.", "Rita Moss, chief executive of Velden Bank, said rates would fall."];
    expect(officeOf("Tom Hale", two)).toBeUndefined();
    expect(officeOf("Ada Nwosu", ["Ada Nwosu, smiling broadly, said the ferry was late."])).toBeUndefined();
  });
});

describe("maskOtherKeys: a key still printed is elided, as a quotation elides words", () => {
  // The drafts' facts: "$2.4 billion" and "Bluejet" of the lead, "310" of the second sentence.
  const other = (answer: string, fact: Fact) => draft("Another question?", answer, fact);
  const inSentence = (prompt: string, sentence: string): Maskable => {
    const d = draft(prompt, "March", factFor("March"));
    return { ...d, question: { ...d.question, source: { sentence, start: 0, end: sentence.length } } as Question };
  };
  const lead = facts.find((f) => f.answer === "Bluejet")!.sentence;
  const masked = (d: Maskable, printed: string, fact: Fact) => maskOtherKeys([other(printed, fact), d], facts)[1]!.question.prompt;

  it("elides a figure printed before the blank, in any sentence", () => {
    const d = inSentence('Fill in the blank: "After 310 days of talks the two towns signed the pact in _____ and went home."', "After 310 days of talks the two towns signed the pact in May and went home.");
    expect(masked(d, "310", factFor("310"))).toBe('Fill in the blank: "After [a number] days of talks the two towns signed the pact in _____ and went home."');
  });

  it("drops the phrase that held the key where the sentence reads as well without it", () => {
    const d = inSentence('Fill in the blank: "The two towns talked for 310 days before signing the pact in _____."', "The two towns talked for 310 days before signing the pact in May.");
    expect(masked(d, "310", factFor("310"))).toBe('Fill in the blank: "The two towns talked before signing the pact in _____."');
  });

  it("keeps the place when an option is named in the article: without it that option may fit too", () => {
    const sentence = "Judge Ana Ruiz of the competition tribunal must approve the deal in Velden.";
    const q = { type: "multiple_choice", prompt: 'Fill in the blank: "_____ of the competition tribunal must approve the deal in Velden."', answer: "Ana Ruiz", choices: ["Ana Ruiz", "Maria Okafor", "Lev Ostrov", "Ida Berg"], source: { sentence, start: 0, end: sentence.length } } as unknown as Question;
    const velden = facts.find((f) => f.answer === "Velden") ?? { ...factFor("Bluejet"), answer: "Velden", sentence, sentenceIndex: 3 };
    const [, masked] = maskOtherKeys([draft("Where?", "Velden", { ...velden, sentence }), { question: q, variants: [], fact: { ...factFor("Maria Okafor"), sentence } }], facts);
    expect(masked!.question.prompt).toContain("in […]");
  });

  it("elides a name printed in its own source sentence, the same sentence blanked again", () => {
    const d = inSentence('Fill in the blank: "Northwind Air will buy rival carrier Bluejet in a $2.4 billion deal announced on _____."', lead);
    expect(masked(d, "Bluejet", factFor("Bluejet"))).toBe('Fill in the blank: "Northwind Air will buy rival carrier […] in a $2.4 billion deal announced on _____."');
  });

  it("leaves a name printed in another sentence, inside a longer name, or in the prompt outside the quotation", () => {
    const elsewhere = inSentence('Fill in the blank: "Bluejet pilots said the deal would be done by _____."', "Bluejet pilots said the deal would be done by March.");
    expect(masked(elsewhere, "Bluejet", factFor("Bluejet"))).toBe(elsewhere.question.prompt);
    const longer = inSentence('Fill in the blank: "Northwind Air will buy rival carrier Bluejet Holdings in a deal announced on _____."', lead);
    expect(masked(longer, "Bluejet", factFor("Bluejet"))).toBe(longer.question.prompt);
    const outside = inSentence("When will Northwind Air buy Bluejet?", lead);
    expect(masked(outside, "Bluejet", factFor("Bluejet"))).toBe(outside.question.prompt);
  });

  it("elides a figure in a question written in its own words, where a name stays", () => {
    const own = inSentence("When will the airline fly 310 planes on its new routes?", "The airline will fly 310 planes on its new routes from March.");
    expect(masked(own, "310", factFor("310"))).toBe("When will the airline fly [a number] planes on its new routes?");
    const trip = inSentence("When did the talks, which lasted for 310 days, end?", "The talks, which lasted for 310 days, ended in March.");
    expect(masked(trip, "310", factFor("310"))).toBe("When did the talks, which lasted, end?");
  });

  it("drops the place phrase a question in its own words closes on, where it holds another draft's key", () => {
    const sentence = "Two pilots were hurt in a crash near the airfield in the hilly Osk district of Velden.";
    const place = { ...factFor("Bluejet"), kind: "place" as const, entityType: "place" as const, answer: "Osk", sentence };
    const own = inSentence("How many pilots were hurt in a crash near the airfield in the hilly Osk district of Velden?", sentence);
    expect(masked(own, "Osk", place)).toBe("How many pilots were hurt in a crash near the airfield?");
    // Not a phrase that goes on to another clause, and not when too little of the question is left.
    const clause = inSentence("How many pilots were hurt in Osk after the storm hit?", sentence);
    expect(masked(clause, "Osk", place)).toBe(clause.question.prompt);
    const short = inSentence("Who flew in Osk?", sentence);
    expect(masked(short, "Osk", place)).toBe(short.question.prompt);
    // From another sentence too, with a quotation inside the question: nothing is left as "[…]".
    const other = "Police said 40 people were hurt \"to some degree\" with two flown to hospital in Osk in a serious condition.";
    const quoted = inSentence('According to police, how many people were hurt "to some degree" with two flown to hospital in Osk in a serious condition?', other);
    expect(masked(quoted, "Osk", place)).toBe('According to police, how many people were hurt "to some degree" with two flown to hospital?');
    // A quoted passage of another sentence keeps the name: only its own sentence's prompts lose it.
    const passage = inSentence(`Fill in the blank: "${other.replace("40", "_____")}"`, other);
    expect(masked(passage, "Osk", place)).toBe(passage.question.prompt);
  });

  it("marks what was elided by its kind where the fact says it, and '[…]' where it does not", () => {
    const sentence = "Discount lender Keel Savings Bank will buy Bluejet after the Osk Treaty of 1998, its chief said on March 3.";
    const name = (answer: string, entityType: Fact["entityType"], kind: Fact["kind"] = "other") => ({ ...factFor("Bluejet"), kind, entityType, answer, sentence });
    const d = inSentence('Fill in the blank: "Discount lender Keel Savings Bank will buy _____ after the Osk Treaty of 1998, its chief said."', sentence);
    expect(masked(d, "Keel Savings Bank", name("Keel Savings Bank", "org"))).toContain('"Discount lender [a bank] will buy _____');
    // After the sentence's own "the", the label loses its article.
    const told = "The governor told the Velden Herald Group that rates would rise to 9 percent.";
    const dt = inSentence('Fill in the blank: "The governor told the Velden Herald Group that rates would rise to _____."', told);
    expect(masked(dt, "Velden Herald Group", { ...name("Velden Herald Group", "org"), sentence: told })).toBe('Fill in the blank: "The governor told the [organisation] that rates would rise to _____."');
    // A treaty the tagger took for a body is no organisation.
    expect(masked(d, "Osk Treaty", name("Osk Treaty", "org"))).toContain("after the […] of 1998");
    expect(masked(d, "1998", { ...name("1998", "year", "date"), value: 1998 })).toContain("the Osk Treaty of [a year], its");
    // A share whose unit stays printed is a number: "ahead [a number] percent", not "[a figure] percent".
    const shares = "Shares rose, with Bluejet up 22 percent and Northwind ahead 15 percent.";
    const share = inSentence('Fill in the blank: "Shares rose, with Bluejet up _____ and Northwind ahead 15 percent."', shares);
    expect(masked(share, "15", { ...factFor("3 percent"), answer: "15", value: 15, sentence: shares })).toBe('Fill in the blank: "Shares rose, with Bluejet up _____ and Northwind ahead [a number] percent."');
    // A count with its noun is more than a number: "At least […] of the crew", not "[a number] of the crew".
    const crew = "At least seven pilots of the crew were hurt in the crash near Osk.";
    const hurt = inSentence('Fill in the blank: "At least seven pilots of the crew were hurt in the crash near _____."', crew);
    expect(masked(hurt, "seven pilots", { ...factFor("310"), answer: "seven pilots", value: 7, sentence: crew })).toBe('Fill in the blank: "At least […] of the crew were hurt in the crash near _____."');
  });

  it("elides a count asked in words where it is printed in digits, and the other way round", () => {
    const count = (answer: string) => ({ ...factFor("310"), kind: "count" as const, answer, value: 16 });
    const digits = inSentence('Fill in the blank: "Rescuers said 16 people were still missing near _____."', "Rescuers said 16 people were still missing near Osk.");
    expect(masked(digits, "Sixteen passengers", count("Sixteen passengers"))).toBe('Fill in the blank: "Rescuers said [a number] people were still missing near _____."');
    const words = inSentence('Fill in the blank: "Rescuers said sixteen people were still missing near _____."', "Rescuers said sixteen people were still missing near Osk.");
    expect(masked(words, "16 passengers", count("16 passengers"))).toBe('Fill in the blank: "Rescuers said [a number] people were still missing near _____."');
    // Not a share ("Two-thirds"), nor a number inside a longer one.
    const share = inSentence('Fill in the blank: "Two-thirds of the 2,016 crews stayed near _____."', "Two-thirds of the 2,016 crews stayed near Osk.");
    expect(masked(share, "2 boats", { ...count("2 boats"), value: 2 })).toBe(share.question.prompt);
  });

  it("does not elide the day of a date ('November 2', '2 November') for a draft asking 'two weeks'", () => {
    const two = { ...factFor("310"), kind: "count" as const, answer: "two weeks", value: 2 };
    const us = inSentence('Fill in the blank: "She lost the seat on November 2 in the _____ district vote."', "She lost the seat on November 2 in the Osk district vote.");
    expect(masked(us, "two weeks", two)).toBe(us.question.prompt);
    const uk = inSentence('Fill in the blank: "She lost the seat on 2 November in the _____ district vote."', "She lost the seat on 2 November in the Osk district vote.");
    expect(masked(uk, "two weeks", two)).toBe(uk.question.prompt);
  });

  it("does not elide a figure inside a longer one ('310' in '3,310' or '310.5')", () => {
    const d = inSentence('Fill in the blank: "The airline flew 3,310 flights and 310.5 million miles by _____."', "The airline flew 3,310 flights and 310.5 million miles by March.");
    expect(masked(d, "310", factFor("310"))).toBe(d.question.prompt);
  });
});

describe("generated drafts", () => {
  it("the top ten of a story do not print the lead's figure in each other's prompts", () => {
    const { drafts } = generateQuestions(`Northwind Air to buy Bluejet\n\n${text}`);
    const top = drafts.slice(0, 10);
    const figure = top.find((d) => d.question.answer === "$2.4 billion");
    const others = top.filter((d) => d !== figure).map((d) => d.question.prompt);
    expect(figure).toBeDefined();
    expect(others.some((p) => p.includes("$2.4 billion deal"))).toBe(false);
  });
});
