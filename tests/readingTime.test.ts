import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingTime } from 'wellread';

const seed = readFileSync('tests/fixtures/gut-immune-link.txt', 'utf8');

describe('readingTime()', () => {
  it('gives the seed article 7 minutes', () => {
    const result = readingTime(seed);
    expect(result.minutes).toBe(7);
    expect(result.words).toBeGreaterThan(1350);
    expect(result.words).toBeLessThan(1420);
  });

  it('does not count HTML tags, attributes, comments, scripts or entities as words', () => {
    const html =
      '<article class="post very long class list" data-x="one two three"><!-- a b c d --><script>var a = "x y z";</script>' +
      '<p>Hello&nbsp;<strong>brave</strong> new <a href="https://example.com/a b">world</a>&amp;</p></article>';
    expect(readingTime(html).words).toBe(4);
  });

  it('counts Katakana character by character, not as one word', () => {
    const katakana = 'カ'.repeat(400);
    const result = readingTime(katakana);
    expect(result.characters).toBe(400);
    expect(result.words).toBe(0);
    expect(result.minutes).toBe(2); // 400 / 357 a minute
  });

  it('counts Chinese characters at 255 a minute', () => {
    const result = readingTime('免疫系统'.repeat(255));
    expect(result.characters).toBe(1020);
    expect(result.minutes).toBe(4);
  });

  it('counts Korean in words, once each', () => {
    const korean = Array.from({ length: 400 }, () => '장 건강은 면역에 중요합니다').join(' ');
    const result = readingTime(korean);
    expect(result.words).toBe(1600);
    expect(result.characters).toBe(0);
    expect(result.minutes).toBe(8);
  });

  it('counts mixed Japanese and English', () => {
    const result = readingTime('腸内フローラ and immunity 免疫');
    expect(result.characters).toBe(8);
    expect(result.words).toBe(2);
  });

  it('handles characters outside the Basic Multilingual Plane', () => {
    // U+20BB7 (𠮷) is a CJK Extension B ideograph: one character, two UTF-16 units.
    expect(readingTime('𠮷'.repeat(10)).characters).toBe(10);
    // Emoji are not words.
    expect(readingTime('🦠🦠 gut 🧬').words).toBe(1);
  });

  it('counts Arabic, Cyrillic and accented words', () => {
    expect(readingTime('صحة الأمعاء والمناعة').words).toBe(3);
    expect(readingTime('здоровье кишечника').words).toBe(2);
    expect(readingTime('café naïve résumé').words).toBe(3);
  });

  it('ignores bad speeds and returns zero for nothing to read', () => {
    expect(readingTime('one two', { wordsPerMinute: -5 }).minutes).toBe(1);
    expect(readingTime('').minutes).toBe(0);
    expect(readingTime('<p> </p>').minutes).toBe(0);
  });
});
