// The browser's run context (see run-context.ts): one slot, held until the run's promise settles.
// The page lints one repository at a time (src/browser.ts queues the runs), so runs never overlap.
import type * as NodeVersion from './run-context.js';

export type RunContext<T> = NodeVersion.RunContext<T>;

export function runContext<T>(): RunContext<T> {
  let current: T | undefined;
  return {
    get: () => current,
    run: (value, work) => {
      const previous = current;
      current = value;
      let result;
      try {
        result = work();
      } catch (e) {
        current = previous;
        throw e;
      }
      if (result instanceof Promise) return result.finally(() => (current = previous)) as typeof result;
      current = previous;
      return result;
    },
  };
}

runContext satisfies typeof NodeVersion.runContext;
