// Embedded social posts in scraped text. A tweet arrives as its text (one line or several) and then
// a signature, "— Name (@handle) May 12, 2021"; Instagram and Facebook embeds end with "A post
// shared by Name (@handle)" or "Posted by Name on Wednesday, May 12, 2021". The text may be about
// another event entirely, so the whole post goes, not just its signature. The post's lines are found
// by walking back from the signature over at most a tweet's worth of characters, so the cost stays
// linear in the text, and every pattern runs on a bounded slice of a line.

/** A tweet holds 280 characters; its links are shortened to 23, and a scraper may expand them. */
const POST_CHARS = 320;
/** The signature sits at the end of a line and is never longer than this. */
const TAIL_CHARS = 160;

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?";
const DATE = `(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})`;
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
// "— Name (@handle) May 12, 2021", also glued to the tweet's last link ("pic.twitter.com/x— Name").
// A hyphen must follow a space: inside a name ("Jean-Pierre") it is no signature's dash.
const TWEET_SIGNATURE = new RegExp(`(?:[—–]{1,2}|(?:^|\\s)-{1,2}) ?[^()—–]{1,60} \\(@\\w{1,30}\\)(?: ${DATE})?$`, "u");
// Without the dash only a whole line that is a signature counts: "Name (@handle) May 12, 2021".
const BARE_SIGNATURE = new RegExp(`^[^()]{1,60} \\(@\\w{1,30}\\) ${DATE}$`, "u");
const INSTAGRAM_SIGNATURE = new RegExp(`(?:^|\\s)A post shared by [^()]{1,60} \\(@[\\w.]{1,30}\\)(?: on ${DATE}[^()]{0,30})?$`, "u");
const FACEBOOK_SIGNATURE = new RegExp(`(?:^|\\s)Posted by [^.!?()]{1,60} on (?:${WEEKDAY}, )?${DATE}(?: at \\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?)?$`, "u");

/**
 * What only an embed leaves in the text: the post's picture or short link, a link to a post, or a
 * name glued to the word before it by the embed's markup ("12:00 hours onNEMA").
 */
const EMBED_MARK = /\bpic\.twitter\.com\/|\bt\.co\/\w|\b(?:twitter|x)\.com\/\w{1,30}\/status|\b(?:on|by|via|from)(?:\p{Lu}{2}|@\w)/u;

/** Where the signature ending this line starts, or -1 when the line does not end with one. */
function signatureStart(line: string): number {
  if (!line.includes("(@") && !line.includes("Posted by")) return -1;
  const from = Math.max(0, line.length - TAIL_CHARS);
  const tail = line.slice(from);
  const m = TWEET_SIGNATURE.exec(tail) ?? INSTAGRAM_SIGNATURE.exec(tail) ?? FACEBOOK_SIGNATURE.exec(tail) ?? (from === 0 ? BARE_SIGNATURE.exec(tail) : null);
  return m ? from + m.index : -1;
}

/** A line of a post's text: short, with a mark only an embed leaves. A hashtag alone is not enough: prose names them. */
const isPostLine = (line: string) => line.length <= POST_CHARS && EMBED_MARK.test(line);

const endsLikeSentence = (s: string) => /[.!?]["')\]]*$/.test(s);
const URL = /\S*(?:https?:\/\/|pic\.twitter\.com\/|\bt\.co\/)\S*/g;

/**
 * The lines without embedded posts. Each signature takes back the lines before it while they fit in
 * one post: the line right before a signature on a line of its own always (it is the post's text), earlier ones
 * only when they carry an embed's mark or stop without a full stop (a post's line breaks, a line of
 * hashtags). A sentence with a hashtag or a mention may be the article's own ("The hashtag #X
 * trended"). A line ending with a colon introduces the post ("The agency wrote:") and stays.
 */
export function dropEmbeds(lines: string[]): string[] {
  const out: string[] = [];
  // Whether the line before was dropped as a post's text: then the line before it is not the post's
  // text for certain, and must show it like any earlier line.
  let droppedPost = false;
  for (const line of lines) {
    const at = signatureStart(line);
    if (at < 0) {
      // A short line with the post's picture link is a post's text whole, signature or not.
      droppedPost = isPostLine(line);
      if (!droppedPost) out.push(line);
      continue;
    }
    const own = line.slice(0, at).replace(URL, "").trim();
    if (own.length > POST_CHARS) {
      // A paragraph with a signature run into its end: only the signature goes.
      out.push(line.slice(0, at).trimEnd());
      droppedPost = false;
      continue;
    }
    let used = own.length;
    let first = own.length === 0 && !droppedPost;
    droppedPost = false;
    while (out.length) {
      const prev = out[out.length - 1]!;
      if (used + prev.length > POST_CHARS || prev.endsWith(":")) break;
      if (!first && endsLikeSentence(prev) && !EMBED_MARK.test(prev)) break;
      out.pop();
      used += prev.length;
      first = false;
    }
  }
  return out;
}
