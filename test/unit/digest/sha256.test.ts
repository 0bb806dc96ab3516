import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digestOf, sha256Hex, sha256HexSync } from '../../../src/digest/index.js';

// FIPS 180-4 / NIST CSRC example vectors, plus one UTF-8 text.
const VECTORS: [string, string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  [
    'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
  ],
];

describe('sha256Hex', () => {
  it.each(VECTORS)('hashes %j to the published digest (WebCrypto)', async (text, hex) => {
    expect(await sha256Hex(text)).toBe(hex);
  });

  it.each(VECTORS)('hashes %j to the published digest without WebCrypto (http intranet pages)', (text, hex) => {
    expect(sha256HexSync(text)).toBe(hex);
  });

  it('hashes one million "a" to the published digest', async () => {
    const text = 'a'.repeat(1_000_000);
    const hex = 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0';
    expect(await sha256Hex(text)).toBe(hex);
    expect(sha256HexSync(text)).toBe(hex);
  });

  it('hashes text as UTF-8', async () => {
    expect(await sha256Hex('信用')).toBe(sha256HexSync('信用'));
    expect(await sha256Hex('信用')).not.toBe(await sha256Hex('信用 '));
  });

  it('agrees with WebCrypto on any input, across block boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (s) => {
        expect(sha256HexSync(s)).toBe(await sha256Hex(s));
      }),
      { numRuns: 200 },
    );
  });
});

describe('digestOf', () => {
  it('gives the same 64-hex digest for equal data in any key order and a different one for changed data', async () => {
    const a = await digestOf({ outcome: 'restricted', queryId: 'q_1', applied: [{ id: 'P1' }] });
    const b = await digestOf({ applied: [{ id: 'P1' }], queryId: 'q_1', outcome: 'restricted' });
    const c = await digestOf({ applied: [{ id: 'P1' }], queryId: 'q_1', outcome: 'review' });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});
