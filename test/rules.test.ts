import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRulesAsJson, loadRules, ruleSetFor, RulesError } from '../src/rules/custom.js';
import { parseArticle } from '../src/index.js';
import { BUILT_IN_RULES } from '../src/rules/ruleset.js';
import { firstMatch, lowerCasePattern } from '../src/rules/types.js';
import { LiteralIndex, requiredLiterals } from '../src/rules/prefilter.js';
import { AGENCIES } from '../src/rules/wire.js';
import fc from 'fast-check';

const dir = mkdtempSync(path.join(tmpdir(), 'news-parse-rules-'));
const write = (name: string, content: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

const DUMP = [
  'Harbour ferry returns after repairs',
  '',
  'The harbour ferry resumed its usual timetable on Monday after six weeks of repairs to its engine, the operator said.',
  '',
  'Passengers said the crossing was smoother than before and that the new seats were an improvement.',
  '',
  'Harbour Trust members read this story a day early.',
  '',
  'Visit harbourtimes.example for more.',
].join('\n');

describe('custom rules', () => {
  it('adds a boilerplate pattern, scoped to a site', async () => {
    const file = write('site.json', { sites: [{ match: 'harbourtimes\\.example', rules: [{ name: 'trust-promo', role: 'boilerplate', pattern: '^Harbour Trust members' }] }] });
    const custom = await loadRules(file);
    const without = parseArticle(DUMP);
    expect(without.body.join('\n')).toContain('Harbour Trust members');
    const withRules = parseArticle(DUMP, { rules: ruleSetFor(custom, DUMP) });
    expect(withRules.body.join('\n')).not.toContain('Harbour Trust members');
    // The site block does not apply to a dump from elsewhere.
    expect(ruleSetFor(custom, 'another site entirely').boilerplate.some((r) => r.name === 'trust-promo')).toBe(false);
  });

  it('gives every built-in rule a name of its own, so that switching one off by name switches off no other', () => {
    const names = Object.values(BUILT_IN_RULES).flat().map((rule) => rule.name);
    expect(names.filter((name, k) => names.indexOf(name) !== k)).toEqual([]);
  });
  it('switches built-in rules off by name', async () => {
    const custom = await loadRules(write('disable.json', { disable: ['share-bar'] }));
    expect(ruleSetFor(custom, '').boilerplate.some((r) => r.name === 'share-bar')).toBe(false);
  });

  it('names the file, the JSON path and what was expected', async () => {
    await expect(loadRules(write('bad-role.json', { rules: [{ name: 'x', role: 'headline-ish', pattern: 'a' }] }))).rejects.toThrow(/bad-role\.json: \.rules\[0\]\.role: /);
    await expect(loadRules(write('bad-regex.json', { rules: [{ name: 'x', role: 'boilerplate', pattern: '(' }] }))).rejects.toThrow(/\.rules\[0\]\.pattern: not a valid regular expression/);
    await expect(loadRules(write('bad-json.json', '{ nope'))).rejects.toThrow(/not valid JSON/);
    await expect(loadRules(write('extra.json', { rules: [], colour: 'red' }))).rejects.toBeInstanceOf(RulesError);
  });

  it('refuses a pattern that can take super-linear time', async () => {
    await expect(loadRules(write('redos.json', { rules: [{ name: 'slow', role: 'boilerplate', pattern: '^(a+)+$' }] }))).rejects.toThrow(/refused, the pattern may take super-linear time/);
  });

  it('prints the built-in tables in the format it reads', async () => {
    const printed = builtInRulesAsJson();
    const file = write('printed.json', printed);
    const custom = await loadRules(file);
    expect(custom.global.rules.boilerplate?.length).toBeGreaterThan(10);
  }, 120_000);
});

describe('case-blind rules run on lower-cased text', () => {
  it('rewrites only patterns whose answer cannot change', () => {
    expect(lowerCasePattern(/^subscribe (?:now|today)\b/i)?.flags).toBe('');
    expect(lowerCasePattern(/\bfollow [\p{L}'’ ]{1,30} on x\b/iu)?.flags).toBe('u');
    expect(lowerCasePattern(/^subscribe/)).toBeUndefined(); // case already matters
    expect(lowerCasePattern(/^Subscribe/i)).toBeUndefined(); // a capital in the source
    expect(lowerCasePattern(/^by \p{Lu}/iu)).toBeUndefined(); // a cased property
    expect(lowerCasePattern(/^\u0053ubscribe/i)).toBeUndefined(); // an escape that may name a capital
    expect(lowerCasePattern(/straße/iu)).toBeUndefined(); // ß has no one-letter capital
  });

  // Every built-in rule, on its example and on random re-casings of it with foreign letters mixed in.
  const tables = Object.values(BUILT_IN_RULES).flat();
  const rewritten = tables.flatMap((rule) => {
    const lower = lowerCasePattern(rule.pattern);
    return lower ? [{ rule, lower }] : [];
  });

  it('covers most case-blind built-in rules', () => {
    expect(rewritten.length).toBeGreaterThan(40);
  });

  it('gives the same answer as the case-blind pattern', () => {
    const recased = fc
      .tuple(fc.constantFrom(...rewritten), fc.array(fc.boolean(), { maxLength: 200 }), fc.constantFrom('', ' Ünïcode', ' ΣΟΦΙΑ', 'ǅ '))
      .map(([{ rule, lower }, flips, extra]) => {
        const text = [...rule.example].map((char, i) => (flips[i % Math.max(1, flips.length)] ? char.toUpperCase() : char.toLowerCase())).join('') + extra;
        return { rule, lower, text };
      });
    fc.assert(
      fc.property(recased, ({ rule, lower, text }) => {
        expect(lower.test(text.toLowerCase())).toBe(rule.pattern.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves text with a dotted capital I to the case-blind pattern', () => {
    const table = [{ name: 'istanbul', pattern: /^i̇stanbul desk$/i, note: 'test', example: 'istanbul desk' }];
    // "İ" lower-cases to "i" plus a combining dot: the rewritten pattern would match, the original does not.
    expect(table[0]!.pattern.test('İSTANBUL DESK')).toBe(false);
    expect(firstMatch(table, 'İSTANBUL DESK')).toBeUndefined();
    expect(firstMatch(table, 'i\u0307stanbul desk')).toBe(table[0]);
  });
});

describe('literal prefilter', () => {
  const literals = (pattern: RegExp) => [...(requiredLiterals(pattern) ?? [])].sort();

  it('finds the strings every match must contain', () => {
    expect(literals(/^sign ?up now\b/i)).toEqual(['sign up ', 'signup n']); // cut to eight characters
    expect(literals(/\b(?:[Pp]hoto|[Ii]mage)s? by \p{Lu}/u)).toEqual(['image by', 'images b', 'photo by', 'photos b']);
    // Cased letters of a case-sensitive pattern are required in lower case: the text is lower-cased before the scan.
    expect(literals(/^Copyright \d{4}/)).toEqual(['copyrigh']);
    // The longest run of a sequence wins over a shorter one.
    expect(literals(/ab\d+all rights reserved/)).toEqual(['all righ']);
    expect(literals(/(?:published|updated): \d/i)).toEqual(['publishe', 'updated:']);
    // A lookahead and a boundary consume nothing: "ab" and "cd" join.
    expect(literals(/abc\b(?=x)def/)).toEqual(['abcdef']);
  });

  it('promises nothing for a pattern it cannot bound', () => {
    expect(requiredLiterals(/^\p{Lu}[\p{L}'’-]+$/u)).toBeUndefined(); // no literal at all
    expect(requiredLiterals(/subscribe|^\p{Lu}{3}$/u)).toBeUndefined(); // one branch without one
    expect(requiredLiterals(/^(?:ad|ads)$/i)).toBeUndefined(); // too short to be worth a scan
    expect(requiredLiterals(/(?:foo)?bar?/)).toBeUndefined(); // every part optional but "ba"
    expect(requiredLiterals(/the end/g)).toBeUndefined(); // a stateful pattern always runs
    expect(requiredLiterals(/σοφία/iu)).toBeUndefined(); // Greek letters fold in ways lower-casing hides
  });

  it('finds strings inside one another (Aho-Corasick failure links), each pattern once', () => {
    const index = new LiteralIndex([['he'], ['she'], ['hers'], ['his'], undefined]);
    expect([...index.found('ushers he she')].sort()).toEqual([0, 1, 2]);
    expect(index.found('this')).toEqual([3]);
  });

  it('keeps an answer whole after a later scan (a rule may test other text before the table goes on)', () => {
    const index = new LiteralIndex([['abc'], ['xyz'], ['qqq']]);
    const first = index.found('abc xyz');
    index.found('abc');
    expect(first).toEqual([0, 1]);
  });

  it('reads a long s as an s, as a case-blind Unicode pattern does', () => {
    expect(/subscribe/iu.test('ſubscribe')).toBe(true);
    expect(new LiteralIndex([['subscribe']]).found('ſubscribe')).toEqual([0]);
  });

  // The promise, tested: a pattern that matches a line has one of its strings in the lower-cased line.
  const tables = Object.values(BUILT_IN_RULES).flat();
  const filtered = tables.flatMap((rule) => {
    const strings = requiredLiterals(rule.pattern);
    return strings ? [{ rule, strings }] : [];
  });

  it('filters most built-in rules', () => {
    expect(filtered.length / tables.length).toBeGreaterThan(0.7);
  });

  it('never filters out a rule that matches', () => {
    const recased = fc
      .tuple(fc.constantFrom(...filtered), fc.array(fc.boolean(), { maxLength: 200 }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }))
      .map(([{ rule, strings }, flips, before, after]) => {
        const example = [...rule.example].map((char, i) => (flips[i % Math.max(1, flips.length)] ? char.toUpperCase() : char)).join('');
        return { rule, strings, text: before + example + after };
      });
    fc.assert(
      fc.property(recased, ({ rule, strings, text }) => {
        if (rule.pattern.test(text)) expect(strings.some((s) => text.toLowerCase().includes(s))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives each built-in rule its example line', () => {
    for (const rule of tables) expect(firstMatch([rule], rule.example), rule.name).toBe(rule.pattern.test(rule.example) ? rule : undefined);
  });
});

describe('the agency table', () => {
  it('gives every alias one agency: a name listed twice makes the patterns built from the list ambiguous', () => {
    const aliases = AGENCIES.flatMap((agency) => agency.aliases);
    expect(aliases.filter((alias, k) => aliases.indexOf(alias) !== k)).toEqual([]);
  });
});
