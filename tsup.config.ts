import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Metafile, Plugin as EsbuildPlugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * The package's public entries: `react-call-records` (everything), `react-call-records/core`
 * (React-free), `react-call-records/locales` (the opt-in locales) and `react-call-records/nim` (the
 * hook kept in step with nim-web-sdk-ng). Each needs its line in `package.json` `exports` too.
 */
const PUBLIC_ENTRIES = {
  index: 'src/index.ts',
  core: 'src/core.ts',
  locales: 'src/locales.ts',
  nim: 'src/nim.ts',
} satisfies Record<string, string>;

/**
 * Internal entries, one per folder, never imported by users. They exist for code splitting: esbuild
 * puts each module into a chunk shared by exactly the entries that reach it, so with the React
 * folders as entries of their own, React code never shares a chunk with React-free code. That keeps
 * the React-free code free of React imports (an app importing only `parseCallRecord` bundles no
 * peer) and keeps `'use client'` (below) off the React-free functions.
 */
const FOLDER_ENTRIES = {
  record: 'src/record/index.ts',
  format: 'src/format/index.ts',
  theme: 'src/theme/index.ts',
  collect: 'src/collect/index.ts',
  callHistory: 'src/callHistory/index.ts',
  nimSource: 'src/nimSource/index.ts',
  bubble: 'src/CallRecordBubble/index.ts',
  provider: 'src/CallRecordProvider/index.ts',
  hook: 'src/useCallRecords/index.ts',
  callLogHook: 'src/useCallLog/index.ts',
  callLog: 'src/CallLog/index.ts',
  nimHook: 'src/useNimCallRecords/index.ts',
} satisfies Record<string, string>;

/** The peers; the build leaves them to the app. A module importing one of them is React code. */
const PEERS = ['react', 'react-dom', 'styled-components'];

const USE_CLIENT = "'use client';\n";

/** Whether `specifier` names a peer or a file inside one (`react/jsx-runtime`). */
function isPeer(specifier: string): boolean {
  return PEERS.some((peer) => specifier === peer || specifier.startsWith(`${peer}/`));
}

/**
 * The built JavaScript files that hold React code: those with a source module that imports a peer.
 * Paths are as the metafile writes them (relative to the working directory, `dist/chunk-….js`).
 */
function filesWithReactCode(metafile: Metafile): string[] {
  const reactModules = new Set(
    Object.entries(metafile.inputs)
      .filter(([, input]) => input.imports.some((imported) => isPeer(imported.path)))
      .map(([path]) => path),
  );
  return Object.entries(metafile.outputs)
    .filter(([path]) => path.endsWith('.js'))
    .filter(([, output]) => Object.keys(output.inputs).some((input) => reactModules.has(input)))
    .map(([path]) => path);
}

/**
 * Marks the built React code `'use client'`, so that React Server Components (Next.js App Router)
 * render the bubble, provider and hook as client components, imported from a server component.
 * The React-free files (all of `react-call-records/core`, and the main entry file itself, which
 * only re-exports) stay unmarked, so their functions remain callable on the server.
 *
 * esbuild drops module directives when it bundles, so the directive is added to the written
 * files once the build is done; each file's source map gains one empty line to match.
 */
function clientDirectivePlugin(): { plugin: EsbuildPlugin; addDirectives: () => void } {
  let clientFiles: string[] = [];
  const plugin: EsbuildPlugin = {
    name: 'find-react-code',
    setup(build) {
      build.onEnd((result) => {
        clientFiles = result.metafile ? filesWithReactCode(result.metafile) : [];
      });
    },
  };
  const addDirectives = () => {
    for (const file of clientFiles) {
      const code = readFileSync(file, 'utf8');
      if (code.startsWith(USE_CLIENT)) continue;
      writeFileSync(file, USE_CLIENT + code);
      const mapFile = `${file}.map`;
      const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { mappings: string };
      writeFileSync(mapFile, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
    }
    console.log(`'use client' added to ${clientFiles.map((file) => relative('dist', file)).join(', ')}`);
  };
  return { plugin, addDirectives };
}

const directive = clientDirectivePlugin();

export default defineConfig({
  entry: { ...PUBLIC_ENTRIES, ...FOLDER_ENTRIES },
  format: ['esm'],
  target: 'es2022',
  dts: { entry: PUBLIC_ENTRIES, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  external: [...PEERS, 'react/jsx-runtime'],
  // Ship text as UTF-8 (readable in dist/, and what apps' bundlers write), not as `\\uXXXX` escapes.
  esbuildOptions: (options) => {
    options.charset = 'utf8';
  },
  esbuildPlugins: [directive.plugin],
  onSuccess: async () => directive.addDirectives(),
});
