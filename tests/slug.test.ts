import { describe, expect, it, vi } from 'vitest';
import { buildToc, createSlugger, slugify } from 'wellread/article-layout';

describe('slugify', () => {
  it('lower-cases, drops punctuation and joins words with hyphens', () => {
    expect(slugify('When Your Gut Isn’t Happy, Your Immune Recovery Suffers')).toBe(
      'when-your-gut-isnt-happy-your-immune-recovery-suffers',
    );
    expect(slugify('  Diet / Exercise — and 70–80% of cells  ')).toBe('diet-exercise-and-70-80-of-cells');
  });

  it('keeps letters and marks of any script', () => {
    expect(slugify('Ernährung & Darm')).toBe('ernährung-darm');
    expect(slugify('الأمعاء والمناعة')).toBe('الأمعاء-والمناعة');
    expect(slugify('肠道健康')).toBe('肠道健康');
    expect(slugify('हिन्दी शीर्षक')).toBe('हिन्दी-शीर्षक');
  });

  it('gives the same slug for composed and decomposed accents', () => {
    expect(slugify('Cafe\u0301')).toBe(slugify('Caf\u00e9'));
  });

  it('strips emoji, including skin tones, joiners, flags and variation selectors', () => {
    expect(slugify('🥦 Eat more fibre 🍎')).toBe('eat-more-fibre');
    expect(slugify('👩🏽‍⚕️ Ask a doctor')).toBe('ask-a-doctor');
    expect(slugify('🇬🇧 UK ❤️ tips')).toBe('uk-tips');
  });

  it('falls back to "section" when nothing is left', () => {
    expect(slugify('')).toBe('section');
    expect(slugify('🔥🔥 !!')).toBe('section');
  });
});

describe('createSlugger', () => {
  it('adds -2, -3 to repeated headings', () => {
    const slug = createSlugger();
    expect(['Tips', 'Tips', 'tips!', 'Summary'].map(slug)).toEqual(['tips', 'tips-2', 'tips-3', 'summary']);
  });

  it('never hands out a slug twice, even when a heading reads like a suffix', () => {
    const slug = createSlugger();
    expect(['Step', 'Step 2', 'Step'].map(slug)).toEqual(['step', 'step-2', 'step-3']);
  });

  it('keeps separate sluggers independent (no global registry)', () => {
    expect(createSlugger()('Tips')).toBe('tips');
    expect(createSlugger()('Tips')).toBe('tips');
  });
});

describe('buildToc', () => {
  it('assigns unique slugs from the titles and defaults the level to 2', () => {
    expect(buildToc([{ title: 'Why it matters' }, { title: 'Why it matters', level: 3 }, { title: '🥗' }])).toEqual([
      { id: 'why-it-matters', title: 'Why it matters', level: 2 },
      { id: 'why-it-matters-2', title: 'Why it matters', level: 3 },
      { id: 'section', title: '🥗', level: 2 },
    ]);
  });

  it('keeps explicit ids and steers generated ones around them, wherever they appear', () => {
    const toc = buildToc([{ title: 'Intro' }, { title: 'Closing', id: 'intro' }]);
    expect(toc.map((item) => item.id)).toEqual(['intro-2', 'intro']);
  });

  it('gives the same ids on every call, so the server and the browser agree', () => {
    const entries = [{ title: 'A' }, { title: 'A' }, { title: 'B', level: 4 as const }];
    expect(buildToc(entries)).toEqual(buildToc(entries));
  });

  it('treats an unknown level as 2', () => {
    expect(buildToc([{ title: 'X', level: 7 as never }])[0]?.level).toBe(2);
  });

  it('warns in development when two explicit ids are the same', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    buildToc([{ title: 'A', id: 'same' }, { title: 'B', id: 'same' }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"same" is used twice'));
    warn.mockRestore();
  });
});
