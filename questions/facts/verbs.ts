// The base form of an English verb as news writes it ("raised" -> "raise", "clashed" -> "clash",
// "fled" -> "flee"), for turning "China raised tariffs" into "Why did China raise tariffs?". Only
// forms the rules are sure of are turned: anything else gives undefined, and the question is asked
// another way.

const IRREGULAR: Record<string, string> = {
  arose: "arise", awoke: "awake", became: "become", began: "begin", bent: "bend", bet: "bet", bid: "bid", bit: "bite", bled: "bleed",
  blew: "blow", broke: "break", brought: "bring", built: "build", burnt: "burn", burst: "burst", bought: "buy", cast: "cast", caught: "catch",
  chose: "choose", clung: "cling", came: "come", cost: "cost", crept: "creep", cut: "cut", dealt: "deal", dug: "dig", dove: "dive", did: "do",
  drew: "draw", drank: "drink", drove: "drive", ate: "eat", fell: "fall", fed: "feed", felt: "feel", fought: "fight", found: "find", fled: "flee",
  flew: "fly", forbade: "forbid", forgot: "forget", forgave: "forgive", froze: "freeze", got: "get", gave: "give", went: "go", grew: "grow",
  hung: "hang", heard: "hear", hid: "hide", hit: "hit", held: "hold", hurt: "hurt", kept: "keep", knew: "know", laid: "lay", led: "lead",
  leapt: "leap", left: "leave", lent: "lend", let: "let", lay: "lie", lit: "light", lost: "lose", made: "make", meant: "mean", met: "meet",
  overcame: "overcome", overtook: "overtake", overthrew: "overthrow", paid: "pay", put: "put", quit: "quit", ran: "run", rang: "ring",
  rose: "rise", said: "say", saw: "see", sought: "seek", sold: "sell", sent: "send", set: "set", shook: "shake", shed: "shed", shone: "shine",
  shot: "shoot", showed: "show", shut: "shut", sang: "sing", sank: "sink", sat: "sit", slept: "sleep", slid: "slide", spoke: "speak",
  spent: "spend", spread: "spread", sprang: "spring", stood: "stand", stole: "steal", stuck: "stick", struck: "strike", swore: "swear",
  swept: "sweep", swam: "swim", swung: "swing", took: "take", taught: "teach", tore: "tear", told: "tell", thought: "think", threw: "throw",
  understood: "understand", undertook: "undertake", upheld: "uphold", upset: "upset", withdrew: "withdraw", withheld: "withhold",
  won: "win", wound: "wind", wrote: "write", woke: "wake", wore: "wear",
};

/** Stems that end in a doubled letter of their own ("added" is "add", not "ad"). */
const DOUBLE_STEMS = new Set(["add", "odd", "egg", "err", "ebb", "boycott", "butt", "putt", "purr", "buzz", "fizz", "install", "recall", "enroll", "fulfill", "distill", "instill", "appall"]);
/** "-ed" verbs whose stem ends in a silent e the rules below would not restore. */
const E_STEMS = new Set(["create", "unite", "invite", "cite", "ignite", "recite", "excite", "incite", "expedite", "postpone", "phone", "zone", "hone", "clone", "atone", "condone", "dethrone", "complete", "delete", "compete", "deplete", "secrete", "concede", "precede", "recede", "impede", "supersede", "ignore", "restore", "explore", "score", "store", "implore", "deplore", "adore", "quote", "promote", "devote", "denote", "demote", "persuade", "welcome", "assume", "resume", "consume", "presume", "escape", "compile", "reconcile"]);
/** "-ed" verbs whose stem has no silent e where the rules would add one. */
const BARE_STEMS = new Set(["focus", "bias", "develop", "envelop", "gallop", "honor", "anchor", "censor", "sponsor", "mirror", "target", "budget", "market", "pivot", "visit", "limit", "edit", "exit", "credit", "merit", "inherit", "prohibit", "exhibit", "deposit", "solicit", "audit", "posit", "summon"]);

const VOWEL = /[aeiou]/;
const vowelGroups = (s: string) => s.match(/[aeiouy]+/g)?.length ?? 0;

/** The base form of a past-tense verb ("raised", "fled"), or undefined when unsure. */
export function pastToBase(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return undefined;
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (!w.endsWith("ed") || w.length < 4) return undefined;
  const stem = w.slice(0, -2);
  // Spelled-out exceptions first: "created", "visited", "postponed".
  if (E_STEMS.has(`${stem}e`)) return `${stem}e`;
  if (BARE_STEMS.has(stem) || DOUBLE_STEMS.has(stem)) return stem;
  if (w.endsWith("ied")) return w.length <= 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`; // "died", "tried" -> "try"
  if (w.endsWith("eed")) return w.slice(0, -1); // "agreed"
  if (/ued$|oed$/.test(w)) return w.endsWith("ued") ? w.slice(0, -1) : stem; // "argued", "vetoed"
  const m = /([b-df-hj-np-tv-z])\1$/.exec(stem);
  if (m) {
    // "banned" -> "ban", "committed" -> "commit", "occurred" -> "occur"; "called", "passed" keep theirs.
    if (/(?:ll|ss|ff|zz)$/.test(stem)) {
      if (stem.endsWith("ll") && vowelGroups(stem) >= 2 && !/(?:all|ill|ull|oll)$/.test(stem)) return stem.slice(0, -1); // "cancelled"
      return stem;
    }
    const short = stem.slice(0, -1);
    if (short.length <= 4 || /(?:mit|fer|cur|gret|pel|bel|trol)$/.test(short)) return short;
    return undefined;
  }
  // "-ated", "-uted", "-ured", "-ired", "-ared", "-ized": a silent e.
  if (/(?:[^eo]at|[^o]ut|[^o]ur|[^a]ir|[^e]ar|iz|is|yz|ys)$/.test(stem)) return `${stem}e`;
  if (/(?:eat|oat)$/.test(stem)) return stem; // "treated", "floated"
  // "-sed", "-ved", "-ced", "-ged" (not "-nged"), "-zed": a silent e ("raised", "moved", "forced", "urged", "seized").
  if (/(?:[^s]s|v|c|[^n]g|z)$/.test(stem)) return `${stem}e`;
  if (/[^aeiou][aiou]led$/.test(w) && (vowelGroups(stem) === 1 || /[^aeiou][iou]l$/.test(stem))) return `${stem}e`; // "ruled", "filed", "scheduled"
  if (/ined$/.test(w)) return /[aeiou]in$/.test(stem) ? stem : `${stem}e`; // "declined"; "gained"
  // One vowel between consonants, in a stem of one syllable: "voted", "named", "hoped", "faded".
  if (/[^aeiou][aeiou][dkmnpbt]$/.test(stem) && vowelGroups(stem) === 1 && !/[aeiou]{2}/.test(stem)) return `${stem}e`;
  if (/(?:uk|ok|ak|ik|ib|ob|ud|id|od|ad)$/.test(stem) && vowelGroups(stem) >= 2 && /[^aeiou][aeiou][kbd]$/.test(stem)) return `${stem}e`; // "provoked", "described", "concluded", "decided", "exploded", "invaded"
  if (VOWEL.test(stem)) return stem;
  return undefined;
}

/** The base form of a third-person present verb ("raises" -> "raise", "says" -> "say"), or undefined. */
export function presentToBase(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z]+s$/.test(w) || w.length < 3 || w.endsWith("ss") || w.endsWith("us")) return undefined;
  if (w === "has") return "have";
  if (w === "does") return "do";
  if (w === "goes") return "go";
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss|zz)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
