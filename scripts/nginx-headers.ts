// npm run nginx-headers: prints the headers of a build's _headers file (written by the build for
// Netlify and Cloudflare Pages) as nginx directives, to include in the server block that serves
// dist/. Run it after each build: the Content-Security-Policy names the build's inline scripts.
//   --dist=<folder> to read another build.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nginxSnippet, parseHeadersFile } from '../src/lib/security/headers.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const file = join(resolve(arg('dist') ?? 'dist'), '_headers');
let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch {
	console.error(`No ${file}: run "npm run build" first.`);
	process.exit(1);
}
process.stdout.write(nginxSnippet(parseHeadersFile(text)));
