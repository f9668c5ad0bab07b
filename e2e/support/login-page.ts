import type { Locator, Page } from '@playwright/test';
import { appStarted } from './fixtures';
import { zhCN, type Messages } from './messages';

export type Mode = 'unified' | 'username' | 'phone' | 'email';

const modeTab: Record<Mode, keyof Messages> = {
  unified: 'login.mode.unified',
  username: 'login.mode.username',
  phone: 'login.mode.phone',
  email: 'login.mode.email',
};

/** The password login page, located the way a user finds things: by role and visible label. */
export class LoginPage {
  constructor(
    readonly page: Page,
    private readonly text: Messages = zhCN,
  ) {}

  withMessages(text: Messages): LoginPage {
    return new LoginPage(this.page, text);
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/login${query}`);
    await this.heading.waitFor();
    await appStarted(this.page);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.text['login.title'] });
  }

  tab(mode: Mode): Locator {
    return this.page.getByRole('tab', { name: this.text[modeTab[mode]] });
  }

  async selectMode(mode: Mode): Promise<void> {
    await this.tab(mode).click();
  }

  identifier(mode: Exclude<Mode, 'phone'>): Locator {
    const key = ({ unified: 'login.field.unified', username: 'login.field.username', email: 'login.field.email' } as const)[mode];
    return this.page.getByRole('textbox', { name: this.text[key], exact: true });
  }

  get phoneNumber(): Locator {
    return this.page.getByRole('textbox', { name: this.text['common.field.phone'] });
  }

  get areaCodeButton(): Locator {
    // The real button, not the placeholder shown while the area codes load.
    return this.page.locator('button.area-code-button');
  }

  get password(): Locator {
    return this.page.getByLabel(this.text['login.field.password'], { exact: true });
  }

  get submit(): Locator {
    return this.page.getByRole('button', { name: this.text['login.submit'], exact: true });
  }

  get busySubmit(): Locator {
    return this.page.getByRole('button', { name: this.text['login.submitting'] });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async chooseAreaCode(search: string, optionName: RegExp | string): Promise<void> {
    await this.areaCodeButton.click();
    const dialog = this.page.getByRole('dialog', { name: this.text['phone.picker.title'] });
    await dialog.getByRole('combobox', { name: this.text['phone.picker.search'] }).fill(search);
    await dialog.getByRole('option', { name: optionName }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async signIn(mode: Mode, identifier: string, password: string): Promise<void> {
    await this.selectMode(mode);
    if (mode === 'phone') await this.phoneNumber.fill(identifier);
    else await this.identifier(mode).fill(identifier);
    await this.password.fill(password);
    await this.submit.click();
  }
}

export function signedInHeading(page: Page, text: Messages = zhCN): Locator {
  return page.getByRole('heading', { level: 1, name: text['account.title'] });
}
