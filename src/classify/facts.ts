/**
 * What the classifier knows of each unit on its own: features, stamps, byline, attribution and
 * sign-off rules that match it. Pure functions of a unit's text and the rule set.
 */
import type { Unit } from '../segment/index.js';
import { BUILT_IN_RULES, type RuleSet } from '../rules/ruleset.js';
import { firstExec, firstMatch, type Rule } from '../rules/types.js';
import type { DatelineMatch } from '../rules/wire.js';
import { findDates, hasDateCue, zoneOffset } from '../dates/index.js';
import type { DateOptions, FoundDate } from '../dates/types.js';
import { comparable, unitFeatures, wordsOf, type UnitFeatures } from './features.js';
import { authorsFrom, cleanByline, creditsAgency } from './names.js';

/** Metadata recognised in a unit, independent of where it sits. */
export interface UnitFacts {
  features: UnitFeatures;
  /** The byline rule that matched and the byline text it captured. */
  byline?: { rule: Rule; text: string };
  dates: FoundDate[];
  /** The unit is a date stamp and little else ("Updated: June 21, 2024"). */
  dateOnly: boolean;
  /** A time line with a zone label, used as the dateline on some sites: "BDST: 1740 HRS, JUNE 21, 2024". */
  stampDateline: boolean;
  source?: { rule: Rule; name: string };
  signOff?: Rule;
  wireDateline?: DatelineMatch | null;
  /** The first speaker's line of a transcript ("HOST NAME, HOST: ..."): like a dateline, it opens the article. */
  opensTranscript?: boolean;
  /** The place line or the dash line of a dateline laid out over three lines ("Atlanta" / "CNN" / "—"). */
  splitDateline?: 'place' | 'dash';
  /** Sits right above a photographer's credit: a caption. */
  captionAboveCredit?: boolean;
  /**
   * The line's comparable form (see `comparable`), made on first use by `keyOf`. The holder is
   * shared by the copies the line memo hands out: the key depends on the text alone.
   */
  key: { value?: string };
}


/** Lines longer than this hold no stamp worth parsing (prose mentioning a date is not a stamp). */
const MAX_STAMP_LINE = 300;
const MAX_STAMP_WORDS = 24;
/** A line this short may be a bare stamp; a longer one needs a label, a separator or a clock time. */
const SHORT_STAMP_WORDS = 10;
const STAMP_CUE = /published|updated?|posted|modified|date|[|•·@◆]|\d:\d\d|\bpage \d|publié|modifié|publicado|actualizado|veröffentlicht|aktualisiert|by /i;
/** A line that opens with a stamp's label is a stamp line however long its words run ("Publicado el 17 de julio de 2025 a las 4:20 pm PDT • Actualizado el …"). */
const STAMP_LABEL_OPENING = /^(?:published|posted|updated|last updated|publicado|publicada|actualizado|atualizado|publié|publiée|mis à jour|pubblicato|aggiornato|veröffentlicht|aktualisiert|objavljeno|ažurirano|publikováno|aktualizováno|publicat|actualizat|publikálva|frissítve|yayınlanma|güncelleme)\b|^(?:δημοσίευση|ενημέρωση)(?![\p{L}])/iu;
const LABELLED_STAMP_WORDS = 40;
/** So is a meta row with a stamp's labelled field among its others: "Written By: … | Edited By: … | Published at: Sep 15, 2024, 07:48 PM IST". */
const LABELLED_STAMP_FIELD = /[|•] (?:published|updated|posted|last updated)\b/i;
/** Longest line that may be a byline or an attribution. */
const MAX_METADATA_WORDS = 30;
/** Words that may stand beside a date in a stamp line without making it more than a stamp. */
const STAMP_WORDS = new Set(
  // "news of" as Ghanaian portals stamp a section's story: "General News of Monday, 3 June 2024".
  // "3 months ago" after the stamp ("September 12, 2018 / 10:23 AM / 3 months ago").
  ('published posted updated update last modified first released created date on at am pm a.m p.m hrs hours edition print printed time news of views view reads min mins minute minutes read ' +
    'ago a an second seconds hour day days week weeks month months year years ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'publié le mis à jour publicado actualizado el veröffentlicht aktualisiert am um uhr de del h ' +
    // South Asian labels: Bengali, Hindi and Marathi, Urdu, Tamil ("প্রকাশিত: ১৮ নভেম্বর ২০২৪", "شائع 23 اکتوبر 2024")
    'প্রকাশিত প্রকাশ আপডেট হালনাগাদ শেষ সর্বশেষ प्रकाशित अपडेट अपडेटेड अद्यतन شائع اپ ڈیٹ பதிவு செய்த நாள் புதுப்பிக்கப்பட்டது')
    .split(' '),
);
const ZONE_ABBREVIATION = /^\p{Lu}{2,5}$/u;
/** A stamp written as a sentence, or a release's embargo: "This story was originally published March 10, 2025 at 6:42 PM.", "EMBARGOED UNTIL 00:01 BST WEDNESDAY 9 APRIL 2025". */
/**
 * The place in capitals a stamp line ends with, after a dash, or the paper after a comma: "Published -
 * June 21, 2024 09:58 pm IST - NEW DELHI", "Tuesday June 04 2024, 12.01am BST, The Times".
 */
const PLACE_OR_PAPER_AFTER_STAMP = / [-–—] \p{Lu}{2,}(?: \p{Lu}{2,}){0,2}$|, The \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u;
const STAMP_SENTENCE_LEAD = /^(?:(?:this|the) (?:story|article|post|report) (?:was )?(?:originally |first )?(?:published|posted)|(?:embargoed|under embargo) (?:until|till)|sperrfrist(?: bis)?)\b/i;

/**
 * A short section or outlet label set apart before the stamp that ends the line: "Germany / Panorama
 * Wed, 30 Oct 2024 14:37 CET", "Philippine Daily Sentinel / 04:38 AM PHT March 12, 2025"; or the
 * section a blog files the post "in": "in International Shipping News 20/08/2024"; or a paper's name
 * with its state or place in brackets and a dash, as a news database heads its record: "Dunmore
 * Daily Record (PA) - Sunday, August 13, 2023"; or the paper's name and a colon: "Sierra Leone Telegraph: 10 March 2025:".
 */
const SECTION_BEFORE_STAMP =
  /^(?:(?:[\p{L}&'’-]+[ /|›»]{1,3}){0,3}[\p{L}&'’-]+(?: {3,}| [|•·/] )|in (?:\p{Lu}[\p{L}&'’-]* ){1,4}|(?:\p{Lu}[\p{L}&'’.-]* ){0,4}\p{Lu}[\p{L}&'’.-]*: |\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,5} \((?:\p{Lu}{2}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\) [-–—] (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?)$/u;

/**
 * A meta line of short fields, one of them the stamp: "In Court, Guyana News | March 9, 2025 | Leave a
 * comment", "Costa Rica Today · AFP · 12 Mar 2025" (an app's share card).
 */
const META_FIELD_SEPARATOR = / [|•·] /;
const MAX_META_FIELDS = 5;
const MAX_META_FIELD_WORDS = 4;
function isStampAmongShortFields(text: string, date: FoundDate): boolean {
  const fields = text.split(META_FIELD_SEPARATOR);
  return (
    fields.length > 1 &&
    fields.length <= MAX_META_FIELDS &&
    fields.some((field) => field.trim() === date.text) &&
    // The stamp's own field may be longer when it tells the time ("Press release | 4 September 2025, 07:00 CEST | Regulatory information").
    fields.every((field) => (field.trim() === date.text && (date.precision === 'minute' || date.precision === 'second')) || wordsOf(field).length <= MAX_META_FIELD_WORDS)
  );
}

/** The unit says little but a date: "Updated: June 21, 2024, 10:05 AM IST". */
function isDateOnly(text: string, dates: FoundDate[]): boolean {
  if (!dates.length) return false;
  const last = dates[dates.length - 1]!;
  if (dates.length === 1 && /^:?$/.test(text.slice(last.end).trim()) && SECTION_BEFORE_STAMP.test(text.slice(0, last.start))) return true;
  if (dates.length === 1 && isStampAmongShortFields(text, last)) return true;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = rest.replace(STAMP_SENTENCE_LEAD, '').replace(PLACE_OR_PAPER_AFTER_STAMP, '');
  // A zone is part of a stamp, other capitals are not ("IPL 2025" is a topic link, not a year stamp).
  const leftover = wordsOf(rest).filter((w) => !STAMP_WORDS.has(w.toLowerCase().replace(/\.$/, '')) && !(ZONE_ABBREVIATION.test(w) && zoneOffset(w) !== null) && !/^\d+$/.test(w));
  const coarse = dates.every((d) => d.precision === 'year' || d.precision === 'month');
  return leftover.length === 0 || (!coarse && leftover.length <= 1);
}

/** A zone as the label of a time line ("BDST: 1740 HRS, JUNE 21, 2024"); "DATE: 03/03/95" is a field. */
const ZONE_LABEL_LINE = /^(\p{Lu}{2,5})\s?:\s?\d/u;
const isZoneLabelLine = (text: string) => {
  const label = ZONE_LABEL_LINE.exec(text)?.[1];
  return label !== undefined && zoneOffset(label) !== null;
};

/** A unit's comparable form, made once per line (and once per batch for a line the memo keeps). */
export const keyOf = (unit: Unit, facts: UnitFacts): string => (facts.key.value ??= comparable(unit.text));

export function unitFactsOf(unit: Unit, rules: RuleSet = BUILT_IN_RULES, dateOptions: DateOptions = {}): UnitFacts {
  const features = unitFeatures(unit, rules);
  const text = unit.text;
  // Stamps and bylines sit on short lines; a date inside a sentence of prose is part of the story.
  const short = text.length <= MAX_STAMP_LINE;
  const stampShaped =
    features.words <= SHORT_STAMP_WORDS || (features.words <= MAX_STAMP_WORDS && STAMP_CUE.test(text)) || (features.words <= LABELLED_STAMP_WORDS && (STAMP_LABEL_OPENING.test(text) || LABELLED_STAMP_FIELD.test(text)));
  // With a reference date, "Updated 3 hours ago" is a stamp too: findDates looks for those itself.
  // A front matter states its dates as fields (read in assemble); its other dates ("created:") are the clipper's.
  const dates = short && stampShaped && unit.kind !== 'front-matter' && !features.boilerplate?.noStamp && (hasDateCue(text) || dateOptions.referenceDate) ? findDates(text, dateOptions) : [];
  const dateOnly = isDateOnly(text, dates);
  // Every field is set here, the later stages' marks too, in one order: facts objects of one
  // shape keep V8's optimised code for the stages that read them (objects that grew their fields
  // in different orders made it recompile the largest stages over and over).
  const facts: UnitFacts = {
    features,
    byline: undefined,
    dates,
    dateOnly,
    stampDateline: dateOnly && isZoneLabelLine(text),
    source: undefined,
    signOff: undefined,
    wireDateline: undefined,
    opensTranscript: undefined,
    splitDateline: undefined,
    captionAboveCredit: undefined,
    key: { value: undefined },
  };
  if (short && features.words <= MAX_METADATA_WORDS) {
    // A rule for person names needs a person, or for some rules a desk and its agency ("Author: N7 Belgrade, Beta").
    const byline = firstExec(rules.byline, text, (rule, m) => !rule.personName || authorsFrom(cleanByline(m[1] ?? text)).length > 0 || (rule.deskWithAgency === true && creditsAgency(m[1] ?? text)));
    if (byline) facts.byline = { rule: byline.rule, text: byline.match[1] ?? text };
    const source = firstExec(rules.source, text);
    if (source) {
      // A lower-case article is the sentence's, not the name's ("first appeared in the Irish Examiner"; "The Conversation" keeps its own).
      const name = (source.match[1] ?? source.match[2]!).trim().replace(/(?<![.)])[.)]+$/, '').replace(LEADING_THE, '');
      // A credit both tables read, whose source is the byline's person, is a byline ("Source: Ama Boakye | GoldCoast News").
      const personAsSource = facts.byline?.rule.personName === true && authorsFrom(cleanByline(facts.byline.text)).includes(name);
      if (!personAsSource) facts.source = { rule: source.rule, name };
    }
    facts.signOff = firstMatch(rules.signOff, text, features.words);
  }
  return facts;
}

/** A lower-case article before an outlet's name in a sentence: "first appeared in the Irish Examiner" ("The Conversation" keeps its own). */
export const LEADING_THE = /^the (?=\p{Lu})/u;

/** The places the dump's wire datelines name, in lower case: a line of that place alone is neither a writer nor a title. */
export const datelinePlacesOf = (facts: UnitFacts[]) => new Set(facts.flatMap((f) => (f.wireDateline?.location ? [f.wireDateline.location.toLowerCase()] : [])));

export const isMetadata = (f: UnitFacts) => Boolean(f.dateOnly || f.byline || f.source || f.signOff);

/** The lines of a newsletter's sign-up box ("Sign up to our ... newsletter" / "Sign up" / "Thank you for signing up!" / "Submitting..."), its button among them. */
const SIGN_UP_BOX_RULES: ReadonlySet<string> = new Set(['subscribe', 'call-to-action', 'subscription-prompt', 'newsletter-plug', 'reader-appeal', 'reader-appeal-more', 'subscription-fine-print', 'form-field', 'form-residue', 'sign-up-box-button']);
export const isSignUpBoxLine = (f: UnitFacts) => SIGN_UP_BOX_RULES.has(f.features.boilerplate?.name ?? '');

/** A share button or prompt ("Share", "Share Article via Email"): the header's last furniture, or a caption's neighbour. */
export const isShareButton = (f: UnitFacts) => f.features.boilerplate?.name === 'share-bar' || f.features.boilerplate?.name === 'share-prompt';

/** Characters a stamp line may have before its date: "On March 3, 2025 5:47 pm In News by ...". */
const MAX_STAMP_LEAD = 3;
/** The date opens the line, maybe after "On". */
export const opensWithDate = (date: FoundDate | undefined) => date !== undefined && date.start <= MAX_STAMP_LEAD;


/** Lines at most this long are remembered: menus, labels, share bars, stamps, footers. */
const MEMO_CHARS = 200;
/** Lines per generation of a batch's memo: two generations hold at most twice this many. */
const BATCH_MEMO_GENERATION = 2048;

/**
 * Facts of short lines, remembered. A line's facts depend on its text, the rule set, the
 * reference date and the dump's day/month order and zone corrections alone, and pages repeat lines: a dump its share
 * bars, a site its menus and footers on every page. `parseArticle` remembers within one dump; give it a memo (`lineMemo`)
 * to remember across the dumps of a batch. Then two generations bound the memory: when the newer
 * one is full it becomes the older one, and the older one is dropped.
 */
export class LineFactsMemo {
  private readonly byRules = new WeakMap<RuleSet, Map<string, Array<Map<string, UnitFacts>>>>();

  constructor(private readonly generation: number = BATCH_MEMO_GENERATION) {}

  /** The generations (newer first) for one rule set, reference date, day/month order and zone corrections. */
  private generations(rules: RuleSet, dateOptions: DateOptions): Array<Map<string, UnitFacts>> {
    let byDateOptions = this.byRules.get(rules);
    if (!byDateOptions) this.byRules.set(rules, (byDateOptions = new Map()));
    const key = `${dateOptions.referenceDate?.getTime() ?? ''} ${dateOptions.order ?? ''} ${dateOptions.impliedYear ?? ''} ${dateOptions.zoneOverrides ? JSON.stringify(dateOptions.zoneOverrides) : ''}`;
    let generations = byDateOptions.get(key);
    if (!generations) byDateOptions.set(key, (generations = [new Map(), new Map()]));
    return generations;
  }

  /** The memo of one rule set and set of date options: a dump's lines look theirs up without naming them again. */
  view(rules: RuleSet, dateOptions: DateOptions): MemoView {
    const generations = this.generations(rules, dateOptions);
    const limit = this.generation;
    const set = (text: string, facts: UnitFacts) => {
      if (generations[0]!.size >= limit) {
        generations.pop();
        generations.unshift(new Map());
      }
      generations[0]!.set(text, facts);
    };
    const get = (text: string) => {
      const recent = generations[0]!.get(text);
      if (recent) return recent;
      const old = generations[1]!.get(text);
      if (old) set(text, old);
      return old;
    };
    return { get, set };
  }

  get(text: string, rules: RuleSet, dateOptions: DateOptions): UnitFacts | undefined {
    return this.view(rules, dateOptions).get(text);
  }

  set(text: string, facts: UnitFacts, rules: RuleSet, dateOptions: DateOptions): void {
    this.view(rules, dateOptions).set(text, facts);
  }
}

interface MemoView {
  get(text: string): UnitFacts | undefined;
  set(text: string, facts: UnitFacts): void;
}

/** A copy whose features a later stage may mark, field by field so that it keeps the original's shape. */
function copyOfFacts(f: UnitFacts): UnitFacts {
  const features = f.features;
  return {
    features: {
      words: features.words,
      stopRatio: features.stopRatio,
      numericRatio: features.numericRatio,
      endsSentence: features.endsSentence,
      teaser: features.teaser,
      capitalised: features.capitalised,
      titleCase: features.titleCase,
      titleGlue: features.titleGlue,
      upperCase: features.upperCase,
      unspacedScript: features.unspacedScript,
      boilerplate: features.boilerplate,
    },
    byline: f.byline,
    dates: f.dates,
    dateOnly: f.dateOnly,
    stampDateline: f.stampDateline,
    source: f.source,
    signOff: f.signOff,
    wireDateline: f.wireDateline,
    opensTranscript: f.opensTranscript,
    splitDateline: f.splitDateline,
    captionAboveCredit: f.captionAboveCredit,
    key: f.key,
  };
}

/**
 * Facts of every unit, short lines looked up in the memo first (by default one for this dump
 * alone). Copies are handed out because later stages mark facts of one unit (a teaser, a caption).
 */
export function factsOfAll(
  units: Unit[],
  rules: RuleSet = BUILT_IN_RULES,
  dateOptions: DateOptions = {},
  memo: LineFactsMemo = new LineFactsMemo(Infinity),
): UnitFacts[] {
  const lines = memo.view(rules, dateOptions);
  return units.map((unit) => {
    const short = unit.text.length <= MEMO_CHARS;
    const known = short ? lines.get(unit.text) : undefined;
    if (known) return copyOfFacts(known);
    const facts = unitFactsOf(unit, rules, dateOptions);
    if (short) lines.set(unit.text, copyOfFacts(facts));
    return facts;
  });
}
