// Typed answers accepted in their natural forms and nothing looser (issue 11, item 7). Each row
// builds the question the way the generator does (the key plus acceptedForms as acceptedAnswers)
// and grades one response through gradeResponse, so the forms and the grading are tested together.
import { describe, expect, it } from "vitest";
import { acceptedForms, gradeResponse, type AnswerInfo } from "@/questions/grade";
import type { Question } from "@/questions/schema";

const question = (answer: string, info: AnswerInfo, type: "short_answer" | "cloze" = "short_answer"): Question => {
  const accepted = acceptedForms(answer, info).filter((a) => a !== answer);
  return { type, prompt: "Type your answer.", explanation: "", answer, ...(accepted.length ? { acceptedAnswers: accepted } : {}) };
};

const person = (role?: string, fullName?: string): AnswerInfo => ({ kind: "person", ...(role ? { role } : {}), ...(fullName ? { fullName } : {}) });
const ROLE: AnswerInfo = { kind: "role" };
const ORG: AnswerInfo = { kind: "organisation" };
const PLACE: AnswerInfo = { kind: "place" };
const NUMBER: AnswerInfo = { kind: "number" };
const PERCENT: AnswerInfo = { kind: "percentage" };
const DATE: AnswerInfo = { kind: "date" };

type Row = [key: string, info: AnswerInfo, response: string, accepted: boolean];

const people: Row[] = [
  // Korean and Chinese names are written family name first: the family name is the first word.
  ["Lee Jae Myung", person("President"), "Lee", true],
  ["Lee Jae Myung", person("President"), "lee jae-myung", true],
  ["Lee Jae Myung", person("President"), "President Lee", true],
  ["Lee Jae Myung", person("President"), "Mr. Lee", true],
  ["Lee Jae Myung", person("President"), "Myung", false],
  ["Lee Jae Myung", person("President"), "Jae Myung", false],
  ["Lee Jae Myung", person("President"), "President", false],
  ["Xi Jinping", person("Chinese President"), "Xi", true],
  ["Xi Jinping", person("Chinese President"), "President Xi", true],
  ["Xi Jinping", person("Chinese President"), "Jinping", false],
  ["Yoon Suk Yeol", person(), "Yoon", true],
  ["Yoon Suk Yeol", person(), "Yeol", false],
  ["Moon Jae-in", person(), "Moon", true],
  ["Moon Jae-in", person(), "Jae-in", false],
  ["Li Qiang", person("Premier"), "Premier Li", true],
  ["Li Qiang", person("Premier"), "Qiang", false],
  ["Tsai Ing-wen", person(), "Tsai", true],
  ["Pham Minh Chinh", person(), "Pham", true],
  ["Pham Minh Chinh", person(), "Chinh", false],
  // Japanese and Hungarian names: family name first only when written that way.
  ["Ishiba Shigeru", person(), "Ishiba", true],
  ["Ishiba Shigeru", person(), "Shigeru", false],
  ["Fumio Kishida", person(), "Kishida", true],
  ["Fumio Kishida", person(), "Fumio", false],
  ["Orban Viktor", person(), "Orban", true],
  ["Orban Viktor", person(), "Viktor", false],
  ["Viktor Orbán", person(), "Orban", true],
  // A Western name whose given name is also an East Asian family name.
  ["Lee Anderson", person(), "Anderson", true],
  ["Lee Anderson", person(), "Lee", false],
  ["Kim Clijsters", person(), "Clijsters", true],
  ["Kim Clijsters", person(), "Kim", false],
  ["Donald Trump", person("U.S. President"), "Trump", true],
  ["Donald Trump", person("U.S. President"), "President Trump", true],
  ["Donald Trump", person("U.S. President"), "Donald", false],
  // Particles stay with the family name.
  ["Ursula von der Leyen", person(), "von der Leyen", true],
  ["Ursula von der Leyen", person(), "Leyen", false],
  ["F. W. de Klerk", person(), "de Klerk", true],
  ["F. W. de Klerk", person(), "Klerk", false],
  ["Luiz Inacio Lula da Silva", person(), "da Silva", true],
  ["Mohammed bin Salman", person(), "bin Salman", true],
  ["Bashar al-Assad", person(), "Assad", true],
  ["Bashar al-Assad", person(), "Bashar", false],
  // Titles written with the name: with or without them, never alone.
  ["Sen. Harry Reid", person(), "Harry Reid", true],
  ["Sen. Harry Reid", person(), "Reid", true],
  ["Sen. Harry Reid", person(), "Senator Reid", true],
  ["Sen. Harry Reid", person(), "Senator Harry Reid", true],
  ["Sen. Harry Reid", person(), "Harry", false],
  ["Sen. Harry Reid", person(), "Senator", false],
  ["Prime Minister Mark Carney", person(), "Carney", true],
  ["Prime Minister Mark Carney", person(), "mark carney", true],
  ["Prime Minister Mark Carney", person(), "Minister", false],
  ["Prime Minister Mark Carney", person(), "Prime Minister", false],
  ["Prime Minister Mark Carney", person(), "Mark", false],
  ["King Abdullah II", person(), "King Abdullah", true],
  ["King Abdullah II", person(), "Abdullah II", true],
  ["King Abdullah II", person(), "Abdullah", false],
  ["Martin Luther King Jr.", person(), "King", true],
  ["Martin Luther King Jr.", person(), "Martin Luther King", true],
  ["Stephen King", person(), "King", true],
  ["George W. Bush", person(), "George Bush", true],
  ["George W. Bush", person(), "George", false],
  // The article's fullest name for someone it also calls by the family name.
  ["Lee", person(undefined, "Lee Jae Myung"), "Lee Jae Myung", true],
  ["Ishiba", person(undefined, "Shigeru Ishiba"), "Shigeru Ishiba", true],
  ["Ishiba", person(undefined, "Shigeru Ishiba"), "Shigeru", false],
];

const roles: Row[] = [
  ["Prime Minister", ROLE, "prime minister", true],
  ["Prime Minister", ROLE, "Minister", false],
  ["Prime Minister", person(), "Minister", false],
  ["Foreign Minister", ROLE, "foreign minister", true],
  ["Foreign Minister", ROLE, "minister", false],
  ["Foreign Minister", ROLE, "Deputy Foreign Minister", false],
  ["Brazilian President", ROLE, "President of Brazil", true],
  ["Brazilian President", ROLE, "Brazil's president", true],
  ["Brazilian President", ROLE, "President", false],
  ["Canada's finance minister", ROLE, "finance minister", true],
  ["Canada's finance minister", ROLE, "Finance Minister of Canada", true],
  ["Canada's finance minister", ROLE, "minister", false],
  ["chief executive", ROLE, "CEO", true],
  ["chief executive", ROLE, "chief executive officer", true],
  ["chief executive", ROLE, "chief", false],
  ["Kenya Central Bank Governor", ROLE, "Governor", false],
];

const names: Row[] = [
  ["U.S. Geological Survey", ORG, "USGS", true],
  ["U.S. Geological Survey", ORG, "US Geological Survey", true],
  ["U.S. Geological Survey", ORG, "the U.S. Geological Survey", true],
  ["U.S. Geological Survey", ORG, "Geological Survey", false],
  ["USGS", ORG, "U.S. Geological Survey", true],
  ["USGS", ORG, "United States Geological Survey", true],
  ["United Nations", ORG, "UN", true],
  ["United Nations", ORG, "the U.N.", true],
  ["United Nations", ORG, "Nations", false],
  ["Australian Transport Safety Bureau", ORG, "ATSB", true],
  ["Samoa Ministry of Health", ORG, "SMH", false],
  ["Climate Change Programme", ORG, "CCP", false],
  // An acronym the article defines, in a sentence written for this test.
  ["NFW", { kind: "organisation", context: "Volunteers from the Northern Fisheries Watch (NFW) counted the boats at dawn." }, "Northern Fisheries Watch", true],
  ["Northern Fisheries Watch", { kind: "organisation", context: "Volunteers from the Northern Fisheries Watch (NFW) counted the boats at dawn." }, "NFW", true],
  ["NFW", ORG, "Northern Fisheries Watch", false],
  // A company as people type it, without its legal form; never a country or a bare English word.
  ["Dunmore Holding Corp.", ORG, "Dunmore", true],
  ["Dunmore Holding Corp.", ORG, "Dunmore Holding", true],
  ["Keel, Barrow & Co.", ORG, "Keel, Barrow", true],
  ["Keel, Barrow & Co.", ORG, "Keel", false],
  ["Velden Mining Ltd", ORG, "Velden Mining", true],
  ["China Holdings Ltd", ORG, "China", false],
  ["Global Group", ORG, "Global", false],
  ["United States", PLACE, "US", true],
  ["United States", PLACE, "U.S.", true],
  ["United States", PLACE, "USA", true],
  ["United States", PLACE, "the United States", true],
  ["United States", PLACE, "States", false],
  ["U.S.", PLACE, "United States", true],
  ["Britain", PLACE, "UK", true],
  ["Britain", PLACE, "United Kingdom", true],
  ["Britain", PLACE, "England", false],
  ["the governor's mansion", PLACE, "governor's mansion", true],
];

const numbers: Row[] = [
  // The precision the article uses, and one decimal fewer when it gives two or more.
  ["40.38", NUMBER, "40.38", true],
  ["40.38", NUMBER, "40.4", true],
  ["40.38", NUMBER, "40.380", true],
  ["40.38", NUMBER, "40", false],
  ["40.38", NUMBER, "40.3", false],
  ["2.25", NUMBER, "2.3", true],
  ["2.25", NUMBER, "2.2", false],
  ["7.5", NUMBER, "8", false],
  ["0.04", NUMBER, "0", false],
  ["0.04", NUMBER, "0.0", false],
  ["80,000", NUMBER, "80000", true],
  ["80,000", NUMBER, "80 000", true],
  ["80,000", NUMBER, "80k", true],
  ["80,000", NUMBER, "eighty thousand", true],
  ["80,000", NUMBER, "8000", false],
  ["80,000", NUMBER, "79,000", false],
  ["80,000", { kind: "number", unit: "US troops" }, "80,000 US troops", true],
  ["80,000", { kind: "number", unit: "US troops" }, "80000 troops", true],
  ["80,000", { kind: "number", unit: "US troops" }, "80000 ships", false],
  ["$11.5 billion", NUMBER, "11.5 billion", true],
  ["$11.5 billion", NUMBER, "$11.5bn", true],
  ["$11.5 billion", NUMBER, "11.5bn", true],
  ["$11.5 billion", NUMBER, "11,500,000,000", true],
  ["$11.5 billion", NUMBER, "US$11.5 billion", true],
  ["$11.5 billion", NUMBER, "11.5 billion dollars", true],
  ["$11.5 billion", NUMBER, "€11.5 billion", false],
  ["$11.5 billion", NUMBER, "11.5 million", false],
  ["$11.5 billion", NUMBER, "12 billion", false],
  ["$4.35 billion", NUMBER, "$4.4 billion", true],
  ["$4.35 billion", NUMBER, "4.4bn", true],
  ["$4.35 billion", NUMBER, "$4 billion", false],
  ["$43.45", NUMBER, "43.45", true],
  ["$43.45", NUMBER, "$43.5", false],
  ["1.75 million", NUMBER, "1.8 million", true],
  ["1.75 million", NUMBER, "1,750,000", true],
  ["1.75 million", NUMBER, "2 million", false],
  ["£125m", NUMBER, "125 million pounds", true],
  ["£125m", NUMBER, "£125 million", true],
  ["Rs 30.5 crore", NUMBER, "30.5 crore", true],
  ["40.38%", PERCENT, "40.38 percent", true],
  ["40.38%", PERCENT, "40.38 per cent", true],
  ["40.38%", PERCENT, "40.38", true],
  ["40.38%", PERCENT, "40.4%", true],
  ["40.38%", PERCENT, "40%", false],
  ["40.38%", PERCENT, "40.38 percentage points", false],
  ["12 percent", PERCENT, "12%", true],
  ["12 percent", PERCENT, "twelve per cent", true],
  ["12 percent", PERCENT, "13%", false],
  // Number words either way.
  ["seven", NUMBER, "7", true],
  ["seven", NUMBER, "Seven", true],
  ["seven", NUMBER, "8", false],
  ["12", NUMBER, "twelve", true],
  ["twenty-five", NUMBER, "25", true],
  ["a dozen", NUMBER, "12", true],
  ["19th", NUMBER, "nineteenth", true],
  ["19th", NUMBER, "19", false],
  ["third-largest", { kind: "other" }, "3rd-largest", true],
  ["third-largest", { kind: "other" }, "third largest", true],
  ["third-largest", { kind: "other" }, "third", false],
];

const dates: Row[] = [
  ["March 4, 2024", DATE, "4 March 2024", true],
  ["March 4, 2024", DATE, "Mar. 4, 2024", true],
  ["March 4, 2024", DATE, "4th March 2024", true],
  ["March 4, 2024", DATE, "March 5, 2024", false],
  ["1989–97", DATE, "1989-1997", true],
  ["1989–97", DATE, "1989 to 1997", true],
  ["1989–97", DATE, "1989", false],
  ["9.45 pm", DATE, "9:45pm", true],
  ["9.45 pm", DATE, "21:45", true],
  ["9.45 pm", DATE, "9.45 am", false],
];

describe.each([
  ["people", people],
  ["roles", roles],
  ["organisations and places", names],
  ["numbers", numbers],
  ["dates and times", dates],
])("typed answers: %s", (_, rows) => {
  it.each(rows)("%s (%j): %j accepted = %s", (key, info, response, accepted) => {
    const g = gradeResponse(question(key, info), response);
    expect(g.correct).toBe(accepted);
    expect(gradeResponse(question(key, info, "cloze"), response).correct).toBe(accepted);
  });
});

describe("acceptedForms: what the teacher sees", () => {
  it("lists the forms the issue names for a figure with a currency and scale", () => {
    expect(acceptedForms("$11.5 billion", NUMBER)).toEqual(expect.arrayContaining(["$11.5 billion", "11.5 billion", "$11.5bn", "11.5bn", "11,500,000,000"]));
  });

  it.each<[string, AnswerInfo, string[], string[]]>([
    ["Lee Jae Myung", person("South Korean President"), ["Lee Jae Myung", "Lee", "President Lee Jae Myung", "President Lee"], ["Myung", "Jae Myung", "President"]],
    ["Xi Jinping", person("Chinese President"), ["Xi", "President Xi"], ["Jinping", "President"]],
    ["Sen. Harry Reid", person(), ["Harry Reid", "Reid"], ["Harry", "Sen.", "Senator"]],
    ["Prime Minister", ROLE, ["Prime Minister"], ["Minister", "Prime"]],
    ["German Chancellor", ROLE, ["Chancellor of Germany"], ["Chancellor"]],
    ["U.S. Geological Survey", ORG, ["USGS"], ["Survey"]],
    ["40.38", NUMBER, ["40.38", "40.4"], ["40"]],
    ["80,000", NUMBER, ["80000"], ["80"]],
    ["seven", NUMBER, ["7"], []],
    ["1962–71", DATE, ["1962-71", "1962-1971", "1962 to 1971"], ["2062"]],
    ["2020-06", DATE, [], ["2020-2106", "2020 to 2106"]],
  ])("%s (%j)", (key, info, shown, hidden) => {
    const forms = acceptedForms(key, info);
    expect(forms[0]).toBe(key);
    expect(forms).toEqual(expect.arrayContaining(shown));
    for (const h of hidden) expect(forms).not.toContain(h);
  });

  it("is always a plain list of distinct non-empty strings", () => {
    const keys: [string, AnswerInfo][] = [
      ["Lee Jae Myung", person("President")],
      ["", person()],
      ["   ", NUMBER],
      ["King Abdullah II", person()],
      ["$11.5 billion", NUMBER],
      ["United States", PLACE],
      ["WHO", ORG],
      ["the harbour", { kind: "other" }],
    ];
    for (const [key, info] of keys) {
      const forms = acceptedForms(key, info);
      expect(Array.isArray(forms)).toBe(true);
      for (const f of forms) expect(typeof f === "string" && f.trim().length > 0).toBe(true);
      expect(new Set(forms).size).toBe(forms.length);
    }
    expect(acceptedForms("", person())).toEqual([]);
  });

  it("never offers a bare title, for any office in the lists", () => {
    for (const office of ["President", "Prime Minister", "Minister", "Chancellor", "Secretary", "Governor", "Senator"])
      for (const key of [`Finance ${office}`, `Ruritanian ${office}`, `${office} Ana Ruiz`]) {
        const info: AnswerInfo = key.endsWith("Ruiz") ? person() : ROLE;
        const forms = acceptedForms(key, info).map((f) => f.toLowerCase());
        expect(forms).not.toContain(office.toLowerCase());
        expect(forms).not.toContain("minister");
      }
  });
});

describe("a body's name in British spelling", () => {
  it("takes the acronym the gazetteer gives its American spelling ('World Trade Organisation' -> 'WTO')", () => {
    expect(acceptedForms("World Trade Organisation", { kind: "organisation" })).toContain("WTO");
  });
});
