#!/usr/bin/env node
// The npm package's command and the pre-commit hook's: runs the committed bundle dist/cli.js.
import module from 'node:module';

// V8's code cache for the bundle's modules (Node 22.1 and later; Node 20 compiles them each time).
// It lives in the system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
try {
  module.enableCompileCache?.();
} catch {
  // a cache that cannot be written costs only speed
}
await import('../dist/cli.js');
