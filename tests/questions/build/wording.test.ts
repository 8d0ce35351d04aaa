import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";
import { BLANK, blankedPassage, buildMultipleChoice, buildNumeric, buildPools, countQuestion, directQuestion, isConversion, isOffice, personSubjectQuestion } from "@/questions/build";
import { extractFacts, type Fact } from "@/questions/facts";
import { dropLoneOpeningQuote, namePronoun, objectCountQuestion, personRelativeQuestion, relativeClauseAsSentence, statement, tameQuotes, totalQuestion } from "@/questions/build/wording";
import { generateQuestions } from "@/questions";

// Fixture sentences written for these tests.
const factsOf = (text: string) => extractFacts(splitSentences(text));
const fact = (text: string, answer: string, kind?: string): Fact => {
  const f = factsOf(text).find((x) => x.answer === answer && (!kind || x.kind === kind));
  if (!f) throw new Error(`no fact ${answer}`);
  return f;
};

describe("countQuestion: a direct question built from the sentence's own clauses", () => {
  it.each([
    ["Six fishing boats were lost in the storm.", "Six fishing boats", "How many fishing boats were lost in the storm?"],
    ["About 900 volunteers arrived in the port town of Kelso after a long march.", "900", "About how many volunteers arrived in the port town of Kelso after a long march?"],
    ["The convoy of around 40 trucks reached the border on Friday, officials said.", "40", "About how many trucks reached the border on Friday?"],
    ["Rescuers said 212 people were treated for smoke inhalation.", "212", "According to rescuers, how many people were treated for smoke inhalation?"],
    // Capitalised only because they open the sentence; a name keeps its capitals.
    ["Shipping lines said 140 ships were waiting off the coast.", "140", "According to shipping lines, how many ships were waiting off the coast?"],
    ["Harbour Watch said 140 ships were waiting off the coast.", "140", "According to Harbour Watch, how many ships were waiting off the coast?"],
    ["12 towns signed the water pact, 9 towns signed the road pact and 3 signed both.", "12", "How many towns signed the water pact?"],
    ["About 600 troops reached the port of Velden after a three-day, 200-mile march.", "600", "About how many troops reached the port of Velden after a three-day, 200-mile march?"],
    // An aside set off by a dash to the end of the sentence is left out.
    ["Some 4.2 million voters went back to the polls after judges found the first count flawed — including ballots marked twice.", "4.2 million", "About how many voters went back to the polls after judges found the first count flawed?"],
    // The count opens a clause after the main one ("when", "after", "as"): that clause is asked.
    ["Dozens of people were hurt, two badly, when four coaches of a night ferry train left the rails near Kelso.", "four coaches", "How many coaches of a night ferry train left the rails near Kelso?"],
    ["Share prices slid on Friday as some 300 firms reported losses for the quarter.", "300", "About how many firms reported losses for the quarter?"],
  ])("%s", (sentence, answer, expected) => {
    expect(countQuestion(fact(sentence, answer, "count"))).toBe(expected);
  });
  it.each([
    // The number is an object, or a lower bound, or the speaker is a pronoun: no direct question.
    ["The storm sank six fishing boats near the harbour.", "six fishing boats"],
    ["More than 300 homes were flooded overnight.", "300"],
    ["He said 75 workers were laid off last month.", "75"],
    ["All 230 passengers and nine crew were rescued.", "230"],
    // The clause points back into the main one it was cut from.
    ["The mayor stepped down after 40 councillors voted against her budget.", "40"],
  ])("%s -> none", (sentence, answer) => {
    expect(countQuestion(fact(sentence, answer, "count"))).toBeUndefined();
  });
});

describe("objectCountQuestion: the number as the object of the clause's verb", () => {
  it.each([
    ["The storm sank six fishing boats near the harbour.", "six fishing boats", "How many fishing boats did the storm sink near the harbour?"],
    ["Two car bombs killed nine people and wounded 30 others on Friday.", "nine people", "How many people did two car bombs kill?"],
    ["Acme Foods will cut 500 jobs at its plant in Leeds, the company said.", "500", "How many jobs will Acme Foods cut at its plant in Leeds?"],
    ["The council has hired 300 extra teachers this year.", "300", "How many extra teachers has the council hired this year?"],
    ["Police said gunmen kidnapped 12 students from a school in Zaria.", "12", "According to police, how many students did gunmen kidnap from a school in Zaria?"],
    ["Insurgents attacked four police stations in Mosul.", "four police stations", "How many police stations did insurgents attack in Mosul?"],
    ["The firm employs about 2,000 people in the region.", "2,000", "About how many people does the firm employ in the region?"],
    ["China's navy sent four warships to the strait.", "four warships", "How many warships did China's navy send to the strait?"],
    ["Velden's council approved 12 new schools on Monday.", "12", "How many new schools did Velden's council approve on Monday?"],
    // The count in a clause after the main one: that clause is asked alone.
    ["Grain prices jumped on Monday after rebels seized 12 oil wells in the south.", "12", "How many oil wells did rebels seize in the south?"],
  ])("%s", (sentence, answer, expected) => {
    expect(objectCountQuestion(fact(sentence, answer, "count"))).toBe(expected);
  });
  it.each([
    // A pronoun subject, a subject that is a clause, "others" (what they are is in another phrase).
    ["They attacked four police stations in Mosul.", "four police stations"],
    ["He said 75 workers were laid off last month.", "75"],
    ["Two car bombs killed nine people and wounded 30 others on Friday.", "30"],
    ["The minister, who took office in May, has approved 40 new clinics.", "40"],
    ["Police said the truck carried about 300 kilograms (661 pounds) of explosive.", "300"],
    // A clause after the main one that points back into it.
    ["The mayor resigned when protesters burned 30 cars outside her office.", "30"],
  ])("%s -> none", (sentence, answer) => {
    expect(objectCountQuestion(fact(sentence, answer, "count"))).toBeUndefined();
  });
});

describe("personSubjectQuestion", () => {
  it.each([
    ["Mayor Dana Whitlock takes over a council with 31 seats after the election.", "Dana Whitlock", "Who takes over a council with 31 seats after the election?"],
    ["Governor Ellis Brandt signed the water bill into law on Monday evening.", "Ellis Brandt", "Who signed the water bill into law on Monday evening?"],
  ])("%s", (sentence, answer, expected) => {
    const f = factsOf(sentence).find((x) => x.answer === answer && x.entityType === "person");
    expect(f && personSubjectQuestion(f)).toBe(expected);
  });
});

describe("personRelativeQuestion: a relative clause after a name asks for that person", () => {
  it.each([
    ["She replaces Mayor Dana Whitlock, who was voted out of office in March after two terms.", "Dana Whitlock", "Who was voted out of office in March after two terms?"],
    ["It was a bitter night for Governor Ellis Brandt, whose budget was rejected by the state assembly on Friday.", "Ellis Brandt", "Whose budget was rejected by the state assembly on Friday?"],
    // Not when the clause leans on another sentence, only reports speech, or is about someone else.
    ["They thanked Mayor Dana Whitlock, who said the vote was fair.", "Dana Whitlock", undefined],
    ["They met Governor Ellis Brandt, who had asked them to wait for him.", "Ellis Brandt", undefined],
    ["They met Governor Ellis Brandt, whose country hosts the games next year.", "Ellis Brandt", undefined],
    ["They met Governor Ellis Brandt, who won.", "Ellis Brandt", undefined],
  ])("%s", (sentence, answer, expected) => {
    const f = factsOf(sentence).find((x) => x.answer === answer && x.entityType === "person");
    expect(f).toBeDefined();
    expect(personRelativeQuestion(f!)).toBe(expected);
  });
});

describe("totalQuestion: a running total asked in its own words", () => {
  it.each([
    ["This takes the total number of flu cases this year to 9,466, the health office said.", "9,466", "What is the total number of flu cases this year?"],
    ["The new arrivals took the number of refugees in the camp to 4,120.", "4,120", "What was the number of refugees in the camp?"],
    // Not a toll that does not say whose, nor a hedged figure.
    ["The storm raised the death toll to 41.", "41", undefined],
    ["This takes the total number of flu cases this year to over 9,000.", "9,000", undefined],
  ])("%s", (sentence, answer, expected) => {
    const f = factsOf(sentence).find((x) => x.answer === answer && x.kind === "count");
    expect(f).toBeDefined();
    expect(totalQuestion(f!)).toBe(expected);
  });
});

describe("relativeClauseAsSentence: a long passage's relative clause holding the blank is quoted alone", () => {
  it.each([
    [
      `A report in the Velden Herald this week is the first to tie the port's dredging to an ecological event, in this case the sudden algal bloom during the spring of 2021 that killed ${BLANK} fish more than in a normal year along the estuary.`,
      `The spring of 2021 killed ${BLANK} fish more than in a normal year along the estuary.`,
    ],
    [
      `Rail operator Northwind Lines will buy freight carrier Osk Cargo from its founding family in a deal announced on Friday that will create the ${BLANK} rail group.`,
      `The deal announced on Friday will create the ${BLANK} rail group.`,
    ],
    // Not a short passage, a clause that starts another before the blank, or a clause with no verb first.
    [`The deal that will create the ${BLANK} rail group was signed.`, undefined],
    [`Rail operator Northwind Lines will buy freight carrier Osk Cargo from its founding family in a deal announced on Friday that, officials said, will create the ${BLANK} rail group.`, undefined],
    [`Rail operator Northwind Lines will buy freight carrier Osk Cargo from its founding family in a deal announced on Friday that the ${BLANK} rail group welcomed.`, undefined],
  ])("%s", (passage, expected) => {
    expect(relativeClauseAsSentence(passage)).toBe(expected);
  });
});

describe("fill in the blank", () => {
  it.each([
    ["The crane lifted about 300 tonnes (661,000 pounds) of steel into place.", "300", `The crane lifted about ${BLANK} tonnes of steel into place.`],
    ['The mayor called the plan "a waste of money" and left.', "mayor", `The ${BLANK} called the plan ‘a waste of money’ and left.`],
  ])("%s: conversions in brackets dropped, inner quotes made single", (sentence, answer, expected) => {
    const f = factsOf(sentence).find((x) => x.answer === answer) ?? {
      ...factsOf(sentence)[0]!,
      answer,
      answerStart: sentence.indexOf(answer),
      answerEnd: sentence.indexOf(answer) + answer.length,
      start: 0,
      end: sentence.length,
      sentence,
      context: undefined,
    };
    expect(blankedPassage(f)).toBe(expected);
  });
  it("a number inside brackets that restates another is a conversion", () => {
    const text = "The crane lifted about 300 tonnes (661,000 pounds) of steel into place.";
    const inner = factsOf(text).find((x) => x.answer.startsWith("661,000"));
    if (inner) expect(isConversion(inner)).toBe(true);
    expect(isConversion(fact(text, "300"))).toBe(false);
  });
  it("multiple choice prompts never use the old 'completes this sentence' stems", () => {
    const text = "Ferry fares will rise 8 percent in May, the operator said.\nAbout 4,000 people use the ferry each day.\nThe operator carried 1.2 million people in 2019.";
    const fs = factsOf(text);
    const pools = buildPools(fs);
    for (const f of fs) {
      for (const q of [buildMultipleChoice(f, pools), buildNumeric(f)]) {
        if (!q) continue;
        expect(q.prompt).not.toMatch(/completes this sentence|Complete this sentence/);
        expect(q.prompt).toMatch(/^(?:Fill in the blank|How many|About how many|According to|Who|What)/);
      }
    }
  });
});

describe("a G20 head's title goes into the blank with the name", () => {
  // Whose office it is is known before reading; what they did is what the story tells.
  const blanked = (sentence: string, answer: string) => {
    const f = factsOf(sentence).find((x) => x.answer === answer && x.entityType === "person");
    expect(f, answer).toBeDefined();
    return blankedPassage(f!);
  };
  it.each([
    ["China's President Xi Jinping opened a new rail line in Mombasa on Friday.", "Xi Jinping", `${BLANK} opened a new rail line in Mombasa on Friday.`],
    ["Trade talks resumed after German Chancellor Angela Merkel called the prime minister of Ghana.", "Angela Merkel", `Trade talks resumed after ${BLANK} called the prime minister of Ghana.`],
    ["The envoy later met United States President Donald Trump in Ottawa.", "Donald Trump", `The envoy later met ${BLANK} in Ottawa.`],
    ["Farmers in Osaka met Prime Minister Shinzo Abe on Tuesday.", "Shinzo Abe", `Farmers in Osaka met ${BLANK} on Tuesday.`],
  ])("%s", (sentence, answer, expected) => {
    expect(blanked(sentence, answer)).toBe(expected);
  });
  it.each([
    // A leader a reader may not know: the title is the clue.
    ["Peruvian President Alejandro Toledo opened a new rail line in Cuzco on Friday.", "Alejandro Toledo", "Peruvian President"],
    // No longer the one in office: the title tells which one.
    ["The former President Barack Obama opened a library in Chicago.", "Barack Obama", "President"],
    ["Former president Jacob Zuma was sentenced to 15 months in jail.", "Jacob Zuma", "Former president"],
  ])("%s keeps the title", (sentence, answer, title) => {
    expect(blanked(sentence, answer)).toContain(`${title} ${BLANK}`);
  });
  it("asks who did what, not who holds the office", () => {
    const f = factsOf("German Chancellor Angela Merkel opened a bridge over the Rhine in Cologne on Sunday.").find((x) => x.answer === "Angela Merkel" && x.relation === "holder");
    expect(f).toBeDefined();
    expect(directQuestion(f!) ?? "").not.toMatch(/who is the German Chancellor/);
  });
});

describe("isOffice", () => {
  it.each([
    ["chief executive of the port authority", true],
    ["Brazilian President", true],
    ["director of the institute in an interview with a radio station", false],
    ["x".repeat(120), false],
  ] as const)("%s -> %s", (role, expected) => {
    expect(isOffice(role)).toBe(expected);
  });
});

describe("directQuestion names whose office a role is", () => {
  it.each([
    ["Chilean Foreign Minister Ana Ruiz arrived in Lima on Monday for talks.", "Ana Ruiz", "According to the article, who is the Chilean Foreign Minister?"],
    ["Foreign Minister Ana Ruiz arrived in Lima on Monday for talks.", "Ana Ruiz", undefined],
  ])("%s", (sentence, answer, expected) => {
    const f = factsOf(sentence).find((x) => x.answer === answer && x.relation === "holder");
    expect(f).toBeDefined();
    const q = directQuestion(f!);
    if (expected) expect(q).toBe(expected);
    else expect(q ?? "").not.toMatch(/who is the Foreign Minister/);
  });
});

describe("statement: the explanation's answer", () => {
  it("names the unit once when the answer already holds it", () => {
    const sentence = "Testing ran for the first six months of the year.";
    const i = sentence.indexOf("six months");
    const f = { id: "x", kind: "count" as const, answer: "six months", value: 6, unit: "months", answerStart: i, answerEnd: i + 10, sentence, start: 0, end: sentence.length, sentenceIndex: 0 };
    expect(statement(f)).toBe("The answer is six months.");
    expect(statement({ ...f, answer: "6", answerEnd: i + 1 })).toBe("The answer is 6 months.");
  });
});

describe("quotation marks inside a quoted passage", () => {
  it.each([
    ['The boat carried 40 people, "far beyond its capacity," police said.', "The boat carried 40 people, ‘far beyond its capacity,’ police said."],
    ['The boat carried 40 people, "far beyond its capacity.', "The boat carried 40 people, far beyond its capacity."],
    ["He called it “a disgrace” on Monday.", "He called it ‘a disgrace’ on Monday."],
    ["He called it “a disgrace on Monday.", "He called it a disgrace on Monday."],
  ])("%s", (body, expected) => {
    expect(tameQuotes(body)).toBe(expected);
  });
  it.each([
    ["The ferry was ‘far beyond its capacity.", "The ferry was far beyond its capacity."],
    ["The ferry was ‘far beyond its capacity’ and the crew’s fault.", "The ferry was ‘far beyond its capacity’ and the crew’s fault."],
    ["The ferry’s crew was ‘tired.", "The ferry’s crew was tired."],
  ])("%s", (text, expected) => {
    expect(dropLoneOpeningQuote(text)).toBe(expected);
  });
});

describe("a 'he' or 'she' the article makes plain is named in brackets", () => {
  const story = [
    "Velden council elects new leader",
    "Councillors in Velden on Tuesday chose Maria Lopez as leader of the council, ending a month of deadlock.",
    "She won 31 of the 55 votes in a secret ballot.",
    "A member of the council for 12 years, she promised to reopen the harbour library within six months.",
  ].join("\n\n");

  it("names the person in the passage instead of quoting the sentence before", () => {
    const { questions } = generateQuestions(story, { publishedAt: new Date("2024-05-08") });
    const on = (needle: string) => questions.filter((q) => q.source?.sentence.includes(needle)).map((q) => q.prompt);
    const prompts = [...on("She won"), ...on("A member of the council")].filter((p) => p.includes("_____"));
    expect(prompts.length).toBeGreaterThan(0);
    for (const p of prompts) {
      expect(p).toContain("[Maria Lopez]");
      expect(p).not.toMatch(/\b[Ss]he\b/);
      expect(p).not.toContain("Councillors in Velden");
    }
  });

  it.each([
    ["She won 31 of the 55 votes.", "[Maria Lopez] won 31 of the 55 votes."],
    ["A member of the council for 12 years, she promised a new library.", "A member of the council for 12 years, [Maria Lopez] promised a new library."],
    ["The vote went her way.", undefined],
    ["She's expected to win.", undefined],
    ["She thanked Maria Lopez.", undefined],
  ])("%s", (passage, expected) => {
    expect(namePronoun(passage, "Maria Lopez")).toBe(expected);
  });
});

describe("a step and a level of one change are each asked without the other", () => {
  // Fixture sentences written for these tests.
  const text = "The Monetary Authority of Velden lifted its main lending rate by 75 basis points to 6.25 percent on Wednesday to cool prices.";
  it.each([
    ["75 basis points", "lifted its main lending rate by _____ on Wednesday", "6.25"],
    ["6.25 percent", "lifted its main lending rate to _____ on Wednesday", "75 basis points"],
  ])("asking %s", (answer, expected, hidden) => {
    const passage = blankedPassage(fact(text, answer, "percentage"));
    expect(passage).toContain(expected);
    expect(passage).not.toContain(hidden);
  });
  it("a figure whose phrase goes on ('to 15.3 per dollar') stays, as does any other 'by'", () => {
    expect(blankedPassage(fact("The krona fell by 2% to 15.3 per dollar on Monday after the vote in Oslo.", "2%", "percentage"))).toContain("by _____ to 15.3 per dollar");
    expect(blankedPassage(fact("The bridge was opened by 40 volunteers to 300 cheering residents in Kelso.", "40", "count"))).toContain("by _____ volunteers");
  });
});
