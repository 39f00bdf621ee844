import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { seedRelated } from '../../../fixture/SeedArticle';

// The related reads the seed article links to, so Next's Link has real pages to prefetch.
const slugOf = (href: string) => href.split('/').pop() ?? '';

export const dynamicParams = false;

export function generateStaticParams() {
  return seedRelated.map((article) => ({ slug: slugOf(article.href) }));
}

async function articleFor(params: Promise<{ slug: string }>) {
  const { slug } = await params;
  return seedRelated.find((article) => slugOf(article.href) === slug);
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const article = await articleFor(params);
  return article ? { title: article.title, description: article.excerpt } : {};
}

export default async function RelatedPage({ params }: { params: Promise<{ slug: string }> }) {
  const article = await articleFor(params);
  if (!article) notFound();
  return (
    <main>
      <h1>{article.title}</h1>
      <p>{article.excerpt}</p>
      <Link href="/">Back to the gut-immune article</Link>
    </main>
  );
}
