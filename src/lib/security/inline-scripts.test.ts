import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHash } from './csp.ts';
import { inlineScriptFolders, inlineScriptHashes, inlineScripts } from './inline-scripts.ts';

const component = `---
const a = 1;
---
<script is:inline>
	window.x = 1;
</script>
<script>import './bundled.ts';</script>
<script is:inline src="/vendor.js"></script>
<p>{a}</p>`;

describe('inline scripts of components', () => {
	it('are taken as written, bundled and external scripts left out', () => {
		expect(inlineScripts(component, 'A.astro')).toEqual(['\n\twindow.x = 1;\n']);
	});

	it('with define:vars are refused, naming the file and what to do', () => {
		expect(() =>
			inlineScripts('<script is:inline define:vars={{ a }}>a</script>', 'src/components/B.astro')
		).toThrow(/^src\/components\/B\.astro: .*define:vars.*data- attributes/);
	});

	it('are hashed across a folder and its subfolders', () => {
		const dir = mkdtempSync(join(tmpdir(), 'etom-inline-'));
		try {
			mkdirSync(join(dir, 'sub'));
			writeFileSync(join(dir, 'A.astro'), component);
			writeFileSync(join(dir, 'sub', 'B.astro'), '<script is:inline>b()</script>');
			writeFileSync(join(dir, 'notes.md'), '<script is:inline>c()</script>');
			expect(inlineScriptHashes([dir])).toEqual(
				[cspHash('\n\twindow.x = 1;\n'), cspHash('b()')].sort()
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("include Starlight's theme script, which sets the theme before the page is drawn", () => {
		const [starlight] = inlineScriptFolders();
		const file = join(starlight!, 'ThemeProvider.astro');
		const theme = inlineScripts(readFileSync(file, 'utf8'), file).find((s) =>
			s.includes('StarlightThemeProvider')
		);
		expect(theme, `an inline theme script in ${file}`).toBeDefined();
		expect(inlineScriptHashes()).toContain(cspHash(theme!));
	});
});
