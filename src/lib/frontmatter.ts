import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/**
 * A chapter file split into its YAML frontmatter (parsed, unvalidated: Astro validates it with the
 * content schema) and its body. For code that reads chapters outside Astro: the sidebar, social
 * cards, content tests.
 */
export function readChapterFile(file: string): { data: Record<string, unknown>; body: string } {
	const text = readFileSync(file, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	return { data: (parseYaml(match?.[1] ?? '') ?? {}) as Record<string, unknown>, body: text.slice(match?.[0].length ?? 0) };
}
