import { describe, expect, it } from 'vitest';
import { clickProblems } from './click.ts';

const problems = (...lines: string[]) =>
	clickProblems(lines).map((p) => [p.index, p.problem.split('; ')[0]]);

describe('click directives', () => {
	it('may link to a path inside the handbook', () => {
		expect(
			problems(
				'click A "/operations/crm/"',
				'click B href "#process-1-1-1-5" "Tip"',
				'click C href "../fulfillment/" _self',
				'link Order "/operations/"'
			)
		).toEqual([]);
	});

	it('may not run script, in any spelling', () => {
		expect(
			problems(
				'flowchart LR',
				'  click A "JavaScript:alert(1)"',
				'  click A href "  vbscript:x"',
				'  click A "data:text/html,<script>alert(1)</script>"',
				'  click A "java&#115;cript:alert(1)"',
				'  click A "java\tscript:alert(1)"',
				'  click A call alert(1)',
				'  click A someCallback "Tip"',
				'  callback Order "someCallback"'
			)
		).toEqual([
			[1, 'a click directive with a javascript: URL, which would run script'],
			[2, 'a click directive with a vbscript: URL, which would run script'],
			[3, 'a click directive with a data: URL, which would run script'],
			[
				4,
				'a click URL with a character reference, backslash or space ("java&#115;cript:alert(1)")',
			],
			[5, 'a click URL with a character reference, backslash or space ("java\tscript:alert(1)")'],
			[6, 'a click directive that calls a script function'],
			[7, 'a click directive that calls a script function'],
			[8, 'a click directive that calls a script function'],
		]);
	});

	it('may not link to another site', () => {
		expect(
			problems(
				'click A "https://example.com"',
				'click A href "//example.com/x"',
				'click A "mailto:a@example.com"',
				'link Order "http://example.com"'
			).map(([i]) => i)
		).toEqual([0, 1, 2, 3]);
	});

	it('are told apart from nodes and edges named like them', () => {
		expect(
			problems('  link --> click', '  clicker --> B', '  A -->|click A "javascript:x"| B')
		).toEqual([]);
	});
});
