import type { Handbook } from '../content/model.ts';
import { SEARCH_FILTER } from './tuning.ts';

/** A search filter's name in the index: the same in every edition. */
export type SearchFilterName = keyof typeof SEARCH_FILTER;

/**
 * Search filters of a chapter, from the process sections it holds: the areas, the groupings
 * (Level-1 horizontals and verticals) and the levels it explains. Names and values are the same in
 * every edition (`area`, an area's official English name, `2` for Level 2), so one filter works in
 * every edition's index; the search dialog shows them with the edition's labels
 * ({@link searchFilterLabels}).
 */
export function searchFilters(handbook: Handbook, slug: string): [SearchFilterName, string[]][] {
	const { catalog } = handbook;
	const areas = new Set<string>();
	const groupings = new Set<string>();
	const levels = new Set<number>();
	for (const section of handbook.source(slug)?.sections ?? []) {
		const process = catalog.byId(section.id);
		const vertical = catalog.vertical(section.id);
		if (vertical) {
			areas.add(catalog.get(vertical.area).name);
			groupings.add(vertical.name);
			levels.add(1);
		} else if (process) {
			areas.add(catalog.get(process.area).name);
			const grouping =
				process.level === 1 ? process : catalog.ancestors(process.id).find((a) => a.level === 1);
			if (grouping) groupings.add(grouping.name);
			levels.add(process.level);
		}
	}
	return (
		[
			['area', [...areas]],
			['grouping', [...groupings]],
			['level', [...levels].sort().map(String)],
		] satisfies [SearchFilterName, string[]][]
	).filter(([, values]) => values.length > 0);
}

/** How the search dialog shows a filter: its name, and values that are not shown as they are. */
export interface FilterLabel {
	label: string;
	values?: Record<string, string>;
}

/**
 * The labels of the search filters in an edition: each filter's name as a UI string, and the levels
 * as "Level 2" in the edition's words. Areas and groupings are shown by their official English
 * names, as the headings name them in every edition.
 */
export function searchFilterLabels(
	handbook: Handbook,
	lang?: string
): Record<SearchFilterName, FilterLabel> {
	const t = handbook.t(lang);
	const levels = [...new Set([1, ...handbook.catalog.processes.map((p) => p.level)])].sort(
		(a, b) => a - b
	);
	return {
		area: { label: t(SEARCH_FILTER.area) },
		grouping: { label: t(SEARCH_FILTER.grouping) },
		level: {
			label: t(SEARCH_FILTER.level),
			values: Object.fromEntries(
				levels.map((level) => [String(level), t('etom.process.level', { level })])
			),
		},
	};
}
