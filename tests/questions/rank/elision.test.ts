import { describe, expect, it } from "vitest";
import { ELIDED } from "@/questions/rank/mask";
import { PENDING, settleElisions, type ElidedKind } from "@/questions/rank/elision";

// Our own sentences, each with another draft's key marked where mask.ts found it.
const settle = (passage: string, kind: ElidedKind, scoped = false) => settleElisions(passage.replaceAll("@", PENDING), kind, ELIDED, scoped);

describe("settleElisions: a phrase that only held another draft's key goes with it", () => {
  it("drops a time, a place or a duration in a prepositional phrase", () => {
    expect(settle("The mayor is in Velden for @ to open the new bridge.", "count")).toBe("The mayor is in Velden to open the new bridge.");
    expect(settle("Earlier on @, the council raised the ferry fare.", "date")).toBe("Earlier, the council raised the ferry fare.");
    expect(settle("On @, the council raised the ferry fare.", "date")).toBe("The council raised the ferry fare.");
    expect(settle("The board declared a drought on @, according to the water office.", "date")).toBe("The board declared a drought, according to the water office.");
    expect(settle("Floods hit _____ in @.", "date")).toBe("Floods hit _____.");
    // Only what the dropped phrase left is tidied: an ellipsis the article wrote stays as written.
    expect(settle("Crews said the track ... was sound when _____ cars left it in @.", "date")).toBe("Crews said the track ... was sound when _____ cars left it.");
  });

  it("drops the levels of a change: 'by @ to @', 'to _____ from @ percent', 'on @ of goods'", () => {
    expect(settle("The central bank raised its main rate by @ to @ on Friday.", "amount")).toBe("The central bank raised its main rate on Friday.");
    expect(settle("The port will raise fees to _____ from @ percent on @ of imported grain.", "amount")).toBe("The port will raise fees to _____ on imported grain.");
  });

  it("drops a share or a sum used as an adjective, but not a count ('@ towns signed')", () => {
    expect(settle("The town is struggling with @ bread inflation this spring.", "amount")).toBe("The town is struggling with bread inflation this spring.");
    expect(settle("@ towns signed the river pact.", "count")).toBe(`${ELIDED} towns signed the river pact.`);
  });

  it("drops an appositive that is only the key, and a place's name after what it is", () => {
    expect(settle("The merged grocer, @, will have _____ stores.", "name")).toBe("The merged grocer will have _____ stores.");
    // The phrase goes whole: "near the coastal town." without its name points nowhere.
    expect(settle("The bus overturned on _____ near the coastal town of @.", "name")).toBe("The bus overturned on _____.");
    expect(settle("Two leaders will sign a pact in the city of @.", "name")).toBe("Two leaders will sign a pact.");
    // Where a time or a place pins the question down, only the name goes.
    expect(settle("The bus overturned on _____ near the coastal town of @.", "name", true)).toBe("The bus overturned on _____ near the coastal town.");
    expect(settle("Crews reached the coastal town of @.", "name")).toBe("Crews reached the coastal town.");
    // A place phrase whose names are all taken out goes whole; where a place may pin the question
    // down, only when no name is left in it ("of Velden" still says where).
    expect(settle("At least _____ guards died in a clash with raiders in [a place]'s @ district on Friday.", "name", true)).toBe("At least _____ guards died in a clash with raiders on Friday.");
    expect(settle("Raiders hurt _____ guards in the hilly @ district of Velden on Friday.", "name", true)).toBe(`Raiders hurt _____ guards in the hilly ${ELIDED} district of Velden on Friday.`);
    expect(settle("Raiders hurt the _____ in the hilly @ district of Velden on Friday.", "name")).toBe("Raiders hurt the _____ on Friday.");
  });

  it("keeps a name used as an adjective ('the third-largest @ grocer' is not the largest anywhere) or as a subject", () => {
    expect(settle("The deal creates the third-largest @ grocer, worth _____.", "name")).toBe(`The deal creates the third-largest ${ELIDED} grocer, worth _____.`);
    expect(settle("Police said the @ came off the road near _____.", "name")).toBe(`Police said the ${ELIDED} came off the road near _____.`);
    expect(settle("Gunmen attacked a post in Velden's @ district on _____.", "name")).toBe(`Gunmen attacked a post in Velden's ${ELIDED} district on _____.`);
  });

  it("keeps what the sentence needs: a subject, an object, a count of a noun, a phrase of a list", () => {
    expect(settle("@ were hurt and _____ were killed.", "count")).toBe(`${ELIDED} were hurt and _____ were killed.`);
    expect(settle("Leaders from @ nations out of 40 signed the pact in _____.", "count")).toBe(`Leaders from ${ELIDED} nations out of 40 signed the pact in _____.`);
    expect(settle("The court sentenced him to @ in prison, a term _____ called harsh.", "count")).toBe(`The court sentenced him to ${ELIDED} in prison, a term _____ called harsh.`);
    expect(settle("Velden will lead the unit in @, Norland in Osk and Tarn in _____.", "name")).toBe(`Velden will lead the unit in ${ELIDED}, Norland in Osk and Tarn in _____.`);
    expect(settle("The ferry scheme, begun in @, allowed _____ to sell tickets.", "date")).toBe(`The ferry scheme, begun in ${ELIDED}, allowed _____ to sell tickets.`);
    expect(settle("The firm paid a fine of @ each to the regulator, and _____ more.", "amount")).toBe(`The firm paid a fine of ${ELIDED} each to the regulator, and _____ more.`);
  });

  it("keeps a time that pins down the figure or date asked ('over _____ cases in 2019' is not last year's), and a name a report is on", () => {
    expect(settle("The town saw over _____ cases in @, a record.", "date", true)).toBe(`The town saw over _____ cases in ${ELIDED}, a record.`);
    expect(settle("The report on the @ was published in _____.", "name", true)).toBe(`The report on the ${ELIDED} was published in _____.`);
    expect(settle("The premier met _____ in @ last spring.", "name", true)).toBe(`The premier met _____ in ${ELIDED} last spring.`);
    expect(settle("The premier met _____ in @ last spring.", "name", false)).toBe("The premier met _____ last spring.");
    // Another figure of the same change still goes.
    expect(settle("The board raised the fare by @ to _____ in May.", "amount", true)).toBe("The board raised the fare to _____ in May.");
  });

  // Eleventh pass: conjuncts, trailing clauses and asides that only carry another draft's figure.
  it("drops a clause after the main one that only carries the key ('..., creating @ new jobs.')", () => {
    expect(settle("Velden Motors will invest _____ in a new line at its plant in Osk, creating @ new jobs.", "count", true)).toBe("Velden Motors will invest _____ in a new line at its plant in Osk.");
    expect(settle("The court convicted _____ of fraud, sentencing him to @ in prison and fining him Rs 2.5 million.", "count")).toBe("The court convicted _____ of fraud.");
    // Not a clause holding the blank, nor one the sentence is about.
    expect(settle("The mayor said that, during @ days of talks, _____ was agreed.", "count")).toBe(`The mayor said that, during ${ELIDED} days of talks, _____ was agreed.`);
  });

  it("drops a figure's conjunct beside the blank's, sharing its verb ('_____ riders and @ staff were rescued')", () => {
    expect(settle("All _____ riders and @ staff had been rescued from the bus.", "count")).toBe("All _____ riders had been rescued from the bus.");
    expect(settle("All @ riders and _____ had been rescued from the bus.", "count")).toBe("All _____ had been rescued from the bus.");
    expect(settle("More than @ medics and more than _____ diggers were sent.", "count")).toBe("More than _____ diggers were sent.");
    expect(settle("The merged grocer will have @ in yearly sales and nearly _____ shops.", "amount")).toBe("The merged grocer will have nearly _____ shops.");
    expect(settle("Two blasts killed @ and injured _____ others on Sunday.", "count")).toBe("Two blasts injured _____ others on Sunday.");
    expect(settle("The court sentenced him to @ in prison and fined him _____.", "count")).toBe("The court fined him _____.");
    expect(settle("The index was down @ on Monday and _____ since Friday.", "amount")).toBe("The index was down _____ since Friday.");
    expect(settle("How many guards were killed and @ others injured in the raid on Osk?", "count")).toBe("How many guards were killed in the raid on Osk?");
    expect(settle("_____ guards were killed and @ wounded near Osk.", "count")).toBe("_____ guards were killed near Osk.");
  });

  it("keeps a conjunct that is a range's end or a subject of its own verb", () => {
    expect(settle("Officials offered between _____ and @ in aid.", "amount")).toBe(`Officials offered between _____ and ${ELIDED} in aid.`);
    expect(settle("Aid of between @ and _____ was offered.", "amount")).toBe(`Aid of between ${ELIDED} and _____ was offered.`);
    expect(settle("@ were killed and _____ injured in the clash.", "count")).toBe(`${ELIDED} were killed and _____ injured in the clash.`);
  });

  it("drops an aside level, a worth, a measure of a good and a level reached ('to hit @')", () => {
    expect(settle("The ferry tax, currently @, could be cut to _____ once the pact starts.", "amount")).toBe("The ferry tax could be cut to _____ once the pact starts.");
    expect(settle("In 2020 the region sold about _____ litres of cider worth @ to Osk.", "amount")).toBe("In 2020 the region sold about _____ litres of cider to Osk.");
    expect(settle("In 2020 the region exported about @ tonnes of rice worth _____ to Osk.", "count")).toBe("In 2020 the region exported rice worth _____ to Osk.");
    expect(settle("The firm reported a _____ rise in profit to hit @.", "amount")).toBe("The firm reported a _____ rise in profit.");
    expect(settle("The bank will raise rates further to @ or more in the coming months.", "amount")).toBe("The bank will raise rates further in the coming months.");
    expect(settle("The peso fell to _____ before recovering to @.", "amount")).toBe("The peso fell to _____ before recovering.");
    // "to be worth @" is what the sentence says.
    expect(settle("The cider trade is expected to be worth @ a year.", "amount")).toBe(`The cider trade is expected to be worth ${ELIDED} a year.`);
  });

  it("drops a name after an office its owner already gives ('her old rival @')", () => {
    expect(settle("Governor _____ beat her old rival @ in the vote again.", "name")).toBe("Governor _____ beat her old rival in the vote again.");
    expect(settle("Premier _____ and his Norlandic counterpart @ met on Friday.", "name")).toBe("Premier _____ and his Norlandic counterpart met on Friday.");
    expect(settle("Gunmen attacked a post in @'s _____ district on Friday.", "name")).toBe("Gunmen attacked a post in _____ district on Friday.");
    // Not the place asked for's own name after it: that would leave "in _____'s on Friday".
    expect(settle("Gunmen attacked a post in _____'s @ district on Friday.", "name")).toBe(`Gunmen attacked a post in _____'s ${ELIDED} district on Friday.`);
  });

  it("drops a date written as part of a season ('from mid-@')", () => {
    expect(settle("Work on the new line, helped by a grant, is to begin from mid-@.", "date")).toBe("Work on the new line, helped by a grant, is to begin.");
    expect(settle("Sales rose to _____ in late @.", "date")).toBe("Sales rose to _____.");
  });

  it("drops a sum spent before what it goes on, and a count a past verb takes as its object ('flooded @ farms')", () => {
    expect(settle("The carmaker plans to invest @ in building a new van at its plant in _____.", "amount")).toBe("The carmaker plans to invest in building a new van at its plant in _____.");
    expect(settle("The city will spend about @ on new buses by _____.", "amount")).toBe("The city will spend on new buses by _____.");
    expect(settle("The storm flooded @ farms near _____ on Sunday.", "count")).toBe("The storm flooded farms near _____ on Sunday.");
    expect(settle("_____ signed @ deals with Norland on Monday.", "count")).toBe("_____ signed deals with Norland on Monday.");
    // Not a count without its noun after it, nor after a verb that is not in the past.
    expect(settle("The storm flooded @ near _____ on Sunday.", "count")).toBe(`The storm flooded ${ELIDED} near _____ on Sunday.`);
    expect(settle("The storm will flood @ farms near _____.", "count")).toBe(`The storm will flood ${ELIDED} farms near _____.`);
  });

  it("drops a share before a noun with its unit ('@ percent tariffs on' -> 'Tariffs on')", () => {
    expect(settle("@ percent duties on imported grain, imposed on _____ after the dispute.", "amount")).toBe("Duties on imported grain, imposed on _____ after the dispute.");
  });

  it("writes two keys side by side as one gap", () => {
    expect(settle("Leaders met during the @ @ in the port of _____.", "name")).toBe(`Leaders met during the ${ELIDED} in the port of _____.`);
  });
});
