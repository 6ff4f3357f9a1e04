import { describe, expect, it } from 'vitest';
import { boundSidebar } from './sidebar-bound.ts';

const link = (label: string, isCurrent = false) => ({
	type: 'link' as const,
	label,
	href: `/${label}/`,
	isCurrent,
	badge: undefined,
	attrs: {},
});
type Group = {
	type: 'group';
	label: string;
	entries: never[];
	collapsed: boolean;
	badge: undefined;
};
const group = (label: string, entries: ReturnType<typeof link>[] | Group[]): Group =>
	({ type: 'group', label, entries, collapsed: true, badge: undefined }) as Group;
const pages = (prefix: string, n: number, current = -1) =>
	Array.from({ length: n }, (_, i) => link(`${prefix}${i}`, i === current));

describe('boundSidebar', () => {
	it('shows only the index of a large folder the reader is not in', () => {
		const sidebar = [
			group('Operations', [
				link('overview'),
				group('CRM', pages('crm', 20)) as never,
				group('SM&O', pages('smo', 20, 3)) as never,
			]),
		];
		const [ops] = boundSidebar(sidebar as never) as never as [
			{ entries: { label: string; entries?: unknown[] }[] },
		];
		expect(ops.entries.map((e) => [e.label, e.entries?.length])).toEqual([
			['overview', undefined],
			['CRM', 1],
			['SM&O', 20],
		]);
	});

	it('leaves the parts themselves alone, and folders within the limit', () => {
		const sidebar = [
			group('Part', pages('p', 40)),
			group('Other', [group('Small', pages('s', 5)) as never]),
		];
		expect(boundSidebar(sidebar as never, 12)).toEqual(sidebar);
		const [part] = boundSidebar(sidebar as never) as never as [{ entries: unknown[] }];
		expect(part.entries).toHaveLength(40);
	});
});
