import { readdirSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import type { Article, LineTrace } from '../src/index.js';

/** Every dump the tests run on: the seed and the hand-written fixtures. */
export function dumpFiles(): string[] {
  const fixtures = readdirSync('fixtures')
    .filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'README.md')
    .sort()
    .map((f) => `fixtures/${f}`);
  return ['seeds/000_94eb0a8464f32015.txt', ...fixtures];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A Markdown line's visible text: link targets, quotation markers, emphasis marks and heading hashes removed. */
const visibleText = (line: string) =>
  squash(line.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^(?:> ?)+/, '').replace(/^#{1,6} /, '').replace(/[*_`]/g, ''));

/**
 * Problems with the accounting of input lines: each non-blank line must have exactly one trace
 * entry, and its text must be found in the output place its role names.
 */
export function accountingProblems(input: string, article: Article, trace: LineTrace[], markdown = false): string[] {
  const problems: string[] = [];
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const seen = new Map<number, number>();
  for (const t of trace) seen.set(t.line, (seen.get(t.line) ?? 0) + 1);
  lines.forEach((line, i) => {
    if (line.trim() && seen.get(i + 1) !== 1) problems.push(`line ${i + 1} traced ${seen.get(i + 1) ?? 0} times`);
  });
  const body = squash(article.body.join(' '));
  const { header, footer, other } = article.boilerplate;
  for (const t of trace) {
    const text = markdown ? visibleText(t.text) : t.text;
    let ok: boolean;
    switch (t.role) {
      case 'body': {
        const cut = article.dateline && text.startsWith(article.dateline.text) ? text.slice(article.dateline.text.length) : text;
        // A sign-off glued to the last paragraph ("... stations. PTI AKV RHL") moves to the footer.
        const signOff = footer.find((f) => cut.endsWith(f));
        ok = body.includes(squash(signOff ? cut.slice(0, -signOff.length) : cut));
        break;
      }
      case 'headline': ok = article.headline !== null && (squash(text) === article.headline || [...header, ...other].includes(text)); break;
      case 'subheadline': ok = article.subheadline !== null && squash(text).includes(article.subheadline); break;
      case 'byline': ok = [...header, ...footer, ...other].includes(t.text); break;
      case 'dateline': ok = article.dateline?.text === text; break;
      case 'source': ok = article.source?.text === text; break;
      case 'header': ok = header.includes(t.text); break;
      case 'footer': ok = footer.includes(t.text); break;
      case 'other': ok = other.includes(t.text); break;
      default: ok = header.includes(t.text) || footer.includes(t.text) || other.includes(t.text);
    }
    if (!ok) problems.push(`line ${t.line} (${t.role} by ${t.rule}) not found in its output place: ${text.slice(0, 60)}`);
  }
  return problems;
}

/** Markdown back to data: front matter values and the body paragraphs. */
export function readBackMarkdown(markdown: string): { meta: Record<string, unknown>; headline: string | null; paragraphs: string[] } {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown) as Root;
  let meta: Record<string, unknown> = {};
  let headline: string | null = null;
  const paragraphs: string[] = [];
  const textOf = (node: unknown): string => {
    const n = node as { value?: string; children?: unknown[] };
    return typeof n.value === 'string' ? n.value : (n.children ?? []).map(textOf).join('');
  };
  for (const node of tree.children) {
    if (node.type === 'yaml') meta = parseYaml(node.value) as Record<string, unknown>;
    else if (node.type === 'heading' && node.depth === 1) headline = textOf(node);
    else if (node.type === 'thematicBreak') break;
    else if (node.type === 'paragraph' && !(node.children.length === 1 && node.children[0]!.type === 'emphasis')) paragraphs.push(textOf(node));
  }
  return { meta, headline, paragraphs };
}
