/** Types of scripts/manifest.js (shared by webpack.config.js and the tests). */
export declare const DEV_ORIGIN: string;
export declare const DEV_BASE_URL: string;
export declare function normalizeBaseUrl(raw: string): string;
export declare function manifestVersion(semver: string): string;
export declare function renderManifest(template: string, options: { baseUrl: string; version?: string; id?: string }): string;
