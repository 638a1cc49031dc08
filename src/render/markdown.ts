import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import { stringify as stringifyYaml } from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { Article } from '../schema.js';

/**
 * Front matter keys, chosen to work unchanged in Hugo, Jekyll, Astro and Obsidian:
 * `title`, `date` and `authors` (a list) are what those tools read.
 */
export function frontMatterOf(article: Article): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== null && value !== undefined && !(Array.isArray(value) && !value.length)) meta[key] = value;
  };
  set('title', article.headline);
  set('subtitle', article.subheadline);
  set('byline', article.byline);
  set('authors', article.authors);
  set('date', article.published);
  set('updated', article.updated);
  set('dateline', article.dateline?.text);
  set('source', article.source?.name);
  set('file', article.file);
  return meta;
}

const text = (value: string) => ({ type: 'text' as const, value });

/** Article to Markdown: YAML front matter, `# headline`, _standfirst_, paragraphs, `---`, attribution. */
export function renderMarkdown(article: Article): string {
  const yaml = stringifyYaml(frontMatterOf(article), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }).trimEnd();
  const children: RootContent[] = [{ type: 'yaml', value: yaml }];
  if (article.headline) children.push({ type: 'heading', depth: 1, children: [text(article.headline)] });
  if (article.subheadline) children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [text(article.subheadline)] }] });
  for (const paragraph of article.body) children.push({ type: 'paragraph', children: [text(paragraph)] });
  // The attribution follows a rule so that readers (and a re-parse) can tell it from the body.
  if (article.source) children.push({ type: 'thematicBreak' }, { type: 'paragraph', children: [text(article.source.text)] });
  const tree: Root = { type: 'root', children };
  return unified().use(remarkFrontmatter, ['yaml']).use(remarkStringify, { bullet: '-', emphasis: '_' }).stringify(tree);
}
