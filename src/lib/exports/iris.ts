// Sidelight's global identifiers. Inside the app every id is a local slug (ID_PATTERN: lower-case
// words joined by hyphens), unique only within its case; JSON-LD, xAPI and SCORM need identifiers
// that mean the same thing everywhere. The scheme is a URN, because Sidelight has no web address
// of its own (it runs from a USB stick, a school server or an LMS) and an `https:` IRI would
// promise a page that does not exist:
//
//   urn:sidelight:<case>:article:<article>           an article of a case
//   urn:sidelight:<case>:annotation:<annotation>     one annotation
//   urn:sidelight:<case>:link:<from>:<relation>:<to> the linking annotation for one link
//   urn:sidelight:<case>:annotations                 the AnnotationCollection of a case
//   urn:sidelight:<case>:annotations:page:1          its (only) AnnotationPage
//   urn:sidelight:exercise:<exercise>                an exercise (xAPI activity)
//   urn:sidelight:technique:<technique>              a technique (SCORM objective / xAPI activity)
//   urn:sidelight:class:<assignment code id>         the "homePage" of a class's pseudonymous accounts
//
// Slugs contain only [a-z0-9-], so no part needs escaping and the colon never appears inside one.
// The scheme has no version: an edited case keeps its IRIs, as a web page keeps its URL.

export const caseIri = (caseId: string) => `urn:sidelight:${caseId}`;
export const articleIri = (caseId: string, article: string) => `${caseIri(caseId)}:article:${article}`;
export const annotationIri = (caseId: string, annotation: string) => `${caseIri(caseId)}:annotation:${annotation}`;
export const linkIri = (caseId: string, from: string, relation: string, to: string) =>
	`${caseIri(caseId)}:link:${from}:${relation}:${to}`;
export const collectionIri = (caseId: string) => `${caseIri(caseId)}:annotations`;
export const pageIri = (caseId: string) => `${collectionIri(caseId)}:page:1`;
export const exerciseIri = (exercise: string) => `urn:sidelight:exercise:${exercise}`;
export const techniqueIri = (technique: string) => `urn:sidelight:technique:${technique}`;
export const classIri = (klass: string) => `urn:sidelight:class:${klass}`;

/** The local slug of an IRI of the given kind in the given case, or undefined if the IRI is not one. */
export function slugOf(iri: string, caseId: string, kind: 'article' | 'annotation'): string | undefined {
	const prefix = `${caseIri(caseId)}:${kind}:`;
	return iri.startsWith(prefix) ? iri.slice(prefix.length) : undefined;
}
