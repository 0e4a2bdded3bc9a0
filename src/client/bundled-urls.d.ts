/** `import url from './x.ts?worker&url'`: Vite bundles the module on its own and gives its address. */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
