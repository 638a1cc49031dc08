import fs from 'node:fs/promises';
import path from 'node:path';
import { CliProblem, describeFsError } from './errors.js';
import type { InputFile } from './inputs.js';

/** Temp files still being written, removed if the process has to stop at once. */
export const pendingTempFiles = new Set<string>();

/** Where one input's output goes: the real path, and the path as the user wrote the folder. */
export interface PlannedOutput {
  target: string;
  shown: string;
}

const realOrResolved = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));

/**
 * The output files of one batch under --out-dir. A path that would leave the folder, land on an
 * input file, or land on the output of an earlier input of the batch is refused: nothing the
 * user already has is overwritten by mistake. The inputs and the output folder are compared with
 * symbolic links resolved.
 */
export class OutputPlan {
  private readonly claimed = new Map<string, string>();

  private constructor(
    private readonly outDir: string,
    private readonly root: string,
    private readonly extension: string,
    private readonly inputs: ReadonlySet<string>,
  ) {}

  static async create(outDir: string, extension: string, files: readonly InputFile[]): Promise<OutputPlan> {
    const inputs = await Promise.all(files.filter((f) => f.path !== '-').map((f) => realOrResolved(f.path)));
    return new OutputPlan(outDir, await realOrResolved(outDir), extension, new Set(inputs));
  }

  claim(file: InputFile): PlannedOutput {
    const name = `${file.outputStem}.${this.extension}`;
    const target = path.resolve(this.root, name);
    const shown = path.join(this.outDir, name);
    const relative = path.relative(this.root, target);
    if (relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) throw new CliProblem(`output ${name} would land outside ${this.outDir}`);
    if (this.inputs.has(target)) throw new CliProblem(`output ${shown} would overwrite an input file`);
    const earlier = this.claimed.get(target);
    if (earlier !== undefined) throw new CliProblem(`output ${shown} would overwrite the output of ${earlier}`);
    this.claimed.set(target, file.path);
    return { target, shown };
  }
}

/**
 * Write all or nothing: a temp file beside the target, renamed over it once complete. On any
 * failure (full disk, read-only folder, abort) the temp file is removed and nothing is left.
 */
export async function writeAtomically(output: PlannedOutput, content: string, signal: AbortSignal): Promise<void> {
  const folder = path.dirname(output.target);
  const temp = path.join(folder, `.${path.basename(output.target)}.${process.pid}.tmp`);
  pendingTempFiles.add(temp);
  try {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(temp, content, { signal });
    await fs.rename(temp, output.target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined); // the first error is the one to report
    if (signal.aborted) throw error;
    throw new CliProblem(`cannot write ${output.shown}: ${describeFsError(error)}`);
  } finally {
    pendingTempFiles.delete(temp);
  }
}

/** Standard output failed (closed pipe, full disk): every later output would fail too. */
export class StdoutError extends Error {
  constructor(readonly code: string | undefined, reason: string) {
    super(reason);
    this.name = 'StdoutError';
  }
}

/** Write to standard output and wait until it is flushed, which also keeps memory bounded on a slow reader. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(new StdoutError((error as NodeJS.ErrnoException).code, describeFsError(error))) : resolve()));
  });
}
