/**
 * Mermaid's interaction lines: `click <id> "url"`, `click <id> href "url"`, `click <id> call f()`,
 * `click <id> f`, and in class diagrams `link <Class> "url"` and `callback <Class> "f"`.
 */
const clickLine = /^\s*click\s+\S+\s+(.*)$/;
const classLink = /^\s*link\s+[\w-]+\s+("[^"]*".*)$/;
const classCallback = /^\s*callback\s+[\w-]+\s+"/;

const inSite =
	'a diagram may only link to a page of the handbook, with a path such as "/operations/crm/" (click <id> href "/operations/crm/")';

const callbackProblem = `a click directive that calls a script function; the handbook's diagrams run no script. ${inSite[0]!.toUpperCase()}${inSite.slice(1)}, or remove the line.`;

/** Why a link target is not allowed in a diagram, or undefined for a path inside the handbook. */
function urlProblem(url: string): string | undefined {
	// Browsers drop tabs and line breaks inside a URL and read character references in attributes,
	// so "java&#115;cript:" is a script URL too: such URLs are refused, not decoded.
	if (/[\u0000-\u0020\\]|&[#a-z]/i.test(url.trim())) {
		return `a click URL with a character reference, backslash or space ("${url}"); ${inSite}`;
	}
	const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
	if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
		return `a click directive with a ${scheme}: URL, which would run script; ${inSite}`;
	}
	if (scheme || url.trim().startsWith('//')) {
		return `a click directive that links to another site ("${url}"): the handbook's pages make no request to another origin, and a reader cannot see where a diagram box leads. Put the link in the chapter's text, or use a path inside the handbook: ${inSite}`;
	}
	return undefined;
}

/**
 * Checks a diagram's click directives: each must link to a path inside the handbook. A callback
 * (a script function) or a `javascript:`, `data:` or other site's URL is refused, with the line
 * (index into `lines`) it is on. Mermaid's strict security level would drop callbacks and
 * neutralise script URLs in silence; the build says so instead.
 */
export function clickProblems(lines: readonly string[]): { index: number; problem: string }[] {
	const problems: { index: number; problem: string }[] = [];
	lines.forEach((line, index) => {
		const rest = clickLine.exec(line)?.[1] ?? classLink.exec(line)?.[1];
		if (rest === undefined) {
			if (classCallback.test(line)) problems.push({ index, problem: callbackProblem });
			return;
		}
		const url = /^(?:href\s+)?"([^"]*)"/.exec(rest)?.[1];
		if (url === undefined) {
			problems.push({ index, problem: callbackProblem });
			return;
		}
		const problem = urlProblem(url);
		if (problem) problems.push({ index, problem });
	});
	return problems;
}
