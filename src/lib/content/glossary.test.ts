import { describe, expect, it } from 'vitest';
import { findAcronyms, termPattern, type Glossary } from './glossary.ts';

const glossary: Glossary = {
	ignore: ['IV'],
	terms: [
		{ term: 'SLA', expansion: 'Service Level Agreement', definition: 'A promise about quality.' },
		{ term: 'S/PRM', expansion: 'Supplier/Partner Relationship Management', definition: 'Dealing with suppliers.' },
		{ term: 'S/P', expansion: 'Supplier/Partner', definition: 'Suppliers and partners.' },
		{ term: 'KPI', expansion: 'Key Performance Indicator', definition: 'A chosen measure.' },
	],
};

describe('findAcronyms', () => {
	it('finds capitalised tokens, splits slash compounds that are not terms, and maps plurals', () => {
		const found = findAcronyms('The SLA and QoS/SLA targets, S/PRM and S/P work, three KPIs, eTOM, SM&O, Part IV, F/A/B.', glossary);
		expect([...found].sort()).toEqual(['KPI', 'QoS', 'S/P', 'S/PRM', 'SLA', 'SM&O', 'eTOM']);
	});
});

describe('termPattern', () => {
	it('matches whole terms, longest first, and plurals', () => {
		const text = 'S/PRM, S/P, SLAs and SLAX';
		expect([...text.matchAll(termPattern(glossary))].map((m) => m[1])).toEqual(['S/PRM', 'S/P', 'SLA']);
	});
});
