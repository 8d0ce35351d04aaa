import "server-only";
// Fetching a URL a teacher (or a feed) gave us, without letting it reach inside our network.
// Every hop: http(s) only, the host resolved once, every address checked (address-policy.ts),
// and the connection made to the address that was checked, so a DNS answer that changes between
// the check and the connect (DNS rebinding) cannot slip through. Redirects are followed by hand
// and each one is checked again. Size and total time are capped.
import http from "node:http";
import https from "node:https";
import { lookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import { classifyAddress, isAddressAllowed, parseAllowedHosts } from "./address-policy";

export { classifyAddress } from "./address-policy";

export const FETCH_MAX_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 10_000;
export const FETCH_MAX_REDIRECTS = 3;

/** Media types accepted for each kind of fetch, and how a teacher would call that kind. */
const EXPECTED = {
  article: { types: ["text/html", "application/xhtml+xml", "text/plain"], name: "a web page or plain text" },
  feed: { types: ["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"], name: "an RSS or Atom feed" },
} as const;

export type SafeFetchErrorCode =
  | "bad_url"
  | "blocked_address"
  | "not_found_host"
  | "too_many_redirects"
  | "too_large"
  | "timeout"
  | "http_status"
  | "content_type"
  | "network";

/** A fetch we refused or that failed; the message is written for a teacher. */
export class SafeFetchError extends Error {
  constructor(
    readonly code: SafeFetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SafeFetchError";
  }
}

export interface SafeFetchOptions {
  expect: keyof typeof EXPECTED;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The address the content finally came from, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

function parseUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw new SafeFetchError("bad_url", "That is not a web address. It should start with https://");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new SafeFetchError("bad_url", "Only http:// and https:// addresses can be fetched.");
  if (url.username || url.password) throw new SafeFetchError("bad_url", "Addresses with a user name or password cannot be fetched.");
  return url;
}

/** Resolves the host and checks every address it has; returns the one to connect to. */
async function resolveAllowed(url: URL): Promise<{ address: string; family: number }> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  const allowed = parseAllowedHosts(process.env.NEWSQUIZ_FETCH_ALLOW_HOSTS);
  let addresses: { address: string; family: number }[];
  if (isIP(hostname)) {
    addresses = [{ address: hostname, family: isIP(hostname) }];
  } else {
    try {
      addresses = await lookup(hostname, { all: true, verbatim: true });
    } catch {
      throw new SafeFetchError("not_found_host", `The site ${hostname} could not be found. Check the address.`);
    }
  }
  if (addresses.length === 0) throw new SafeFetchError("not_found_host", `The site ${hostname} could not be found. Check the address.`);
  // One refused address refuses the host: a name that resolves partly inside our network is
  // either misconfigured or an attempt to reach it.
  for (const { address } of addresses) {
    if (!isAddressAllowed(hostname, address, allowed)) {
      throw new SafeFetchError(
        "blocked_address",
        `Newsquiz does not fetch from ${hostname}: it is a ${classifyAddress(address)} address, not a public website. An administrator can allow it with NEWSQUIZ_FETCH_ALLOW_HOSTS.`,
      );
    }
  }
  return addresses[0]!;
}

interface RawResponse {
  status: number;
  location?: string;
  contentType: string;
  body?: Buffer;
}

function requestOnce(url: URL, target: { address: string; family: number }, options: Required<SafeFetchOptions>, signal: AbortSignal): Promise<RawResponse> {
  // Node calls this instead of the resolver; it hands back the address we already checked.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: "GET",
        lookup: pinned,
        agent: false, // no pooled sockets: each request connects to the address checked for it
        signal,
        headers: {
          "user-agent": "Newsquiz/0.1 (+article import for teachers)",
          accept: `${EXPECTED[options.expect].types.join(", ")}, */*;q=0.1`,
          "accept-encoding": "identity",
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers["content-type"] ?? "");
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ status, location: res.headers.location, contentType });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          resolve({ status, contentType });
          return;
        }
        const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
        if (!(EXPECTED[options.expect].types as readonly string[]).includes(mediaType)) {
          req.destroy();
          reject(new SafeFetchError("content_type", `That address did not return ${EXPECTED[options.expect].name} (it returned ${mediaType || "no content type"}).`));
          return;
        }
        const declared = Number(res.headers["content-length"]);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          req.destroy();
          reject(tooLarge(options.maxBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            req.destroy();
            reject(tooLarge(options.maxBytes));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ status, contentType, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function tooLarge(maxBytes: number): SafeFetchError {
  return new SafeFetchError("too_large", `The page is larger than ${maxBytes / 1024 / 1024} MB, too large to import.`);
}

const STATUS_TEXT: Record<number, string> = { 401: "it needs a login", 403: "access is refused", 404: "the page was not found", 410: "the page is gone" };

/** Bytes to text: the charset the server named, else one declared in the document, else UTF-8. */
export function decodeBody(body: Buffer, contentType: string): string {
  const head = body.subarray(0, 1024).toString("latin1");
  const label =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

/** GETs an http(s) URL under the rules above, or throws a SafeFetchError. */
export async function safeFetch(rawUrl: string, options: SafeFetchOptions): Promise<FetchedPage> {
  const settings: Required<SafeFetchOptions> = { maxBytes: FETCH_MAX_BYTES, timeoutMs: FETCH_TIMEOUT_MS, maxRedirects: FETCH_MAX_REDIRECTS, ...options };
  const controller = new AbortController();
  const timedOut = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => {
      const error = new SafeFetchError("timeout", `The site took longer than ${settings.timeoutMs / 1000} seconds to answer.`);
      controller.abort(error);
      reject(error);
    }, settings.timeoutMs);
    controller.signal.addEventListener("abort", () => clearTimeout(timer));
  });
  timedOut.catch(() => {}); // observed through the race below
  try {
    return await Promise.race([follow(parseUrl(rawUrl), settings, controller.signal), timedOut]);
  } catch (error) {
    if (error instanceof SafeFetchError) throw error;
    if (controller.signal.aborted && controller.signal.reason instanceof SafeFetchError) throw controller.signal.reason;
    throw new SafeFetchError("network", `The site could not be reached (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  } finally {
    controller.abort();
  }
}

async function follow(start: URL, options: Required<SafeFetchOptions>, signal: AbortSignal): Promise<FetchedPage> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const target = await resolveAllowed(url);
    signal.throwIfAborted();
    const res = await requestOnce(url, target, options, signal);
    if (res.location !== undefined) {
      if (hop >= options.maxRedirects) throw new SafeFetchError("too_many_redirects", `The address redirects more than ${options.maxRedirects} times.`);
      url = parseUrl(res.location, url.href);
      continue;
    }
    if (!res.body) {
      const why = STATUS_TEXT[res.status] ?? (res.status >= 500 ? "the site has a problem" : "the request was refused");
      throw new SafeFetchError("http_status", `The site answered ${res.status}: ${why}.`);
    }
    return { url: url.href, contentType: res.contentType.split(";")[0]!.trim().toLowerCase(), body: decodeBody(res.body, res.contentType) };
  }
}
