/** Options for {@link readingTime}. */
export interface ReadingTimeOptions {
  /** Words per minute for scripts that separate words with spaces. @default 200 */
  wordsPerMinute?: number;
  /** Characters per minute for Chinese and Japanese. @default 255 for Chinese, 357 for Japanese (IReST norms) */
  charactersPerMinute?: number;
}

/** What {@link readingTime} measured. */
export interface ReadingTimeResult {
  /** Whole minutes, rounded up; 0 only for text with nothing to read. */
  minutes: number;
  /** Unrounded minutes. */
  exactMinutes: number;
  /** Words counted in space-separated scripts (Latin, Cyrillic, Arabic, Korean, …). */
  words: number;
  /** Chinese and Japanese characters, each counted on its own. */
  characters: number;
}

const DEFAULT_WPM = 200;
// Trauzettel-Klosinski & Dietz (2012), IReST: Chinese 255, Japanese 357 characters a minute.
const CHINESE_CPM = 255;
const JAPANESE_CPM = 357;

const MARKUP = /<(script|style|template)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/?[a-z][^>]*>/gi;
const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/gi;
// Han (with its astral extensions), kana and the long-vowel mark each read as one unit.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\uff70]/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
// A word is letters, marks or digits, joined by apostrophes, hyphens or dots inside it.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu;

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Strips HTML markup and entities so only the words a reader sees are counted. */
export function stripMarkup(text: string): string {
  return text.replace(MARKUP, ' ').replace(ENTITY, ' ');
}

/**
 * How long `text` takes to read. Plain text or HTML; tags, comments, scripts and
 * entities are not counted. Chinese and Japanese are counted in characters, other
 * scripts (Korean included) in words.
 */
export function readingTime(text: string, options: ReadingTimeOptions = {}): ReadingTimeResult {
  const plain = typeof text === 'string' ? stripMarkup(text) : '';
  const cjk = plain.match(CJK_CHAR) ?? [];
  const rest = cjk.length > 0 ? plain.replace(CJK_CHAR, ' ') : plain;
  const words = rest.match(WORD)?.length ?? 0;
  const characters = cjk.length;
  const defaultCpm = KANA.test(plain) ? JAPANESE_CPM : CHINESE_CPM;
  const exactMinutes =
    words / positive(options.wordsPerMinute, DEFAULT_WPM) +
    characters / positive(options.charactersPerMinute, defaultCpm);
  const minutes = exactMinutes > 0 ? Math.max(1, Math.ceil(exactMinutes - 1e-9)) : 0;
  return { minutes, exactMinutes, words, characters };
}
