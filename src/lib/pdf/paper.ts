import type { Paper } from './plan.ts';

/** Paper size from a flag or environment value: "letter" (any case) or A4 by default. */
export function paperFrom(value: string | undefined): Paper {
	if (!value || /^a4$/i.test(value)) return 'A4';
	if (/^(us-?)?letter$/i.test(value)) return 'Letter';
	throw new Error(`Unknown paper size "${value}": use A4 or letter.`);
}

/** Duplex printing from PDF_DUPLEX (1, on, true, yes) or the --duplex flag; off by default. */
export function duplexFrom(value: string | boolean | undefined): boolean {
	if (typeof value === 'boolean') return value;
	if (!value || /^(0|off|false|no)$/i.test(value)) return false;
	if (/^(1|on|true|yes)$/i.test(value)) return true;
	throw new Error(`PDF_DUPLEX=${value}: use 1 (parts and chapters open on right-hand pages) or 0.`);
}
