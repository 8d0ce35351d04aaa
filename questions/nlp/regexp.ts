/** `s` as a regular expression matching exactly that text (every metacharacter escaped). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
