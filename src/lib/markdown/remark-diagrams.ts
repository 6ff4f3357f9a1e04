import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Handbook } from '../content/model.ts';
import { displayPath } from '../content/paths.ts';
import { diagramFigure } from '../diagrams/figure.ts';
import type { DiagramService } from '../diagrams/service.ts';
import { prepareDiagram, readDiagramFile, type DiagramSource } from '../diagrams/source.ts';
import { recordStyleHashes, styleHashes } from '../security/style-hashes.ts';
import { keyOfLang } from '../i18n/locales.ts';
import { langOfFile } from './file-lang.ts';
import { rawHtml } from './mdast-html.ts';

export interface RemarkDiagramsOptions {
	handbook: () => Handbook;
	diagrams: DiagramService;
}

/**
 * Renders diagrams at build time: a ```mermaid fence and `<Diagram src="name" />` (for
 * diagrams/name.mmd) both become the same static figure, so readers download no Mermaid script.
 */
export function remarkDiagrams({ handbook: current, diagrams }: RemarkDiagramsOptions) {
	return async (tree: Root, file: VFile) => {
		const handbook = current();
		const { catalog } = handbook;
		const { paths } = handbook.data;
		const chapter = file.path ? displayPath(file.path) : '<unknown file>';
		const lang = langOfFile(handbook, file);
		const t = handbook.t(lang);
		// An edition draws its own translation of a diagram (diagrams/<key>/<name>.mmd) where there is one.
		const translated = (name: string) => {
			const key = keyOfLang(lang);
			return key !== 'root' && existsSync(join(paths.diagramsDir, key, `${name}.mmd`))
				? `${key}/${name}`
				: name;
		};
		const jobs: {
			parent: Parent;
			node: Code | MdxJsxFlowElement;
			name: string;
			source: DiagramSource;
		}[] = [];

		visit(tree, (node, _index, parent: Parent | undefined) => {
			if (!parent) return;
			if (node.type === 'code' && (node as Code).lang === 'mermaid') {
				const line = node.position?.start.line;
				jobs.push({
					parent,
					node: node as Code,
					name: `inline-${line ?? 0}`,
					source: prepareDiagram(catalog, (node as Code).value, { file: chapter, fenceLine: line }),
				});
			} else if (
				node.type === 'mdxJsxFlowElement' &&
				(node as MdxJsxFlowElement).name === 'Diagram'
			) {
				const element = node as MdxJsxFlowElement;
				const line = node.position?.start.line;
				const origin = `${chapter}${line ? `:${line}` : ''}`;
				const src = element.attributes.find(
					(a) => a.type === 'mdxJsxAttribute' && a.name === 'src'
				)?.value;
				if (typeof src !== 'string')
					throw new Error(
						`${origin}: <Diagram> needs src="<name>" naming a file diagrams/<name>.mmd.`
					);
				jobs.push({
					parent,
					node: element,
					name: src,
					source: readDiagramFile(catalog, paths.diagramsDir, translated(src), origin),
				});
			}
		});

		const rendered = await Promise.all(jobs.map((j) => diagrams.get(j.source)));
		jobs.forEach((job, i) => {
			const index = job.parent.children.indexOf(job.node as never);
			const html = diagramFigure(rendered[i]!, job.name, t('etom.diagram.steps'));
			// Each drawing carries a <style> element: the page's CSP must name it by its hash.
			recordStyleHashes(file, styleHashes(html));
			job.parent.children.splice(index, 1, rawHtml(html) as never);
		});
	};
}
