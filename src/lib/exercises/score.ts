// One entry point for scoring, the same in the student's browser and the teacher's gradebook:
// exercise, key and answer in, a score in [0, 1] and feedback out. Pure.
import { scoreChoice } from './score-choice.js';
import { scoreClassify } from './score-classify.js';
import { scoreMarkAndLabel } from './score-mark-and-label.js';
import { scoreMark } from './score-mark.js';
import { scoreMatch } from './score-match.js';
import { scoreNumeric } from './score-numeric.js';
import { scoreRank } from './score-rank.js';
import type { Answer, ClassifyKey, Exercise, Key, MarkKey, Result } from './types.js';

/**
 * Scores an answer. Throws when the answer or key is for another type of exercise: a saved answer
 * that no longer fits its exercise (the content changed) is for the caller to discard, not to
 * score as zero without saying so.
 */
export function score(exercise: Exercise, key: Key, answer: Answer): Result {
	if (answer.type !== exercise.type) {
		throw new TypeError(`answer is for a ${answer.type} exercise, but "${exercise.id}" is a ${exercise.type} exercise`);
	}
	if (key.type !== exercise.type) {
		throw new TypeError(`key is for a ${key.type} exercise, but "${exercise.id}" is a ${exercise.type} exercise`);
	}
	switch (exercise.type) {
		case 'mark':
			return scoreMark(exercise, key as MarkKey, answer as Extract<Answer, { type: 'mark' }>);
		case 'mark-and-label':
			return scoreMarkAndLabel(exercise, key as MarkKey, answer as Extract<Answer, { type: 'mark-and-label' }>);
		case 'classify':
			return scoreClassify(exercise, key as ClassifyKey, answer as Extract<Answer, { type: 'classify' }>);
		case 'match':
			return scoreMatch(exercise, answer as Extract<Answer, { type: 'match' }>);
		case 'choice':
			return scoreChoice(exercise, answer as Extract<Answer, { type: 'choice' }>);
		case 'rank':
			return scoreRank(exercise, answer as Extract<Answer, { type: 'rank' }>);
		case 'numeric':
			return scoreNumeric(exercise, answer as Extract<Answer, { type: 'numeric' }>);
	}
}
