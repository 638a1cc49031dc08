// Build: bundle the CLI into one file (fast cold start) and the library, then emit type declarations.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
rmSync(path.join(root, 'dist'), { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { __NEWS_PARSE_VERSION__: JSON.stringify(version) },
  // CommonJS dependencies (iconv-lite, chardet) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
};

// recheck (the ReDoS checker for custom rules) ships native and JVM back ends: loaded from
// node_modules, only when --rules is used.
await build({ ...common, entryPoints: { cli: 'src/cli/bin.ts', worker: 'src/cli/worker.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', external: ['recheck'] });
await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist', packages: 'external' });
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
