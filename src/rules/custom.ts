import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { BUILT_IN_RULES, extendRuleSet, type RuleRole, type RuleSet } from './ruleset.js';
import type { Rule } from './types.js';

/**
 * Custom rules, so a wrong result can be fixed without touching the source:
 *
 *   {
 *     "rules": [{ "name": "paywall", "role": "boilerplate", "pattern": "^Subscribers only", "endsArticle": true }],
 *     "disable": ["share-bar"],
 *     "sites": [{ "match": "example\\.com", "rules": [...], "disable": [...] }]
 *   }
 *
 * A site block applies to a dump when one of the dump's lines matches `match` (a URL or a footer).
 */
const customRuleSchema = z
  .object({
    name: z.string().min(1),
    role: z.enum(['boilerplate', 'keep', 'byline', 'source', 'signOff']),
    pattern: z.string().min(1),
    flags: z.string().regex(/^[imsu]*$/, 'only the flags i, m, s and u').default('i'),
    note: z.string().default('custom rule'),
    example: z.string().default(''),
    maxWords: z.number().int().positive().optional(),
    endsArticle: z.boolean().optional(),
    noStamp: z.boolean().optional(),
    personName: z.boolean().optional(),
    deskWithAgency: z.boolean().optional(),
  })
  .strict();

const blockSchema = z.object({ rules: z.array(customRuleSchema).default([]), disable: z.array(z.string()).default([]) }).strict();
export const rulesFileSchema = blockSchema.extend({ sites: z.array(blockSchema.extend({ match: z.string().min(1) }).strict()).default([]) }).strict();
export type RulesFile = z.infer<typeof rulesFileSchema>;

/** A rules file that cannot be used; the message names the file, the JSON path and what was expected. */
export class RulesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulesError';
  }
}

interface CompiledBlock {
  rules: Partial<Record<RuleRole, Rule[]>>;
  disable: Set<string>;
}

/** Custom rules ready to apply: the global block, and the site blocks with their matchers. */
export interface CustomRules {
  global: CompiledBlock;
  sites: Array<CompiledBlock & { match: RegExp }>;
}

function compile(pattern: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    throw new RulesError(`${where}: not a valid regular expression (${(error as Error).message})`);
  }
}

type Checker = (source: string, flags: string) => { status: string };

/**
 * recheck's settings. Its fuzzer also stops on time (250 ms an incubation, 1 s an attack), which
 * makes a verdict depend on the machine's load: a linear pattern with long bounded repeats was
 * once called polynomial on a busy machine. Without those clocks, its step limits decide, and the
 * verdict is the same on every run; `timeout` only bounds the whole check.
 */
export const REDOS_CHECK_OPTIONS = { timeout: 20_000, attackTimeout: null, incubationTimeout: null } as const;

const BUILT_IN_NAMES = new Set((Object.keys(BUILT_IN_RULES) as RuleRole[]).flatMap((role) => BUILT_IN_RULES[role].map((r) => r.name)));

const BUILT_IN_PATTERNS = new Set(
  (Object.keys(BUILT_IN_RULES) as RuleRole[]).flatMap((role) => BUILT_IN_RULES[role].map((r) => `${cleanFlags(r.pattern.flags)}/${r.pattern.source}`)),
);

function cleanFlags(flags: string): string {
  return flags.replace(/[gdy]/g, '');
}

/** Parse and check a rules file's content; `check` refuses patterns that could take super-linear time. */
export function compileRules(json: unknown, file: string, check: Checker): CustomRules {
  const parsed = rulesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '(top level)';
    throw new RulesError(`${file}: ${path}: ${issue.message}`);
  }
  const block = (b: z.infer<typeof blockSchema>, at: string): CompiledBlock => {
    const rules: Partial<Record<RuleRole, Rule[]>> = {};
    b.rules.forEach((r, i) => {
      const where = `${file}: ${at}.rules[${i}].pattern`;
      const pattern = compile(r.pattern, r.flags, where);
      // Built-in patterns copied from --print-rules were checked by the test suite already.
      const verdict = BUILT_IN_PATTERNS.has(`${r.flags}/${r.pattern}`) ? 'safe' : check(r.pattern, r.flags).status;
      if (verdict !== 'safe') throw new RulesError(`${where}: refused, the pattern may take super-linear time (ReDoS check: ${verdict})`);
      (rules[r.role] ??= []).push({ name: r.name, pattern, note: r.note, example: r.example, maxWords: r.maxWords, endsArticle: r.endsArticle, noStamp: r.noStamp, personName: r.personName, deskWithAgency: r.deskWithAgency });
    });
    b.disable.forEach((name, i) => {
      if (!BUILT_IN_NAMES.has(name)) throw new RulesError(`${file}: ${at}.disable[${i}]: no built-in rule is called "${name}" (see --print-rules)`);
    });
    return { rules, disable: new Set(b.disable) };
  };
  return {
    global: block(parsed.data, ''),
    sites: parsed.data.sites.map((s, i) => ({ ...block(s, `.sites[${i}]`), match: compile(s.match, 'i', `${file}: .sites[${i}].match`) })),
  };
}

/** Read, parse and check a rules file. The ReDoS checker is loaded only when a rules file is used. */
export async function loadRules(file: string): Promise<CustomRules> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (error as Error).message;
    throw new RulesError(`${file}: ${reason}`);
  }
  const { checkSync } = await import('recheck');
  return compileRules(json, file, (source, flags) => checkSync(source, flags, REDOS_CHECK_OPTIONS));
}

/** The rule set for one dump: built-ins, the global block, and every site block whose match is in the text. */
export function ruleSetFor(custom: CustomRules | undefined, text: string): RuleSet {
  if (!custom) return BUILT_IN_RULES;
  const sites = custom.sites.filter((s) => s.match.test(text));
  // Dumps of a batch mostly match the same sites: one rule set (and its compiled prefilters) each.
  const key = sites.map((s) => custom.sites.indexOf(s)).join(',');
  const known = ruleSetsBySites.get(custom)?.get(key);
  if (known) return known;
  let set = BUILT_IN_RULES;
  for (const b of [custom.global, ...sites]) set = extendRuleSet(set, b.rules, b.disable);
  if (!ruleSetsBySites.has(custom)) ruleSetsBySites.set(custom, new Map());
  ruleSetsBySites.get(custom)!.set(key, set);
  return set;
}

const ruleSetsBySites = new WeakMap<CustomRules, Map<string, RuleSet>>();

/** The built-in tables as a rules file a user can copy and adapt (`--print-rules`). */
export function builtInRulesAsJson(): string {
  const rules = (Object.keys(BUILT_IN_RULES) as RuleRole[]).flatMap((role) =>
    BUILT_IN_RULES[role].map((r) => ({ name: r.name, role, pattern: r.pattern.source, flags: cleanFlags(r.pattern.flags), note: r.note, example: r.example, ...(r.maxWords ? { maxWords: r.maxWords } : {}), ...(r.endsArticle ? { endsArticle: true } : {}), ...(r.noStamp ? { noStamp: true } : {}), ...(r.personName ? { personName: true } : {}), ...(r.deskWithAgency ? { deskWithAgency: true } : {}) })),
  );
  return JSON.stringify({ rules, disable: [], sites: [] }, null, 2) + '\n';
}
