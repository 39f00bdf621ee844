import type { NextConfig } from 'next';

const config: NextConfig = {
  // This app lives inside the wellread repository; its own folder is the project root.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  poweredByHeader: false,
};

export default config;
