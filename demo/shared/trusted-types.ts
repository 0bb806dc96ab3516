/**
 * The demo pages run under `require-trusted-types-for 'script'`. msw registers its service
 * worker with a plain string URL, which that policy blocks; this default policy lets exactly
 * that one script URL through (same origin, `/mockServiceWorker.js`) and nothing else.
 * The elements themselves need no default policy (Lit has its own, `lit-html`).
 */
interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string | null }): unknown;
  readonly defaultPolicy?: unknown;
}

export const SERVICE_WORKER_PATH = '/mockServiceWorker.js';

export function allowServiceWorkerScript(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  try {
    factory.createPolicy('default', {
      createScriptURL: (input: string) => {
        const url = new URL(input, location.href);
        return url.origin === location.origin && url.pathname === SERVICE_WORKER_PATH ? input : null;
      },
    });
  } catch (error) {
    // The page's CSP does not allow a default policy: registration may then be refused.
    console.warn('credit-widgets demo: could not create the Trusted Types default policy.', error);
  }
}
