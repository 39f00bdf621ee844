// Budgets in min+gzip bytes, measured from the built ESM with React external and
// process.env.NODE_ENV set to "production", as a site's production bundle would be.
const external = ['react', 'react-dom', 'react/jsx-runtime'];
const production = (config) => ({ ...config, logLevel: 'error', define: { ...config.define, 'process.env.NODE_ENV': '"production"' } });

module.exports = [
  {"name":"whole package (JS)","path":"dist/index.js","import":"*","limit":"12 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
  {"name":"all CSS (styles.css)","path":"dist/styles.css","limit":"6 kB","gzip":true},
  {"name":"ReadingTime","path":"dist/index.js","import":"{ ReadingTime }","limit":"1.3 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
  {"name":"ShareBar","path":"dist/index.js","import":"{ ShareBar }","limit":"3 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
  {"name":"shareUrl (builders only)","path":"dist/index.js","import":"{ shareUrl }","limit":"1.5 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
  {"name":"Article blocks (Callout, KeyPoints, StatHighlight, MedicalDisclaimer, References, Cite)","path":"dist/index.js","import":"{ Callout, KeyPoints, KeyPointsItem, StatHighlight, MedicalDisclaimer, References, Cite, referenceNumber }","limit":"4.4 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
  {"name":"RelatedArticles (carousel included)","path":"dist/index.js","import":"{ RelatedArticles }","limit":"3.8 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
  {"name":"TipChecklist","path":"dist/index.js","import":"{ TipChecklist }","limit":"2.5 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
  {"name":"TipChecklistStatic","path":"dist/index.js","import":"{ TipChecklistStatic }","limit":"1.6 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
  {"name":"article-layout family","path":"dist/article-layout.js","import":"*","limit":"5 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
  {"name":"ArticleLayout and its parts (layout, header, byline, review dates, sections, contents, progress, JSON-LD)","path":"dist/index.js","import":"{ ArticleLayout, ArticleHeader, Byline, ReviewDates, ArticleSection, TableOfContents, ReadingProgress, ArticleJsonLd, buildToc, slugify, createSlugger, serializeJsonLd }","limit":"3 kB","gzip":true,"ignore":external,"modifyEsbuildConfig":production},
];
