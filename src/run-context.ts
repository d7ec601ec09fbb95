// One value that follows the asynchronous work of a run (the notes of one lint run, src/limits.ts).
// On Node it is an AsyncLocalStorage, so concurrent runs never mix; the browser build replaces this
// module with run-context.browser.ts (scripts/build-site.mjs).
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RunContext<T> {
  /** The value of the run in progress; undefined outside a run. */
  get(): T | undefined;
  /** Runs `work` with `value` as the run's value. */
  run<R>(value: T, work: () => R): R;
}

export function runContext<T>(): RunContext<T> {
  const storage = new AsyncLocalStorage<T>();
  return { get: () => storage.getStore(), run: (value, work) => storage.run(value, work) };
}
