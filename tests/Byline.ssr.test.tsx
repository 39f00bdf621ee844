import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Byline } from 'wellread/article-layout';

describe('Byline on the server', () => {
  it('renders people, avatars and dates with no DOM present', () => {
    const html = renderToString(
      <Byline
        authors={[{ name: 'Sam', href: '/sam', avatar: '/sam.jpg' }, { name: 'Kim' }]}
        reviewers={{ name: 'Ana', credentials: 'MD' }}
        published="2026-03-15"
        locale="en-GB"
      />,
    );
    expect(html).toContain('By <a class="wr-byline__name" href="/sam" rel="author">Sam</a> and <span class="wr-byline__name">Kim</span>');
    expect(html).toContain('Medically reviewed by <span class="wr-byline__name">Ana</span>, MD');
    expect(html).toContain('<img class="wr-byline__avatar" src="/sam.jpg" alt="" width="40" height="40"');
    expect(html).toContain('Published <time dateTime="2026-03-15">15 March 2026</time>');
  });
});

describe('dates rendered in different time zones', () => {
  const zones = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
  const inZone = (zone: string, render: () => string) => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    try {
      return render();
    } finally {
      process.env.TZ = before;
    }
  };

  it.each([
    ['2026-03-15T00:30:00', '<time dateTime="2026-03-15">15 March 2026</time>'],
    ['2026-03-15T23:30', '<time dateTime="2026-03-15">15 March 2026</time>'],
    ['2026-3-5', '<time dateTime="2026-03-05">5 March 2026</time>'],
    // A year or a month alone is ISO too, and JavaScript reads it in UTC.
    ['2026', '<time dateTime="2026-01-01">1 January 2026</time>'],
    ['2026-03', '<time dateTime="2026-03-01">1 March 2026</time>'],
    ['March 5, 2026', '<time dateTime="2026-03-05">5 March 2026</time>'],
    ['2026-03-15T00:30:00+02:00', '<time dateTime="2026-03-14T22:30:00.000Z">15 March 2026</time>'],
    ['Sun, 15 Mar 2026 23:30:00 GMT', '<time dateTime="2026-03-15T23:30:00.000Z">15 March 2026</time>'],
    // Zones by name, as in RSS feeds and String(date): moments too, shown by their UTC day.
    ['Sun, 15 Mar 2026 20:00:00 EST', '<time dateTime="2026-03-16T01:00:00.000Z">16 March 2026</time>'],
    ['Sun Mar 15 2026 10:30:00 GMT+0900 (Japan Standard Time)', '<time dateTime="2026-03-15T01:30:00.000Z">15 March 2026</time>'],
    // Short offsets, as toLocaleString({ timeZoneName: 'short' }) writes them.
    ['3/15/2026, 11:30:00 PM GMT+1', '<time dateTime="2026-03-15T22:30:00.000Z">15 March 2026</time>'],
    ['Mar 15 2026 10:30 UTC+5:30', '<time dateTime="2026-03-15T05:00:00.000Z">15 March 2026</time>'],
    // The date part of an ISO string stands alone: a time no engine reads changes nothing.
    ['2026-03-15T99:00Z', '<time dateTime="2026-03-15">15 March 2026</time>'],
  ])('shows %j as the same day everywhere, so server and browser agree', (published, expected) => {
    for (const zone of zones) {
      expect(inZone(zone, () => renderToString(<Byline published={published} locale="en-GB" />))).toContain(expected);
    }
  });
});
