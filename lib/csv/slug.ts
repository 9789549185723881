import { MAX_ID_LENGTH } from '@/lib/model';

// Ukrainian and Russian Cyrillic to Latin, close to the Ukrainian national system (2010).
const CYRILLIC = pairs(
  'а:a б:b в:v г:h ґ:g д:d е:e є:ie ж:zh з:z и:y і:i ї:i й:i к:k л:l м:m н:n о:o п:p р:r с:s ' +
    'т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ь: ю:iu я:ia ё:io ы:y э:e ъ: ў:u',
);
const EXTRA_LATIN = pairs('ß:ss æ:ae ø:o œ:oe ł:l đ:d þ:th ı:i');
const APOSTROPHES = /['\u2019\u02bc]/g;

function pairs(list: string): Record<string, string> {
  return Object.fromEntries(list.split(' ').map((pair) => pair.split(':') as [string, string]));
}

/**
 * An ASCII slug made from a name: Cyrillic transliterated, accents stripped (NFKD), anything
 * else dropped; may be empty when nothing in the name has a Latin form (Arabic, Chinese...).
 */
export function slugFromName(name: string): string {
  const lower = name.toLowerCase().replace(APOSTROPHES, '');
  let latin = '';
  for (const ch of lower) latin += CYRILLIC[ch] ?? EXTRA_LATIN[ch] ?? ch;
  const ascii = latin.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH - 4)
    .replace(/-+$/g, '');
  return slug;
}

/**
 * A slug for a new item that is never empty and never collides with `taken` (which it updates):
 * the name's slug, else `<kind>-<ordinal>`; "-2", "-3"... added on a collision.
 */
export function uniqueSlug(
  name: string,
  kind: string,
  ordinal: number,
  taken: Set<string>,
): string {
  const base = slugFromName(name) || `${kind}-${ordinal}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
