/**
 * Run `work` over `items` with at most `concurrency` in flight, yielding results in input order.
 * Memory stays bounded: results that finish early wait only while the window is full, so the
 * window never holds more than `concurrency` items however long the input.
 */
export async function* mapOrdered<T, R>(items: Iterable<T> | AsyncIterable<T>, work: (item: T) => Promise<R>, concurrency: number): AsyncGenerator<R> {
  const window: Array<Promise<R>> = [];
  for await (const item of items) {
    window.push(work(item));
    if (window.length >= concurrency) yield await window.shift()!;
  }
  while (window.length) yield await window.shift()!;
}
