// Wrong organisations of the key's own kind: the article's, then the gazetteer's. International
// bodies stand in for one another (the WTO for the IMF), news outlets for news outlets, companies
// of the article's sector for a company. Never a place, never another name of the key ("U.N." for
// "United Nations").
import { journals, newsOutlets, organisations } from "../../data";
import type { Fact } from "../../facts";
import { norm } from "../common";
import { countryOfDemonym, orgKind, placeInfo } from "../kinds";
import { looksLikePerson } from "./people";
import type { Pools } from "./pools";
import { byRelevance, memo, rotate, textBefore, type Sections } from "./shared";
import { RunCache } from "../../run-cache";

/** Kinds of organisation that can stand in for one another. */
const FAMILY: Record<string, string> = {
  intergovernmental: "bloc",
  "military alliance": "bloc",
  "trade bloc": "bloc",
  // The WTO's rivals are the IMF and the World Bank, not UNICEF or UNESCO.
  "trade body": "economic",
  "financial institution": "economic",
  "UN agency": "agency",
};
const family = (kind: string) => FAMILY[kind] ?? kind;

/** One spelling for British and American forms and for a name and its acronym: "Organisation"/"Organization". */
const spelling = (s: string) => norm(s).replace(/isation/g, "ization").replace(/ise\b/g, "ize");
const orgByName = new Map<string, string>();
for (const o of organisations) for (const n of [o.name, ...(o.aliases ?? [])]) orgByName.set(spelling(n), o.name);

/** The initials of a name's capitalised words: "World Trade Organisation" -> "WTO". */
const initials = (s: string) => s.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

/** One key per organisation whatever it is called ("U.N.", "UN", "United Nations"). */
export const orgKey = memo(orgKeyUncached);

function orgKeyUncached(name: string): string {
  const known = orgByName.get(spelling(name));
  if (known) return `org:${known}`;
  const bare = name.replace(/\./g, "");
  return /^[A-Z]{2,}$/.test(bare) ? `acr:${bare}` : spelling(name);
}

const initialsOf = memo(initials);

/**
 * Whether a name is the organisation `b` under another name: the same key, or one is the acronym
 * of the other. `b`'s side is worked out once, for the many names compared with it.
 */
function sameOrgAs(b: string): (a: string) => boolean {
  const key = orgKey(b);
  const bb = b.replace(/\./g, "");
  const bAcronym = /^[A-Z]{2,}$/.test(bb);
  const bInitials = initialsOf(b);
  return (a) => {
    if (orgKey(a) === key) return true;
    const ab = a.replace(/\./g, "");
    return (/^[A-Z]{2,}$/.test(ab) && bInitials === ab) || (bAcronym && initialsOf(a) === bb);
  };
}

export const DOCUMENT = /\b(?:Agreement|Treaty|Accord|Declaration|Act|Convention|Protocol|Charter|Summit|Statement|Report|Status)\b/;

/** A single capitalised word that names a people or a place's inhabitants ("Californian"). */
const demonymLike = (s: string) => !s.includes(" ") && (!!countryOfDemonym(s) || /(?:ian|ean|ayan|ese|ish)s?$/.test(s));

export const COMPANY_CUES = /\b(?:shareholders?|shares|company|companies|retailers?|firms?|merger|takeover|stake|chain|brand|profits?|revenue|maker|makers|manufacturer|carmaker|airline|insurer|conglomerate|giant|plant|factory|factories)\b/i;

/** Well-known wire services and broadcasters, for a key that is one. */
const MAJOR_OUTLETS = ["BBC", "CNN", "Reuters", "Associated Press", "Agence France-Presse", "Al Jazeera"];
const OTHER_OUTLETS = ["Bloomberg", "Xinhua", "Kyodo", "Yonhap", "Deutsche Welle", "Sky News"];

/** Not an organisation: a place, a person or a document ("Paris Agreement"). */
const notOrg = (x: string, pools: Pools) => placeInfo(x).kind !== "unknown" || pools.people.has(norm(x)) || DOCUMENT.test(x) || (!orgKind(x) && looksLikePerson(x));

const orgsOf = new RunCache<Pools, string[]>();

/**
 * The article's organisations that can be offered, in article order (worked out once per article,
 * for every organisation key in it). A lone capitalised word is often not an organisation at all
 * ("Melting"): acronyms and known names are kept.
 */
function articleOrgs(pools: Pools): string[] {
  let list = orgsOf.get(pools);
  if (!list) {
    list = (pools.byKey.get("org") ?? []).filter((o) => !demonymLike(o) && (o.includes(" ") ? o.length > 3 : /^[A-Z]{2,}$/.test(o) || !!orgKind(o)) && !notOrg(o, pools));
    orgsOf.set(pools, list);
  }
  return list;
}

export function orgChoices(f: Fact, pools: Pools): string[] {
  return orgSections(f, pools).flatMap((s) => [...s()]);
}

/**
 * What the words right before the key say the company does ("hedge fund _____", "the carmaker
 * _____"): its options come from that sector, not the sector the rest of the article is about.
 */
const SECTOR_BEFORE: [RegExp, string][] = [
  // A hedge fund's rivals are other funds and investment firms, not high-street banks.
  [/\b(?:hedge fund|investment (?:firm|fund|company|group)|asset manager|private equity (?:firm|group)|buyout (?:firm|group))\s+$/i, "investment"],
  [/\b(?:investment bank|bank|lender|insurer|brokerage)\s+$/i, "banking"],
  [/\b(?:oil (?:company|firm|major|giant)|energy (?:company|firm|group|giant)|utility)\s+$/i, "energy"],
  [/\b(?:carmaker|automaker|car ?maker|auto maker)\s+$/i, "automotive"],
  [/\b(?:retailer|supermarket(?: chain)?|department store(?: operator| chain)?|discount chain)\s+$/i, "retail"],
  [/\b(?:tech(?:nology)? (?:company|firm|giant|group)|software (?:company|firm|maker)|chipmaker|smartphone maker)\s+$/i, "technology"],
  [/\b(?:planemaker|aircraft maker|airline|defen[cs]e contractor)\s+$/i, "aerospace"],
];

/** A central bank by its name: "Reserve Bank", "Bangladesh Bank", "Bank of Korea", "Central Bank of Kenya". */
export const CENTRAL_BANK = /\b(?:Reserve Bank|Central Bank|Monetary Authority|National Bank of|Federal Reserve)\b|^(?:the )?Bank of (?!America\b)\p{Lu}|^(?:the )?(?:Bangladesh|Bundes|Norges|Swiss National|State) Bank\b|^(?:the )?Bank (?:Indonesia|Negara)\b/u;

/** What a campaigning body is called by its cause: "the environmental group", "rights group", "aid agency". */
const CAUSES: [string, string][] = [
  ["(?:environmental|green|conservation|climate|wildlife) (?:group|organi[sz]ation|campaigners?|charity)", "environment"],
  ["(?:human rights|rights|civil liberties|press freedom|anti-corruption) (?:group|organi[sz]ation|campaigners?|watchdog)", "rights"],
  ["(?:aid|relief|humanitarian|medical|children's) (?:group|agency|organi[sz]ation|charity)", "aid"],
];
/** Before the name ("the environmental group _____") or after it ("Pro Public, the environmental group leading ..."). */
const CAUSE_BEFORE: [RegExp, string][] = CAUSES.map(([words, cause]) => [new RegExp(`\\b${words},?\\s+$`, "i"), cause]);
const CAUSE_AFTER: [RegExp, string][] = CAUSES.map(([words, cause]) => [new RegExp(`^,? (?:an? |the )?${words}\\b`, "i"), cause]);

/**
 * Head nouns that say what kind of body a name is ("House International Relations Committee",
 * "Madras High Court"): its options must share it, or a chamber is offered as a committee.
 */
const HEAD_NOUN = /\b(Committee|Subcommittee|Commission|Court|Tribunal|Ministry|Department|Agency|Bureau|Party|Congress|League|Front|University|College|Council|Assembly|Police|Army)$/;
const headNoun = (name: string) => HEAD_NOUN.exec(name.replace(/ of .*$/, "").trim())?.[1]?.replace(/^Subcommittee$/, "Committee");

export function orgSections(f: Fact, pools: Pools): Sections {
  const sections = orgSectionsOfAnyHead(f, pools);
  const head = headNoun(f.answer);
  if (!head) return sections;
  return sections.map((section) => () => [...section()].filter((o) => headNoun(o) === head));
}

function orgSectionsOfAnyHead(f: Fact, pools: Pools): Sections {
  // "Californian", "Andean": a people's or a place's adjective the tagger took for a name is no organisation to rival.
  if (demonymLike(f.answer) && !orgKind(f.answer)) return [];
  const before = textBefore(f).slice(-40);
  const described = SECTOR_BEFORE.find(([re]) => re.test(before))?.[1];
  const after = f.sentence.slice(f.answerEnd - f.start, f.answerEnd - f.start + 60);
  const cause = CAUSE_BEFORE.find(([re]) => re.test(before))?.[1] ?? CAUSE_AFTER.find(([re]) => re.test(after))?.[1];
  const kind =
    (cause ? { kind: "campaign group", sector: cause } : undefined) ??
    (CENTRAL_BANK.test(f.answer) ? { kind: "central bank" } : undefined) ??
    (described ? { kind: "company", sector: described } : undefined) ??
    orgKind(f.answer) ??
    orgKind(orgByName.get(spelling(f.answer)) ?? "") ??
    (COMPANY_CUES.test(f.sentence) || pools.companies.has(norm(f.answer)) ? { kind: "company" } : undefined);
  // Never the key under another name, a place, a person or a document ("Paris Agreement").
  const isKey = sameOrgAs(f.answer);
  function* notKey(xs: Iterable<string>): Generator<string> {
    for (const x of xs) if (!isKey(x) && !notOrg(x, pools)) yield x;
  }
  const mine = articleOrgs(pools).filter((o) => !isKey(o));
  const sector = kind?.sector ?? (kind?.kind === "company" ? pools.sector : undefined);
  const rank = (o: string) => {
    const k = orgKind(o);
    if (kind && k && family(k.kind) === family(kind.kind)) return k.kind === kind.kind && k.sector === sector ? 0 : 1;
    return kind && k ? Infinity : 2; // a university is no wrong answer for a company
  };
  const gaz = () => {
    if (!kind) return [];
    if (kind.kind === "news organisation") return notKey([...rotate(MAJOR_OUTLETS, f.id), ...rotate(OTHER_OUTLETS, f.id)].filter((o) => newsOutlets.includes(o)));
    if (kind.kind === "journal") return notKey(rotate(journals.filter((j) => !/^The /.test(j) || !journals.includes(j.slice(4))), f.id));
    const rotated = rotate(
      organisations.filter((o) => family(o.kind) === family(kind.kind) && (!sector || o.sector === sector)).map((o) => o.name),
      f.id,
    );
    // Names of the key's own kind first, each part in rotated order (what a stable sort on that gives).
    const ownKind = (o: string) => orgKind(o)?.kind === kind.kind;
    return notKey([...rotated.filter(ownKind), ...rotated.filter((o) => !ownKind(o))]);
  };
  // Of a known kind, the answer is matched with its own kind only: the article's names of that kind,
  // then the gazetteer's; names of no known kind (a news service, a list of sites) are no rivals for it.
  if (kind) return [() => byRelevance(mine, (o) => (rank(o) === 0 ? 0 : Infinity), f.id), gaz, () => byRelevance(mine, (o) => (rank(o) === 1 ? 1 : Infinity), f.id)];
  return [() => byRelevance(mine, rank, f.id), gaz];
}
