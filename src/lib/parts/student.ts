// The student's pages as a part loaded on demand (src/lib/parts/part-files.ts): the side-by-side
// view and claims table of a case, the lessons with their compiled texts, an assignment, a shelf
// note. The course map, the glossary and the shelf's list are in the first load; these come once a
// student opens one, so the first load does not carry every view, exercise type and lesson (issue 11).
export { default as CasePage } from '../components/pages/CasePage.svelte';
export { default as ClaimsPage } from '../components/pages/ClaimsPage.svelte';
export { default as LessonPage } from '../components/pages/LessonPage.svelte';
export { default as AddedLessonPage } from '../components/pages/AddedLessonPage.svelte';
export { default as AssignmentPage } from '../components/pages/AssignmentPage.svelte';
export { default as StartAssignmentPage } from '../components/pages/StartAssignmentPage.svelte';
export { default as ShelfNotePage } from '../components/pages/ShelfNotePage.svelte';
// An LMS package reports to the LMS from every page (the root layout connects it).
export { connectLms } from '../app/lms-session.svelte.js';
