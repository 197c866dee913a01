import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeAssignment } from '../assignments/assignment-code.js';
import { ASSIGNMENT, codeOf, handIn, RESULT } from '../assignments/testing/fixtures.js';
import { findCodes } from './find-codes.js';

const ada = codeOf(RESULT);
const bob = codeOf(handIn({ 'how-many': [{ type: 'numeric', value: 4 }] }, 'Bob'));
const cy = codeOf(handIn({ 'who-said': [{ type: 'choice', selected: ['csis'] }] }, 'Cy'));
const codes = (text: string) => findCodes(text).map((f) => f.code);

describe('findCodes', () => {
	test.each([
		['a code alone', ada, [ada]],
		['a trailing full stop', `Here is my code: ${ada}.`, [ada]],
		['"thanks" after the code', `${ada} thanks`, [ada]],
		['"thanks" with no space', `${ada}thanks!`, [ada]],
		['double quotes', `"${ada}"`, [ada]],
		['curly quotes', `“${ada}”`, [ada]],
		['brackets', `(${ada})`, [ada]],
		['backticks', `\`${ada}\``, [ada]],
		['e-mail quoting', `> ${ada}\n> ${bob}`, [ada, bob]],
		['a code wrapped by a mail program and quoted', `> ${ada.slice(0, 40)}\n> ${ada.slice(40)}\n`, [ada]],
		['chat lines', `[10:41] Zoë: ${ada}\n[10:42] Bob: ${bob}\n[10:43] Cy: ${cy}`, [ada, bob, cy]],
		['commas between codes', `${ada}, ${bob},${cy}`, [ada, bob, cy]],
		['a greeting and two messages', `Hi Miss, here is mine: ${ada}\n\nfrom WhatsApp:\n${bob}`, [ada, bob]],
		['lower case', `${ada.toLowerCase()}.`, [ada]],
		['the format digit typed as I, L or l', `${ada.replace('SLR1', 'SLRI')} ${bob.replace('SLR1', 'SLRl')}`, [ada, bob]],
		['spaces and line breaks inside a code', `${ada.slice(0, 20)} ${ada.slice(20, 50)}\r\n${ada.slice(50)}`, [ada]],
		['nothing but words', 'Hello, sorry, I forgot my code!', []],
		['nothing', '  \n', []]
	])('finds the codes in %s', (_, text, expected) => {
		expect(codes(text)).toEqual(expected);
	});

	test('reports a code cut short as its own, without eating the words after it', () => {
		const cut = ada.slice(0, 60);
		expect(codes(`${cut} thanks, ${bob}`)).toEqual([cut, bob]);
	});

	test('names an assignment code pasted by mistake as one', () => {
		const code = encodeAssignment(ASSIGNMENT);
		expect(findCodes(`the assignment: ${code}\n${ada}`).map((f) => f.kind)).toEqual(['assignment', 'result']);
	});

	const noise = fc.oneof(
		fc.constantFrom(
			'',
			' ',
			'\n',
			'. ',
			', ',
			'thanks',
			'Hi Miss,',
			'"',
			'“',
			'”',
			'(',
			')',
			'`',
			'> ',
			'[10:41] Zoë: ',
			':',
			'\n\n'
		),
		fc.stringMatching(/^[a-zA-Z ,.!?'"()]{0,12}$/)
	);
	test('finds every code whatever chat or e-mail text is around and between them', () => {
		const pool = [ada, bob, cy];
		fc.assert(
			fc.property(
				fc.array(fc.tuple(noise, fc.nat(2), fc.boolean(), noise), { minLength: 1, maxLength: 5 }),
				noise,
				(parts, tail) => {
					const text =
						parts.map(([before, i, lower, after]) => `${before} ${lower ? pool[i].toLowerCase() : pool[i]}${after}`).join('\n') +
						tail;
					expect(codes(text)).toEqual(parts.map(([, i]) => pool[i]));
				}
			),
			{ numRuns: 300 }
		);
	});
});
