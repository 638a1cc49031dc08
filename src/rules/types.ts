/** A named pattern in a rule table. Every rule says what it catches and shows an example. */
export interface Rule {
  name: string;
  pattern: RegExp;
  /** What family of lines this catches, and why. */
  note: string;
  /** A line it matches. */
  example: string;
  /** Only lines of at most this many words qualify (furniture is short; prose mentioning it is not). */
  maxWords?: number;
  /** Group 1 is a person's name: a match whose name part reads as no name ("Entries RSS") is not one. */
  personName?: boolean;
  /** The article never runs past this line (a comment section, a related-stories list, a rights footer). */
  endsArticle?: boolean;
}

/** The first rule in `table` whose pattern matches `text`, if any. */
export function firstMatch(table: readonly Rule[], text: string, words = 0): Rule | undefined {
  for (const rule of table) if ((rule.maxWords === undefined || words <= rule.maxWords) && rule.pattern.test(text)) return rule;
  return undefined;
}
