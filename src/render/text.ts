import type { Article } from '../schema.js';

/**
 * The clean article as plain text: headline, byline line, date line, dateline, body paragraphs
 * separated by blank lines, attribution. What a reader wants, none of the page furniture.
 */
export function renderText(article: Article): string {
  const head: string[] = [];
  if (article.headline) head.push(article.headline);
  if (article.subheadline) head.push(article.subheadline);
  if (article.byline) head.push(`By ${article.byline}`);
  const dates = [article.published && `Published ${article.published}`, article.updated && `Updated ${article.updated}`].filter(Boolean);
  if (dates.length) head.push(dates.join(' · '));
  const blocks = [head.join('\n'), ...article.body];
  if (article.dateline && !article.body.length) blocks.push(article.dateline.text);
  if (article.source) blocks.push(`Source: ${article.source.name}`);
  return blocks.filter(Boolean).join('\n\n') + '\n';
}
