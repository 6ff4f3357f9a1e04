import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled except the print edition; the sitemap when the site URL is known. */
export const GET: APIRoute = ({ site }) => {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const lines = ['User-agent: *', 'Allow: /', `Disallow: ${base}print/`];
	if (site) lines.push(`Sitemap: ${new URL(`${base}sitemap-index.xml`, site).href}`);
	return new Response(`${lines.join('\n')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
