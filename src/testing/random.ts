/**
 * Randomness for the simulated platform: a seeded generator (so seeded ledger entries are
 * the same on every run) and the platform's ids (`q_` + 20 base32 characters, like a ULID's
 * alphabet). Uses only `crypto.getRandomValues`, available in browsers and Node 20.
 */

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** Crockford's base32 alphabet (no I, L, O, U), as ULIDs use it. */
export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A deterministic generator (mulberry32) for a 32-bit seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Words drawn from `crypto.getRandomValues` a pool at a time: a batch of 100 checks makes
 * 100 ids of 20 characters, and one call per character was a noticeable share of a
 * batch's cost. Each word is still used once.
 */
const POOL_WORDS = 1024;
const pool = new Uint32Array(POOL_WORDS);
let poolNext = POOL_WORDS;

/** A cryptographically random generator (the default for ids made at runtime). */
export const cryptoRandom: Random = () => {
  if (poolNext >= POOL_WORDS) {
    globalThis.crypto.getRandomValues(pool);
    poolNext = 0;
  }
  return pool[poolNext++] / 4294967296;
};

/** `length` characters of {@link BASE32_ALPHABET}. */
export function randomBase32(length: number, random: Random = cryptoRandom): string {
  let out = '';
  if (random === cryptoRandom) {
    // Six characters from each crypto word (5 bits each: 32 = 2^5, so every character is
    // exactly uniform), not one word per character.
    for (let i = 0; i < length; i += 6) {
      let word = Math.floor(cryptoRandom() * 4294967296);
      for (let k = 0; k < 6 && i + k < length; k++, word >>>= 5) out += BASE32_ALPHABET[word & 31];
    }
    return out;
  }
  for (let i = 0; i < length; i++) out += BASE32_ALPHABET[Math.floor(random() * 32)];
  return out;
}

/** A platform id: `prefix` + `_` + 20 base32 characters, e.g. `q_01HZX…`. */
export function platformId(prefix: 'q' | 'fb' | 'cm' | 'pr' | 'mv' | 'ob', random: Random = cryptoRandom): string {
  return `${prefix}_${randomBase32(20, random)}`;
}

/** One element of a non-empty list. */
export function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)];
}
