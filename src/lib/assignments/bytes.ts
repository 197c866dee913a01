// A small binary writer and reader for codes: unsigned varints (7 bits a byte, as in protocol
// buffers), zig-zag for signed integers, and raw float64 for the rare number that is not a
// small integer (text is packed-text.ts's). A typical answer is a few bytes: a mark's offsets
// are under 16,384, so two bytes each. Reading past the end or a varint beyond a safe integer
// throws PayloadError, which the decoders turn into a "malformed" CodeError.

/** Something in the payload does not hold together: it is the decoder's to report. */
export class PayloadError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PayloadError';
	}
}

/** Zig-zag: 0, -1, 1, -2 … become 0, 1, 2, 3 …, so small negatives stay one byte. */
export function zigzag(n: number): number {
	return n >= 0 ? n * 2 : -n * 2 - 1;
}

export function unzigzag(n: number): number {
	return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

export class ByteWriter {
	private bytes: number[] = [];

	uint(value: number): this {
		if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not an unsigned safe integer: ${value}`);
		// Arithmetic rather than bit operators, which stop at 32 bits.
		while (value >= 0x80) {
			this.bytes.push((value % 0x80) | 0x80);
			value = Math.floor(value / 0x80);
		}
		this.bytes.push(value);
		return this;
	}

	int(value: number): this {
		if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
		return this.uint(zigzag(value));
	}

	byte(value: number): this {
		this.bytes.push(value & 0xff);
		return this;
	}

	raw(bytes: Uint8Array): this {
		// A loop, not push(...bytes): spreading a long hand-in's body overflows the call stack.
		for (const byte of bytes) this.bytes.push(byte);
		return this;
	}

	float(value: number): this {
		const view = new DataView(new ArrayBuffer(8));
		view.setFloat64(0, value);
		return this.raw(new Uint8Array(view.buffer));
	}

	toBytes(): Uint8Array {
		return Uint8Array.from(this.bytes);
	}
}

export class ByteReader {
	private at = 0;

	constructor(private readonly bytes: Uint8Array) {}

	get remaining(): number {
		return this.bytes.length - this.at;
	}

	uint(): number {
		let value = 0;
		let scale = 1;
		for (;;) {
			const byte = this.byte();
			value += (byte & 0x7f) * scale;
			if (!Number.isSafeInteger(value)) throw new PayloadError('a number is too large');
			if (byte < 0x80) return value;
			scale *= 0x80;
		}
	}

	int(): number {
		return unzigzag(this.uint());
	}

	byte(): number {
		if (this.at >= this.bytes.length) throw new PayloadError('it ends in the middle of a value');
		return this.bytes[this.at++];
	}

	raw(length: number): Uint8Array {
		if (length > this.remaining) throw new PayloadError('it ends in the middle of a value');
		const out = this.bytes.slice(this.at, this.at + length);
		this.at += length;
		return out;
	}

	float(): number {
		return new DataView(this.raw(8).buffer).getFloat64(0);
	}

	/** A count of things that take at least a byte each: more than the bytes left cannot be right. */
	count(): number {
		const n = this.uint();
		if (n > this.remaining) throw new PayloadError(`it claims ${n} entries but has only ${this.remaining} bytes left`);
		return n;
	}

	/** The bytes not read yet, which are then read. */
	rest(): Uint8Array {
		return this.raw(this.remaining);
	}

	/** Throws unless everything has been read: trailing bytes mean the payload is not what it claims. */
	end(): void {
		if (this.remaining !== 0) throw new PayloadError(`${this.remaining} unexpected bytes at the end`);
	}
}
