import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspHash, type CspHash } from './csp.ts';

/**
 * The folders whose components may carry `<script is:inline>`: Starlight's (its theme script, the
 * theme picker, the sidebar's scroll restore) and the handbook's own. Astro copies such a script
 * into the page as written, without hashing it, so its hash is taken here from the source.
 */
export function inlineScriptFolders(): string[] {
	// The package exports no package.json; its main module sits in dist/ beside the components.
	const starlight = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
	const own = join(import.meta.dirname, '..', '..');
	return [
		join(starlight, 'components'),
		join(starlight, 'user-components'),
		join(own, 'components'),
		join(own, 'pages'),
	];
}

/**
 * The text of every `<script is:inline>` in an Astro component, exactly as Astro writes it into
 * the page. A script with `define:vars` gets variables prepended at render time, so its hash could
 * not be known here: it is refused.
 */
export function inlineScripts(source: string, file: string): string[] {
	const scripts: string[] = [];
	for (const m of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attributes = m[1]!;
		if (!/\bis:inline\b/.test(attributes)) continue;
		if (/\bsrc=/.test(attributes)) continue;
		if (/\bdefine:vars\b/.test(attributes))
			throw new Error(
				`${file}: <script is:inline define:vars> cannot be hashed for the Content Security Policy. ` +
					'Pass the values through data- attributes and read them in a bundled <script> instead.'
			);
		scripts.push(m[2]!);
	}
	return scripts;
}

/** The CSP hashes of every inline script in the components of these folders (and their subfolders). */
export function inlineScriptHashes(folders: string[] = inlineScriptFolders()): CspHash[] {
	const hashes = new Set<CspHash>();
	for (const folder of folders) {
		for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
			if (!name.endsWith('.astro')) continue;
			const file = join(folder, name);
			for (const script of inlineScripts(readFileSync(file, 'utf8'), file))
				hashes.add(cspHash(script));
		}
	}
	return [...hashes].sort();
}
