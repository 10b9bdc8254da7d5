/** Quizzes in links and students' results in short codes: compact, checksummed, validated. */
export {
	CorruptedCodeError,
	InvalidContentError,
	NewerVersionError,
	OversizedCodeError,
	ShareCodeError,
	TruncatedCodeError
} from './errors.ts';
export { decodeQuiz, encodeQuiz, type DecodedQuiz, type EncodedQuiz } from './link.ts';
export { codeAnswers, readAnswers } from './answers.ts';
export { decodeResult, encodeResult, type CodedAnswer, type StudentResult } from './result-code.ts';
export { LIMITS } from './limits.ts';
