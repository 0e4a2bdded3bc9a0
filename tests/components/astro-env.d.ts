// Plain `tsc` cannot read .astro files (Vitest compiles them with Astro's Vite setup): type them as components.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
