import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterSources, sectionTexts } from '../helpers/chapters.ts';
import { handbook } from '../helpers/handbook.ts';

// The second edition's bar for teaching content (issue 12): Level 3 for every core process, flow
// chapters with their apparatus, no bookkeeping talk in the teaching text, no reused wording.
const { catalog } = handbook;
const sources = chapterSources();

describe('Level 3', () => {
	it('is listed, or said to be absent, for every core Operations Level-2 process', () => {
		const missing: string[] = [];
		for (const p of catalog.processes.filter((x) => x.area === '1.1' && x.level === 2 && x.scope === 'core')) {
			if (catalog.children(p.id).length > 0) continue;
			const text = sources.map((c) => sectionTexts(c.body).get(p.id)).find(Boolean) ?? '';
			if (!/names no Level-3 processes/.test(text)) missing.push(`${p.id} ${p.name}`);
		}
		expect(missing).toEqual([]);
	});

	it('comes with a description of each process', () => {
		const level3 = catalog.processes.filter((p) => p.level === 3);
		expect(level3.length).toBeGreaterThan(100);
		for (const p of level3) expect(p.summary.length, p.id).toBeGreaterThanOrEqual(20);
	});
});

describe('flow chapters', () => {
	const flows = sources.filter((c) => c.part === 'flows' && !c.slug.endsWith('flows'));

	it('cover the seven end-to-end flows', () => {
		expect(flows.map((c) => c.title).sort()).toEqual(
			['Concept to Market', 'Order to Payment', 'Problem to Solution', 'Request to Answer', 'Request to Change', 'Termination to Confirmation', 'Usage to Payment'].sort()
		);
	});

	it.each(flows.map((c) => [c.slug, c] as const))('%s has its swimlane diagram, a step table and a worked example', (_, c) => {
		expect(c.body).toMatch(/<Diagram src="flow-[a-z-]+" \/>/);
		expect(c.body).toMatch(/^\| *Step *\|/im);
		expect(c.body).toMatch(/^## Worked example/m);
	});
});

// Words about the book's own sourcing belong in the sources appendix and the reader's guide only.
const bookkeeping = /\b(single[- ]source|unconfirmed|two independent sources|the catalog(?:ue)?)\b/i;
const allowed = new Set(['appendices/sources-and-confidence', 'introduction/how-to-read']);

describe('teaching text', () => {
	it('does not talk about how the book checked its sources', () => {
		const found: string[] = [];
		for (const c of sources.filter((x) => !allowed.has(x.slug))) {
			const text = `${JSON.stringify(c.frontmatter)}\n${c.body}`;
			const match = bookkeeping.exec(text);
			if (match) found.push(`${c.file}: "${match[0]}"`);
		}
		expect(found).toEqual([]);
	});
});

// No run of ten words from any file of the reference notes may appear in a chapter.
const referenceDir = join(process.cwd(), '..', 'shared', 'reference');
const referenceFiles = (() => {
	try {
		return readdirSync(referenceDir).filter((f) => /\.(md|json)$/.test(f));
	} catch {
		return [];
	}
})();
describe.skipIf(referenceFiles.length === 0)('originality', () => {
	it('reuses no ten-word run from any reference file', () => {
		// Names are facts, not prose: a run of process or flow names ("Order to Payment, Usage to
		// Payment and ...") is no copying, so every name counts as one placeholder word, and a run
		// with more than two names is not compared.
		const names = [...catalog.processes.map((p) => p.name), ...sources.filter((c) => c.part === 'flows').map((c) => c.title), 'Trouble to Resolve', 'Lead to Cash', 'Order to Cash']
			.map((n) => n.toLowerCase().replace(/[^a-z0-9&/ ]+/g, ' ').trim())
			.sort((a, b) => b.length - a.length);
		const norm = (s: string) => {
			let text = ` ${s.toLowerCase().replace(/[^a-z0-9&/ ]+/g, ' ').replace(/\s+/g, ' ')} `;
			for (const n of names) text = text.replaceAll(` ${n} `, ' ¤ ').replaceAll(` ${n} `, ' ¤ ');
			return text.split(' ').filter(Boolean);
		};
		const tooManyNames = (run: string[]) => run.filter((w) => w === '¤').length > 2;
		const shingles = new Set<string>();
		for (const f of referenceFiles) {
			const words = norm(readFileSync(join(referenceDir, f), 'utf8'));
			for (let i = 0; i + 10 <= words.length; i++) if (!tooManyNames(words.slice(i, i + 10))) shingles.add(words.slice(i, i + 10).join(' '));
		}
		const reused: string[] = [];
		for (const c of sources) {
			const w = norm(c.body.replace(/<[^>]+>/g, ' '));
			for (let i = 0; i + 10 <= w.length; i++) {
				const s = w.slice(i, i + 10).join(' ');
				if (shingles.has(s)) reused.push(`${c.file}: "${s}"`);
			}
		}
		expect(reused).toEqual([]);
	});
});
