import type { Decorator, Preview } from '@storybook/react-vite';
import { ar, de, es, fr, type WellreadLocale } from 'wellread/locales';
import '../src/styles.css';
import './preview.css';

const locales: Record<string, WellreadLocale> = { es, fr, de, ar };

/**
 * Applies the toolbar's theme, direction and locale. A story opts into localised
 * text with `parameters.wellread.labels`: the key of its component in a locale object
 * (e.g. "readingTime"); the decorator then passes `locale` and `labels` as args.
 */
const withWellreadGlobals: Decorator = (Story, context) => {
  const { theme, dir, locale } = context.globals as { theme?: string; dir?: string; locale?: string };
  const localeObject = locale ? locales[locale] : undefined;
  const labelsKey = (context.parameters.wellread as { labels?: keyof WellreadLocale } | undefined)?.labels;
  const localised =
    localeObject && labelsKey && !('labels' in context.args)
      ? { locale: localeObject.locale, labels: localeObject[labelsKey] }
      : locale && labelsKey && !('locale' in context.args)
        ? { locale }
        : {};
  const direction = dir === 'rtl' || dir === 'ltr' ? dir : (localeObject?.dir ?? 'ltr');
  return (
    <div
      className="wr-story-root"
      data-wr-theme={theme === 'dark' || theme === 'light' ? theme : undefined}
      dir={direction}
      lang={locale ?? 'en'}
    >
      <Story args={{ ...context.args, ...localised }} />
    </div>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withWellreadGlobals],
  globalTypes: {
    theme: {
      description: 'Colour theme (data-wr-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the built-in text',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: 'light',
    dir: 'ltr',
    locale: 'en',
  },
  parameters: {
    layout: 'padded',
    options: { storySort: { order: ['Introduction', 'Foundations', 'Components', 'Article', 'Examples'] } },
    controls: { expanded: true, matchers: { color: /(background|color)$/i, date: /Date$/i } },
    a11y: { test: 'error' },
    viewport: {
      options: {
        mobile: { name: 'Mobile 360', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    docs: { toc: true },
  },
};

export default preview;
