// The library's index the build generates from lessons/ (see src/build/content-plugin.ts).
declare module 'virtual:sidelight/content' {
	const index: import('./lib/library/types.js').LibraryIndex;
	export default index;
}

// Puts the modules the app shares with its parts on a global (see src/build/parts-plugin.ts).
declare module 'virtual:sidelight/part-host' {}
