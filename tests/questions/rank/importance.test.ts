import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/questions";
import { answerIdentity, articleShape, importance } from "@/questions/rank";
import type { Fact } from "@/questions/facts";

// Fixture sentences written for these tests.
const fact = (sentence: string, answer: string, over: Partial<Fact> = {}): Fact => {
  const i = sentence.indexOf(answer);
  return { id: `x${i}`, kind: "count", answer, answerStart: i, answerEnd: i + answer.length, sentence, start: 0, end: sentence.length, sentenceIndex: 0, value: 1, unit: "people", ...over };
};
const shape = (facts: Fact[], title?: string) => articleShape(facts, title);

describe("importance: the facts of the lead and the headline first", () => {
  it("ranks the lead above a later sentence", () => {
    const lead = fact("Floods displaced 4,000 people in the valley.", "4,000", { value: 4000 });
    const later = { ...fact("A shelter opened with 300 beds.", "300", { value: 300, unit: "beds" }), sentenceIndex: 9 };
    const sh = shape([lead, later]);
    expect(importance(lead, sh)).toBeGreaterThan(importance(later, sh) * 1.5);
  });

  it("counts background far down the article at under a third of the lead", () => {
    const lead = fact("Floods displaced 4,000 people in the valley.", "4,000", { value: 4000 });
    const far = { ...fact("A shelter opened with 300 beds.", "300", { value: 300, unit: "beds" }), sentenceIndex: 15 };
    const sh = shape([lead, far]);
    expect(importance(far, sh)).toBeLessThan(importance(lead, sh) * 0.3);
  });

  it.each([
    ["an age", fact("Marta Lind, 58, chairs the panel.", "58", { value: 58, unit: "years old" }), fact("The panel has 58 members.", "58", { value: 58, unit: "members" })],
    ["a generic institution", fact("The bill now goes to the Senate.", "Senate", { kind: "other", entityType: "org", value: undefined, unit: undefined }), fact("The bill was drafted by Greenway Trust.", "Greenway Trust", { kind: "other", entityType: "org", value: undefined, unit: undefined })],
    ["the source of a quote", fact("Nine people died in the fire, the Kestrel Herald reported.", "Kestrel Herald", { kind: "other", entityType: "org", value: undefined, unit: undefined }), fact("The Kestrel Herald bought the printing works.", "Kestrel Herald", { kind: "other", entityType: "org", value: undefined, unit: undefined })],
    ["a continent", fact("Trade with Asia grew by a third.", "Asia", { kind: "place", entityType: "place", value: undefined, unit: undefined }), fact("Trade with Vetland grew by a third.", "Vetland", { kind: "place", entityType: "place", value: undefined, unit: undefined })],
    ["a world region", fact("Troops will move to Eastern Europe in May.", "Eastern Europe", { kind: "place", entityType: "place", value: undefined, unit: undefined }), fact("Troops will move to Vetland in May.", "Vetland", { kind: "place", entityType: "place", value: undefined, unit: undefined })],
    ["a place measured from", fact("The ferry sank about 40km north of Velden on Monday.", "Velden", { kind: "place", entityType: "city", value: undefined, unit: undefined }), fact("The ferry sank near the port of Velden on Monday.", "Velden", { kind: "place", entityType: "city", value: undefined, unit: undefined })],
    ["a spokesman", fact("Road works begin in May, transport spokesman Oren Blay said.", "Oren Blay", { kind: "role", role: "transport spokesman", value: undefined, unit: undefined }), fact("Road works begin in May, transport minister Oren Blay said.", "Oren Blay", { kind: "role", role: "transport minister", value: undefined, unit: undefined })],
    ["a spokeswoman's office", fact("Court spokeswoman Ada Renn read the ruling.", "spokeswoman", { kind: "role", relation: "role-of", subject: "Ada Renn", value: undefined, unit: undefined }), fact("Court president Ada Renn read the ruling.", "president", { kind: "role", relation: "role-of", subject: "Ada Renn", value: undefined, unit: undefined })],
    ["a distance to a landmark", fact("The bus overturned about 60km north of Velden.", "60km", { value: 60, unit: "km" }), fact("The bus overturned with 60 passengers aboard.", "60", { value: 60, unit: "passengers" })],
    ["the size of a poll", fact("Most of the 30 economists polled expect a cut.", "30", { value: 30, unit: "economists" }), fact("Most of the 30 towns hit expect a cut.", "30", { value: 30, unit: "towns" })],
    ["the size of a poll, written before", fact("A poll of 30 economists found most expect a cut.", "30", { value: 30, unit: "economists" }), fact("A survey found 30 people lack clean water.", "30", { value: 30, unit: "people" })],
    ["the size of a bloc", fact("The 28-member alliance agreed to send troops.", "28", { value: 28, unit: "member", entityType: "compound" }), fact("The alliance agreed to send 28 ships.", "28", { value: 28, unit: "ships" })],
    ["the country of a head of state named with it", fact("Guests included Kenya's Uhuru Kenyatta and the Velden mayor.", "Kenya", { kind: "place", entityType: "country", value: undefined, unit: undefined }), fact("Guests flew in from Kenya for the Velden fair.", "Kenya", { kind: "place", entityType: "country", value: undefined, unit: undefined })],
    ["the country of a head of government named before it", fact("The mayor met Nguyen Tan Dung, prime minister of Vietnam, on the trade fair's first day.", "Vietnam", { kind: "place", entityType: "country", value: undefined, unit: undefined }), fact("The mayor met a trade envoy of Vietnam on the trade fair's first day.", "Vietnam", { kind: "place", entityType: "country", value: undefined, unit: undefined })],
    ["the body a quoted expert is from", fact("Ola Brandt of the Velden Climate Institute said the floods were unusual.", "Velden Climate Institute", { kind: "role", relation: "affiliation", subject: "Ola Brandt", entityType: "org", value: undefined, unit: undefined }), fact("Velden mayor Ola Brandt said the floods were unusual.", "mayor", { kind: "role", relation: "role-of", subject: "Ola Brandt", value: undefined, unit: undefined })],
    ["another event than the story's", { ...fact("In a separate attack, 12 people were hurt in Osk.", "12", { value: 12, unit: "people" }), sentenceIndex: 4 }, { ...fact("In the capital, 12 people were hurt in Osk.", "12", { value: 12, unit: "people" }), sentenceIndex: 4 }],
    ["an earlier event opening a later sentence", { ...fact("Last month, 12 people were hurt in a raid in Osk.", "12", { value: 12, unit: "people" }), sentenceIndex: 5 }, { ...fact("Police said 12 people were hurt in the raid in Osk.", "12", { value: 12, unit: "people" }), sentenceIndex: 5 }],
    ["an event of an earlier month opening a later sentence", { ...fact("In August, a mine hit a truck near Osk.", "Osk", { kind: "place", entityType: "city", value: undefined, unit: undefined }), sentenceIndex: 5 }, { ...fact("On the same road, a mine hit a truck near Osk.", "Osk", { kind: "place", entityType: "city", value: undefined, unit: undefined }), sentenceIndex: 5 }],
    ["a news outlet", fact("The minister told the BBC that talks would resume.", "BBC", { kind: "other", entityType: "org", value: undefined, unit: undefined }), fact("The minister told Greenway Trust that talks would resume.", "Greenway Trust", { kind: "other", entityType: "org", value: undefined, unit: undefined })],
    ["a ranking used as a description ('the world's two largest economies')", fact("The dispute set off a trade war between the world's two largest economies.", "two largest economies", { value: 2, unit: "economies" }), fact("The dispute set off a trade war between two rival economies.", "two rival economies", { value: 2, unit: "economies" })],
    ["a country's central bank", fact("Peru's Reserve Bank raised its main rate on Friday.", "Reserve Bank", { kind: "other", entityType: "org", value: undefined, unit: undefined }), fact("Peru's Greenway Trust raised its fees on Friday.", "Greenway Trust", { kind: "other", entityType: "org", value: undefined, unit: undefined })],
    ["a central bank named by its country", fact("Earlier, the Chile Bank raised the policy rate.", "Chile Bank", { kind: "other", entityType: "org", value: undefined, unit: undefined }), fact("Earlier, the Velden Bank raised its card fees.", "Velden Bank", { kind: "other", entityType: "org", value: undefined, unit: undefined })],
  ])("ranks down %s", (_, weak, strong) => {
    const sh = shape([weak, strong]);
    expect(importance(weak, sh)).toBeLessThan(importance(strong, sh));
  });

  it("ranks the day the lead's event is set for with the lead's names, not with the background's dates", () => {
    const day = (sentenceIndex: number) => ({ ...fact("The signing is set for March 3 in Velden.", "March 3", { kind: "date", entityType: "day", value: undefined, unit: undefined }), sentenceIndex });
    const place = fact("The signing is set for March 3 in Velden.", "Velden", { kind: "place", entityType: "city", value: undefined, unit: undefined });
    const sh = shape([day(0), place]);
    expect(importance(day(0), sh)).toBeGreaterThanOrEqual(importance(place, sh));
    expect(importance(day(6), shape([day(6), place]))).toBeLessThan(importance(day(0), sh) * 0.6);
  });

  it("ranks the story's own continent below another continent", () => {
    const place = { kind: "place" as const, entityType: "place" as const, value: undefined, unit: undefined };
    const kenya = (i: number) => ({ ...fact("Kenya signed the pact.", "Kenya", place), id: `k${i}`, sentenceIndex: i });
    const africa = { ...fact("Goods made in Africa will be cheaper.", "Africa", place), sentenceIndex: 3 };
    const asia = { ...fact("Goods made in Asia will be cheaper.", "Asia", place), sentenceIndex: 3 };
    const sh = shape([kenya(0), kenya(1), kenya(2), africa, asia]);
    expect(sh.homeCountry).toBe("Kenya");
    expect(importance(africa, sh)).toBeLessThan(importance(asia, sh) * 0.6);
  });

  it("ranks down the organisation the story keeps naming", () => {
    const org = (sentenceIndex: number) => ({ ...fact("The Harbour Alliance met in Velden.", "Harbour Alliance", { kind: "other", entityType: "org", value: undefined, unit: undefined }), id: `o${sentenceIndex}`, sentenceIndex });
    const other = fact("The Greenway Trust met in Velden.", "Greenway Trust", { kind: "other", entityType: "org", value: undefined, unit: undefined });
    const few = shape([org(0), org(1), other]);
    const many = shape([org(0), org(1), org(2), org(3), other]);
    expect(importance(org(0), many)).toBeLessThan(importance(org(0), few));
  });

  it("favours what the headline names and what the article repeats", () => {
    const a = fact("The port of Velden closed on Friday.", "Velden", { kind: "place", entityType: "city", value: undefined, unit: undefined });
    const b = fact("The port of Arkon closed on Friday.", "Arkon", { kind: "place", entityType: "city", value: undefined, unit: undefined });
    expect(importance(a, shape([a, b], "Velden port shut by strike"))).toBeGreaterThan(importance(b, shape([a, b], "Velden port shut by strike")));
    const again = { ...b, id: "y", sentenceIndex: 4 };
    expect(importance(b, shape([a, b, again]))).toBeGreaterThan(importance(a, shape([a, b, again])));
  });

  it.each([
    ["by name", "Floods in Kenya displace thousands"],
    ["by its people", "Kenyan floods displace thousands"],
    ["by its capital", "Nairobi floods displace thousands"],
  ])("ranks down the country the headline names %s, not a city it names", (_, title) => {
    const country = fact("The floods hit western Kenya on Monday.", "Kenya", { kind: "place", entityType: "country", value: undefined, unit: undefined });
    const city = fact("The floods hit the town of Kisumu on Monday.", "Kisumu", { kind: "place", entityType: "city", value: undefined, unit: undefined });
    expect(importance(country, shape([country, city], title))).toBeLessThan(importance(country, shape([country, city], "Floods displace thousands")) * 0.5);
    expect(importance(city, shape([country, city], "Kisumu floods displace thousands"))).toBeGreaterThan(importance(city, shape([country, city], "Floods displace thousands")));
  });

  it.each([
    ["The storm killed 14 people and flattened 300 homes.", "14 people", "300 homes"],
    ["Rescuers said 9 fishermen were still missing after 40 boats sank.", "9 fishermen", "40 boats"],
    ["Officials raised the death toll to 61 as 12 villages remained cut off.", "61", "12 villages"],
  ])("ranks the dead, hurt and missing first: %s", (sentence, toll, other) => {
    const t = fact(sentence, toll, { value: 1, unit: toll.split(" ")[1] ?? "deaths" });
    const o = fact(sentence, other, { value: 2, unit: other.split(" ")[1] });
    const sh = shape([t, o]);
    expect(importance(t, sh)).toBeGreaterThan(importance(o, sh));
  });

  it("keeps a headline country that is a party to the news, not its setting", () => {
    const partner = fact("China signed nine deals with Kenya on Monday.", "Kenya", { kind: "place", entityType: "country", value: undefined, unit: undefined });
    const title = "China signs deals with Kenya";
    expect(importance(partner, shape([partner], title))).toBeGreaterThanOrEqual(importance(partner, shape([partner], "China signs deals")));
  });

  it("ranks down a headline country used as an adjective ('the largest Kenya retailer'): the story's setting", () => {
    const country = { kind: "place" as const, entityType: "country" as const, value: undefined, unit: undefined };
    const adjective = fact("The merger creates the third-largest Kenya retailer, with 900 shops.", "Kenya", country);
    const title = "Kenya retailers merge";
    expect(importance(adjective, shape([adjective], title))).toBeLessThan(importance(adjective, shape([adjective], "Retailers merge")) * 0.5);
  });

  it("ranks down every country the story keeps naming, however each is written", () => {
    const place = (sentence: string, answer: string, sentenceIndex: number) => ({ ...fact(sentence, answer, { kind: "place", entityType: "country", value: undefined, unit: undefined }), id: `p${sentenceIndex}`, sentenceIndex });
    const us = [place("Tariffs on the U.S. rose again.", "U.S.", 1), place("Exports to the United States fell.", "United States", 2), place("The US mission left.", "US", 3)];
    const china = [place("China replied within hours.", "China", 1), place("Ports in China were quiet.", "China", 4), place("China cut its own duties.", "China", 5)];
    const once = place("Talks may move to Argentina next month.", "Argentina", 6);
    const sh = shape([...us, ...china, once]);
    const without = shape([us[1]!, china[0]!, once]);
    expect(importance(us[1]!, sh)).toBeLessThan(importance(us[1]!, without) * 0.5);
    expect(importance(china[0]!, sh)).toBeLessThan(importance(china[0]!, without) * 0.5);
    expect(importance(once, sh)).toBe(importance(once, without));
  });

  it("ranks an item of a list below the list, which asks it whole", () => {
    const sentence = "Chile, Bolivia and Uruguay stayed away from the signing.";
    const list = { ...fact(sentence, "Chile, Bolivia and Uruguay", { kind: "place", entityType: "list", value: undefined, unit: undefined }), items: ["Chile", "Bolivia", "Uruguay"] };
    const item = fact(sentence, "Chile", { kind: "place", entityType: "country", value: undefined, unit: undefined });
    const alone = fact("Chile stayed away from the signing.", "Chile", { kind: "place", entityType: "country", value: undefined, unit: undefined });
    expect(importance(item, shape([list, item]))).toBeLessThan(importance(alone, shape([alone])) * 0.5);
  });

  it("ranks down a G20 leader's office in a story that only mentions them, not one telling of an election", () => {
    const role = (sentence: string, answer: string) => fact(sentence, answer, { kind: "role", entityType: "person", relation: "holder", role: "President", value: undefined, unit: undefined });
    const known = role("China's President Xi Jinping signed nine deals in Kigali.", "Xi Jinping");
    const unknown = role("Malawi's President Peter Mutharika signed nine deals in Kigali.", "Peter Mutharika");
    expect(importance(known, shape([known]))).toBeLessThan(importance(unknown, shape([unknown])) * 0.6);
    const former = role("Former President Jacob Zuma handed himself in on Wednesday.", "Jacob Zuma");
    const sitting = role("President Jacob Zuma handed the prize over on Wednesday.", "Jacob Zuma");
    expect(importance(former, shape([former]))).toBeGreaterThan(importance(sitting, shape([sitting])) * 1.5);
    const elected = role("Jair Bolsonaro won the election and was sworn in as President of Brazil.", "Jair Bolsonaro");
    const mentioned = role("President Jair Bolsonaro opened the new port.", "Jair Bolsonaro");
    expect(importance(elected, shape([elected]))).toBeGreaterThan(importance(mentioned, shape([mentioned])) * 1.5);
  });

  it("takes a nation the story keeps naming (England) for the story's country, known before reading", () => {
    const place = (sentence: string, answer: string, i: number) => ({ ...fact(sentence, answer, { kind: "place", entityType: "place", value: undefined, unit: undefined }), sentenceIndex: i, id: `p${i}` });
    const story = [
      place("Clinics in England will open at weekends.", "England", 0),
      place("Ministers said England would train 900 nurses.", "England", 1),
      place("Waiting lists in England are the longest on record.", "England", 2),
    ];
    const once = place("Clinics in Wales will open at weekends.", "Wales", 0);
    expect(importance(story[0]!, shape(story))).toBeLessThan(importance(once, shape([once])) * 0.6);
  });

  it("finds the story's own country however it is named, and ranks down asking it, its bodies and its capital", () => {
    const other = (sentence: string, answer: string, i: number, over: Partial<Fact> = {}) => ({ ...fact(sentence, answer, { kind: "other", entityType: "org", value: undefined, unit: undefined, ...over }), sentenceIndex: i, id: `o${i}` });
    const story = [
      other("Soldiers of the Chilean Army cleared the road on Monday.", "Chilean Army", 0),
      other("The storm cut power to 40,000 homes in Chile's south.", "40,000", 1, { kind: "count", entityType: undefined, value: 40000, unit: "homes" }),
      other("Officials in Santiago said the port would reopen.", "Santiago", 2, { kind: "place", entityType: "city" }),
      other("Aid arrived from Peru.", "Peru", 3, { kind: "place", entityType: "country" }),
    ];
    const sh = shape(story);
    expect(sh.homeCountry).toBe("Chile");
    const setting = other("The storm cut power to 40,000 homes in Chile's south.", "Chile", 1, { kind: "place", entityType: "country" });
    const withSetting = shape([...story, setting]);
    expect(importance(setting, withSetting)).toBeLessThan(importance(setting, shape([setting])) * 0.6);
    // Its capital, but not as the venue of a meeting.
    expect(importance(story[2]!, sh)).toBeLessThan(importance(story[2]!, shape([story[2]!])) * 0.6);
    const venue = other("Leaders met for a summit in Santiago.", "Santiago", 2, { kind: "place", entityType: "city" });
    expect(importance(venue, shape([...story, venue]))).toBeGreaterThan(importance(venue, shape([venue])) * 0.9);
    // A country named as often as another is no story's own.
    const two = [...story, other("Peru sent two planes.", "two", 4, { kind: "count", entityType: undefined, value: 2, unit: "planes" }), other("Peruvian doctors helped.", "doctors", 5)];
    expect(shape(two).homeCountry).toBeUndefined();
  });

  it("ranks down the country of a G20 head named with the office right after it", () => {
    const country = (sentence: string) => fact(sentence, sentence.split("'")[0]!, { kind: "place", entityType: "country", value: undefined, unit: undefined });
    const known = country("Japan's Prime Minister Shinzo Abe opened a new rail line in Kenya.");
    const unknown = country("Malawi's President Peter Mutharika opened a new rail line in Kenya.");
    expect(importance(known, shape([known]))).toBeLessThan(importance(unknown, shape([unknown])) * 0.6);
  });

  it("treats a person's role question as a question about that person", () => {
    const holder = fact("Mayor Tessa Marlow opened the bridge.", "Tessa Marlow", { kind: "role", entityType: "person", relation: "holder", role: "Mayor" });
    const roleOf = fact("Mayor Tessa Marlow opened the bridge.", "Mayor", { kind: "role", entityType: "person", relation: "role-of", subject: "Tessa Marlow" });
    expect(answerIdentity(roleOf)).toBe(answerIdentity(holder));
  });
});

describe("importance: the story's own state or province", () => {
  const text = [
    "A freight train left the tracks in northern Tasmania on Sunday, injuring 23 people.",
    "Tasmania Rail said two drivers were among the injured.",
    "Tasmania Police closed the line for three days while engineers checked 14 kilometres of track.",
    "The operator expects to pay about $4 million for repairs.",
  ].join("\n");

  it("keeps a bare state name a place when companies are named after it, and asks it late", () => {
    const { facts, drafts } = generateQuestions(text);
    const state = facts.find((f) => f.answer === "Tasmania" && f.sentenceIndex === 0);
    expect(state?.kind).toBe("place");
    const sh = articleShape(facts);
    expect(sh.homeRegion).toBe("Tasmania");
    const toll = facts.find((f) => f.answer === "23")!;
    expect(importance(state!, sh)).toBeLessThan(importance(toll, sh) / 2);
    expect(drafts.slice(0, 4).map((d) => d.question.answer)).not.toContain("Tasmania");
  });
});

describe("importance: the story's own country wherever the sentence puts it", () => {
  // Fixture sentences written for this test.
  const text = [
    "Zambia's parliament voted 96 to 54 on Tuesday to raise the minimum wage by a fifth.",
    "Zambia is only the third country in the region to link its minimum wage to inflation.",
    "Unions in Zambia had marched for the rise since March, and Zambian employers opposed it.",
    "The new wage takes effect on 1 July, the labour ministry said.",
    "Malawi passed a similar law two years ago.",
  ].join("\n");

  it("counts the home country asked as a sentence's subject like the country as a setting", () => {
    const { facts } = generateQuestions(text);
    const sh = articleShape(facts);
    expect(sh.homeCountry).toBe("Zambia");
    const subject = facts.find((f) => f.answer === "Zambia" && f.sentenceIndex === 1)!;
    const neighbour = facts.find((f) => f.answer === "Malawi")!;
    expect(importance(subject, sh)).toBeLessThan(importance(neighbour, sh) * 0.5);
  });
});

describe("drafts: one fact, one draft", () => {
  const text = [
    "Harbour strike shuts Velden port",
    "Dock workers in Velden walked out on Monday, stranding 42 ships and about 3,000 containers, the port authority said.",
    "The union wants a 9 percent pay rise over two years; the employers have offered 4 percent.",
    "Union leader Petra Holm said the strike would last until Friday.",
    "Holm said 42 ships were waiting offshore.",
    "The port handles 1.2 million containers a year.",
  ].join("\n");

  it("asks each fact once, with its other forms as variants", () => {
    const { drafts } = generateQuestions(text);
    const ids = drafts.filter((d) => d.fact).map((d) => answerIdentity(d.fact!));
    expect(new Set(ids).size).toBe(ids.length);
    expect(drafts.some((d) => d.variants.length > 0)).toBe(true);
    for (const d of drafts) expect(d.variants.every((v) => v.type !== d.question.type)).toBe(true);
  });

  it("gives at most 20 drafts by default and more on request", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Crew ${i + 1} unloaded ${100 + i * 7} crates at berth ${i + 3} in Velden.`).join("\n");
    expect(generateQuestions(long).drafts.length).toBe(20);
    expect(generateQuestions(long, { limit: 35 }).drafts.length).toBeGreaterThan(20);
  });
});

describe("importance: a known bloc's members spelled out", () => {
  // Our own sentences: the same list once as a bloc's membership, once as the news.
  const listOf = (sentence: string) => {
    const { facts } = generateQuestions(`${sentence}\nThe talks are due to end on Friday with a joint statement on trade.`);
    const list = facts.find((f) => f.entityType === "list");
    if (!list) throw new Error(`no list in: ${sentence}`);
    return { list, shape: articleShape(facts) };
  };
  it("weighs the members of a bloc after its name far below the same countries as the news", () => {
    const members = listOf("Ministers flew to Kelso for a meeting of the BRICS group -- Brazil, Russia, India, China and South Africa.");
    const news = listOf("Brazil, Russia, India, China and South Africa walked out of the meeting in Kelso on Monday.");
    expect(importance(members.list, members.shape)).toBeLessThan(importance(news.list, news.shape) * 0.5);
  });
});

describe("importance: the story's own year and its history are background", () => {
  const year = (sentence: string, answer: string, iso: string, entityType: Fact["entityType"] = "year") => fact(sentence, answer, { kind: "date", entityType, isoDate: iso, value: undefined, unit: undefined });
  it("ranks a year long before the story, and the story's own year, below a year of its news", () => {
    const news = year("The bridge opened on March 3, 2019.", "March 3, 2019", "2019-03-03", "day");
    const history = year("The old bridge was built in 1962.", "1962", "1962");
    const own = year("Traffic so far in 2019 is up.", "2019", "2019");
    const plan = year("A second bridge is due in 2024.", "2024", "2024");
    const sh = shape([news, history, own, plan]);
    expect(sh.storyYear).toBe(2019);
    expect(importance(history, sh)).toBeLessThan(importance(plan, sh) * 0.6);
    expect(importance(own, sh)).toBeLessThan(importance(plan, sh) * 0.6);
  });
});
