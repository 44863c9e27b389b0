// Where the bytes of a bundle go: `npm run size:breakdown -- [entry] [names]`.
//
// Bundles what an app imports from the sources (minified, peers left out, text as UTF-8, as
// .size-limit.mjs measures the build), then prints the whole bundle's min+gzip size and each source
// file's share of the minified output, largest first, with a subtotal per folder. Gzip is not
// additive, so the per-file figures are minified bytes: use them to see which files weigh, and
// `npm run size` for the budgets.
//
//   npm run size:breakdown                                     everything of react-call-records/core
//   npm run size:breakdown -- src/index.ts "{ CallRecordBubble }"   one import of the main entry
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [entry = 'src/core.ts', names = '*'] = process.argv.slice(2);
const importLine = names === '*' ? `export * from './${entry}';` : `export ${names} from './${entry}';`;

const result = await build({
  stdin: { contents: importLine, resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  charset: 'utf8',
  external: ['react', 'react-dom', 'react/jsx-runtime', 'styled-components'],
  logLevel: 'error',
});

const [output] = Object.values(result.metafile.outputs);
const files = Object.entries(output.inputs)
  .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }))
  .filter(({ bytes }) => bytes > 0)
  .sort((left, right) => right.bytes - left.bytes);

const bytesByFolder = new Map();
for (const { file, bytes } of files) {
  const folder = file.split('/').slice(0, -1).join('/') || '.';
  bytesByFolder.set(folder, (bytesByFolder.get(folder) ?? 0) + bytes);
}

console.log(`${importLine}`);
console.log(
  `whole bundle: ${output.bytes} B minified, ${gzipSync(result.outputFiles[0].contents).length} B min+gzip\n`,
);
console.log('minified bytes per folder');
for (const [folder, bytes] of [...bytesByFolder].sort((left, right) => right[1] - left[1]))
  console.log(`${String(bytes).padStart(8)}  ${folder}`);
console.log('\nminified bytes per file');
for (const { file, bytes } of files) console.log(`${String(bytes).padStart(8)}  ${file}`);
