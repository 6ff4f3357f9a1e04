import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog.ts';

const dist = inject('distDir');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const htmlFiles = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe('the built handbook', () => {
	it('has a landing page and the Operations overview', () => {
		expect(existsSync(join(dist, 'index.html'))).toBe(true);
		expect(page('')).toContain('<h1');
		expect(page('operations/overview')).toContain('Operations overview');
	});

	it('names every Operations Level-2 process of the matrix on the overview page', () => {
		const html = page('operations/overview');
		const matrix = loadCatalog().matrix('1.1');
		const processes = [...matrix.cells.values()].flat().map((c) => c.process);
		expect(processes.length).toBe(30);
		for (const p of processes) {
			const name = p.name.replaceAll('&', '&amp;');
			expect(html, `${p.id} ${p.name}`).toContain(`${p.id}</span> ${name}`);
		}
	});

	it('turns <Process> into a heading that the table of contents lists', () => {
		const html = page('operations/overview');
		expect(html).toMatch(/<h2 id="process-1-1" class="process-heading"[^>]*><span class="process-id">1\.1<\/span> Operations<\/h2>/);
		expect(html).toContain('href="#process-1-1"');
	});

	it('renders the training apparatus from the frontmatter', () => {
		const html = page('introduction/how-to-read');
		expect(html).toContain('Learning objectives');
		expect(html).toContain('Key takeaways');
		expect(html).toContain('Review questions');
	});

	it('leaves no catalog tag or untranslated UI key in any page', () => {
		for (const file of htmlFiles(dist)) {
			const html = readFileSync(join(dist, file), 'utf8');
			expect(html, file).not.toMatch(/<Process|<ProcessLink|etom\.[a-z]+\.[a-zA-Z.-]+/);
		}
	});
});
