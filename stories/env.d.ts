/** Vite's `?raw` suffix: the file's text. The tokens page reads src/tokens.css this way. */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
