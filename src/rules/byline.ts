import type { Rule } from './types.js';
import { CASELESS_SCRIPT_LETTERS, LANGUAGE_NAME } from './stopwords.js';
import { AGENCY_ALTERNATION, SPELLED_OUT_AGENCY_ALTERNATION } from './wire.js';

/** A month name as stamps write it: "Jun", "June", "Sept.". */
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';

/** A stamp's day, month and year, day or month first: "12 Mar 2009", "Mar 12, 2009". */
const DAY_MONTH_YEAR = `(?:\\d{1,2} ${MONTH_WORD},? \\d{4}|${MONTH_WORD} \\d{1,2},? \\d{4})`;

/** A name of two to four capitalised words, maybe with a particle: "Pieter van Dalen". */
const NAME_BEFORE_PLACE = "\\p{Lu}[\\p{L}'’.-]{0,25}(?: (?:(?:van|von|de|der|da|del|al|bin|la|le|du|di) )?\\p{Lu}[\\p{L}'’.-]{0,25}){1,3}";
/** The city a byline's author files from; a language is no city ("Latin America in English"). */
const IN_PLACE = ` (?:in|à) (?!${LANGUAGE_NAME}$)\\p{Lu}[\\p{L}.'’-]{1,25}(?: \\p{Lu}[\\p{L}.'’-]{1,25}){0,2}`;

/**
 * Byline lines. Group 1 is the byline as the dump gives it (still to be cleaned).
 */
export const BYLINE_RULES: readonly Rule[] = [
  {
    name: 'by-prefix',
    pattern: new RegExp(String.raw`^(?:\(|\/ |[•▪] )?(?:By(?=\p{Lu}\p{Ll}|\p{Lu}{2,} \p{Lu})|(?:(?:[Pp]ar|[Pp]or|[Vv]on) ?\/ ?[Bb]y|[Tt]exto(?: de)?|[Gg]eschichte von|[Aa]uthored [Bb]y|[Ee]ine? (?:Kommentar|Analyse|Gastbeitrag|Kolumne|Glosse|Meinungsbeitrag) von|[Bb]y|BY|[Bb]yline:|BYLINE:|(?:[Aa]nalysis|[Oo]pinion|[Cc]ommentary|[Rr]eview|[Ii]nterview|[Nn]ews|[Ff]eature|[Gg]uide|[Pp]hotos|[Ss]tory|[Tt]ext|[Ss]hort|(?:[Tt]ext|[Ww]ords|[Ss]tory) and (?:photos?|photographs|pictures)) by|[Ww]ritten [Bb]y|[Ff]act [Cc]heck [Bb]y|[Aa]rticle [Bb]y|[Cc]urated [Bb]y|[Ww]ords by|[Cc]ompiled by|[Rr]esearched by|[Ss]tory by|(?:[Mm]atch |[Ss]pecial |[Ll]ive )?[Rr]eport by|[Rr]eported [Bb]y|[Rr]eporting by(?![^\n]*\b(?:[Ee]diting|[Ww]riting) by)|[Tt]ext by|[Pp]osted [Bb]y|[Ss]ubmitted by|[Pp]ublicad[oa] por|[Pp]ostado por|[ÉéEe]crit par|Nā|(?:\p{Lu}\p{Ll}{2,15} )?[Oo]riginal by|[Vv]on|[Dd]al(?:la)? (?:nostr[oa]|vostr[oa]) (?:inviat[oa]|corrispondente)|(?:[Aa]rticle )?[Rr]édigé par|[Gg]eschrieben von|[Ee]scrito por|[Ss]critto da|[Pp]ar|[Pp]or|di|[Dd]oor|[Aa]f|[Aa]v|[Oo]leh|OLEH|[Tt]ekst(?= \p{Lu})|[Vv]an onze (?:verslaggever|verslaggeefster|correspondent|correspondente|redacteur|redactrice)s?|(?:Ni|NI)(?= \p{Lu}\S* \p{Lu})(?! (?:Gusti|Made|Wayan|Nyoman|Ketut|Putu|Komang|Kadek|Nengah|Luh|Kade|Ayu) )|NA(?= \p{Lu}{2,} \p{Lu}{2,})|(?:[Pp]ewarta|[Pp]enulis|[Rr]eporter|[Ll]aporan|[Aa]utora?|[Aa]uteur|[Aa]utore|[Aa]utorin|[Yy]azar|[Ff]orfatter|[Ff]örfattare|[Bb]ài(?: và ảnh)?|[Tt]ác giả|[Аа]втор|[Аа]ўтар|[Аа]утор|[Тт]екст(?: и фото)?|ТЕКСТ|লেখক|প্রতিবেদক|लेखक|रिपोर्टर|تحریر|رپورٹ|رپورٹر) ?:)(?: ?:|\s)\s{0,20})(?:(?:[—–]|-{1,2}) )?((?:(?:[a-z]{3,15} ){0,2}(?:reporter|correspondent|editor|writer|journalist)s? )?(?:\p{Lu}|(?:de|da|van|von|al|el) \p{Lu}|[${CASELESS_SCRIPT_LETTERS}])[^!?]{1,160}(?<!\p{Ll}{2}\.))\)?$`, 'u'),
    note: '"By Jane Doe", "By political reporter Tom Li", "/ By ..." under a local station\'s name, "• By ..." as a text browser sets a list\'s item, "Written by ...", a fact-checker\'s "Fact Check by: ..." (not "Fact-checked by", a reviewer), "Curated By: ...", a database export\'s "Byline:", "(Japanese original by ...)" under a translation, German/French/Spanish "von/par/por" (German commentary: "Ein Kommentar von ..."), a bilingual "Par / By", a portal\'s German "Geschichte von" ("Story by"), Malay "Oleh", Filipino "Ni" (not a Balinese woman\'s name: "Ni Komang Sariasih"), Dutch "Tekst" and "Van onze verslaggever", Swahili "NA" (before a name in capitals), Vietnamese "Bài và ảnh:", the writer\'s labels of Bengali, Hindi and Urdu ("লেখক:", "लेखक:", "تحریر:"); a capital (or a role, then a capital, or a letter of a script without case) must follow ("By the end of ..." is prose)',
    example: 'By Jane Doe and John Roe',
  },
  {
    name: 'bracketed-writing-credit',
    pattern: /^\((?:[Tt]his (?:article|story|report) was )?(?:[Ww]ritten|[Rr]eported|[Cc]ompiled) by (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:(?:, | and | & )\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}){0,3})\.?\)$/u,
    note: 'a credit in brackets under the story, as Japanese papers\' English editions close it ("(This article was written by Ryo Onishi and Yuka Ito.)")',
    example: '(This article was written by Ryo Onishi and Yuka Ito.)',
    personName: true,
  },
  {
    name: 'name-role',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?: ['’]\d{2})?(?:,| [–—-])? (?:(?:\p{Lu}\p{Ll}+|\p{Lu}{2,6}|[Ss]taff|[Ss]enior|[Ss]pecial|[Cc]hief|[Dd]eputy|[Aa]ssociate|[Mm]anaging|[Cc]ontributing|[Nn]ews|[Pp]olitical|[Ff]oreign|[Bb]usiness|[Hh]ealth|[Ss]cience|[Ee]ducation|[Ss]ports|[Mm]oney|[Cc]onsumer|[Ff]inance|[Tt]ech(?:nology)?|[Pp]roperty|[Tt]ravel|[Ee]nergy|[Cc]limate|&|and|of),? ){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Bb]ureau [Cc]hief|[Cc]ontributor|[Cc]olumnist|[Jj]ournalist|[Pp]roducer|[Rr]eviewer|[Cc]ritic|[Oo]fficer|[Rr]edacteur|[Rr]edakteur(?:in)?|[Rr]édact(?:eur|rice)|[Jj]ournaliste|[Pp]eriodista|[Gg]iornalista|[Kk]orrespondent(?:in)?|[Rr]epórter|[Jj]ornalista|[Rr]edator(?:a)?|[Cc]orrespondente|[Cc]orresponsal)\b.{0,60})$/u,
    note: 'a name followed by a role, with up to three words before it (a desk, a beat, a place, the outlet\'s initials): "Sarah Khan, Staff Reporter", "Rhiannon Pryce-Jones, Social Affairs Correspondent", "Mere Tūhoe-Bennett, Auckland Reporter", "Kentaro Ishii, AKR staff writer", "Dana Kerrigan, Houston Bureau Chief"',
    example: 'Sarah Khan, Staff Reporter',
    personName: true,
  },
  {
    name: 'names-and-role',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?: ['’]\d{2})?(?:(?:, | and | & )(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?: ['’]\d{2})?){1,3},? (?:\p{Lu}\p{L}{1,20} )?(?:[Ss]taff |[Ss]enior |[Ss]pecial |[Cc]ontributing )?(?:[Rr]eporters|[Cc]orrespondents|[Ww]riters|[Ee]ditors|[Cc]ontributors|[Jj]ournalists))$/u,
    note: 'several names sharing one role in the plural, maybe after the outlet, each maybe with a student\'s class year: "TOMOKO ISHIDA and RYO NAKAMURA, Nikkei staff writers", "Sam Ortiz \'25 and Lee Park \'27, Contributing Writers"',
    example: 'Ana Ruiz and Ben Ode, Harbour staff writers',
    personName: true,
  },
  {
    name: 'name-comma-bureau',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}), \p{Lu}\p{Ll}+ [Bb]ureau$/u,
    note: 'a reporter\'s name and the city bureau they file from ("Rafiqul Islam Shuvo, Chattogram Bureau"; a place and an outlet\'s bureau, "New Delhi, News Nation Bureau", is no name)',
    example: 'Rafiqul Islam Shuvo, Chattogram Bureau',
    personName: true,
  },
  {
    name: 'name-comma-university',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}), (?:(?:The )?(?:\p{Lu}[\p{L}&'’.-]{0,25} ){0,4}(?:University|College|Institute|Polytechnic)(?: of (?:\p{Lu}[\p{L}&'’.-]{0,25} ?){1,4})?|(?:University|Universit[éy]|Universidad|Universität) (?:of |de |du )?(?:\p{Lu}[\p{L}&'’.-]{0,25} ?){1,4})$/u,
    note: 'an academic\'s name and university under the title of an academic outlet, one writer a line ("Priya Natarajan, University of Westhaven", "Callum Reid, Eastmoor University")',
    example: 'Priya Natarajan, University of Westhaven',
    personName: true,
  },
  {
    name: 'name-comma-agency',
    pattern: new RegExp(`^((?:\\p{Lu}[\\p{L}'’.-]{0,25} ){1,3}\\p{Lu}[\\p{L}'’.-]{0,25}(?: and (?:\\p{Lu}[\\p{L}'’.-]{0,25} ){1,3}\\p{Lu}[\\p{L}'’.-]{0,25})?)(?:(?:,| [-–—]) (?:${AGENCY_ALTERNATION})| (?:${SPELLED_OUT_AGENCY_ALTERNATION}))$`, 'u'),
    note: 'a name and the agency it works for, after a comma or a dash, under a "By" line or alone (PBS carrying AP; "Seda Kaya - AA" on a Turkish daily), or spelled out with nothing between ("Lena Hollis Associated Press", as US papers\' templates print it); two names joined by "and" too',
    example: 'Dana Whitcomb, Associated Press',
    personName: true,
  },
  {
    name: 'name-comma-outlet-in-capitals',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}), (?!(?:CEO|CFO|CTO|COO|MP|MLA|MD|PHD|RN|MBA|JD|ESQ|OBE|MBE|CBE)$)(\p{Lu}{2,}(?: \p{Lu}{2,}){0,3})(?: (?:Published|Updated) [^\n]{3,120})?$/u,
    note: 'a name and its outlet in capitals, as USA Today sets it ("Marisa Kettleman, USA NOW"), maybe with the stamps run on ("Marcus Whitfield, USA TODAY Published 5:01 a.m. ET Jan. 8, 2019 | Updated ..."); a title after the comma ("CEO") is no outlet',
    example: 'Marisa Kettleman, USA NOW',
    personName: true,
  },
  {
    name: 'name-comma-station-or-site',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}), (?:(?:[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?|CTV News|CBC News|Global News)(?: \p{Lu}[\p{L}.'’-]{1,20}){0,2}|[\p{L}\d-]{2,30}\.(?:com|net|org|co\.uk|[a-z]{2}))$/u,
    note: 'a name and the station (call sign, maybe with its city) or the site (its domain) it reports for: "Nicole Sauvé, CKSK Saskatoon", "Ieva Kazlauskaitė, LRN.lt"',
    example: 'Nicole Sauvé, CKSK Saskatoon',
    personName: true,
  },
  {
    name: 'name-comma-place',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}), {1,3}\p{Lu}\p{Ll}{2,20}(?:['’]s \p{Lu}\p{Ll}{2,20})?$/u,
    note: 'a name and the one-word place it files from ("Md Shahin Alam, Gazipur"), or a possessive one ("Farid Uddin Ahmed, Cox\'s Bazar"), maybe spaced off ("Arif Chowdhury,  Chittagong"); two names after each other have two words each',
    example: 'Ariful Haque Bhuiyan, Savar',
    personName: true,
  },
  {
    name: 'name-comma-the-outlet',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}), (?:[Tt]he (?:\p{Lu}[\p{L}&'’.-]{1,25} ){0,3}\p{Lu}[\p{L}&'’.-]{1,25}|(?:\p{Lu}[\p{L}&'’.-]{1,25} ){1,3}(?:News|English|Times|Post|Herald|Tribune|Journal|Media|Network|Online|Today|Daily|Express|Wire|Advertiser|Gazette|Courier|Chronicle|Observer|Standard|Telegraph|Examiner|Argus|Mercury|Sentinel|Beacon|Advocate|Dispatch|Ledger|Enquirer|Inquirer|Leader|Record|Register|Bulletin))$/u,
    note: 'a name and the outlet it writes for: "The ..." or a name ending in an outlet word ("Nadia Karimi, Al Arabiya English"); "Nadia Kellerman, Sam Oduya" is two names',
    example: 'Dana Ruiz, The Motley Fool',
    personName: true,
  },
  {
    name: 'names-dash-outlet',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?:(?:, | and | & )(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}){0,3}) [-–—] (?:[Tt]he )?(?:\p{Lu}[\p{L}.&'’]{1,25} ){0,3}(?:News|Times|Post|Herald|Tribune|Journal|Daily|Star|Express|Telegraph|Chronicle|Inquirer|Gazette|Mirror|Standard|Press|Observer|Guardian|Bulletin|Sun|Nation|Independent|Insider|Record|Examiner|Globe|Monitor|Courier|Dispatch|Media)$/u,
    note: 'names, a dash and the outlet (its last word a newspaper word, so "Taylor Swift - The Eras Tour" is no byline): "Ana Cruz, Ben Ode - The Philippine Star"',
    example: 'Kristine Cruz, Romel Ibarra - The Harbour Star',
    personName: true,
  },
  {
    name: 'newsroom-desk',
    pattern: /^((?:REDACCI[ÓO]N|[Rr]edacci[óo]n|REDA[ÇC][ÃA]O|[Rr]eda[çc][ãa]o|R[ÉE]DACTION|[Rr][ée]daction|REDAZIONE|[Rr]edazione|REDAKTION|[Rr]edaktion)(?: \p{Lu}[\p{L}]{1,20}){0,2}(?: ?\/ ?(?:Staff|STAFF|Newsroom|NEWSROOM|Desk|DESK))?)$/u,
    note: 'a Spanish, Portuguese, French, Italian or German newsroom credited for a story, maybe with its section ("REDACCIÓN ECONOMÍA") or in English too ("Redacción / Staff"): a desk, no person',
    example: 'REDACCIÓN ECONOMÍA',
  },
  {
    name: 'name-slash-role',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,2}\p{Lu}[\p{L}'’.-]{1,25}) ?\/ ?(?:(?:Staff|Senior|Chief|Special|Contributing|Freelance) )?(?:Reporter|Writer|Correspondent|Editor|Journalist)$/u,
    note: 'a writer\'s name, a slash and the role ("Name/Agency" under a story is a sign-off instead)',
    example: 'Kedesha Morrison/Staff Reporter',
    personName: true,
  },
  {
    name: 'name-comma-outlet-staff',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,2}\p{Lu}[\p{L}'’.-]{1,25}(?:(?: & | and )(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,2}\p{Lu}[\p{L}'’.-]{1,25})?), (?:\p{Lu}[\p{L}.&'’-]{1,20} ){1,3}(?:Staff|Staff Writers?|Staff Reporters?|Bureau)(?:, [a-z\d][a-z\d-]{1,30}\.[a-z]{2,4}(?:\.[a-z]{2})?)?$/u,
    note: 'one or two writers\' names, then the outlet\'s staff or bureau after a comma, maybe the site\'s address after it ("Tanvir Alam, Khulna Bureau, bdnews24.com"; read as a desk, the names would be lost)',
    example: 'Jason Meltzer, Patch Staff',
    personName: true,
  },
  {
    name: 'desk-byline',
    // A desk word alone ("Newsroom", "Team") is a menu entry unless a separator follows it ("Staff | June 21").
    pattern: /^(?:[Bb]y (?:the |The )?(?=(?:[Ee]ditorial|EDITORIAL) ))?(?:\p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{1,20})?, )?([Ee]ditorial [Bb]oard|EDITORIAL BOARD|(?:\p{Lu}[\p{L}'’.-]{0,30} ){1,3}(?:[Dd]esk|DESK|[Cc]orrespondent|[Rr]eporter|[Bb]ureau|[Ss]taff|STAFF|[Tt]eam|[Nn]ewsroom|[Nn]ews [Ss]ervice|[Mm]edia [Nn]etwork|[Nn]ews [Nn]etwork|[Ss]taff [Ww]riter)(?: [Rr]eport)?|[Ss]taff (?:[Ww]riter|[Rr]eporter)s?|(?:[Dd]esk|DESK|[Cc]orrespondent|[Rr]eporter|[Bb]ureau|[Ss]taff|STAFF|[Tt]eam|[Nn]ewsroom)(?= ?[|,]))\s?(?:\. \p{Lu}[\p{L}'’-]{1,25}(?: \p{Lu}[\p{L}'’-]{1,25}){0,2} (?=\|))?(?:[|,].{0,80}| [-–] \p{Lu}.{0,60})?$/u,
    note: 'desk and staff bylines, optionally after a place or before one after a spaced full stop: "International Desk |", "New Delhi, News Bureau |", "Staff Correspondent . Chattogram | Published: ...", "By the Editorial Board"; a desk word alone needs a separator after it',
    example: 'International Desk |',
  },
  {
    name: 'name-profile-link',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}\p{Ll}{1,25})(?:View|Read|See|More) (?:More |All )?(?:Articles|Stories|Posts)$/u,
    note: 'an author name glued to the link to their other articles',
    example: 'Lena Van HoutenView More Articles',
    personName: true,
  },
  {
    name: 'name-dash-place-capitals',
    pattern: /^((?:\p{Lu}\p{Ll}[\p{L}'’.-]{0,24} ){1,3}\p{Lu}\p{Ll}[\p{L}'’.-]{0,24}) [-–—] \p{Lu}{3,}(?: \p{Lu}{3,}){0,2}$/u,
    note: 'the writer\'s name in name case, a dash and the city in capitals, as Turkish English-language dailies print the byline (a rubric in capitals is no name: "ECONOMIC SPOTLIGHT - ITALIAN BOOM")',
    example: 'Selin Aydemir - ISTANBUL',
    personName: true,
  },
  {
    name: 'name-dash-site',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}) [-–—] [\p{L}\d-]{2,30}\.(?:com|net|org|ph|co)(?:\.[a-z]{2})?$/u,
    note: 'the writer\'s name, a dash and the site\'s address, as Philippine sites print the byline',
    example: 'Maria Elena Santos - Philstar.com',
    personName: true,
  },
  {
    name: 'names-bracketed-outlet',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?:(?:, | and | & )(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}){0,3}) \((?:The |the )?\p{Lu}[\p{L}.'’-]{1,25}(?: \p{Lu}[\p{L}.'’-]{1,25}){0,3}\)$/u,
    note: 'writers\' names with their outlet in brackets, no "By", as Indonesian and other Asian dailies print them',
    example: 'Nina Hartanto and Bagus Prasetyo (The Jakarta Post)',
    personName: true,
  },
  {
    name: 'name-handle',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}),? ?@\w{2,30}(?: ?[/|·•] ?.{1,40})?$/u,
    note: 'an author name with a social handle, maybe glued to it ("Kaya Lind@kayalind"), often then the age of the post',
    example: 'Nadia Okafor @nadiaokafor / 2 days',
    personName: true,
  },
  {
    name: 'source-label-writer',
    pattern: /^[Ss]ource:\s?(?![^|]*\b(?:News|Agency|Press|Media|Service|Times|Daily|Online)\b)((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25})(?:, (?:[Cc]ontributor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Jj]ournalist)| \| \p{Lu}[^|\n]{1,40})$/u,
    note: 'a "Source:" label naming a writer with a role or the outlet after a pipe, as Ghanaian portals credit their reporters ("Source: Ama Boakye | GoldCoast News"): a byline, not an agency',
    example: 'Source: Kwame Asante, Contributor',
    personName: true,
  },
  {
    name: 'desk-dot-name',
    pattern: /^(?:\p{Lu}[\p{L}&'’.-]{1,25} ){1,4}(?:[Dd]esk|[Tt]eam|[Bb]ureau|[Ss]taff) · ((?:\p{Lu}[\p{L}'’.-]{1,25} ){1,3}\p{Lu}[\p{L}'’.-]{1,25})$/u,
    note: 'an app\'s credit of the desk and then the writer, set apart by a middle dot',
    example: 'Finlens Markets Desk · Jonah Pell',
    personName: true,
  },
  {
    name: 'labelled-name-list',
    pattern: /^(?:[Aa]uthors?|AUTHORS?)\s?:\s?\[((?:['"][^'"\n]{1,60}['"](?:, )?){1,8})\]$/u,
    note: 'a scraper\'s list of authors as a Python or JSON list (newspaper3k\'s "Authors: [...]")',
    example: "Authors: ['Rebecca Lyle', 'Staff Writer']",
    personName: true,
  },
  {
    name: 'labelled-name',
    pattern: /^(?:[Aa]uthors?|AUTHORS?|[Ww]riters?|WRITERS?|[Rr]eporters?|REPORTERS?|[Tt]exte?|[Ii]nterview|Συντάκτης|[Pp]iše|[Ww]ords|WORDS|(?:[Ww]ords|[Tt]ext) (?:&|and) (?:[Pp]ictures|[Pp]hotos)|[Aa]utor|[Aa]uteur|dc:creator)\s?:\s?((?:\p{Lu}[\p{L}\d'’.-]{0,25}(?: \([^()]{1,30}\))?(?:[ ,&]{1,3}|,? and )){0,6}\p{Lu}[\p{L}'’.-]{0,25}(?: \([^()]{1,30}\))?)(?:; [^;|\n]{1,60})?(?: {0,2}[|·•] {0,2}(?:[Ee]ditors?\s?:[^|]{1,60}|(?:[Pp]hotos?|[Pp]hotography|[Ii]mages?)\s?:[^|]{1,60}|[^|]{0,40}\d[^|]{0,30}|[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3})){0,2}(?:, (?:\+?[\d() .-]{7,20}|[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3})){0,2}(?:, \p{Ll}{2,5})?$/u,
    note: 'a label and the names on one line, each maybe with its outlet in brackets ("Author: Ana Lee (KARE 11), Tom Roe") or an agency in lower case after them ("Author: Jonas Leitner, dpa"), maybe then the editor, the photographer, the stamp or an address ("Author: Sok Chanthy | Publication date 22 March 2025 | 18:44 ICT", "Text: Ana Ruiz · Photography: Joana Serrão"), or a role or outlet after a semicolon, as a news database\'s field gives it ("Author: Dana Mercer; Bloomberg News"); a feed\'s "dc:creator:" field too',
    example: 'Author: Oksana Hrytsenko',
    personName: true,
    deskWithAgency: true,
  },
  {
    name: 'name-outlet-in-brackets',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}) \((?:[Tt]he )?\p{Lu}[\p{L} .&'’-]{2,40}\)$/u,
    note: 'a name and the outlet in brackets',
    example: 'Rina Kusumadewi (The Jakarta Post)',
    personName: true,
  },
  {
    name: 'names-in-places',
    pattern: new RegExp(`^((?:${NAME_BEFORE_PLACE}(?:${IN_PLACE})?(?:, | and | with )){0,3}${NAME_BEFORE_PLACE}${IN_PLACE})$`, 'u'),
    note: 'authors with the city each files from, as the FT writes them, or one city for all ("Owen Price and Rhiannon Greaves in Edinburgh", AFP\'s "Laure FONTANEL with Jonah PIKE in Washington"); "Latin America in English", a site\'s tagline, names a language, no city',
    example: 'Pieter van Dalen in Amsterdam and Rosa Whitfield in London',
    personName: true,
  },
  {
    name: 'name-slash-credits',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25})(?: \/ .{2,80}|\/(?:\p{Lu}\p{L}{1,20} ){0,2}(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Cc]ontributor))$/u,
    note: 'a name, then desk, agency or stamp after slashes, as Indian portals lay out their byline; unspaced, only a role ("Name/Gleaner Writer": "Name/AFP" is a photo credit)',
    example: 'Priya Deshmane / TNN / Updated: Jun 3, 2024, 10:05 IST',
    personName: true,
  },
  {
    name: 'agency-then-stamp',
    pattern: new RegExp(`^(?:[A-Z]{2,6} ?\\/ ?)?(${AGENCY_ALTERNATION})(?![a-z]) ?(?:[|/•·–,[-] ?)?(?:[a-z.]{2,20},? )?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? )?(?:published|updated|posted|${MONTH_WORD} \\d{1,2}\\b|\\d{1,2} ${MONTH_WORD} \\d{4}|\\d{4}\\.\\d{1,2}\\.\\d{1,2})`, 'i'),
    note: 'an agency credited on the stamp line, in any case, maybe with the outlet (the agency becomes the source): "KYODO NEWS - Jun 14, 2024", "Reuters , Tuesday 21 Jan 2025", "BNS, LRT.lt 2025.02.18 16:45", "PTI / Jan 22, 2025, 18:47 IST", after the paper\'s initials: "OLJ / AFP, 08 August 2023 19:05", the stamp in brackets: "PTI [ TUESDAY, MARCH 02, 2004 11:49:17 PM ]"',
    example: 'KYODO NEWS - Jun 14, 2024 - 21:48 | Sports, All',
  },
  {
    name: 'stamp-then-agency',
    pattern: new RegExp(`^${DAY_MONTH_YEAR}(?:,? \\d{1,2}[:.]?\\d{2} ?(?:hrs|[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4})?)?(?:, | [|/•·–-] )(${AGENCY_ALTERNATION})$`),
    // Without the u flag (the pattern has no \p class): with it, recheck needs most of its time limit to prove the agency alternation safe.
    note: 'the stamp, then the agency after a comma or a bar (the agency becomes the source), as Indian dailies set the line under the title in the 2000s',
    example: '12 Mar 2009, 0213 hrs IST, PTI',
  },
  {
    name: 'section-agency-stamp',
    pattern: new RegExp(`^[a-z&]{2,20}(?: [a-z&]{1,20}){0,2} \\| (${AGENCY_ALTERNATION}) \\| (?:published|updated|posted)\\b`, 'i'),
    note: 'a meta line of section, agency and labelled stamp between pipes (the agency becomes the source)',
    example: 'Entertainment | PTI | Published On Jan 09, 2025 11:02 pm IST | Last Updated On Jan 09, 2025 11:40 pm IST',
  },
  {
    name: 'place-dash-name',
    pattern: /^\p{Lu}[\p{L}.'’-]{1,20}(?: \p{Lu}[\p{L}.'’-]{1,20}){0,2} [-–] ((?:\p{Lu}\p{Ll}[\p{L}'’.-]{0,24} ){1,3}(?:(?:al|el)-)?\p{Lu}\p{Ll}[\p{L}'’.-]{0,24})$/u,
    note: 'the place filed from, a dash and the author in name case, on a line of their own (Asharq Al-Awsat; "ECONOMIC SPOTLIGHT - ITALIAN BOOM" is a title)',
    example: 'Port Sudan - Ahmed Yunis al-Tayeb',
    personName: true,
  },
  {
    name: 'credit-by',
    pattern: /^Credit: [Bb]y ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?:(?:, | and | & )(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}){0,3})(?:,? [\p{L}'’. -]{1,60})?$/u,
    note: 'a news database\'s credit field under the story, naming the writers with "By" (a photo\'s credit names no writer with "By"): "Credit: By Serena Liu, Bee-Tribune Staff"',
    example: 'Credit: By Aaron Kessler Staff Writer',
    personName: true,
  },
  {
    name: 'label-then-by',
    pattern: /^[^|·•/\n]{2,60}? [·|•/] [Bb]y (\p{Lu}[\p{L}'’.-]{0,25}(?: (?:de |van |von |da |del |der |di |le |la )?\p{Lu}[\p{L}'’.-]{0,25}){1,3})(?: [·|•/] [^\n]{1,30}|, [^\n]{1,80})?$/u,
    note: 'a feed or section label, then the author after a separator and "by", maybe the age or the stamps: a feed reader\'s "The Canal Street Ledger / by Maarten de Groot / 3h", a paper\'s initials "OLJ / By Rania Haddad, 12 February 2025 16:12"',
    example: 'The Canal Street Ledger / by Maarten de Groot / 3h',
    personName: true,
  },
  {
    name: 'name-comma-role',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{1,25} ){1,2}\p{Lu}[\p{L}'’.-]{1,25}), (?:(?:\p{Lu}[\p{L}\d&.'’-]{0,20}|\d{1,3}) ){0,3}(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Cc]olumnist|[Ee]ditor|[Cc]ontributor|[Jj]ournalist)$/u,
    note: 'a name, a comma and the writer\'s post with the outlet in it, as sports and tech sites print the byline ("Callum Reddish, ESPN F1 Writer")',
    example: 'Callum Reddish, ESPN F1 Writer',
    personName: true,
  },
  {
    name: 'name-comma-academic-post',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{1,25} ){1,2}\p{Lu}[\p{L}'’.-]{1,25}), (?:(?:Associate|Assistant|Adjunct|Senior|Visiting|Emeritus|Distinguished|Principal|Clinical) )*(?:Professor|Lecturer|Research Fellow|Postdoctoral Researcher|Researcher|PhD Candidate|Doctoral Candidate)\b[^\n]{0,120}$/u,
    note: 'a name and the writer\'s academic post and university, as pages carrying The Conversation\'s stories print the byline',
    example: 'Lorraine Fetterly, Associate Professor of Social Work, Wichita State University',
    personName: true,
  },
  {
    name: 'name-then-role',
    pattern: /^(?:\p{Lu}[\p{L}'’.-]{1,25} ){1,2}\p{Lu}[\p{L}'’.-]{1,25} (?:\p{L}{2,20} ){0,2}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Cc]olumnist)$/u,
    note: 'a name and the beat after it with no "By" or comma, as British regional sites print it (the cleaners keep the two-word name)',
    example: 'Owain Pritchard Welsh affairs editor',
    personName: true,
  },
  {
    name: 'name-at-venue',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,2}\p{Lu}[\p{L}'’.-]{0,25}) (?:(?:reports|reporting) (?:from|at)|at) (?:the )?\p{Lu}[\p{L}'’.&-]{1,25}(?: [\p{L}'’.&-]{1,25}){0,4}$/u,
    note: 'a sports reporter\'s name of two or three words and the ground the report is filed from ("Tom Harrow at the Riverside Ground", "Fintan Crowe reports from Nowlan Park"; "Apprenticeship Degrees Take Off at Community Colleges" is a title)',
    example: 'Fintan Crowe reports from Nowlan Park',
    personName: true,
  },
  {
    name: 'name-dash-stamp',
    pattern: new RegExp(`^((?:\\p{Lu}[\\p{L}'’.-]{0,25} ){1,3}\\p{Lu}[\\p{L}'’.-]{0,25}) [-–—] (?:(?:${MONTH_WORD} \\d{1,2}, \\d{4}|\\d{1,2}\\/\\d{1,2}\\/\\d{4}),? \\d{1,2}:\\d{2} ?(?:[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,5})?(?: \\| [\\d,]{1,7})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, ${MONTH_WORD} \\d{1,2}(?:st|nd|rd|th)?, \\d{4})$`, 'u'),
    note: 'the author\'s name, a dash, then the date (in words or in figures: "JANE ROE - 4/17/2025, 5:42 PM") and clock time, maybe the comment count after a bar, as tech blogs print them, or the weekday and date in words ("Mara Quintero - Thursday, June 20th, 2024")',
    example: 'Marisol Tenney – Mar 11, 2025 3:58 PM | 142',
    personName: true,
  },
  {
    name: 'name-comma-numeric-date',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}), \d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b[^\n]{0,60}$/u,
    note: 'a name, then the day in numbers and maybe the clock, as a European site\'s English edition prints the byline',
    example: 'Felix Brandauer, 03.06.2025, 10:30 CEST',
    personName: true,
  },
  {
    name: 'name-then-numeric-stamp',
    pattern: new RegExp(`^((?:\\p{Lu}[\\p{L}'’.-]{0,25} ){1,3}\\p{Lu}[\\p{L}'’.-]{0,25})(?:, [\\p{L}\\d-]{2,30}\\.[a-z]{2,6})?,? (?:\\d{4}\\.\\d{1,2}\\.\\d{1,2}\\.?|\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\.?)(?:,? \\d{1,2}[:.]\\d{2})?$`, 'u'),
    note: 'the author\'s name, maybe the site\'s address, and an all-numeric date on one line, as Central and Eastern European sites print them ("Goda Petraitytė, LRV.lt 2025.04.22 14:05"; "Corridor Freight May 6, 2025" is an outlet and its stamp)',
    example: 'Bence Molnár 2024.09.17.',
    personName: true,
  },
  {
    name: 'posted-stamp-then-name',
    pattern: /^(?:(?:[Pp]osted|[Pp]ublished)(?: on)? |(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}{0,7}\.?,? \d))[^·•|\n]{0,50}\b(?:19|20)\d{2}\b[^·•|\n]{0,30} [·•|] ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?:(?:, | and | & )(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}){0,2})$/u,
    note: 'a stamp, labelled or not, a dot and the authors ("Posted on 14 August 2022, 9:30am NZST · Aroha Whaanga", "February 27, 2025 • Ffion Beynon and Gareth Prosser")',
    example: 'Posted on 14 August 2022, 9:30am NZST · Aroha Whaanga',
    personName: true,
  },
  {
    name: 'feed-reader-meta',
    pattern: /^(?:\p{Lu}[^·|/\n]{0,40} [·|/] )?[Bb]y (\p{L}[\p{L}\d .&'’-]{1,40}?) [·|/] (?:[^·|/\n]{1,40} [·|/] )?[^·|/\n\d]{0,20}\d[^·|/\n]{0,30}$/u,
    note: 'a feed reader\'s line of author or agency, feed and time ("by dpa · Europe Wire · Thu, 20 Feb 2025 14:03", "Iberia Business Wire / by EFE / Sep 30, 2024")',
    example: 'by dpa · Europe Wire · Thu, 20 Feb 2025 14:03',
  },
  {
    name: 'stamp-then-by',
    pattern: /^[^|]{0,60}?(?:\d{1,2}[:.]\d{2}|\b(?:19|20)\d{2}\b)[^|]{0,60}? (?:[Ww]ritten )?[Bb]y:? {1,3}((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?: [–—] [^–—|\n]{1,40}| - [^–—|\n-]{1,40}){0,2})(?:, (?:[Ss]enior |[Cc]ontributing |[Ss]taff |[Ss]pecial )?(?:[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Cc]olumnist|[Cc]ontributor))?(?: \(@\w{1,30}\))?(?: ?\/ ?\p{Lu}[\p{L}.&-]{1,20}(?: \p{Lu}[\p{L}.&-]{1,20}){0,2})?(?:(?: [—–-])? (?:[Ll]eave a (?:[Cc]omment|[Rr]eply)|[Nn]o [Cc]omments|\d{1,4} [Cc]omments?))?$/u,
    note: 'a date stamp (a clock time or a year) followed by the author ("... 07:45 AM NPT By: Sabin Adhikari"), maybe the agency after a slash and a blog\'s comment link ("Posted on 19/09/2025 by Rhian Pugh — Leave a comment", "March 3, 2025 by Faith Nyambura / KNA 0 Comments") or the writer\'s role after a comma ("Posted 08/21/2025 by Gerald Oyelowo, Contributing Editor") or role and place after dashes ("... 16:40 By Rafael Nogueira – Agência Brasil reporter – Brasília", "Published on 14/11/2024 - 17:42 By Fernanda Cruz - Agência Federal reporter"); "raises $60 million in Series C led by Aravali Capital" is a title',
    example: 'Monday March 4, 2024 7:45 am PST by Dana Whitfield',
  },
  {
    name: 'place-pipe-by',
    pattern: /^\p{Lu}[\p{Lu} .'’-]{1,30} \| [Bb]y ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?:(?:, | and | & )(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}){0,3})$/u,
    note: 'the place in capitals, a pipe and the byline, as Reuters set them in 2015',
    example: 'KIEV | By Anna Petrova and Mark Hill',
    personName: true,
  },
  {
    name: 'stamp-place-name',
    pattern: /^(?:[Pp]ublished|[Uu]pdated|[Pp]osted):? [^|]{6,60} \| \p{Lu}[\p{L} ]{1,30} \| ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25})$/u,
    note: 'a labelled stamp, the place and the author between pipes, as Mumbai tabloids set them',
    example: 'Published: 30 January,2025 07:45 AM IST | Mumbai | Rehan Ansari',
    personName: true,
  },
  {
    name: 'site-then-by',
    pattern: /^(?:www\.)?[a-z\d-]{2,40}(?:\.[a-z\d-]{2,20}){1,3} {0,2}[·|•-] {0,2}[Bb]y (\p{Lu}[^|·•\n]{2,120})$/u,
    note: 'a read-later tool\'s line of the site\'s address and the byline',
    example: 'southernstar.com.au · by Marcus Lee and Priya Natarajan',
    personName: true,
  },
  {
    name: 'outlet-name-stamp',
    pattern: /^\p{Lu}[\p{L}\d&'’.-]{1,30}(?: \p{Lu}[\p{L}\d&'’.-]{1,30}){0,3} · ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}) · (?:(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d)[^·\n]{1,40}|(?:[Yy]esterday|[Jj]ust now|[Tt]oday)[^·\n]{0,20})$/u,
    note: 'an app\'s meta line of the outlet (or section), the writer and the day or the time since ("2h", "Yesterday"), set apart by middle dots',
    example: 'ConstructionBeat · Ray Delgado · Mar 5, 2025',
    personName: true,
  },
  {
    name: 'site-names-reading-time',
    pattern: /^[\w-]{1,40}(?:\.[\w-]{1,40}){1,3} · ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?:, (?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}){0,3}) · \d{1,3} min(?:ute)?s? read$/u,
    note: 'a read-later app\'s line under the title: the site\'s address, the authors and the reading time',
    example: 'nordicobserver.com · Linnea Berg, Jonas Halvorsen · 7 min read',
    personName: true,
  },
  {
    name: 'live-blog-shifts',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25}(?: (?:(?:de|da|del|la|van|von|der|di|du) )*\p{Lu}[\p{L}'’.-]{0,25}){1,3} \((?:now|earlier|later)\)(?:, | and |$)){2,4})$/u,
    note: 'a live blog\'s writers by shift, as British sites credit them',
    example: 'Ana María de la Cruz (now) and Tom Ambrose (earlier)',
    personName: true,
  },
  {
    name: 'reviewed-then-written',
    pattern: /^(?:[Mm]edically|[Pp]eer|[Ff]act|[Cc]linically|[Ee]xpert) (?:reviewed|checked) by [^—–\n]{2,80} [—–] (?:[Ww]ritten|[Aa]uthored) by ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25})(?: (?:on|—|–) [^—–\n]{4,40})?$|^(?:[Ww]ritten|[Aa]uthored) by ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25})(?: on [^—–\n]{4,40})? [—–] (?:[Mm]edically|[Pp]eer|[Ff]act|[Cc]linically|[Ee]xpert) (?:reviewed|checked) by [^—–\n]{2,80}$/u,
    note: 'a health site\'s credit line: the reviewer and the writer with the day, either way round; the writer is the author ("Medically reviewed by Ana Ruiz, MD — Written by Tom Hale on March 14, 2025")',
    example: 'Medically reviewed by Marisol Fuentes, MD, FACC — Written by Grant Holloway on March 14, 2025',
    personName: true,
  },
  {
    name: 'name-initials-stamp',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}), \p{Lu}{2,6}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}\b[^\n]{0,40}$/u,
    note: 'a name, the outlet\'s news service in capitals and the stamp, as Indian dailies print the byline ("Renuka Iyer, TNN, Jun 6, 2025, 06.30 PM IST")',
    example: 'Renuka Iyer, TNN, Jun 6, 2025, 06.30 PM IST',
    personName: true,
  },
  {
    name: 'stamp-then-name-initials',
    pattern: new RegExp(`^${DAY_MONTH_YEAR}, \\d{1,2}[:.]?\\d{2} ?(?:hrs|[AaPp]\\.?[Mm]\\.?)(?: [A-Z]{2,4})?, ((?:\\p{Lu}[\\p{L}'’.-]{0,25} ){1,3}\\p{Lu}[\\p{L}'’.-]{0,25}, \\p{Lu}{2,6})$`, 'u'),
    note: 'the stamp, then the writer and the paper\'s news service or the agency in capitals, as Indian dailies set the line under the title in the 2000s',
    example: '12 Mar 2009, 0213 hrs IST, Ana Rao, TNN',
    personName: true,
  },
  {
    name: 'name-comma-weekday-date',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}) ?, (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:\d{1,2} \p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}),? \d{4}\b[^\n]{0,40}$/u,
    note: 'a name, a comma (maybe spaced off) and the full date with its weekday, as Egyptian and Gulf sites print the byline',
    example: 'Mohamed Adel , Sunday 4 Feb 2024',
    personName: true,
  },
  {
    name: 'name-then-stamp',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}),? {1,4}(?:(?:Published|Posted|Updated|PUBLISHED|POSTED|UPDATED)\b:? \S|\d{1,2}[:.]\d{2}(?: ?[ap]m)?,? (?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{4}\b)[^\n]{0,120}$/u,
    note: 'a name, then the stamp on the same line: "Zeeshan Qureshi Published March 5, 2023 Updated ...", "Fiona Cole Whitaker 15:23, Mar 02 2020" and "Anna Gevorgyan 14:05, 21 August 2024" (once the clock is parted from the name), "Zoë Halloran-Park 5 Mar 2025 | TheTyee.ca"',
    example: 'Zeeshan Qureshi Published March 5, 2023',
    personName: true,
  },
  {
    name: 'name-then-month-date',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?, (?:19|20)\d{2}(?:,? \d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,5})?)?$/u,
    note: 'a name and the date in words with nothing between, as a layout that sets them side by side copies ("Hamza Riaz BhattiMarch 06, 2025" once the month is parted from the name); an outlet\'s name in its place is no person\'s',
    example: 'Hamza Riaz Bhatti March 06, 2025',
    personName: true,
  },
  {
    name: 'names-slash-stamp',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?:(?:, | & | and )(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}){0,3}) ?[/|—–] (?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,? \d{4})\b[^\n]{0,60}$/u,
    note: 'one or more writers, a slash, a pipe or a dash, then the stamp, as Indian papers\' apps and Ukrainian sites print the byline line ("Olena Marchuk — Tuesday, 4 March 2025, 12:35")',
    example: 'Shreya Bhattacharjee & Arnab Ghosal / Jan 8, 2025, 22:16 IST',
    personName: true,
  },
  {
    name: 'by-between-pipes',
    pattern: /^(?:[^|\n]{1,80} \| ){1,3}[Bb]y (\p{Lu}[\p{L}'’.-]{0,25}(?: \p{Lu}[\p{L}'’.-]{0,25}){1,3})(?: \| [^|\n]{1,40}){0,3}$/u,
    note: 'a blog\'s post line with "by Name" among its pipes: "Posted in Celebrity | October 3, 2012 | by Aoife Brennan | 7 Comments"',
    example: 'Posted in Celebrity, Irish Celebs | October 3, 2012 | by Aoife Brennan | 7 Comments',
    personName: true,
  },
  {
    name: 'cjk-reporter',
    // Han and Hangul have no case: the word for reporter is what makes the line a byline.
    pattern: /^(?:\S{0,8}(?:记者|記者|기자명)\s?|[（(](?:记者|記者)\s?)([\p{sc=Han}\p{sc=Hangul}]{2,4}(?:[·、,，][\p{sc=Han}\p{sc=Hangul}]{2,4}){0,3})(?:[／/][\p{sc=Han}]{2,4}報導|[）)])?$/u,
    note: 'a reporter after the Chinese or Korean word for one: "記者林佳蓉／綜合報導", "港脈記者 區曉彤", "기자명 윤서준"',
    example: '記者林佳蓉／綜合報導',
    personName: true,
  },
  {
    name: 'korean-reporter',
    pattern: /^([\p{sc=Hangul}]{2,4}(?:[·,][\p{sc=Hangul}]{2,4}){0,3}) ?기자(?:\s+[^\s@]+@\S+)?$/u,
    note: 'a Korean reporter, the word for reporter after the names, maybe with an address: "박지현 기자", "김도윤·최서연 기자"',
    example: '박지현 기자 jihyun@example.kr',
    personName: true,
  },
  {
    name: 'cjk-labelled-writer',
    pattern: /^[（(]?(?:撰文|文|作者|文字|取材・文|取材・執筆|執筆|记者|記者)\s?[：:｜|／/]\s?([\p{sc=Han}\p{sc=Hangul}]{2,4}|[\p{sc=Han}]{1,3} [\p{sc=Han}]{1,3})(?:[）)]|\s+(?:攝影|摄影|编辑|編輯|责编|責編|图|圖)\s?[：:｜|／/]\s?\S{1,12}){0,2}$/u,
    note: 'a writer after a label in Chinese or Japanese, maybe with the photographer or editor after: "撰文：麥嘉欣 攝影：鄭志偉", "文｜林晓 编辑｜周舟", "（取材・文／高橋涼子）"',
    example: '文｜林晓 编辑｜周舟',
    personName: true,
  },
  {
    name: 'cjk-name-outlet-in-brackets',
    pattern: /^\[([\p{sc=Han}]{1,3} [\p{sc=Han}]{1,3}|[\p{sc=Han}]{2,4})[，,][^\]\n]{1,40}\]$/u,
    note: 'a Japanese site\'s writer and outlet in square brackets: "[中村 亮太，TechWave Japan]"',
    example: '[中村 亮太，TechWave Japan]',
    personName: true,
  },
  {
    name: 'writer-then-photographer',
    pattern: /^(?:[Ww]ords|WORDS|[Tt]ext|TEXT|[Ss]tory|STORY)(?: by| BY)?\s?:?\s{1,3}((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25})\s{1,6}(?:[;,|/·•]\s{0,3}|and\s)?(?:[Pp]hotograph(?:y|s)|[Pp]hotos?|[Pp]ictures|[Ii]mages|[Ii]llustrations?|PHOTOGRAPHY|PHOTOS?)(?: by| BY)?\s?:?\s\S[^\n]{0,60}$/u,
    note: 'a magazine\'s credits for words and pictures on one line, set apart by spaces alone: "Words: Harriet Quinn   Photography: Sam Ellery" (the photographer wrote nothing)',
    example: 'Words: Harriet Quinn   Photography: Sam Ellery',
    personName: true,
  },
  {
    name: 'from-name-place',
    pattern: /^From ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}), \p{Lu}[\p{L}'’.-]{1,25}(?: \p{Lu}[\p{L}'’.-]{1,25})?$/u,
    note: 'a Nigerian paper\'s byline: the reporter and the city filed from, after "From"',
    example: 'From Chinedu Okoro, Abuja',
    personName: true,
  },
  {
    name: 'from-role-name',
    pattern: /^From (?:\p{Lu}[\p{L}.]{1,20} ){0,3}(?:[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?|[Pp]roducers?|[Ww]riters?) ((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?: and (?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25})?)$/u,
    note: 'a broadcaster\'s byline of the 2000s: "From", the role and the name ("From CNN Senior Correspondent Jane Doe")',
    example: 'From CNN Senior Correspondent Jane Doe',
    personName: true,
  },
  {
    name: 'names-between-pipes',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?: \| (?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}){1,3})$/u,
    note: 'writers set apart by pipes with nothing after them, as a Pakistani daily prints two reporters (each part must read as a person\'s name)',
    example: 'Faraz Hussain Zaidi | Shazia Kanwal',
    personName: true,
  },
  {
    name: 'name-pipe',
    pattern: /^(?![^\n]*\| [+-]?[£$€₹]?\d[\d,]{0,12}\.\d{1,4}(?![\d.]))((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}(?:(?:,| (?:&|and)) (?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}){0,3}(?:, \p{Lu}\p{Ll}[\p{L}'’.-]{0,24})?) {0,4}[|·•](?! ?(?:English|Deutsch|Français|Español|Italiano|Português|Nederlands)$)(?! ?(?:The|\p{Lu}\p{L}+(?:'s|’s)) (?:[\p{L}-]+ ){0,3}(?:Most|Largest|Leading|Oldest|Number One)\b)(?! ?(?:[Aa]cting |[Ee]xecutive )?(?:[Ee]ditor|[Pp]ublisher|[Ee]ditor-in-[Cc]hief)\b)(?! ?\d{1,5},? (?:[Rr]ue|[Aa]venue|[Aa]ve\.?|[Ss]treet|[Ss]t\.|[Rr]oad|[Rr]d\.|[Cc]alle|[Aa]venida|[Vv]ia|[Vv]iale|[Bb]oulevard|[Bb]lvd\.?|[Ll]ane|[Cc]hemin|[Pp]laza)\b).{0,160}$/u,
    note: 'one to four names followed by a pipe or a middle dot and usually a desk or date: "Maria Garcia | June 21, 2024", "Ana Roy · CBC News · Posted: ...", "Arjun Nair & Meera Krishnan | Jun 21, 2024, 05:12 IST", "Selin Kaya, Murat Demirtaş   |14.03.2025", "Ramesh Paudel, Pokhara | Oct 22, 2025"; not a masthead over its edition\'s language ("Rheinpfalz Kurier | English"), not a table\'s row of figures ("Nifty Metal | 5,134.70 | -110.25") nor a paper\'s imprint ("Sokal Sandhya | Editor: Rezaul Karim") or a firm\'s address in a mail signature ("Agrisud Conseil | 14 rue Pasteur") (a masthead\'s tagline after the name is none: "New Age | The Most Popular Outspoken English Daily")',
    example: 'Maria Garcia | Updated: June 21, 2024',
    personName: true,
  },
  {
    name: 'name-dangling-dash',
    pattern: /^((?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}) [-–—]$/u,
    note: 'a name and the dash that stood before the stamp, which the copy put on the next line (a Markdown link to the writer\'s page, then " -")',
    example: 'Nur Syafiqah Rosli -',
    personName: true,
  },
];

/**
 * Places of two words or more that bylines name after the writer ("By Arvind Menon, New Delhi"):
 * read as a second name otherwise. One-word places fail the two-word test for a name already.
 */
export const MULTI_WORD_PLACES: ReadonlySet<string> = new Set([
  'new delhi', 'navi mumbai', 'greater noida', 'new york', 'new york city', 'los angeles', 'san francisco', 'san diego', 'san jose', 'san antonio', 'las vegas',
  'new orleans', 'salt lake city', 'kansas city', 'oklahoma city', 'st. louis', 'st louis', 'st. paul', 'fort worth', 'el paso', 'santa fe', 'santa monica',
  'washington dc', 'washington d.c.', 'des moines', 'baton rouge', 'palm beach', 'long beach', 'little rock', 'hong kong', 'kuala lumpur', 'abu dhabi',
  'tel aviv', 'cape town', 'port elizabeth', 'port harcourt', 'port louis', 'port moresby', 'port of spain', 'buenos aires', 'rio de janeiro', 'são paulo',
  'sao paulo', 'mexico city', 'guatemala city', 'panama city', 'kuwait city', 'ho chi minh city', 'phnom penh', 'addis ababa', 'dar es salaam', 'sierra leone',
  'south africa', 'sri lanka', 'united states', 'united kingdom', 'new zealand', 'hong kong sar', 'gold coast', 'sunshine coast', 'la paz', 'san juan',
  'santo domingo', 'san salvador', 'costa rica', 'puerto rico', 'the hague', 'saint petersburg', 'st petersburg', 'st. petersburg', 'nur-sultan',
  'bandar seri begawan', 'kota kinabalu', 'george town', 'quezon city', 'cebu city', 'davao city', 'makati city', 'islamabad capital territory',
  'rawalpindi cantt', 'dera ismail khan', 'dera ghazi khan', 'mirpur khas', 'cox\'s bazar', 'tamil nadu', 'uttar pradesh',
  'madhya pradesh', 'andhra pradesh', 'west bengal', 'himachal pradesh', 'arunachal pradesh',
  'novi sad', 'banja luka', 'nizhny novgorod', 'santa cruz', 'las palmas', 'palma de mallorca', 'san sebastián', 'la plata', 'porto alegre',
  'belo horizonte', 'ciudad juárez', 'johor bahru', 'petaling jaya', 'shah alam', 'kota bharu', 'chiang mai', 'da nang', 'hai phong', 'port vila',
  'port blair', 'new taipei',
  // Countries of two words or more, which sites also set as a section's name over the title.
  'saudi arabia', 'united arab emirates', 'north korea', 'south korea', 'south sudan', 'north macedonia', 'el salvador',
  'burkina faso', 'ivory coast', 'cote d\'ivoire', 'papua new guinea', 'solomon islands', 'marshall islands', 'cook islands',
  'czech republic', 'dominican republic', 'central african republic', 'east timor', 'timor-leste', 'equatorial guinea',
  'trinidad and tobago', 'antigua and barbuda', 'bosnia and herzegovina', 'san marino', 'cape verde', 'new caledonia',
  'united nations', 'middle east', 'latin america', 'south asia', 'east africa', 'west africa', 'southeast asia',
]);

/**
 * Words that make a byline a desk, agency or role rather than a person. Whole words, not parts
 * ("Ícare" holds no "care"); a set, as the 400-word pattern it was cost 4% of a batch.
 */
const NON_PERSON_WORD_SET: ReadonlySet<string> = new Set([
  'found', 'united', 'subscriber', 'login', 'topic', 'topics', 'original', 'star', 'stars', 'writers', 'reporters',
  'contributors', 'columnists', 'republic', 'federation', 'citizen', 'strategy', 'leadership', 'innovation',
  'investing', 'technology', 'cybersecurity', 'entrepreneurs', 'markets', 'retail', 'healthcare', 'policy',
  'careers', 'lifestyle', 'crypto', 'trophy', 'cup', 'league', 'championship', 'championships', 'tournament',
  'olympics', 'election', 'elections', 'democracy', 'explainers', 'authors', 'multiple', 'summit', 'festival', 'awards', 'desk', 'staff', 'correspondent', 'reporter',
  'bureau', 'team', 'newsroom', 'blog', 'blogs', 'agency', 'agencies', 'news', 'service', 'online', 'web', 'editor', 'editors',
  'editorial', 'admin', 'wire', 'report', 'reports', 'writer', 'contributor', 'press', 'media', 'times', 'post',
  'daily', 'tribune', 'herald', 'standard', 'gazette', 'chronicle', 'journal', 'sentinel', 'ledger', 'current',
  'courant', 'argus', 'dispatch', 'mirror', 'messenger', 'pioneer', 'statesman', 'independent', 'globe',
  'investigative', 'secretary', 'treasurer', 'clerk', 'intern', 'chairperson', 'chairman', 'chairwoman',
  'spokesperson', 'spokesman', 'spokeswoman', 'investigations', 'health', 'care', 'access', 'education',
  'environment', 'climate', 'housing', 'humanitarian', 'aid', 'refugees', 'migrants', 'politics', 'economy',
  'energy', 'transportation', 'immigration', 'science', 'culture', 'opinion', 'analysis', 'crime', 'courts',
  'weekly', 'magazine', 'digest', 'advertiser', 'beacon', 'champion', 'examiner', 'enquirer', 'recorder', 'register',
  'express', 'observer', 'guardian', 'telegraph', 'inquirer', 'bulletin', 'courier', 'monitor', 'correspondents',
  'network', 'international', 'national', 'sports', 'business', 'edition', 'print', 'today', 'paper',
  'home', 'latest', 'breaking', 'live', 'video', 'photo', 'photos', 'image', 'images', 'enlarge', 'gallery', 'click',
  'view', 'more', 'share', 'comment', 'comments', 'key', 'points', 'highlights', 'summary', 'article', 'story',
  'menu', 'search', 'skip', 'navigation', 'contact', 'about', 'faq', 'faqs', 'help', 'prayer', 'timing', 'timings',
  'weather', 'font', 'size', 'google', 'play', 'store', 'trade', 'now', 'statistics', 'statistical', 'central',
  'federal', 'government', 'public', 'release', 'releases', 'session', 'plenary', 'district', 'province',
  'municipality', 'parliament', 'assembly', 'committee', 'office', 'embassy', 'consulate', 'rss', 'feed', 'feeds',
  'entries', 'subscribe', 'copy', 'link', 'email', 'social', 'sharing', 'caption', 'inc', 'corp', 'corporation',
  'company', 'co', 'ltd', 'llc', 'plc', 'group', 'holdings', 'partners', 'capital', 'analytics', 'labs',
  'technologies', 'systems', 'solutions', 'foundation', 'institute', 'university', 'association', 'council',
  'ministry', 'department', 'provided', 'world', 'local', 'rédaction', 'redaction', 'redacción', 'redaktion',
  'exchange', 'bank', 'authority', 'commission', 'police', 'airport', 'hospital', 'museum', 'stadium', 'reviewer',
  'tester', 'manager', 'director', 'president', 'officer', 'founder', 'engineer', 'designer',
  'developer', 'analyst', 'consultant', 'specialist', 'coordinator', 'critic', 'critics', 'tv', 'fm', 'unit',
  'division', 'branch', 'directorate', 'merchandiser', 'agronomist', 'economist', 'adviser', 'advisor', 'educator',
  'strategist', 'scientist', 'researcher', 'ceo', 'cto', 'cfo', 'coo', 'vp', 'county', 'courthouse', 'library',
  'english', 'merkezi', 'notícias', 'noticias', 'nachrichten', 'nieuws', 'wiadomości', 'haber', 'berita',
  'nouvelles', 'notizie', 'redazione', 'redactie', 'redakcja', 'redaksi', 'diario', 'diário', 'jornal', 'periódico',
  'periodico', 'gaceta', 'zeitung', 'tageblatt', 'quotidien', 'hebdo', 'gazzetta', 'corriere', 'giornale', 'dagblad',
  'tribuna', 'folha', 'correio', 'heraldo', 'semanario', 'ab', 'gmbh', 'bv', 'nv', 'srl', 'oy', 'sport', 'teilen',
  'drucken', 'merken', 'kommentieren', 'partager', 'imprimer', 'compartir', 'imprimir', 'condividi', 'stampa',
  'abone', 'redactor', 'redactora', 'redator', 'redatora', 'periodista', 'jornalista', 'giornalista', 'journaliste',
  'correspondant', 'correspondante', 'corresponsal', 'inviato', 'inviata', 'dziennikarz', 'dziennikarka', 'redaktor',
  'redaktorka', 'reporterka', 'korespondent', 'korespondentka', 'toimittaja', 'journalist', 'redacteur',
  'redactrice', 'verslaggever', 'regio', 'region', 'región', 'regione', 'região', 'previous', 'next', 'sprache',
  'gebärdensprache', 'asa', 'oyj', 'opinions', 'brief', 'briefing', 'roundup', 'newsletter', 'lecturer', 'lecturers',
  'professor', 'professors', 'fellow', 'fellows', 'watch', 'television', 'radio', 'broadcasting', 'channels',
  'publication', 'inside', 'icon', 'icons', 'logo', 'avatar', 'button', 'thumbnail', 'photographer', 'photographers',
  'illustrator', 'videographer', 'arrow', 'chevron', 'caret', 'action', 'response', 'update', 'updates', 'project',
  'projects', 'fact', 'factcheck', 'research', 'biosciences', 'therapeutics', 'pharmaceuticals', 'pharma', 'biotech', 'bancorp', 'industries', 'enterprises', 'ventures', 'robotics', 'semiconductor', 'semiconductors', 'software', 'airlines', 'motors', 'reflector', 'illuminator', 'lookout', 'reformer', 'newsline', 'lantern', 'searchlight', 'accountability', 'civilians', 'killed', 'displaced', 'ensure', 'protect', 'violence', 'conflict', 'conflicts', 'forum', 'legal', 'producer', 'producers', 'content', 'city', 'channel', 'whatsapp', 'telegram', 'instagram', 'facebook', 'twitter', 'youtube', 'tiktok', 'linkedin',
]);

const WORD_TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
/** A byline's part holds a desk's, agency's or role's word: "HT Correspondent", "Staff Writer", "Daily Star". */
export const hasNonPersonWord = (text: string): boolean => (text.toLowerCase().match(WORD_TOKEN) ?? []).some((word) => NON_PERSON_WORD_SET.has(word));

/** Credit prefixes and suffixes stripped from a byline, in order. */

// Each cleaner cuts from a marker to the end (or, with a replacement, keeps the part it captures);
// the marker is never preceded by an unbounded run of spaces and the tail is [\s\S]* (always
// matches) or the pattern is anchored at both ends, so every pattern is linear in the text.
// cleanByline trims after each step.
/** A title or rank before a name: "Dr. Helen Varga", "Mr Tom Hale", "Station Officer Dana Kirk". */
export const HONORIFIC = /^(?:Dr|Prof|Professor|Rev|Sir|Dame|Mr|Mrs|Ms|Mx|(?:(?:Station|Senior|Chief|Deputy|Assistant|Acting|Detective|Leading|Police) )?(?:Officer|Sergeant|Sgt|Constable|Inspector|Superintendent|Supt|Commander|Captain|Capt|Lieutenant|Corporal|Firefighter|Detective|Det))\.? (?=\p{Lu})/u;

/** An outlet glued to a writer's name by the page layout: "Dana WhitcombeThe Hamilton Spectator". */
export const GLUED_OUTLET = /(?<=\p{Ll})The \p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}(?=$| and |, )/gu;

/** An outlet of two words or more after the names, no comma: "Ryan Delacroix Fox News" (the names are $1). */
export const TRAILING_OUTLET = /^((?:\p{Lu}[\p{L}'’-]{1,25} \p{Lu}[\p{L}'’-]{1,25}(?: ?,| and) ){0,3}\p{Lu}[\p{L}'’-]{1,25} \p{Lu}[\p{L}'’-]{1,25}) (?:\p{Lu}[\p{L}.]{0,25} ){1,2}(?:\p{Lu}\p{Ll}{1,20}-)?(?:News|Times|Post|Herald|Tribune|Journal|Daily|Digital|Online|Media|Network|Magazine|Gazette|Star|Express|Telegraph|Chronicle|Insider|Today|Recorder|Reflector|Examiner|Dispatch|Courier|Sentinel|Observer|Register|Ledger|Advocate|Monitor|Reformer|Illuminator|Lookout|Lantern|Newsline|Searchlight)$/u;

export const BYLINE_CLEANERS: ReadonlyArray<{ name: string; pattern: RegExp; note: string; /** What the match becomes (default: nothing). */ replacement?: string }> = [
  { name: 'glued-section', pattern: /^(?:News|Sport|Sports|Business|Politics|Opinion|Lifestyle|Entertainment|Health|Tech|World|Local|Money|Travel)(?=\p{Lu}\p{Ll}+ \p{Lu})/u, note: 'a section label glued to the name by the page layout: "NewsJade Whitworth"' },
  { name: 'trailing-arrow', pattern: / ?(?:->|→|›|»)$/u, note: 'a link\'s arrow after the byline: "Written by Jordan Whitcombe for The Motley Fool ->"' },
  { name: 'follow-button', pattern: /^Follow (?=\p{Lu})/u, note: 'a follow button before the name: "Follow Lena Marquez"' },
  { name: 'list-quotes', pattern: /(?<=^|, )['"]|['"](?=,|$)/g, note: 'the quotes around each name of a scraper\'s list: "\'Rebecca Lyle\', \'Staff Writer\'"' },
  { name: 'trailing-follow-button', pattern: / Follow(?= and | & |, |$)/g, note: 'a follow button after each name: "Leah Fontaine Follow and Curtis Abernathy Follow"' },
  { name: 'glued-by', pattern: /^By(?=\p{Lu}\p{Ll})/u, note: 'a "By" glued to the name by the page layout: "ByKirsty Halloran"' },
  { name: 'lead-label', pattern: /^(?:(?:par|por|von) ?\/ ?by|(?:analysis|opinion|commentary|review|interview|photos|story|text|short) by|texto(?: de)?|by|written by|curated by|words by|compiled by|researched by|publicad[oa] por|postado por|[ée]crit par|nā|story by|report by|reported by|text by|posted by|submitted by|dal(?:la)? (?:nostr[oa]|vostr[oa]) (?:inviat[oa]|corrispondente)|(?:article )?rédigé par|geschrieben von|escrito por|scritto da|von|par|por|di|door ?:|door|af|av|oleh ?:|oleh|(?:pewarta|penulis|reporter|laporan|autora?|auteur|autore|autorin|yazar|forfatter|författare|bài(?: và ảnh)?|tác giả|автор|аўтар|аутор|текст(?: и фото)?) ?:)[:\s]/i, note: '"By " and friends' },
  { name: 'on-date', pattern: / on (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}(?![a-z])|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[\s\S]*$/i, note: 'the date after the name: "Lieke van Dam on Tuesday, 8 October 2024"' },
  { name: 'lead-role', pattern: new RegExp(`^(?:\\p{L}+ ){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Mm]eteorologist)s? (?!${MONTH_WORD} \\d)(?=\\p{Lu})`, 'u'), note: 'a role before the first name: "Pacific affairs reporter Tahlia Brennan and ..." (a role before the date is after the name: "Tom Reeds Sports Editor Jun 3, 2024")' },
  { name: 'honorific', pattern: HONORIFIC, note: 'a title or rank before the name: "Dr. Helen Varga", "Station Officer Dana Kirk"' },
  { name: 'glued-role', pattern: /(?<=\p{Ll})(?:(?:Staff|Senior|Business|Contributing|Special|Chief|Political|Science|Sports) ?)?(?:Writer|Reporter|Columnist|Editor|Correspondent|Contributor|View More Articles|More Articles|More from)\b[\s\S]*$|(?<=\p{Ll})\p{Lu}\p{Ll}{3,} (?:[Rr]eporter|[Ww]riter|[Ee]ditor|[Cc]orrespondent|[Cc]olumnist)\b[\s\S]*$/u, note: 'a role glued to the name by the page layout: "Ana ReyesStaff Writer", "Ellie StrandTrends reporter", "Marcus BellamyTransportation Reporter"' },
  { name: 'glued-outlet', pattern: GLUED_OUTLET, note: 'the outlet glued to each name by the page layout: "Dana WhitcombeThe Hamilton Spectator"' },
  { name: 'role-after-capitals', pattern: /^(\p{Lu}{2,}(?: \p{Lu}{2,}){1,3}) (?:\p{Lu}\p{Ll}+ ){0,3}(?:Staff |Senior )?(?:Writer|Reporter|Correspondent|Editor|Columnist|Photographer)s?$/u, replacement: '$1', note: 'a role in mixed case after a name in capitals, with the outlet\'s name: "DALE PRUITT Ledger Staff Writer"' },
  { name: 'square-bracketed', pattern: /\s?\[[^[\]]{1,80}\]/g, note: 'an address or note in square brackets: "BY CHOI HYUN-WOO [choi@example.com]"' },
  { name: 'email-address', pattern: /(?:^|\s)[^\s@]+@[^\s@.]+\.\S+/g, note: 'the writer\'s e-mail address after the name: "By Cody Brandt cbrandt@ledger.example" (not a handle glued to it: "Chris Pokorny@DawgsByNature")' },
  { name: 'handle', pattern: /@[\w.]+[\s\S]*$/u, note: 'social handles: "Ken Ibarra@HarborHoops"' },
  { name: 'trailing-role', pattern: /(?<=\p{Ll}) \p{Lu}\p{Ll}+ of (?:the )?(?:\p{Lu}\p{Ll}+ ){1,2}(?:correspondent|reporter|editor)s?$/u, note: 'a role in lower case after the name with no comma, as British papers set it: "Tom Pellow North of England correspondent"' },
  { name: 'piped-credited-names', pattern: /(, (?:\p{Lu}[\p{L}-]* ){0,3}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Pp]roducer)s?) \| (?=(?:\p{Lu}[\p{L}'’.-]{0,25} ){1,3}\p{Lu}[\p{L}'’.-]{0,25}, )/gu, replacement: '$1 & ', note: 'writers each with a role, set apart by pipes as British papers do (the pipe would otherwise end the byline): "Harriet Vane, Transport Correspondent | Tom Okoro, Political Reporter"' },
  { name: 'after-separator', pattern: /(?:[|•/]|(?<![\p{sc=Han}\p{sc=Hangul}])·| [-–—] |(?<=\S) {2,})[\s\S]*$/u, note: 'what follows a pipe, a spaced dash or a run of spaces: dates, roles, sections, the outlet (a middle dot between Han or Hangul names joins them)' },
  { name: 'for-outlet', pattern: /(?<=\S) (?:for|For|in|at|FOR) (?:the |The |THE )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}(?=$| and | AND |, )/u, note: '" for The Outlet", " FOR MAILONLINE", " For Mailonline", before the next name too ("ANNA WHITFIELD FOR CHRONICLEONLINE and PETER CRANE")' },
  { name: 'spaced-the-outlet', pattern: /(?<=\p{Ll}) The \p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}$/u, note: 'the outlet, named with "The", after the name with no comma: "Devon Kessler The Spokesman-Review"' },
  { name: 'glued-agency', pattern: new RegExp(`(?<=\\p{Ll})(?:${AGENCY_ALTERNATION})$`, 'u'), note: 'an agency glued to the name: "Jordan BaekThe Canadian Press"' },
  { name: 'trailing-agency-role', pattern: /(?<=[A-Za-z]) [A-Z]{2,8} (?:[A-Z][a-z]+ ){0,3}(?:Writer|Reporter|Correspondent|Editor|Columnist)s?$/, note: 'an agency\'s initials and the writer\'s post there run on after the name, no comma between: "By DARNELL FRY AP Pro Football Writer"' },
  // Latin letters without the u flag: with it, recheck needs most of its time limit to prove the agency alternation safe here.
  { name: 'agency-between-names', pattern: new RegExp(`(?<=[A-Za-zÀ-ÖØ-öø-ÿ]), (?:${AGENCY_ALTERNATION}), (?=[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+ [A-ZÀ-ÖØ-Þ])`, 'g'), replacement: ' and ', note: 'each writer\'s own agency after their name, the agency\'s name then reading as the list\'s end: "KEVIN PARRISH, Associated Press, NORA LINDQVIST, Associated Press"' },
  { name: 'trailing-agency', pattern: new RegExp(`(?<=\\S)(?: (?:with|and|avec|con|mit|com))? (?:${AGENCY_ALTERNATION})(?=$|,? ?(?:Updated|Published|Posted)\\b)`), note: 'the agency after the names, maybe before a stamp glued to it: "By Ana Lee and Tom Roe Associated Press", "By Ana Lee with AP", "By Ana Lee Associated Press,Updated July 9, 2024"' },
  { name: 'outlet-after-capitals', pattern: /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,3}) (?=\p{Lu}\p{Ll})[\p{L}.'’ -]{2,60}$/u, replacement: '$1', note: 'the outlet in name case after a name in capitals: "JASMINE OKORO Richmond Times-Dispatch"' },
  { name: 'class-year', pattern: / ['’]\d{2}\b/g, note: 'a student\'s or alumnus\'s class year after the name: "Daniel Okafor ’04"' },
  { name: 'bracketed-detail', pattern: /\s?\([^()]{1,60}\)/g, note: 'a place or role in brackets: "Ana Roy (Lyon, special correspondent)"' },
  { name: 'stray-bracket', pattern: /[()]/g, note: 'the brackets around a whole byline: "(By Lin Yu-hsuan and Evelyn Kao)"' },
  { name: 'role-before-name', pattern: /^(?:[a-z]{3,15} ){0,2}(?:reporter|correspondent|editor|writer|journalist)s? (?=\p{Lu})/u, note: 'a role before the name: "political reporter Tom Li"' },
  { name: 'trailing-outlet', pattern: TRAILING_OUTLET, replacement: '$1', note: 'an outlet of two words or more after a two-word name, no comma, maybe the last of several: "Ryan Delacroix Fox News", "Lucia Hargrove Las Vegas Review-Journal", "Ana Lee , Tom Roe Fox News" ("Total Croatia News" is the outlet alone)' },
  { name: 'trailing-initials', pattern: /^(\p{Lu}\p{Ll}[\p{L}'’-]{1,25} \p{Lu}\p{Ll}[\p{L}'’-]{1,25}) (?!(?:II|III|IV|VI|VII|VIII)$)\p{Lu}{2,5}$/u, replacement: '$1', note: 'the outlet\'s initials after a two-word name with no comma: "Jenna Holt LNN" (not a numeral: "John Hale III")' },
  { name: 'trailing-role', pattern: /^(\p{Lu}\p{Ll}[\p{L}'’-]{1,25}(?: \p{Lu}\p{Ll}[\p{L}'’-]{1,25})) (?:Contributor|Columnist|Contributing Writer|Staff Writer)$/u, replacement: '$1', note: 'a role after a two-word name with no comma: "Russell Tremblay Contributor"' },
  { name: 'in-place', pattern: / (?:in|à) \p{Lu}[\p{L}.'’-]{1,25}(?: \p{Lu}[\p{L}.'’-]{1,25}){0,2}(?=$|, | and )/gu, note: 'the city an author files from: "Rosa Whitfield in London", "Marie-Claude Bouchard à Québec"' },
  { name: 'bracketed-agency', pattern: / ?\((?:avec|with|con|mit|com|and|et|y) [^()]{2,40}\)$/u, note: 'the agency the writer worked with, in brackets: "Nathalie Orsini (avec AFP)"' },
  { name: 'editor-credit', pattern: /,? (?:[Ee]dited|[Pp]roduced|[Cc]ompiled|[Tt]ranslated|[Ff]act-checked) by [\s\S]*$/, note: 'editors are not authors: "Kavya Reddy, Edited by Arjun Nair"' },
  { name: 'time-ago', pattern: /\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago[\s\S]*$/i, note: '"3 hours ago"' },
  { name: 'month-onward', pattern: new RegExp(`(?<=[\\s,])(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?${MONTH_WORD} \\d[\\s\\S]*$`), note: 'a date after the name, maybe glued to a comma or after its weekday: "Joseph Tsidulko November 19, 2019", "Nora Whitcomb Beacon Staff,October 4, 2025", "Ana Rao Tue Jun 3, 4:44 PM ET"' },
  { name: 'digits-onward', pattern: /(?<!\p{Lu})\d[\s\S]*$/u, note: 'dates and times after the name (not the digits of a station\'s name: "N7 Belgrade")' },
  { name: 'updated-onward', pattern: /(?<![\p{L}])(?:last )?(?:updated|published|posted|modified)(?![\p{L}])[\s\S]*$/iu, note: 'stamps after the name' },
  { name: 'dangling-word', pattern: /(?<=\S)\s+(?:on|at|in|from|and)$/i, note: 'a preposition left by a cut stamp: "ANJALI MEHRA ON"' },
  { name: 'trailing-separator', pattern: /(?<![\s|•·,;:–—-])[\s|•·,;:–—-]+$/, note: 'a dangling "|" or ","' },
  { name: 'shared-staff-label', pattern: /((?: and|,) \p{Lu}[\p{L}'’-]{1,25} \p{Lu}[\p{L}'’-]{1,25}) (?:\p{Lu}[\p{L}.]{1,25} ){0,2}(?:Staff(?: [Ww]riters| [Rr]eporters)?|[Ww]riters|[Rr]eporters|[Cc]orrespondents)$/u, replacement: '$1', note: 'the outlet\'s staff label or the writers\' shared role after the last of several names: "Alden Whitcombe and Priyanka Desai Ledger Staff"' },
  { name: 'last-writer-staff-label', pattern: /( and \p{Lu}[\p{L}'’-]{1,25} \p{Lu}[\p{L}'’-]{1,25}) (?:\p{Lu}[\p{L}.]{1,25} ){0,2}(?:Staff(?: [Ww]riter| [Rr]eporter)?|[Ww]riter|[Rr]eporter|[Cc]orrespondent)$/u, replacement: '$1', note: 'the last writer\'s own staff label or role after "and", as the first writer\'s is after theirs: "Ana Lee Globe Staff and Tom Roe Globe Correspondent"' },
  { name: 'staff-suffix', pattern: /^(\p{Lu}[\p{L}'’-]{1,25} \p{Lu}[\p{L}'’-]{1,25}) (?:\p{L}[\p{L}-]{1,20} ){0,2}(?:Staff(?: [Ww]riter| [Rr]eporter)?|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Ee]ditor|[Bb]ureau(?: [Cc]hief)?)(?=$| and )/u, replacement: '$1', note: 'an outlet\'s staff label, a beat or a bureau after a two-word name with no comma, maybe before the next name: "Nadia Vale Globe Staff", "Helena Marsh Environment correspondent", "Rhys Tamblyn South-west correspondent", "Marie Tremblay Ottawa Bureau", "Joe Whitcombe Local Democracy Reporter and Amy Leverett"' },
];
