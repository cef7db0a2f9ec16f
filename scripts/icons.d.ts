/** Types of scripts/icons.js. */
export declare const ICON_SIZES: number[];
export declare function renderIcon(size: number): Buffer;
export declare function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export declare function crc32(buf: Uint8Array): number;
export declare function iconPath(root: string, size: number): string;
