import { describe, expect, it } from 'vitest';
import type { BrowserLookup } from '../browser.ts';
import { isCi, pdfDecision, pdfSettingFrom } from './setting.ts';

const found: BrowserLookup = {
	found: { source: 'installed', name: 'Chromium', path: '/usr/bin/chromium' },
	looked: [],
};
const none: BrowserLookup = {
	found: undefined,
	looked: [],
	message: 'No Chrome, Chromium or Edge found on Linux x64 (looked at: …). Fix: install one.',
};

describe('the PDF setting', () => {
	it('comes from PDF: auto by default, on, or off', () => {
		expect(pdfSettingFrom(undefined)).toBe('auto');
		expect(pdfSettingFrom('')).toBe('auto');
		expect(pdfSettingFrom('AUTO')).toBe('auto');
		expect(pdfSettingFrom('on')).toBe('on');
		expect(pdfSettingFrom('off')).toBe(false);
		expect(pdfSettingFrom('false')).toBe(false);
		expect(() => pdfSettingFrom('maybe')).toThrow(/PDF=maybe: use auto .*, on .* or off/);
	});

	it('reads CI as the hosts set it', () => {
		expect(isCi({ CI: 'true' })).toBe(true);
		expect(isCi({ CI: '1' })).toBe(true);
		expect(isCi({ CI: 'false' })).toBe(false);
		expect(isCi({})).toBe(false);
	});
});

describe('what a build does about the PDFs', () => {
	it('makes them with the browser found', () => {
		expect(pdfDecision('auto', found, {})).toEqual({ browser: found.found });
		expect(pdfDecision('auto', found, { CI: 'true' })).toEqual({ browser: found.found });
	});

	it('skips them without a browser outside CI, saying why and how to get them', () => {
		expect(pdfDecision('auto', none, {})).toEqual({
			skipped: `${none.found ? '' : none.message} Then run "npm run pdf" (or build again).`,
		});
	});

	it('fails under CI=true without a browser, with the reason and the way out', () => {
		const decision = pdfDecision('auto', none, { CI: 'true' });
		expect(decision).toEqual({
			error:
				'The PDFs cannot be made, and a CI build (CI=true) requires them. No Chrome, Chromium or Edge found on Linux x64 (looked at: …). Fix: install one. To build without PDFs on purpose, set PDF=off.',
		});
	});

	it('fails with PDF=on without a browser, anywhere', () => {
		expect(pdfDecision('on', none, {})).toMatchObject({
			error: expect.stringMatching(
				/^The PDFs cannot be made, and PDF=on requires them\. No Chrome/
			),
		});
	});

	it('skips them when switched off, even under CI and with a browser', () => {
		expect(pdfDecision(false, none, { CI: 'true' })).toEqual({
			skipped: 'PDFs are switched off (PDF=off, or pdf: false in the configuration)',
		});
		expect(pdfDecision(false, found, {})).toMatchObject({ skipped: expect.any(String) });
	});
});
