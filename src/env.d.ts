// Astro's ambient types (astro:content, import.meta.env) without a generated .astro/ folder, so
// that a fresh clone type-checks before its first build.
/// <reference types="astro/client" />
