import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, type FoundBrowser } from '../browser.ts';
import { DiagramError, renderSettings, type DiagramSource } from './source.ts';

const require = createRequire(import.meta.url);

/** What a render produces, and what the cache stores. */
export interface RenderedDiagram {
	key: string;
	/** The diagram's accTitle, used as its caption. */
	title: string;
	light: string;
	dark: string;
	/** For flowcharts: each edge in source order, as "From → To: label". */
	steps: string[] | null;
}

/** The page the diagrams are rendered in: the handbook's diagram font, embedded, and Mermaid. */
function renderPageHtml(): string {
	const font = (weight: number) =>
		readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`)).toString('base64');
	return `<!doctype html><html><head><style>
@font-face{font-family:Inter;font-weight:400;src:url(data:font/woff2;base64,${font(400)}) format('woff2')}
@font-face{font-family:Inter;font-weight:600;src:url(data:font/woff2;base64,${font(600)}) format('woff2')}
body{font-family:Inter,sans-serif}
</style></head><body></body></html>`;
}

/**
 * Mermaid's own renderer, run in one headless Chromium for the whole build (Mermaid measures
 * labels in a real DOM, so a browser gives boxes that fit their text). Renders are queued on a
 * single page; the browser starts on the first render and stops with `close()`.
 */
export class MermaidRenderer {
	#page: Promise<Page> | undefined;
	#browser: Browser | undefined;
	#queue: Promise<unknown> = Promise.resolve();
	/** Time spent rendering (launch included), as opposed to waiting in the queue. */
	busyMs = 0;
	readonly #found: FoundBrowser;
	readonly #log: ((message: string) => void) | undefined;

	/** `log` hears which browser was started (and, for the npm-shipped one, its unpacking). */
	constructor(browser: FoundBrowser, log?: (message: string) => void) {
		this.#found = browser;
		this.#log = log;
	}

	async #open(): Promise<Page> {
		this.#browser = await launchBrowser(this.#found, this.#log);
		const page = await this.#browser.newPage();
		await page.setContent(renderPageHtml());
		await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
		// Labels are measured when rendered: the font must be ready first or boxes come out too small.
		await page.evaluate(async () => {
			await document.fonts.load('400 16px Inter');
			await document.fonts.load('600 16px Inter');
			await document.fonts.ready;
		});
		return page;
	}

	/** Renders a diagram when its turn comes; `ms` is its own render time, queueing excluded. */
	render(diagram: DiagramSource): Promise<{ rendered: RenderedDiagram; ms: number }> {
		const job = this.#queue.then(() => this.#render(diagram));
		this.#queue = job.catch(() => undefined);
		return job;
	}

	async #render(diagram: DiagramSource): Promise<{ rendered: RenderedDiagram; ms: number }> {
		const started = performance.now();
		try {
			return { rendered: await this.#renderNow(diagram), ms: performance.now() - started };
		} finally {
			this.busyMs += performance.now() - started;
		}
	}

	async #renderNow(diagram: DiagramSource): Promise<RenderedDiagram> {
		this.#page ??= this.#open();
		const page = await this.#page;
		const result = await page.evaluate(
			async ({ text, key, settings }) => {
				// eslint-disable-next-line @typescript-eslint/no-explicit-any
				const mermaid = (window as any).mermaid;
				const base = { startOnLoad: false, securityLevel: 'strict', deterministicIds: true, fontFamily: settings.fontFamily, htmlLabels: settings.htmlLabels, flowchart: settings.flowchart, block: settings.block };
				mermaid.initialize(base);
				try {
					await mermaid.parse(text);
				} catch (e) {
					return { error: String((e as Error)?.message ?? e) };
				}
				const svgs: Record<string, string> = {};
				for (const [variant, theme] of Object.entries(settings.variants)) {
					mermaid.initialize({ ...base, theme, deterministicIDSeed: `${key}-${variant}` });
					svgs[variant] = (await mermaid.render(`d-${key}-${variant}`, text)).svg;
				}
				const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db;
				let steps: string[] | null = null;
				if (typeof db.getEdges === 'function' && typeof db.getVertices === 'function') {
					const vertices = db.getVertices();
					// An edge may join two subgraphs (the lanes of a swimlane diagram): name them by title.
					const subgraphs = new Map<string, string>((db.getSubGraphs?.() ?? []).map((g: { id: string; title: string }) => [g.id, g.title]));
					// Mermaid keeps entity codes (#quot;, #lt;, #9829;) in its labels as placeholders; the steps are
					// plain text, so they are decoded (a <textarea> decodes entities and never makes elements).
					const textarea = document.createElement('textarea');
					const text = (s: string) => {
						textarea.innerHTML = s.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
						return textarea.value;
					};
					const label = (id: string) => text(vertices.get(id)?.text ?? subgraphs.get(id) ?? id);
					steps = db.getEdges().map((e: { start: string; end: string; text?: string }) => `${label(e.start)} → ${label(e.end)}${e.text ? `: ${text(e.text)}` : ''}`);
				}
				return { svgs, steps };
			},
			{ text: diagram.text, key: diagram.key, settings: renderSettings }
		);
		if ('error' in result) throw new DiagramError(diagram.origin, `invalid Mermaid. Mermaid says:\n${result.error}`);
		return {
			key: diagram.key,
			title: diagram.title,
			light: finishSvg(result.svgs.light!, `d-${diagram.key}-light`, diagram),
			dark: finishSvg(result.svgs.dark!, `d-${diagram.key}-dark`, diagram),
			steps: result.steps,
		};
	}

	async close(): Promise<void> {
		const browser = this.#browser;
		this.#page = undefined;
		this.#browser = undefined;
		await browser?.close();
	}
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Makes Mermaid's SVG one image with a name (<title>) and a description (<desc>); inline in a page
 * the text equivalent sits next to it. Mermaid's own accessibility markup is replaced.
 */
function finishSvg(svg: string, id: string, { title, description }: { title: string; description: string }): string {
	const open = /^<svg\b[^>]*>/.exec(svg);
	if (!open) throw new Error(`Mermaid returned no <svg> for ${id}.`);
	const attrs = open[0]
		.replace(/\s(role|aria-roledescription|aria-labelledby|aria-describedby)="[^"]*"/g, '')
		.replace(/>$/, ` role="img" aria-labelledby="${id}-title"${description ? ` aria-describedby="${id}-desc"` : ''}>`);
	const label = `<title id="${id}-title">${escapeXml(title)}</title>${description ? `<desc id="${id}-desc">${escapeXml(description)}</desc>` : ''}`;
	return attrs + label + svg.slice(open[0].length).replace(/<title\b[^>]*>[\s\S]*?<\/title>|<desc\b[^>]*>[\s\S]*?<\/desc>/g, '');
}
