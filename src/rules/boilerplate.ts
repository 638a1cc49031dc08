import type { Rule } from './types.js';

/**
 * Lines that are page furniture, never article text. Tested on the whole unit text, trimmed.
 * Patterns are anchored and use bounded, non-overlapping repetition (linear time).
 */

const SOCIAL = 'facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|tumblr|telegram|messenger|email|e-mail|mail|print|sms|copy link|copy|link|flipboard|mix|pocket|share|tweet|instagram|youtube|google\\+?|viber|line|vk';

export const BOILERPLATE_RULES: readonly Rule[] = [
  {
    name: 'share-bar',
    pattern: new RegExp(`^(?:(?:${SOCIAL})[\\s,|/·•:]{0,5}){1,14}$`, 'i'),
    note: 'share buttons and social network names, one per line or glued together',
    example: 'FacebookTwitterPinterestEmail',
  },
  {
    name: 'share-prompt',
    pattern: /^(?:share|sharing is caring|share this(?: article| story| post| page)?|share (?:on|via) \w+|spread the word|follow us(?: on \w+)?|like us on facebook)\W{0,3}$/i,
    note: 'calls to share or follow',
    example: 'Share this article',
  },
  {
    name: 'read-more',
    pattern: /^(?:read more|read also|also read|see also|more on this(?: story)?|related(?: articles| stories| news| posts| topics| content| coverage)?|you may also like|you might also like|recommended(?: for you| stories)?|more from [\w ]{1,40}|trending(?: now)?|most (?:read|popular|viewed|shared)|top stories|latest(?: news| stories)?|editor'?s picks?|don'?t miss|more stories|what to read next|read next|up next|continue reading|previous (?:post|article)|next (?:post|article))\b/i,
    note: 'links to other articles and their list headers',
    maxWords: 16,
    example: 'Read more: Floods hit the north',
  },
  {
    name: 'cookie-notice',
    pattern: /\b(?:we use cookies|uses cookies|cookie policy|cookie settings|accept (?:all )?cookies|this site uses akismet)\b/i,
    note: 'cookie and consent banners',
    maxWords: 80,
    example: 'We use cookies to improve your experience. Accept',
  },
  {
    name: 'subscribe',
    pattern: /^(?:subscribe|sign up|sign in|log ?in|log ?out|register|create (?:an )?account|get (?:our|the) newsletter|newsletter|join (?:us|our)|download (?:our|the) app)\b.{0,100}$/i,
    note: 'subscription, newsletter and account prompts (short lines only)',
    example: 'Subscribe to our newsletter',
  },
  {
    name: 'copyright',
    pattern: /(?:©|\(c\) ?\d{4}|\bcopyright\b ?(?:©|\(c\)|\d{4})|all rights reserved|\bterms (?:of|and) (?:use|service|conditions)\b|\bprivacy (?:policy|notice|statement)\b)/i,
    note: 'rights and legal footers',
    maxWords: 80,
    example: '© 2024 The Daily Example. All rights reserved.',
  },
  {
    name: 'advertisement',
    pattern: /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content)?|promoted|paid (?:post|content)|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?)\W{0,3}$/i,
    note: 'ad slots and their labels',
    example: 'Advertisement',
  },
  {
    name: 'comments',
    pattern: /^(?:\d{1,6} )?(?:comments?|reply|replies|leave a (?:comment|reply)|post a comment|add comment|view comments|show comments|load more comments|join the conversation|be the first to comment)\W{0,3}$/i,
    note: 'comment section furniture',
    example: 'Leave a Comment',
  },
  {
    name: 'counter',
    pattern: /^[\d.,]{1,9} ?[km]?(?: (?:shares?|views?|comments?|likes?|reads?))?$/i,
    note: 'share and view counters, lone numbers',
    example: '0',
  },
  {
    name: 'navigation',
    pattern: /^(?:home|menu|search|close|skip to (?:main )?content|skip to navigation|back to top|go to top|toggle navigation|main menu|navigation|sections?|more|all sections|open menu|close menu|log in|login|sign in|subscribe now|e-?paper|epaper|archives?|about us|contact us|contact|careers|advertise(?: with us)?|privacy|terms|sitemap|site map|rss|faq|help)$/i,
    note: 'navigation items and page controls',
    example: 'Skip to content',
  },
  {
    name: 'caption-credit',
    pattern: /^(?:photo|image|picture|pic|file photo|file image|video|graphic|illustration|caption|image caption|image source|media caption|photograph|credit|photo credit)s?\b ?(?:caption|source|credit)?\s?[:|,-]/i,
    note: 'photo captions and credits',
    example: 'Photo: Collected',
  },
  {
    name: 'credit-suffix',
    pattern: /[|/] ?(?:photo|image|file|reuters|afp|ap|getty(?: images)?|epa|ians|pti|collected|shutterstock|bloomberg|xinhua)(?: photo| images?)?\)?$/i,
    note: 'captions ending in an agency or photo credit',
    example: 'Rescue workers search the rubble. | Reuters',
  },
];
