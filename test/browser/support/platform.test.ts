// Proves the shared test support: msw's worker serves a fresh simulated platform per test.
import { expect } from '@open-wc/testing';
import { clientFor } from '../../../src/client/registry.js';
import { FIXTURES } from '../../../src/testing/index.js';
import { requestLog, requestsTo, usePlatform } from './platform.js';

describe('test support: usePlatform()', () => {
  it('serves the simulated platform under its own endpoint and logs the requests', async () => {
    const { platform, endpoint } = await usePlatform();
    const response = await fetch(`${endpoint}/v1/measures`);
    expect(response.status).to.equal(200);
    const catalog = await response.json();
    expect(catalog.measures).to.be.an('array').that.is.not.empty;
    expect(requestsTo(platform, '/v1/measures')).to.equal(1);
    expect(requestLog(platform)[0]).to.include({ method: 'GET', path: '/v1/measures' });
  });

  it('gives every call a fresh platform: state and request logs are not shared', async () => {
    const a = await usePlatform();
    const b = await usePlatform();
    expect(a.endpoint).not.to.equal(b.endpoint);
    await fetch(`${a.endpoint}/v1/measures`);
    expect(requestsTo(a.platform, '/v1/measures')).to.equal(1);
    expect(requestsTo(b.platform, '/v1/measures')).to.equal(0);
  });

  it('answers the real client: a black-listed bidder is restricted in procurement', async () => {
    const { platform, endpoint } = await usePlatform();
    const decision = await clientFor(endpoint).check(FIXTURES.restricted.subject.id, { scenario: 'government-procurement' });
    expect(decision.outcome).to.equal('restricted');
    expect(requestsTo(platform, '/v1/checks')).to.equal(1);
  });

  it('applies the faults given to it', async () => {
    const { endpoint } = await usePlatform({ faults: { mode: 'http-500', path: '/v1/checks' } });
    const decision = await clientFor(endpoint).check(FIXTURES.restricted.subject.id, { scenario: 'government-procurement' });
    expect(decision.outcome).to.equal('unknown');
    expect(decision.reason).to.equal('http');
  });
});
