// The library's index the build generates from lessons/ (see src/build/content-plugin.ts).
declare module 'virtual:sidelight/content' {
	const index: import('./lib/library/types.js').LibraryIndex;
	export default index;
}
