// Which network addresses the server may fetch from on a teacher's behalf. Pure functions, so the
// table of ranges can be tested without a network. Anything that is not a public unicast address
// is refused: otherwise a teacher (or a feed) could make the server read its own admin endpoints,
// the database next door, or the cloud metadata service at 169.254.169.254.
import { isIP } from "node:net";

export type AddressClass =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "shared"
  | "multicast"
  | "reserved"
  | "unique-local"
  | "invalid";

type V4Range = [base: string, bits: number, kind: Exclude<AddressClass, "public" | "invalid">];

const V4_RANGES: V4Range[] = [
  ["0.0.0.0", 8, "unspecified"], // "this network"; 0.0.0.0 reaches the local host on Linux
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared"], // carrier-grade NAT: the provider's network, not the internet
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"], // includes the cloud metadata service
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"], // IETF protocol assignments
  ["192.0.2.0", 24, "reserved"], // documentation
  ["192.88.99.0", 24, "reserved"], // deprecated 6to4 relays
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "reserved"], // benchmarking
  ["198.51.100.0", 24, "reserved"], // documentation
  ["203.0.113.0", 24, "reserved"], // documentation
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"], // includes the broadcast address
];

function v4ToInt(address: string): number {
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function classifyV4(address: string): AddressClass {
  const n = v4ToInt(address);
  for (const [base, bits, kind] of V4_RANGES) {
    const size = 2 ** (32 - bits);
    const start = v4ToInt(base);
    if (n >= start && n < start + size) return kind;
  }
  return "public";
}

/** Eight 16-bit groups, or null when the text is not an IPv6 address. */
function v6Groups(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.replace(/%.*$/, "").toLowerCase(); // drop a zone id (fe80::1%eth0)
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = v4ToInt(v4[1]!);
    text = `${text.slice(0, v4.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : new Array(8 - left.length - right.length).fill("0");
  const groups = [...left, ...fill, ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

/** The IPv4 address in two 16-bit groups. */
function v4Of(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}

/** The IPv4 address in the last 32 bits. */
function embeddedV4(groups: number[]): string {
  return v4Of(groups[6]!, groups[7]!);
}

function classifyV6(groups: number[]): AddressClass {
  const [g0, , , , , g5] = groups as [number, number, number, number, number, number, number, number];
  const firstFiveZero = groups.slice(0, 5).every((g) => g === 0);
  if (groups.every((g) => g === 0)) return "unspecified";
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d) forms reach the
  // IPv4 address inside them, as does NAT64 (64:ff9b::a.b.c.d): judge that address instead.
  if (firstFiveZero && (g5 === 0xffff || g5 === 0)) return classifyV4(embeddedV4(groups));
  if (g0 === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return classifyV4(embeddedV4(groups));
  // IPv4-translated (SIIT, ::ffff:0:a.b.c.d) reaches the IPv4 address inside it too.
  if (groups.slice(0, 4).every((g) => g === 0) && groups[4] === 0xffff && g5 === 0) return classifyV4(embeddedV4(groups));
  // 6to4 (2002:aabb:ccdd::/48) tunnels to the IPv4 address in its second and third groups.
  if (g0 === 0x2002) return classifyV4(v4Of(groups[1]!, groups[2]!));
  // Teredo (2001:0::/32) tunnels to the client's IPv4 address, stored inverted in the last 32
  // bits. A tunnel endpoint behind a NAT is no website: refused even when that address is public.
  if (g0 === 0x2001 && groups[1] === 0) {
    const client = classifyV4(v4Of(~groups[6]! & 0xffff, ~groups[7]! & 0xffff));
    return client === "public" ? "reserved" : client;
  }
  // NAT64 for one site's own use (64:ff9b:1::/48, RFC 8215): translates to that site's IPv4 network.
  if (g0 === 0x64 && groups[1] === 0xff9b && groups[2] === 1) return "reserved";
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local"; // fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return "link-local"; // fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return "reserved"; // deprecated site-local fec0::/10
  if ((g0 & 0xff00) === 0xff00) return "multicast"; // ff00::/8
  if (g0 === 0x2001 && groups[1] === 0x0db8) return "reserved"; // documentation
  if (g0 === 0x0100 && groups.slice(1, 4).every((g) => g === 0)) return "reserved"; // discard-only 100::/64
  return "public";
}

/** What kind of address this is; only "public" addresses may be fetched without an allowance. */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 4) return classifyV4(bare);
  if (family === 6) {
    const groups = v6Groups(bare);
    return groups ? classifyV6(groups) : "invalid";
  }
  return "invalid";
}

/** The hosts and addresses an admin allowed with NEWSQUIZ_FETCH_ALLOW_HOSTS (comma-separated). */
export function parseAllowedHosts(setting: string | undefined): Set<string> {
  return new Set(
    (setting ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, ""))
      .filter(Boolean),
  );
}

/** Canonical text of an address, so "::FFFF:127.0.0.1" and "::ffff:7f00:1" compare equal. */
function canonical(address: string): string {
  const groups = v6Groups(address);
  return groups ? groups.map((g) => g.toString(16)).join(":") : address.toLowerCase();
}

/**
 * Whether the server may connect to `address` when a URL names `hostname`: public addresses
 * always; others only when the admin allowed the host name or that very address.
 */
export function isAddressAllowed(hostname: string, address: string, allowed: Set<string>): boolean {
  if (classifyAddress(address) === "public") return true;
  if (allowed.has(hostname.toLowerCase().replace(/^\[|\]$/g, ""))) return true;
  const wanted = canonical(address);
  return [...allowed].some((entry) => isIP(entry) !== 0 && canonical(entry) === wanted);
}
