// dockerfile-ast looks for a byte-order mark with Node's global `Buffer.from(char, 'UTF-8')`, its one
// use of Buffer. The browser has no Buffer: scripts/build-site.mjs injects this in its place, and
// fails the build if the bundle uses Buffer any other way.
export const Buffer = {
  from(text: string, encoding: string): Uint8Array {
    if (!/^utf-?8$/i.test(encoding)) throw new Error(`internal: Buffer.from with ${encoding} is not available in the browser`);
    return new TextEncoder().encode(text);
  },
};
