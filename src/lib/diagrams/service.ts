import type { BrowserLookup } from '../browser.ts';
import { readCached, writeCached } from './cache.ts';
import { MermaidRenderer, type RenderedDiagram } from './renderer.ts';
import { DiagramError, type DiagramSource } from './source.ts';

export interface DiagramLog {
	info(message: string): void;
}

/**
 * Hands out rendered diagrams: from the committed cache when the source is unchanged, otherwise
 * rendered in Chromium (and cached). Counts both for the build's one-line summary.
 */
export class DiagramService {
	readonly stats = { rendered: 0, cached: 0 };
	readonly #renderer: MermaidRenderer | undefined;
	readonly #noBrowser: string;
	readonly #log: DiagramLog;
	readonly #pending = new Map<string, Promise<RenderedDiagram>>();
	readonly #cacheDir: string;

	/** `browser` is the browser search's result (src/lib/browser.ts); `cacheDir` the committed render cache (`diagrams/cache`). */
	constructor(browser: BrowserLookup, log: DiagramLog, cacheDir: string) {
		this.#renderer = browser.found ? new MermaidRenderer(browser.found, (m) => log.info(m)) : undefined;
		this.#noBrowser = browser.found ? '' : browser.message;
		this.#log = log;
		this.#cacheDir = cacheDir;
	}

	get(diagram: DiagramSource): Promise<RenderedDiagram> {
		// One render per content address, even when several pages show the same diagram.
		let job = this.#pending.get(diagram.key);
		if (!job) {
			job = this.#get(diagram);
			this.#pending.set(diagram.key, job);
			job.catch(() => this.#pending.delete(diagram.key));
		}
		return job;
	}

	async #get(diagram: DiagramSource): Promise<RenderedDiagram> {
		const cached = readCached(diagram.key, this.#cacheDir);
		if ('found' in cached) {
			this.stats.cached++;
			return cached.found;
		}
		// A damaged entry is never trusted: it is rendered again and overwritten.
		const damaged = 'damaged' in cached ? `diagrams/cache/${diagram.key}.json is damaged (${cached.damaged})` : undefined;
		if (!this.#renderer) {
			throw new DiagramError(
				diagram.origin,
				`${damaged ? `the rendered copy in ${damaged}` : 'the diagram is new or has changed, so diagrams/cache has no rendered copy of it'}, and no browser is available to render it. ${this.#noBrowser} Then build again (or run "npm run diagrams") and commit diagrams/cache.`
			);
		}
		if (damaged) this.#log.info(`${damaged}: rendering ${diagram.origin} again`);
		const { rendered, ms } = await this.#renderer.render(diagram);
		writeCached(rendered, this.#cacheDir);
		this.stats.rendered++;
		this.#log.info(`rendered ${diagram.origin} (light and dark) in ${Math.round(ms)} ms`);
		return rendered;
	}

	summary(): string {
		const { rendered, cached } = this.stats;
		const seconds = ((this.#renderer?.busyMs ?? 0) / 1000).toFixed(1);
		return `${rendered + cached} diagrams: ${rendered} rendered in ${seconds} s, ${cached} from cache`;
	}

	async close(): Promise<void> {
		await this.#renderer?.close();
	}
}
