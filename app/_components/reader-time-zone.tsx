"use client";
// Tells the server the reader's time zone: renders nothing (so nothing can differ on hydration),
// and after the page has loaded, stores the browser's zone in a cookie when it is new or changed
// and asks for the page again, now with local times. docs/decisions/025-the-readers-time-zone-in-a-cookie.md
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { isTimeZone, ZONE_COOKIE } from "../_server/time/zone-cookie";

const YEAR = 60 * 60 * 24 * 365;

export function ReaderTimeZone({ known }: { known: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!isTimeZone(zone) || zone === known) return;
    // Zone names are cookie-safe as they are (letters, digits, "_", "+", "-", "/"): no encoding
    // for the server to undo.
    const secure = location.protocol === "https:" ? "; secure" : "";
    document.cookie = `${ZONE_COOKIE}=${zone}; path=/; max-age=${YEAR}; samesite=lax${secure}`;
    // Once per change and tab: a browser that keeps no cookies would otherwise be asked again on
    // every page, for ever.
    const asked = `${ZONE_COOKIE}-asked`;
    const change = `${known ?? ""}>${zone}`;
    if (sessionStorage.getItem(asked) === change) return;
    sessionStorage.setItem(asked, change);
    router.refresh();
  }, [known, router]);
  return null;
}
