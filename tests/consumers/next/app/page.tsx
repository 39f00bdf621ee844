import type { Metadata } from 'next';
import Link from 'next/link';
import { SeedArticle, seedDescription, seedTitle } from '../fixture/SeedArticle';

// A server component: no "use client" here. wellread's interactive parts carry their own.
// The canonical URL is site configuration, given at build time.
const url = new URL('/', process.env.SITE_URL ?? 'http://127.0.0.1:3000').href;

export const metadata: Metadata = {
  title: seedTitle,
  description: seedDescription,
  alternates: { canonical: url },
};

export default function Page() {
  return (
    <main>
      <SeedArticle url={url} linkComponent={Link} />
    </main>
  );
}
