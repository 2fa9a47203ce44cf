// Types for what lib/architecture.test.ts imports from eslint.config.mjs.
export const KERNEL: string[];
export const DOMAINS: string[];
declare const config: unknown[];
export default config;
