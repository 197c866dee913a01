// The teacher area (#/teacher: the answer keys, making an assignment, the gradebook) as a part
// loaded on demand (src/lib/parts/part-files.ts): a student never loads it.
export { default as TeacherHome } from '../components/teacher/TeacherHome.svelte';
export { default as AssignPage } from '../components/teacher/AssignPage.svelte';
export { default as GradebookPage } from '../components/teacher/GradebookPage.svelte';
