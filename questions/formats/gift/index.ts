export { parseGift, GIFT_MAX_BYTES, type GiftError, type GiftParseResult } from "./parse";
export { exportGift, type GiftExportResult } from "./export";
export { escapeGift, unescapeGift } from "./escape";
