// The cases' data files the build writes (see src/build/content-plugin.ts), relative to the site.
declare module 'virtual:sidelight/case-files' {
	const files: string[];
	export default files;
}
