// The address rules behind safe-fetch.ts, without a network: which addresses the server may
// connect to when a teacher or a feed hands it a URL.
import { describe, expect, it } from "vitest";
import { classifyAddress, isAddressAllowed, parseAllowedHosts, type AddressClass } from "@/app/_server/http/address-policy";

describe("classifyAddress", () => {
  const rows: [string, AddressClass][] = [
    // public
    ["93.184.215.14", "public"],
    ["8.8.8.8", "public"],
    ["1.1.1.1", "public"],
    ["172.15.255.255", "public"],
    ["172.32.0.0", "public"],
    ["100.63.255.255", "public"],
    ["100.128.0.0", "public"],
    ["2606:4700:4700::1111", "public"],
    ["2a00:1450:4001:80b::200e", "public"],
    ["::ffff:8.8.8.8", "public"],
    // IPv4 ranges we refuse
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.10", "private"],
    ["169.254.169.254", "link-local"],
    ["169.254.0.1", "link-local"],
    ["100.64.0.1", "shared"],
    ["100.127.255.255", "shared"],
    ["224.0.0.251", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.1", "reserved"],
    ["198.18.0.1", "reserved"],
    // IPv6 ranges we refuse
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["[::1]", "loopback"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fec0::1", "reserved"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"],
    // IPv4 hidden inside IPv6
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::FFFF:A9FE:A9FE", "link-local"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:192.168.0.1", "private"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::169.254.169.254", "link-local"],
    ["64:ff9b::8.8.8.8", "public"],
    // IPv4-translated (SIIT)
    ["::ffff:0:127.0.0.1", "loopback"],
    ["::ffff:0:169.254.169.254", "link-local"],
    ["::ffff:0:a00:1", "private"],
    ["0:0:0:0:ffff:0:c0a8:1", "private"],
    ["::ffff:0:8.8.8.8", "public"],
    // 6to4: the IPv4 address in groups two and three
    ["2002:7f00:1::", "loopback"],
    ["2002:a9fe:a9fe::1", "link-local"],
    ["2002:0a00:0001:1::1", "private"],
    ["2002:c0a8:0101::", "private"],
    ["2002:808:808::1", "public"],
    // Teredo: the client's IPv4 address inverted in the last 32 bits; never a website
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"], // client 127.0.0.1
    ["2001:0:4136:e378:8000:63bf:5601:5601", "link-local"], // client 169.254.169.254
    ["2001::f5ff:fffe", "private"], // client 10.0.0.1
    ["2001:0:4136:e378:8000:63bf:f7f7:f7f7", "reserved"], // client 8.8.8.8: public, but a tunnel
    ["64:ff9b:1::a00:1", "reserved"], // NAT64 for local use
    ["2001:4860:4860::8888", "public"], // 2001: but not Teredo
    // not addresses at all
    ["localhost", "invalid"],
    ["example.com", "invalid"],
    ["256.1.1.1", "invalid"],
    ["", "invalid"],
  ];
  it.each(rows)("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe("isAddressAllowed", () => {
  const rows: [string, string, string | undefined, boolean][] = [
    ["news.example", "93.184.215.14", undefined, true],
    ["news.example", "127.0.0.1", undefined, false],
    ["metadata.internal", "169.254.169.254", undefined, false],
    ["127.0.0.1", "127.0.0.1", "127.0.0.1", true],
    ["localhost", "127.0.0.1", "127.0.0.1", true],
    ["localhost", "::1", "127.0.0.1", false],
    ["localhost", "::1", "localhost", true],
    ["intranet.school", "10.0.0.5", " Intranet.School , other.example", true],
    ["intranet.school", "10.0.0.6", "10.0.0.5", false],
    ["evil.example", "::ffff:127.0.0.1", "127.0.0.1", false],
    ["[::1]", "::1", "[::1]", true],
    ["mapped.example", "::ffff:7f00:1", "::ffff:127.0.0.1", true],
  ];
  it.each(rows)("%s at %s with allow list %j -> %s", (host, address, setting, expected) => {
    expect(isAddressAllowed(host, address, parseAllowedHosts(setting))).toBe(expected);
  });
});
