/**
 * Using news-parse from another TypeScript project (`npm install news-parse`). This file is type
 * checked by `npm test`, so the example cannot drift from the library.
 *
 * Run it with any TypeScript runner, e.g. after `tsc`: node from-typescript.js dump.txt [rules.json]
 */
import { readFileSync } from 'node:fs';
import { articleSchema, loadRules, parseArticle, renderMarkdown, ruleSetFor, type Article } from 'news-parse';

export async function summarise(file: string, rulesFile?: string): Promise<string> {
  const bytes = readFileSync(file);
  // Custom rules are optional; ruleSetFor picks the site blocks that match this dump.
  const rules = rulesFile ? ruleSetFor(await loadRules(rulesFile), bytes.toString('utf8')) : undefined;
  const article: Article = parseArticle(bytes, { file, rules, timeZone: 'Asia/Dhaka' });
  articleSchema.parse(article); // always passes: the result is validated already
  const when = article.published ?? 'undated';
  return `${article.headline ?? '(no headline)'} — ${article.byline ?? 'no byline'}, ${when}\n\n${renderMarkdown(article)}`;
}

if (process.argv[2]) console.log(await summarise(process.argv[2], process.argv[3]));
