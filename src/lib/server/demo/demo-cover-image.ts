import zlib from 'node:zlib';

/**
 * A picture for the demo's news, drawn here instead of shipping a binary: diagonal stripes in two
 * colours as a PNG (RGB, 8 bit). Real instances upload their own photos.
 */
export function demoCoverPng(width = 1200, height = 630): Buffer {
	const dark = [0x8b, 0x1a, 0x2b];
	const light = [0xe8, 0xe4, 0xe0];
	const rows = Buffer.alloc((width * 3 + 1) * height);
	for (let y = 0; y < height; y++) {
		const offset = y * (width * 3 + 1);
		rows[offset] = 0; // filter: none
		for (let x = 0; x < width; x++) {
			const colour = Math.floor((x + y) / 90) % 2 === 0 ? dark : light;
			rows.set(colour, offset + 1 + x * 3);
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(zlib.crc32(typeAndData));
	return Buffer.concat([length, typeAndData, crc]);
}
