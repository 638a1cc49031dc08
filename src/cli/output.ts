import fs from 'node:fs/promises';
import path from 'node:path';

/** Temp files still being written, removed if the process is interrupted. */
export const pendingTempFiles = new Set<string>();

/**
 * Where an input's output file goes under `outDir`. Refuses paths that would leave the folder
 * or land on an input file.
 */
export function outputPathFor(outDir: string, stem: string, extension: string, inputs: ReadonlySet<string>): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, `${stem}.${extension}`);
  if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`output path would leave ${outDir}`);
  if (inputs.has(target)) throw new Error('output would overwrite an input file');
  return target;
}

/** Write all or nothing: a temp file beside the target, then rename over it. */
export async function writeAtomically(target: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  pendingTempFiles.add(temp);
  try {
    await fs.writeFile(temp, content);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  } finally {
    pendingTempFiles.delete(temp);
  }
}
