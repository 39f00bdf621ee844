import type { Route } from './+types/article';
import { SeedArticle, seedDescription, seedTitle } from '../../fixture/SeedArticle';

export function meta(): Route.MetaDescriptors {
  return [{ title: seedTitle }, { name: 'description', content: seedDescription }];
}

/** The page's own URL, as the server received it, for the share links and JSON-LD. */
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return { url: url.href };
}

export default function Article({ loaderData }: Route.ComponentProps) {
  return (
    <main>
      <SeedArticle url={loaderData.url} />
    </main>
  );
}
