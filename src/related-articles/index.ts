export {
  RelatedArticles,
  type RelatedArticle,
  type RelatedArticleImage,
  type RelatedArticlesLinkProps,
  type RelatedArticlesProps,
  type RelatedArticlesVariant,
} from './RelatedArticles';
export { relatedArticlesLabels, type RelatedArticlesLabels } from './labels';
