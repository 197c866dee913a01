// Damaging codes on purpose, and catching what decoders throw, for the tests of bad codes.
import fc from 'fast-check';
import { CodeError } from '../errors.js';

/** The CodeError a call throws; fails the test if it throws anything else or nothing. */
export function refusal(decode: () => unknown): CodeError {
	try {
		decode();
	} catch (error) {
		if (error instanceof CodeError) return error;
		throw error;
	}
	throw new Error('decoded without an error');
}

/** The code with the character at `at` replaced by another that reads differently. */
export function typo(code: string, at: number): string {
	const replacement = code[at] === 'X' ? 'Y' : 'X';
	return code.slice(0, at) + replacement + code.slice(at + 1);
}

/** Codes with characters replaced, removed or inserted at random. */
export function mutated(code: string): fc.Arbitrary<string> {
	return fc
		.array(fc.tuple(fc.nat(code.length), fc.constantFrom('replace', 'remove', 'insert'), fc.constantFrom(...'0Z9AXU-! é')), {
			minLength: 1,
			maxLength: 4
		})
		.map((edits) =>
			edits.reduce((text, [at, edit, char]) => {
				const i = at % (text.length + 1);
				if (edit === 'insert') return text.slice(0, i) + char + text.slice(i);
				return text.slice(0, i) + (edit === 'replace' ? char : '') + text.slice(i + 1);
			}, code)
		);
}
