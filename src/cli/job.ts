import { Chalk } from 'chalk';
import { analyseArticle } from '../pipeline.js';
import { LineFactsMemo } from '../classify/facts.js';
import type { Article } from '../schema.js';
import type { Role } from '../classify/index.js';
import { renderJson } from '../render/json.js';
import { renderText } from '../render/text.js';
import { csvRow, type CsvColumn } from '../render/csv.js';
import { renderExplainJson, renderExplainText } from '../render/explain.js';
import { compileRules, ruleSetFor, type CustomRules } from '../rules/custom.js';

export type OutputFormat = 'json' | 'markdown' | 'text' | 'csv';

/**
 * Everything needed to turn one dump into its output, as plain data: the main thread builds it
 * once from the command line and hands it to every worker thread.
 */
export interface JobSettings {
  format: OutputFormat;
  pretty: boolean;
  /** --fields: JSON keys or CSV columns to keep; null keeps all. */
  fields: string[] | null;
  explain: boolean;
  provenance: boolean;
  timeZone?: string;
  /** ISO string; Date objects do not cross to workers as such. */
  referenceDate?: string;
  /** Lines learnt from the batch (--learn-boilerplate). */
  knownBoilerplate?: string[];
  /** A rules file already parsed and checked by the main thread. */
  rules?: { file: string; json: unknown };
  /** Chalk colour level for --explain on a terminal (0: none). */
  colourLevel: 0 | 1 | 2 | 3;
}

/** The output of one dump, or why it failed. */
export type JobResult = { ok: true; output: string; warnings: number } | { ok: false; reason: string };

const ROLE_COLOURS: Partial<Record<Role, 'cyan' | 'green' | 'yellow' | 'magenta' | 'blue' | 'gray' | 'bold'>> = {
  headline: 'bold',
  subheadline: 'cyan',
  byline: 'green',
  date: 'yellow',
  dateline: 'yellow',
  source: 'magenta',
  'sign-off': 'magenta',
  caption: 'blue',
  header: 'gray',
  footer: 'gray',
  other: 'gray',
};

/** Per-thread state derived from the settings: compiled custom rules, the colour painter. */
export class Job {
  private readonly custom: CustomRules | undefined;
  private readonly knownBoilerplate: ReadonlySet<string> | undefined;
  private readonly chalk: InstanceType<typeof Chalk>;
  /** This thread's dumps share their furniture's facts. */
  private readonly lineMemo = new LineFactsMemo();

  /** Markdown (unified, remark) loads only when asked for: it is most of the start-up cost. */
  static async create(settings: JobSettings): Promise<Job> {
    const markdown = settings.format === 'markdown' && !settings.explain ? (await import('../render/markdown.js')).renderMarkdown : null;
    return new Job(settings, markdown);
  }

  private constructor(
    readonly settings: JobSettings,
    private readonly renderMarkdown: ((article: Article) => string) | null,
  ) {
    // The main thread has checked the patterns for ReDoS already.
    this.custom = settings.rules ? compileRules(settings.rules.json, settings.rules.file, () => ({ status: 'safe' })) : undefined;
    this.knownBoilerplate = settings.knownBoilerplate ? new Set(settings.knownBoilerplate) : undefined;
    this.chalk = new Chalk({ level: settings.colourLevel });
  }

  /** Parse one dump into the article (with --fields applied), as data. */
  article(bytes: Uint8Array | string, file: string): Article {
    return pick(this.analyse(bytes, file).article, this.settings.fields);
  }

  private analyse(bytes: Uint8Array | string, file: string) {
    const s = this.settings;
    const text = typeof bytes === 'string' ? bytes : undefined;
    return analyseArticle(bytes, {
      file,
      rules: this.custom ? ruleSetFor(this.custom, text ?? Buffer.from(bytes as Uint8Array).toString('utf8')) : undefined,
      knownBoilerplate: this.knownBoilerplate,
      timeZone: s.timeZone,
      referenceDate: s.referenceDate ? new Date(s.referenceDate) : undefined,
      provenance: s.provenance,
      lineMemo: this.lineMemo,
    });
  }

  /** Parse one dump and render it in the chosen format. */
  render(bytes: Uint8Array | string, file: string): { output: string; warnings: number } {
    const s = this.settings;
    const { article, trace } = this.analyse(bytes, file);
    const warnings = article.warnings.length;
    if (s.explain) {
      if (s.format === 'json') return { output: renderExplainJson(trace, s.pretty), warnings };
      const paint = (role: Role, value: string) => {
        const colour = ROLE_COLOURS[role];
        return colour ? this.chalk[colour](value) : value;
      };
      return { output: `${this.chalk.bold(`== ${file}`)}\n${renderExplainText(trace, paint)}`, warnings };
    }
    switch (s.format) {
      case 'markdown':
        return { output: this.renderMarkdown!(article), warnings };
      case 'text':
        return { output: renderText(article), warnings };
      case 'csv':
        return { output: csvRow(article, (s.fields ?? undefined) as CsvColumn[] | undefined), warnings };
      default:
        return { output: renderJson(pick(article, s.fields), s.pretty) + '\n', warnings };
    }
  }
}

/** The article with only the named keys, in the order given. */
function pick(article: Article, fields: string[] | null): Article {
  if (!fields) return article;
  return Object.fromEntries(fields.map((f) => [f, article[f as keyof Article]])) as unknown as Article;
}
