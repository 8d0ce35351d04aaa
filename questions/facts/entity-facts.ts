// People (with their roles and meetings), places and other named things in one sentence.
import { meetingCueSet, roleNounSet } from "../data";
import type { Entity } from "../entities";
import type { RawFact } from "./raw";

const BARE_HONORIFICS = new Set(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sen.", "Sen", "Rep.", "Rep", "Sir", "Dame", "Senator", "Professor", "Prof.", "Sens.", "Lord", "Lady"]);
const PLACE_TYPES = new Set(["country", "city", "place"]);
const PLURAL_GROUP = /(?:ans|ats|ists|ic|ish|ese|qis|ers)$/;

const hasRoleNoun = (phrase: string) => {
  const ws = phrase.toLowerCase().split(/\s+/).slice(0, 4);
  if (/(?:ing|ed)$/.test(ws[0] ?? "")) return false;
  return ws.some((w, i) => roleNounSet.has(w) || (i > 0 && roleNounSet.has(`${ws[i - 1]} ${w}`)));
};

/** ", chief executive of the Tobacco Manufacturers' Association," after a name. */
const APPOSITIVE = /^, ((?:the |a |an )?(?:\p{Lu}[\p{L}'-]*'s )?[a-z][^,;:"()]{2,160}?)(?=,|\.\s|\.$|;|"|$| said\b| told\b| says\b)/u;
const AS_ROLE = /\b(?:resigned|served|serves|named|appointed|elected|stepped down|remains|remained|continues|took over|takes over|sworn in) as ((?:[a-z-]+ ){0,4}[a-z-]+)/g;
const AT_THE_IN = /\b(?:at|in|inside|outside|near) (the (?:[a-z'-]+ ){0,3}[a-z'-]+ in )/g;
const CUT_WORDS = new Set(["of", "at", "for", "in", "to", "on", "with", "from", "after", "before", "since", "until"]);
/**
 * A meeting word as a whole run of letters a-z, as splitting the lowercased sentence on other
 * characters would find it (one search instead of splitting every sentence). The cues of two
 * words ("held talks") never equal one run of letters, so they are left out here as they were there.
 */
const MEETING_WORD = new RegExp(`(?<![a-z])(?:${[...meetingCueSet].filter((w) => /^[a-z]+$/.test(w)).join("|")})(?![a-z])`);

export function entityFacts(s: string, ents: Entity[]): RawFact[] {
  const out: RawFact[] = [];
  const lower = s.toLowerCase();
  const meeting = MEETING_WORD.test(lower) || /\btalks with\b/.test(lower);
  const people = ents.filter((e) => e.type === "person");
  const full = (e: Entity) => e.canonical ?? e.text;
  const participants = [...new Set(people.map(full))];

  for (const p of people) {
    let role: { text: string; s: number; e: number } | undefined;
    if (p.title && !BARE_HONORIFICS.has(p.title.text)) role = { text: p.title.text, s: p.title.start, e: p.title.end };
    if (!p.possessive) {
      const ap = APPOSITIVE.exec(s.slice(p.end, p.end + 200));
      if (ap && hasRoleNoun(ap[1]!.replace(/^(?:the|a|an) /, "").replace(/^\p{Lu}[\p{L}'-]*'s /u, ""))) {
        const rs = p.end + ap[0].indexOf(ap[1]!);
        role ??= { text: ap[1]!, s: rs, e: rs + ap[1]!.length };
        if (role.s !== rs) out.push({ kind: "role", s: rs, e: rs + ap[1]!.length, subject: full(p), relation: "role-of", entityType: "person" });
      }
      // "Peter Stott of the UK Hadley Centre ..."
      const of = /^ of (?:the )?/.exec(s.slice(p.end, p.end + 10));
      if (of) {
        const org = ents.find((e) => e.start === p.end + of[0].length && (e.type === "org" || e.type === "other"));
        if (org) out.push({ kind: "role", s: org.start, e: org.end, subject: full(p), relation: "affiliation", entityType: "org", ...(org.canonical ? { canonical: org.canonical } : {}) });
      }
    }
    const other = people.find((q) => q !== p && full(q) !== full(p));
    const kind = meeting && other ? "meeting" : role ? "role" : "other";
    out.push({
      kind,
      s: p.start,
      e: p.end,
      entityType: "person",
      relation: "holder",
      ...(p.canonical ? { canonical: p.canonical } : {}),
      ...(role ? { role: role.text } : {}),
      ...(kind === "meeting" ? { subject: full(other!), participants } : {}),
    });
    if (role) out.push({ kind: "role", s: role.s, e: role.e, subject: full(p), relation: "role-of", entityType: "person" });
  }

  for (const m of s.matchAll(AS_ROLE)) {
    const ws = m[1]!.split(" ");
    const cut = ws.findIndex((w) => CUT_WORDS.has(w));
    const phrase = (cut >= 0 ? ws.slice(0, cut) : ws).join(" ");
    const lastWord = phrase.split(" ").pop() ?? "";
    if (!phrase || !roleNounSet.has(lastWord)) continue;
    const at = m.index! + m[0].length - m[1]!.length;
    const holder = [...people].reverse().find((q) => q.end <= m.index!);
    if (!holder) continue;
    out.push({ kind: "role", s: at, e: at + phrase.length, subject: full(holder), relation: "role-of", entityType: "person" });
  }

  // Places, and lists of three or more places ("Argentina, Ecuador, Paraguay and Uruguay").
  const places = ents.filter((e) => PLACE_TYPES.has(e.type));
  for (const p of places) out.push({ kind: "place", s: p.start, e: p.end, entityType: p.type, ...adjectiveUse(s, p) });
  let run: Entity[] = [];
  const flush = () => {
    if (run.length >= 3) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      out.push({ kind: "place", s: first.start, e: last.end, entityType: "list", items: run.map((r) => r.text) });
    }
    run = [];
  };
  for (const p of places) {
    const prev = run[run.length - 1];
    if (prev && /^(?:, |,? and )$/.test(s.slice(prev.end, p.start)) && p.type === prev.type) run.push(p);
    else {
      flush();
      run = [p];
    }
  }
  flush();
  for (const m of s.matchAll(AT_THE_IN)) {
    const at = m.index! + m[0].length - m[1]!.length;
    const place = places.find((p) => p.start === m.index! + m[0].length);
    if (place) out.push({ kind: "place", s: at, e: place.end, entityType: "place" });
  }

  // Organisations and other names.
  for (const e of ents) {
    if (e.type !== "org" && e.type !== "other") continue;
    const single = !/\s/.test(e.text);
    if (single && PLURAL_GROUP.test(e.text) && !/\d/.test(e.text)) continue;
    if (single && e.text.length < 3) continue;
    out.push({ kind: "other", s: e.start, e: e.end, entityType: e.type, ...(e.canonical ? { canonical: e.canonical } : {}) });
  }
  return out;
}

/**
 * A country used as a modifier rather than named as a place: "U.S.-led", "Japan-based", or an
 * abbreviation before a plural noun ("US troops"). Still a fact, but a weak question.
 */
function adjectiveUse(s: string, p: Entity): { lowValue?: true; lowValueReason?: "adjective" } {
  const after = s.slice(p.end, p.end + 30);
  const hyphen = /^-[a-z]/.test(after);
  const attributive = /^[A-Z.]{2,5}$/.test(p.text) && !p.possessive && /^ [a-z]+s\b/.test(after) && !/^ (?:is|was|has|says|does|seeks|wants|needs|plans|hopes|remains|leads)\b/.test(after);
  return hyphen || attributive ? { lowValue: true, lowValueReason: "adjective" } : {};
}

/** Short quoted phrases ("deep disappointment and regret") and rank words ("third-largest"). */
export function phraseFacts(s: string): RawFact[] {
  const out: RawFact[] = [];
  for (const m of s.matchAll(/"([a-z][a-z' -]{2,60}[a-z])"/g)) {
    const n = m[1]!.split(" ").length;
    if (n < 2 || n > 6) continue;
    out.push({ kind: "other", s: m.index! + 1, e: m.index! + 1 + m[1]!.length, entityType: "quote" });
  }
  const RANK =
    /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))-(?:largest|biggest|smallest|highest|lowest|richest|poorest|busiest|oldest|most [a-z]+)\b/g;
  for (const m of s.matchAll(RANK)) out.push({ kind: "other", s: m.index!, e: m.index! + m[0].length, entityType: "rank" });
  return out;
}
