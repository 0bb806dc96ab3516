/** Types of demo-pages.mjs, for the TypeScript smoke test. */
export interface DemoPageSpec {
  /** The page's id in demo/pages.ts. */
  id: string;
  /** URL path on the demo server. */
  path: string;
  /** Runs in the page: true once its elements have settled. */
  ready: () => boolean;
  /** For the screenshot: extra query parameters, and when the page is ready then. */
  screenshot?: { query: Record<string, string>; ready: () => boolean };
  /** More screenshots of the same page: scroll `scrollTo` into view first. */
  extraShots?: { file: string; scrollTo: string; block?: 'start' | 'center' | 'end' }[];
}

export declare const DEMO_PAGES: DemoPageSpec[];
