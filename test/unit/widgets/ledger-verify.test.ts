import { describe, expect, it } from 'vitest';
import { recordQrText } from '../../../widgets/internal/print/list-record.js';
import { parseRecordReference } from '../../../widgets/credit-ledger/verify.js';

const D = 'a6d2217cd5636af97b2f3613454aa9f16660da4016ecbd005a5197b3d73eddcf';

describe('the ledger verify box reads a digest typed or the QR code’s text', () => {
  it('a typed digest, in either case, broken over lines as on paper', () => {
    expect(parseRecordReference(D)).toEqual({ digest: D });
    expect(parseRecordReference(`  ${D.toUpperCase()} `)).toEqual({ digest: D });
    expect(parseRecordReference(`${D.slice(0, 40)}\n${D.slice(40)}`)).toEqual({ digest: D });
  });

  it('the QR text the record prints (recordQrText), with or without its line break', () => {
    const qr = recordQrText('SDQCG-2026-031', D);
    expect(parseRecordReference(qr)).toEqual({ digest: D, caseNumber: 'SDQCG-2026-031' });
    expect(parseRecordReference(qr.replace('\n', ''))).toEqual({ digest: D, caseNumber: 'SDQCG-2026-031' });
    expect(parseRecordReference(recordQrText(null, D))).toEqual({ digest: D });
  });

  it('not a whole digest: 63 or 65 digits, a non-hex letter, nothing', () => {
    expect(parseRecordReference(D.slice(1))).toBeNull();
    expect(parseRecordReference(`${D}0`)).toBeNull();
    expect(parseRecordReference(`${D.slice(1)}g`)).toBeNull();
    expect(parseRecordReference('')).toBeNull();
    expect(parseRecordReference('CASE:X\nSHA256:')).toBeNull();
  });
});
