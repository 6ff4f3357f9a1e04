/** The site's base path with its trailing slash (`/`, `/etom-handbook/`), however it was configured. */
export const siteRoot = (base: string): string => (base.endsWith('/') ? base : `${base}/`);
