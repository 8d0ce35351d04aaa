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
    ["Water Board chief executive Dana Cole resigned.", ["other:Water Board", "person:[Water Board chief executive] Dana Cole"]],
    ["It was Japan's biggest deal.", ["country:Japan"]],
    ["The port city of Basra was quiet.", ["city:Basra"]],
    ["They met in the town of Ravenholt on Monday.", ["place:Ravenholt"]],
    ["Discount stores opened.", []],
    ["The Australian Transport Safety Bureau will investigate.", ["org:Australian Transport Safety Bureau"]],
    ["Guards stood at Checkpoint 2 all night.", ["org:Checkpoint 2"]],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(show(input)).toEqual(expected);
  });

  it("recognises a bare surname already seen as a person", () => {
    expect(show("Later, Tanaka said no.", new Set(["Tanaka"]))).toEqual(["person:Tanaka"]);
  });

  it("gives offsets relative to the sentence", () => {
    const s = "Talks with Mayor Tessa Marlow ended.";
    const [e] = findEntities(s);
    expect(s.slice(e!.start, e!.end)).toBe("Tessa Marlow");
    expect(s.slice(e!.title!.start, e!.title!.end)).toBe("Mayor");
  });
});
