/** A named pattern in a rule table. Every rule says what it catches and shows an example. */
export interface Rule {
  name: string;
  pattern: RegExp;
  /** What family of lines this catches, and why. */
  note: string;
  /** A line it matches. */
  example: string;
}

/** The first rule in `table` whose pattern matches `text`, if any. */
export function firstMatch(table: readonly Rule[], text: string): Rule | undefined {
  for (const rule of table) if (rule.pattern.test(text)) return rule;
  return undefined;
}
