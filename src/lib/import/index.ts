export {
	ACCEPTED_FILES,
	ArticleInputError,
	checkText,
	formatOf,
	MAX_ARTICLE_BYTES,
	MAX_DOCUMENT_BYTES,
	readArticleFile,
	type ArticleFormat,
	type ArticleProblem,
	type ArticleSource,
	type DocumentFormat,
	type TextFormat
} from './article-input.ts';
