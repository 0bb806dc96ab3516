/**
 * The demo's platform switch (issue 12): `?platform=gateway` runs the simulation behind the
 * provincial gateway and configures `gatewayAdapter()`; links between demo pages keep it.
 */
import { describe, expect, it } from 'vitest';
import { demoHref } from '../../../demo/shared/endpoint.js';

describe('demo links keep the platform choice', () => {
  it('carries ?platform=gateway (and ?endpoint=) to the next page, and nothing else', () => {
    expect(demoHref('/ledger/', '?platform=gateway&lang=en')).toBe('/ledger/?platform=gateway');
    expect(demoHref('/ledger/', '?endpoint=http%3A%2F%2Flocalhost%3A8787%2Fapi&platform=gateway')).toBe('/ledger/?endpoint=http%3A%2F%2Flocalhost%3A8787%2Fapi&platform=gateway');
    expect(demoHref('/ledger/', '')).toBe('/ledger/');
  });
});
