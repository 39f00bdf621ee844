#!/usr/bin/env node
/**
 * Where an entry's bytes go: `npm run size:where`.
 *
 * Bundles an export from the sources the way `npm run size` measures the built package
 * (esbuild, minified, gzip, React external, NODE_ENV=production), then again with one
 * shared module at a time replaced by an empty stub. The difference is what that module
 * costs the entry; with every listed module stubbed, what is left is the entry's own
 * markup and logic: the floor no refactoring of the shared code can go below.
 *
 *   npm run size:where                      the two entries whose issue targets are unmet
 *   npm run size:where -- '{ ShareBar }'    any export of src/index.ts
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Shared modules to take out one by one, by what they do. */
const MODULES = {
  'URL checks (safeUrl, srcset)': /internal\/safeUrl$/,
  'dates (parse, check, format)': /internal\/date$/,
  'Intl cache, plurals, templates': /internal\/(intl|plural)$/,
  'reading time display': /reading-time\/ReadingTimeDisplay$/,
  'English labels': /(related-articles\/labels|article-layout\/(labels|blockLabels)|reading-time\/labels)$/,
  'carousel buttons (client)': /related-articles\/Carousel$/,
  'TOC highlighting, progress bar (client)': /article-layout\/(TocHighlighter|ReadingProgress)$/,
  'JSON-LD builder': /article-layout\/ArticleJsonLd$/,
  'slugs and TOC data': /(internal\/slug|article-layout\/toc)$/,
};

const ENTRIES = [
  ['RelatedArticles (issue 6 target 1,500 B)', './src/index.ts', '{ RelatedArticles }'],
  ['article-layout family (issue 3 target 5,000 B)', './src/article-layout/index.ts', '*'],
];

/** A stub with the module's export names, all `0`: enough to bundle, never run. */
function stubFor(file) {
  const source = readFileSync(file, 'utf8');
  const names = new Set();
  for (const [, name] of source.matchAll(/export\s+(?:const|let|function|class)\s+(\w+)/g)) names.add(name);
  for (const [, list] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of list.split(',')) {
      const name = part.replace(/^\s*type\s+/, '').split(/\s+as\s+/).pop().trim();
      if (name && !/^type\s/.test(part.trim())) names.add(name);
    }
  }
  return [...names].map((name) => `export const ${name} = 0;`).join('\n');
}

function stubbing(patterns) {
  return {
    name: 'stub',
    setup(b) {
      b.onLoad({ filter: /\.tsx?$/ }, (args) => {
        const path = args.path.replace(/\.tsx?$/, '');
        if (!patterns.some((pattern) => pattern.test(path))) return undefined;
        return { contents: stubFor(args.path), loader: 'js' };
      });
    },
  };
}

async function gzipped(entry, spec, patterns = []) {
  const contents = spec === '*' ? `export * from '${entry}'` : `export ${spec} from '${entry}'`;
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'silent',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [stubbing(patterns)],
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

const requested = process.argv[2];
const entries = requested ? [[requested, './src/index.ts', requested]] : ENTRIES;
for (const [title, entry, spec] of entries) {
  const whole = await gzipped(entry, spec);
  console.log(`\n${title}: ${whole} B min+gzip (from sources)`);
  let floorPatterns = [];
  for (const [name, pattern] of Object.entries(MODULES)) {
    const cost = whole - (await gzipped(entry, spec, [pattern]));
    if (cost <= 0) continue;
    floorPatterns.push(pattern);
    console.log(`  ${String(cost).padStart(5)} B  ${name}`);
  }
  const floor = await gzipped(entry, spec, floorPatterns);
  console.log(`  ${String(floor).padStart(5)} B  left with all of the above taken out: the entry's own markup and logic`);
}
