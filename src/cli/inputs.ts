import fs from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

/** One dump to parse, and where its output goes relative to --out-dir. */
export interface InputFile {
  /** Path as the user will see it in output and errors ("-" for stdin). */
  path: string;
  /** Output path relative to --out-dir, without extension. */
  outputStem: string;
}

/** A command-line argument that named nothing parseable. */
export interface InputError {
  path: string;
  reason: string;
}

export const DUMP_EXTENSIONS = ['txt', 'md', 'markdown'];
const EXTENSION = /\.(?:txt|md|markdown)$/i;

const stem = (p: string) => p.replace(EXTENSION, '');

/** The directory part of a glob before its first magic segment: "dumps/**\/*.txt" -> "dumps". */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (fg.isDynamicPattern(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  return fixed.join('/') || '.';
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symbolic link loop';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Expand the arguments into files in argument order: "-" is stdin, a folder is searched
 * recursively for dumps, a pattern is expanded with fast-glob, anything else is a file.
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
      const found = await fg(`**/*.{${DUMP_EXTENSIONS.join(',')}}`, { cwd: arg, onlyFiles: true, dot: false, followSymbolicLinks: false, caseSensitiveMatch: false });
      found.sort();
      if (!found.length) errors.push({ path: arg, reason: 'no .txt, .md or .markdown dumps in this folder' });
      for (const rel of found) files.push({ path: path.join(arg, rel), outputStem: stem(rel) });
      continue;
    }
    if (stat) {
      files.push({ path: arg, outputStem: stem(path.basename(arg)) });
      continue;
    }
    const base = globBase(arg);
    const found = await fg(arg, { onlyFiles: true, dot: false, followSymbolicLinks: false });
    found.sort();
    if (!found.length) errors.push({ path: arg, reason: 'pattern matched no files' });
    for (const p of found) files.push({ path: p, outputStem: stem(path.relative(base, p)) });
  }
  return { files, errors };
}
