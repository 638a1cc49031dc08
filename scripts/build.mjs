// Build: the CLI and its worker as single CommonJS bundles (fast cold start, with a V8 code
// cache written here), the library as ESM, then the type declarations.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
mkdirSync(path.join(root, 'dist'));

const base = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
};

/**
 * From src/rules/prefilter.ts, compiled here: the literal prefilter's required strings for every
 * built-in rule, worked out once and compiled into the bundles so that a start does not parse every
 * pattern, and `asciiEscaped`, which writes the bundles as ASCII (and keys those strings the same way).
 */
async function fromPrefilter() {
  const { outputFiles } = await build({
    ...base,
    write: false,
    format: 'cjs',
    stdin: {
      contents: `import { BUILT_IN_RULES } from './src/rules/ruleset.ts';
        import { asciiEscaped, literalKey, requiredLiterals } from './src/rules/prefilter.ts';
        export { asciiEscaped };
        export const literals = Object.fromEntries(Object.values(BUILT_IN_RULES).flat().map((rule) => [literalKey(rule.pattern), requiredLiterals(rule.pattern) ?? null]));`,
      resolveDir: root,
      loader: 'ts',
    },
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(path.join(root, 'package.json')));
  return module.exports;
}
const { literals, asciiEscaped } = await fromPrefilter();

const common = {
  ...base,
  define: { __NEWS_PARSE_VERSION__: JSON.stringify(version), __BUILT_IN_LITERALS__: JSON.stringify(literals) },
};

// recheck (the ReDoS checker for custom rules) ships native and JVM back ends: loaded from
// node_modules, only when --rules is used.
const bundles = await build({
  ...common,
  write: false,
  format: 'cjs',
  entryPoints: { cli: 'src/cli/bin.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  external: ['recheck'],
  minifyWhitespace: true,
  minifySyntax: true,
  // import() becomes require(): a function compiled from the code cache cannot import() (V8 keeps
  // the build process's loader in it).
  supported: { 'dynamic-import': false },
});
for (const file of bundles.outputFiles) writeFileSync(file.path, asciiEscaped(file.text));
await build({
  ...common,
  format: 'esm',
  entryPoints: { index: 'src/index.ts', 'code-cache': 'src/cli/code-cache.ts' },
  outdir: 'dist',
  packages: 'external',
  // CommonJS dependencies (iconv-lite, chardet) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The code cache: compile the CLI bundle, run one dump through it so that the functions a run
// needs are compiled too, and keep V8's cache of it all. The sample is the seed dump.
const { loadBundle, cacheFileOf } = await import(pathToFileURL(path.join(root, 'dist/code-cache.js')).href);
const cli = path.join(root, 'dist/cli.cjs');
const { exports, script } = loadBundle(cli);
await exports.warmUp(readFileSync(path.join(root, 'fixtures/bd-online-desk-bdst.txt')));
writeFileSync(cacheFileOf(cli), script.createCachedData());

execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
