import type { Metadata } from "next";
import { headers } from "next/headers";
import QRCode from "qrcode";
import { requireTeacher } from "../../../_server/auth/session";
import { orNotFound } from "../../../_server/http/or-not-found";
import { getHostedGame } from "../../../_server/live/live-games";
import { hostMessage } from "../../../_server/live/host-messages";
import { HostScreen } from "../../_components/host-screen";

export const metadata: Metadata = { title: "Live game" };

/** The address phones open: this server's, as the projector's browser reached it. */
async function joinAddress(pin: string): Promise<string> {
  const h = await headers();
  const configured = process.env.BETTER_AUTH_URL;
  const origin = configured ? new URL(configured).origin : `${h.get("x-forwarded-proto") === "https" ? "https" : "http"}://${h.get("host") ?? "localhost"}`;
  return `${origin}/live?pin=${pin}`;
}

export default async function HostPage({ params }: { params: Promise<{ gameId: string }> }) {
  const { gameId } = await params;
  const actor = await requireTeacher(`/live/host/${gameId}`);
  const snapshot = await orNotFound(getHostedGame({ actor, gameId }));
  const joinUrl = await joinAddress(snapshot.pin);
  // Drawn here, on the server, as an SVG data URL (the page's CSP allows data: images).
  const svg = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const qrDataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return <HostScreen gameId={gameId} initial={hostMessage(snapshot, new Date())} joinUrl={joinUrl} qrDataUrl={qrDataUrl} reportHref={`/teach/quizzes/${snapshot.quizId}/live/${gameId}`} />;
}
