import { describe, expect, it } from 'vitest';
import { reproduciblePdf } from './reproducible.ts';

const pdf = (created: string, a: string, b: string) =>
	new TextEncoder().encode(
		`%PDF-1.7\n<< /CreationDate (D:${created}+00'00') /ModDate (D:${created}+00'00') >>\n<< /ID (node${a}) >>\n<< /ID (node${b}) >>\n<< /ID (node${a}) >>\n`
	);

describe('reproduciblePdf', () => {
	it('gives two prints of one book the same bytes, and the same length as before', () => {
		const first = pdf('20261124225633', '00001015', '00001020');
		const second = pdf('20261125080102', '00002210', '00002215');
		const a = reproduciblePdf(first, '2026-11-24');
		expect(a.equals(reproduciblePdf(second, '2026-11-24'))).toBe(true);
		expect(a.length).toBe(first.length);
		expect(a.toString('latin1')).toContain('/CreationDate (D:20261124000000');
		expect(a.toString('latin1')).toContain('(node00000001)');
	});
});
