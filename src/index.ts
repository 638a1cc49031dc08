/** news-parse as a library. */
export { parseArticle, analyseArticle, type ParseOptions, type Analysis } from './pipeline.js';
export { renderMarkdown, frontMatterOf } from './render/markdown.js';
export { renderJson } from './render/json.js';
export { renderText } from './render/text.js';
export { csvHeader, csvRow, CSV_COLUMNS, DEFAULT_CSV_COLUMNS, type CsvColumn } from './render/csv.js';
export { renderExplainText, renderExplainJson } from './render/explain.js';
export { articleSchema, articleJsonSchema, type Article, type DateStamp, type Dateline, type SourceAttribution } from './schema.js';
export { loadRules, ruleSetFor, builtInRulesAsJson, RulesError, type CustomRules } from './rules/custom.js';
export { BUILT_IN_RULES, type RuleSet } from './rules/ruleset.js';
export type { Rule } from './rules/types.js';
export { learnBoilerplate } from './learn.js';
export { normaliseForMatch } from './eval/metrics.js';
export { LineFactsMemo } from './classify/facts.js';
export type { LineTrace, Provenance } from './assemble/index.js';
export type { Role } from './classify/index.js';
