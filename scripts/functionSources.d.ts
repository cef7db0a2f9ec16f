/** Types of scripts/functionSources.js. */
export declare function functionSourceFiles(root: string): string[];
