/**
 * Facts that need the whole page: wire datelines (also over three lines), author labels, byline continuations,
 * summary blocks, newsletter boxes, story cards,
 * dated related-story cards, glued teaser menus, learnt furniture, captions above photo credits.
 */
import type { Unit } from '../segment/index.js';
import type { Rule } from '../rules/types.js';
import { AGENCY_ALTERNATION, MONTH, SOURCE_RULES, agencyName, isNotPlace, matchDateline } from '../rules/wire.js';
import { NAME_SLASH_OUTLET } from '../rules/boilerplate.js';
import { HONORIFIC, MULTI_WORD_PLACES } from '../rules/byline.js';
import { findDates } from '../dates/index.js';
import type { DateOptions } from '../dates/types.js';
import { isCaptionRule } from './region.js';
import { isMetadata, isShareButton, isSignUpBoxLine, keyOf, type UnitFacts } from './facts.js';
import { titleGlueOf } from './features.js';
import { ROLE_LINE, authorsFrom, cleanByline, isPersonNameLine } from './names.js';

/** Lines with a title glued to a teaser, from which a page counts as a teaser menu. */
const GLUED_TEASER_LINES = 3;
/** A summary block holds a few bullets, each one short sentence: a longer line is the article's. */
const MAX_SUMMARY_LINES = 8;
const MAX_SUMMARY_BULLET_WORDS = 32;
/** A line at least this long, and half as long again as the box's bullets, is the lede after the box. */
const MIN_LEDE_AFTER_BULLETS_WORDS = 18;
/** A summary told in one short paragraph, closed by a blank line, may be longer than a bullet. */
const MAX_SUMMARY_PARAGRAPH_WORDS = 50;
/** A story card's summary is one or two sentences. */
const MAX_CARD_SUMMARY_WORDS = 45;

const AUTHOR_LABEL = /^(?:authors?(?: of the (?:article|story|post))?|by|written by|reported by|reporter|posted by|autor|auteur)\s?:?$/i;
const AUTHOR_LABEL_RULE: Rule = {
  name: 'labelled-author',
  pattern: AUTHOR_LABEL,
  note: 'the line after an "Author:" label (the rule matches the label)',
  example: 'Author:',
};
const ISSUER_LABEL = /^(?:(?:news )?provided by|from)\s?:?$/i;
/** A press release's issuer: the byline, but a company, so never an author. */
export const ISSUER_LABEL_RULE: Rule = {
  name: 'labelled-issuer',
  pattern: ISSUER_LABEL,
  note: 'the line after a "News provided by" or "From:" label (the rule matches the label)',
  example: 'News provided by',
};

/** A step sees the whole page; the date options are the dump's (its day/month order). */
type PageStep = (units: Unit[], facts: UnitFacts[], dates: DateOptions) => void;

/** "By Wanjiru Mwangi" / "and Brian Otieno": the second author on a line of their own. */
const BYLINE_CONTINUATION = /^(?:and|&) (\p{Lu}[^,;|]{1,60})$/u;
const AND_LINE = /^(?:and|&)$/;
const BYLINE_CONTINUATION_RULE: Rule = {
  name: 'byline-continuation',
  pattern: BYLINE_CONTINUATION,
  note: 'a line of "and" plus a name right under a byline: one more author',
  example: 'and Brian Otieno',
};

/**
 * A paragraph that opens with a wire dateline is article text whatever words it contains. A bare
 * "WORDS:" with neither date nor agency is weaker evidence than a furniture rule: "TEXT AD: ..."
 * and "READ ALSO: ..." are labels.
 */
const markWireDatelines: PageStep = (units, facts) => {
  let speakers: Map<string, number> | undefined;
  let transcriptOpened = false;
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.text.length < 8) continue;
    const f = facts[i]!;
    const dateline = matchDateline(units[i]!.text);
    if (dateline && f.features.boilerplate && !dateline.agency && !dateline.dateText) continue;
    // A speaker may be named in capitals ("DEE ALVARADO:") or not ("Theo Marchetti:").
    const label = dateline?.rule === 'place-colon' ? (dateline.location ?? '') : NAME_CASE_SPEAKER_LABEL.exec(units[i]!.text)?.[1];
    if (label !== undefined) {
      speakers ??= speakerLabels(units);
      if (isSpeakerLabel(label, speakers)) {
        f.opensTranscript = !transcriptOpened;
        transcriptOpened = true;
        continue;
      }
    }
    f.wireDateline = dateline;
    if (dateline) f.features.boilerplate = undefined;
  }
};

/** A transcript's speaker label opening a paragraph: "MARA OKONJO, HOST:", "DEE ALVARADO:". */
const CAPITALS_SPEAKER = String.raw`\p{Lu}[\p{Lu}.'’ -]{1,40}(?:, [^:,]{1,40})?`;
/** In name case: "Lena Marsh:", "Becca Tollefson, Fergus County Library:". */
const NAME_CASE_SPEAKER = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}(?:, [^:,]{1,40})?`;
const SPEAKER_LABEL = new RegExp(`^(${CAPITALS_SPEAKER}|${NAME_CASE_SPEAKER}): `, 'u');
const NAME_CASE_SPEAKER_LABEL = new RegExp(`^(${NAME_CASE_SPEAKER}): `, 'u');
/** Roles a transcript gives its speakers after their names. */
const SPEAKER_ROLES = 'co-?host|host|anchor|byline|reporter|correspondent|guest|narrator|producer';
/** A speaker's role after the name, maybe after the network: "DANA VOSS, CNX ANCHOR". */
const SPEAKER_LABEL_ROLE = new RegExp(`, (?:\\S+ )?(?:${SPEAKER_ROLES}|presenter|interviewer)s?$`, 'i');
/** Speakers who each open two paragraphs or more make a transcript. */
const MIN_RECURRING_SPEAKERS = 2;

/** A label's speaker: the last word of the name, as transcripts name a speaker again ("MARA OKONJO, HOST:", then "OKONJO:"). */
const speakerOf = (label: string) => label.split(',')[0]!.trim().split(' ').at(-1)!;

/** How often each speaker opens a paragraph. */
function speakerLabels(units: Unit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const unit of units) {
    const label = SPEAKER_LABEL.exec(unit.text)?.[1];
    if (label) counts.set(speakerOf(label), (counts.get(speakerOf(label)) ?? 0) + 1);
  }
  return counts;
}

/**
 * "PLACE: ..." opening a paragraph is a speaker when the label names a role, or in a transcript:
 * two speakers or more each open two paragraphs or more (a dateline opens one story).
 */
function isSpeakerLabel(label: string, speakers: Map<string, number>): boolean {
  if (SPEAKER_LABEL_ROLE.test(label)) return true;
  let recurring = 0;
  for (const count of speakers.values()) if (count >= 2) recurring++;
  return speakers.has(speakerOf(label)) && recurring >= MIN_RECURRING_SPEAKERS;
}

/** Words of the outlet or role line a byline may have under each name ("Nation Media Group"). */
const MAX_AUTHOR_DETAIL_WORDS = 4;

/** A byline that goes on over the next line ("By A" / "and B", maybe each with an outlet line) names both authors. */
const markBylineContinuations: PageStep = (units, facts) => {
  for (let i = 0; i + 1 < units.length; i++) {
    const byline = facts[i]!.byline;
    if (!byline) continue;
    const next = nextAuthor(units, facts, i);
    if (!next || facts[next.at]!.byline || authorsFrom(cleanByline(next.name)).length === 0) continue;
    facts[i]!.byline = { rule: byline.rule, text: `${byline.text} and ${next.name}` };
    facts[next.at]!.byline = { rule: BYLINE_CONTINUATION_RULE, text: next.name };
  }
};

/**
 * The next author after a byline at `i`, and the line holding the name: "and Name", or "and" alone
 * with the name on the line after it ("By" / "Dana Kessler" / "and" / "Marco Bellini"), either
 * maybe under a detail line ("Reporter" / "&" / "Orla McCready"); or a name under the same detail
 * line as the first ("Hamish Gourlay" / "The West Australian" / "Sophie Trask" / "The West Australian").
 */
function nextAuthor(units: Unit[], facts: UnitFacts[], i: number): { at: number; name: string } | null {
  const joinedAt = (j: number): { at: number; name: string } | null => {
    if (j >= units.length) return null;
    if (AND_LINE.test(units[j]!.text)) return j + 1 < units.length ? { at: j + 1, name: units[j + 1]!.text } : null;
    const name = BYLINE_CONTINUATION.exec(units[j]!.text)?.[1];
    return name ? { at: j, name } : null;
  };
  const direct = joinedAt(i + 1);
  if (direct) return direct;
  const detail = facts[i + 1]!.features.words <= MAX_AUTHOR_DETAIL_WORDS && !facts[i + 1]!.features.endsSentence;
  if (!detail) return null;
  const pastDetail = joinedAt(i + 2);
  if (pastDetail) return pastDetail;
  const sameDetailUnder = i + 3 < units.length && units[i + 3]!.text === units[i + 1]!.text && isPersonNameLine(units[i + 2]!.text);
  return sameDetailUnder ? { at: i + 2, name: units[i + 2]!.text } : null;
}

const VIDEO_CAPTION_RULE: Rule = {
  name: 'caption-video-block',
  pattern: /^/,
  note: 'the title, blurb and credit of a video under its "Hide Caption" button (USA TODAY Network sites; decided by position)',
  example: 'Hide Caption / Board discusses budget shortfall / The board met Tuesday. / Zach Reinhardt, Des Moines Register',
};
const HIDE_CAPTION = /^hide caption$/i;
/** A video's credit: a name, a comma and the outlet in capitalised words, or the outlet alone ("Arizona Daily Record"). */
const NAME_COMMA_OUTLET = /^(?:\p{Lu}[\p{L}'’.-]{0,25}(?: \p{Lu}[\p{L}'’.-]{0,25}){1,2}, )?(?:[Tt]he )?\p{Lu}[\p{L}.&'’-]{0,25}(?: \p{Lu}[\p{L}.&'’-]{0,25}){0,4}$/u;
/** Lines a video's caption block holds: title, blurb, credit. */
const MAX_VIDEO_CAPTION_LINES = 3;

const IMAGE_CAPTION_RULE: Rule = {
  name: 'caption-under-image',
  pattern: /^/,
  note: 'the caption a text browser prints right under a picture\'s placeholder, with no blank line between (decided by position)',
  example: '[IMG] Freight train at Erstfeld / A freight train waits at the northern portal ...',
};
/** Lines of a caption under a text browser's picture: a wrapped sentence and its credit. */
const MAX_IMAGE_CAPTION_LINES = 3;

/** "[IMG] alt text" / the caption's wrapped lines, no blank line between: all of it is the picture's. */
const markImageCaptions: PageStep = (units, facts) => {
  for (let i = 0; i < units.length; i++) {
    if (facts[i]!.features.boilerplate?.name !== 'caption-text-browser-image') continue;
    for (let k = i + 1; k < units.length && k <= i + MAX_IMAGE_CAPTION_LINES && units[k]!.gapBefore === 0 && !isMetadata(facts[k]!); k++) facts[k]!.features.boilerplate ??= IMAGE_CAPTION_RULE;
  }
};

/** "Show Caption" / "Hide Caption" / title / blurb / "Name, Outlet": the video's caption, up to its credit. */
const markVideoCaptions: PageStep = (units, facts) => {
  for (let i = 0; i < units.length; i++) {
    if (!HIDE_CAPTION.test(units[i]!.text)) continue;
    const last = Math.min(units.length - 1, i + MAX_VIDEO_CAPTION_LINES);
    // The credit closes the block, under the title and blurb: the title itself may be in Title Case.
    let credit = i + 2;
    while (credit <= last && !NAME_COMMA_OUTLET.test(units[credit]!.text)) credit++;
    if (credit > last) continue;
    for (let k = i + 1; k <= credit; k++) facts[k]!.features.boilerplate = VIDEO_CAPTION_RULE;
  }
};

/** A newsletter box: its title, one line of blurb and the sign-up button ("Semafor Signals" / "Global news, curated ..." / "Sign up"). */
const NEWSLETTER_BOX_RULE: Rule = {
  name: 'newsletter-box',
  pattern: /^/,
  note: 'the title and blurb above a sign-up button (decided by position)',
  example: 'Harbour Briefing / The day\'s news from the coast, every morning. / Sign up',
};
const MAX_BOX_TITLE_WORDS = 6;
const MAX_BOX_BLURB_WORDS = 25;
const MAX_BUTTON_WORDS = 3;

const markNewsletterBoxes: PageStep = (units, facts) => {
  for (let i = 2; i < units.length; i++) {
    const button = facts[i]!.features;
    if (button.boilerplate?.name !== 'subscribe' || button.words > MAX_BUTTON_WORDS) continue;
    const [title, blurb] = [facts[i - 2]!, facts[i - 1]!];
    const plain = (f: UnitFacts) => !f.features.boilerplate && !isMetadata(f) && !f.wireDateline;
    // The title may read as a prompt of its own ("Skift Daily Newsletter").
    const titleFits = plain(title) || CALL_TO_ACTION_RULES.has(title.features.boilerplate?.name ?? '');
    if (!titleFits || !plain(blurb) || title.features.words > MAX_BOX_TITLE_WORDS || title.features.endsSentence || blurb.features.words > MAX_BOX_BLURB_WORDS) continue;
    title.features.boilerplate ??= NEWSLETTER_BOX_RULE;
    blurb.features.boilerplate = NEWSLETTER_BOX_RULE;
  }
  // A blurb between two prompts of a sign-up form ("Pick Six Newsletter" / blurb / "I agree that ...",
  // "Sign up for the Money Wise Newsletter" / blurb / "Sign up"). A "Sign up for ..." line alone may be
  // a step of instructions in the story, so a prompt or a second sign-up line must frame the blurb.
  markFramedLines(facts, SIGN_UP_RULES, MAX_BOX_BLURB_WORDS, NEWSLETTER_BOX_RULE);
};

/**
 * A short line of no furniture between two lines of a box (framed by rules of `frames`) is the box's
 * own: marked `rule`, which then frames the next line too.
 */
function markFramedLines(facts: UnitFacts[], frames: ReadonlySet<string>, maxWords: number, rule: Rule): void {
  const frame = (f: UnitFacts) => f.features.boilerplate !== undefined && frames.has(f.features.boilerplate.name);
  for (let i = 1; i + 1 < facts.length; i++) {
    const f = facts[i]!;
    if (f.features.boilerplate || isMetadata(f) || f.features.words > maxWords) continue;
    if (frame(facts[i - 1]!) && frame(facts[i + 1]!)) f.features.boilerplate = rule;
  }
}
/** A reader-revenue box's pitch between two of its appeals ("You've read 1 article ..." / "Here at Crux, we're ..." / "We rely on readers like you ..."). */
const APPEAL_BOX_RULE: Rule = {
  name: 'appeal-box',
  pattern: /^/,
  note: 'a paragraph between two reader-revenue appeals: the box\'s own pitch (decided by position)',
  example: 'Here at Crux, we\'re unwavering in our commitment to covering the issues that matter most.',
};
const APPEAL_RULES: ReadonlySet<string> = new Set(['reader-appeal', 'reader-appeal-more', 'donation-appeal', APPEAL_BOX_RULE.name]);
const MAX_APPEAL_PITCH_WORDS = 80;

const markAppealBoxes: PageStep = (_units, facts) => markFramedLines(facts, APPEAL_RULES, MAX_APPEAL_PITCH_WORDS, APPEAL_BOX_RULE);

/** A newsletter's sponsor box: the sponsor's name and blurb between its label and its button; a portal's ad between its two labels. */
const SPONSOR_BOX_RULE: Rule = {
  name: 'sponsor-box',
  pattern: /^/,
  note: 'a sponsor\'s name and blurb between a sponsor\'s label and a button, or an ad\'s title and advertiser between "Ad" and "Sponsored" (decided by position)',
  example: 'In partnership with / BRIGHTVAULT / Stop guessing your property tax bill. ... / Try Brightvault free →',
};
const MAX_SPONSOR_BOX_LINES = 3;
const MAX_SPONSOR_BLURB_WORDS = 60;
const MAX_AD_LINE_WORDS = 12;

const markSponsorBoxes: PageStep = (units, facts) => {
  for (let i = 0; i < units.length; i++) {
    const opener = facts[i]!.features.boilerplate?.name;
    if (opener !== 'sponsor-label' && opener !== 'advertisement') continue;
    for (let k = i + 1; k < units.length && k <= i + 1 + MAX_SPONSOR_BOX_LINES; k++) {
      const f = facts[k]!;
      // A portal's ad unit is framed by its labels: "Ad" / title / advertiser / "Sponsored".
      // A newsletter's sponsor box may close with a section break instead ("In partnership with" / logo / blurb / "* * *").
      const closer = opener === 'advertisement' ? f.features.boilerplate?.name === 'advertisement' : SPONSOR_BUTTON_RULES.has(f.features.boilerplate?.name ?? '') || SECTION_BREAK.test(units[k]!.text);
      if (closer) {
        for (let j = i + 1; j < k; j++) if (!isCaptionRule(facts[j]!.features.boilerplate?.name ?? '')) facts[j]!.features.boilerplate = SPONSOR_BOX_RULE;
        break;
      }
      // The sponsor's logo may sit in the box.
      if (opener === 'sponsor-label' && isCaptionRule(f.features.boilerplate?.name ?? '')) continue;
      // Between two ad labels stand an ad's short title and advertiser; paragraphs there are the story's.
      if (f.features.boilerplate || isMetadata(f) || f.features.words > (opener === 'advertisement' ? MAX_AD_LINE_WORDS : MAX_SPONSOR_BLURB_WORDS)) break;
    }
  }
};

/** The prompt tables (one alternation would be too large to check for backtracking). */
const CALL_TO_ACTION_RULES: ReadonlySet<string> = new Set(['call-to-action', 'subscription-prompt', 'page-prompt']);
const PROMPT_RULES: ReadonlySet<string> = new Set([...CALL_TO_ACTION_RULES, 'newsletter-box']);
const SIGN_UP_RULES: ReadonlySet<string> = new Set([...PROMPT_RULES, 'subscribe']);
const SPONSOR_BUTTON_RULES: ReadonlySet<string> = new Set([...CALL_TO_ACTION_RULES, 'arrow-link']);
/** A long read's or a newsletter's section break: "* * *", "***", "⁂". */
const SECTION_BREAK = /^(?:\* ?\* ?\*|⁂|◆ ◆ ◆|• • •)$/;

/** "Author:" (or "News provided by") alone on a line labels the next line, the way some pages lay out their byline. */
const markLabelledAuthors: PageStep = (units, facts) => {
  for (let i = 0; i + 1 < units.length; i++) {
    const rule = AUTHOR_LABEL.test(units[i]!.text) ? AUTHOR_LABEL_RULE : ISSUER_LABEL.test(units[i]!.text) ? ISSUER_LABEL_RULE : null;
    // "Johanna Berg" / "Reporter": a bare role under a name is that name's post, no label.
    if (!rule || (i > 0 && !units[i]!.text.endsWith(':') && isPersonNameLine(units[i - 1]!.text))) continue;
    const next = facts[i + 1]!;
    if (next.features.words > 8 || next.features.boilerplate || next.dateOnly) continue;
    next.byline = { rule, text: units[i + 1]!.text };
    // "Authors of the article:" over one name a line, or "By" over "Ramona Vickers," and "Elliot Brandt".
    const plural = PLURAL_AUTHOR_LABEL.test(units[i]!.text);
    if (!plural && !NAME_LIST_GOES_ON.test(units[i + 1]!.text)) continue;
    for (let k = i + 2; k < units.length && k <= i + MAX_NAMES_UNDER_LABEL && isPersonNameLine(units[k]!.text) && !facts[k]!.features.boilerplate; k++) {
      facts[k]!.byline = { rule, text: units[k]!.text };
      if (!plural && !NAME_LIST_GOES_ON.test(units[k]!.text)) break;
    }
  }
};
const PLURAL_AUTHOR_LABEL = /^authors\b/i;
/** A name closed by a comma or a joining word has another under it. */
const NAME_LIST_GOES_ON = /(?:,| and| &)$/;
const MAX_NAMES_UNDER_LABEL = 4;

/** A place and optionally its region, in capitalised words: "Atlanta", "Harlow Springs, Missouri". */
const PLACE_WORDS = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}";
const PLACE = `${PLACE_WORDS}(?:, ${PLACE_WORDS})?`;
const DATELINE_PLACE_LINE = new RegExp(`^${PLACE}$`, 'u');
const DASH_LINE = /^(?:—|–|-{1,2})$/;
// A place has two letters or more: "A-" and "A+" are a text-size control.
const PLACE_ALONE = new RegExp(`^(?=\\p{L}{2})(${PLACE})(?::| ?(?:—|–|-{1,2}))$`, 'u');
/** An agency or network after a place on a dateline's line, as CNN sets its own ("Lisbon, Portugal CNN —"). */
const OUTLET_AFTER_PLACE = new RegExp(` (?:${AGENCY_ALTERNATION})$`);
/** A place in capitals alone on its line, no dash: "ANKARA", "SAN JOSE, Calif." (only under the byline or stamp). */
const UPPER_PLACE_ALONE = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?$/u;
/**
 * A place and its month and day alone on a line over the lede, as Nepali and Indian dailies set it:
 * "POKHARA, JUNE 8", "Amritsar, June 19", "Kohima | March 13" (a weekday is no place; with the year, only a place in
 * capitals, as a stamp line in name case gives the story's date).
 */
const PLACE_DATE_ALONE = new RegExp(`^(?!(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\b)(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]*){0,3})(?:, | \\| )(${MONTH} \\d{1,2})(, \\d{4})?$`, 'u');

/** A dateline as an export's field: "DATELINE: DENVER", "Dateline: Nairobi, Kenya". */
export const DATELINE_FIELD_LABEL = /^(?:DATELINE|Dateline):\s{1,4}/;
const DATELINE_FIELD = new RegExp(`${DATELINE_FIELD_LABEL.source}(${PLACE})$`, 'u');

/** A transcript's speaker label, not a place: "DANA WHITLOCK, HOST:". */
const SPEAKER_ROLE = new RegExp(`, (?:${SPEAKER_ROLES})s?$`, 'i');

/** Lines of captions and share buttons looked through between a byline and its place line. */
const MAX_LINES_UNDER_BYLINE = 8;

/**
 * The nearest line above `i` that is not a picture's caption or credit or a share button (Anadolu sets
 * a photo, or its share buttons, between its byline and its "ISTANBUL").
 */
function metadataLineAbove(units: Unit[], facts: UnitFacts[], i: number): number {
  let k = i - 1;
  // A few lines at most: a page of thousands of "X" lines (share buttons all) must not be walked from each.
  while (k > 0 && k > i - MAX_LINES_UNDER_BYLINE && (facts[k]!.captionAboveCredit || isCaptionRule(facts[k]!.features.boilerplate?.name ?? '') || isShareButton(facts[k]!) || repeatsLineAbove(units, k))) k--;
  return k;
}

/** How far above a photo's alt text the title it repeats may be. */
const MAX_TITLE_REPEAT_REACH = 12;
/** The title again as a photo's alt text under the byline: the same text a few lines above. */
const repeatsLineAbove = (units: Unit[], k: number) => {
  const text = units[k]!.text;
  return text.length > 0 && units.slice(Math.max(0, k - MAX_TITLE_REPEAT_REACH), k).some((unit) => unit.text === text);
};


/**
 * A place in capitals alone right under the byline or stamp (captions and share buttons between). Past
 * share buttons only a one-word place counts: a kicker there ("PARMA SCHOOLS") runs to two words.
 * Right under a caption, three capitals or fewer are the photo's credit.
 */
function upperPlaceUnderMetadata(units: Unit[], facts: UnitFacts[], i: number, text: string): boolean {
  const k = metadataLineAbove(units, facts, i);
  if (!isMetadata(facts[k]!)) return false;
  // Right under a caption, initials are its credit ("ESA", "AFP"), not a place.
  if (text.length <= MAX_CREDIT_INITIALS && i - 1 > k && isCaptionRule(facts[i - 1]!.features.boilerplate?.name ?? '')) return false;
  return !facts.slice(k + 1, i).some(isShareButton) || !text.includes(' ');
}
const MAX_CREDIT_INITIALS = 3;

/**
 * Some pages give the dateline a line of its own ("Hyderabad:") or three (the place, the outlet,
 * a dash: "Atlanta" / "CNN" / "—"), then the lede. The lede is where the article starts, as
 * after a dateline at the start of the lede.
 */
/** A lede reads as prose: a sentence with function words in it, not a link title. */
function isLedeAt(facts: UnitFacts[], k: number): boolean {
  const f = facts[k];
  return f !== undefined && f.features.words >= MIN_LEDE_WORDS && f.features.endsSentence && f.features.stopRatio >= MIN_LEDE_STOP_RATIO && !f.wireDateline;
}

/** A place and an agency's initials joined by a hyphen ("Baghdad-INA"), or the initials and the place by a slash ("QNA/Doha"). */
const PLACE_HYPHEN_AGENCY = /^(\p{Lu}[\p{L}'’.]+(?: \p{Lu}[\p{L}'’.]+){0,2})-(\p{Lu}{2,6})$/u;
const AGENCY_SLASH_PLACE = /^(\p{Lu}{2,6})\/(\p{Lu}[\p{L}'’.]+(?: \p{Lu}[\p{L}'’.]+){0,2})$/u;
function placeAgencyLine(text: string): { location: string; agency: string } | null {
  // An agency's own name may hold a hyphen ("Keystone-SDA").
  if (agencyName(text)) return null;
  const hyphen = PLACE_HYPHEN_AGENCY.exec(text);
  const slash = hyphen ? null : AGENCY_SLASH_PLACE.exec(text);
  const [location, alias] = hyphen ? [hyphen[1]!, hyphen[2]!] : slash ? [slash[2]!, slash[1]!] : ['', ''];
  const agency = agencyName(alias);
  return agency ? { location, agency } : null;
}

const markSplitDatelines: PageStep = (units, facts) => {
  const isLede = (k: number) => isLedeAt(facts, k);
  for (let i = 0; i + 1 < units.length; i++) {
    // "Hyderabad:" or "KYIV —" alone on its line, the lede under it.
    // So is "ANKARA" alone between the byline or stamp and the lede (Anadolu Agency's pages).
    const text = units[i]!.text;
    // A Markdown heading is a section's name, no place ("## Full Content:").
    if (units[i]!.kind === 'heading') continue;
    // An outlet's name between the place and the dash is no part of the place ("Lisbon, Portugal CNN —").
    const place = PLACE_ALONE.exec(text)?.[1]?.replace(OUTLET_AFTER_PLACE, '') ?? (i > 0 && UPPER_PLACE_ALONE.test(text) && upperPlaceUnderMetadata(units, facts, i, text) ? text : null);
    if (place && !isNotPlace(place) && !SPEAKER_ROLE.test(place) && !facts[i]!.features.boilerplate && !isMetadata(facts[i]!) && isLede(i + 1)) {
      facts[i]!.splitDateline = 'place';
      facts[i + 1]!.wireDateline = { text: '', location: place, dateText: null, agency: null, rule: 'split-dateline' };
      continue;
    }
    // "POKHARA, JUNE 8" alone over the lede: the line is read as a stamp, and is the dateline all the same.
    const dated = PLACE_DATE_ALONE.exec(text);
    if (dated && !(dated[3] && dated[1] !== dated[1]!.toUpperCase()) && !isNotPlace(dated[1]!) && !facts[i]!.features.boilerplate && isLede(i + 1)) {
      facts[i]!.splitDateline = 'place';
      facts[i + 1]!.wireDateline = { text: '', location: dated[1]!, dateText: dated[2]!, agency: null, rule: 'split-dateline' };
      continue;
    }
    // A place and its agency alone under the title, maybe over the stamp, the lede below: "ANKARA –
    // Reuters" (Hürriyet Daily News), "Baghdad-INA" (INA), "QNA/Doha" (Gulf Times). The line credits the agency.
    const placeAndAgency = facts[i]!.wireDateline?.rule === 'place-dash' && facts[i]!.wireDateline!.agency && facts[i]!.wireDateline!.text === text ? facts[i]!.wireDateline! : placeAgencyLine(text);
    if (placeAndAgency?.agency) {
      const ledeBelow = [i + 1, i + 2].find((k) => k < units.length && isLede(k) && facts.slice(i + 1, k).every((f) => f.dateOnly));
      if (ledeBelow !== undefined) {
        facts[i]!.splitDateline = 'place';
        facts[i]!.wireDateline = undefined;
        facts[ledeBelow]!.wireDateline = { text: '', location: placeAndAgency.location, dateText: null, agency: placeAndAgency.agency, agencyText: text, rule: 'split-dateline' };
        continue;
      }
    }
    // A database export's labelled field ("DATELINE: DENVER"), maybe a rule and its "BODY:" label, and the lede below.
    const labelled = DATELINE_FIELD.exec(text)?.[1];
    const lede = labelled ? [i + 1, i + 2, i + 3].find((k) => k < units.length && isLede(k)) : undefined;
    if (labelled && lede !== undefined) {
      facts[i]!.splitDateline = 'place';
      facts[lede]!.wireDateline = { text: '', location: labelled, dateText: null, agency: null, rule: 'split-dateline' };
      continue;
    }
    // CNN's stamp with no place: "CNN" / "—" / lede.
    const network = i + 2 < units.length && DASH_LINE.test(units[i + 1]!.text) ? agencyName(text) : null;
    if (network && isLede(i + 2)) {
      facts[i]!.splitDateline = 'place';
      facts[i]!.source = undefined;
      facts[i + 1]!.splitDateline = 'dash';
      facts[i + 2]!.wireDateline = { text: '', location: null, dateText: null, agency: network, rule: 'split-dateline' };
      continue;
    }
    if (i + 3 >= units.length || !DASH_LINE.test(units[i + 2]!.text) || !DATELINE_PLACE_LINE.test(units[i]!.text)) continue;
    const agency = agencyName(units[i + 1]!.text);
    if (!agency || !isLede(i + 3)) continue;
    facts[i]!.splitDateline = 'place';
    facts[i + 2]!.splitDateline = 'dash';
    facts[i + 3]!.wireDateline = { text: '', location: units[i]!.text, dateText: null, agency, rule: 'split-dateline' };
  }
};

/**
 * A dateline on its own line over a summary box, the lede under the box ("MILWAUKEE -" / "The Brief" /
 * three bullets / "A police chase that began ..."), as local broadcasters' pages set it.
 */
const UPPER_PLACE_DASH_ALONE = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}) ?(?:—|–|-{1,2})$/u;
const markDatelinesOverSummaries: PageStep = (units, facts) => {
  for (let i = 0; i + 2 < units.length; i++) {
    const place = UPPER_PLACE_DASH_ALONE.exec(units[i]!.text)?.[1];
    if (!place || isNotPlace(place) || facts[i]!.features.boilerplate || facts[i + 1]!.features.boilerplate?.name !== 'summary-label') continue;
    let lede = i + 2;
    while (lede < units.length && facts[lede]!.features.teaser) lede++;
    if (lede === i + 2 || !isLedeAt(facts, lede)) continue;
    facts[i]!.splitDateline = 'place';
    facts[lede]!.wireDateline = { text: '', location: place, dateText: null, agency: null, rule: 'split-dateline' };
  }
};

/** A lede is a sentence of some length, not a caption or a link. */
const MIN_LEDE_WORDS = 8;
const MIN_LEDE_STOP_RATIO = 0.15;

/** A sentence's full stop, maybe inside its closing quote or bracket (a bare closing quote ends a quoted title too). */
const FULL_STOP_END = /[.!?…]["”’»)]*$/;

/**
 * A summary block ("KEY POINTS" and the lines right under it, up to a blank line) is a digest.
 * Its bullets are sentences; a short line ends the block (a menu is no summary), and so does a
 * paragraph-long one (the article, in dumps with no blank lines), unless it is the block's only
 * line and a blank line closes it ("What you need to know:" over a two-sentence summary).
 */
const markSummaryBlocks: PageStep = (units, facts) => {
  // In a copy without blank lines every line is closed as if by one; in a copy with a blank line
  // between all its paragraphs, a blank line closes no block.
  const noBlankLines = units.every((u) => u.gapBefore === 0);
  const blankBetweenAll = units.length > 2 && units.every((u, k) => k === 0 || u.gapBefore > 0);
  const isSubLabel = (f: UnitFacts, text: string) => f.features.words <= 4 && (f.features.boilerplate?.name === 'summary-label' || /\?$/.test(text));
  const isQuestionLabel = (k: number) => facts[k]!.features.words <= 4 && /\?$/.test(units[k]!.text);
  for (let label = 0; label < units.length; label++) {
    if (facts[label]!.features.boilerplate?.name !== 'summary-label') continue;
    // A box's next part after a blank line ("In short:" / bullets / "What's next?" / a line) goes on from its own label.
    for (let i = label; i < units.length; ) {
      const next = markSummaryLines(i);
      if (next === i + 1 || next >= units.length || !isSubLabel(facts[next]!, units[next]!.text)) break;
      i = next;
    }
  }
  /** Marks the lines of the box under the label at `label`; returns the first line past them. */
  function markSummaryLines(label: number): number {
    // A text heading's underline under the label ("In short:" / "---------") is the label's.
    const i = label + 1 < units.length && units[label + 1]!.gapBefore === 0 && UNDERLINE.test(units[label + 1]!.text) ? label + 1 : label;
    let longestBullet = 0;
    let unstoppedBullets = true;
    let signedBullets = true;
    for (let j = i + 1; j < Math.min(units.length, i + 1 + MAX_SUMMARY_LINES); j++) {
      const f = facts[j]!;
      // The box's own control ("Takeaways by Bloomberg AI" / "Hide") is neither a bullet nor its end.
      if (f.features.boilerplate?.name === 'toggle-control') continue;
      // A field's label alone on the next line closes it too ("Summary:" / the summary / "Share:").
      const closedByBlank = noBlankLines || j + 1 === units.length || units[j + 1]!.gapBefore > 0 || FIELD_LABEL_ALONE.test(units[j + 1]!.text);
      // A line set with a bullet sign is a bullet however long (a study's findings run to 40 words).
      const longest = (j === i + 1 && closedByBlank) || BULLET_SIGN.test(units[j]!.text) ? MAX_SUMMARY_PARAGRAPH_WORDS : MAX_SUMMARY_BULLET_WORDS;
      // The bullets may start after a blank line under the label ("Key Points" / blank / "– ...");
      // a paragraph over the box's next sub-label ("What's next?"), or under it, is the box's too.
      const besideSubLabel = [j - 1, j + 1].some((k) => k > i && k < units.length && isSubLabel(facts[k]!, units[k]!.text));
      if ((j > i + 1 && units[j]!.gapBefore > 0 && !blankBetweenAll && !besideSubLabel) || f.wireDateline || f.features.words > longest) return j;
      // With no blank line after the box, the lede follows its bullets straight on: a line half as long
      // again, or the first to end with a full stop under bullets that have none.
      if (longestBullet && f.features.words >= MIN_LEDE_AFTER_BULLETS_WORDS && f.features.words > longestBullet * 1.5) return j;
      if (longestBullet && unstoppedBullets && FULL_STOP_END.test(units[j]!.text)) return j;
      // So is the first line without a bullet sign under bullets that all have one ("• ..." / "• ..." / "Hundreds of ...").
      if (longestBullet && signedBullets && !BULLET_SIGN.test(units[j]!.text)) return j;
      // A question's sub-label ("What's next?") heads one answer: the line after that is the lede.
      if (j - 2 > i && isQuestionLabel(j - 2) && !isSubLabel(f, units[j]!.text) && !BULLET_SIGN.test(units[j]!.text)) return j;
      unstoppedBullets &&= !FULL_STOP_END.test(units[j]!.text);
      signedBullets &&= BULLET_SIGN.test(units[j]!.text);
      longestBullet = Math.max(longestBullet, f.features.words);
      // A sub-label inside the box ("AI-assisted summary", "What's next?") keeps it open; any other short line ends it.
      if (f.features.words < 6 && !isSubLabel(f, units[j]!.text)) return j;
      f.features.teaser = true;
      // "Summary" over one paragraph: a paragraph-long sentence under that, not a bullet, is the lede.
      const below = j + 1 < units.length ? j + 1 : -1;
      // A box with a sub-label further down ("What's next?") goes on.
      const subLabelNear = [below + 1, below + 2].some((k) => k < units.length && isSubLabel(facts[k]!, units[k]!.text));
      if (j === i + 1 && below >= 0 && ONE_PARAGRAPH_SUMMARY_LABEL.test(units[label]!.text) && !subLabelNear && !BULLET_SIGN.test(units[below]!.text) && !SUMMARY_BULLET_MARK.test(units[below]!.text) && facts[below]!.features.words >= MIN_LEDE_AFTER_BULLETS_WORDS && FULL_STOP_END.test(units[below]!.text)) return below;
    }
    return Math.min(units.length, i + 1 + MAX_SUMMARY_LINES);
  }
};

/** A summary box's label run into its first paragraph, as a Markdown copy sets it in bold ("**In short:** Farmers in ..."). */
const INLINE_SUMMARY_LABEL = /^(?:in short|key points|in brief|at a glance|the big picture|tl;?dr): \S/i;
/** The box's closing part, a question's label run into its answer ("**What's next?** The state ..."). */
const INLINE_QUESTION_LABEL = /^(?:what(?:'|’)s next|what happens next|why it matters)\? \S/i;
/** Paragraphs of such a box, its closing question's included. */
const MAX_INLINE_BOX_PARAGRAPHS = 4;

/** A summary box whose labels open its paragraphs ("In short: ..." / ... / "What's next? ..."): a digest, not the body. */
const markInlineSummaryBoxes: PageStep = (units, facts) => {
  for (let i = 0; i < units.length; i++) {
    if (!INLINE_SUMMARY_LABEL.test(units[i]!.text)) continue;
    let end = i;
    for (let k = i + 1; k < Math.min(units.length, i + MAX_INLINE_BOX_PARAGRAPHS); k++) {
      if (INLINE_QUESTION_LABEL.test(units[k]!.text)) {
        end = k;
        break;
      }
    }
    for (let k = i; k <= end; k++) facts[k]!.features.teaser = true;
    i = end;
  }
};

/** A plain-text heading's underline. */
const UNDERLINE = /^(?:-{3,}|={3,})$/;

/** A field's label alone on its line, in any case: "Share:", "Source:", "quelle :" (the source rule decides which labels credit a source). */
const FIELD_LABEL_ALONE = /^\p{L}[\p{L} ]{0,24}:$/u;

/** Labels of a summary told in one paragraph, not a list of points. */
const ONE_PARAGRAPH_SUMMARY_LABEL = /^(?:summary|in summary|abstract(?: \(english\))?|synopsis|tl;?dr|the gist|article summary)\W{0,3}$/i;
/** A list item's mark, as converters and plain copies set it: "- ", "* ", "– ". */
const SUMMARY_BULLET_MARK = /^[-*–] /;

/** A bullet sign opening a line. */
const BULLET_SIGN = /^[•·▪■►] /;

/** A clock time alone on its line, maybe with a zone: "5:00 AM ET", "14:32 GMT", "5 AM Central". */
const CLOCK_LINE = /^(?:[-–—] )?(?:\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?)(?: (?:[A-Z]{1,5}(?:[+-]\d{1,2})?|Eastern|Central|Mountain|Pacific))?$/i;

/**
 * A stamp whose time sits on the next line ("June 3, 2024" / "5:00 AM ET"): the two lines are
 * read as one stamp, kept on the date's line; the time's line becomes a date line too.
 */
const markSplitStamps: PageStep = (units, facts, dates) => {
  for (let i = 0; i + 1 < units.length; i++) {
    const date = facts[i]!.dates.at(-1);
    if (!facts[i]!.dateOnly || date?.precision !== 'day' || !CLOCK_LINE.test(units[i + 1]!.text)) continue;
    const joined = findDates(`${units[i]!.text} ${units[i + 1]!.text}`, dates).find((d) => d.start === date.start);
    if (!joined || joined.precision === 'day') continue;
    facts[i]!.dates = [...facts[i]!.dates.slice(0, -1), joined];
    facts[i + 1]!.dateOnly = true;
  }
};

/**
 * Story cards copy as "Section / Title / Section / Title / one-sentence summary" (the image's
 * label and alt text, then the link's): the repeated pair marks a card, and its summary is a teaser.
 */
const markStoryCards: PageStep = (units, facts) => {
  for (let i = 3; i < units.length; i++) {
    // "Name / stamp" printed twice (a layout's mobile and desktop headers) is the article's byline, no card.
    if (facts[i]!.features.words < 4 || facts[i]!.features.endsSentence || facts[i - 1]!.features.words > 3 || facts[i]!.dateOnly) continue;
    const sameTitle = keyOf(units[i]!, facts[i]!) === keyOf(units[i - 2]!, facts[i - 2]!);
    const sameLabel = keyOf(units[i - 1]!, facts[i - 1]!) === keyOf(units[i - 3]!, facts[i - 3]!);
    if (!sameTitle || !sameLabel) continue;
    facts[i]!.features.teaser = facts[i - 2]!.features.teaser = true;
    const summary = facts[i + 1];
    if (summary && summary.features.words <= MAX_CARD_SUMMARY_WORDS && !summary.wireDateline) summary.features.teaser = true;
  }
};

const RELATED_BOX_RULE: Rule = {
  name: 'related-box',
  pattern: /^/,
  note: 'a "Related stories" header over one story card with the article going on below it: a box inside the article (decided by position)',
  example: 'RELATED STORIES FROM THE SANDHILL OBSERVER / Local / Hardware store changes hands / February 12, 2025',
};
const MIN_PROSE_AFTER_BOX_WORDS = 15;
const RELATED_CARD_RULE: Rule = {
  name: 'related-card',
  pattern: /^/,
  note: 'the label, title and date of another story\'s card under a "Related stories" header (decided by position)',
  example: 'Local / Hardware store changes hands after 90 years / February 12, 2025 9:15 AM',
};

/** Furniture lines (a share bar) that may sit between an article's stamp and its byline. */
const MAX_FURNITURE_OVER_BYLINE = 2;
/** A card's section label above its title: "Local", "Business". */
const MAX_CARD_LABEL_WORDS = 3;
/** A box of related stories set inside the article holds a few cards. */
const MAX_CARDS_IN_BOX = 4;

/** Lines from an article header's byline down to its stamp ("By Olivia Chen" / "ABC Sydney" / "Topic:Housing" / "Posted ..."). */
const MAX_LINES_BYLINE_OVER_STAMP = 3;
/** Paragraphs of the story above a box of cards that set it inside the story. */
const MIN_PROSE_ABOVE_CARD = 2;
/** A card's writer, stated: "By Parker Hollis". */
const CARD_BYLINE = /^By \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A card's age instead of its date: "2 days ago". */
const CARD_AGE = /^(?:\d{1,2}|an?|one) (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) ago$/i;

/** Dated cards repeat at a fixed period; this many in a row make a list of other stories. */
const MIN_DATED_CARDS = 3;

/**
 * Related-story lists copy as "[Label] / Title / Date" cards, one after another ("RAIL & FREIGHT /
 * Corridor Line signalling upgrade finished ... / March 2, 2024", three times). A title in such a run is a link to
 * another story, not this page's headline.
 */
const markDatedCards: PageStep = (units, facts) => {
  const isCardTitle = (k: number) => facts[k]!.features.words >= 3 && !facts[k]!.dateOnly && !isMetadata(facts[k]!);
  // A card's foot: its date or age, or its writer's stated byline ("* Gear" / title / "By Parker Hollis").
  const isCardDate = (k: number) => k < units.length && (Boolean(facts[k]!.dateOnly) || CARD_AGE.test(units[k]!.text) || (Boolean(facts[k]!.byline) && CARD_BYLINE.test(units[k]!.text)));
  const bylineUnder = (k: number) => {
    let next = k + 1;
    while (next < units.length && next <= k + MAX_FURNITURE_OVER_BYLINE && facts[next]!.features.boilerplate && !isMetadata(facts[next]!)) next++;
    if (facts[next]?.byline) return true;
    // A bare name over its role ("Tinashe Makoni" / "Senior Reporter"), or past a reading time, is a writer's header, not a card's writer.
    const pastFurniture = next > k + 1;
    return next + 1 < units.length && !facts[next]!.features.boilerplate && isPersonNameLine(units[next]!.text) && (pastFurniture || ROLE_LINE.test(units[next + 1]!.text));
  };
  // Cards right under a "Related stories" header are other stories too ("Local" / title / date, maybe
  // the writer's bare name under the date).
  for (let i = 0; i + 2 < units.length; i++) {
    if (facts[i]!.features.boilerplate?.name !== 'related-list-header') continue;
    let cardEnd = i;
    let cards = 0;
    const insideStory = facts.slice(0, i).filter(isProse).length >= MIN_PROSE_ABOVE_CARD;
    for (; cards < MAX_CARDS_IN_BOX; cards++) {
      const start = cardEnd + 1;
      if (start + 1 >= units.length) break;
      const label = facts[start]!.features.words <= MAX_CARD_LABEL_WORDS && !facts[start]!.dateOnly && start + 2 < units.length && isCardTitle(start + 1) ? 1 : 0;
      const title = start + label;
      // A byline under the date, share buttons maybe between, makes it the article's own header ("Latest news" ending a breadcrumb above it).
      // So does a stamp under a card's byline ("NSW" / title / "By Olivia Chen" / "ABC Sydney" / "Posted ...").
      // Inside the story (paragraphs above it) the card keeps its writer and its stamp ("Read Next" / title / "By Marcus Gaines" / "Updated March 1, ...").
      const stampUnderByline = facts[title + 1]?.byline ? facts.slice(title + 2, title + 2 + MAX_LINES_BYLINE_OVER_STAMP).findIndex((f) => f.dateOnly) : -1;
      if (!isCardTitle(title) || !isCardDate(title + 1) || bylineUnder(title + 1) || (stampUnderByline >= 0 && !insideStory)) break;
      const writer = title + 2 < units.length && !facts[title + 2]!.features.boilerplate && isPersonNameLine(units[title + 2]!.text) ? 1 : 0;
      cardEnd = stampUnderByline >= 0 ? title + 2 + stampUnderByline : title + 1 + writer;
    }
    if (cardEnd === i) continue;
    for (let k = i + 1; k <= cardEnd; k++) {
      facts[k]!.features.teaser = true;
      facts[k]!.features.boilerplate ??= RELATED_CARD_RULE;
    }
    // Prose again after the cards (furniture aside): a box inside the article, not the list that ends it.
    // A list of several cards is a box only when they carry their writers, as a "Most Popular" box in the story does.
    if (cards > 1 && !facts.slice(i + 1, cardEnd + 1).some((f) => f.byline)) continue;
    let next = cardEnd + 1;
    while (next < units.length && facts[next]!.features.boilerplate) next++;
    const after = facts[next]?.features;
    if (after && after.words >= MIN_PROSE_AFTER_BOX_WORDS && after.endsSentence) facts[i]!.features.boilerplate = RELATED_BOX_RULE;
  }
  for (const period of [2, 3]) {
    for (let i = 1; i + period * (MIN_DATED_CARDS - 1) < units.length; i++) {
      let cards = 0;
      while (i + period * cards < units.length && facts[i + period * cards]!.dateOnly && isCardTitle(i + period * cards - 1)) cards++;
      if (cards < MIN_DATED_CARDS) continue;
      // The card's date is that story's, not this one's: all of the card is a teaser.
      for (let c = 0; c < cards; c++) for (let k = 0; k < period; k++) facts[i + period * c - k]!.features.teaser = true;
      i += period * cards - 1;
    }
  }
};

/** A screen reader's labels around a list, as some sites print them: "list of 3 items" ... "end of list". */
const LIST_OPENING_LABEL = /^list of (\d{1,2}) items?$/i;
const LIST_CLOSING_LABEL = /^end of list$/i;
/** Lines of a labelled list's item: its label ("list 1 of 3") and its title. */
const LINES_PER_LABELLED_ITEM = 2;

/**
 * A "Recommended Stories" box between paragraphs, its list framed by a screen reader's labels
 * ("list of 3 items" / "list 1 of 3" / title / ... / "end of list"): the box and its titles are
 * furniture inside the article, not the list that ends it.
 */
const markLabelledLists: PageStep = (units, facts) => {
  for (let i = 0; i + 1 < units.length; i++) {
    if (facts[i]!.features.boilerplate?.name !== 'related-list-header') continue;
    const items = LIST_OPENING_LABEL.exec(units[i + 1]!.text);
    if (!items) continue;
    const last = Math.min(units.length - 1, i + 2 + LINES_PER_LABELLED_ITEM * Number(items[1]));
    const end = units.slice(i + 2, last + 1).findIndex((u) => LIST_CLOSING_LABEL.test(u.text));
    if (end < 0) continue;
    facts[i]!.features.boilerplate = RELATED_BOX_RULE;
    for (let k = i + 1; k <= i + 2 + end; k++) {
      facts[k]!.features.teaser = true;
      facts[k]!.features.boilerplate ??= RELATED_CARD_RULE;
    }
  }
};

/**
 * Menus that copy as "TitleTeaser text" lines: on such pages a glued line is a link, not prose. A
 * glue repeated on several lines is a brand's camel case ("QuietArc"), no link's.
 */
const markGluedTeasers: PageStep = (units, facts) => {
  const glues = facts.map((f, i) => (f.features.titleGlue ? titleGlueOf(units[i]!.text) : undefined));
  const seen = new Map<string, number>();
  for (const glue of glues) if (glue) seen.set(glue, (seen.get(glue) ?? 0) + 1);
  const glued = glues.map((glue) => glue !== undefined && seen.get(glue) === 1);
  if (glued.filter(Boolean).length < GLUED_TEASER_LINES) return;
  for (const [i, f] of facts.entries()) if (glued[i]) f.features.teaser = true;
};

/** A rule line of dashes, underscores or equals signs ("* * *" is left out: it breaks a feature's scenes). */
const SEPARATOR_LINE = /^(?:[-–—]{3,}|_{3,}|={3,}|[─━]{3,})$/;
const SEPARATED_NOTE_RULE: Rule = {
  name: 'separated-note',
  pattern: /^/,
  note: 'a short note set off by a rule line under the story (a funding note, a reprint permission, a word to readers abroad): no body (decided by position)',
  example: '___ / Associated Press religion coverage receives support through ...',
};
/** Paragraphs of story above the rule line, and at most this many paragraphs, this long, under it. */
const MIN_PARAGRAPHS_ABOVE_SEPARATOR = 3;
const MAX_SEPARATED_NOTES = 2;
const MAX_SEPARATED_NOTE_WORDS = 80;

/**
 * A rule line under the story, then one or two short paragraphs closed by another rule line,
 * furniture or the end of the dump: the story ended at the rule line (the corpora keep the line
 * in the body and the note out). A rule line between sections of the story has the story under it.
 */
/** A text extractor's printout: "Summary: ..." (a sentence a line) over the "Text:" label the article follows. */
const SUMMARY_FIELD = /^summary\s?:\s\S/i;
const TEXT_FIELD_LABEL = /^(?:text|body|content|article(?: text)?)\s?:$/i;
const MAX_SUMMARY_FIELD_LINES = 8;
const FIELD_SUMMARY_RULE: Rule = {
  name: 'field-summary',
  pattern: /^/,
  note: 'an extractor\'s summary field and the label of the text field under it: the article is the text field (decided by position)',
  example: 'Summary: Der Bonner Stadtrat hat die Planungen ... gestoppt. / ... / Text:',
};

const markFieldSummaries: PageStep = (units, facts) => {
  for (let i = 0; i < units.length; i++) {
    if (!SUMMARY_FIELD.test(units[i]!.text)) continue;
    let label = i + 1;
    while (label < units.length && label <= i + MAX_SUMMARY_FIELD_LINES && !TEXT_FIELD_LABEL.test(units[label]!.text)) label++;
    if (label >= units.length || label > i + MAX_SUMMARY_FIELD_LINES) continue;
    for (let k = i; k <= label; k++) facts[k]!.features.boilerplate = FIELD_SUMMARY_RULE;
    return;
  }
};

const markSeparatedNotes: PageStep = (units, facts) => {
  let paragraphsAbove = 0;
  for (let i = 0; i < units.length; i++) {
    const f = facts[i]!;
    if (!SEPARATOR_LINE.test(units[i]!.text)) {
      if (f.features.endsSentence && f.features.words >= 15 && !f.features.boilerplate) paragraphsAbove++;
      continue;
    }
    // A subheading's underline ("What happens next" / "-----------------") sets off no note.
    if (paragraphsAbove < MIN_PARAGRAPHS_ABOVE_SEPARATOR || (units[i - 1]?.kind === 'heading' && units[i]!.gapBefore === 0)) continue;
    let end = i + 1;
    while (end < units.length && !SEPARATOR_LINE.test(units[end]!.text) && !facts[end]!.features.boilerplate && !isMetadata(facts[end]!)) end++;
    const notes = facts.slice(i + 1, end);
    if (notes.length === 0 || notes.length > MAX_SEPARATED_NOTES || notes.some((n) => n.features.words > MAX_SEPARATED_NOTE_WORDS)) continue;
    for (const n of notes) n.features.boilerplate = SEPARATED_NOTE_RULE;
    return;
  }
};

const FOOTNOTE_RULE: Rule = {
  name: 'footnote',
  pattern: /^/,
  note: 'a newsletter\'s footnotes under the story, each a bare number over its note, numbered from 1 (decided by position)',
  example: '1 / The MP told us the relationship was "common knowledge" ... / 2 / Standing Orders allow ...',
};
const MAX_FOOTNOTE_WORDS = 80;
/** A footnote's number alone on its line. */
const FOOTNOTE_NUMBER = /^\d{1,2}$/;

/**
 * Footnotes closing a post ("1" / note / "2" / note, then furniture or the end), as Substack prints
 * them: the numbers count up from 1 and only furniture follows the last note.
 */
const markFootnotes: PageStep = (units, facts) => {
  for (let first = 0; first + 1 < units.length; first++) {
    if (units[first]!.text !== '1' || !facts[first - 1]?.features.endsSentence) continue;
    let i = first;
    let expected = 1;
    // A list's items under numbers have titles or run to paragraphs; a footnote is a sentence or two.
    while (i + 1 < units.length && FOOTNOTE_NUMBER.test(units[i]!.text) && Number(units[i]!.text) === expected && facts[i + 1]!.features.endsSentence && !facts[i + 1]!.features.boilerplate && facts[i + 1]!.features.words <= MAX_FOOTNOTE_WORDS) {
      i += 2;
      expected++;
    }
    if (expected === 1 || (i < units.length && !facts[i]!.features.boilerplate)) continue;
    for (let k = first; k < i; k++) facts[k]!.features.boilerplate = FOOTNOTE_RULE;
    return;
  }
};

const FORWARD_NOTE_RULE: Rule = {
  name: 'forward-note',
  pattern: /^/,
  note: 'a forwarder\'s note between a mail\'s header and the rule line over the article pasted under it (decided by position)',
  example: 'Sam, this is the article I mentioned at dinner. Pasting the whole thing since you keep hitting the paywall. / D. / -----',
};
/** A mail's header fields, the forwarded one's last, sit near the top of the dump. */
const MAX_MAIL_HEADER_INDEX = 40;
const MAIL_FIELDS: ReadonlySet<string> = new Set(['email-header', 'email-date-header']);
export const MAIL_DATE_FIELD = /^Date: /;
/** A forwarder's note is a few short lines: a greeting, a sentence or two, a name, a signature. */
const MAX_FORWARD_NOTE_UNITS = 8;
const MAX_FORWARD_NOTE_WORDS = 80;

/** A mail client's line over the message it forwards: "---------- Forwarded message ---------", "Begin forwarded message:". */
const FORWARD_MARKER = /^(?:-{2,} ?(?:forwarded|original) message ?-{2,}|begin forwarded message:?)$/i;
const FORWARDED_SUBJECT = /^subject: (?:fwd?|fw):/i;
/** The dump is a forwarded mail: its marker, or a forward's subject, near the top. */
export const isForwardedMail = (units: Unit[]) => units.slice(0, MAX_MAIL_HEADER_INDEX).some((unit) => FORWARD_MARKER.test(unit.text) || FORWARDED_SUBJECT.test(unit.text));
const isMailField = (unit: Unit, f: UnitFacts) => MAIL_FIELDS.has(f.features.boilerplate?.name ?? '') || (Boolean(f.dateOnly) && MAIL_DATE_FIELD.test(unit.text));

/**
 * A forwarder's note: between a mail's header and the rule line over the article pasted under it
 * ("From: ... / Subject: ... / note / D. / -----"), or over the forwarded message's marker, its
 * writer's signature with it ("Dave -- FYI ..." / "Karen Ostrowski | Senior Analyst" / "---------- Forwarded message ---------").
 */
const markForwardNotes: PageStep = (units, facts) => {
  const top = Math.min(units.length, MAX_MAIL_HEADER_INDEX);
  const markNote = (from: number, to: number) => {
    const note = facts.slice(from, to);
    if (note.length === 0 || note.length > MAX_FORWARD_NOTE_UNITS || note.some((f, k) => f.features.words > MAX_FORWARD_NOTE_WORDS || isMailField(units[from + k]!, f))) return;
    for (const f of note) {
      f.features.boilerplate = FORWARD_NOTE_RULE;
      f.byline = undefined;
      f.dateOnly = false;
    }
  };
  const marker = units.slice(0, top).findIndex((unit) => FORWARD_MARKER.test(unit.text));
  if (marker > 0) {
    let from = marker;
    while (from > 0 && !isMailField(units[from - 1]!, facts[from - 1]!)) from--;
    markNote(from, marker);
  }
  let lastField = -1;
  for (let i = 0; i < top; i++) if (isMailField(units[i]!, facts[i]!)) lastField = i;
  if (lastField < 0) return;
  let rule = lastField + 1;
  while (rule < units.length && rule <= lastField + MAX_FORWARD_NOTE_UNITS && !SEPARATOR_LINE.test(units[rule]!.text)) rule++;
  if (rule >= units.length - 2 || !SEPARATOR_LINE.test(units[rule]!.text)) return;
  if (!facts.slice(lastField + 1, rule).some(isMetadata)) markNote(lastField + 1, rule);
};

/** Facts that depend on the whole page rather than on one unit, in this order. */
export function annotatePage(units: Unit[], facts: UnitFacts[], knownBoilerplate?: ReadonlySet<string>, dates: DateOptions = {}): void {
  for (const step of [markWireDatelines, markSplitDatelines, markSplitStamps, markLabelledAuthors, markBylineContinuations, markVideoCaptions, markImageCaptions, markSummaryBlocks, markInlineSummaryBoxes, markDatelinesOverSummaries, markNewsletterBoxes, markAppealBoxes, markSponsorBoxes, markStoryCards, markDatedCards, markLabelledLists, markGluedTeasers, markFieldSummaries, markForwardNotes, markSeparatedNotes, markFootnotes, markWriterTaglines, markLetterSignatures, markContactBlocks, markSplitSourceFields, markReleaseSignOffs, markPortalPartners]) step(units, facts, dates);
  if (!knownBoilerplate?.size) return;
  for (const [i, f] of facts.entries()) {
    // A recurring byline, stamp, attribution or dateline is still metadata ("International Desk |" on every page).
    if (f.features.boilerplate || isMetadata(f) || f.stampDateline || f.wireDateline) continue;
    if (knownBoilerplate.has(keyOf(units[i]!, f))) f.features.boilerplate = LEARNED_BOILERPLATE_RULE;
  }
}

const RELEASE_SIGN_OFF_RULE: Rule = {
  name: 'release-place-sign-off',
  pattern: /^/,
  note: 'the place a government release is issued from, under its last paragraph and over its date (decided by position)',
  example: 'New Delhi',
};
/** A place's name has at most this many words. */
const MAX_SIGN_OFF_PLACE_WORDS = 3;

/** A portal's byline: "Story by Harriet Colby" (MSN, Microsoft Start). */
const STORY_BY = /^Story by \p{Lu}/u;
/** A partner's name is a few words. */
const MAX_PARTNER_WORDS = 5;
const PORTAL_PARTNER_RULE: Rule = {
  name: 'portal-partner',
  pattern: /^/,
  note: 'the outlet a portal runs the story from, named over its "Story by" line, maybe with a "Follow" button between (decided by position)',
  example: 'The Independent',
};

/** "The Independent" / ("Follow") / "Story by Harriet Colby": the partner over a portal's byline is the story's source. */
const markPortalPartners: PageStep = (units, facts) => {
  for (let i = 1; i < units.length; i++) {
    if (!STORY_BY.test(units[i]!.text)) continue;
    const k = i > 1 && facts[i - 1]!.features.boilerplate?.name === 'follow-prompt' ? i - 2 : i - 1;
    const partner = facts[k]!;
    const name = units[k]!.text;
    if (partner.features.words > MAX_PARTNER_WORDS || partner.features.boilerplate || isMetadata(partner) || !/^\p{Lu}/u.test(name) || isPersonNameLine(name)) continue;
    partner.source = { rule: PORTAL_PARTNER_RULE, name };
  }
};

/** "... warm and friendly relations." / "New Delhi" / "March 08, 2024": a ministry's release signs off with its place and date. */
const markReleaseSignOffs: PageStep = (units, facts) => {
  for (let i = 1; i + 1 < units.length; i++) {
    const f = facts[i]!;
    if (f.features.boilerplate || isMetadata(f) || f.features.words > MAX_SIGN_OFF_PLACE_WORDS || !DATELINE_PLACE_LINE.test(units[i]!.text) || isNotPlace(units[i]!.text)) continue;
    // A writer's name over the stamp is a byline; the story going on under the date makes it a header's.
    const place = !isPersonNameLine(units[i]!.text) || MULTI_WORD_PLACES.has(units[i]!.text.toLowerCase());
    if (place && isProse(facts[i - 1]!) && facts[i + 1]!.dateOnly && !(i + 2 < units.length && isProse(facts[i + 2]!))) f.features.boilerplate = RELEASE_SIGN_OFF_RULE;
  }
};

const SOURCE_LABEL_RULE = SOURCE_RULES.find((rule) => rule.name === 'source-label')!;
/** Lines above the label within which the block's date field sits. */
const MAX_FIELDS_ABOVE_SOURCE = 3;
const MAX_SOURCE_VALUE_WORDS = 8;

/**
 * "Date:" / "February 19, 2025" / "Source:" / "University of Port Alcott": in a field block with
 * the story's date, the value under the label is the source, read as the joined line would be
 * (so a chart's "Source:" / "Bank of England" still credits no story).
 */
const markSplitSourceFields: PageStep = (units, facts) => {
  for (let i = 1; i + 1 < units.length; i++) {
    const value = facts[i + 1]!;
    if (!FIELD_LABEL_ALONE.test(units[i]!.text) || value.features.boilerplate || isMetadata(value) || value.features.words > MAX_SOURCE_VALUE_WORDS) continue;
    if (!facts.slice(Math.max(0, i - MAX_FIELDS_ABOVE_SOURCE), i).some((f) => f.dateOnly)) continue;
    if (SOURCE_LABEL_RULE.pattern.test(`${units[i]!.text} ${units[i + 1]!.text}`)) value.source = { rule: SOURCE_LABEL_RULE, name: units[i + 1]!.text };
  }
};

/** The header of a release's contact block: "Media contact:", "For further information, please contact:", "Pressekontakt", "Featured Experts:". */
const CONTACT_HEADER = /contact|kontakt|contacto|experts?\b/i;
/** A stated byline ("By Kelsey Marten") names the writer even under a menu's "Media Contacts". */
const STATED_BY = /^by\b/i;
/** Lines of names, posts, numbers and addresses a contact block runs to; a sentence longer than so many words ends it. */
const MAX_CONTACT_LINES = 12;
const MAX_CONTACT_LINE_WORDS = 10;
const CONTACT_PERSON_RULE: Rule = {
  name: 'contact-person',
  pattern: /^/,
  note: 'a name in a release\'s contact block, with its post, number or address: whom to call, not who wrote it (decided by position)',
  example: 'Otieno Marangu, Communications Officer',
};

/** Under a contact block's header, up to its first line of prose, names (credited or bare) are contacts, not writers (one contact or several). */
const markContactBlocks: PageStep = (units, facts) => {
  for (let i = 0; i + 1 < units.length; i++) {
    if (facts[i]!.features.boilerplate?.name !== 'end-matter-header' || !CONTACT_HEADER.test(units[i]!.text)) continue;
    for (let k = i + 1; k < units.length && k <= i + MAX_CONTACT_LINES && !(facts[k]!.features.endsSentence && facts[k]!.features.words > MAX_CONTACT_LINE_WORDS); k++) {
      if ((!facts[k]!.byline && !isPersonNameLine(units[k]!.text)) || STATED_BY.test(units[k]!.text)) continue;
      facts[k]!.byline = undefined;
      facts[k]!.features.boilerplate = CONTACT_PERSON_RULE;
    }
  }
};

/** A letter's closing words over its writer's signature: "Yours faithfully," / "Margaret Oduya". */
const VALEDICTION = /^(?:yours (?:faithfully|sincerely|truly)|(?:very )?sincerely(?: yours)?|(?:kind|best|warm) regards),?$/i;
const VALEDICTION_RULE: Rule = {
  name: 'letter-valediction',
  pattern: VALEDICTION,
  note: 'a letter\'s closing words over its writer\'s name, on a letters page (decided by the name under it)',
  example: 'Yours faithfully,',
};
export const LETTER_SIGNATURE_RULE: Rule = {
  name: 'letter-signature',
  pattern: /^/,
  note: 'a letter writer\'s name under the closing words: the letter\'s author (decided by position)',
  example: 'Margaret Oduya',
  personName: true,
};
/** A letters page labels itself: "Letter: Bypass plan ...", "By Letters", "Letters to the editor" (a menu's "Letters" does not). */
const LETTERS_PAGE = /^(?:(?:by letters|letters? to the editor|readers['’] letters)$|letter: )/i;
/** The writer's address under a signature with no closing words: "Oxenholme Road, Kendal", "Ambleside". */
const MAX_ADDRESS_WORDS = 6;

/**
 * A letter's writer signs under the closing words, or, on a letters page, right under the last
 * paragraph with their address below ("Margaret Holloway" / "Oxenholme Road, Kendal"): the
 * letter's author, whatever the byline says ("By Reader letter", "By Letters").
 */
function markLetterSignatures(units: Unit[], facts: UnitFacts[]): void {
  const sign = (k: number) => (facts[k]!.byline = { rule: LETTER_SIGNATURE_RULE, text: units[k]!.text });
  for (let i = 1; i + 1 < units.length; i++) {
    if (!VALEDICTION.test(units[i]!.text) || !isPersonNameLine(units[i + 1]!.text) || facts[i + 1]!.features.boilerplate) continue;
    facts[i]!.features.boilerplate = VALEDICTION_RULE;
    sign(i + 1);
  }
  if (facts.some((f) => f.byline?.rule === LETTER_SIGNATURE_RULE) || !units.some((u) => LETTERS_PAGE.test(u.text))) return;
  for (let i = 1; i + 1 < units.length; i++) {
    const address = facts[i + 1]!;
    if (!facts[i - 1]!.features.endsSentence || facts[i - 1]!.features.boilerplate || !isPersonNameLine(units[i]!.text) || facts[i]!.features.boilerplate || address.features.words > MAX_ADDRESS_WORDS || address.features.endsSentence || isProse(address)) continue;
    sign(i);
    return;
  }
}

/** A sentence on the writer: their name, then what they are or do ("Lim Shu Ting is a lecturer in ...", "Chukwuemeka, a correspondent with ..."). */
const TAGLINE_LEAD = /^(?:(\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){0,3})(?: ['’]\d{2})? (?:is|was|writes|teaches|works|owns|runs|lives|serves|has (?:been|written|worked|covered|reported))\b|(\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){0,3}), (?:an?|the) )/u;
/** The trade a tagline gives after "Name, a": "correspondent with PUNCH", "freelance journalist based in ...". */
const TAGLINE_TRADE = /^(?:[\p{L}-]+ ){0,3}(?:correspondent|reporter|writer|journalist|columnist|editor|contributor|photographer|producer|freelancer|analyst|student|professor|lecturer|researcher|fellow|advis[eo]r|director|economist|minister|ambassador|scholar|author|novelist|historian|lawyer|physician|doctor|teacher|consultant|executive|founder|partner)s?\b/u;
/** A tagline's name has up to four words (TAGLINE_LEAD): the credits are kept as runs of that many words at most. */
const MAX_CREDITED_NAME_WORDS = 4;
const MAX_TAGLINE_WORDS = 60;
const WRITER_TAGLINE_RULE: Rule = {
  name: 'writer-tagline',
  pattern: /^/,
  note: 'a sentence on the writer under the story, opening with the name the byline or a name line above gives, with no more of the story below (decided by position)',
  example: 'Owen Pryce-Davies is a junior doctor in south Wales and writes a fortnightly column for Ledgerline.',
  endsArticle: true,
};

/**
 * The writer's tagline that closes a column ("Owen Pryce-Davies is a junior doctor ... and writes a
 * fortnightly column for Ledgerline."): the role tables know many such sentences, but not every
 * trade; the name credited above the story says whose it is. A sentence on someone else stays prose.
 */
function markWriterTaglines(units: Unit[], facts: UnitFacts[]): void {
  // The names credited so far, as runs of whole words: each line is read once, so a long dump stays linear.
  // Kept in lower case: a byline in capitals ("BY THEODORA KIM AND ...") credits "Theodora Kim is ...".
  const credited = new Set<string>();
  // A surname alone opens a tagline only when a byline or a name line gave it ("Adhikari is a former ..."):
  // a one-word line above ("Zambia", a tag) credits nobody.
  const surnames = new Set<string>();
  const credit = (text: string) => {
    const words = text.toLowerCase().split(/[^\p{L}'’.-]+/u).filter(Boolean);
    if (words.length >= 2) surnames.add(words.at(-1)!);
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= Math.min(words.length, from + MAX_CREDITED_NAME_WORDS); to++) credited.add(words.slice(from, to).join(' '));
    }
  };
  let proseAbove = false;
  for (let i = 1; i < units.length; i++) {
    proseAbove ||= isProse(facts[i - 1]!);
    // Credited by a byline, by the name alone on a line, or by a line of names the byline step reads
    // later ("Tom Harcourt and Priya Sethi").
    const above = units[i - 1]!.text;
    credited.add(above.toLowerCase());
    if (facts[i - 1]!.byline) credit(facts[i - 1]!.byline!.text);
    else if (isPersonNameLine(above)) credit(above);
    const lead = TAGLINE_LEAD.exec(units[i]!.text);
    const f = facts[i]!;
    // Under the story, or right under its byline ("By Marisol Ventura" / "Ms. Ventura is a hydrologist ..."), as op-ed pages set it.
    const underByline = Boolean(facts[i - 1]!.byline);
    if (!lead || f.features.boilerplate || f.features.words > MAX_TAGLINE_WORDS || (!underByline && facts.slice(i + 1, i + 1 + PROSE_REACH_BELOW_SIGN_OFF).some(isProse))) continue;
    // A title before the name ("Dr Priya Sethi is a GP ..."): the byline gives the name without it.
    // A surname alone before "is", only under the story (prose above it): "Adhikari is a former ...".
    // A name alone before a comma goes on with the writer's trade ("Tunde, a correspondent with ..."); a
    // place does not ("Cyprus, a euro zone member since 2008, ...", "Cyprus Mail" credited above).
    const surnameAlone = lead[1] !== undefined && !lead[1].includes(' ');
    if (lead[2] !== undefined && !lead[2].includes(' ') && !TAGLINE_TRADE.test(units[i]!.text.slice(lead[0].length))) continue;
    const name = (lead[1] ?? lead[2])!.replace(HONORIFIC, '').toLowerCase();
    if (surnameAlone ? surnames.has(name) && proseAbove : credited.has(name)) f.features.boilerplate = WRITER_TAGLINE_RULE;
  }
}

/** Furniture learnt from the other dumps of a batch (--learn-boilerplate). */
export const LEARNED_BOILERPLATE_RULE: Rule = {
  name: 'learned-boilerplate',
  pattern: /^/,
  note: 'a short line that recurs across many dumps of the batch (decided by counting, not by pattern)',
  example: 'Follow us on Facebook',
};

/** Credit rules whose line holds nothing but a credit: the short line above it is its caption. */
const CREDITS_ALONE: ReadonlySet<string> = new Set(['caption-credit-alone', 'caption-credit-after-dash']);
const PHOTOGRAPHER_CREDIT = /^(?:[-–—] ?|\()?(?:(?:bild|foto|photo|photograph|image|credit|crédit|picture|pic)s?(?: credit)?\s?:|[a-z][\w'’.-]*(?: [a-z][\w'’.-]*){1,3} via (?:getty images|shutterstock|alamy|reuters|ap|afp|epa|imagn|usa today network)$|(?:\w[\w'’.-]* ){0,3}(?:photo|photograph|image|picture)s? (?:by|courtesy of):? ?[A-Z]|\([^()]{2,60}\/[^()]{2,60}\)$|(?:aap|ap|afp|epa|pa) (?:image|photo)s?\/|\((?:representational|representative|symbolic|file) (?:image|photo|picture|pic)\)$)/i;

/** A short line directly above a photographer's credit ("Bild: Lukas Meier", "Karen Liu/Staff photographer") is that photo's caption. */
const NAME_AND_ADDRESS = /^\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){1,3} [\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}$/u;
const EMAIL_CREDIT_RULE: Rule = {
  name: 'caption-credit-email',
  pattern: /^/,
  note: 'a photographer\'s name and e-mail address under a caption by the article header (decided by position)',
  example: 'Marcus Bell mbell@sandhillobserver.com',
};

const IMAGE_SOURCE_RULE: Rule = {
  name: 'caption-image-source',
  pattern: /^/,
  note: 'a "Source:" line under a picture\'s caption with the article going on below, or naming a photographer after a slash: the picture\'s credit, not the story\'s source (decided by position)',
  example: 'Fake VPN update page used in the DuskLoader campaign / Source: Ferrowall',
};
/** "Source: Aerowatch / Hal Whitmore": an agency or library, then the photographer. */
const PHOTOGRAPHER_AFTER_SLASH = / \/ \p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;
/** A caption is a title-length line without a sentence's end. */
const MAX_CAPTION_WORDS = 25;
const MIN_PROSE_AFTER_CREDIT_WORDS = 15;
/** A line that ends a sentence of some length, as the story's paragraphs do. */
const endsInProse = (f: UnitFacts) => f.features.words >= MIN_PROSE_AFTER_CREDIT_WORDS && f.features.endsSentence;
/** A paragraph of the story: such a sentence that no rule calls furniture. */
const isProse = (f: UnitFacts) => endsInProse(f) && !f.features.boilerplate;
/** A sentence of the story, maybe a short one. */
const MIN_STORY_LINE_WORDS = 8;
const isStoryLine = (f: UnitFacts) => isProse(f) || (f.features.endsSentence && !f.features.boilerplate && !isMetadata(f) && f.features.words >= MIN_STORY_LINE_WORDS);

const TABLE_SOURCE_RULE: Rule = {
  name: 'caption-table-source',
  pattern: /^/,
  note: 'a "Source:" line under a table\'s rows: where the figures come from, like a picture\'s credit, not the story\'s source (decided by position)',
  example: 'Source: BSE, NSE',
};
/** A table's row: cells set apart by pipes, on a line that is neither furniture nor metadata. */
const TABLE_CELLS = /\S \| \S[^|]* \| \S/;
const isTableRow = (text: string, f: UnitFacts) => TABLE_CELLS.test(text) && !f.features.boilerplate && !isMetadata(f);

/** A photographer "for" the outlet, as a credit under a caption (a bare name is checked as a person's name). */
const NAME_FOR_OUTLET = /^\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){1,2} for (?:[Tt]he )?\p{Lu}[\p{L}'’.&-]{1,25}(?: \p{Lu}[\p{L}'’.&-]{1,25}){0,3}$/u;
/** A caption is a sentence, ended by its stop. */
const SENTENCE_STOP = /[.!?]["”’)]?$/;
/** A button's label: a word or two with no stop ("Transcript", "Play video"). */
const isButtonLabel = (text: string, f: UnitFacts) => f.features.words <= 2 && !SENTENCE_STOP.test(text);
/** A caption over a bare name is one sentence of this many words, */
const MIN_BARE_CAPTION_WORDS = 6;
const MAX_BARE_CAPTION_WORDS = 40;
/** A title over a bare name has at least this many words. */
const MIN_WORDS_OVER_BARE_NAME = 5;
/** A lede reports ("..., the city administration announced on Thursday."); a caption shows ("Nurses ... have been told to ..." reports nothing). */
const REPORTING_CLAUSE = /\b(?:said|says|announced|reported|confirmed)\b|(?<!\bbeen )\btold\b/;
/** A credit that names where a picture came from: a photographer's "Name/Outlet", or a picture agency. */
const PHOTO_SOURCE = /\/|\b(?:Getty Images|Shutterstock|Alamy|iStock|AP Photo|AFP|Reuters|EPA|Images)\b/;
/** Lines from a writer's name down to the stamp: the place it files from, maybe a role. */
const MAX_LINES_WRITER_OVER_STAMP = 2;
const COURTESY_LABEL = /^\(?courtesy\b/i;
/** A caption may report what someone says when a photographer's "Name/Outlet" credit sits under it. */
const isBareCaption = (text: string, f: UnitFacts, creditedByName = false) =>
  !f.features.boilerplate && !isMetadata(f) && !f.features.titleCase && SENTENCE_STOP.test(text) && f.features.words >= MIN_BARE_CAPTION_WORDS && f.features.words <= MAX_BARE_CAPTION_WORDS && (creditedByName || !REPORTING_CLAUSE.test(text));
/** with no prose above it but a standfirst. */
const MAX_PROSE_ABOVE_BARE_CAPTION = 1;
/** A tabloid's caption over its gallery's count ("+7") runs longer. */
const MAX_CAPTION_WORDS_OVER_COUNT = 60;
const CREDIT_UNDER_LABEL_RULE: Rule = {
  name: 'caption-credit-under-label',
  pattern: /^/,
  note: 'the photographer or agency on the line under a caption\'s "Credit..." or "Credit:", as news sites\' pages copy (decided by position)',
  example: 'Caitlin Marsh for The New York Ledger',
};
const CAPTION_UNDER_LABEL_RULE: Rule = {
  name: 'caption-under-label',
  pattern: /^/,
  note: 'the caption on the line under its "Image caption," label, as BBC pages copy (decided by position)',
  example: 'Crew members said Biscuit was "cold, hungry and very pleased to see us"',
};
/** A caption's label alone on its line: "Image caption,", "Media caption,", "Caption:". */
const CAPTION_LABEL_LINE = /^(?:(?:image|media|video|photo) caption|caption)\s?[,:]?$/i;
/** A caption's credit label closing its line, the credit itself on the next: "... on Dec. 18, 2025. Credit:", "Credit...". */
const CREDIT_LABEL_AT_END = /(?:^|[\s.!?)\p{Ll}])Credit ?(?:\.{3}|…|:)$/u;
/** The credit under such a label is a name or two, an outlet or an agency ("Lucia Benavides for The Lone Star Record", "Reuters"). */
const MAX_CREDIT_WORDS = 10;

const BARE_CREDIT_RULE: Rule = {
  name: 'caption-bare-credit',
  pattern: /^/,
  note: 'a photographer\'s bare name, or "Name for Outlet", under a one-sentence caption that opens the page below its header (decided by position)',
  example: 'Dana Whitcomb',
};

/**
 * A sentence's stop, then a credit in brackets ending the line: ". (Columbus Zoo and Aquarium)", in
 * capitals in square brackets, as Korean papers credit photos (". [NEWS1]", ". [JOONGANG PHOTO]"), or a
 * photographer's name of two words or more in capitals, as Spanish and French papers do (". JOSÉ MANUEL
 * PEDROSA", ". JEAN-BAPTISTE ROUX POUR « LE NOUVEAU REGARD »"). Group 1 is a credit in round brackets
 * (an agency there is a sign-off), or a photographer's name after a dash ("... collapsed. - Colin MacRury").
 */
const CREDIT_AT_CAPTION_END = /[.!?]["”’]? (?:\((\p{Lu}[\p{L}'’.&-]{0,25}(?: (?:\p{Lu}[\p{L}'’.&-]{0,25}|and|of|the|for|de|&)){0,6})\)|\[\p{Lu}[\p{Lu}\d&/-]{1,20}(?: [\p{Lu}\d&/-]{1,20}){0,3}\]|\p{Lu}[\p{Lu}'’-]{1,20}(?: \p{Lu}[\p{Lu}'’-]{1,20}){1,3}(?: (?:POUR|FOR|PARA|PER|FÜR) [^\n]{2,40})?|[-–—] \p{Lu}\p{Ll}[\p{L}'’-]{0,20}(?: \p{Lu}[\p{L}'’.-]{1,20}){1,2})$/u;
/** Lines from a standfirst down to the byline or stamp under it. */
const MAX_LINES_STANDFIRST_OVER_BYLINE = 2;
const BRACKETED_CREDIT_RULE: Rule = {
  name: 'caption-bracketed-credit',
  pattern: /^/,
  note: 'a one-sentence caption ending in its credit in brackets, above the story\'s first paragraph (a sign-off in brackets ends the story instead; decided by position)',
  example: 'The baby Malayan tapir was born March 30 and weighed about 22 pounds. (Columbus Zoo and Aquarium)',
};

/** Lines between a photo's "click to enlarge" and its caption: its photographer's name. */
const MAX_CREDIT_LINES_UNDER_CONTROL = 1;
/** A caption under a photo's control is a short sentence; a lone word is a button. */
const MIN_CAPTION_UNDER_CONTROL_WORDS = 3;
/**
 * Under a photo's control ("click to enlarge"), the photographer's bare name maybe, then a caption
 * sentence too short for the story's paragraph that follows ("Rebecca Thorne" / "Protesters packed
 * council chambers Monday night."). Marks them; false when the lines are not of that shape.
 */
function markCaptionUnderControl(units: Unit[], facts: UnitFacts[], control: number): boolean {
  for (let c = control + 1; c <= control + 1 + MAX_CREDIT_LINES_UNDER_CONTROL && c + 1 < units.length; c++) {
    const caption = facts[c]!;
    if (caption.features.boilerplate || isMetadata(caption) || isProse(caption)) return false;
    if (!SENTENCE_STOP.test(units[c]!.text) || caption.features.words < MIN_CAPTION_UNDER_CONTROL_WORDS || !endsInProse(facts[c + 1]!)) {
      if (!isPersonNameLine(units[c]!.text)) return false;
      continue;
    }
    for (let k = control + 1; k < c; k++) facts[k]!.features.boilerplate = BARE_CREDIT_RULE;
    caption.captionAboveCredit = true;
    return true;
  }
  return false;
}

/** An outlet credited under a caption by the name its header prints: a few words. */
const MAX_OUTLET_CREDIT_WORDS = 5;
const OUTLET_CREDIT_RULE: Rule = {
  name: 'caption-outlet-credit',
  pattern: /^/,
  note: 'the outlet\'s own name, as the page\'s header prints it, alone under a one-sentence caption above the story (decided by position)',
  example: 'WRLH 4 Raleigh',
};

/** A photographer's credit set in capitals ("LOGAN PRESTWICK/STUFF"), read as one only under a caption. */
const NAME_SLASH_OUTLET_IN_CAPITALS = /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,2}\/\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}$/u;
const CAPITALS_CREDIT_RULE: Rule = {
  name: 'caption-credit-in-capitals',
  pattern: /^/,
  note: 'a photographer\'s credit in capitals under a one-sentence caption (a headline in capitals can look the same; decided by position)',
  example: 'LOGAN PRESTWICK/STUFF',
};

/** The story's last paragraph, above its sign-off, is a sentence of at least this many words. */
const MIN_LAST_PARAGRAPH_WORDS = 6;
/** Lines below a sign-off looked at for more of the story. */
const PROSE_REACH_BELOW_SIGN_OFF = 3;
const AGENCY_SIGN_OFF_RULE: Rule = {
  name: 'name-slash-agency-sign-off',
  pattern: /^/,
  note: 'a reporter and the agency signing off under the last paragraph (under a caption the same line is a photographer\'s credit; decided by position)',
  example: 'Sara Lindqvist/TT',
  personName: true,
};

/** The line above `i` is a caption, and so is its copy under `i` where the page prints it twice. */
function markCaptionAndCopy(units: Unit[], facts: UnitFacts[], i: number): void {
  facts[i - 1]!.captionAboveCredit = true;
  if (i + 1 < units.length && units[i + 1]!.text === units[i - 1]!.text) facts[i + 1]!.captionAboveCredit = true;
}

/** A credit's label: "Photo: ", "Image: ", "Pictures: ". */
const PICTURE_LABEL = /^(?:photo|image|picture|pic)s? ?:/i;
/** A picture's credit, labelled, alone on its line: "(Image: Lancashire Post/MEN Media)", "(Photo: Getty)", "Image Credit: Gulf News Archive". */
const LABELLED_PICTURE_CREDIT = /^\((?:Image|Photo|Picture|Pic)s?: [^()]{2,60}\)$|^(?:Image|Photo|Picture) [Cc]redits?: \S/;

export function captionsAboveCredits(units: Unit[], facts: UnitFacts[]): void {
  for (let i = 1; i < units.length; i++) {
    const caption = facts[i - 1]!;
    if (!NAME_SLASH_OUTLET_IN_CAPITALS.test(units[i]!.text) || facts[i]!.features.boilerplate || isMetadata(facts[i]!)) continue;
    if (caption.features.boilerplate || isMetadata(caption) || !SENTENCE_STOP.test(units[i - 1]!.text) || caption.features.words > MAX_BARE_CAPTION_WORDS) continue;
    facts[i]!.features.boilerplate = CAPITALS_CREDIT_RULE;
    markCaptionAndCopy(units, facts, i);
  }
  for (let i = 1; i < units.length; i++) {
    // "Source: BSE, NSE" under a table's rows credits the figures, not the story; the row of
    // column names over the figures ("Index | Close | Change") is the table's, not a row of links.
    const f = facts[i]!;
    if (f.source?.rule.name === 'source-label' && isTableRow(units[i - 1]!.text, facts[i - 1]!)) {
      f.source = undefined;
      f.features.boilerplate = TABLE_SOURCE_RULE;
    }
    const above = facts[i - 1]!;
    if (above.features.boilerplate?.name === 'link-row' && isTableRow(units[i]!.text, f)) {
      above.features.boilerplate = undefined;
      above.byline = undefined;
    }
  }
  for (let i = 1; i + 1 < units.length; i++) {
    const f = facts[i]!;
    // A stamp or an editor after a pipe makes it the story's attribution line ("Source: Xinhua| 2024-05-11 18:06").
    if (f.source?.rule.name !== 'source-label' || f.dates.length || /[|•·]/.test(units[i]!.text)) continue;
    const above = facts[i - 1]!;
    const below = facts[i + 1]!;
    // "Courtesy:" credits a picture more often than a text: under a one-sentence caption it is the picture's ("A store in Dayton, Ohio." / "Courtesy: Harvest Lane Markets").
    const captionAbove =
      (!above.features.boilerplate && !isMetadata(above) && above.features.words >= 3 && above.features.words <= MAX_CAPTION_WORDS && !above.features.endsSentence) ||
      (COURTESY_LABEL.test(units[i]!.text) && isBareCaption(units[i - 1]!.text, above));
    const proseBelow = endsInProse(below);
    // "Tayla and Mitch ... 2017. Picture: Supplied" / "Source: Supplied": a caption's second credit.
    const creditedCaptionAbove = isCaptionRule(above.features.boilerplate?.name ?? '');
    if (!PHOTOGRAPHER_AFTER_SLASH.test(units[i]!.text) && !((captionAbove || creditedCaptionAbove) && proseBelow)) continue;
    if (captionAbove) above.captionAboveCredit = true;
    f.source = undefined;
    f.features.boilerplate = IMAGE_SOURCE_RULE;
  }
  for (let i = 0; i + 1 < units.length; i++) {
    // A photo's alt text over its caption, which opens with the same words ("Osun State House of
    // Assembly complex" / "Osun State House of Assembly complex, Osogbo. File photo"), or the caption
    // printed twice, the second time with its credit after a pipe ("... | AFP / Juan Mabromata").
    const caption = units[i + 1]!.text;
    const captionRule = facts[i + 1]!.features.boilerplate?.name ?? '';
    if ((isCaptionRule(captionRule) || captionRule === 'credit-pipe-or-glued') && caption.length > units[i]!.text.length && caption.startsWith(units[i]!.text) && facts[i]!.features.words >= 2 && !facts[i]!.features.boilerplate && !isMetadata(facts[i]!)) facts[i]!.captionAboveCredit = true;
    // A one-sentence caption printed twice, the second time with the photographer's name run on
    // ("... neighborhood of Madrid." / "... neighborhood of Madrid. Claudio Álvarez"): both are the caption.
    const firstPrint = units[i]!.text;
    if (isBareCaption(firstPrint, facts[i]!) && caption.startsWith(`${firstPrint} `) && !facts[i + 1]!.features.boilerplate && isPersonNameLine(caption.slice(firstPrint.length + 1))) {
      facts[i]!.captionAboveCredit = true;
      facts[i + 1]!.captionAboveCredit = true;
    }
  }
  for (let i = 1; i + 1 < units.length; i++) {
    // A one-sentence caption over a line that is its credit alone, under the header's furniture (a
    // share bar, a sign-up button; a lede sits under the stamp or a paragraph), the story going on below
    // ("Corvanta headquarters in San Jose, California." / "Justin Sullivan | Getty Images").
    // So is a photographer's "Name for Outlet" ("Julien Pardo for Rolling Stone"), which reads as a byline elsewhere.
    const credit = facts[i]!.features;
    const photographerFor = !credit.boilerplate && NAME_FOR_OUTLET.test(units[i]!.text);
    // A credit labelled as a picture's ("(Image: Lancashire Post)") makes the line over it a caption
    // with no full stop needed, even right under the stamp, where a lede would otherwise sit.
    const labelled = LABELLED_PICTURE_CREDIT.test(units[i]!.text);
    if ((!isCaptionRule(credit.boilerplate?.name ?? '') && !photographerFor) || credit.words > MAX_CREDIT_WORDS || (credit.endsSentence && !labelled) || /[.!?] /.test(units[i]!.text)) continue;
    const above = facts[i - 2];
    const caption = facts[i - 1]!;
    const captionShaped = labelled
      ? !caption.features.boilerplate && !isMetadata(caption) && caption.features.words >= MIN_BARE_CAPTION_WORDS && caption.features.words <= MAX_BARE_CAPTION_WORDS
      : isBareCaption(units[i - 1]!.text, caption, NAME_SLASH_OUTLET.test(units[i]!.text));
    if (!above || (isMetadata(above) && !labelled) || isProse(above) || !captionShaped || !isProse(facts[i + 1]!)) continue;
    if (photographerFor) {
      facts[i]!.features.boilerplate = BARE_CREDIT_RULE;
      facts[i]!.byline = undefined;
    }
    markCaptionAndCopy(units, facts, i);
  }
  for (let i = 3; i + 1 < units.length; i++) {
    // Under a title and its standfirst, a caption and its photographer's bare name over the writers'
    // byline ("Title" / "Standfirst" / "Tourists walk past ... of Valencia." / "Mónica Torres" /
    // "Carmen Ruiz Llamas" / stamp): the name is the picture's credit, the line over it its caption.
    const [title, standfirst, caption, name] = [facts[i - 3]!, facts[i - 2]!, facts[i - 1]!, facts[i]!];
    // The writers are people ("Lima EFE" under the name is the writer's place and agency: the name is hers).
    const writersBelow = isPersonNameLine(units[i + 1]!.text) && !units[i + 1]!.text.split(' ').some((word) => agencyName(word));
    if (name.features.boilerplate || isMetadata(name) || !writersBelow || !isPersonNameLine(units[i]!.text) || authorsFrom(units[i]!.text).length !== 1) continue;
    const plainText = (f: UnitFacts) => !f.features.boilerplate && !isMetadata(f) && !f.features.titleCase;
    if (!plainText(caption) || caption.features.words < MIN_BARE_CAPTION_WORDS || caption.features.words > MAX_BARE_CAPTION_WORDS) continue;
    if (!plainText(standfirst) || standfirst.features.words < MIN_BARE_CAPTION_WORDS || title.features.boilerplate || isMetadata(title) || title.features.words < 4 || SENTENCE_STOP.test(units[i - 3]!.text)) continue;
    name.byline = undefined;
    name.features.boilerplate = BARE_CREDIT_RULE;
    caption.captionAboveCredit = true;
  }
  for (let i = 1; i + 2 < units.length; i++) {
    // Some pages set the credit over its caption, right under the article's stamp ("Mar 1, 2025 at 7:48 pm ET" /
    // "Getty Images" / "Darnell Oduya ran a 4.29 40-yard dash on Saturday." / the story).
    // A caption with its own credit ("File photo. Photo: TBS") is whole; a standfirst printed again under the credit is no caption.
    const credit = facts[i]!.features;
    // A label that is the caption itself ("File photo", "Representative image") is not such a credit;
    // nor is a labelled one ("Photo: Star/File"), which sits under its picture with the lede below.
    if (!isCaptionRule(credit.boilerplate?.name ?? '') || !PHOTO_SOURCE.test(units[i]!.text) || PICTURE_LABEL.test(units[i]!.text) || credit.words > MAX_CREDIT_WORDS || credit.endsSentence || /[.!?] /.test(units[i]!.text) || !facts[i - 1]!.dateOnly) continue;
    const caption = units[i + 1]!.text;
    if (isBareCaption(caption, facts[i + 1]!) && !facts[i + 1]!.wireDateline && isProse(facts[i + 2]!) && !units.slice(0, i).some((u) => u.text === caption)) facts[i + 1]!.captionAboveCredit = true;
  }
  for (let i = 1; i + 1 < units.length; i++) {
    // Under the article header, a one-sentence caption and its photographer's name and address
    // ("Owner Linda Parrish stands behind the counter ... on Friday." / "Marcus Bell mbell@observer.com").
    const caption = facts[i]!.features;
    if (!isMetadata(facts[i - 1]!) || caption.boilerplate || caption.words > 40 || !caption.endsSentence || facts[i + 1]!.features.boilerplate || !NAME_AND_ADDRESS.test(units[i + 1]!.text)) continue;
    facts[i]!.captionAboveCredit = true;
    facts[i + 1]!.features.boilerplate = EMAIL_CREDIT_RULE;
  }
  for (let i = 1; i < units.length; i++) {
    const f = facts[i]!;
    if (f.features.boilerplate || isMetadata(f)) continue;
    // "Image caption," / "Crew members said Biscuit was ...": the caption under its label (BBC pages).
    if (CAPTION_LABEL_LINE.test(units[i - 1]!.text) && f.features.words <= MAX_BARE_CAPTION_WORDS) f.features.boilerplate = CAPTION_UNDER_LABEL_RULE;
    if (!CREDIT_LABEL_AT_END.test(units[i - 1]!.text) || f.features.words > MAX_CREDIT_WORDS || f.features.endsSentence) continue;
    f.features.boilerplate = CREDIT_UNDER_LABEL_RULE;
    // A label alone on its line ("Credit...") follows its caption: that line is no title.
    const caption = i >= 2 && /^Credit/.test(units[i - 1]!.text) ? facts[i - 2]! : undefined;
    if (caption && !caption.features.boilerplate && !isMetadata(caption) && caption.features.words <= MAX_CAPTION_WORDS) caption.captionAboveCredit = true;
  }
  // Right under the header's furniture (before any prose but a standfirst), a one-sentence caption
  // and its photographer's bare name ("A man cools off in a fountain in Phoenix on July 5, 2019." /
  // "Dana Whitcomb").
  let proseAbove = 0;
  for (let i = 2; i < units.length && proseAbove <= MAX_PROSE_ABOVE_BARE_CAPTION; i++) {
    const two = facts[i - 2]!;
    if (isProse(two) && !two.captionAboveCredit) proseAbove++;
    const caption = facts[i - 1]!;
    const above = facts[i - 2]!;
    const text = units[i]!.text;
    if (!(isPersonNameLine(text) || NAME_FOR_OUTLET.test(text)) || facts[i]!.features.boilerplate || isMetadata(facts[i]!)) continue;
    // Two names or more are the writers under their title ("Kiara Lindqvist, Devon Marsh"), not a photographer.
    if (authorsFrom(text).length > 1) continue;
    // A name over its role ("Senior Contributor") is the byline; a credit has the story going on
    // below it ("Defensive Line" over a table is a heading).
    if (i + 1 < units.length && ROLE_LINE.test(units[i + 1]!.text)) continue;
    if (![i + 1, i + 2].some((k) => k < units.length && endsInProse(facts[k]!))) continue;
    if (!isBareCaption(units[i - 1]!.text, caption)) continue;
    // Over the caption, furniture, metadata, or a player's button ("Transcript") under the byline
    // or stamp (a title under the site's address is no caption).
    if (!above.features.boilerplate && !isMetadata(above) && !(isButtonLabel(units[i - 2]!.text, above) && facts.slice(0, i - 2).some(isMetadata))) continue;
    caption.captionAboveCredit = true;
    facts[i]!.features.boilerplate = BARE_CREDIT_RULE;
  }
  // A one-sentence caption and its photographer's name over the writer's name and the stamp, as Spanish and
  // Portuguese papers set their header ("La calle Mayor, en una imagen de archivo." / "JAVIER BARBANCHO" /
  // "ÁLVARO MENDIETA" / "Alcorcón" / "Actualizado ...").
  for (let i = 2; i + 2 < units.length; i++) {
    const text = units[i]!.text;
    if (facts[i]!.features.boilerplate || isMetadata(facts[i]!) || !isPersonNameLine(text) || authorsFrom(text).length !== 1) continue;
    const writer = units[i + 1]!.text;
    if (!(facts[i + 1]!.byline || isPersonNameLine(writer)) || !facts.slice(i + 2, i + 2 + MAX_LINES_WRITER_OVER_STAMP).some((f) => f.dateOnly)) continue;
    // Under the standfirst's sentence, not right under the title (there the sentence is the standfirst, over the writer).
    if (!SENTENCE_STOP.test(units[i - 2]!.text) || !isBareCaption(units[i - 1]!.text, facts[i - 1]!)) continue;
    facts[i - 1]!.captionAboveCredit = true;
    facts[i]!.features.boilerplate = BARE_CREDIT_RULE;
  }
  // Above the story's first paragraph, a one-sentence caption that ends in its credit in brackets,
  // as TV stations' apps set it ("The baby tapir was born March 30. (Columbus Zoo and Aquarium)").
  for (let i = 1; i + 1 < units.length; i++) {
    const f = facts[i]!;
    const credit = CREDIT_AT_CAPTION_END.exec(units[i]!.text);
    if (credit && !f.features.boilerplate && !isMetadata(f) && f.features.words <= MAX_BARE_CAPTION_WORDS && !(credit[1] && agencyName(credit[1])) && endsInProse(facts[i + 1]!)) {
      f.features.boilerplate = BRACKETED_CREDIT_RULE;
      break;
    }
    // Or one over a credit line of its own ("Harold Pruitt conducts the band in 1994." / "Gazette file photo").
    const creditAlone = facts[i + 1]!.features.boilerplate?.name === 'caption-credit' && facts[i + 1]!.features.words <= MAX_OUTLET_CREDIT_WORDS && !SENTENCE_STOP.test(units[i + 1]!.text);
    if (i + 2 < units.length && creditAlone && isBareCaption(units[i]!.text, f) && !f.features.boilerplate && !isMetadata(f) && endsInProse(facts[i + 2]!)) {
      f.captionAboveCredit = true;
      break;
    }
    // A standfirst over the byline or stamp is the header's, not the story's first paragraph.
    if (isProse(f) && !facts.slice(i + 1, i + 1 + MAX_LINES_STANDFIRST_OVER_BYLINE).some(isMetadata)) break;
    if (f.features.boilerplate?.name === 'gallery-control' && markCaptionUnderControl(units, facts, i)) break;
    // Or one over its credit, the outlet's own name as a line of the header prints it among other
    // words ("Snow falls on Hillsborough Street on Tuesday morning." / "WRLH 4 Raleigh" under
    // "January 21, 2025 / 1:22 PM EST / WRLH 4 Raleigh"); a menu's item alone on its line may be a subheading.
    // Right under the stamp, the caption may want its stop ("Villagers try to repair the embankment
    // on Thursday morning" / "Ajker Bela" under the "Ajker Bela English" masthead), and the site's
    // promos may sit between the credit and the story.
    const below = facts[i + 1]!;
    const name = units[i + 1]!.text;
    const caption = isBareCaption(units[i]!.text, f) || (isMetadata(facts[i - 1]!) && isBareCaption(`${units[i]!.text}.`, f));
    const storyBelow = [i + 2, i + 3].find((k) => k < units.length && !facts[k]!.features.boilerplate);
    if (storyBelow !== undefined && caption && !below.features.boilerplate && !isMetadata(below) && below.features.words <= MAX_OUTLET_CREDIT_WORDS && !SENTENCE_STOP.test(name) && endsInProse(facts[storyBelow]!) && units.slice(0, i).some((u) => u.text !== name && u.text.includes(name))) {
      f.captionAboveCredit = true;
      below.features.boilerplate = OUTLET_CREDIT_RULE;
      break;
    }
  }
  for (let i = 1; i < units.length; i++) {
    // A tabloid's caption, its gallery's count and the caption again ("Loved-up: ..." / "+7" / "Loved-up: ...").
    if (facts[i]!.features.boilerplate?.name !== 'caption-gallery-count' || facts[i - 1]!.features.boilerplate || facts[i - 1]!.features.words > MAX_CAPTION_WORDS_OVER_COUNT) continue;
    markCaptionAndCopy(units, facts, i);
  }
  for (let i = 1; i < units.length; i++) {
    // The reporter and the agency signing off under the last paragraph, as Nordic agencies do
    // ("Sara Lindqvist/TT"): no prose follows, where a photographer's credit has the story going on.
    const credit = facts[i]!;
    const text = units[i]!.text;
    if (credit.features.boilerplate?.name !== 'credit-line' || !agencyName(text.slice(text.indexOf('/') + 1))) continue;
    const above = facts[i - 1]!.features;
    if (!above.endsSentence || above.boilerplate || above.words < MIN_LAST_PARAGRAPH_WORDS || facts.slice(i + 1, i + 1 + PROSE_REACH_BELOW_SIGN_OFF).some(isProse)) continue;
    credit.features.boilerplate = undefined;
    credit.byline = { rule: AGENCY_SIGN_OFF_RULE, text };
  }
  for (let i = 1; i < units.length; i++) {
    // The story's last paragraph signed with its agency ("... symptoms of heatstroke. AFP"): prose
    // above it and none below, where a caption has the story going on under it.
    const f = facts[i]!;
    if (f.features.boilerplate?.name !== 'caption-agency-suffix' || !isProse(facts[i - 1]!) || facts.slice(i + 1, i + 1 + PROSE_REACH_BELOW_SIGN_OFF).some(isProse)) continue;
    f.features.boilerplate = undefined;
  }
  for (let i = 0; i + 1 < units.length; i++) {
    const credit = facts[i + 1]!.features.boilerplate;
    if (!credit || !isCaptionRule(credit.name) || facts[i + 1]!.features.words > 8) continue;
    if (!CREDITS_ALONE.has(credit.name) && !PHOTOGRAPHER_CREDIT.test(units[i + 1]!.text) && !NAME_SLASH_OUTLET.test(units[i + 1]!.text)) continue;
    if (facts[i]!.features.words > 30 || facts[i]!.features.boilerplate) continue;
    // A bare name under a title-like line is the byline over the photo's credit (Axios: "Title" / "Dylan Marchand" / "Photo: ...").
    if (i > 0 && isPersonNameLine(units[i]!.text) && !facts[i - 1]!.features.boilerplate && !isMetadata(facts[i - 1]!) && !facts[i - 1]!.features.endsSentence && facts[i - 1]!.features.words >= MIN_WORDS_OVER_BARE_NAME) continue;
    // A sentence that reports, with the story going on right under the credit, is the lede over a
    // picture set after it ("..., the city administration announced on Thursday." / "Photo: Kun.uz").
    if (REPORTING_CLAUSE.test(units[i]!.text) && i + 2 < units.length && isProse(facts[i + 2]!)) continue;
    // A credit under the story's last paragraph (prose above it, none after it) is the top photo's ("... demanded fencing." / "Photo: UNB" / tags).
    // The paragraph above may be a short one of the story ("Flour exports ... amounted to 59,400 tonnes.").
    if (i > 0 && isProse(facts[i]!) && isStoryLine(facts[i - 1]!) && !facts.slice(i + 2, i + 2 + PROSE_REACH_BELOW_SIGN_OFF).some(isProse)) continue;
    facts[i]!.captionAboveCredit = true;
    // A caption in two parts, its title over the credit and its sentence under it, then the byline
    // ("Cooling center at Mission View Library" / "Photo by: ..." / "Staff hand out water ..." / "By: ...").
    const [below, next] = [facts[i + 2], facts[i + 3]];
    if (below && next && isMetadata(next) && !below.features.boilerplate && !isMetadata(below) && below.features.words <= MAX_BARE_CAPTION_WORDS && !facts[i]!.features.endsSentence && SENTENCE_STOP.test(units[i + 2]!.text)) below.captionAboveCredit = true;
  }
}


/** Two teams, as a scores widget lists a fixture ("Wearside United v Gateshead Borough"). */
const TEAMS = /^\p{Lu}[\p{L}'’.&-]{1,25}(?: \p{Lu}[\p{L}'’.&-]{1,25}){0,3} (?:v|vs\.?|V|VS) \p{Lu}[\p{L}'’.&-]{1,25}(?: \p{Lu}[\p{L}'’.&-]{1,25}){0,3}$/u;
/** A widget's status or kick-off line: "Friendly | 19:45", "FT", "SUNDAY 4:30 PM", "FINAL". */
const WIDGET_STATUS = /(?:^|\| )(?:FT|HT|AET|FINAL|Final|LIVE|Live|(?:\p{L}{3,9} )?\d{1,2}[:.]\d{2}(?: ?[AaPp][Mm])?)$/u;
const FIXTURE_RULE: Rule = {
  name: 'fixture-under-status',
  pattern: /^/,
  note: 'two teams under a scores widget\'s status or kick-off line (a match report may be titled with the two teams alone; decided by position)',
  example: 'Wearside United v Gateshead Borough',
};

const VIDEO_TITLE_RULE: Rule = {
  name: 'video-title-under-length',
  pattern: /^/,
  note: 'a video\'s title under its label and running time ("Video" / "02:41" / "Highlights: ..."; decided by position)',
  example: 'Highlights: Day three of the second test at Hagley Oval.',
};

const AUDIO_CREDIT_RULE: Rule = {
  name: 'audio-clip-credit',
  pattern: /^/,
  note: 'the reporter of an audio clip beside its player ("Audio" / "Jasmine Terrace reports on AM." / "Play Audio"): a bio of that shape under the story ends it (decided by position)',
  example: 'Jasmine Terrace reports on AM.',
};
const isAudioPlayer = (f: UnitFacts | undefined) => f?.features.boilerplate?.name === 'audio-player';

/**
 * Widgets over the page that read like text: fixtures in a scores widget, their kick-off on the line
 * above; a video's title under its label and running time; an audio clip's reporter beside its player.
 */
const SIGN_UP_BOX_BUTTON_RULE: Rule = {
  name: 'sign-up-box-button',
  pattern: /^/,
  note: 'a button no rule names between the lines of a newsletter\'s sign-up box ("Thank you for signing up!" / "Learn More" / "Submitting..."; decided by position)',
  example: 'Learn More',
};
/** Such a button is a few words and no sentence. */
const MAX_BOX_BUTTON_WORDS = 3;

/** A sentence closed by an agency's name alone in brackets: "... according to the company. (Yonhap)". */
const AGENCY_IN_BRACKETS_END = /[.!?]["”’]? \(([\p{L} ]{2,30})\)$/u;
/** A paragraph of the story: a sentence of this many words or more that no rule calls furniture. */
const MIN_STORY_PARAGRAPH_WORDS = 12;
const isStoryParagraph = (f: UnitFacts | undefined) => f !== undefined && !f.features.boilerplate && !isMetadata(f) && f.features.endsSentence && f.features.words >= MIN_STORY_PARAGRAPH_WORDS;

export function markWidgetLines(units: Unit[], facts: UnitFacts[]): void {
  // The story's last paragraph with the wire's tag after it, a paragraph above it and none below, is
  // no caption: "... according to the company. (Yonhap)" (a caption so closed sits over the story).
  for (let i = 1; i < units.length; i++) {
    const f = facts[i]!;
    if (f.features.boilerplate?.name !== 'caption-parenthetical' || f.features.words < MIN_STORY_PARAGRAPH_WORDS) continue;
    const agency = AGENCY_IN_BRACKETS_END.exec(units[i]!.text)?.[1];
    if (agency && agencyName(agency) && isStoryParagraph(facts[i - 1]) && !isStoryParagraph(facts[i + 1])) f.features.boilerplate = undefined;
  }
  for (let i = 1; i + 1 < units.length; i++) {
    const f = facts[i]!;
    if (f.features.boilerplate || isMetadata(f) || f.features.endsSentence || f.features.words > MAX_BOX_BUTTON_WORDS) continue;
    if (isSignUpBoxLine(facts[i - 1]!) && isSignUpBoxLine(facts[i + 1]!)) f.features.boilerplate = SIGN_UP_BOX_BUTTON_RULE;
  }
  for (let i = 0; i < units.length; i++) {
    if (facts[i]!.features.boilerplate?.name === 'author-bio' && (isAudioPlayer(facts[i - 1]) || isAudioPlayer(facts[i + 1]))) facts[i]!.features.boilerplate = AUDIO_CREDIT_RULE;
  }
  for (let i = 1; i < units.length; i++) {
    if (facts[i]!.features.boilerplate) continue;
    if (TEAMS.test(units[i]!.text) && WIDGET_STATUS.test(units[i - 1]!.text)) facts[i]!.features.boilerplate = FIXTURE_RULE;
    else if (i > 1 && /^\d{1,2}:\d{2}$/.test(units[i - 1]!.text) && /^video$/i.test(units[i - 2]!.text)) facts[i]!.features.boilerplate = VIDEO_TITLE_RULE;
  }
}
