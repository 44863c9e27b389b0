import { defineConfig } from 'tsup';

export default defineConfig({
  // Each folder is an entry of its own, so (with code splitting) the React-free code lands in
  // chunks that imports no peer: an app importing only `parseCallRecord` bundles no React and no
  // styled-components (bundlers keep every import of an external module that a kept file declares).
  // `package.json` exposes only `dist/index.js`; the other files are its internals.
  entry: {
    index: 'src/index.ts',
    record: 'src/record/index.ts',
    format: 'src/format/index.ts',
    theme: 'src/theme/index.ts',
    bubble: 'src/CallRecordBubble/index.ts',
    collect: 'src/collect/index.ts',
    provider: 'src/CallRecordProvider/index.ts',
    hook: 'src/useCallRecords/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  dts: { entry: { index: 'src/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  external: ['react', 'react-dom', 'react/jsx-runtime', 'styled-components'],
});
