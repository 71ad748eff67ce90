/**
 * A light Finnish stemmer for the directory's search: it strips the case, number and possessive
 * endings and the derivational `-us`/`-uus` that separate the forms people type from the forms
 * listings use, so that "muistisairaus", "muistisairaat", "muistisairaille" and "muistisairaiden"
 * all become `muistisaira`. Words are stemmed the same way when a service is saved and when one
 * is searched for, and a searched stem matches every indexed stem it begins, so the stemmer may
 * cut a little too much but never needs to be exact.
 *
 * Why not a library: the Snowball Finnish stemmer keeps `muistisairaus` and `muistisairaiden`
 * apart (they are forms of two words, the disease and the person who has it), which is the first
 * thing a health-centre worker searches for; and the stems are stored in the database, so the
 * rules must stay stable and ours. Swedish and English words go through the same rules: they
 * lose at most a plural or an ending vowel, which the prefix match absorbs.
 */

/** Longest first within each list. */
const POSSESSIVE = ['nsa', 'nsä', 'mme', 'nne', 'ni', 'si', 'an', 'än', 'en'];
const ENDINGS = [
  // derivational -us/-uus/-ys and its inflected forms (sairaus, sairauden, sairauksien …)
  'uksineen',
  'uksien',
  'uksissa',
  'uksista',
  'uksille',
  'uksilla',
  'uksiin',
  'uksia',
  'uksen',
  'uksi',
  'ukset',
  'uteen',
  'uden',
  'udet',
  'utta',
  'yksien',
  'yksiä',
  'yksen',
  'yden',
  'yttä',
  // plural cases
  'itten',
  'iden',
  'ineen',
  'issa',
  'issä',
  'ista',
  'istä',
  'illa',
  'illä',
  'ilta',
  'iltä',
  'ille',
  'ihin',
  'iksi',
  'itta',
  'ittä',
  'ien',
  'jen',
  'ina',
  'inä',
  'ita',
  'itä',
  'ia',
  'iä',
  // singular cases
  'seen',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'lle',
  'ksi',
  'tta',
  'ttä',
  'hin',
  'han',
  'hen',
  'hon',
  'hyn',
  'hön',
  'nen',
  'sen',
  'set',
  'sia',
  'siä',
  'us',
  'ys',
  'na',
  'nä',
  'ta',
  'tä',
  'en',
  'n',
  't',
];
const VOWEL = /[aeiouyäö]$/;
const MIN_STEM = 3;

function stripOne(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/** Ending vowels: muistisairaa → muistisair, so every form of a word meets at one stem. */
function stripVowels(w: string): string {
  while (w.length > MIN_STEM && VOWEL.test(w)) w = w.slice(0, -1);
  return w;
}

/** The stem of one lower-case word. */
export function stem(word: string): string {
  if (word.length <= MIN_STEM + 1 || /\d/.test(word)) return word;
  let w = word;
  // -nsa, -mme …: only on long words, where they are not part of the stem.
  if (w.length > 7) w = stripOne(w, POSSESSIVE.slice(0, 3));
  w = stripOne(w, ENDINGS);
  w = stripVowels(w);
  // Consonant gradation, as far as it is cheap: tuki/tuen, ukko/ukon, lappu/lapun.
  if (/(kk|pp|tt)$/.test(w) && w.length > MIN_STEM + 1) w = w.slice(0, -1);
  else if (/[aeiouyäö]k$/.test(w) && w.length > MIN_STEM + 1) w = stripVowels(w.slice(0, -1));
  return w;
}

/** The words of a text: lower-case letters and digits, split on everything else. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export const MAX_TERM = 40;

/** The distinct stems of a text, as they are stored and searched. */
export function terms(text: string): string[] {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 2) continue;
    out.add(stem(w).slice(0, MAX_TERM));
  }
  return [...out];
}
