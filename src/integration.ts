import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { catalogFile } from './lib/paths.ts';
import { remarkAbbr } from './lib/remark-abbr.ts';
import { remarkProcess } from './lib/remark-process.ts';

/**
 * The handbook's build pieces that are not Starlight's: the catalog tags in chapters
 * (`<Process>`, `<ProcessLink>`), acronym expansions, and a dev-server reload when the catalog
 * changes.
 */
export function etomHandbook(): AstroIntegration {
	return {
		name: 'etom-handbook',
		hooks: {
			'astro:config:setup'({ command, config, updateConfig, addWatchFile }) {
				// Astro's default Markdown processor (Sätteri) runs no remark plugins; the catalog tags
				// need one, so chapters go through the unified processor. Starlight adds its own
				// plugins to whichever processor is configured.
				updateConfig({
					markdown: {
						processor: unified({
							remarkPlugins: [[remarkProcess, { base: config.base, rescan: command === 'dev' }], remarkAbbr],
						}),
					},
				});
				addWatchFile(catalogFile());
			},
		},
	};
}
