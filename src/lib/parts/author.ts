// The case editor (#/author) as a part loaded on demand (src/lib/parts/part-files.ts): a student
// never loads it.
export { default as AuthorPage } from '../components/author/AuthorPage.svelte';
