import { describe, expect, it } from 'vitest';
import { editionParam, editions, printPagePath, showsAnswers } from './editions.ts';

describe('print editions', () => {
	it('keeps the learner edition at /print/ and puts each other edition under it', () => {
		expect(editions.map(printPagePath)).toEqual(['print/', 'print/instructor/']);
		expect(editions.map(editionParam)).toEqual([undefined, 'instructor']);
	});

	it('shows answers and notes in the instructor edition only', () => {
		expect(editions.filter(showsAnswers)).toEqual(['instructor']);
	});
});
