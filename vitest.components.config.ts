import { getViteConfig } from 'astro/config';

/** Component tests render .astro files with Astro's container API, which needs Astro's Vite setup. */
export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
  },
});
