import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const fork = 'src/components/Search.astro';
const upstream = 'node_modules/@astrojs/starlight/dist/components/Search.astro';

it('the Search.astro fork was taken from the installed Starlight version', () => {
	const recorded = /FORK of @astrojs\/starlight (\d+\.\d+\.\d+\S*) /.exec(
		read(fork).slice(0, 500)
	)?.[1];
	expect(
		recorded,
		`${fork} should start with "// FORK of @astrojs/starlight <version> ..."`
	).toBeDefined();
	const pkg = JSON.parse(read('node_modules/@astrojs/starlight/package.json')) as {
		version: string;
	};
	expect(
		pkg.version,
		`${fork} is a fork of Starlight ${recorded}'s Search.astro, but Starlight ${pkg.version} is ` +
			`installed. Re-diff the fork (\`diff ${upstream} ${fork}\`), carry the changes listed in ` +
			`its header over to the new upstream file, then record ${pkg.version} in the header.`
	).toBe(recorded);
});
