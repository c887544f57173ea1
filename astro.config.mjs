// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // The public URL of the site; override with SITE_URL for another host.
  site: process.env.SITE_URL ?? 'https://zsdaily.example.com',
  integrations: [mdx()],
});
