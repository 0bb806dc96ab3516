import type { Plugin } from 'esbuild';
export declare const LAZY_CHUNKS: Record<string, string>;
export declare const CHUNK_ENTRIES: Record<string, string>;
export declare function lazyChunksPlugin(root?: string): Plugin;
export declare const SHARED_LIT_HTML_KEY: string;
export declare function sharedLitHtmlPlugin(): Plugin;
