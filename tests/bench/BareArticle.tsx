import type { TipChecklistPoint } from 'wellread';
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
} from '../fixtures/seedContent';
import { seedSteps } from '../fixtures/seedSteps';

/*
 * The floor of the render benchmark: the seed article with the same content a reader
 * gets from SeedArticle — the same text, labels, screen-reader text, links, landmarks,
 * icons, checkboxes and JSON-LD — written by hand as bare semantic HTML elements in
 * React, the way a careful developer would: no wellread component, no class names but
 * the page's own `sr-only`, no labels lookup, dates through one module-level
 * Intl.DateTimeFormat, share links with encodeURIComponent. What wellread costs is
 * measured against it.
 * When a component changes what a reader gets, change this file to match.
 */

const url = (page: string) => encodeURIComponent(page);
const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const day = (iso: string) => longDate.format(new Date(iso));
const sections = [seedSections.hero, seedSections.suffers, seedSections.thriving, seedSections.steps];

function Anchor({ id, title }: { id: string; title: string }) {
  return (
    <a href={`#${id}`}>
      <span aria-hidden="true">#</span>
      <span className="sr-only">Link to section: {title}</span>
    </a>
  );
}

function Cite({ id }: { id: string }) {
  const n = seedReferences.findIndex((ref) => ref.id === id) + 1;
  return (
    <sup>
      <a href={`#ref-${id}`} id={`cite-${id}-1`}>
        [{n}]
      </a>
    </sup>
  );
}

function Points({ label, points, cite }: { label: string; points: readonly SeedPoint[]; cite: [string, string] }) {
  return (
    <ul aria-label={label}>
      {points.map((point) => (
        <li key={point.lead}>
          <strong>{point.lead}</strong> {point.text}
          {point.lead === cite[0] && <Cite id={cite[1]} />}
        </li>
      ))}
    </ul>
  );
}

export function BareArticle({ url: page }: { url: string }) {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: seedTitle,
    description: seedDescription,
    url: page,
    datePublished: seedDates.published,
    dateModified: seedDates.modified,
    lastReviewed: seedDates.reviewed,
    inLanguage: 'en',
    author: [{ '@type': 'Person', name: seedAuthor.name, url: seedAuthor.href }],
    reviewedBy: [{ '@type': 'Person', name: seedReviewer.name, url: seedReviewer.href }],
    publisher: { '@type': 'Organization', name: seedPublisher.name, url: seedPublisher.url },
  };
  return (
    <article aria-labelledby="title">
      <div aria-hidden="true">
        <div />
      </div>
      <header>
        <h1 id="title">{seedTitle}</h1>
        <p>
          By{' '}
          <a href={seedAuthor.href} rel="author">
            {seedAuthor.name}
          </a>
          , {seedAuthor.credentials}
        </p>
        <p>
          Medically reviewed by <a href={seedReviewer.href}>{seedReviewer.name}</a>, {seedReviewer.credentials}
        </p>
        <p>
          Published <time dateTime={seedDates.published}>{day(seedDates.published)}</time>
          <span aria-hidden="true"> · </span>
          Updated <time dateTime={seedDates.modified}>{day(seedDates.modified)}</time>
          <span aria-hidden="true"> · </span>
          <time dateTime={`PT${seedMinutes}M`}>{seedMinutes} min read</time>
        </p>
      </header>
      <div>
        <span>Share:</span>
        <ul role="list">
          <li>
            <a
              href={`https://x.com/intent/tweet?text=${url(seedTitle)}&url=${url(page)}`}
              target="_blank"
              rel="noopener noreferrer"
              aria-label="Share on X (opens in a new tab)"
            >
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M4 4h4l12 16h-4zM20 4l-6.5 7.5m-3 3L4 20" />
              </svg>
              <span>X</span>
            </a>
          </li>
          <li>
            <a
              href={`https://www.linkedin.com/sharing/share-offsite/?url=${url(page)}`}
              target="_blank"
              rel="noopener noreferrer"
              aria-label="Share on LinkedIn (opens in a new tab)"
            >
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M6 10v9m0-13v.1M10 19v-9m0 4c0-2 2-4 4-4s4 1 4 4v5" />
              </svg>
              <span>LinkedIn</span>
            </a>
          </li>
          <li>
            <button type="button" aria-label="Copy link">
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M10 7H7a5 5 0 0 0 0 10h3m4-10h3a5 5 0 0 1 0 10h-3m-6-5h8" />
              </svg>
              <span>Copy link</span>
            </button>
            <span role="status" />
          </li>
        </ul>
      </div>
      <nav aria-labelledby="toc-title">
        <h2 id="toc-title">On this page</h2>
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
      <section>
        <h2 id={seedSections.hero.id}>{seedSections.hero.heading}</h2>
        <Anchor id={seedSections.hero.id} title={seedSections.hero.heading} />
        <p>{seedSections.hero.paragraphs[0]}</p>
        <p>
          {seedSections.hero.paragraphs[1]}
          <Cite id="vighi-2008" />
        </p>
        <div>
          <p>
            <strong>{seedStat.value}</strong> {seedStat.label}
          </p>
          <p>
            Source: <a href="https://doi.org/10.1111/j.1365-2249.2008.03713.x">Vighi et al., Clinical &amp; Experimental Immunology, 2008</a>
          </p>
        </div>
        <p>
          {seedSections.hero.paragraphs[2]}
          <Cite id="belkaid-2014" />
        </p>
      </section>
      <section>
        <h2 id={seedSections.suffers.id}>{seedSections.suffers.heading}</h2>
        <Anchor id={seedSections.suffers.id} title={seedSections.suffers.heading} />
        <p>{seedSections.suffers.intro}</p>
        <Points
          label="How an unhappy gut slows recovery"
          points={seedSections.suffers.points}
          cite={['Limited Production of Immune-Boosting Compounds:', 'makki-2018']}
        />
        <p>{seedSections.suffers.outro}</p>
      </section>
      <section>
        <h2 id={seedSections.thriving.id}>{seedSections.thriving.heading}</h2>
        <Anchor id={seedSections.thriving.id} title={seedSections.thriving.heading} />
        <p>
          {seedSections.thriving.intro}
          <Cite id="wiertsema-2021" />
        </p>
        <Points
          label="How a thriving gut helps recovery"
          points={seedSections.thriving.points}
          cite={['Reduced Inflammation, Faster Healing:', 'wastyk-2021']}
        />
      </section>
      <section>
        <h2 id={seedSections.steps.id}>{seedSections.steps.heading}</h2>
        <Anchor id={seedSections.steps.id} title={seedSections.steps.heading} />
        <p>{seedSections.steps.intro}</p>
        <section id="gut-recovery-steps" aria-labelledby="gut-recovery-steps-heading">
          <h3 id="gut-recovery-steps-heading">Your gut recovery checklist</h3>
          <div>
            <p>0 of {seedSteps.length} done</p>
            <progress max={seedSteps.length} value={0} aria-hidden="true" />
          </div>
          <ol role="list">
            {seedSteps.map((step, i) => (
              <li key={step.id}>
                <input type="checkbox" id={`step-${step.id}`} aria-labelledby={`step-${step.id}-title`} disabled />
                <label htmlFor={`step-${step.id}`} id={`step-${step.id}-title`}>
                  <span>{i + 1}.</span> {step.title}
                </label>
                <div>
                  {step.description && <p>{step.description}</p>}
                  {step.points && (
                    <ul>
                      {step.points.map((point: TipChecklistPoint) => (
                        <li key={String(point.text)}>
                          {point.label && <strong>{point.label} </strong>}
                          {point.text}
                        </li>
                      ))}
                    </ul>
                  )}
                  {step.note && (
                    <div>
                      <strong>Caution: </strong>
                      {step.note.text}
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ol>
          <div>
            <button type="button" disabled>
              Reset progress
            </button>
          </div>
          <p role="status" className="sr-only" />
        </section>
        <div role="note">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor">
            <path d="M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 7v6M12 16v.01" />
          </svg>
          <div>
            <p>
              <span>
                Important<span className="sr-only">:</span>
              </span>{' '}
              {seedCaution.title}
            </p>
            <p>{seedCaution.text}</p>
          </div>
        </div>
        <p>{seedSections.steps.outro}</p>
      </section>
      <p>{seedClosing}</p>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <footer>
        <p>
          Page last reviewed: <time dateTime={seedDates.reviewed}>{day(seedDates.reviewed)}</time>
          <span aria-hidden="true"> · </span>
          Next review due: <time dateTime={seedDates.nextReview}>{day(seedDates.nextReview)}</time>
        </p>
        <div role="note">
          <p>Medical disclaimer</p>
          {seedDisclaimer}
        </div>
        <section>
          <h2>References</h2>
          <ol>
            {seedReferences.map((ref, i) => (
              <li key={ref.id} id={`ref-${ref.id}`}>
                {ref.authors} {ref.title} <cite>{ref.journal}</cite>. {ref.year}. doi:
                <a href={`https://doi.org/${ref.doi}`}>{ref.doi}</a>.{' '}
                <a href={`#cite-${ref.id}-1`}>
                  <span aria-hidden="true">↩</span>
                  <span className="sr-only">Back to citation {i + 1}</span>
                </a>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="related">
          <h2 id="related">Related Articles</h2>
          <ul role="list">
            {seedRelated.map((item) => (
              <li key={item.href}>
                <article>
                  <h3>
                    <a href={item.href}>{item.title}</a>
                  </h3>
                  <p>
                    <time dateTime={`PT${item.readingTimeMinutes}M`}>{item.readingTimeMinutes} min read</time>
                  </p>
                  <p>{item.excerpt}</p>
                </article>
              </li>
            ))}
          </ul>
        </section>
        <p>Read online: {page}</p>
      </footer>
    </article>
  );
}
