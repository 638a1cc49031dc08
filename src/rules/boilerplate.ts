import type { Rule } from './types.js';
import { AGENCY_ALTERNATION } from './wire.js';

/**
 * Lines that are page furniture, never article text. Tested on the whole unit text, trimmed.
 * Patterns are anchored and use bounded, non-overlapping repetition (linear time).
 */

const SOCIAL = 'facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|tumblr|telegram|messenger|email|e-mail|mail|print|sms|copy link|copy|link|flipboard|mix|pocket|share|tweet|instagram|youtube|google\\+?|viber|line|vk';

/**
 * A photographer's credit alone on its line, maybe through an agency: "Karen Liu/Staff photographer",
 * "Jane Doe/AFP", "Jamie Cortez/Bloomberg/Getty Images"; not "Okeil Brown-Reid/Gleaner Writer", a
 * reporter's byline.
 */
export const NAME_SLASH_OUTLET = /^\p{Lu}\p{Ll}[\p{L}'’-]{0,19}(?: \p{Lu}[\p{Ll}'’.][\p{L}'’.-]{0,19}){1,2}\/(?![^/]{0,30}\b(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Cc]ontributor)$)[\p{Lu}\d][^/]{1,40}(?:\/[\p{Lu}\d][^/]{1,40}){0,2}$/u;

export const BOILERPLATE_RULES: readonly Rule[] = [
  {
    name: 'share-bar',
    pattern: new RegExp(`^(?:(?:${SOCIAL})[\\s,|/·•:]{0,5}){1,14}$`, 'i'),
    note: 'share buttons and social network names, one per line or glued together',
    example: 'FacebookTwitterPinterestEmail',
  },
  {
    name: 'share-prompt',
    pattern: /^(?:\w{1,10} )?(?:share|sharing is caring|share(?: this)?(?: article| story| post| page| video)?(?: (?:on|via|to|by|with)(?: [\w ]{1,25})?)?|share permalink|share full article|(?:show more|more|extra|close extra) sharing options|share close extra sharing options|spread the word|follow us(?: on \w+)?|like us on facebook|save|save article|social sharing|teilen|partager|compartir|condividi|ajouter à vos sélections|gift (?:this )?article|short url|share all sharing options(?: for: .{1,200})?|(?:share )?gift link|like this|like loading\.{0,3}|link copied|click to (?:share on|email a link to|print)[\w /]{0,30}(?:\(opens in new window\))?)\W{0,3}$/i,
    note: 'calls to share or follow, WordPress sharing widgets ("Like this:", "Click to share on X")',
    example: 'Share this article',
  },
  {
    name: 'related-list-header',
    // A bilingual site may set its own language's word first: "Polecamy | Recommended".
    pattern: /^(?:[\p{L}'’ ]{2,30} [|/] )?(?:related(?: articles?| stories| story| news| posts?| topics?| content| coverage| links?| reading| videos?| items?| searches)?|you may also like|you might also like|you may be interested in|recommended(?: for you| stories| articles| reading)?|(?:read )?more from [\p{L}\d ]{1,40}|read more about|more (?:stories|articles|news) (?:from|on|about|in) [\p{L}\d ]{1,40}|for more (?:on|about) [\p{L}\d'’ ]{1,40},? (?:read|see)|related (?:from|on|at|in) [\p{L}\d ]{1,30}|related (?:stories|articles|coverage|content|news) (?:from|on|at|in|by) [\p{L}\d'’ ]{1,40}|next in [\p{L}\d ]{1,30}|(?:others|people|readers) (?:also )?(?:read|viewed|liked)|see also|read more|also read|read also|more (?:stories|articles|news|on this(?: story)?)(?: like this(?: one)?| on this topic)?|trending(?: now| stories| news)?|explore more|skip (?:next|previous) section(?: explore more)?|also (?:this week|today|in (?:this|today's) (?:issue|edition|newsletter))|in (?:this|today's) (?:issue|edition|newsletter)|most (?:read|popular|viewed|shared|commented)(?: in [\p{L} ]{2,30})?|top stories|latest(?: news| stories| articles)?|editor'?s picks?|what to read next|read next|up next|popular (?:posts|stories|now)|further reading|around the web|sponsored stories|from (?:our|the) partners|about the author|tags?|topics|filed under|mehr zum thema|verwandte artikel|articles similaires|à lire aussi|noticias relacionadas|artículos relacionados|notícias relacionadas|关联阅读|相关新闻|相关文章|関連記事|関連ニュース|おすすめ記事)\W{0,3}$/iu,
    note: 'the header of a list of other articles or of tags; mid-article boxes have them too, so it is no wall',
    example: 'You may also like',
  },
  {
    name: 'tags-line',
    pattern: /^(?:(?:related )?(?:tags?|topics?|filed under|categories|category|keywords|(?:read )?more about)(?: ?[/&] ?(?:tags?|topics?|keywords|categories))?\s?:.{0,400}|this (?:entry|post) was posted in .{1,300})$/i,
    note: 'tag and category lists (WordPress: "This entry was posted in News and tagged ...")',
    example: 'Filed Under: Health, Michigan',
    maxWords: 60,
    endsArticle: true,
  },
  {
    name: 'newsletter-footer',
    pattern: /\b(?:you(?:'re| are) receiving this (?:e-?mail|newsletter|message)|you received this (?:e-?mail|newsletter) because|to (?:unsubscribe|stop receiving these e-?mails)|manage (?:your )?(?:newsletter|e-?mail) (?:preferences|subscriptions|settings))\b/i,
    note: 'an email newsletter\'s footer (why you get it, how to stop): the story it carried is over',
    example: 'You are receiving this email because you signed up to Down to Earth from The Albion Herald.',
    maxWords: 80,
    endsArticle: true,
  },
  {
    name: 'amendment-note',
    pattern: /^(?:•\s?)?this (?:article|story|report) was (?:amended|corrected) on\b/i,
    note: 'a correction note under the article ("• This article was amended on 5 March 2025 ..."): the story is over',
    example: '• This article was amended on 5 March 2025. An earlier version gave the wrong name for the village.',
    maxWords: 80,
    endsArticle: true,
  },
  {
    name: 'synthetic-audio-note',
    pattern: /^(?:the )?audio (?:version )?of this (?:article|story) (?:is|was) (?:generated|produced|created) (?:by|using|with)\b/i,
    note: 'the note above a text-to-speech player',
    example: 'The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.',
    maxWords: 40,
  },
  {
    name: 'separator-line',
    // Not the wire's "___" before its credits: the corpora keep it in the body.
    pattern: /^(?:[-=~]{3,}|(?:[=~-] ){2,}[=~-])$/,
    note: 'a rule of dashes or equals signs between parts of a text dump',
    example: '----------------------------------------',
  },
  {
    name: 'email-header',
    pattern: /^(?:(?:From|To|Cc|Reply-To|Subject|Message-ID|X-[\w-]{1,30}): \S[^\n]{0,200}|Date: (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? [+-]\d{4}(?: \([A-Z]{2,5}\))?)$/,
    note: 'the header of a saved email (a newsletter or news alert): the sending time is no publication stamp',
    example: 'Date: Wed, 30 Oct 2024 15:02:44 +0100',
    maxWords: 40,
    noStamp: true,
  },
  {
    name: 'read-later-note',
    pattern: /^(?:saved (?:on|at) [^·|\n]{3,40}[·|] ?(?:instapaper|pocket|readwise(?: reader)?|omnivore|matter|raindrop)|.{0,400}\bview highlight\b.{0,400})$/i,
    note: 'a read-later tool\'s own lines: when the page was saved, and the highlights and notes exported under it',
    example: 'Saved on March 4, 2025 · Instapaper',
    noStamp: true,
    maxWords: 150,
  },
  {
    name: 'gallery-control',
    pattern: /^(?:(?:(?:image|photo|picture|slide)s? )?\d{1,3} ?(?:of|\/) ?\d{1,3}|enlarge|expand(?: image)?|view gallery|open gallery|view (?:all )?\d{1,3} (?:photos|images|pictures))$/i,
    note: 'a photo gallery\'s counter and buttons',
    example: 'Image 1 of 12',
  },
  {
    name: 'journal-reference',
    pattern: /^(?:journal reference|more information|citation|the study|study|reference)s?:(?:\s\S|$)/i,
    note: 'the paper a science story reports on, cited under it: the story is over',
    example: 'Journal reference: A. Chen et al., "Spatial memory in a juvenile reef fish", Animal Cognition Letters (2025).',
    maxWords: 80,
    endsArticle: true,
  },
  {
    name: 'practical-box',
    pattern: /^(?:if you go|getting there|the details|fact ?file|need to know|know before you go|where to stay)\W{0,3}$/i,
    note: 'the header of a travel feature\'s box of practical details: the story is over',
    example: 'If you go',
    endsArticle: true,
  },
  {
    name: 'print-view-controls',
    pattern: /^[^[]{0,100}(?:\[(?:print|close|back|e-?mail|share)(?: window| this page| this article)?\] ?){1,4}$/i,
    note: 'a print view\'s header with its buttons in brackets, after the masthead',
    example: 'THE DERWENT EXAMINER                    [Print] [Close]',
  },
  {
    name: 'topics-list-header',
    pattern: /^(?:explore more on (?:these|this) topics?|more on (?:these|this) topics?|topics in this (?:story|article))$/i,
    note: 'the header of the topic links under an article: the article is over',
    example: 'Explore more on these topics',
    endsArticle: true,
  },
  {
    name: 'read-more-link',
    pattern: /^\W{0,3}(?:read more|read also|also read|see also|more on this|related(?: videos?| coverage| content| stor(?:y|ies)| articles?)?|read next|watch|listen|must read|recommended|more|explore|previous (?:post|article)|next (?:post|article)|continue reading|lire aussi|à lire aussi|lee también|lea también|leer más|mehr zum thema|auch interessant|lesen sie auch|leia também|leggi anche)\b ?[:|>»-]/i,
    note: 'a link to another article, often set between paragraphs: "Read more: ..."',
    example: 'Read more: Floods hit the north',
    maxWords: 30,
  },
  {
    name: 'cookie-notice',
    pattern: /\b(?:by using this site, you (?:consent|agree)\b|we may receive compensation\b|we use cookies|uses cookies|use of cookies|(?:necessary|essential|analytics|functional|performance|advertising|marketing|third-party|tracking|non-necessary) cookies|cookies? (?:policy|settings|preferences|consent|notice)|(?:accept|allow) (?:all )?cookies|this site uses akismet|privacy overview|manage (?:your )?(?:consent|preferences)|we and our (?:\d{1,4} )?(?:partners|vendors)|list of partners|(?:store and\/or|store or) access information on a device|we value your privacy|your privacy choices)\b|^(?:i accept|accept all|reject all|show purposes|manage options|accept (?:and|&) close)$/i,
    note: 'cookie and consent banners and their buttons; never article text, so the body does not cross them',
    example: 'We use cookies to improve your experience. Accept',
    maxWords: 300,
    endsArticle: true,
  },
  {
    name: 'subscribe',
    pattern: /^(?:subscribe|sign up|sign in|log ?in|log ?out|register|create (?:an )?account|get (?:our|the) newsletter|newsletter|join (?:us|our)|download (?:our|the) app)\b.{0,160}$/i,
    note: 'subscription, newsletter and account prompts (short lines only)',
    example: 'Subscribe to our newsletter',
  },
  {
    name: 'call-to-action',
    // One leading \b for all the phrases: V8 then tries one boundary per position, not one per phrase.
    pattern: /\b(?:(?:subscribe|sign up|register)(?: here| now| today)? (?:to|for) (?:our|the|free|a free)\b|sign up (?:to|and) (?:receive|get)\b|^start your day with\b|^we have more newsletters\b|\bread our privacy notice\b|\byou can check out any time you like\b|\bsave this article by registering\b|\bsupport us by subscribing\b|\bunlimited access to our award-winning\b|\bdelivered (?:to your inbox )?every (?:weekday |week)?(?:morning|evening|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|^click here to read more\b|^for more stories like this\b|^do you have a (?:story|news story|tip)\b|follow topics and authors\b|personali[sz]ed homepage feed\b|\bregister now\b|lock in your (?:pass|ticket|seat|spot)\b|before (?:ticket )?prices go up\b|^got a (?:news )?tip\?|we pay for (?:videos|pictures|photos|stories)\b|whatsapp us on\b|click here to upload\b|(?:'|’)s whatsapp community\b|by signing up for our [\p{L}'’ ]{1,40}(?:newsletter|email)\b|^take our survey\b|^don(?:'|’)t miss the biggest\b|by signing up to (?:the )?[\p{L}'’ ]{2,40} newsletters? here\b|subscribe to (?:your|our) local newsletter\b|^send (?:a|us a) tip to\b|^confidential tip\?|^provide news feedback\b|^site feedback:?$|^(?:as )?heard on (?:[\p{L}'’]+ ){0,3}[\p{L}'’]+$|^have a (?:confidential )?(?:news )?tip(?: for [\p{L}'’ ]{1,30})?\?|let us know in the comments\b|^we(?:'d| would)? (?:want|love|like) to hear from you\b|submit a (?:guest )?(?:commentary|op-ed|letter to the editor)\b|get a daily brief\b|get our (?:[\p{L}'’ ]{1,30} )?(?:email|newsletter|free app|app)\b|follow our [\p{L}'’ ]{1,40} live ?blog\b|get (?:the |our )?(?:biggest|top|latest|best)(?: daily| weekly)? (?:news )?(?:stories|news|headlines)(?: of the day)? (?:by|via|in your|to your) (?:e-?mail|inbox)\b|download the [\p{L} ]{2,30} app\b|catch all the [\p{L} ]{2,40} (?:news|updates) (?:and [\p{L} ]{2,20} )?on\b|subscribe (?:now|today|here)\b|unsubscribe\b|(?:to|in|into) your inbox\b|our (?:daily |weekly |free )?newsletters?\b|newsletter (?:sign-?up|promotion)\b|receiving this email\b|view this email\b|get (?:the )?latest (?:updates|news)\b|breaking news alerts\b|download (?:our|the) app\b|suscr[íi]bete\b|abonnez-vous\b|jetzt abonnieren\b|en tu correo\b|get unlimited access\b|subscribe to (?:continue|keep) reading\b|already a subscriber\b|by subscribing, you\b|support (?:our|quality|independent) journalism\b|track latest news\b|get (?:latest )?news updates from\b|get current updates on\b|support [\p{L}'’ ]{1,30}journalism\b|do you like the content of this article\b|^shared? (?:via|from|using) (?:the )?[\p{L}'’ ]{2,40} app\b|\bget it on google play\b|^read (?:more|the full (?:story|article)) (?:at|on)\b|^read (?:this|the full) (?:article|story) online\b|follow me on (?:linkedin|twitter|x|instagram)\b|check out my website\b|subscribers? only\b|click the alert icon\b|receba no seu e-?mail\b|exclusive (?:offer|for subscribers)\b|exclusivo para assinantes\b|réservé aux abonnés\b|nur für abonnenten\b)|^(?:[\p{L}\d'’]{1,20} ){0,4}newsletters?$|^i agree (?:that|to)\b[^.]{0,60}\b(?:send|e-?mail|newsletter|terms)\b|\bcheck the opt-in box\b|^thanks? (?:you )?for (?:signing up|subscribing)\b|keep an eye on your inbox\b|error processing your (?:subscription|sign-?up)\b|^our \p{L}+(?: \p{L}+)? (?:email|newsletter|briefing|podcast) (?:breaks|brings|gives|delivers|sends)\b/iu,
    note: 'newsletter, alert and app prompts around an article',
    example: 'Get the day\'s top stories delivered to your inbox every morning.',
    maxWords: 30,
  },
  {
    name: 'reader-appeal',
    pattern: /\b(?:our mission is to (?:deliver|provide|bring|produce|create|offer) [^.]{0,80}\b(?:journalism|reporting|news)\b|good journalism costs\b|(?:with|by making) a donation of any (?:size|amount)\b|\bclick this link to receive\b|\bsupport our journalism by becoming\b|^looking for news you can trust\?|\ba nonprofit news network supported by\b|\bwas founded as a nonprofit\b|help us keep reporting\b|to learn more about republishing this content\b|thank you for donating\b|without the (?:generous )?support of (?:our )?readers\b|(?:anyone who|if you) donates? to us\b|\bwe need your help\.?$|\blisten to the episode\b|\breader-(?:funded|supported) (?:news|newsroom|journalism|outlet|publication)|your (?:contribution|donation|support) goes directly\b|quality journalism is more (?:crucial|important|essential|necessary) than ever\b|(?:this story is )?available exclusively to [^.]{2,40} subscribers\b|check out what(?:'|’)s clicking on\b|(?:receives?|has received) funding from\b|(?:does|do) not work for, consult, own shares in\b|a growing community of more than [\d,]{1,9} academics\b|(?:every|any) contribution,? (?:(?:big or small|however (?:big or )?small),? )?(?:counts|helps|matters)\b|whether \$\d{1,4} or \$\d{1,4}\b|by contributing to [^,.]{2,40}, you\b|you(?:'|’)ve read \d{1,3} (?:of \d{1,3} )?(?:free )?articles?\b|(?:independent |quality |good )?journalism costs money\b|for the price of a (?:cup of )?coffee\b|journalism (?:depends|relies) on (?:the )?(?:support|generosity) of (?:our )?readers\b|can(?:'|’)t afford to (?:donate|contribute|pay)\b|your contribution of as little as\b|everyone (?:needs|deserves) (?:access to )?(?:high-quality |quality |trustworthy |accurate )?(?:journalism|news)\b|(?:help )?keep our (?:stories|journalism|reporting) free for (?:all|everyone)\b|(?:is|isn(?:'|’)t) possible without your support\b|(?:unlimited|full) digital access (?:for )?[$€£]\d|help fund [\w'’ ]{2,40} journalism\b|is an? (?:independent,? )?(?:nonprofit|non-profit|not-for-profit) (?:newsroom|news organi[sz]ation|news outlet)\b|your information is being handled in accordance with\b|we use your sign-?up to provide content\b|communit(?:y|ies) of readers\b[^.]{0,80}\. .{0,200}sign up now|thank you for being part of our community\b|unlimited access to (?:the|our) (?:website|site|app|journalism|reporting|content)\b|\breaders like you\b|stand up for (?:truly )?independent,? (?:trusted )?(?:news|journalism)\b|by supporting our (?:team|newsroom|journalism|work)\b|(?:keep|help keep) [\w'’ ]{1,30} free for (?:all|every)(?: readers|one| one)?\b|\bimpartial stance\b|\bhere(?:'|’)s our e-?mail\b|to be considered for publication in our letters\b|\b(?:submit|send) (?:a|your) letters? to the editor\b|\bonline guest ?book\b|\bshare (?:your )?(?:memories|condolences) (?:of|with|in)\b|\blocal journalism initiative\b|\bbecome a (?:supporter|member|subscriber|patron) (?:from|for|today|now)\b|\bis free to read\b|we have a small favou?r to ask\b|if there (?:was|were) ever a time to join us\b|support [\w'’ ]{2,40} from (?:just|only) [$£€]\d|consider supporting our work\b|website contains only a portion of the (?:news|stories)\b|contact us for subscription options\b)/i,
    note: 'reader-revenue appeals and sign-up fine print around an article',
    example: 'Our mission is to deliver unbiased, fact-based reporting that holds power to account.',
    maxWords: 80,
  },
  {
    name: 'trust-or-source-prompt',
    pattern: /^(?:why you can trust [^.]{2,40}|add [^.]{2,40} as (?:a|your) preferred source\b.*)$/i,
    note: 'a link to the site\'s standards, or the prompt to pick the site as a preferred source in a search engine',
    example: 'Add Axios as your preferred source to see more of our stories on Google.',
    maxWords: 30,
  },
  {
    name: 'author-photo',
    // Case spelt out: under the i flag \p{Lu} would match any letter.
    pattern: /^(?:(?:[Hh]ead ?shot|[Pp]hoto|[Pp]ortrait|[Pp]icture|[Ii]mage|[Aa]vatar|[Pp]rofile (?:photo|picture|image)) of \p{Lu}[\p{L}'’.-]{0,25}(?: \p{Lu}[\p{L}'’.-]{0,25}){1,3}|\p{Lu}[\p{L}'’.-]{0,25}(?: \p{Lu}[\p{L}'’.-]{0,25}){1,3}(?:'s|’s)? (?:[Hh]ead ?shot|[Aa]vatar|[Pp]rofile (?:photo|picture|image)))$/u,
    note: "the alt text of an author's photo, copied with the byline",
    example: 'Headshot of Nadia Kellerman',
  },
  {
    name: 'social-prompt',
    pattern: /\b(?:follow us\b|^connect with us$|join (?:us|our|[\p{L}'’ ]{1,40}) (?:on )?(?:telegram|whatsapp|facebook)\b|like (?:us|[\p{L}'’ ]{1,30}) on facebook\b|follow (?:us|[\p{L}'’ ]{1,30}) on (?:x|twitter|instagram|facebook|youtube|tiktok|bbc sounds|google news)\b|(?:'|’)s (?:google news|whatsapp|telegram) (?:channel|community)\b|\bour (?:google news|whatsapp|telegram) channel\b|\bfollow our channel\b|\bclick the follow button\b|\bjoin whatsapp channel\b|\bto receive our e-paper\b|\bin our youtube playlist\b|\bfollow \S{2,30}(?:'s|’s) official (?:instagram|twitter|facebook|telegram|x|youtube)\b|\bsubscribe to our telegram\b)/iu,
    note: 'social-media prompts under an article',
    example: 'Like Tribune on Facebook, follow on X to stay informed.',
    maxWords: 30,
  },
  {
    name: 'copyright',
    pattern: /(?:©|\(c\) ?\d{4}|\bcopyright\b ?(?:©|\(c\)|\d{4})|all rights reserved|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechte vorbehalten)/i,
    note: 'rights footers: the page has moved past the article',
    example: '© 2024 The Daily Example. All rights reserved.',
    maxWords: 80,
    endsArticle: true,
  },
  {
    name: 'reuse-terms',
    pattern: /^(?:if you (?:quote|use|reproduce)\b.{0,40}\bmaterials?\b|(?:any |the )?(?:use|reproduction|reprinting|copying) of (?:the |our |any )?materials?\b.{0,80}\b(?:hyperlink|permission|prohibited|allowed|permitted)\b|when (?:using|quoting) (?:the |our |any )?materials?\b)/i,
    note: 'a site\'s terms for quoting its materials (a hyperlink required), however long: the article is over',
    example: 'If you quote and use any materials on the Internet, hyperlinks not lower than the first paragraph are mandatory.',
    maxWords: 150,
    endsArticle: true,
  },
  {
    name: 'source-box',
    pattern: /^(?:the source: ?)?(?:information (?:in|for) )?this (?:story|report|article) (?:comes from|contains information from|was compiled (?:from|with))\b/i,
    note: 'a TV station\'s note on where a story\'s information came from, under the story',
    example: 'The Source: This story comes from the county police department and interviews conducted by the station.',
    maxWords: 60,
    endsArticle: true,
  },
  {
    name: 'field-label',
    pattern: /^(?:(?:reported|edited|written|compiled|published|updated|posted|uploaded) (?:by|on|at)|last updated(?: on| at)?)\s?:$/i,
    note: 'the label of a metadata field whose value sits on the next line ("Published On:" / "Feb 19, 2025 17:44 IST")',
    example: 'Edited By:',
  },
  {
    name: 'investment-disclaimer',
    pattern: /\b(?:before (?:making|taking) any investment decisions?|views and (?:investment )?(?:tips|recommendations) expressed by\b|(?:is|are) not (?:a )?(?:recommendations?|solicitations?) to (?:buy|sell)\b|does not constitute (?:investment|financial) advice\b)/i,
    note: 'the investment disclaimer under a markets story: the article is over',
    example: 'Disclaimer: Investors are advised to consult a qualified financial advisor before making any investment decisions.',
    maxWords: 120,
    endsArticle: true,
  },
  {
    name: 'terminal-promo',
    pattern: /^before it(?:'|’)s here, it(?:'|’)s on the [\p{L} ]{2,30}terminal\b/iu,
    note: 'a data terminal\'s promo line above a markets story',
    example: 'Before it’s here, it’s on the Bloomberg Terminal LEARN MORE',
  },
  {
    name: 'form-field',
    pattern: /_{4,}/,
    note: 'a form\'s input box as a text browser draws it',
    example: 'Search: ____________________ [Search]',
    maxWords: 12,
  },
  {
    name: 'article-content-marker',
    pattern: /^article content$/i,
    note: 'the marker a chain\'s pages repeat between paragraphs (Postmedia)',
    example: 'Article content',
  },
  {
    name: 'author-credentials',
    pattern: /^(?:expertise|credentials|now playing)\s?:?\s\S.{0,200}$/i,
    note: 'an author box\'s expertise and credentials lines, and a video player\'s "Now Playing:" title',
    example: 'Expertise Smartphones, foldables, wearables',
    maxWords: 40,
  },
  {
    name: 'text-size-control',
    pattern: /^(?:text|font) ?size:? ?(?:a-|a−|a\+|a|[-+]| ){1,8}$/i,
    note: 'the text-size buttons copied with the page',
    example: 'Text Size: A- A+',
  },
  {
    name: 'content-label',
    pattern: /^(?:content[- ]type: ?[\p{L} ]{2,30}|news based on facts, either observed and verified\b.{0,200})$/iu,
    note: 'the label of a story\'s kind (Trust Project sites) and its definition',
    example: 'Content-Type: News',
  },
  {
    name: 'syndication-notice',
    pattern: /\b(?:(?:sourced|taken|generated|published) from an? (?:third[- ]party )?(?:syndicated|agency|wire)(?: agency)? (?:news )?feed|accepts no (?:responsibility|liability) (?:or|and|for)\b)/i,
    note: 'the notice an aggregator puts under agency copy, however long its legal tail: the article is over',
    example: 'This story has been sourced from a third party syndicated feed, agencies. The site accepts no responsibility or liability for ...',
    maxWords: 120,
    endsArticle: true,
  },
  {
    name: 'legal-links',
    pattern: /\b(?:terms (?:of|and) (?:use|service|conditions)|privacy (?:policy|notice|statement)|cookie policy)\b/i,
    note: 'links to legal pages, also found in newsletter boxes inside articles',
    example: 'Privacy Notice: Newsletters may contain info about charities',
    // Longer lines are prose that mentions terms of service (a story about a contract).
    maxWords: 40,
  },
  {
    name: 'form-residue',
    pattern: /^(?:this field is for validation purposes and should be left unchanged|(?:your |enter your )?e-?mail(?: address)?\s?[:*]{1,2}|required fields are marked \*?|thank you for (?:signing up|subscribing)|submitting\.{0,3}|sorry, there seem to be some issues\. please try again later)\W{0,3}$/i,
    note: 'the text a sign-up or comment form leaves in a copy: a hidden field\'s label, an e-mail box',
    example: 'This field is for validation purposes and should be left unchanged.',
  },
  {
    name: 'affiliate-disclosure',
    pattern: /\b(?:(?:if|when) you (?:buy|purchase|click)[^.]{0,100}\b(?:commission|compensation)|affiliate links?\b[^.]{0,60}\bcommission|may earn (?:a )?commission from (?:links|purchases)\b)/i,
    note: 'the note that links in the article earn the site a commission (a deal box\'s own "may receive a commission" label stays with its box)',
    example: 'If you buy something from a link, we may earn a commission. See our ethics statement.',
    maxWords: 60,
  },
  {
    name: 'age-banner',
    pattern: /^this (?:article |story |content )?(?:was (?:first )?published|is more than) .{0,80}\b(?:ago|old)\b/i,
    note: 'the banner that tells an article\'s age ("This was published 1 year ago")',
    example: 'This article is more than 1 year old',
    maxWords: 30,
  },
  {
    name: 'update-promise',
    pattern: /\b(?:will (?:continue to )?update this (?:story|article|report|page)\b|this (?:is a|story is) (?:developing|breaking)(?: news)?(?: story)?\b|check back (?:later )?for (?:updates|more)\b)/i,
    note: 'the newsroom\'s promise to update a developing story',
    example: 'KVRN 6 News will continue to update this story as more information becomes available.',
    maxWords: 30,
  },
  {
    name: 'production-note',
    pattern: /^(?:disclosure: .{10,}|this (?:article|story|report|piece|investigation) (?:was|is) (?:produced|published|co-published|reported|written|funded|supported|adapted|translated) (?:for|in partnership with|in collaboration with|with (?:support from|the support of)|by|as part of|from)\b)/i,
    note: 'a note on who produced or funded the article, or a disclosure of the outlet\'s funders, set apart from the story',
    example: 'This article was produced in partnership with The Valley Ledger.',
    maxWords: 80,
  },
  {
    name: 'translation-note',
    pattern: /\b(?:translations? may contain (?:inaccuracies|errors|mistakes)|(?:this (?:article|story) (?:was|has been|is) )?(?:machine|automatically|ai)[- ]translated\b)/i,
    note: 'a machine-translation notice from a translate widget',
    example: 'Translations may contain inaccuracies; please refer to the original content.',
    maxWords: 30,
  },
  {
    name: 'link-row',
    // Parts neither start nor end with a space, so the spaces around each pipe are the separator's: linear.
    pattern: /^[^|\s](?:[^|]{0,38}[^|\s])?(?: {1,2}\| {1,2}[^|\s](?:[^|]{0,38}[^|\s])?){3,}$/,
    note: 'a row of four or more links set apart by pipes, under an article or in a footer',
    example: 'Support us | Policies & Ethics | Contact Us | Newsletter',
    maxWords: 40,
  },
  {
    name: 'labelled-ad',
    pattern: /^(?:text ad|sponsored|promoted|partner content|paid content|advertorial)\s?:\s\S/i,
    note: 'an advertisement printed as text under its label',
    example: 'TEXT AD: Get your business noticed by millions of readers.',
    maxWords: 60,
  },
  {
    name: 'advertisement',
    pattern: /^(?:advertisement|advertising|advert|ad|ads|ad feedback|video ad feedback|sponsor message|sponsor ad|sponsored(?: content)?|promoted|paid (?:post|content)|story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|skip advertisement|anzeige|werbung|publicité|publicidad|pubblicità|publicidade)(?: ?[·|•–-] ?(?:scroll to continue|continue reading|story continues below|skip ad))?\W{0,3}$/i,
    note: 'ad slots and their labels',
    example: 'Advertisement',
  },
  {
    name: 'end-matter-header',
    pattern: /^(?:sources|references|footnotes|notes|bibliography|about this (?:statement|story|article|report)|how to contact us|contact the (?:author|reporter)|about the authors?|corrections? policy|(?:media|press|investor|news) (?:contacts?|inquiries|enquiries)|for (?:more|further) information,? (?:please )?contact)\W{0,3}$/i,
    note: 'the header of end matter (sources, references, a press release\'s media contact): the article has ended',
    example: 'Sources:',
    endsArticle: true,
  },
  {
    name: 'press-release-trailer',
    pattern: /^(?:About (?:the )?\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}|(?:Cautionary (?:Note|Statement) (?:Regarding|on|About|Concerning) )?Forward[- ]Looking Statements:?|Safe Harbou?r(?: Statement)?:?|SOURCE \p{Lu}[\p{L}\p{N}&.,'’ -]{1,80})$/u,
    note: 'the sections a press release closes with (the company\'s profile, the legal notice, the wire\'s SOURCE line): the release has ended',
    example: 'About Acme Water Technologies',
    maxWords: 12,
    endsArticle: true,
  },
  {
    name: 'imprint',
    pattern: /^(?:editor|editor-in-chief|publisher)\s?:\s?.{0,200}\b(?:published|printed) by\b/i,
    note: 'the imprint under a newspaper\'s pages: the editor, publisher and printer',
    example: 'Editor: Ana Ruiz, Published by the Editor on behalf of Harbour Media Ltd and printed at Harbour Printers.',
    maxWords: 80,
    endsArticle: true,
  },
  {
    name: 'print-note',
    pattern: /^(?:(?:[Pp]ublished|[Aa]ppeared) in (?:the |The )?\p{Lu}[^,]{1,50}, [^\n]{3,30}\d{4}\.?|(?:[Pp]ublished|[Aa]ppeared|[Pp]rinted) in (?:the |our |today's )?[\p{L} ]{2,30} edition\b[^\n]{0,80})$/u,
    note: 'the print-edition note under a web article ("Published in the national edition on June 21, 2024, on page 4."): the article has ended',
    example: 'Published in The Daily Courier, March 6th, 2024.',
    endsArticle: true,
  },
  {
    name: 'summary-label',
    pattern: /^(?:key points|key takeaways|highlights|summary|in summary|in brief|at a glance|the big picture|tl;?dr|what you need to know|in short|story highlights|ai-assisted summary|quick read|the gist|summary of this (?:article|story)|article summary|what to know|ai-generated summary(?:, reviewed by (?:the )?newsroom)?|\S{2,20}(?:'s|’s) key takeaways)\W{0,3}$/i,
    note: 'the label of a bullet summary above the article; its lines are a digest, not the body',
    example: 'KEY POINTS',
  },
  {
    name: 'ticker',
    pattern: /^(?:(?:[Bb]reaking(?: [Nn]ews)?|BREAKING(?: NEWS)?|[Jj]ust [Ii]n|JUST IN|[Dd]eveloping(?: [Ss]tory)?|DEVELOPING(?: STORY)?|[Ll]ive [Uu]pdates?|LIVE UPDATES?)\s?[:|–—-]\s|LIVE \p{Lu}[\p{L}'’ ]{1,40} latest: )/u,
    note: 'news-ticker items above the article, and a live page\'s link in the ticker ("LIVE Politics latest: ...")',
    example: 'Breaking: Interstate 90 reopens after overnight closure',
    maxWords: 25,
  },
  {
    name: 'reading-time',
    pattern: /^(?:read(?:ing)? time:? ?\d{1,3} ?min(?:ute)?s?|\d{1,3}(?: ?[–-] ?\d{1,3})? ?min(?:ute)?s?\.?(?: read(?:ing time)?)?|listen to (?:this )?article\b.{0,40}|powered by trinity audio|only have a minute\? listen instead|produced by [\w() ]{1,60} using ai narration|translation of an original article\b.{0,80}|(?:new ?)?you can now listen to [a-z' ]{1,40} articles!?|order reprints|print edition|today'?s (?:print edition|paper)(?: ?[|•–-] ?[\w ,]{0,30})?)\W{0,3}$/i,
    note: 'reading-time badges (a reader view\'s "7–9 minutes" too), audio and reprint controls',
    example: 'Read Time: 3 min',
  },
  {
    name: 'author-bio',
    pattern: /^(?:[-–—] ?)?(?:more (?:about|from|by) \p{Lu}[\p{L}'’.-]{0,25}(?: \p{Lu}[\p{L}'’.-]{0,25}){0,3}$|\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){0,2} (?:covers|cubre|couvre|reports on|writes about|is the pseudonym of|has covered|joined [^.]{2,40} in \d{4} and (?:covers|reports)|is (?:an? |(?![Tt]he (?:world|country|nation|region|state|city|continent)(?:'s|’s))[Tt]he [^.]{1,40}?(?:'s|’s) )[^.]{0,60}?\b(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Jj]ournalist|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Cc]ritic|and (?:the )?author of)\b)|[Tt]he (?:writer|columnist) is (?:an?|the|former|currently|a former)\b|\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){1,2}, (?:\p{Lu}\p{L}{1,20} ){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Jj]ournalist|[Cc]olumnist)\. |(?:[Cc]ontact|[Rr]each|[Ee]-?mail) \p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){1,2} (?:at|on|via)\b|[Yy]ou can (?:get in touch with|contact|reach|email) \p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){0,2} (?:by emailing|by email|at|via|on)\b|[Aa] version of this article appear(?:s|ed) in (?:the )?(?:[^.]{1,60} )?print\b|\p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25}){0,3} can be reached at\b|[Tt]his article appeared in the (?:.{1,60} )?print edition\b|.{0,200}\b[Tt]he views expressed (?:here |in this (?:article|column|piece) )?are (?:his|her|their|the author(?:'|’)s|solely)\b|.{0,80}\b(?:writes|has written) (?:a |the )?(?:daily |weekly |regular |monthly )?(?:blog|column|newsletter)\b)/u,
    note: 'author biographies and print notes that close an article ("Jane Doe covers ...", "Jane Doe, Education Reporter. Jane ...")',
    example: 'Jane Doe covers Congress for The Associated Press.',
    maxWords: 150,
    endsArticle: true,
  },
  {
    name: 'comment-policy',
    pattern: /\b(?:comments? (?:will be|are|is) (?:pre-?)?moderated\b|take any or all comments down\b|please do not post fake news\b|can leave comments on our\b|our guidelines on commenting\b|keep (?:your )?comments (?:relevant|civil|on topic)\b|(?:review|read) our (?:community|comment(?:ing)?) (?:guidelines|policy|rules|standards) before (?:commenting|posting)\b|encourages reader discussion on our stories\b|(?:read more about|see|review) our community (?:policies|guidelines|standards)\b)/i,
    note: 'the moderation notice over a comment section: readers, not the article, follow',
    example: 'Comments will be moderated. Keep comments relevant to the article.',
    maxWords: 80,
    endsArticle: true,
  },
  {
    name: 'comment-count',
    pattern: /^\W{0,3}\d{1,6} (?:comments?|responses?|replies)\W{0,3}$/i,
    note: 'a comment counter, often in the article header: furniture, not the end',
    example: '0 Comments',
  },
  {
    name: 'comments-header',
    pattern: /^\W{0,3}(?:comments?|responses?|reply|replies|leave a (?:comment|reply)|post (?:a )?comment|add (?:a )?comment|start (?:a|the) conversation|(?:view|show|see|read|load)(?: all| more)? comments|top (?:rated )?comments?|join the (?:conversation|discussion)|be the first to comment|comments? (?:are )?closed(?: (?:on|for) this (?:story|article|post))?|discussion|comment(?:ing)? (?:guidelines|policy|rules)|comments?: our rules|\d{1,5} (?:thoughts?|responses?|comments?|replies) (?:on|to) [“"].{1,200}[”"])(?: \(?\d{1,6}\)?)?\W{0,3}$/i,
    note: 'comment section headers: what follows is readers, not the article',
    example: 'Leave a Comment',
    endsArticle: true,
  },
  {
    name: 'counter',
    pattern: /^(?:[\d.,]{1,9} ?[km]?(?: (?:shares?|views?|comments?|likes?|reads?))?|this (?:story|article|page|post) has been (?:viewed|read) [\d,]{1,12} times\.?)$/i,
    note: 'share and view counters, lone numbers, "This story has been viewed 2,187 times."',
    example: '0',
  },
  {
    name: 'reaction-widget',
    pattern: /^(?:how (?:does|did) this (?:story |article |post )?make you feel|what(?:'|’)s your reaction|how do you feel about this (?:story|article|post)|was this (?:article|story|information) (?:helpful|useful))\??$/i,
    note: 'the prompt of a reactions or feedback widget (its buttons follow: Happy, Sad, ...)',
    example: 'How does this make you feel?',
  },
  {
    name: 'widget-status',
    pattern: /^(?:invalid (?:query|request)|loading(?: comments| content| more)?|carregando|cargando|chargement(?: en cours)?|wird geladen|caricamento|please wait|no (?:results|posts|articles|comments)(?: found| yet)?|something went wrong|an error (?:has )?occurred|error loading [\w ]{1,30}|(?:please )?enable javascript[\w ,]{0,60}|javascript is (?:disabled|required)[\w ,]{0,60}|your browser does not support [\w ]{1,40}|your (?:location|region|edition) is set to [\w ,.'’-]{2,60})\W{0,3}$/i,
    note: 'status messages that a widget left in the page text (a feed that failed, a spinner, a location picker)',
    example: 'Invalid query',
  },
  {
    name: 'byline-detail',
    pattern: /^(?:[Ss]pecial to|[Ee]xclusive to|[Ff]or|[Ww]riting for|FOR|[Rr]eporting from) (?:the |The )?\p{Lu}[\p{L}.'’-]{1,30}(?:,? \p{Lu}[\p{L}.'’-]{1,30}){0,4}$/u,
    note: 'the outlet or place line under an author\'s name, part of the byline cluster ("Reporting from Lisbon")',
    example: 'Special to The Meridian Courier',
  },
  {
    name: 'navigation',
    pattern: /^(?:home|menu|search|close|report|summari[sz]e|accessibility(?: statement| help)?|skip to (?:main )?content|skip to navigation|back to top|go to top|toggle navigation|main menu|navigation|sections?|more|all sections|open menu|close menu|log in|login|sign in|subscribe now|e-?paper|epaper|archives?|about us|contact us|contact|careers|advertise(?: with us)?|privacy|terms|sitemap|site map|rss|faq|help|print(?: this)?(?: article| page| story)?|breaking news(?: emails| alerts)?|licensing (?:&|and) reprints|show caption|hide caption|toggle caption|enlarge this image|expand (?:this )?image|view (?:larger|full-?size) image|reprints (?:&|and) permissions|(?:english|international|us|uk|india|global) edition|submit (?:a )?(?:letter|story|tip|news tip)[\w ]{0,30}|get the app|listen(?: to this article)?|watch(?: now| live)?|live tv|all >|see all|view all|load more|show more|read later|save for later|jump to comments|(?:found|spotted|see) an? (?:mistake|error|typo)(?: in this (?:article|story))?\??|report it to us\.?|report an? (?:editorial error|technical issue|error|typo)|suggest a correction|submit (?:a )?correction|request reprints?(?: (?:&|and) licensing)?|(?:view )?editorial (?:code of conduct|guidelines|standards)|add to (?:my )?(?:reading list|bookmarks)|bookmark(?: this)?(?: article| story)?)$/i,
    note: 'navigation items and page controls',
    example: 'Skip to content',
  },
  {
    name: 'caption-credit',
    pattern: /^(?:(?:main|featured|top|header|lead) (?:image|photo|picture) credit|photo|image|picture|pic|file photo|file image|video|graphic|illustration|caption|image caption|image source|media caption|photograph|credit|photo credit|bild|foto|fotos|imagen|légende|crédit|crédits)s? ?(?:caption|source|credit)?\s?[:|,-]|^(?:file|representational|representative) (?:photo|image|picture|pic)\W{0,3}$|^(?:photo|image|picture)s? (?:via|courtesy of) \S|^(?:the )?(?:image|photo|picture)s? (?:(?:is |are |has been |have been )?used )?(?:only )?for (?:illustrative|illustration|representational|representative) purposes?(?: only)?\W{0,3}$/i,
    note: 'photo captions and credits',
    example: 'Photo: Collected',
  },
  {
    name: 'caption-parenthetical',
    // The lookahead and the tail are each bounded, so every "(" costs a constant: linear.
    pattern: /(?:^\((?!by |[a-z]{2,15} original by )[^()]{3,120}\)$|\((?=[^()]{0,160}(?:\/|\b(?:photo|photograph|images?|getty|reuters|associated press|afp|nasa|file|courtesy|shutterstock|epa|kyodo|xinhua|yonhap)\b))[^()]{1,160}\)$|\((?:representational|representative|symbolic|file)(?: (?:image|photo|picture|pic))?\)$|\[(?:file|photo|image|pictured)\b[^[\]]{0,160}\]$|\[[^[\]/]{2,60}\/[^[\]]{2,60}\]$|\[ ?[^[\]|]{2,60} \| [^[\]|]{2,40} ?\]$)/i,
    note: 'a caption ending in its credit in brackets, or a credit alone',
    example: 'Titan in false colour, 2004. (NASA/JPL/Space Science Institute)',
    maxWords: 70,
  },
  {
    name: 'caption-inline-credit',
    pattern: /(?:Credit ?(?:\.{3}|…|:)|\((?:Supplied|Photo|Picture|Image|Pic)(?:: [^()]{2,60})?\)$|\(ABC [\p{L} ]{2,30}: [^()]{2,60}\)$|^(?:[Ii]mage|[Mm]edia) (?:caption|[Cc]opyright|source)\b|\bPhotograph(?:er)?: |(?:Photo|Image|Picture|Pic|Foto|Bild|PHOTO|IMAGE|PICTURE|PIC)S?s?: \p{Lu}|^(?:[Aa] )?[Ff]ile (?:photo|image|picture) (?:of|showing)\b|\bused to illustrate (?:the|this) (?:story|article)\b|\b(?:[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage)s? by the (?:author|writer)\.?$|\b(?:[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage)s? (?:by|courtesy of) \p{Lu}[\p{L}'’-]+(?:[ /]\p{Lu}[\p{L}'’-]+){0,4}(?: for (?:[Tt]he )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})?$|[.!?] [–—-] (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}$|\(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} for (?:[Tt]he )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,4}\)$|[.!?] \(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\)$|[.!?] \(\p{Lu}\p{Ll}[\p{L}'’-]+\)$|^(?=[^()]{10,320}\(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’.-]+){1,3}\)$)[^()]{0,160}\b(?:on|at|in|after|near|during|outside|since|of|from|for|by)\b [^()]{1,160}(?<=[\p{Ll}\d]) \(|\| (?:[\p{L}]+ ){0,2}(?:file )?(?:photo|image|pic|picture)s?\.?$|\s\/[A-Z]{2,6}$|^(?:author|profile) (?:picture|image|photo) of\b|\s[—–] ?\p{Lu}[\p{L}]{1,15} (?:photo|pic|file photo)$|(?:'s|’s) \p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+ (?:reports|has more|has the story)\.$|^[Rr]epresentational (?:image|photo|picture)\b|\bREUTERS\/|\(AP Photo\b|\bAP Photo\/|\/AFP\b|\bAFP\/|\bGetty Images\b|\bFile Photo\b|^FILE - )/u,
    note: 'a caption that names its photographer or agency inside the line, maybe glued to its last word ("... a rabbitCredit: Getty"), or a broadcaster\'s labelled caption ("Image caption ...", "Image copyright @handle")',
    example: 'A worker inspects a burst main in Bristol. REUTERS/Jane Doe/File Photo',
    maxWords: 80,
  },
  {
    name: 'credit-pipe-or-glued',
    pattern: /(?:[.!?)"”’] ?\| ?\p{Lu}[^|/]{1,60}\/[^|/]{2,40}$|[.!?] \| \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$|\p{Ll}[.!?]\p{Lu}{2,}(?: \p{Lu}{2,}){1,3}$|\p{Ll}[.!?]\p{Lu}\p{Ll}{1,20}(?: \p{Lu}[\p{L}'’-]{1,20}){1,2}\/[^/]{2,40}$)/u,
    note: 'a caption whose photographer credit follows a pipe ("| Name/OUTLET", "... on Tuesday. | Kenji Arimura") or is glued after the last sentence ("...Tuesday.Ana Ruiz/Daily Staff", "...febrero.PABLO MONGE")',
    example: 'Members of the committee at the hearing on Tuesday. | Ana Ruiz/POLITICO',
    maxWords: 80,
  },
  {
    name: 'caption-agency-suffix',
    pattern: /^[^.!?]{5,150}[.!?] (?:EFE|AFP|AP|REUTERS|Reuters|EPA|XINHUA|Xinhua|ANI|AA|dpa|DPA|ANSA|Getty Images)$/,
    note: 'a one-sentence caption with the agency after it ("Brizuela, during a match. EFE"); a long last paragraph ending "... PTI" stays body',
    example: 'Brizuela, during a match with Peñarol. EFE',
    maxWords: 25,
  },
  {
    name: 'wire-feed-header',
    pattern: new RegExp(`^(?:(?:[a-z] ){0,2}BC-\\S[^,]{0,80}(?:,\\d{1,5})?|<ID:[\\w.-]{3,40}>|[A-Z][A-Z\\d]{1,20}(?:[-/][A-Z\\d]{2,20}){1,5}|(?:${AGENCY_ALTERNATION}) (?:NEWS SERVICE|NEWSWIRE|WIRE SERVICE|NEWS FEED|News Service|Newswire|Wire Service|News Feed)|Eds?: [^\\n]{2,300}|(?:Priority|Category|Desk|Story(?: ID)?|Word count|Words|Version|Slug|Keywords?|Topics|Urgency|Selector|Service level): \\S[^\\n]{0,200})$`, 'u'),
    note: 'the header lines of a news agency\'s feed around a story: an AP slug ("BC-AS--Ferry Drifts,498"), a story id, a slug in capitals ("BANGLADESH-GARMENTS/PROTEST"), the service\'s name, an editors\' note ("Eds: UPDATES with ..."), and its labelled fields (priority, category, desk, word count, keywords)',
    example: 'Story: BOM27  Category: NATIONAL  Desk: BOM',
    maxWords: 40,
  },
  {
    name: 'caption-dated',
    // Not a quoted paragraph ('..., he said in Central Jakarta on Tuesday, September 24, 2024.').
    pattern: /^(?!["“‘'])(?![^\n]*\b(?:said|says|told)\b)[^\n]*\b(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:Jan(?:uary|\.)|Feb(?:ruary|\.)|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)|Sept?(?:ember|\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.)) \d{1,2}, \d{4}\.$/u,
    note: 'a wire photo\'s caption, which ends on the full date the picture was taken ("... in Lincoln, Neb., on Monday, March 3, 2025."); a story\'s sentences say "on Monday"',
    example: 'State Sen. Ruth Dahlberg speaks during debate in Lincoln, Neb., on Monday, March 3, 2025.',
    maxWords: 50,
  },
  {
    name: 'credit-line',
    pattern: NAME_SLASH_OUTLET,
    note: 'a photographer\'s credit alone on its line: a name in name case, then outlet or role after a slash (not a headline in capitals)',
    example: 'Karen Liu/Staff photographer',
  },
  {
    name: 'credit-suffix',
    // A byline credits its agency the same way ("By Ana Ruiz | The Associated Press", "Tapiwa Moyo |
    // AFP": two to four words before a pipe): not a caption.
    pattern: new RegExp(`^(?!by\\s)(?![^\\s|]{1,26}(?: [^\\s|]{1,26}){1,3} \\| ).*[|/] ?(?:photo|image|file|getty(?: images)?|epa|collected|shutterstock|${AGENCY_ALTERNATION})(?: photo| images?)?\\)?$`, 'i'),
    note: 'captions ending in an agency (any in the agency table) or photo credit',
    example: 'Rescue workers search the rubble. | Reuters',
  },
];

/** Lines that are article text whatever the furniture rules say. */
export const KEEP_RULES: readonly Rule[] = [
  {
    name: 'gallery-or-video-title',
    pattern: /^(?:photos|videos?|watch|gallery|in pictures)\s?: (?:\S+ ){4,}\S*[^.\s]$/i,
    note: 'a gallery\'s or video\'s title, which reads like a photo credit ("Photos: ...") but is a headline',
    example: 'Photos: Thousands turn out for Riverside Hot Air Balloon Festival',
  },
];
