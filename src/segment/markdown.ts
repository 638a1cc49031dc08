import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, RootContent } from 'mdast';
import { splitLines, type Line, type Segmented, type Unit, type UnitKind } from './index.js';

/** Inline text of a Markdown node: link and emphasis text kept, markup and URLs dropped. */
function inlineText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

/** The blocks a Markdown dump is made of, flattened: list items and quoted paragraphs become units. */
function blocks(node: RootContent): Array<{ node: RootContent; kind: UnitKind }> {
  switch (node.type) {
    case 'list':
      return node.children.flatMap((item) => [{ node: item as RootContent, kind: 'list-item' as const }]);
    case 'blockquote':
      return node.children.flatMap(blocks);
    case 'heading':
      return [{ node, kind: 'heading' }];
    case 'yaml':
      return [{ node, kind: 'front-matter' }];
    case 'code':
      return [{ node, kind: 'code' }];
    case 'thematicBreak':
      return [{ node, kind: 'rule' }];
    default:
      return [{ node, kind: 'text' }];
  }
}

/**
 * Markdown segmentation through remark-parse: each block (heading, paragraph, list item, ...)
 * is one unit covering its source lines. Lines no block covers (there should be none but blanks)
 * become units of their own, so every line is still accounted for.
 */
export function segmentMarkdown(text: string): Segmented {
  const lines = splitLines(text);
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text);
  const units: Unit[] = [];
  const covered = new Set<number>();
  const push = (unitLines: Line[], unitText: string, kind: UnitKind, depth?: number) => {
    const nonBlank = unitLines.filter((l) => l.text && !covered.has(l.n));
    if (!nonBlank.length) return;
    for (const l of nonBlank) covered.add(l.n);
    const prevLast = units.length ? units[units.length - 1]!.lines.at(-1)!.n : 0;
    units.push({
      index: units.length,
      lines: nonBlank,
      text: unitText.replace(/\s+/g, ' ').trim() || nonBlank.map((l) => l.text).join(' '),
      kind,
      ...(depth ? { depth } : {}),
      gapBefore: Math.max(0, nonBlank[0]!.n - prevLast - 1),
    });
  };
  const pending = (upTo: number) => {
    for (const line of lines) {
      if (line.n >= upTo) break;
      if (line.text && !covered.has(line.n)) push([line], line.text, 'text');
    }
  };
  for (const top of tree.children) {
    for (const { node, kind } of blocks(top)) {
      const start = node.position?.start.line;
      const end = node.position?.end.line;
      if (!start || !end) continue;
      pending(start);
      const unitText = kind === 'front-matter' || kind === 'code' ? lines.slice(start - 1, end).map((l) => l.text).join(' ') : inlineText(node as Nodes);
      push(lines.slice(start - 1, end), unitText, kind, node.type === 'heading' ? node.depth : undefined);
    }
  }
  pending(lines.length + 1);
  units.sort((a, b) => a.lines[0]!.n - b.lines[0]!.n).forEach((u, i) => (u.index = i));
  return { lines, units, layout: 'markdown' };
}

/** Does this text look like Markdown rather than a plain dump? (Used when the file name does not say.) */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 4000);
  const atxTitle = /^#{1,2} \S/m.test(head);
  const links = head.match(/\]\((?:https?:|\/)/g)?.length ?? 0;
  const frontMatter = head.startsWith('---\n');
  return frontMatter || (atxTitle && links >= 1) || links >= 3 || /^# \S/.test(head.trimStart());
}
