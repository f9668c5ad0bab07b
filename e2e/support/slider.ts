import type { Locator, Page, Response } from '@playwright/test';
import { expect, type TenantControl } from './fixtures';
import { zhCN, type Messages } from './messages';

export const CAPTCHA_PATH = '/api/v2/sdk/captcha';
export const CAPTCHA_VERIFY_PATH = '/api/v2/sdk/captcha/verify';

/** The tenant's reference geometry (docs/captcha.md, "Reference geometry"): background 310 px wide, piece 47 px. */
export const REFERENCE_WIDTH = 310;
export const PIECE_WIDTH = 47;
/** The furthest the piece's left edge goes. */
export const MAX_OFFSET = REFERENCE_WIDTH - PIECE_WIDTH;

interface Point {
  x: number;
  y: number;
}

export function isPuzzleRequest(response: Response): boolean {
  return new URL(response.url()).pathname === CAPTCHA_PATH && response.request().method() === 'GET';
}

/**
 * The slider captcha dialog, found by role and name. It is solved deterministically: the test
 * reads the token of the puzzle the page fetched and asks test control for the answer (the left
 * edge of the piece, in px of the 310 px reference), then moves the piece there as a user would.
 */
export class Slider {
  constructor(
    readonly page: Page,
    private readonly tenant: TenantControl,
    private readonly text: Messages = zhCN,
  ) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.text['captcha.title'] });
  }

  get handle(): Locator {
    return this.dialog.getByRole('slider', { name: this.text['captcha.handle'] });
  }

  /** The bar the handle runs along; it spans the picture's width. */
  get track(): Locator {
    return this.dialog.locator('.captcha-track');
  }

  get picture(): Locator {
    return this.dialog.getByRole('img', { name: this.text['captcha.image'] });
  }

  get refresh(): Locator {
    return this.dialog.getByRole('button', { name: this.text['captcha.refresh'] });
  }

  get close(): Locator {
    return this.dialog.getByRole('button', { name: this.text['common.close'] });
  }

  get status(): Locator {
    return this.dialog.getByRole('status');
  }

  get alert(): Locator {
    return this.dialog.getByRole('alert');
  }

  get retry(): Locator {
    return this.alert.getByRole('button', { name: this.text['common.retry'] });
  }

  /**
   * The token of the next puzzle the page receives. Call before the action that fetches it.
   * Its answer is fetched at once: test control reveals only live puzzles.
   */
  async nextPuzzle(): Promise<{ token: string; x: number }> {
    const response = await this.page.waitForResponse((r) => isPuzzleRequest(r) && r.ok());
    const { token } = (await response.json()) as { token: string };
    return { token, x: await this.tenant.captchaAnswer(token) };
  }

  /** Presses `getCode` and waits for the slider's puzzle, ready for input; resolves with its token and answer. */
  async openWith(getCode: Locator): Promise<{ token: string; x: number }> {
    const puzzle = this.nextPuzzle();
    await getCode.click();
    await expect(this.dialog).toBeVisible();
    const answer = await puzzle;
    await this.expectReady();
    return answer;
  }

  /** Solves the open slider with the keyboard (arrows to `x`, Enter): the quickest way for tests about something else. */
  async solveWithKeys(x: number): Promise<void> {
    await this.handle.focus();
    await this.moveWithKeys(x);
    await this.page.keyboard.press('Enter');
  }

  /** The puzzle is shown and the handle takes input, back at the start. */
  async expectReady(): Promise<void> {
    await expect(this.picture).toBeVisible();
    await expect(this.handle).not.toHaveAttribute('aria-disabled', 'true');
    await expect(this.handle).toHaveAttribute('aria-valuenow', '0');
  }

  /** The percentage the handle reports for a piece at `x`. */
  static percentFor(x: number): string {
    return String(Math.round((Math.min(MAX_OFFSET, Math.max(0, x)) / MAX_OFFSET) * 100));
  }

  private async trackBox(): Promise<{ left: number; width: number; middle: number }> {
    const box = await this.track.boundingBox();
    if (!box) throw new Error('the slider track is not on screen');
    return { left: box.x, width: box.width, middle: box.y + box.height / 2 };
  }

  /** Where to press the handle (its middle), and where the pointer must end for the piece to be at `x` (the handle starts at 0). */
  async dragPath(x: number): Promise<{ from: Point; to: Point }> {
    const [track, handle] = await Promise.all([this.trackBox(), this.handle.boundingBox()]);
    if (!handle) throw new Error('the slider handle is not on screen');
    const from = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    return { from, to: { x: from.x + (x * track.width) / REFERENCE_WIDTH, y: from.y } };
  }

  /** Drags the handle with the mouse, in steps, and lets go (which submits). */
  async dragWithMouse(x: number): Promise<void> {
    const { from, to } = await this.dragPath(x);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await expect(this.handle).toHaveAttribute('aria-valuenow', Slider.percentFor(x));
    await this.page.mouse.up();
  }

  /** The point on the track, away from the handle, that centres the piece at `x` under the pointer. */
  async trackPointFor(x: number): Promise<Point> {
    const track = await this.trackBox();
    return { x: track.left + ((x + PIECE_WIDTH / 2) * track.width) / REFERENCE_WIDTH, y: track.middle };
  }

  /** Moves the piece with the keyboard from the start (Home) to `x`: PageUp (30), arrows (5), Shift+arrows (1). */
  async moveWithKeys(x: number): Promise<void> {
    const keyboard = this.page.keyboard;
    await keyboard.press('Home');
    let rest = Math.round(x);
    for (; rest >= 30; rest -= 30) await keyboard.press('PageUp');
    for (; rest >= 5; rest -= 5) await keyboard.press('ArrowRight');
    for (; rest >= 1; rest -= 1) await keyboard.press('Shift+ArrowRight');
    await expect(this.handle).toHaveAttribute('aria-valuenow', Slider.percentFor(x));
  }

  /**
   * A one-finger drag of the handle through CDP touch events, which the browser turns into pointer
   * events and, where touch-action allows, into scrolling. The thumb first goes up more than
   * sideways (`lift` px), as thumbs do, then along the bar: over anything but the slider, that
   * scrolls the page; over the slider, only the piece may move.
   */
  async touchDrag(x: number, lift = 60): Promise<void> {
    const { from, to } = await this.dragPath(x);
    const path: Point[] = [];
    const rise = 4;
    for (let step = 1; step <= rise; step += 1) path.push({ x: from.x + step * 4, y: from.y - (lift * step) / rise });
    const along = 10;
    const start = path.at(-1)!;
    for (let step = 1; step <= along; step += 1) path.push({ x: start.x + ((to.x - start.x) * step) / along, y: start.y });
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
      for (const point of path) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
      await expect(this.handle).toHaveAttribute('aria-valuenow', Slider.percentFor(x));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } finally {
      await cdp.detach();
    }
  }
}

/** A position the tenant refuses (30 px off), kept on the bar: (answer + 30 unless that runs past the end). */
export function wrongPosition(x: number): number {
  return x + 30 <= MAX_OFFSET ? x + 30 : x - 30;
}
