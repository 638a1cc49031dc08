import { Worker, type WorkerOptions } from 'node:worker_threads';

interface Pending<Task, Result> {
  task: Task;
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
}

/** Tasks a worker holds at once: it starts the next one without waiting for the main thread. */
const TASKS_PER_WORKER = 4;

/**
 * A fixed set of worker threads running one script; `run` sends a task to the least loaded worker
 * (or queues it) and resolves with that worker's answer. Workers answer each message with exactly
 * one message, in the order they got them. Each worker holds a few tasks, so it never sits idle
 * while the main thread, which shares the cores, gets round to sending the next one. A worker that
 * dies fails the task it was on, its other tasks go back to the queue, and it is replaced.
 */
export class WorkerPool<Task, Result> {
  private readonly pending = new Map<Worker, Array<Pending<Task, Result>>>();
  private readonly queue: Array<Pending<Task, Result>> = [];
  private closed = false;

  constructor(
    private readonly script: string | URL,
    size: number,
    /** Given to every worker, the replacements too: its data and heap limits. */
    private readonly workerOptions: Pick<WorkerOptions, 'workerData' | 'resourceLimits'> = {},
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(this.script, this.workerOptions);
    const tasks: Array<Pending<Task, Result>> = [];
    this.pending.set(worker, tasks);
    worker.on('message', (result: Result) => {
      tasks.shift()?.resolve(result);
      this.fill(worker, tasks);
    });
    worker.on('error', (error) => {
      this.pending.delete(worker);
      tasks.shift()?.reject(error);
      this.queue.unshift(...tasks);
      if (!this.closed) this.spawn();
    });
    this.fill(worker, tasks);
  }

  private fill(worker: Worker, tasks: Array<Pending<Task, Result>>): void {
    while (tasks.length < TASKS_PER_WORKER && this.queue.length) this.send(worker, tasks, this.queue.shift()!);
  }

  private send(worker: Worker, tasks: Array<Pending<Task, Result>>, job: Pending<Task, Result>): void {
    tasks.push(job);
    worker.postMessage(job.task);
  }

  run(task: Task): Promise<Result> {
    return new Promise((resolve, reject) => {
      let least: [Worker, Array<Pending<Task, Result>>] | undefined;
      for (const entry of this.pending) if (!least || entry[1].length < least[1].length) least = entry;
      if (least && least[1].length < TASKS_PER_WORKER) this.send(least[0], least[1], { task, resolve, reject });
      else this.queue.push({ task, resolve, reject });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.pending.keys()].map((w) => w.terminate()));
  }
}
