import type { Scene } from '../scenes';
import { throwIfAborted } from '../../../platform/abort-reason';

/**
 * The studio's previews never call a tenant (issue 6): inside a preview frame every request to the
 * tenant API or to the emulated carriers is answered here, in the page, with sample data in the
 * tenant's own shapes (docs/tenant-api.md; README, "One-click: events and providers"). Anything
 * else on this origin (theme images, message chunks) is fetched as usual.
 */

/** Area codes as the tenant sends them; the first entries of emulator/data/country-codes.ts. */
const AREA_CODES = {
  preferredAreaCode: '86',
  phoneAreaCodeDefinitions: [
    { areaCode: '86', countryCode: 'CN', mobileRegex: '^(\\+86){0,1}\\-?1\\d{10}$', displayMapping: { 'zh-CN': '中国大陆', 'zh-TW': '中國大陸', en: 'China' }, areaCodeSuffixes: [] },
    { areaCode: '852', countryCode: 'HK', mobileRegex: '^(\\+852){1}\\-?0{0,1}[1,4,5,6,7,8,9](?:\\d{7}|\\d{8}|\\d{12})$', displayMapping: { 'zh-CN': '中国香港', 'zh-TW': '中國香港', en: 'Hong Kong' }, areaCodeSuffixes: [] },
    { areaCode: '886', countryCode: 'TW', mobileRegex: '^(\\+886){1}\\-?[6,7,9](?:\\d{7}|\\d{8})$', displayMapping: { 'zh-CN': '中国台湾', 'zh-TW': '中國臺灣', en: 'Taiwan' }, areaCodeSuffixes: [] },
    { areaCode: '853', countryCode: 'MO', mobileRegex: '^(\\+853){1}\\-?0{0,1}[1,4,5,6,7,8,9](?:\\d{7}|\\d{8}|\\d{12})$', displayMapping: { 'zh-CN': '中国澳门', 'zh-TW': '中國澳門', en: 'Macau' }, areaCodeSuffixes: [] },
  ],
};

const PUZZLE = { width: 310, height: 155, piece: 47, x: 180, y: 54 };

/** A slider puzzle drawn in the page: a background with a gap, and the piece that fills it (PNG, base64). */
function samplePuzzle(): { originalImageBase64: string; jigsawImageBase64: string } {
  const background = document.createElement('canvas');
  background.width = PUZZLE.width;
  background.height = PUZZLE.height;
  const g = background.getContext('2d');
  const piece = document.createElement('canvas');
  piece.width = PUZZLE.piece;
  piece.height = PUZZLE.height;
  const p = piece.getContext('2d');
  if (!g || !p) return { originalImageBase64: '', jigsawImageBase64: '' };
  const sky = g.createLinearGradient(0, 0, PUZZLE.width, PUZZLE.height);
  sky.addColorStop(0, '#4f86c6');
  sky.addColorStop(1, '#9cc9a1');
  g.fillStyle = sky;
  g.fillRect(0, 0, PUZZLE.width, PUZZLE.height);
  g.fillStyle = '#2f5d3a';
  g.beginPath();
  g.moveTo(0, PUZZLE.height);
  g.lineTo(90, 70);
  g.lineTo(170, 120);
  g.lineTo(250, 60);
  g.lineTo(PUZZLE.width, PUZZLE.height);
  g.fill();
  p.drawImage(background, PUZZLE.x, 0, PUZZLE.piece, PUZZLE.height, 0, 0, PUZZLE.piece, PUZZLE.height);
  p.clearRect(0, 0, PUZZLE.piece, PUZZLE.y);
  p.clearRect(0, PUZZLE.y + PUZZLE.piece, PUZZLE.piece, PUZZLE.height);
  p.strokeStyle = '#ffffff';
  p.lineWidth = 2;
  p.strokeRect(1, PUZZLE.y + 1, PUZZLE.piece - 2, PUZZLE.piece - 2);
  g.fillStyle = 'rgba(0, 0, 0, 0.45)';
  g.fillRect(PUZZLE.x, PUZZLE.y, PUZZLE.piece, PUZZLE.piece);
  const base64 = (canvas: HTMLCanvasElement) => canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  return { originalImageBase64: base64(background), jigsawImageBase64: base64(piece) };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function answer(method: string, path: string, scene: Scene): Response {
  if (method === 'GET' && path === '/api/v2/sdk/country-codes') return json(AREA_CODES);
  if (method === 'GET' && path === '/api/v2/sdk/captcha') return json({ token: 'studio-preview', secretKey: '', repCode: '0000', ...samplePuzzle() });
  if (method === 'POST' && path === '/__carrier/check') {
    return scene.carrierCheck ? json({ resultCode: scene.carrierCheck, msg: 'studio preview' }, 400) : json({ resultCode: '600024' });
  }
  if (method === 'POST' && path === '/__carrier/prefetch') return json({ resultCode: '600000', carrier: 'CMCC', maskedNumber: '138****8000' });
  // Signing in is not what a preview is for: the frames take no input.
  return json({ error_code: 'studio.preview', error_msg: `${method} ${path}: not answered in the studio preview` }, 501);
}

/** Replaces this window's fetch (the preview frame's own): tenant and carrier calls are answered locally. */
export function installPreviewTenant(currentScene: () => Scene): typeof fetch {
  const networkFetch = window.fetch.bind(window);
  const previewFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url, window.location.href);
    const isTenant = url.origin === window.location.origin && (url.pathname.startsWith('/api/') || url.pathname.startsWith('/__carrier/'));
    if (!isTenant) return networkFetch(input, init);
    throwIfAborted(request.signal);
    return answer(request.method, url.pathname, currentScene());
  };
  window.fetch = previewFetch;
  return previewFetch;
}
