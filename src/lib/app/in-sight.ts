// Which of an article's blocks of lines are on screen now, kept up to date by an
// IntersectionObserver (asynchronously, so asking never forces a layout). ArticleText writes a
// legend toggle to the marks on screen first and to the rest after the next paint: a student sees
// the change in the first frame, and that frame lays out and paints only what shows (issue 10).
export interface InSight {
	/** Whether the element is on screen; true for all until the observer has first answered. */
	has(element: Element): boolean;
	disconnect(): void;
}

export function watchInSight(elements: Iterable<Element>): InSight {
	if (typeof IntersectionObserver === 'undefined') return { has: () => true, disconnect() {} };
	const seen = new Set<Element>();
	let answered = false;
	const observer = new IntersectionObserver((entries) => {
		answered = true;
		for (const entry of entries) {
			if (entry.isIntersecting) seen.add(entry.target);
			else seen.delete(entry.target);
		}
	});
	for (const element of elements) observer.observe(element);
	return {
		has: (element) => !answered || seen.has(element),
		disconnect: () => observer.disconnect()
	};
}

/** Runs `fn` once the browser has painted the next frame (a task queued from the frame's callback). */
export function afterNextPaint(fn: () => void): void {
	requestAnimationFrame(() => setTimeout(fn, 0));
}
