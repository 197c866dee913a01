// The course: lessons in order, each with its frontmatter and the exercises it places.
import type { Exercise, Key } from '../exercises/types.js';

export interface LessonMeta {
	/** The folder name without its NN- prefix: the lesson's URL. */
	slug: string;
	/** Its place in the course, from the NN- prefix. */
	number: number;
	title: string;
	objectives: string[];
	minutes: number;
	/** The case whose articles the lesson uses. */
	case: string;
	/** Ids of the lesson's exercises, in the order the lesson places them. */
	exercises: string[];
}

/** An exercise as the build ships it: its key is not shipped, since it repeats the case's text. */
export interface LessonExercise {
	lesson: string;
	exercise: Exercise;
}

/** An exercise with its resolved key: all the browser and the gradebook need to score it. */
export interface KeyedExercise extends LessonExercise {
	key: Key;
}
