/**
 * `npm start` after the build: serves dist/ and says where, or, when the port is taken, how to pick
 * another. The port is 5173 unless `npm start -- --port <n>` (or PORT=<n>) says otherwise.
 */
import { preview } from 'vite';

const DEFAULT_PORT = 5173;

/** The port asked for: `--port <n>`, `--port=<n>`, else $PORT, else 5173. */
function askedPort(argv: readonly string[], env: NodeJS.ProcessEnv): number | null {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = i < 0 ? env.PORT : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : null;
}

function isPortTaken(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return err.code === 'EADDRINUSE' || /already in use/i.test(err.message ?? '');
}

async function main(): Promise<void> {
  const port = askedPort(process.argv.slice(2), process.env);
  if (port === null) {
    console.error(
      'The port must be a whole number between 1 and 65535, e.g. npm start -- --port 5174',
    );
    process.exit(2);
  }
  try {
    const server = await preview({ preview: { port, strictPort: true }, logLevel: 'warn' });
    const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
    console.log(`\n  Murmur is running: open ${url} in your browser.`);
    console.log('  Everything stays on this machine. Press Ctrl+C to stop.\n');
  } catch (e) {
    if (!isPortTaken(e)) throw e;
    console.error(
      `\n  Port ${port} is already taken: another program uses it, or Murmur is already`,
    );
    console.error(`  running there (try http://localhost:${port}/).`);
    console.error(`  To start Murmur on another port:  npm start -- --port ${port + 1}\n`);
    process.exit(1);
  }
}

await main();
