import type { BuildOptions } from 'esbuild';
export const BROWSER_TARGET: string[];
export const BROWSER_DIR: string;
export function moduleBuildOptions(o: { outdir: string; minify?: boolean; write?: boolean; sourcemap?: boolean | 'inline' | 'linked' }): BuildOptions;
export function loaderBuildOptions(o: { outfile: string; minify?: boolean; write?: boolean }): BuildOptions;
