import { describe, expect, it } from "vitest";
import { findEntities } from "@/questions/entities";

const show = (s: string, known?: Set<string>) =>
  findEntities(s, known).map((e) => `${e.type}:${e.title ? `[${e.title.text}] ` : ""}${e.text}`);

describe("findEntities", () => {
  const cases: [string, string[]][] = [
    ["Prime Minister Aiko Tanaka met reporters in Osaka.", ["person:[Prime Minister] Aiko Tanaka", "city:Osaka"]],
    ["Brazilian President Luiz Inacio da Costa spoke.", ["person:[Brazilian President] Luiz Inacio da Costa"]],
    ["Sen. Robert C. Walsh of Ohio voted no.", ["person:[Sen.] Robert C. Walsh", "place:Ohio"]],
    ["Troops from Canada and Peru arrived.", ["country:Canada", "country:Peru"]],
    ["The Japanese delegation left.", ["nationality:Japanese"]],
    ["She joined the Ministry of Health in May.", ["org:Ministry of Health"]],
    ["He leads People for the Open Web, a charity.", ["other:People for the Open Web"]],
    ["Analysts praised investor Mark Doyle on Friday.", ["person:[investor] Mark Doyle"]],
    ["Water Board chief executive Dana Cole resigned.", ["org:Water Board", "person:[Water Board chief executive] Dana Cole"]],
    ["It was Japan's biggest deal.", ["country:Japan"]],
    ["The port city of Basra was quiet.", ["city:Basra"]],
    ["They met in the town of Ravenholt on Monday.", ["place:Ravenholt"]],
    // The place noun wins over a name seen before as a person's.
    ["The pact will be signed in the city of Ostrava.", ["place:Ostrava"]],
    ["They gathered in Lindholm Town Hall, officials said.", ["place:Lindholm Town Hall"]],
    ["Discount stores opened.", []],
    ["The Australian Transport Safety Bureau will investigate.", ["org:Australian Transport Safety Bureau"]],
    ["Guards stood at Checkpoint 2 all night.", ["org:Checkpoint 2"]],
    // Titles that run through "of": the role belongs to the whole ministry name.
    [
      "Norwegian Ministry of Fisheries spokesperson Ola Brekke said the quota was fair.",
      ["org:Norwegian Ministry of Fisheries", "person:[Norwegian Ministry of Fisheries spokesperson] Ola Brekke"],
    ],
    ["Opposition leader Tomas Berg criticised the budget.", ["person:[Opposition leader] Tomas Berg"]],
    // Lowercase words that say which office it is belong to the title, not just "head".
    ["The agency's regional head Ivo Marek spoke.", ["person:[regional head] Ivo Marek"]],
    ["Analysts quoted senior economist Tara Venn at length.", ["person:[senior economist] Tara Venn"]],
    ["He thanked several officials Ana Ruiz had named.", ["other:Ana Ruiz"]],
    // A plural title before the first of two names.
    ["A bench of Justices Mira Thapa and Hari Rai heard the case.", ["person:[Justices] Mira Thapa", "other:Hari Rai"]],
    // Person cues without a known first name: speech verb, appositive role, age, a person-object verb.
    ["Ravi Anand says the plan works.", ["person:Ravi Anand"]],
    ["Mara Quist, the chief executive of Borel Foods, said sales fell.", ["person:Mara Quist", "org:Borel Foods"]],
    ["Helga Strand, 64, retired from the board.", ["person:Helga Strand"]],
    ["The mayor met Xu Wen in Osaka.", ["person:Xu Wen", "city:Osaka"]],
    ["Borel Foods said sales fell.", ["org:Borel Foods"]],
    // Organisations: suffixes, "&", a comma inside a firm's name, two names joined by "and".
    ["Department store chain Finch, Marlow & Co. was sold.", ["org:Finch, Marlow & Co."]],
    ["Shares of Procter & Gamble rose.", ["org:Procter & Gamble"]],
    ["The Reserve Bank of Fiji and Lakeside University signed a deal.", ["org:Reserve Bank of Fiji", "org:Lakeside University"]],
    ["The Ministry of Agriculture and Fisheries said no.", ["org:Ministry of Agriculture and Fisheries"]],
    ["Talks at Kestrel Holdings Inc. went well.", ["org:Kestrel Holdings Inc."]],
    ["The European Union and the United Nations agreed.", ["org:European Union", "org:United Nations"]],
    // Nationalities name their country; group adjectives and plurals are nationalities too.
    ["South Korean officials flew home.", ["nationality:South Korean"]],
    ["Koreans and East Asian leaders watched.", ["nationality:Koreans", "nationality:East Asian"]],
    // A place word ends a place name.
    ["Ships crossed the Korean Peninsula coast.", ["place:Korean Peninsula"]],
    ["Guards ring the Green Zone.", ["place:Green Zone"]],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(show(input)).toEqual(expected);
  });

  it("keeps \"the city of X\" a place even when X was seen as a person", () => {
    expect(show("The pact will be signed in the city of Ostrava.", new Set(["Ostrava"]))).toEqual(["place:Ostrava"]);
  });

  it("recognises a bare surname already seen as a person", () => {
    expect(show("Later, Tanaka said no.", new Set(["Tanaka"]))).toEqual(["person:Tanaka"]);
  });

  it("gives a nationality its country", () => {
    expect(findEntities("South Korean troops left.")[0]).toMatchObject({ type: "nationality", country: "South Korea" });
  });

  it("gives offsets relative to the sentence", () => {
    const s = "Talks with Mayor Tessa Marlow ended.";
    const [e] = findEntities(s);
    expect(s.slice(e!.start, e!.end)).toBe("Tessa Marlow");
    expect(s.slice(e!.title!.start, e!.title!.end)).toBe("Mayor");
  });
});
