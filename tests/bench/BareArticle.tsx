import {
  seedAuthor,
  seedCaution,
  seedClosing,
  seedDates,
  seedDescription,
  seedDisclaimer,
  seedIntro,
  seedMinutes,
  seedPublisher,
  seedReferences,
  seedRelated,
  seedReviewer,
  seedSections,
  seedStat,
  seedTitle,
  type SeedPoint,
} from '../fixtures/seedArticle';
import type { TipChecklistPoint } from 'wellread';
import { seedSteps } from '../fixtures/seedSteps';

/*
 * The floor for the render benchmark: the seed article with the same content and the
 * same kind of structure as SeedArticle (byline, dates, share links, contents, sections,
 * key points, the figure, checkboxes, caution, disclaimer, sources, related reads,
 * JSON-LD) written as bare semantic HTML elements in React, with no wellread component,
 * no class names and no labels lookup. What it costs to render wellread is measured
 * against this.
 */

const sections = [seedSections.hero, seedSections.suffers, seedSections.thriving, seedSections.steps];

function share(url: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(seedTitle);
  return [
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}

function Points({ points }: { points: readonly SeedPoint[] }) {
  return (
    <ul>
      {points.map((point) => (
        <li key={point.lead}>
          <strong>{point.lead}</strong> {point.text}
        </li>
      ))}
    </ul>
  );
}

export function BareArticle({ url }: { url: string }) {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: seedTitle,
    description: seedDescription,
    url,
    datePublished: seedDates.published,
    dateModified: seedDates.modified,
    lastReviewed: seedDates.reviewed,
    author: { '@type': 'Person', name: seedAuthor.name, url: seedAuthor.href },
    reviewedBy: { '@type': 'Person', name: seedReviewer.name, url: seedReviewer.href },
    publisher: { '@type': 'Organization', name: seedPublisher.name, url: seedPublisher.url },
  };
  return (
    <article>
      <header>
        <h1>{seedTitle}</h1>
        <p>
          <time dateTime={`PT${seedMinutes}M`}>{seedMinutes} min read</time>
        </p>
        <p>
          By <a href={seedAuthor.href}>{seedAuthor.name}</a>, {seedAuthor.credentials}. Medically reviewed by{' '}
          <a href={seedReviewer.href}>{seedReviewer.name}</a>, {seedReviewer.credentials}.
        </p>
        <p>
          Published <time dateTime={seedDates.published}>September 14, 2026</time>. Updated{' '}
          <time dateTime={seedDates.modified}>November 2, 2026</time>. Reviewed{' '}
          <time dateTime={seedDates.reviewed}>November 2, 2026</time>.
        </p>
        <nav aria-label="Share">
          <ul>
            {share(url).map((link) => (
              <li key={link.name}>
                <a href={link.href}>Share on {link.name}</a>
              </li>
            ))}
            <li>
              <button type="button">Copy link</button>
            </li>
          </ul>
        </nav>
      </header>
      <nav aria-label="On this page">
        <h2>On this page</h2>
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
        </ol>
      </nav>
      {seedIntro.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <section aria-labelledby={seedSections.hero.id}>
        <h2 id={seedSections.hero.id} tabIndex={-1}>
          {seedSections.hero.heading}
        </h2>
        {seedSections.hero.paragraphs.map((text) => (
          <p key={text}>{text}</p>
        ))}
        <figure>
          <p>
            <strong>{seedStat.value}</strong> {seedStat.label}
          </p>
        </figure>
      </section>
      <section aria-labelledby={seedSections.suffers.id}>
        <h2 id={seedSections.suffers.id} tabIndex={-1}>
          {seedSections.suffers.heading}
        </h2>
        <p>{seedSections.suffers.intro}</p>
        <Points points={seedSections.suffers.points} />
        <p>{seedSections.suffers.outro}</p>
      </section>
      <section aria-labelledby={seedSections.thriving.id}>
        <h2 id={seedSections.thriving.id} tabIndex={-1}>
          {seedSections.thriving.heading}
        </h2>
        <p>{seedSections.thriving.intro}</p>
        <Points points={seedSections.thriving.points} />
      </section>
      <section aria-labelledby={seedSections.steps.id}>
        <h2 id={seedSections.steps.id} tabIndex={-1}>
          {seedSections.steps.heading}
        </h2>
        <p>{seedSections.steps.intro}</p>
        <ol>
          {seedSteps.map((step) => (
            <li key={step.id}>
              <label>
                <input type="checkbox" name={step.id} /> {step.title}
              </label>
              {step.description && <p>{step.description}</p>}
              {step.points && (
                <ul>
                  {step.points.map((point: TipChecklistPoint) => (
                    <li key={String(point.text)}>
                      {point.label && <strong>{point.label}</strong>} {point.text}
                    </li>
                  ))}
                </ul>
              )}
              {step.note && (
                <p>
                  <strong>Caution:</strong> {step.note.text}
                </p>
              )}
            </li>
          ))}
        </ol>
        <p>{seedSections.steps.outro}</p>
      </section>
      <p>{seedClosing}</p>
      <aside aria-label="Caution">
        <p>
          <strong>{seedCaution.title}</strong>
        </p>
        <p>{seedCaution.text}</p>
      </aside>
      <aside aria-label="Medical disclaimer">
        <p>{seedDisclaimer}</p>
      </aside>
      <section aria-labelledby="references">
        <h2 id="references">References</h2>
        <ol>
          {seedReferences.map((ref) => (
            <li key={ref.id} id={ref.id}>
              {ref.authors} <a href={`https://doi.org/${ref.doi}`}>{ref.title}</a> <i>{ref.journal}</i>. {ref.year}.
              doi:{ref.doi}
            </li>
          ))}
        </ol>
      </section>
      <nav aria-labelledby="related">
        <h2 id="related">Related articles</h2>
        <ul>
          {seedRelated.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.title}</a>
              <p>{item.excerpt}</p>
              <p>
                <time dateTime={`PT${item.readingTimeMinutes}M`}>{item.readingTimeMinutes} min read</time>
              </p>
            </li>
          ))}
        </ul>
      </nav>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
    </article>
  );
}
