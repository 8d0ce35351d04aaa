// Which word of a name is the family name, decided from the lists in questions/data/name-order.json.
import { describe, expect, it } from "vitest";
import { analyseName, personForms, splitTitle, writtenFamilyFirst } from "@/questions/grade/names";

describe("writtenFamilyFirst", () => {
  it.each<[string, boolean]>([
    ["Lee Jae Myung", true],
    ["Lee Jae-myung", true],
    ["Yoon Suk Yeol", true],
    ["Moon Jae-in", true],
    ["Kim Jong Un", true],
    ["Ban Ki-moon", true],
    ["Xi Jinping", true],
    ["Hu Jintao", true],
    ["Wang Yi", true],
    ["Lee Hsien Loong", true],
    ["Tsai Ing-wen", true],
    ["Nguyen Xuan Phuc", true],
    ["To Lam", true],
    ["Ishiba Shigeru", true],
    ["Abe Shinzo", true],
    ["Orban Viktor", true],
    ["Shigeru Ishiba", false],
    ["Shinzo Abe", false],
    ["Viktor Orban", false],
    ["Lee Anderson", false],
    ["Kim Kardashian", false],
    ["Kim Clijsters", false],
    ["Jackie Chan", false],
    ["Young Kim", false],
    ["Harry Reid", false],
    ["Lee", false],
  ])("%s -> %s", (name, first) => {
    expect(writtenFamilyFirst(name.split(" "))).toBe(first);
  });
});

describe("analyseName", () => {
  it.each<[string, string | undefined]>([
    ["Lee Jae Myung", "Lee"],
    ["Donald Trump", "Trump"],
    ["Ursula von der Leyen", "von der Leyen"],
    ["Charles de Gaulle", "de Gaulle"],
    ["Kevin De Bruyne", "De Bruyne"],
    ["Mohammed bin Salman", "bin Salman"],
    ["Martin Luther King Jr.", "King"],
    ["Abdullah II", undefined],
    ["Ishiba", "Ishiba"],
  ])("%s: family name %s", (name, family) => {
    expect(analyseName(name).family).toBe(family);
  });
});

describe("splitTitle", () => {
  it.each<[string, string | undefined, string]>([
    ["Sen. Harry Reid", "Sen.", "Harry Reid"],
    ["South Korean President Lee Jae Myung", "South Korean President", "Lee Jae Myung"],
    ["Queensland Rail chief executive Bob Scheuber", "Queensland Rail chief executive", "Bob Scheuber"],
    ["King Abdullah II", "King", "Abdullah II"],
    ["Stephen King", undefined, "Stephen King"],
    ["Martin Luther King Jr.", undefined, "Martin Luther King Jr."],
    ["Harry Reid", undefined, "Harry Reid"],
  ])("%s", (answer, title, name) => {
    expect(splitTitle(answer)).toEqual({ ...(title ? { title } : {}), name });
  });
});

describe("personForms: a leader's listed full name", () => {
  it("accepts the full name a leader is listed under when the article leaves out a given name", () => {
    expect(personForms("Tayyip Erdogan")).toContain("Recep Tayyip Erdogan");
    expect(personForms("Lula da Silva")).not.toContain("Recep Tayyip Erdogan");
  });
  it("does not lengthen a name to another person's", () => {
    // Only the family name matches: a different person with the same surname is not offered.
    expect(personForms("Ahmet Erdogan")).not.toContain("Recep Tayyip Erdogan");
  });
});

describe("personForms: a family name with a particle", () => {
  it("is also accepted with the name before it ('Lula da Silva'), and two-word names gain nothing", () => {
    expect(personForms("Joao Carlos Mendes da Costa")).toEqual(expect.arrayContaining(["da Costa", "Mendes da Costa"]));
    expect(personForms("Charles de Gaulle").filter((f) => f !== "Charles de Gaulle")).toEqual(["de Gaulle"]);
  });
});
