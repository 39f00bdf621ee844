import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'wellread/styles.css';
import { SeedArticle } from '../fixture/SeedArticle';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <SeedArticle url={window.location.href} />
    </main>
  </StrictMode>,
);
