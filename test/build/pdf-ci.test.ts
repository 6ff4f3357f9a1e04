import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixture.ts';

// No silent loss of the PDFs in CI: the fixture project test/fixtures/pdf-ci asks for PDFs as the
// root configuration does (the PDF variable), and is built under CI=true on a machine without a
// browser (BROWSER_SEARCH=none hides every browser, the npm-shipped one included).
// Each builds a fixture while other files build the whole handbook: give them time on a busy machine.
describe.concurrent('PDFs under CI=true without a browser', { timeout: 300_000 }, () => {
	const ci = { CI: 'true', BROWSER_SEARCH: 'none' };

	it('fail the build, with the reason, the fix and the way out', async () => {
		const build = await buildFixture('pdf-ci', ci);
		try {
			expect(build.code, build.output).not.toBe(0);
			expect(build.output).toMatch(
				/The PDFs cannot be made, and a CI build \(CI=true\) requires them\. No browser on /
			);
			expect(build.output).toContain('BROWSER_SEARCH=none');
			expect(build.output).toContain('To build without PDFs on purpose, set PDF=off.');
			// It fails before any page is written.
			expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
		} finally {
			build.cleanup();
		}
	});

	it('are left out when the maintainer says so (PDF=off), and the build says it', async () => {
		const build = await buildFixture('pdf-ci', { ...ci, PDF: 'off' });
		try {
			expect(build.code, build.output).toBe(0);
			expect(build.output).toMatch(/\[pdf\] skipped: PDFs are switched off \(PDF=off/);
			expect(existsSync(join(build.outDir, 'index.html'))).toBe(true);
			expect(existsSync(join(build.outDir, 'etom-handbook.pdf'))).toBe(false);
		} finally {
			build.cleanup();
		}
	});
});
