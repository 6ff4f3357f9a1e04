// Astro's ambient types (astro:content, import.meta.env) without a generated .astro/ folder, so
// that a fresh clone type-checks before its first build.
/// <reference types="astro/client" />

// The content model, served by the handbook integration (src/integration.ts).
declare module 'virtual:etom/handbook' {
	export const data: import('./lib/content/model.ts').HandbookData;
	export const pdfPlanned: boolean;
}

declare namespace App {
	interface Locals {
		/** The language of the print book being rendered (src/components/print/PrintBook.astro). */
		printLang?: string;
	}
}
