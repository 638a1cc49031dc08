import { BOILERPLATE_RULES, KEEP_RULES } from './boilerplate.js';
import { BYLINE_RULES } from './byline.js';
import { SIGN_OFF_RULES, SOURCE_RULES } from './wire.js';
import type { Rule } from './types.js';

/**
 * The line-level rule tables the classifier consults. The built-in set is the default; custom rules
 * (`--rules`) come first in their table so they win, and built-in rules can be switched off by name.
 */
export interface RuleSet {
  /** Page furniture. */
  boilerplate: readonly Rule[];
  /** Lines that are article text whatever the furniture rules say. */
  keep: readonly Rule[];
  byline: readonly Rule[];
  /** Attributions; group 1 is the outlet. */
  source: readonly Rule[];
  signOff: readonly Rule[];
}

export const BUILT_IN_RULES: RuleSet = {
  boilerplate: BOILERPLATE_RULES,
  keep: KEEP_RULES,
  byline: BYLINE_RULES,
  source: SOURCE_RULES,
  signOff: SIGN_OFF_RULES,
};

export type RuleRole = keyof RuleSet;

/** `base` with `extra` rules in front of each table and the named rules removed. */
export function extendRuleSet(base: RuleSet, extra: Partial<Record<RuleRole, readonly Rule[]>>, disabled: ReadonlySet<string>): RuleSet {
  const table = (role: RuleRole) => [...(extra[role] ?? []), ...base[role].filter((r) => !disabled.has(r.name))];
  return { boilerplate: table('boilerplate'), keep: table('keep'), byline: table('byline'), source: table('source'), signOff: table('signOff') };
}
