// The public URL of the site (canonical links, the sitemap, links out of an edition
// zip): one value for astro.config.mjs and the post-build. SITE_URL overrides it.
export const SITE_URL = process.env.SITE_URL ?? 'https://zsdaily.example.com';
