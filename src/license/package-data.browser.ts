// The dependencies' JSON data files in the browser playground (see package-data.ts). The engine
// reads them synchronously, so the page fetches them from its own origin first (preloadPackageJson),
// and a file it did not preload is an error rather than a silent empty list.
import type * as NodeVersion from './package-data.js';

const loaded = new Map<string, unknown>();

/** Fetches `<base>/data/<spec>` for each spec, once. */
export async function preloadPackageJson(specs: readonly string[], base: string): Promise<void> {
  await Promise.all(
    specs.filter((spec) => !loaded.has(spec)).map(async (spec) => {
      const response = await fetch(new URL(`data/${spec}`, base));
      if (!response.ok) throw new Error(`data/${spec} could not be loaded (HTTP ${response.status})`);
      loaded.set(spec, await response.json());
    }),
  );
}

export function readPackageJson<T>(spec: string): T {
  if (!loaded.has(spec)) throw new Error(`internal: data file ${spec} was not preloaded`);
  return loaded.get(spec) as T;
}

/** The page keeps the project's own data files (data/) in the same `data/` folder as the dependencies'. */
export function readProjectData<T>(name: string): T {
  return readPackageJson<T>(name);
}

readPackageJson satisfies typeof NodeVersion.readPackageJson;
readProjectData satisfies typeof NodeVersion.readProjectData;
