import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { cspHash } from './csp.ts';
import { recordStyleHashes, recordedStyleHashes, styleHashes } from './style-hashes.ts';

describe('style hashes of HTML put into a chapter', () => {
	it('are taken from the text as the browser parses it (entities inside SVG decoded)', () => {
		const svg = '<svg><style>a &gt; b{fill:red}</style><g style="x"></g></svg><style>p{}</style>';
		expect(styleHashes(svg)).toEqual([cspHash('a > b{fill:red}'), cspHash('p{}')]);
		expect(styleHashes('<p>no style</p>')).toEqual([]);
	});

	it("travel in the chapter's remark frontmatter, once each", () => {
		const file = new VFile();
		recordStyleHashes(file, [cspHash('a')]);
		recordStyleHashes(file, [cspHash('a'), cspHash('b')]);
		const { frontmatter } = (file.data as { astro: { frontmatter: Record<string, unknown> } })
			.astro;
		expect(recordedStyleHashes(frontmatter)).toEqual([cspHash('a'), cspHash('b')]);
		expect(recordedStyleHashes({})).toEqual([]);
	});
});
