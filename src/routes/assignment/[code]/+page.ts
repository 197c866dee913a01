// The code as the link carries it: the page, in the student's part loaded on demand, reads it (the
// codecs are not in the first load) and says what is wrong with one that does not read.
export function load({ params }) {
	return { code: params.code };
}
