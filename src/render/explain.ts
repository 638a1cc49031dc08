import type { LineTrace } from '../assemble/index.js';
import type { Role } from '../classify/index.js';

/** Paints a role's text for a terminal (chalk colours); the default leaves it plain. */
export type Paint = (role: Role, text: string) => string;

/** Roles in the order of a page, with the width the tag column needs. */
const ROLE_WIDTH = Math.max(...(['headline', 'subheadline', 'byline', 'date', 'dateline', 'source', 'sign-off', 'caption', 'body', 'header', 'footer', 'other'] satisfies Role[]).map((r) => r.length));

/**
 * The dump line by line with its role and the rule that decided it:
 *   "  12  body      densest-prose-region   Vladimir Putin has warned ..."
 * Blank lines are not listed; every other input line is, once.
 */
export function renderExplainText(trace: readonly LineTrace[], paint: Paint = (_role, text) => text): string {
  const numberWidth = String(trace.at(-1)?.line ?? 0).length;
  const ruleWidth = Math.min(28, Math.max(4, ...trace.map((t) => t.rule.length)));
  return trace
    .map((t) => `${String(t.line).padStart(numberWidth)}  ${paint(t.role, t.role.padEnd(ROLE_WIDTH))}  ${t.rule.padEnd(ruleWidth)}  ${paint(t.role, t.text)}`)
    .join('\n') + '\n';
}

/** The same as data: [{line, text, role, rule}]. */
export function renderExplainJson(trace: readonly LineTrace[], pretty: boolean): string {
  return JSON.stringify(trace, null, pretty ? 2 : undefined) + '\n';
}
