/** Types of scripts/staticServer.js. */
import type { Server } from "node:http";
export declare function createStaticServer(dir: string, index: string): Server;
