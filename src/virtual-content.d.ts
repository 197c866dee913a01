// The content module the build generates from lessons/ (see src/build/content-plugin.ts).
declare module 'virtual:sidelight/content' {
	const content: import('./lib/course/bundle.js').ShippedContent;
	export default content;
}
