import { describe, expect, it } from 'vitest';
import { bookSections } from './sections.ts';

const h = (slug: string, text: string) => ({ depth: 2, slug, text });

describe('bookSections', () => {
	it('numbers prose sections and gives process sections their eTOM id only', () => {
		const sections = bookSections(
			{ number: '9', title: 'Billing' },
			[
				h('what-billing-does', 'What billing does'),
				{ depth: 3, slug: 'detail', text: 'Detail' },
				h('process-1-1-1-10', '1.1.1.10 Bill Invoice Management'),
				h('pitfalls', 'Pitfalls'),
				h('process-1-1-1-2', '1.1.1.2† Customer Interface Management'),
			],
			new Map([
				['process-1-1-1-10', '1.1.1.10'],
				['process-1-1-1-2', '1.1.1.2'],
			])
		);
		expect(sections).toEqual([
			{ id: 'what-billing-does', text: 'What billing does', number: '9.1', bookNumber: '9.1' },
			{
				id: 'process-1-1-1-10',
				text: 'Bill Invoice Management',
				number: '1.1.1.10',
				bookNumber: undefined,
			},
			{ id: 'pitfalls', text: 'Pitfalls', number: '9.2', bookNumber: '9.2' },
			{
				id: 'process-1-1-1-2',
				text: 'Customer Interface Management',
				number: '1.1.1.2†',
				bookNumber: undefined,
			},
		]);
	});

	it('leaves out a process section that repeats the chapter title', () => {
		const sections = bookSections(
			{ number: '6', title: 'Operations Support & Readiness' },
			[h('vertical-osr', 'Operations Support & Readiness (OSR)'), h('why', 'Why')],
			new Map([['vertical-osr', 'OSR']])
		);
		expect(sections.map((s) => [s.text, s.number])).toEqual([['Why', '6.1']]);
	});
});
