import type { Article } from '../schema.js';

/** One article as JSON: compact (one line, for JSON Lines) or indented. */
export function renderJson(article: Article, pretty: boolean): string {
  return pretty ? JSON.stringify(article, null, 2) : JSON.stringify(article);
}
