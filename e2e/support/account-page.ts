import type { Locator, Page } from '@playwright/test';
import { zhCN, type Messages } from './messages';

/** The signed-in page (`/account`), found by role and visible label. */
export class AccountPage {
  constructor(
    readonly page: Page,
    private readonly text: Messages = zhCN,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.text['account.title'] });
  }

  /** The value shown for a labelled fact (name, username, token id…). */
  fact(label: keyof Messages): Locator {
    return this.page.locator('dt', { hasText: this.text[label] }).locator('xpath=following-sibling::dd[1]');
  }

  get verify(): Locator {
    return this.page.getByRole('button', { name: this.text['account.verify'] });
  }

  get refresh(): Locator {
    return this.page.getByRole('button', { name: this.text['account.refresh'] });
  }

  get signOut(): Locator {
    return this.page.getByRole('button', { name: this.text['account.signOut'] });
  }

  get notice(): Locator {
    return this.page.locator('.account-notice');
  }
}
