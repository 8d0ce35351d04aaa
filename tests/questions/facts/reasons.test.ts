// Reasons and outcomes: every sentence here is our own.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";
import { extractFacts, type Fact } from "@/questions/facts";
import { reasonFacts } from "@/questions/facts/reasons";
import { pastToBase, presentToBase } from "@/questions/facts/verbs";
import { annotate } from "@/questions/nlp";
import { ARTICLE } from "../../support/reasons-article";

const reasonsOf = (s: string) => reasonFacts(s, annotate(s)).map((f) => ({ cue: f.cue, answer: s.slice(f.s, f.e), shape: f.shape, ...(f.ask ? { ask: f.ask } : {}) }));
const answersOf = (s: string) => reasonsOf(s).map((f) => f.answer);

describe("reasonFacts: what counts as a reason or an outcome", () => {
  it.each([
    ["China raised tariffs on US goods in retaliation for new US duties on its steel.", "in retaliation for", "new US duties on its steel", "noun"],
    ["The two leaders agreed to resume talks on a trade deal, officials said.", "agreed to", "resume talks on a trade deal", "verb"],
    ["The council declared an emergency after three deaths from the outbreak.", "after", "three deaths from the outbreak", "noun"],
    ["The match was cancelled because of heavy rain.", "because of", "heavy rain", "noun"],
    ["The ferry sank because the captain ignored a storm warning.", "because", "the captain ignored a storm warning", "clause"],
    ["Flights were suspended due to a strike by air traffic controllers.", "due to", "a strike by air traffic controllers", "noun"],
    ["The central bank raised its main rate in response to soaring food prices.", "in response to", "soaring food prices", "noun"],
    ["Tensions rose after the army seized the port.", "after", "the army seized the port", "clause"],
    ["The board agreed to a merger with Keswick Foods.", "agreed to", "a merger with Keswick Foods", "noun"],
    ["Lawmakers clashed with ministers over the budget.", "over", "the budget", "noun"],
    ["The minister pledged to build 40 new schools in the north.", "pledged to", "build 40 new schools in the north", "verb"],
    ["Chakwera was sworn in after winning the rerun of the election.", "after", "winning the rerun of the election", "gerund"],
    ["A mudslide triggered by heavy rain buried the road.", "triggered by", "heavy rain", "noun"],
    ["The island school closed for two days after a burst pipe flooded its hall.", "after", "a burst pipe flooded its hall", "clause"],
    ["A bridge to the mainland was ruled out because of its high cost.", "because of", "its high cost", "noun"],
  ])("%s", (sentence, cue, answer, shape) => {
    expect(reasonsOf(sentence)).toContainEqual(expect.objectContaining({ cue, answer, shape }));
  });

  it.each([
    ["a bare date after 'after'", "The council shut the schools after Tuesday."],
    ["a time span before 'after'", "She returned home two weeks after the election."],
    ["a duration after 'after'", "The talks resumed after 48 hours of silence."],
    ["'after that'", "The bank closed its doors after that."],
    ["a country named in a ranking", "Velden is the second country to ban the drug, after Norway in 2019."],
    ["what someone was told after a meeting", "The minister told reporters after the meeting that talks would go on."],
    ["'over' before a number", "Over 5,000 people attended the rally in Velden."],
    ["'over' before a span of time", "Prices have risen over the past year."],
    ["'over' with no dispute before it", "The plane flew over the harbour at noon."],
    ["a reason inside a quotation", '"We closed the mine because the walls were unsafe," the manager said.'],
    ["a clause with a pronoun for its subject", "The mayor shut the bridge because it was unsafe."],
    ["'named after'", "The ship was named after a famous explorer."],
    ["'due to' a time", "The minister is due to arrive on Monday."],
    ["a vague 'this'", "The king agreed to this proposal."],
    ["a noun 'vote', not a verb", "The motion was passed in a vote to end the strike."],
    ["one actor's steps in turn", "After winning the vote, the mayor thanked her staff."],
  ])("none for %s", (_, sentence) => {
    expect(reasonsOf(sentence)).toEqual([]);
  });
});

describe("reasonFacts: what was declared or imposed", () => {
  it.each([
    ["Fiji has declared a state of emergency after floods cut roads on two islands.", "a state of emergency", "What has Fiji declared?"],
    ["The junta imposed martial law in the capital.", "martial law", "What did the junta impose?"],
    ["Officials in Larkin declare a curfew every summer.", undefined, undefined],
  ])("%s", (sentence, answer, ask) => {
    const found = reasonsOf(sentence).filter((f) => /^(?:declare|impose)/.test(f.cue ?? ""));
    if (answer) expect(found).toContainEqual(expect.objectContaining({ answer, ask }));
    else expect(found.map((f) => f.answer)).toContain("a curfew");
  });

  it.each([
    ["a passive naming its subject's new status", "Osei was declared the winner of the rerun."],
    ["a clause", "The minister declared that the talks had failed."],
    ["a pronoun", "The court declared it void."],
    ["a thing already named", "The mayor lifted the curfew she had imposed the week before."],
  ])("none for %s", (_, sentence) => {
    expect(reasonsOf(sentence).filter((f) => /^(?:declare|impose)/.test(f.cue ?? ""))).toEqual([]);
  });

  it("offers other measures of that kind, none the article names, and none for a trade step", () => {
    const text = "Fiji has declared a state of emergency after floods cut roads on two islands. Police will enforce a curfew in the worst-hit towns. Separately, the government imposed tariffs on imported sugar.";
    const facts = extractFacts(splitSentences(text));
    const emergency = facts.find((f) => f.answer === "a state of emergency")!;
    expect(emergency.alternatives?.length).toBeGreaterThanOrEqual(3);
    for (const a of emergency.alternatives!) {
      expect(a).not.toMatch(/emergency|curfew/);
    }
    const tariffs = facts.find((f) => f.entityType === "outcome" && f.answer.startsWith("tariffs"));
    expect(tariffs?.alternatives).toBeUndefined();
  });
});

describe("reasonFacts: where the phrase ends", () => {
  it.each([
    // A comma ends it.
    ["Samsa declared an emergency after several deaths linked to a fever outbreak, closing schools.", "several deaths linked to a fever outbreak"],
    // "and" with a new verb starts another clause; "and" between nouns does not.
    ["The krone rose after upbeat comments from the central bank and closed higher.", "upbeat comments from the central bank"],
    ["Farmers protested over low grain prices and rising fuel costs.", "low grain prices and rising fuel costs"],
    // A trailing time or date is not part of the reason.
    ["The two states cut ties because of a dispute over water rights in 1999.", "a dispute over water rights"],
    ["Parliament voted to ban plastic bags from next year.", "ban plastic bags"],
    // The sentence's own verb ends a phrase that came before it.
    ["A landslide caused by torrential rain destroyed 30 homes.", "torrential rain"],
    // A new clause introduced inside the phrase ("after Trump had ...") is cut off before its subject.
    ["Both sides agreed to lower tariffs on farm goods after the envoy had warned of a trade war.", "lower tariffs on farm goods"],
    // A quotation is taken whole.
    ['The leaders agreed to keep warming "well below" two degrees.', 'keep warming "well below" two degrees'],
    // Over twelve words: cut at a clean break, never inside "A and B", never before "of".
    [
      "The alliance decided to move four battalions of troops into the eastern border regions on a rotating basis to reassure its members.",
      "move four battalions of troops into the eastern border regions",
    ],
  ])("%s", (sentence, answer) => {
    expect(answersOf(sentence)).toContain(answer);
  });

  it("never ends on a determiner, a preposition or half a quotation", () => {
    const sentences = [
      'The plant closed due to a "deliberate act of sabotage by staff.',
      "The council acted after the collapse of the old pier at Dunmore on the eastern shore of the bay in the storm.",
      "Talks stalled over the future of the contested northern port city and its surrounding farmland and the river.",
    ];
    for (const s of sentences)
      for (const a of answersOf(s)) {
        expect(a).not.toMatch(/\b(?:the|a|an|of|in|on|and|or|to)$/i);
        expect((a.match(/"/g)?.length ?? 0) % 2).toBe(0);
        expect(a.split(/\s+/).length).toBeLessThanOrEqual(12);
      }
  });
});

describe("reasonFacts: the direct question", () => {
  it.each([
    ["China raised tariffs on US goods in retaliation for new US duties.", "Why did China raise tariffs on US goods?"],
    ["The match was cancelled because of heavy rain.", "Why was the match cancelled?"],
    ["The ferry sank because the captain ignored a storm warning.", "Why did the ferry sink?"],
    ["Lawmakers have clashed with ministers over the budget.", "What have lawmakers clashed with ministers over?"],
    ["The two leaders agreed to resume talks on a trade deal.", "What did the two leaders agree to do?"],
    ["The board agreed to a merger with Keswick Foods.", "What did the board agree to?"],
    ["On Monday, the alliance decided to send more troops to the border.", "What did the alliance decide to do?"],
    ["A landslide triggered by heavy rain buried the road.", "What triggered the landslide?"],
    ["The avalanche of mud and rock caused by the storm cut the valley off.", "What caused the avalanche of mud and rock?"],
    ["Fishermen have clashed with the council over the site of the breakwater.", "What have fishermen clashed with the council over?"],
    ["Most of the deaths occurred due to a rare strain of the virus.", "Why did most of the deaths occur?"],
    ["The union calls a strike because wages have fallen.", "Why does the union call a strike?"],
  ])("%s", (sentence, ask) => {
    expect(reasonsOf(sentence).map((f) => f.ask)).toContain(ask);
  });

  it.each([
    ["an 'after' (a time as much as a cause)", "The council shut the schools after three deaths from the outbreak."],
    ["a pronoun subject", "He voted to leave the party."],
    ["a noun's 'over', not the verb's", "Ties remain strained by resentment over the old border treaty."],
    ["a subject set off by commas", "The mayor, a former judge, resigned over a bribery scandal."],
    ["a negation", "The board did not agree to the merger."],
  ])("none for %s", (_, sentence) => {
    expect(reasonsOf(sentence).every((f) => f.ask === undefined)).toBe(true);
  });
});

describe("verb forms for the direct question", () => {
  it.each([
    ["raised", "raise"], ["imposed", "impose"], ["clashed", "clash"], ["banned", "ban"], ["cancelled", "cancel"], ["occurred", "occur"],
    ["agreed", "agree"], ["tried", "try"], ["died", "die"], ["added", "add"], ["called", "call"], ["visited", "visit"], ["created", "create"],
    ["hoped", "hope"], ["opened", "open"], ["declared", "declare"], ["cleared", "clear"], ["treated", "treat"], ["negotiated", "negotiate"],
    ["provoked", "provoke"], ["decided", "decide"], ["loaded", "load"], ["urged", "urge"], ["belonged", "belong"], ["fell", "fall"],
    ["withdrew", "withdraw"], ["ruled", "rule"], ["failed", "fail"], ["joined", "join"], ["declined", "decline"], ["boycotted", "boycott"],
  ])("%s -> %s", (past, base) => {
    expect(pastToBase(past)).toBe(base);
  });

  it("reads the present tense and refuses what it cannot read", () => {
    expect(presentToBase("raises")).toBe("raise");
    expect(presentToBase("watches")).toBe("watch");
    expect(presentToBase("carries")).toBe("carry");
    expect(presentToBase("has")).toBe("have");
    expect(presentToBase("focus")).toBeUndefined();
    expect(pastToBase("run")).toBeUndefined();
  });
});


const contentWords = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 3 && !["from", "with", "over", "after", "their", "this", "that"].includes(w));

describe("wrong answers for reasons and outcomes", () => {
  const facts = extractFacts(splitSentences(ARTICLE));
  const reasons = facts.filter((f) => f.cue);
  const find = (answer: string): Fact => {
    const f = reasons.find((x) => x.answer === answer);
    if (!f) throw new Error(`no reason ${answer}`);
    return f;
  };

  it("finds the article's reasons and outcomes, not its numbers", () => {
    expect(reasons.map((f) => f.answer)).toEqual(
      expect.arrayContaining(["new duties on its farm exports", "resume talks on a trade deal", "three deaths from a cholera outbreak", "a strike by dock workers", "a shortage of trained pilots"]),
    );
    expect(reasons.some((f) => /5,000/.test(f.answer))).toBe(false);
  });

  it("gives each of them a distinct id from any other fact on the same words", () => {
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it("offers the article's other reasons, none from the fact's own sentence or sharing its words", () => {
    for (const f of reasons) {
      const own = new Set(contentWords(f.sentence));
      for (const alt of f.alternatives ?? []) {
        expect(f.sentence.includes(alt)).toBe(false);
        expect(contentWords(alt).filter((w) => own.has(w))).toEqual([]);
      }
    }
    expect(find("a strike by dock workers").alternatives).toEqual(expect.arrayContaining(["a shortage of trained pilots"]));
  });

  it("never offers one lead reason for another (they are likely the same event's)", () => {
    const lead = reasons.filter((f) => f.sentenceIndex <= 2);
    for (const f of lead) for (const g of lead) if (f !== g) expect(f.alternatives ?? []).not.toContain(g.answer);
  });

  it("keeps the shape: verb phrases for 'agreed to do', noun phrases for 'because of'", () => {
    expect(find("resume talks on a trade deal").alternatives).toEqual(["boycott the budget debate in parliament"]);
    const nouns = find("a shortage of trained pilots").alternatives ?? [];
    expect(nouns.length).toBeGreaterThanOrEqual(3);
    expect(nouns).not.toContain("boycott the budget debate in parliament");
  });

  it("leaves out phrases that point back into their own sentence ('its roof')", () => {
    for (const f of reasons) for (const alt of f.alternatives ?? []) expect(alt).not.toMatch(/\bits\b/);
  });

  it("never offers what the same actor also agreed to, even across a pronoun ('It also agreed to ...')", () => {
    const story = [
      "The regional council voted to spend three million crowns on a new breakwater.",
      "It also agreed to review the ferry timetable in the spring.",
      "A new hotel opened in Lisk in May after a long planning dispute.",
      "The ferry company posted a loss after a sharp rise in fuel prices.",
    ].join("\n");
    const f = extractFacts(splitSentences(story)).find((x) => x.cue === "voted to")!;
    expect(f.answer).toBe("spend three million crowns on a new breakwater");
    expect(f.alternatives ?? []).not.toContain("review the ferry timetable in the spring");
  });

  it("offers whole clauses for a clause, none of them a report of what someone said", () => {
    const story = [
      "The island school closed for two days after a burst water pipe flooded its hall.",
      "Local shops ran short of bread during the storm.",
      "The ferry company posted a loss in the first quarter.",
      "A bridge to the mainland was ruled out by the planners.",
      "The harbour master said the crossings would resume soon.",
      "Tourism on the islands has grown steadily.",
    ].join("\n");
    const f = extractFacts(splitSentences(story)).find((x) => x.cue === "after")!;
    expect(f.shape).toBe("clause");
    expect(f.alternatives).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^local shops ran short of bread\b/),
        expect.stringMatching(/^the ferry company posted a loss\b/),
        expect.stringMatching(/^a bridge to the mainland was ruled out\b/),
      ]),
    );
    for (const alt of f.alternatives ?? []) expect(alt).not.toMatch(/\bsaid\b/);
  });

  it("never offers a restatement of the same cause from the rest of the story", () => {
    const story = [
      "Samsa declared a state of emergency after several deaths linked to a fever outbreak.",
      "The epidemic has spread to four islands, health officials said.",
      "Schools were shut to slow the spread of the fever.",
      "Doctors blamed the spread of the fever on low vaccination rates.",
      "A team of nurses arrived from a neighbouring country.",
      "The fever outbreak is the worst in the islands for twenty years.",
    ].join("\n");
    const f = extractFacts(splitSentences(story)).find((x) => x.cue === "after")!;
    expect(f.answer).toBe("several deaths linked to a fever outbreak");
    for (const alt of f.alternatives ?? []) expect(alt).not.toMatch(/fever|epidemic|outbreak|spread/);
  });
});
