import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Handbook } from '../content/model.ts';
import { englishSourceOf } from './file-lang.ts';
import { ChapterError } from './remark-process.ts';

/**
 * Gives a translated chapter's headings the ids of the English chapter's headings, in order, so that
 * a link to a section (`/es/appendices/sources-and-confidence/#inferred-and-single-source-ids`) and
 * the language picker land on the same place in every edition. A translation must keep the English
 * chapter's headings, one for one.
 */
export function remarkHeadingIds({ handbook: current }: { handbook: () => Handbook }) {
	return (tree: Root, file: VFile) => {
		const english = englishSourceOf(current(), file);
		if (!english) return;
		const headings: Heading[] = [];
		// Process sections (remark-process) carry their own ids already.
		visit(tree, 'heading', (heading) => {
			if (!heading.data?.hProperties?.id) headings.push(heading);
		});
		if (headings.length !== english.headingIds.length)
			throw new ChapterError(
				file,
				headings[Math.min(headings.length, english.headingIds.length)] ?? tree,
				`the chapter has ${headings.length} headings and its English source ${english.file} has ${english.headingIds.length}. A translation keeps every heading of the English chapter, in the same order (their anchors are shared by all editions).`
			);
		headings.forEach((heading, i) => {
			heading.data = {
				...heading.data,
				hProperties: { ...heading.data?.hProperties, id: english.headingIds[i]! },
			};
		});
	};
}
