import { NotTextError } from '../decode.js';

/** A problem with one input or its output that the user can act on, reported as one line. */
export class CliProblem extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CliProblem';
  }
}

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symbolic link loop',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for the file system or the process limit',
  EROFS: 'read-only file system',
  ENXIO: 'not a regular file (socket or device)',
  EIO: 'input/output error',
  EPIPE: 'the reading end of the pipe was closed',
};

/** The reason of a failed file system call, without Node's "CODE: ..., syscall 'path'" wrapping. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && Object.hasOwn(FS_REASONS, code)) return FS_REASONS[code]!;
  const message = error instanceof Error ? error.message : String(error);
  return /^[A-Z0-9_]+: ([^,\n]+)/.exec(message)?.[1] ?? firstLine(message);
}

const firstLine = (text: string) => text.split('\n', 1)[0]!.trim();

/** One line saying why an input failed; anything unexpected is marked as a bug to report. */
export function reasonOf(error: unknown): string {
  if (error instanceof CliProblem || error instanceof NotTextError) return firstLine(error.message);
  if (typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string') return describeFsError(error);
  return `internal error, please report it: ${firstLine(error instanceof Error ? error.message : String(error))}`;
}
