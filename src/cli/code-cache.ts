/**
 * Start-up of the CLI: its bundle is one CommonJS file that V8 compiles from a code cache written
 * at build time (the bytecode of every function a first parse runs), so a run from a shell loop
 * skips parsing and compiling most of the bundle. A cache from another Node or V8 build is
 * rejected by V8 and the bundle compiles from source as usual.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  script: Script;
}

export const cacheFileOf = (bundle: string) => `${bundle}.cache`;

/** Evaluate a CommonJS bundle the way Node's loader would, compiled with its code cache if any. */
export function loadBundle(bundle: string): LoadedBundle {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFileOf(bundle));
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return { exports: module.exports, script };
}
