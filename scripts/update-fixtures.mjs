// Regenerate the reviewed JSON snapshots beside each fixture (fixtures/NAME.json) from the built
// library. Review the diff (git diff fixtures/) before committing: every change is a behaviour change.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../dist/index.js';

let changed = 0;
for (const name of readdirSync('fixtures').filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'README.md').sort()) {
  const file = `fixtures/${name}`;
  const target = file.replace(/\.(?:txt|md)$/, '.json');
  const next = JSON.stringify(parseArticle(readFileSync(file), { file }), null, 2) + '\n';
  let previous = '';
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    // New fixture: no snapshot yet.
  }
  if (previous !== next) {
    writeFileSync(target, next);
    changed++;
    console.log(`updated ${target}`);
  }
}
console.log(`${changed} snapshot(s) changed; review with: git diff fixtures/`);
