import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { siteRoot } from './base-path.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
};

export interface ServeOptions {
	/** Extra response headers for a URL path, as a host configured with them would send. */
	headers?: (path: string) => [name: string, value: string][];
}

export interface StaticServer {
	/** Origin plus base path, ending in "/". */
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: files only, `dir/` -> `dir/index.html`,
 * no rewrites, and 404.html for anything missing. `base` mounts it under a sub-path.
 */
export async function serveStatic(
	root: string,
	base = '/',
	options: ServeOptions = {}
): Promise<StaticServer> {
	const prefix = siteRoot(base);
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const send = (file: string, status = 200) => {
			res.writeHead(status, [
				['content-type', types[extname(file)] ?? 'application/octet-stream'],
				...(options.headers?.(path) ?? []),
			]);
			createReadStream(file).pipe(res);
		};
		const notFound = () => {
			try {
				statSync(join(root, '404.html'));
				send(join(root, '404.html'), 404);
			} catch {
				res.writeHead(404).end('not found');
			}
		};
		if (!path.startsWith(prefix)) return notFound();
		let file = normalize(join(root, path.slice(prefix.length)));
		if (!file.startsWith(normalize(root))) return notFound();
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			statSync(file);
			send(file);
		} catch {
			notFound();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
