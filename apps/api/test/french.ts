/**
 * Words that betray an English message (zod's default locale, Fastify's and Node's own replies).
 * Quoted parts (« contactEmail », « active ») are identifiers and values, not prose: ignored.
 */
const ENGLISH =
  /\b(expected|received|invalid|input|must|required|string|number|too big|too small|characters?|unrecognized|keys?|should|cannot|failed|error|bad request|not found|unexpected|body|is not|exceeded|payload|request|the|of|and|with|allowed)\b/gi;

/** The English words of a message (empty when it reads as French). */
export function englishWordsIn(message: string): string[] {
  return message.replace(/«[^»]*»/g, '').match(ENGLISH) ?? [];
}
