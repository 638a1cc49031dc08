/**
 * A worker thread of a batch (--jobs): reads the dumps it is sent and answers with their
 * rendered output, one message for each, in the order asked.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { reasonOf } from './errors.js';
import { Job, type JobResult, type JobSettings } from './job.js';
import { readFileInput } from './read.js';

export interface WorkerTask {
  path: string;
  maxSize: number;
}

// Tasks sent before the job is ready wait in the port's queue until the listener is attached.
void Job.create((workerData as { settings: JobSettings }).settings).then((job) => {
  parentPort!.on('message', (task: WorkerTask) => {
    let result: JobResult;
    try {
      const bytes = readFileInput(task.path, task.maxSize);
      result = { ok: true, ...job.render(bytes, task.path) };
    } catch (error) {
      result = { ok: false, reason: reasonOf(error) };
    }
    parentPort!.postMessage(result);
  });
});
