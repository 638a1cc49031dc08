/**
 * No regular expression run on input may take super-linear time. Every RegExp reachable from a
 * module's exports under src/ (the rule tables of src/rules and src/dates, and any other exported
 * pattern) is checked with recheck, which proves a pattern safe or finds an attack string.
 * Patterns a module keeps private cannot be reached here: export a table to have it checked.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { REDOS_CHECK_OPTIONS } from '../src/rules/custom.js';

const SRC = path.resolve(import.meta.dirname, '../src');
// bin.ts runs the CLI on import; worker.ts expects to run in a worker thread.
const NOT_IMPORTABLE = new Set(['cli/bin.ts', 'cli/worker.ts']);

/** Every RegExp in a module's exports, in arrays and plain objects, named by where it sits. */
function exportedPatterns(moduleName: string, exports: Record<string, unknown>): Array<{ name: string; pattern: RegExp }> {
  const found: Array<{ name: string; pattern: RegExp }> = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, name: string, depth: number): void => {
    if (value instanceof RegExp) {
      found.push({ name, pattern: value });
      return;
    }
    if (depth > 4 || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${name}[${(item as { name?: unknown })?.name ?? i}]`, depth + 1));
    } else if (Object.getPrototypeOf(value) === Object.prototype) {
      for (const [key, item] of Object.entries(value)) walk(item, `${name}.${key}`, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(exports)) walk(value, `${moduleName}: ${key}`, 0);
  return found;
}

const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !NOT_IMPORTABLE.has(file.split(path.sep).join('/')))
  .sort();
const patterns = (
  await Promise.all(modules.map(async (file) => exportedPatterns(file.replace(/\.ts$/, ''), await import(pathToFileURL(path.join(SRC, file)).href))))
).flat();
// A pattern reachable under several names (a table and a rule set holding it) is checked once.
const byPattern = new Map<string, { name: string; pattern: RegExp }>();
for (const found of patterns) {
  const key = `/${found.pattern.source}/${found.pattern.flags}`;
  if (!byPattern.has(key)) byPattern.set(key, found);
}

describe('regular expressions are safe from catastrophic backtracking (recheck)', () => {
  it('reaches the rule tables', () => {
    const names = patterns.map((p) => p.name).join('\n');
    for (const table of ['BOILERPLATE_RULES', 'BYLINE_RULES', 'BYLINE_CLEANERS', 'DATELINE_RULES', 'SOURCE_RULES', 'SIGN_OFF_RULES', 'NORMALISE_STEPS']) {
      expect(names).toContain(table);
    }
  });

  describe.concurrent.each([...byPattern.values()])('$name', ({ pattern }) => {
    it('is safe', { timeout: 120_000 }, async () => {
      // recheck does not know the d flag (match indices), which does not change how a pattern matches.
      const diagnostics = await check(pattern.source, pattern.flags.replace('d', ''), { ...REDOS_CHECK_OPTIONS, timeout: 60_000 });
      const attack = diagnostics.status === 'vulnerable' ? `${diagnostics.complexity.summary}; attack: ${diagnostics.attack.pattern}` : '';
      expect({ status: diagnostics.status, attack }).toEqual({ status: 'safe', attack: '' });
    });
  });
});
