/**
 * The script tag's data-* attributes as configuration (widgets/internal/script-config.ts):
 * "0" is a value, blank is absent, and one bad value costs only itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getConfig, resetConfig } from '../../../src/client/registry.js';
import { configureFromScript, optionsFromDataset } from '../../../widgets/internal/script-config.js';

const script = (dataset: Record<string, string>) => ({ dataset }) as unknown as HTMLScriptElement;

afterEach(() => {
  resetConfig();
  vi.restoreAllMocks();
});

describe('the script tag configuration', () => {
  it('reads data-cache-ttl-ms="0" as 0 (no cache), not as absent', () => {
    expect(optionsFromDataset({ cacheTtlMs: '0' })).toEqual({ cacheTtlMs: 0 });
    configureFromScript(script({ endpoint: 'https://credit.example.gov.cn/api', cacheTtlMs: '0' }));
    expect(getConfig().cacheTtlMs).toBe(0);
  });

  it('leaves blank attributes out and trims text', () => {
    expect(optionsFromDataset({ endpoint: '  ', operator: ' 张三 ', timeoutMs: '' })).toEqual({ operator: '张三' });
  });

  it('takes the page default scenario from data-scenario', () => {
    configureFromScript(script({ endpoint: 'https://credit.example.gov.cn/api', scenario: 'government-procurement' }));
    expect(getConfig().scenario).toBe('government-procurement');
  });

  it('logs a bad value with its attribute name and still applies the others', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    configureFromScript(script({ endpoint: 'https://credit.example.gov.cn/api', timeoutMs: '8s', operator: '张三' }));
    expect(getConfig()).toMatchObject({ endpoint: 'https://credit.example.gov.cn/api', operator: '张三' });
    expect(getConfig().timeoutMs).toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][0])).toContain('data-timeout-ms ignored');
  });
});
