import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishBook, headingKeys, respacedTitle } from './book-finish.ts';

describe('respacedTitle', () => {
	const headings = headingKeys([
		'Supplier/Partner Relationship  Management',
		'10.8 1.1.1.7 Customer QoS/SLA Management',
	]);

	it('gives a wrapped heading its space back and leaves other titles alone', () => {
		expect(respacedTitle('Supplier/Partner RelationshipManagement', headings)).toBe(
			'Supplier/Partner Relationship Management'
		);
		expect(respacedTitle('10.8 1.1.1.7 Customer QoS/SLA Management', headings)).toBe(
			'10.8 1.1.1.7 Customer QoS/SLA Management'
		);
		expect(respacedTitle('Not a heading', headings)).toBe('Not a heading');
	});
});

describe('finishBook', () => {
	it('sets the author, opens with the bookmarks and respaces their titles', async () => {
		const printed = await PDFDocument.create();
		printed.addPage();
		const item = printed.context.obj({
			Title: PDFHexString.fromText('Partner RelationshipManagement'),
		});
		const outlines = printed.context.obj({ First: printed.context.register(item), Count: 1 });
		printed.catalog.set(PDFName.of('Outlines'), printed.context.register(outlines));
		const { bytes } = await finishBook(await printed.save(), {
			author: 'The maintainers',
			headings: ['Partner Relationship Management'],
		});
		const doc = await PDFDocument.load(bytes);
		expect(doc.getAuthor()).toBe('The maintainers');
		expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
		const first = doc.catalog
			.lookup(PDFName.of('Outlines'), PDFDict)
			.lookup(PDFName.of('First'), PDFDict)
			.lookup(PDFName.of('Title'), PDFHexString);
		expect(first.decodeText()).toBe('Partner Relationship Management');
	});
});
