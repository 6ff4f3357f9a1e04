import { readFileSync } from 'node:fs';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { handbookPaths } from '../../src/lib/content/paths.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The real handbook's content model, as the build loads it: the tests check the book against it. */
export const handbook = loadHandbook(handbookPaths(), version);
