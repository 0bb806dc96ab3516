import type { Plugin } from 'vite';
export declare const VENDOR_DIRS: Readonly<Record<string, string>>;
export declare function vendorFile(root: string, urlPath: string): string | null;
export declare function vendorFiles(root: string, files: readonly string[]): Plugin;
