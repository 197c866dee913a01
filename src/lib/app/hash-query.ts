// Query parameters in the hash router: `#/cases/x?annotation=id`. SvelteKit's hash router matches
// the route on the part before `?`, and `url.searchParams` is the real URL's (empty) search.
export function hashQuery(url: { hash: string }): URLSearchParams {
	const at = url.hash.indexOf('?');
	return new URLSearchParams(at === -1 ? '' : url.hash.slice(at + 1));
}
