// npm run translations: what each edition (es, id, pl) lacks, and what changed in English since it
// was translated (by content hash, recorded in content/i18n/translated.<lang>.json).
//   --lang=es           one edition only
//   --mark              after translating or reviewing: record the current English of every
//                       translated file of the edition (or only of the English files named after it)
//   --check             exit with 1 unless every edition asked for is complete and current
import { handbookPaths } from '../src/lib/content/paths.ts';
import { defaultLang, locales } from '../src/lib/i18n/locales.ts';
import { editionStatus, isComplete, markCurrent, statusReport } from '../src/lib/i18n/status.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const paths = handbookPaths();
const langs = arg('lang')
	? [arg('lang')!]
	: Object.values(locales)
			.map((l) => l.lang)
			.filter((l) => l !== defaultLang);

if (process.argv.includes('--mark')) {
	const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
	for (const lang of langs)
		console.log(
			`[translations] ${lang}: marked ${markCurrent(paths, lang, named).length} files current`
		);
}
const statuses = langs.map((lang) => editionStatus(paths, lang));
console.log(statusReport(statuses));
if (process.argv.includes('--check') && !statuses.every(isComplete)) process.exit(1);
