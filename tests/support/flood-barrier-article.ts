// An article in our own words (every name, place and figure invented for it), long enough for the
// generator to draft more than the first twenty questions: for tests of "draft more" and of the
// review page's draft list.
export const FLOOD_BARRIER_TITLE = "Coastal towns plan a shared flood barrier";

export const FLOOD_BARRIER_ARTICLE = [
  FLOOD_BARRIER_TITLE,
  "Mayors from Dunmore, Kilrush and Ballyhale met in Galway on Tuesday to agree a plan for a shared flood barrier along the estuary.",
  "Dunmore's mayor Aoife Brennan said the barrier would stretch 14 kilometres and cost about €220 million to build.",
  "The national government has promised to pay 60 percent of the cost, with the three councils sharing the rest.",
  "Around 35,000 homes were flooded along the estuary during the storms of last winter, according to the national weather office.",
  "Engineers expect construction to begin in April and to take four years.",
  "The barrier will include nine sluice gates and two pumping stations near the harbour.",
  "Fisheries minister Declan Moran said the design had been changed to protect salmon runs in the River Suir.",
  "Local fishermen had warned that an earlier plan would cut their catch by a third.",
  "Insurance claims from the winter floods reached €410 million, the highest figure on record.",
  "Kilrush council voted 17 to 4 in favour of the plan on Monday night.",
  "Ballyhale will hold a public meeting on 12 March before its own council votes.",
  "The project is expected to create 1,200 jobs during construction.",
  "Opposition leader Niamh Carroll called the plan overdue and said the work should have started in 2019.",
  "The European Investment Bank has offered a loan of €80 million towards the project.",
  "A similar barrier in Rotterdam took six years to complete and cost twice as much.",
  "Residents of Dunmore will see their property tax rise by 3 percent to help pay the councils' share.",
  "Sea levels along the coast have risen by 11 centimetres since 1990, the weather office said.",
  "The barrier's gates will close automatically when the tide rises more than 2.5 metres above normal.",
  "Harbour master Ciaran Doyle said 40 fishing boats would be moved to a temporary marina in Kinvara.",
  "About 800 hectares of farmland behind the estuary will be protected once the work is finished.",
  "The mayors plan to meet again in Limerick in September to sign the final agreement.",
].join("\n");
