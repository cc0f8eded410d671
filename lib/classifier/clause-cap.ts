/**
 * Classifier stages read at most the first 20,000 characters of a clause: a hostile 5 MB "clause" costs
 * what a long paragraph costs, and the rules' windows stay bounded.
 */
const MAX_CLAUSE_CHARS = 20_000;

export function capped(text: string): string {
  return text.length > MAX_CLAUSE_CHARS ? text.slice(0, MAX_CLAUSE_CHARS) : text;
}
