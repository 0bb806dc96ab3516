declare const __CREDIT_WIDGETS_VERSION__: string;
/** The package version. */
export const version: string = typeof __CREDIT_WIDGETS_VERSION__ === 'string' ? __CREDIT_WIDGETS_VERSION__ : 'dev';
