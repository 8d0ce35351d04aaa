// An article in our own words (every name, place and figure invented): several events, each with
// its own stated reason or outcome, for the tests of reasons and outcomes (facts and questions).
export const ARTICLE = [
  "Arkonia raised tariffs on steel from Velden in retaliation for new duties on its farm exports.",
  "The two prime ministers agreed to resume talks on a trade deal when they met in Lisk on Monday.",
  "Health officials in the northern province declared an emergency after three deaths from a cholera outbreak.",
  "Over 5,000 people attended a rally in the capital on Sunday.",
  "The port of Tarn was closed for a week because of a strike by dock workers.",
  "Shares in Meridan Steel fell sharply after a profit warning from its chief executive.",
  "The national museum reopened on Friday after a long renovation of its roof.",
  "The airline cancelled dozens of flights due to a shortage of trained pilots.",
  "Farmers in the south protested over low grain prices and rising fuel costs.",
  "The opposition party voted to boycott the budget debate in parliament.",
  "Velden's trade minister, Ilse Brandt, said the new tariffs would hurt both economies.",
  "Economists expect growth in Arkonia to slow to 2 percent this year.",
].join("\n");
