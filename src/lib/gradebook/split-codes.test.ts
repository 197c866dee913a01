import { expect, it } from 'vitest';
import { splitCodes } from './split-codes.js';

it.each([
	['one code', 'SLR1-ABC-DEF', ['SLR1-ABC-DEF']],
	['codes on separate lines', 'SLR1-AAA\nSLR1-BBB\n', ['SLR1-AAA', 'SLR1-BBB']],
	['codes run together with spaces and lower case', 'slr1-aaa bb  SLR1-CCC', ['slr1-aaa bb', 'SLR1-CCC']],
	['a chat message around a code', 'here you go: SLR1-AAA', ['here you go:', 'SLR1-AAA']],
	['an assignment code pasted by mistake', 'SLA1-XYZ', ['SLA1-XYZ']],
	['nothing', '  \n', []]
])('splits %s', (_name, text, expected) => {
	expect(splitCodes(text)).toEqual(expected);
});
