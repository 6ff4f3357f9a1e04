/**
 * Makes a Chromium PDF the same on every run. Chromium stamps it with the time it was printed
 * (/CreationDate, /ModDate) and names the tagged-PDF structure elements after DOM node ids that vary
 * from run to run (/ID (node00001015)). The stamps become the edition date and the node ids are
 * renumbered in their sorted order; every replacement has the length of what it replaces, so the
 * cross-reference offsets stay valid.
 */
export function reproduciblePdf(pdf: Uint8Array, date: string): Buffer {
	const stamp = date.replaceAll('-', '').padEnd(14, '0').slice(0, 14);
	if (!/^\d{14}$/.test(stamp)) throw new Error(`Not a date for a PDF: "${date}"`);
	let text = Buffer.from(pdf).toString('latin1');
	text = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, `/$1 (D:${stamp}`);
	const ids = [...new Set([...text.matchAll(/\(node(\d{8})\)/g)].map((m) => m[1]!))].sort();
	const renumber = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
	text = text.replace(/\(node(\d{8})\)/g, (_, id: string) => `(node${renumber.get(id)})`);
	return Buffer.from(text, 'latin1');
}
