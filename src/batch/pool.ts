import { Worker } from 'node:worker_threads';

/**
 * A fixed set of worker threads running one script; `run` sends a task to an idle worker (or
 * queues it) and resolves with the worker's answer. Workers answer each message with exactly one
 * message; a worker that dies fails its task and is replaced.
 */
export class WorkerPool<Task, Result> {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ task: Task; resolve: (r: Result) => void; reject: (e: Error) => void }> = [];
  private readonly busy = new Map<Worker, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
  private closed = false;

  constructor(
    private readonly script: string | URL,
    size: number,
    private readonly workerData?: unknown,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { workerData: this.workerData });
    worker.on('message', (result: Result) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      job?.resolve(result);
      this.release(worker);
    });
    worker.on('error', (error) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      job?.reject(error);
      if (!this.closed) this.release(this.spawn());
    });
    return worker;
  }

  private release(worker: Worker): void {
    const next = this.queue.shift();
    if (!next) {
      this.idle.push(worker);
      return;
    }
    this.busy.set(worker, next);
    worker.postMessage(next.task);
  }

  run(task: Task): Promise<Result> {
    return new Promise((resolve, reject) => {
      const worker = this.idle.pop();
      if (!worker) {
        this.queue.push({ task, resolve, reject });
        return;
      }
      this.busy.set(worker, { resolve, reject });
      worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}
