// Types of lib/cli/cluster.mjs (plain JavaScript, run by node alone).
export declare function workerCount(value?: string): number;
export declare function runPrimary(workers: number): boolean;
export declare const announces: () => boolean;
