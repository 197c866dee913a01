// The library's index as this build made it (virtual:sidelight/content): categories, glossary,
// shelf, the course and one entry per case, but no case's text. Components read it through the
// library in context (getLibrary()); only start-up code outside components reads it here.
import index from 'virtual:sidelight/content';
import type { LibraryIndex } from '../library/types.js';

export const builtInIndex: LibraryIndex = index;
