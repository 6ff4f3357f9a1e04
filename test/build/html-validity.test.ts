import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { translatedEditions } from '../helpers/page-types.ts';

/**
 * One built file of each page type, and a sample of every translated edition (its landing page, a
 * chapter, the trainer's page and its not-found page); the checker validates them in one Java run.
 */
const samples: Record<string, string> = {
	landing: 'index.html',
	chapter: 'operations/crm/index.html',
	'matrix (overview)': 'operations/overview/index.html',
	'diagrams (fulfillment)': 'operations/fulfillment/index.html',
	'process index': 'appendices/process-index/index.html',
	glossary: 'appendices/glossary/index.html',
	'answer key': 'appendices/answer-key/index.html',
	'404': '404.html',
	'print view': 'print/index.html',
	teaching: 'teaching/index.html',
	...Object.fromEntries(
		translatedEditions.flatMap(({ prefix }) => [
			[`landing (${prefix})`, `${prefix}index.html`],
			[`chapter (${prefix})`, `${prefix}operations/crm/index.html`],
			[`teaching (${prefix})`, `${prefix}teaching/index.html`],
			[`404 (${prefix})`, `${prefix}404.html`],
		])
	),
};

/** Java runs the Nu HTML Checker. Locally without it the test skips loudly; in CI it must be there. */
function javaForTests(): boolean {
	const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
	if (!probe.error && probe.status === 0) return true;
	const message =
		'\n*** HTML validity test SKIPPED: no "java" on PATH (the Nu HTML Checker is a Java program). ' +
		"Install Debian's: sudo apt-get update && sudo apt-get install -y default-jre-headless ***\n";
	if (process.env.CI) throw new Error(message);
	console.warn(message);
	return false;
}

interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url?: string;
	message: string;
	extract?: string;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
}

/**
 * Errors that come from Starlight's own markup, which neither our CSS nor our component overrides can
 * reach. Matched by exact message and by the markup that carries it, so the same error anywhere else
 * still fails; the last test fails when an entry no longer occurs, so it is removed after an upgrade.
 */
const upstream = [
	{
		message: 'The “aria-hidden” attribute must not be specified on the “script” element.',
		extract: '<script aria-hidden="true">',
		why:
			"Starlight's SidebarPersister.astro puts aria-hidden on its two inline <script>s on purpose (a VoiceOver bug in Safari " +
			'reads scripts inside a display: contents element aloud; withastro/starlight#2633). It renders on every page with a sidebar.',
	},
];

const seen = new Set<string>();
const isKnown = (m: VnuMessage) => {
	const known = upstream.find(
		(u) => m.message === u.message && (m.extract ?? '').includes(u.extract)
	);
	if (known) seen.add(known.message);
	return Boolean(known);
};

const java = javaForTests();

describe.skipIf(!java)('the built pages are valid HTML (Nu HTML Checker)', () => {
	/** Errors per sample file, relative to dist. */
	const errors = new Map<string, VnuMessage[]>();

	beforeAll(() => {
		const dist = inject('distDir');
		const jar = String(createRequire(import.meta.url)('vnu-jar'));
		const files = Object.values(samples);
		// The checker skips a file it cannot find without a word; a missing page must fail instead.
		const missing = files.filter((f) => !existsSync(join(dist, f)));
		if (missing.length > 0)
			throw new Error(`Sample pages missing from the build in ${dist}: ${missing.join(', ')}`);
		const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--skip-non-html', ...files], {
			cwd: dist,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		if (run.error) throw run.error;
		let messages: VnuMessage[];
		try {
			// The checker writes its JSON report to stderr; exit 1 only means "there were errors".
			messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
		} catch {
			throw new Error(
				`The Nu HTML Checker did not report (exit ${run.status}):\n${run.stderr}\n${run.stdout}`
			);
		}
		for (const file of files) errors.set(file, []);
		for (const m of messages) {
			// Warnings (info/warning) are allowed and plain info is ignored; errors, fatal errors and
			// failures to read a file are not.
			if (m.type === 'info' || isKnown(m)) continue;
			const file = m.url
				? decodeURIComponent(new URL(m.url).pathname).slice(join(dist, '/').length)
				: '(checker)';
			errors.set(file, [...(errors.get(file) ?? []), m]);
		}
	}, 120_000);

	it.each(Object.entries(samples))('the %s page (%s) has no errors', (_, file) => {
		const found = errors.get(file) ?? [];
		const lines = found.map(
			(m) =>
				`  ${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.message}\n      ${(m.extract ?? '').replace(/\s+/g, ' ').trim()}`
		);
		expect(found.length, `${found.length} HTML error(s) in ${file}:\n${lines.join('\n')}`).toBe(0);
	});

	it('reports no errors outside the sample files', () => {
		const stray = [...errors.entries()].filter(([file]) => !Object.values(samples).includes(file));
		expect(
			stray.map(([file, list]) => `${file}: ${list.map((m) => m.message).join('; ')}`)
		).toEqual([]);
	});

	it('still meets every Starlight error it lists as known (remove the ones that are gone)', () => {
		const stale = upstream.filter((u) => !seen.has(u.message));
		expect(
			stale.map((u) => u.message),
			'listed errors that no longer occur'
		).toEqual([]);
	});
});
