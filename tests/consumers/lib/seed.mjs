import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The lines of the seed article a reader must find on the page. The text file is a
 * copy of a live page, so three of its lines are that page's chrome rather than prose:
 * "7 min read" (the reading time; it must be on the page, wherever the layout puts it),
 * "Share:TwitterLinkedIn" (the share bar, whose links are checked on their own) and
 * "Related Articles" (the related-reads heading, whose wording is a label). Everything
 * else must appear in order. Bullets and step numbers are list markers, which the page
 * draws with CSS or <ol>, so they are dropped.
 */
const ANYWHERE = new Set(['7 min read']);
const CHROME = new Set(['Share:TwitterLinkedIn', 'Related Articles']);

function readSeed(path) {
  return readFileSync(path ?? join(import.meta.dirname, '../../fixtures/gut-immune-link.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !CHROME.has(line));
}

/** The prose lines, in order. */
export function seedLines(path) {
  return readSeed(path)
    .filter((line) => !ANYWHERE.has(line))
    .map((line) => normalise(line.replace(/^(?:•|\d+\.)\s+/, '')));
}

/** Whitespace collapsed, so block boundaries and inline spacing compare equal. */
export function normalise(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** The seed lines missing from `pageText` or found out of order; [] when all are there. */
export function missingSeedLines(pageText, path) {
  const text = normalise(pageText);
  const missing = [...ANYWHERE].filter((line) => !text.includes(line));
  let from = 0;
  for (const line of seedLines(path)) {
    const at = text.indexOf(line, from);
    if (at === -1) {
      missing.push(text.includes(line) ? `out of order: ${line}` : line);
    } else {
      from = at + line.length;
    }
  }
  return missing;
}
