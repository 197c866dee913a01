// Types for the app: the content module the build generates (see src/build/content-plugin.ts).
declare module 'virtual:sidelight/content' {
	const content: import('./lib/content/types.js').Content;
	export default content;
}

declare global {
	namespace App {}
}

export {};
