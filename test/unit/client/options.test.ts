import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCreditClient, CreditInputError, isCreditInputError } from '../../../src/client/index.js';
import { clientFor, configure, getConfig, onConfigure, resetConfig } from '../../../src/client/registry.js';
import { FIXTURES, createPlatform } from '../../../src/testing/index.js';
import { ENDPOINT } from './harness.js';

afterEach(() => resetConfig());

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CreditInputError);
    expect(isCreditInputError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a CreditInputError');
}

describe('createCreditClient(options) validation', () => {
  it('requires an endpoint and shows the expected shape', () => {
    const message = messageOf(() => createCreditClient({} as never));
    expect(message).toMatch(/"endpoint" is required/);
    expect(message).toMatch(/Expected: createCreditClient\(\{/);
    expect(message).toMatch(/endpoint: 'https:\/\/credit\.example\.gov\.cn\/api'/);
    expect(message).toMatch(/timeoutMs\?: 8000/);
  });

  it.each([
    [{ endpoint: '' }, /"endpoint" must be an http\(s\) URL or a path starting with "\/", got ""/],
    [{ endpoint: 'credit.example.gov.cn/api' }, /"endpoint" must be/],
    [{ endpoint: 'ftp://credit.example.gov.cn' }, /"endpoint" must be/],
    [{ endpoint: ENDPOINT, timeoutMs: 0 }, /"timeoutMs" must be a positive number of milliseconds \(0 would time every check out; leave it out for 8000\), got 0/],
    [{ endpoint: ENDPOINT, staleAfterMs: 0 }, /"staleAfterMs" must be a positive number of milliseconds \(0 would call every answer stale/],
    [{ endpoint: ENDPOINT, timeoutMs: '8000' }, /"timeoutMs" must be a positive number/],
    [{ endpoint: ENDPOINT, cacheTtlMs: -1 }, /"cacheTtlMs"/],
    [{ endpoint: ENDPOINT, batchWindowMs: Number.NaN }, /"batchWindowMs"/],
    [{ endpoint: ENDPOINT, getToken: 'eyJhbGciOi.secret' }, /"getToken" must be a function/],
    [{ endpoint: ENDPOINT, locale: 'fr' }, /"locale" must be one of 'zh-CN', 'zh-Hant', 'en'/],
    [{ endpoint: ENDPOINT, outbox: 'localStorage' }, /"outbox" must be/],
    [{ endpoint: ENDPOINT, contact: 12345678 }, /"contact" must be a string, got 12345678/],
    [{ endpoint: ENDPOINT, timeout: 5000 }, /unknown option "timeout"/],
  ])('%j is refused with a message naming the option', (options, pattern) => {
    expect(messageOf(() => createCreditClient(options as never))).toMatch(pattern);
  });

  it('never echoes what was passed as a token source', () => {
    expect(messageOf(() => createCreditClient({ endpoint: ENDPOINT, getToken: 'eyJhbGciOi.secret' as never }))).not.toContain('secret');
  });

  it('accepts the department\'s contact (printed on the written notice) and keeps it in the configuration', () => {
    expect(() => createCreditClient({ endpoint: ENDPOINT, contact: '审批科 0931-1234567', outbox: 'memory' })).not.toThrow();
    configure({ contact: '审批科 0931-1234567' });
    expect(getConfig().contact).toBe('审批科 0931-1234567');
  });

  it('accepts URLs, same-origin paths and zero batching window; the endpoint loses trailing slashes', () => {
    expect(createCreditClient({ endpoint: `${ENDPOINT}/`, outbox: 'memory' }).endpoint).toBe(ENDPOINT);
    expect(createCreditClient({ endpoint: '/api', batchWindowMs: 0, outbox: 'memory' }).endpoint).toBe('/api');
    expect(createCreditClient({ endpoint: 'http://10.1.2.3:8080/credit', timeoutMs: undefined, outbox: 'memory' }).endpoint).toBe('http://10.1.2.3:8080/credit');
  });
});

describe('registry: configure / clientFor / onConfigure', () => {
  it('validates configure() with the same messages, and keeps the configuration when refused', () => {
    configure({ endpoint: ENDPOINT, locale: 'en' });
    expect(messageOf(() => configure({ timeoutMs: -5 }))).toMatch(/configure\(\): option "timeoutMs"[\s\S]*Expected: configure\(\{/);
    expect(getConfig()).toEqual({ endpoint: ENDPOINT, locale: 'en' });
  });

  it('merges options and tells listeners', () => {
    const seen = vi.fn();
    const off = onConfigure(seen);
    configure({ endpoint: ENDPOINT });
    configure({ operator: '张三' });
    expect(getConfig()).toEqual({ endpoint: ENDPOINT, operator: '张三' });
    expect(seen).toHaveBeenLastCalledWith({ endpoint: ENDPOINT, operator: '张三' });
    off();
    configure({ locale: 'zh-Hant' });
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('hands out one client per endpoint, and new clients after configure()', () => {
    configure({ endpoint: ENDPOINT });
    const a = clientFor();
    expect(clientFor(`${ENDPOINT}/`)).toBe(a);
    expect(clientFor('https://other.example.gov.cn/api')).not.toBe(a);
    expect(a.endpoint).toBe(ENDPOINT);
    configure({ timeoutMs: 5000 });
    expect(clientFor()).not.toBe(a);
  });

  it('says how to configure when no endpoint is known', () => {
    expect(messageOf(() => clientFor())).toMatch(/configure\(\{ endpoint/);
  });

  it('the configured client checks with the configured options', async () => {
    const platform = createPlatform({ seed: false });
    configure({ endpoint: ENDPOINT, operator: '李四', fetch: async (input, init) => platform.handle(new Request(input, init)) });
    const decision = await clientFor().check(FIXTURES.restricted.subject.id, { scenario: 'government-procurement' });
    expect(decision.outcome).toBe('restricted');
    expect(platform.state.ledger[0].operator).toBe('李四');
  });
});
