// Known bad generations, not solved yet. Each names the shared development article, the rank of
// the question in its top 10 (`npm run -s questions -- generate FILE --json`) and what a teacher
// would object to. No article text is copied here: the problem is described in our own words.
// When one is fixed, move it into a table-driven test with a fixture sentence we wrote ourselves.
// (In the spirit of compromise's tests/two/_backlog.js.)

export interface BacklogItem {
  article: string;
  rank: number;
  problem: string;
  /** Where a fix probably belongs. */
  area: "build" | "rank" | "entities" | "facts" | "data";
}

// Fixed and moved into tests/questions/build/teacher-bar.test.ts: the long quoted speech before a
// numeric blank, the campaign group's name split by the tagger, news services and lists of sites
// offered as organisations, a district offered beside whole cities, the cloze and true/false with a
// stray quotation mark, the year span typed with a hyphen, generic roles beside a party leader.
// Fixed and moved into tests/questions/build/distractors/summits.test.ts (stop 31): a summit asked
// only as a typed blank, for want of options of its kind (other summits of its era and region).
// Fixed and moved into tests/questions/build/distractors/: anachronistic leaders (dated terms),
// generic roles of another class for an office (roles in the key's frame), British-style offices
// for a US party leader, heads of state of another kind or region (heads.test.ts).
// Fixed and moved into tests/questions/rank/repeats.test.ts: a person's affiliation asked both ways
// round, two items of one list, two answers sharing words of one sentence.
// Fixed in the eighth pass (tests/questions/rank/mask.test.ts, tests/questions/article/clean.test.ts):
// a two-sentence photo caption with its credit; the protagonist named in every other prompt (now
// "[the former president]" where the article gives an office of two words or more).
// Fixed in the ninth pass (tests/questions/rank/mask.test.ts): a figure printed before the blank as
// the clause's subject, and a step and a level printed in a third question (both now elided, "[…]");
// a person titled "Justice", "Sen." or "Rep." alone (named by the role when no one else has the title).
// Fixed in the tenth pass (tests/questions/rank/elision.test.ts): a short sentence blanked a third
// time that kept little but elisions ("Earlier on […], the _____ raised the rate by […] to […]");
// the phrases that only held another key now go with it ("Earlier, the _____ raised the rate").
// Fixed in the eleventh pass (tests/questions/rank/mask.test.ts): a count asked in words ("Sixteen")
// printed in digits in another prompt ("among 16 people still missing"), now elided either way.
// Fixed in the thirteenth pass: a rank ("third-largest") never asked (build/poor-facts.test.ts); a
// closing "in the city." left by an elided name (rank/elision.test.ts); a count in a "when" clause of
// a long lead asked as a fill-in with gaps (build/wording.test.ts, direct question of its clause).
// Fixed in the twelfth pass: a cut that stranded an "as" clause's start (clause.test.ts); the
// country a story happens in offered for another country (distractors/places.test.ts); a party
// offered courts and commissions (distractors/orgs.test.ts).
// Fixed and moved into tests/questions/build/poor-facts.test.ts and dates: a weekday, a year used as
// a label, a name in brackets restating the one before it, a hyphenated modifier ("X-accredited").
export const backlog: readonly BacklogItem[] = [
  {
    article: "02-brazil-backs-china-trade.txt",
    rank: 1,
    problem: "without a publication date, the president's two terms (2003-10 and 2023-) leave the era in doubt, so the only era-safe heads are long-serving ones from other continents: correct by kind and era, but easy",
    area: "build",
  },
  {
    article: "11-heatwave-climate-attribution.txt",
    rank: 9,
    problem: "a science journal is typed as a place (a link line names it after a person's name and 'in'), so a false statement swaps it for a continent and reads oddly",
    area: "entities",
  },
  {
    article: "11-heatwave-climate-attribution.txt",
    rank: 10,
    problem: "short answer asks the learner to type a six-word institute name; a multiple choice of same-kind institutes would suit, but the long name makes the other choices look short",
    area: "build",
  },
  {
    article: "13-south-america-cuzco-summit.txt",
    rank: 20,
    problem: "select-all over the leaders still at a summit offers the home country of the leader named just before the blank; a learner can defend picking it",
    area: "build",
  },
  // Issue 11, read by an independent judge on the rubric (2026-12-06; held-out articles averaged
  // 3.5 of 10 publishable, no wrong key). Ranks are from that reading and move as the ranking does.
  {
    article: "17-queensland-tilt-train-derailment.txt",
    rank: 4,
    problem: "a lead that packs several key figures into one clause: each fill-in prompt prints another draft's key; cutting at commas cannot separate them, so one key fact is ranked below ten or leaks (needs direct wh-questions built from the clause)",
    area: "build",
  },
  {
    article: "14-sensex-record-high.txt",
    rank: 1,
    problem: "number options contradict another figure printed in the prompt (an intra-day high offered below the close the prompt gives; 'down _____ to X from Y' is a subtraction)",
    area: "build",
  },
  {
    article: "10-england-public-health-white-paper.txt",
    rank: 3,
    problem: "the story's own country is asked; the main-place rule counts only countries named three times, not the country of a health-policy story named in its headline",
    area: "rank",
  },
  {
    article: "50-samoa-measles-emergency.txt",
    rank: 0,
    problem: "reasons and outcomes are extracted (questions/facts/reasons.ts) but on single-event stories there are rarely three fair wrong phrases, so they are asked only as true/false; 'at least doubled the chance' and 'designating X a market economy' are still not facts",
    area: "build",
  },
  {
    article: "52-safaricom-annual-profit.txt",
    rank: 5,
    problem: "a money key whose options came out as company names: the money pool falls back to organisations when the article has too few amounts of the same currency",
    area: "build",
  },
  // A second rubric reading of eight development articles (2026-12-06, 25 of 80 publishable before
  // the fixes of that day): what is still open, described generally.
  {
    article: "15-reid-senate-democratic-leader.txt",
    rank: 2,
    problem: "person options match the title before the blank ('Sen.', 'Rep.'; tests/questions/build/distractors/people.test.ts) but not party or side: Republicans offered for the Democratic whip, a UN chief for a bank official",
    area: "build",
  },
  {
    article: "39-nato-warsaw-battalions.txt",
    rank: 3,
    problem: "place options that fit the key's level but not the slot: the adversary and a non-member offered as hosts of an alliance's battalions",
    area: "build",
  },
  {
    article: "54-nissan-sunderland-jobs.txt",
    rank: 3,
    problem: "typed answers miss natural forms: a brand's full name for its short form (VW / Volkswagen), an acronym's expansion the article never spells out, a party's members without the chamber ('Democrats')",
    area: "build",
  },
  {
    article: "50-samoa-measles-emergency.txt",
    rank: 8,
    problem: "the blank is spelled out by an apposition in the prompt ('the United Nations children's agency _____')",
    area: "build",
  },
  {
    article: "54-nissan-sunderland-jobs.txt",
    rank: 8,
    problem: "true/false is still a trimmed clause of the sentence, often with an unresolved 'the project' or 'also': not a claim in its own words",
    area: "build",
  },
  {
    article: "15-reid-senate-democratic-leader.txt",
    rank: 5,
    problem: "number options ignore the domain: seat counts above a chamber's size for a minority party",
    area: "build",
  },
  // Third rubric reading, of the held-out articles after the fixes of 2026-12-06 (38 of 80 strict,
  // 48 of 80 not counting prompts that print another answer): what is still open, in general terms.
  {
    article: "30-turkish-lira-world-markets.txt",
    rank: 1,
    problem: "a cut removes the words that tell two figures of one sentence apart ('on Monday' against 'since Friday', 'in net income' against revenue); options near the other figure are no longer offered (tenth pass, tests/questions/build/distractors/numbers.test.ts), but the prompt still does not say which figure it asks",
    area: "build",
  },
  {
    article: "42-indonesia-jokowi-reelected.txt",
    rank: 4,
    problem: "a figure derivable from two others already asked (the gap between two shares) is asked as if new",
    area: "rank",
  },
  {
    article: "34-nigeria-sokoto-boat-capsize.txt",
    rank: 7,
    problem: "the story's country named only in the dateline and once in the text is asked: the headline names the state, not the country",
    area: "rank",
  },
  // Fourth pass over the development articles (2026-12-06), still open.
  {
    article: "11-heatwave-climate-attribution.txt",
    rank: 0,
    problem: "a given name missing from our list ('Mira' in our own fixture) makes 'X of the Y Institute' one organisation, so no person or affiliation is found",
    area: "entities",
  },
  {
    article: "48-wmo-2015-record-temperatures.txt",
    rank: 1,
    problem: "a report's title is cut at its first 'on' ('the X Statement' of 'the X Statement on the Status of ...'), and its year is then asked from the same title",
    area: "entities",
  },
  // Blind reading of nine development articles, with and without the cuts (decision 016, fourth pass).
  {
    article: "24-us-china-tariff-factbox.txt",
    rank: 1,
    problem: "with prompts no longer cut, one lead blanked three times prints each question's key in the others; a fourth draft from the lead is now pushed down, a third still prints the other two's keys",
    area: "rank",
  },
  // Development judges, stop 21 (two fresh judges, 27 articles: 107 of 270 publishable).
  {
    article: "44-nepal-joshi-corruption-sentence.txt",
    rank: 6,
    problem: "a party the gazetteer does not know ('X Congress') is offered courts and a commission of the article as options: bodies of no known kind are matched with the article's bodies of every kind",
    area: "build",
  },
  {
    article: "45-ponmudy-disproportionate-assets.txt",
    rank: 2,
    problem: "only a subject 'he' or 'she' is named in brackets; 'him', 'his wife', 'their sentence' still need the sentence before",
    area: "build",
  },
  {
    article: "50-samoa-measles-emergency.txt",
    rank: 9,
    problem: "number options ignore what the noun allows: 'children under the age of _____' offered 34",
    area: "build",
  },
  // Sixth pass (stop 22; the continent above now counts less again as the story's own). Still open,
  // from the held-out and development readings of that stop, in general terms:
  {
    article: "42-indonesia-jokowi-reelected.txt",
    rank: 7,
    problem: "typed answers miss a body's longer name elsewhere in the article ('... Commission of Inquiry'); the single name after an honorific ('Mr Prabowo') is accepted since stop 23",
    area: "build",
  },
  {
    article: "42-indonesia-jokowi-reelected.txt",
    rank: 6,
    problem: "person options for an election's rival are heads of other countries and an election official; the real rival named in the article is missing",
    area: "build",
  },
  {
    article: "17-queensland-tilt-train-derailment.txt",
    rank: 7,
    problem: "number options ignore what the noun allows: 40 kph offered for a high-speed train's top speed, 22 million voters in a country of 19 million",
    area: "build",
  },
  // Seventh pass (stop 23). Still open, from the development readings of that stop:
  {
    article: "14-sensex-record-high.txt",
    rank: 4,
    problem: "an acronym's typed answer does not accept its expansion when the article spells it out in another sentence, in lower case ('foreign institutional investors' for FII)",
    area: "build",
  },
  {
    article: "48-wmo-2015-record-temperatures.txt",
    rank: 8,
    problem: "'so far in _____' asks the current year, which a reader knows without the article",
    area: "rank",
  },
  {
    article: "07-kmart-buys-sears.txt",
    rank: 3,
    problem: "the buyer's options are foreign grocers with bare brand names beside the key's full corporate name; the rival US chains the article's sector implies would be fair",
    area: "build",
  },
  {
    article: "24-us-china-tariff-factbox.txt",
    rank: 1,
    problem: "three blanks cut from one lead sentence give each other's keys away; the lead holds the key facts, so limiting drafts per lead lost key_recall (0.84 to 0.78): the second and third need questions built from their own clause",
    area: "rank",
  },
  // Ninth pass (stop 25): what eliding other drafts' keys ("[…]") leaves.
  {
    article: "15-reid-senate-democratic-leader.txt",
    rank: 2,
    problem: "a key that is the complement the clause hangs on is elided ('Reid won his post as […], ... tapped Rep. _____'): the elision takes who chose whom; and 'Mr Hu' or a family name stays printed where the article gives no office at all",
    area: "rank",
  },
  {
    article: "34-nigeria-sokoto-boat-capsize.txt",
    rank: 4,
    problem: "an embedded post whose text is two lines (a sentence, then a line with the picture link and the signature below) keeps its first line as the article's own: a question about another rescue",
    area: "entities",
  },
  // Tenth pass (stop 26): what two paired readings of the development top tens still found.
  {
    article: "39-nato-warsaw-battalions.txt",
    rank: 3,
    problem: "a range ('3,000 to 4,000 troops') is two facts; since the twelfth pass its two ends are one fact asked once (tests/questions/rank/repeats.test.ts), but the range should be one answer, with ranges as its options",
    area: "facts",
  },
  {
    article: "14-sensex-record-high.txt",
    rank: 1,
    problem: "the options for an intra-day high include figures below the close the prompt prints: the figures a prompt shows rule options out",
    area: "build",
  },
  {
    article: "48-wmo-2015-record-temperatures.txt",
    rank: 7,
    problem: "a sentence opening 'This, the agency said, was due to ...' needs the sentence before; ranking it down is not enough in a short article",
    area: "rank",
  },
  {
    article: "36-pakistan-south-waziristan-clash.txt",
    rank: 2,
    problem: "a figure that is the clause's subject stays elided ('[…] were also killed in the operation'): no phrase can go, so the lead's second and third questions still show a gap",
    area: "rank",
  },
  // Eleventh pass (stop 27): what the top-ten check (questions/rank/gaps.ts) could not mend.
  {
    article: "23-merkel-macron-aachen-treaty.txt",
    rank: 3,
    problem: "the place asked is printed inside two other drafts' names ('the new X Treaty', 'X Town Hall'); a short story has no draft worth 0.6 of them to bring up instead, so the give-away stays",
    area: "rank",
  },
  {
    article: "54-nissan-sunderland-jobs.txt",
    rank: 4,
    problem: "a lead with three key facts (a sum, a plant's town, a count of jobs) keeps holes: the town stays '[…]' where the question asks a figure, since a place may scope it",
    area: "rank",
  },
  {
    article: "15-reid-senate-democratic-leader.txt",
    rank: 11,
    problem: "a name put in brackets for a pronoun ('[the new leader's name] succeeds Sen. _____') prints the first draft's key, so the move takes a key fact out of the ten; the bracket could name him by what the lead says he became",
    area: "rank",
  },
  {
    article: "11-heatwave-climate-attribution.txt",
    rank: 8,
    problem: "a prompt cut after a list ends on a fragment ('... and two national parks, one.')",
    area: "build",
  },
  // Twelfth pass (stop 28): what the give-away moves and the new elisions left.
  {
    article: "37-kishtwar-encounter-soldiers.txt",
    rank: 8,
    problem: "the district asked is printed by two prompts of another sentence ('in […] area of the X district'); a name is elided only in its own sentence, and moving the question out loses a key fact, so the give-away stays",
    area: "rank",
  },
  {
    article: "26-afcfta-kigali-signing.txt",
    rank: 1,
    problem: "four drafts from one lead (a count, the summit's name, its ordinal, the capital) each keep a '[…]' for the others; the lead's facts need questions in their own words",
    area: "build",
  },
  {
    article: "15-reid-senate-democratic-leader.txt",
    rank: 7,
    problem: "a definite reference with nothing before it in the prompt ('Seconding the nomination was ...', 'Coming _____ years after WWII, the accord ...', 'The other _____ are ...') reads as if the reader had the article open; it should name what it refers to or rank down",
    area: "rank",
  },
  {
    article: "23-merkel-macron-aachen-treaty.txt",
    rank: 1,
    problem: "a typo of the source is copied into the prompt ('the history […]' for 'historic', 'least year' for 'last year'); an elision beside it makes it read worse",
    area: "build",
  },
  {
    article: "20-gilani-singh-seoul-summit.txt",
    rank: 5,
    problem: "a quoted phrase asked as a cloze ('had an ‘_____’') is not worth asking: what the article put in quotation marks is wording, not a fact",
    area: "rank",
  },
  // Thirteenth pass (stop 29).
  {
    article: "07-kmart-buys-sears.txt",
    rank: 12,
    problem: "the lead's rank ('the third-largest U.S. retailer', a key fact) is asked now, but as the lead's third draft its prompt takes the buyer's name out ('Discount retailer [a company] will buy ...'), so the top-ten check moves it below ten; a direct question ('What will the merger create?') would need no mark",
    area: "build",
  },
  {
    article: "50-samoa-measles-emergency.txt",
    rank: 8,
    problem: "a second declaration in the story ('the ministry declared a measles outbreak') ranks second and takes its object out of the next question's prompt ('declared […] on October 16'); a declaration after the lead's is the story's background",
    area: "rank",
  },
  {
    article: "28-bangladesh-bank-rate-hike.txt",
    rank: 8,
    problem: "which news outlet the governor spoke to is asked (outlets count 0.3, but a short story has few facts), and the other prompts then read 'told the [an organisation]'",
    area: "rank",
  },
  {
    article: "39-nato-warsaw-battalions.txt",
    rank: 4,
    problem: "where an alliance stations troops is offered the neighbours of the key, the adversary among them ('Russia' for where NATO leads a battalion): a neighbour that cannot be the answer by the story's own sense is absurd",
    area: "build",
  },
  {
    article: "51-bangladesh-dengue-cases.txt",
    rank: 12,
    problem: "a sentence with two running totals (cases and deaths) keeps only one in the top ten: the second is discounted twice, once for sharing the sentence and once for printing the first one's key, though the key is elided",
    area: "rank",
  },
  {
    article: "45-ponmudy-disproportionate-assets.txt",
    rank: 16,
    problem: "the court that passed the sentence (a key fact) is a multiple choice now, with other High Courts of its country, but stays at 16: it is the lead's fourth fact, and 'The _____ on Thursday sentenced ...' is blanked once more; a direct question ('Which court sentenced ...?') would not repeat the lead",
    area: "build",
  },
];
