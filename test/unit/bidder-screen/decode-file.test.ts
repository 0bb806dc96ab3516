import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../src/testing/index.js';
import { decodeBytes, decodeFile, detectEncoding, FileTooLargeError, MAX_FILE_BYTES } from '../../../widgets/credit-bidder-screen/decode-file.js';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

const SAMPLE = `名称,统一社会信用代码\r\n${FIXTURES.restricted.subject.name},${FIXTURES.restricted.subject.id}\r\n`;

describe('detectEncoding / decodeBytes', () => {
  it('reads the GBK file Excel saves on Chinese Windows', () => {
    const bytes = fixture('bidders-gbk.csv');
    expect(detectEncoding(bytes)).to.equal('gb18030');
    const { text } = decodeBytes(bytes);
    expect(text.startsWith('单位名称,统一社会信用代码\r\n')).to.equal(true);
    expect(text).to.contain(`${FIXTURES.restricted.subject.name},${FIXTURES.restricted.subject.id}`);
    expect(text).not.to.contain('\uFFFD');
  });

  it('reads the UTF-16LE "Unicode text" file and drops its byte-order mark', () => {
    const bytes = fixture('bidders-utf16.csv');
    expect(detectEncoding(bytes)).to.equal('utf-16le');
    const { text } = decodeBytes(bytes);
    expect(text.startsWith('统一社会信用代码\t投标人名称')).to.equal(true);
    expect(text).to.contain(FIXTURES.pilotCode.subject.name);
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = utf8(SAMPLE);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(plain)).to.deep.equal({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeBytes(withBom)).to.deep.equal({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-16 big-endian with a mark, and both byte orders without one', () => {
    expect(decodeBytes(utf16(SAMPLE, false, true))).to.deep.equal({ text: SAMPLE, encoding: 'utf-16be' });
    expect(decodeBytes(utf16(SAMPLE, true, false))).to.deep.equal({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(SAMPLE, false, false))).to.deep.equal({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('treats plain ASCII as UTF-8', () => {
    expect(detectEncoding(utf8('name,code\nACME,91110000802100433B\n'))).to.equal('utf-8');
  });

  it('falls back to GB18030 for bytes that are not UTF-8 (GBK for 中文)', () => {
    const bytes = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x2c, 0x31]);
    expect(decodeBytes(bytes)).to.deep.equal({ text: '中文,1', encoding: 'gb18030' });
  });
});

describe('decodeFile', () => {
  it('decodes a Blob', async () => {
    const { text, encoding } = await decodeFile(new Blob([fixture('bidders-gbk.csv')]));
    expect(encoding).to.equal('gb18030');
    expect(text).to.contain(FIXTURES.cooperative.subject.name);
  });

  it('refuses a file far larger than any bidder list, without reading it', async () => {
    const huge = { size: MAX_FILE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    await expect(decodeFile(huge)).rejects.toBeInstanceOf(FileTooLargeError);
  });
});
