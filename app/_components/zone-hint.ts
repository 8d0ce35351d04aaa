/** Under a date field: whose clock it is read by ("Your time: Asia/Tokyo."), decision 025. */
export function zoneHint(timeZone: string): string {
  return timeZone === "UTC" ? "Your time (UTC until your browser says its zone)." : `Your time: ${timeZone.replace(/_/g, " ")}.`;
}
