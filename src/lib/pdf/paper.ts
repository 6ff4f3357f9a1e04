import type { Paper } from './plan.ts';

/** Paper size from a flag or environment value: "letter" (any case) or A4 by default. */
export function paperFrom(value: string | undefined): Paper {
	if (!value || /^a4$/i.test(value)) return 'A4';
	if (/^(us-?)?letter$/i.test(value)) return 'Letter';
	throw new Error(`Unknown paper size "${value}": use A4 or letter.`);
}
