import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHandbook } from './content/load.ts';
import { handbookPaths } from './content/paths.ts';
import { paginationOf, sidebarEntries, withCurrent } from './sidebar-entries.ts';

// The real handbook's content model: its sidebar in English and in Spanish. (A build of the real
// handbook with these entries was compared with one from Starlight's own resolution: every page
// was identical, byte for byte.)
const handbook = loadHandbook(
	handbookPaths({ root: join(import.meta.dirname, '..', '..') }),
	'0.0.0'
);
type Entries = ReturnType<typeof sidebarEntries>;
const links = (entries: Entries): Extract<Entries[number], { type: 'link' }>[] =>
	entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));

describe("the sidebar from the content model, as Starlight resolves the handbook's configuration", () => {
	const english = sidebarEntries(handbook, { lang: 'en', locale: undefined, base: '/' });
	const spanish = sidebarEntries(handbook, { lang: 'es', locale: 'es', base: '/handbook' });

	it('has a group per part with its label in the edition, and every chapter once', () => {
		expect(english[0]).toMatchObject({ type: 'group', label: 'Introduction', collapsed: false });
		expect(spanish[0]).toMatchObject({ type: 'group', label: 'Introducción' });
		const chapters = handbook.chaptersIn('en').length;
		// Every chapter, and the print edition's link.
		expect(links(english)).toHaveLength(chapters + 1);
		expect(links(spanish)).toHaveLength(chapters + 1);
	});

	it("links each chapter under the edition's prefix and base, titled in the edition", () => {
		const family = links(english).find((l) => l.href === '/introduction/etom-family/');
		expect(family?.label).toBe('eTOM in its family');
		const familia = links(spanish).find((l) => l.href === '/handbook/es/introduction/etom-family/');
		expect(familia?.label).toBe('eTOM y su familia de marcos');
		expect(links(spanish).at(-1)).toMatchObject({
			href: '/handbook/es/print/',
			label: 'Edición impresa y PDF',
		});
		expect(links(english).every((l) => !l.isCurrent)).toBe(true);
	});

	it('marks the current page once, sharing every group that does not hold it', () => {
		const marked = withCurrent(english, '/introduction/etom-family');
		expect(
			links(marked)
				.filter((l) => l.isCurrent)
				.map((l) => l.href)
		).toEqual(['/introduction/etom-family/']);
		expect(marked[0]).not.toBe(english[0]);
		expect(marked.slice(1)).toEqual(english.slice(1));
		marked.slice(1).forEach((group, i) => expect(group).toBe(english[i + 1]));
		expect(withCurrent(english, '/not-a-page/')).toBe(english);
	});

	it("pages to the sidebar's neighbours, as a chapter's prev and next allow", () => {
		const all = links(english);
		const marked = withCurrent(english, all[1]!.href);
		const { prev, next } = paginationOf(marked, {});
		expect(prev?.href).toBe(all[0]!.href);
		expect(next?.href).toBe(all[2]!.href);
		expect(paginationOf(marked, { prev: false }).prev).toBeUndefined();
		expect(paginationOf(marked, { next: 'Onwards' }).next).toMatchObject({
			href: all[2]!.href,
			label: 'Onwards',
		});
		expect(paginationOf(english, {})).toEqual({ prev: undefined, next: undefined });
	});
});
