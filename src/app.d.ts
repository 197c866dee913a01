// App-wide types. The generated content module is declared in virtual-content.d.ts.
declare global {
	namespace App {}
}

export {};
