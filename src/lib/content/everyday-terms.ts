import type { ProcessRecord, VerticalRecord } from './catalog-schema.ts';

/** A term as terms are compared: case, spacing and hyphens aside ("Self-service" = "self service"). */
const normalizeTerm = (term: string): string =>
	term.normalize('NFKC').toLowerCase().replace(/[\s-]+/g, ' ').trim();

/** Where a term is written in the catalog: a process and the term's index in its list. */
export interface TermPlace {
	id: string;
	index: number;
}

/** A problem with one term, at the place to fix. */
export interface TermProblem extends TermPlace {
	reason: string;
}

/**
 * The problems of the catalog's everyday terms, in catalog order. Search indexes each term at its
 * process's section and the ranking sends a reader to the section that owns the term, so a term
 * must have one owner: a term listed by two processes is a mistake unless every owner marks it
 * shared, and a term marked shared must have a second owner. A term must not repeat a process or
 * vertical name (or an earlier name): names already find their own sections.
 */
export function termProblems(
	processes: readonly ProcessRecord[],
	verticals: readonly VerticalRecord[],
	lineOf: (place: TermPlace) => number | undefined = () => undefined
): TermProblem[] {
	const order = new Map(processes.map((p, i) => [p.id, i]));
	const names = new Map<string, string>();
	for (const p of processes) {
		names.set(normalizeTerm(p.name), `the name of ${p.id} ${p.name}`);
		for (const a of p.aliases) names.set(normalizeTerm(a.name), `an earlier name of ${p.id} ${p.name}`);
	}
	for (const v of verticals) names.set(normalizeTerm(v.name), `the name of the vertical ${v.name}`);

	const problems: TermProblem[] = [];
	const owners = new Map<string, Array<TermPlace & { shared: boolean }>>();
	for (const p of processes) {
		const own = new Set<string>();
		p.terms.forEach(({ term, shared }, index) => {
			const key = normalizeTerm(term);
			const name = names.get(key);
			if (name) {
				problems.push({
					id: p.id,
					index,
					reason: `term "${term}" is ${name}, which search finds at its own section already. Remove the term.`,
				});
			}
			if (own.has(key)) {
				problems.push({ id: p.id, index, reason: `term "${term}" is listed twice. Remove one.` });
			}
			own.add(key);
			owners.set(key, [...(owners.get(key) ?? []), { id: p.id, index, shared }]);
		});
	}
	for (const [, places] of owners) {
		const [first, ...others] = places;
		if (!first) continue;
		const term = (place: TermPlace) => processes[order.get(place.id)!]!.terms[place.index]!.term;
		const distinct = new Set(places.map((o) => o.id));
		if (distinct.size === 1 && first.shared) {
			problems.push({
				...first,
				reason: `term "${term(first)}" is marked shared, but no other process lists it. Write it as a plain term.`,
			});
		}
		for (const place of others) {
			if (place.id === first.id || (first.shared && place.shared)) continue;
			const owner = processes[order.get(first.id)!]!;
			const line = lineOf(first);
			problems.push({
				...place,
				reason: `term "${term(place)}" is also an everyday term of ${owner.id} ${owner.name}${line ? ` (line ${line})` : ''}. A term belongs to one process: remove it from one of them or, if both own it equally, mark it shared in both: { term: "${term(place)}", shared: true }.`,
			});
		}
	}
	// The first problem in the file is the one reported.
	return problems.sort((a, b) => order.get(a.id)! - order.get(b.id)! || a.index - b.index);
}
