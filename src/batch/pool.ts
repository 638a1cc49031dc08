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
 * dies fails the task it was on, its other tasks go back to the queue, and it is replaced; tasks
 * still waiting when the pool closes are rejected.
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
    let failure: Error | undefined;
    this.pending.set(worker, tasks);
    worker.on('message', (result: Result) => {
      tasks.shift()?.resolve(result);
      if (!failure) this.fill(worker, tasks);
    });
    // Node may emit 'error' before answers the worker sent ahead of its death, but emits them all
    // before 'exit': so a failing worker only stops taking tasks here, and the task it died on is
    // the one still unanswered at exit.
    worker.on('error', (error) => {
      failure = error;
      this.pending.delete(worker);
    });
    worker.on('exit', (code) => {
      this.pending.delete(worker);
      tasks.shift()?.reject(failure ?? new Error(`worker stopped (exit code ${code})`));
      this.queue.unshift(...tasks.splice(0));
      if (!this.closed) this.spawn();
      else for (const job of this.queue.splice(0)) job.reject(new Error('worker pool closed'));
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
