/**
 * A worker thread of a batch (--jobs): reads the dumps it is sent and answers with their
 * rendered output, one message for each, in the order asked.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { reasonOf } from './errors.js';
import { Job, type JobResult, type JobSettings } from './job.js';
import { readInput } from './read.js';

export interface WorkerTask {
  path: string;
  maxSize: number;
}

const job = await Job.create((workerData as { settings: JobSettings }).settings);
// The main thread stops handing out work on a signal and ends the workers; reads here need no abort.
const never = new AbortController().signal;

parentPort!.on('message', async (task: WorkerTask) => {
  let result: JobResult;
  try {
    const bytes = await readInput({ path: task.path, outputStem: '' }, task.maxSize, never);
    result = { ok: true, ...job.render(bytes, task.path) };
  } catch (error) {
    result = { ok: false, reason: reasonOf(error) };
  }
  parentPort!.postMessage(result);
});
