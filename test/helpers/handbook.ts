import { readFileSync } from 'node:fs';
import { loadHandbookData } from '../../src/lib/content/load.ts';
import { Handbook } from '../../src/lib/content/model.ts';
import { handbookPaths } from '../../src/lib/content/paths.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** The real handbook's content model, as the build loads it: the tests check the book against it. */
export const handbook = new Handbook(loadHandbookData(handbookPaths(), version));
