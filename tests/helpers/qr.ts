// Reading a QR code drawn as SVG, as a phone's camera would: rasterised by sharp
// (librsvg), then decoded by jsQR, a decoder that shares nothing with the encoder.
import jsQR from 'jsqr';
import sharp from 'sharp';

export async function decodeQrSvg(svg: string, px = 330): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(px, px, { kernel: 'nearest' }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
