/**
 * Function words per language. A line of real prose has a good share of them; menus, tags,
 * captions of names and headlines have few (the signal jusText uses).
 */
const STOP_WORDS = {
  en: 'a about after all also an and any are as at be been but by can could did do does for from had has have he her his how i if in into is it its just more most my no not of on one or our out over said says she so some than that the their them then there these they this to up was we were what when which while who will with would you your',
  fr: 'au aux avec ce ces cette dans de des du elle en est et il ils la le les leur lui mais ne nous on ou par pas pour qu que qui sa se ses son sont sur un une',
  es: 'al con como de del el en es esta este la las lo los más no para por que se su sus un una y',
  de: 'auf aus bei das dem den der des die ein eine einer es für hat ich im in ist mit nicht sich sie und von wie zu',
  pt: 'ao com como da das de do dos e em é na no nos o os para pela pelo por que se um uma',
  it: 'al che con da del della di e il in la le nel non per più si un una',
} as const;

export const STOP_WORD_SET: ReadonlySet<string> = new Set(
  Object.values(STOP_WORDS).flatMap((list) => list.split(' ')),
);

/** Scripts written without spaces between words (Chinese, Japanese, Thai): counted by character. */
export const UNSPACED_SCRIPT_CHARS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/gu;

/** Letters of scripts without case (Arabic for Urdu and Persian, the Indic scripts), with their marks, for a character class: their names and places have no capitals to tell them. */
export const CASELESS_SCRIPT_LETTERS = '\\p{sc=Arab}\\p{sc=Beng}\\p{sc=Deva}\\p{sc=Gujr}\\p{sc=Guru}\\p{sc=Knda}\\p{sc=Mlym}\\p{sc=Orya}\\p{sc=Sinh}\\p{sc=Taml}\\p{sc=Telu}';

/** Chinese and Japanese grammatical particles: their function words. */
export const CJK_PARTICLES = /[のはがをにでともへや的了是在和]/gu;

/** Names of languages, as a pattern source: "originally published in German" names a language, not an outlet. */
export const LANGUAGE_NAME = '(?:English|German|French|Spanish|Italian|Portuguese|Dutch|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Greek|Turkish|Russian|Ukrainian|Lithuanian|Latvian|Estonian|Finnish|Swedish|Norwegian|Danish|Icelandic|Croatian|Serbian|Slovenian|Albanian|Arabic|Hebrew|Persian|Chinese|Japanese|Korean|Hindi|Bengali|Urdu|Indonesian|Malay|Thai|Vietnamese)';

/** Languages as a site's language switcher names them, each in itself: "Tiếng Việt | English". */
export const LANGUAGE_ENDONYM =
  '(?:English|Español|Français|Deutsch|Italiano|Português|Nederlands|Polski|Русский|Українська|Türkçe|Română|Ελληνικά|Srpski|Hrvatski|العربية|عربي|فارسی|اردو|עברית|हिन्दी|हिंदी|বাংলা|தமிழ்|Tiếng Việt|ภาษาไทย|中文|简体中文|繁體中文|日本語|한국어|Bahasa Indonesia|Bahasa Melayu|Filipino|Kiswahili|EN|FR|ES|DE|AR|ZH|JA|KO|RU|PT|VI|TH|ID|UR|HI|BN)';
