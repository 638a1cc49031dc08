import fs from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { describeFsError } from './errors.js';

/** One dump to parse, and where its output goes relative to --out-dir. */
export interface InputFile {
  /** Path as the user will see it in output and errors ("-" for stdin). */
  path: string;
  /** Output path relative to --out-dir, without extension. */
  outputStem: string;
}

/** A command-line argument, or a folder under one, that named nothing parseable. */
export interface InputError {
  path: string;
  reason: string;
}

const EXTENSION = /\.(?:txt|md|markdown)$/i;

const stem = (p: string) => p.replace(EXTENSION, '');

// Glob syntax fast-glob understands; a brace may hold a slash ("{a,../b}/*.txt"), so a segment is
// judged by its characters rather than by whether it is a complete pattern on its own.
const GLOB_SYNTAX = /[*?[\]{}()!]/;

/** The folder part of a glob before its first segment with glob syntax: "dumps/**\/*.txt" -> "dumps". */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const firstMagic = parts.findIndex((part) => GLOB_SYNTAX.test(part));
  return parts.slice(0, firstMagic === -1 ? parts.length - 1 : firstMagic).join('/') || '.';
}

/**
 * Dump files under a folder, recursively, as paths relative to it, sorted. Symbolic links to
 * files are listed (reading them reports a broken or looping link); linked folders are not
 * entered, so a link loop cannot make the walk endless. An unreadable subfolder is reported
 * and the walk goes on.
 */
async function dumpsUnder(root: string, errors: InputError[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
    } catch (error) {
      errors.push({ path: path.join(root, relative), reason: describeFsError(error) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (EXTENSION.test(entry.name)) found.push(child);
    }
  };
  await walk('');
  return found.sort();
}

/**
 * Expand the arguments into files in argument order: "-" is stdin, a folder is searched
 * recursively for dumps, a pattern is expanded with fast-glob, anything else is a file.
 * Whatever a folder or pattern matches is listed, regular file or not: reading decides, so that
 * nothing matched is skipped without a word.
 */
export async function resolveInputs(args: string[]): Promise<{ files: InputFile[]; errors: InputError[] }> {
  const files: InputFile[] = [];
  const errors: InputError[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push({ path: '-', outputStem: 'stdin' });
      continue;
    }
    let stat: import('node:fs').Stats | null = null;
    try {
      stat = await fs.stat(arg);
    } catch (error) {
      if (!fg.isDynamicPattern(arg)) {
        errors.push({ path: arg, reason: describeFsError(error) });
        continue;
      }
    }
    if (stat?.isDirectory()) {
      const errorsBefore = errors.length;
      const found = await dumpsUnder(arg, errors);
      if (!found.length && errors.length === errorsBefore) errors.push({ path: arg, reason: 'no .txt, .md or .markdown dumps in this folder' });
      for (const relative of found) files.push({ path: path.join(arg, relative), outputStem: stem(relative) });
      continue;
    }
    if (stat) {
      files.push({ path: arg, outputStem: stem(path.basename(arg)) });
      continue;
    }
    let found: string[];
    try {
      // Not onlyFiles: that would drop symbolic links to files without a word.
      const entries = await fg(arg, { onlyFiles: false, objectMode: true, dot: false, followSymbolicLinks: false });
      found = entries.filter((entry) => !entry.dirent.isDirectory()).map((entry) => entry.path).sort();
    } catch (error) {
      errors.push({ path: arg, reason: describeFsError(error) });
      continue;
    }
    if (!found.length) errors.push({ path: arg, reason: 'pattern matched no files' });
    const base = globBase(arg);
    for (const p of found) files.push({ path: p, outputStem: stem(path.relative(base, p)) });
  }
  return { files, errors };
}
