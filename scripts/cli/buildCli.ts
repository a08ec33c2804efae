/**
 * Builds the command line into one file, dist-cli/murmur.mjs, for shards on a cluster: it starts
 * without compiling TypeScript (about 0.6 s less CPU per process than `npm run cli`), which weighs
 * when N processes each score a part. Packages stay in node_modules (all but BUNDLED), so it runs
 * from a checkout after `npm ci`. `buildCli` is also what the test runs.
 */
import { build, type Plugin } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BUILD = path.join(ROOT, 'dist-cli/murmur.mjs');

/**
 * CommonJS packages compiled into the file. Node would otherwise scan each of them for its named
 * exports when the ES module imports it (its cjs-module-lexer, over 430 kB of code: the stopword
 * lists, VADER's lexicon, Papa Parse), which cost every process 0.05–0.1 s of CPU at start, most
 * of it V8 optimising the lexer on the second core.
 */
const BUNDLED = /^(papaparse|stopword|vader-sentiment)(\/|$)/;

/** Every other package stays in node_modules (esbuild's `packages: 'external'`, except BUNDLED). */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      BUNDLED.test(args.path) || args.path.startsWith('node:')
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

export async function buildCli(outfile: string = CLI_BUILD): Promise<string> {
  await build({
    entryPoints: [path.join(ROOT, 'scripts/cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [externalPackages],
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildCli();
  console.log(`murmur CLI built: ${path.relative(process.cwd(), out)} (run it with node)`);
}
