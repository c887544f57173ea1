// Build time: the QR code of a page's address as inline SVG (the qrcode package's
// encoder; nothing hand-written), so a reader at a desktop moves the article to a
// phone by scanning it (手机扫码阅读). Dark modules on white, whatever the colour
// scheme: scanners read dark-on-light.
import QRCode from 'qrcode';

/** The SVG of `url`'s QR code, sized `px` square, labelled for assistive technology. */
export async function qrSvg(url: string, label: string, px = 128): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
  return svg.trim().replace(/^<svg /u, `<svg width="${px}" height="${px}" role="img" aria-label="${escaped}" `);
}
