// Vite turns `?no-inline` imports into a URL served from this origin, never a data: URL.
declare module '*.svg?no-inline' {
  const url: string;
  export default url;
}
