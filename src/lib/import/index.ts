export {
	ACCEPTED_FILES,
	ArticleInputError,
	checkText,
	formatOf,
	MAX_ARTICLE_BYTES,
	readArticleFile,
	type ArticleFormat,
	type ArticleProblem
} from './article-input.ts';
