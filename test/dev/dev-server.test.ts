import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort, startDevServer, until, type DevServer } from '../../scripts/lib/astro-dev.ts';
import { fixtureRoot } from '../helpers/fixture.ts';

// A maintainer's session in `npm run dev` on a copy of a small fixture: chapters saved, added and
// removed while a browser keeps asking for pages; no restart. The copy sits beside the fixtures
// (it imports their configuration) in a folder of its own, ignored by git.
let root: string;
let server: DevServer;
const docs = () => join(root, 'content', 'docs');

beforeAll(async () => {
	root = mkdtempSync(join(fixtureRoot('.'), '.dev-'));
	cpSync(join(fixtureRoot('markdown-features'), 'content'), join(root, 'content'), {
		recursive: true,
	});
	writeFileSync(
		join(root, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport { fixtureConfig } from '../config.ts';\n\nexport default defineConfig(fixtureConfig(import.meta.url));\n"
	);
	server = startDevServer(root, await freePort());
	await server.ready();
	await until(
		async () => (await server.page('/operations/features/')).includes('</html>'),
		'no page'
	).catch(withOutput);
});

/** An error with what the dev server printed, which says why it failed. */
const withOutput = (error: Error) => {
	throw new Error(`${error.message}\n${server.output()}`);
};

afterAll(async () => {
	await server?.stop();
	rmSync(root, { recursive: true, force: true });
});

const linked = async (page: string, href: string) =>
	(await server.page(page)).includes(`href="${href}"`);

it('serves a saved chapter, and a chapter added right after the save, without a restart', async () => {
	const features = join(docs(), 'operations', 'features.mdx');
	const marker = `Saved at ${Date.now()}.`;
	writeFileSync(features, `${readFileSync(features, 'utf8')}\n${marker}\n`);
	// The second file comes while the first save is still being loaded: the sequence that once left
	// the new chapter out of the sidebar and unrouted until the server restarted.
	await new Promise((r) => setTimeout(r, 200));
	writeFileSync(
		join(docs(), 'operations', 'added.mdx'),
		'---\ntitle: Added chapter\n---\n\nWritten while the dev server runs.\n'
	);
	await until(
		async () =>
			(await linked('/operations/features/', '/operations/added/')) &&
			(await server.page('/operations/added/')).includes('Written while the dev server runs.') &&
			(await server.page('/operations/features/')).includes(marker),
		'the saved chapter, or the added one in the sidebar and served'
	).catch(withOutput);
	expect(await server.page('/operations/added/')).toMatch(/<h1 id="_top"[^>]*>Added chapter<\/h1>/);
}, 90_000);

it('drops a removed chapter from the sidebar and its route', async () => {
	const removed = join(docs(), 'operations', 'plain.md');
	expect(await linked('/operations/features/', '/operations/plain/')).toBe(true);
	unlinkSync(removed);
	await until(
		async () =>
			!(await linked('/operations/features/', '/operations/plain/')) &&
			(await server.page('/operations/plain/')) === '',
		'the removed chapter still in the sidebar, or still served'
	).catch(withOutput);
}, 60_000);
