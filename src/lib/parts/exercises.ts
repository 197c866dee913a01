// The exercise types' logic that opening a case needs (every exercise's key resolved in its case:
// src/lib/library/open-case.ts) as a part loaded on demand (src/lib/parts/part-files.ts), while the
// case's data loads. The course map and the other pages that show no case do not carry it, so the
// app's first load stays small however many exercise types there are (issue 11).
export { openCase } from '../library/open-case.js';
export { resolveKey } from '../exercises/resolve-key.js';
