/** news-parse as a library. */
export { parseArticle, analyseArticle, type ParseOptions, type Analysis } from './pipeline.js';
export { renderMarkdown, frontMatterOf } from './render/markdown.js';
export { renderJson } from './render/json.js';
export { articleSchema, articleJsonSchema, type Article, type DateStamp, type Dateline, type SourceAttribution } from './schema.js';
export type { LineTrace } from './assemble/index.js';
export type { Role } from './classify/index.js';
