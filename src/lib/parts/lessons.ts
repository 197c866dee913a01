// The course's lesson texts (lessons/course/*/lesson.md, compiled by mdsvex) as a part loaded on
// demand (src/lib/parts/part-files.ts): the lesson page loads it, so the course map and the other
// pages do not carry every lesson of every case, and a case added in lessons/ with its lessons
// does not make every page's first load heavier (issue 11).
export { lessonComponent } from '../app/lesson-pages.js';
