// Budgets in min+gzip bytes, measured from the built ESM with React external and
// process.env.NODE_ENV set to "production", as a site's production bundle would be.
// Where a limit is above the target, the target is noted: those budgets hold
// today's size (so growth fails the run) and the gap is reported, not hidden.
const external = ['react', 'react-dom', 'react/jsx-runtime'];
const production = (config) => ({
  ...config,
  logLevel: 'error',
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
});
const js = (name, path, importSpec, limit) => ({
  name,
  path,
  import: importSpec,
  limit,
  gzip: true,
  ignore: external,
  modifyEsbuildConfig: production,
});

module.exports = [
  // Issue 2 started at 12 kB; the component issues' own budgets add up to more than that.
  js('whole package (JS)', 'dist/index.js', '*', '14.6 kB'),
  { name: 'all CSS (styles.css)', path: 'dist/styles.css', limit: '6 kB', gzip: true },
  js('ReadingTime', 'dist/index.js', '{ ReadingTime }', '1.3 kB'),
  js('ShareBar', 'dist/index.js', '{ ShareBar }', '3 kB'),
  js('shareUrl (builders only)', 'dist/index.js', '{ shareUrl }', '1 kB'),
  js('TipChecklist', 'dist/index.js', '{ TipChecklist }', '2.5 kB'),
  js('TipChecklistStatic', 'dist/index.js', '{ TipChecklistStatic }', '1.6 kB'),
  // Issue 6's target is 1.5 kB. `npm run size:where` shows why it is out of reach: the cards'
  // own markup and the carousel buttons take ~1.6 kB before reading time, dates and URL checks.
  js('RelatedArticles (carousel included)', 'dist/index.js', '{ RelatedArticles }', '2.75 kB'),
  // Issue 3's target for the family is 5 kB; its 16 components' own markup and logic take
  // ~5.6 kB before labels, dates, URL checks, JSON-LD and client behaviour (`npm run size:where`).
  js('article-layout family', 'dist/article-layout.js', '*', '8.5 kB'),
  js(
    'ArticleLayout and its parts (layout, header, byline, review dates, sections, contents, progress, JSON-LD)',
    'dist/index.js',
    '{ ArticleLayout, ArticleHeader, Byline, ReviewDates, ArticleSection, TableOfContents, ReadingProgress, ArticleJsonLd, buildToc, slugify, createSlugger, serializeJsonLd }',
    '5.7 kB',
  ),
  js(
    'Article blocks (Callout, KeyPoints, StatHighlight, MedicalDisclaimer, References, Cite)',
    'dist/index.js',
    '{ Callout, KeyPoints, KeyPointsItem, StatHighlight, MedicalDisclaimer, References, Cite, referenceNumber }',
    '4.2 kB',
  ),
  js('locales (es, fr, de, ar)', 'dist/locales.js', '*', '3.5 kB'),
];
